import { type ItemKind, resolveText } from '@kolo/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import { editorId, useBuilder } from './builder-context.tsx';
import { ConditionEditor } from './condition-editor.tsx';
import type { DraftSection } from './draft-state.ts';
import { ItemEditor } from './item-editor.tsx';
import { ITEM_KINDS, kindKey } from './item-kinds.ts';
import { RepeatSettings } from './repeat-settings.tsx';
import { DragHandle, SortableCard, SortableList } from './sortable-list.tsx';
import { TextField } from './text-field.tsx';

/** One section: title, description, condition, its questions (sortable) and "add a question". */
export function SectionEditor({
  draft,
  index,
  count,
}: {
  draft: DraftSection;
  index: number;
  count: number;
}) {
  const { t } = useTranslation();
  const { dispatch, entries, locale, toggle, open, reveal, state } = useBuilder();
  const [kind, setKind] = useState<ItemKind>('single_choice');
  const { key, section, items } = draft;
  const name = resolveText(section.title, locale) || section.id;
  const firstOrder =
    entries.find((e) => e.sectionIndex === index)?.order ??
    entries.filter((e) => e.sectionIndex < index).length;
  const itemName = (itemKey: string) => {
    const item = items.find((i) => i.key === itemKey)?.item;
    return item ? resolveText(item.label, locale) || item.id : itemKey;
  };
  const settingsOpen = open.has(key);
  return (
    <SortableCard id={key} elementId={editorId(key)} className="section-card">
      <div className="section-head">
        <DragHandle name={name} />
        <h3 className="section-name">
          {t('design.section.heading', { n: index + 1 })}: {name}
          {section.repeat ? ` (${t('designRepeat.badge')})` : null}
        </h3>
        <div className="actions">
          <button type="button" className="small" aria-expanded={settingsOpen} onClick={() => toggle(key)}>
            {t('design.section.settings')}
            <span className="visually-hidden"> {name}</span>
          </button>
          <button
            type="button"
            className="small"
            disabled={index === 0}
            onClick={() => dispatch({ type: 'moveSection', key, to: index - 1 })}
          >
            <span aria-hidden="true">↑</span>
            <span className="visually-hidden">{t('design.moveUp', { name })}</span>
          </button>
          <button
            type="button"
            className="small"
            disabled={index === count - 1}
            onClick={() => dispatch({ type: 'moveSection', key, to: index + 1 })}
          >
            <span aria-hidden="true">↓</span>
            <span className="visually-hidden">{t('design.moveDown', { name })}</span>
          </button>
          <button type="button" className="small" onClick={() => dispatch({ type: 'duplicateSection', key })}>
            {t('design.duplicate')}
            <span className="visually-hidden"> {name}</span>
          </button>
          <button
            type="button"
            className="small danger"
            onClick={() => {
              if (window.confirm(t('design.section.deleteConfirm', { name, n: items.length })))
                dispatch({ type: 'deleteSection', key });
            }}
          >
            {t('design.delete')}
            <span className="visually-hidden"> {name}</span>
          </button>
        </div>
      </div>
      {settingsOpen ? (
        <div className="item-body">
          <Field label={t('design.section.id')} compact>
            {(id) => (
              <input
                id={id}
                className="code"
                value={section.id}
                onChange={(e) =>
                  dispatch({ type: 'updateSection', key, section: { ...section, id: e.target.value } })
                }
              />
            )}
          </Field>
          <TextField
            label={t('design.section.title')}
            text={section.title}
            locale={locale}
            onChange={(title) =>
              dispatch({ type: 'updateSection', key, section: { ...section, title: title ?? {} } })
            }
          />
          <TextField
            label={t('design.section.description')}
            text={section.description}
            locale={locale}
            optional
            multiline
            onChange={(description) => {
              const { description: _old, ...rest } = section;
              dispatch({
                type: 'updateSection',
                key,
                section: description ? { ...rest, description } : rest,
              });
            }}
          />
          <ConditionEditor
            ownerKey={key}
            condition={section.showIf}
            order={firstOrder}
            label={t('design.condition.sectionTitle')}
          />
          <RepeatSettings
            section={section}
            locale={locale}
            onChange={(next) => dispatch({ type: 'updateSection', key, section: next })}
          />
        </div>
      ) : null}
      {items.length === 0 ? <p className="note">{t('design.section.empty')}</p> : null}
      <SortableList
        ids={items.map((i) => i.key)}
        nameOf={itemName}
        onMove={(itemKey, to) => dispatch({ type: 'moveItem', key: itemKey, sectionKey: key, to })}
      >
        <ol className="item-list">
          {items.map((item, i) => {
            const order = firstOrder + i;
            return (
              <ItemEditor
                key={item.key}
                draft={item}
                order={order}
                first={order === 0}
                last={order === entries.length - 1}
              />
            );
          })}
        </ol>
      </SortableList>
      <div className="add-item">
        <Field label={t('design.section.newKind')} compact>
          {(id) => (
            <select id={id} value={kind} onChange={(e) => setKind(e.target.value as ItemKind)}>
              {ITEM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`design.kind.${kindKey(k)}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button
          type="button"
          onClick={() => {
            const added = `k${state.nextKey}`;
            dispatch({
              type: 'addItem',
              sectionKey: key,
              kind,
              label: t('design.item.newLabel'),
              defaults: {
                locale,
                option1: t('design.choice.newLabel', { n: 1 }),
                option2: t('design.choice.newLabel', { n: 2 }),
                row: t('design.item.newRow', { n: 1 }),
              },
            });
            reveal(added);
          }}
        >
          {t('design.section.addItem')}
          <span className="visually-hidden"> ({name})</span>
        </button>
      </div>
    </SortableCard>
  );
}
