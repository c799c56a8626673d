import type { SurveyDefinition } from '@kolo/schema';
import type { TFunction } from 'i18next';
import type { DraftState } from './draft-state.ts';
import { parsePath } from './text-paths.ts';

const FIELDS = new Set([
  'title',
  'description',
  'label',
  'hint',
  'minLabel',
  'maxLabel',
  'unit',
  'id',
  'choices',
  'options',
  'showIf',
  'rows',
  'other',
  'maxSelections',
  'min',
  'max',
  'items',
  'item',
  'values',
]);

/** Where a definition path points, for a person: "Question visits › Option 2 › Label". */
export function describePath(definition: SurveyDefinition, path: string, t: TFunction): string {
  const segments = parsePath(path);
  const parts: string[] = [];
  const [head] = segments;
  if (head !== 'sections' && head !== 'indicators' && head !== 'choiceLists')
    parts.push(t('design.path.survey'));
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i];
    const next = segments[i + 1];
    if (segment === 'sections' && typeof next === 'number') {
      const section = definition.sections[next];
      if (segments[i + 2] === 'items' && typeof segments[i + 3] === 'number') {
        const item = section?.items[segments[i + 3] as number];
        parts.push(t('design.path.question', { id: item?.id ?? '?' }));
        i += 3;
      } else {
        parts.push(t('design.path.section', { id: section?.id ?? next + 1 }));
        i += 1;
      }
    } else if (segment === 'indicators' && typeof next === 'number') {
      parts.push(t('design.path.indicator', { id: definition.indicators?.[next]?.id ?? next + 1 }));
      i += 1;
    } else if (segment === 'choiceLists' && typeof next === 'string') {
      parts.push(t('design.path.list', { id: next }));
      i += 1;
    } else if ((segment === 'options' || segment === 'rows') && typeof next === 'number') {
      parts.push(t(segment === 'options' ? 'design.path.option' : 'design.path.row', { n: next + 1 }));
      i += 1;
    } else if (typeof segment === 'number') {
      parts.push(t('design.path.option', { n: segment + 1 }));
    } else if (typeof segment === 'string' && FIELDS.has(segment)) {
      parts.push(t(`design.field.${segment}`));
    } else if (segment === 'all' || segment === 'any' || segment === 'not') {
      // inside a condition: "Show when" already says enough
    } else if (segment !== undefined) {
      parts.push(String(segment));
    }
  }
  return parts.join(' › ');
}

/** The builder key (item or section) a path belongs to, to open and focus its editor. */
export function ownerKey(state: Pick<DraftState, 'sections'>, path: string): string | undefined {
  const [head, s, items, i] = parsePath(path);
  if (head !== 'sections' || typeof s !== 'number') return undefined;
  const section = state.sections[s];
  if (items === 'items' && typeof i === 'number') return section?.items[i]?.key;
  return section?.key;
}
