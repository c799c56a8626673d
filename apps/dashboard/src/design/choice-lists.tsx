import { Identifier } from '@kolo/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import { useBuilder } from './builder-context.tsx';
import { ChoiceRows } from './choice-editor.tsx';

/** The survey's shared choice lists (e.g. a 5-point agreement scale used by many questions). */
export function ChoiceLists() {
  const { t } = useTranslation();
  const { definition, dispatch, locale } = useBuilder();
  const [name, setName] = useState('');
  const lists = Object.entries(definition.choiceLists ?? {});
  const valid = Identifier.safeParse(name).success && !definition.choiceLists?.[name];
  const users = (list: string) =>
    definition.sections
      .flatMap((s) => s.items)
      .filter((i) => 'choices' in i && i.choices === list)
      .map((i) => i.id);
  return (
    <section className="panel" aria-labelledby="choice-lists-title" id="choice-lists">
      <h2 id="choice-lists-title">{t('design.lists.title')}</h2>
      <p className="note">{t('design.lists.intro')}</p>
      {lists.map(([list, choices]) => (
        <details key={list} className="choice-list">
          <summary>
            <code>{list}</code> · {t('design.lists.usedBy', { n: users(list).length })}
          </summary>
          <ChoiceRows
            choices={choices}
            scale
            onChange={(next) => dispatch({ type: 'setChoiceList', name: list, choices: next })}
          />
          <button
            type="button"
            className="small danger"
            disabled={users(list).length > 0}
            onClick={() => {
              if (window.confirm(t('design.lists.deleteConfirm', { name: list })))
                dispatch({ type: 'setChoiceList', name: list, choices: undefined });
            }}
          >
            {t('design.lists.delete', { name: list })}
          </button>
        </details>
      ))}
      <div className="add-item">
        <Field label={t('design.lists.newName')} compact>
          {(id) => <input id={id} className="code" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button
          type="button"
          disabled={!valid}
          onClick={() => {
            dispatch({
              type: 'setChoiceList',
              name,
              choices: [
                { value: '1', label: { [locale]: t('design.choice.newLabel', { n: 1 }) } },
                { value: '2', label: { [locale]: t('design.choice.newLabel', { n: 2 }) } },
              ],
            });
            setName('');
          }}
        >
          {t('design.lists.add')}
        </button>
      </div>
    </section>
  );
}
