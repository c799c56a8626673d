import { type Item, type ItemKind, resolveText } from '@kolo/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import { editorId, useBuilder } from './builder-context.tsx';
import { ConditionEditor } from './condition-editor.tsx';
import type { DraftItem } from './draft-state.ts';
import { AnswerExpressionSettings } from './expression-settings.tsx';
import { convertItem, ITEM_KINDS, kindKey } from './item-kinds.ts';
import { KindSettings } from './item-settings.tsx';
import { DragHandle, SortableCard } from './sortable-list.tsx';
import { TextField } from './text-field.tsx';

/** An id typed in full before it applies, so references are renamed once, not per keystroke. */
function IdField({
  value,
  onCommit,
  label,
}: {
  value: string;
  onCommit: (id: string) => void;
  label: string;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft.trim());
  };
  return (
    <Field label={label} compact>
      {(id) => (
        <input
          id={id}
          className="code"
          value={draft}
          autoCapitalize="off"
          spellCheck={false}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
    </Field>
  );
}

/** One question in the structure: a summary row to drag, move, duplicate or delete, and its settings when open. */
export function ItemEditor({
  draft,
  order,
  first,
  last,
}: {
  draft: DraftItem;
  order: number;
  first: boolean;
  last: boolean;
}) {
  const { t } = useTranslation();
  const { dispatch, locale, open, toggle } = useBuilder();
  const { item, key } = draft;
  const expanded = open.has(key);
  const name = resolveText(item.label, locale) || item.id;
  const update = (next: Item) => dispatch({ type: 'updateItem', key, item: next });
  const defaults = {
    locale,
    option1: t('design.choice.newLabel', { n: 1 }),
    option2: t('design.choice.newLabel', { n: 2 }),
    row: t('design.item.newRow', { n: 1 }),
  };
  return (
    <SortableCard id={key} elementId={editorId(key)} className="item-card">
      <div className="item-summary">
        <DragHandle name={name} />
        <button type="button" className="item-toggle" aria-expanded={expanded} onClick={() => toggle(key)}>
          <span className="item-number">{order + 1}.</span> <span className="item-label">{name}</span>
          <span className="item-kind">
            {t(`design.kind.${kindKey(item.kind)}`)}
            {'required' in item && item.required ? ` · ${t('design.item.required')}` : ''}
            {item.showIf ? ` · ${t('design.item.conditional')}` : ''}
          </span>
        </button>
        <div className="actions item-actions">
          <button
            type="button"
            className="small"
            disabled={first}
            onClick={() => dispatch({ type: 'stepItem', key, delta: -1 })}
          >
            <span aria-hidden="true">↑</span>
            <span className="visually-hidden">{t('design.moveUp', { name })}</span>
          </button>
          <button
            type="button"
            className="small"
            disabled={last}
            onClick={() => dispatch({ type: 'stepItem', key, delta: 1 })}
          >
            <span aria-hidden="true">↓</span>
            <span className="visually-hidden">{t('design.moveDown', { name })}</span>
          </button>
          <button type="button" className="small" onClick={() => dispatch({ type: 'duplicateItem', key })}>
            {t('design.duplicate')}
            <span className="visually-hidden"> {name}</span>
          </button>
          <button
            type="button"
            className="small danger"
            onClick={() => {
              if (window.confirm(t('design.item.deleteConfirm', { name })))
                dispatch({ type: 'deleteItem', key });
            }}
          >
            {t('design.delete')}
            <span className="visually-hidden"> {name}</span>
          </button>
        </div>
      </div>
      {expanded ? (
        <div className="item-body">
          <div className="settings-grid">
            <IdField label={t('design.item.id')} value={item.id} onCommit={(id) => update({ ...item, id })} />
            <Field label={t('design.item.kind')} compact>
              {(id) => (
                <select
                  id={id}
                  value={item.kind}
                  onChange={(e) => update(convertItem(item, e.target.value as ItemKind, defaults))}
                >
                  {ITEM_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`design.kind.${kindKey(k)}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <TextField
            label={t('design.item.label')}
            text={item.label}
            locale={locale}
            multiline
            onChange={(label) => update({ ...item, label: label ?? {} })}
          />
          <TextField
            label={t('design.item.hint')}
            text={item.hint}
            locale={locale}
            optional
            onChange={(hint) => {
              const { hint: _old, ...rest } = item;
              update((hint ? { ...rest, hint } : rest) as Item);
            }}
          />
          {item.kind !== 'note' ? (
            <div className="actions">
              {item.kind !== 'calculate' ? (
                <label className="check">
                  <input
                    type="checkbox"
                    checked={item.required === true}
                    onChange={(e) => {
                      const { required: _old, ...rest } = item;
                      update((e.target.checked ? { ...rest, required: true } : rest) as Item);
                    }}
                  />
                  {t('design.item.required')}
                </label>
              ) : null}
              <label className="check">
                <input
                  type="checkbox"
                  checked={item.sensitive === true}
                  onChange={(e) => {
                    const { sensitive: _old, ...rest } = item;
                    update((e.target.checked ? { ...rest, sensitive: true } : rest) as Item);
                  }}
                />
                {t('design.item.sensitive')}
              </label>
            </div>
          ) : null}
          <KindSettings item={item} onChange={update} />
          <AnswerExpressionSettings item={item} onChange={update} />
          <ConditionEditor
            ownerKey={key}
            condition={item.showIf}
            order={order}
            label={t('design.condition.itemTitle')}
          />
        </div>
      ) : null}
    </SortableCard>
  );
}
