// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { describe, expect, it } from 'vitest';
import { parseSurvey } from './check-survey.ts';
import type { Condition } from './condition.ts';
import type { Item, SurveyDefinition } from './definition.ts';
import { clinicVisit } from './fixtures/clinic-visit.ts';
import { lintSurvey } from './lint.ts';

const en = (text: string) => ({ en: text });

function survey(items: Item[], extra: Partial<SurveyDefinition> = {}): SurveyDefinition {
  const definition: SurveyDefinition = {
    id: 'lint-me',
    version: 1,
    locales: ['en'],
    title: en('Lint me'),
    sections: [{ id: 'only', title: en('Only'), items }],
    ...extra,
  };
  const parsed = parseSurvey(definition);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  return definition;
}

const choice = (id: string, values: string[], extra: Partial<Item> = {}): Item =>
  ({
    id,
    kind: 'single_choice',
    label: en(id),
    options: values.map((value) => ({ value, label: en(value) })),
    ...extra,
  }) as Item;

const text = (id: string, showIf?: Condition): Extract<Item, { kind: 'text' }> => ({
  id,
  kind: 'text',
  sensitive: true,
  label: en(id),
  ...(showIf ? { showIf } : {}),
});

const codes = (definition: SurveyDefinition) => lintSurvey(definition).map((w) => `${w.path} ${w.code}`);

describe('lintSurvey', () => {
  it('should find nothing to say about the clinic visit survey', () => {
    expect(lintSurvey(clinicVisit)).toEqual([]);
  });

  it('should warn about free text not marked sensitive', () => {
    const definition = survey([
      { id: 'comment', kind: 'text', label: en('Comment') },
      choice('service', ['nsp', 'ost'], { other: {} }),
      choice('place', ['here'], { other: {}, sensitive: true }),
    ]);
    expect(lintSurvey(definition)).toEqual([
      {
        path: 'sections[0].items[0]',
        code: 'text_not_sensitive',
        message: 'free-text question "comment" is not marked sensitive',
      },
      {
        path: 'sections[0].items[1]',
        code: 'text_not_sensitive',
        message: '"service" has a free-text "please specify" answer but is not marked sensitive',
      },
    ]);
  });

  it('should warn about questions that look like personal data', () => {
    const definition = survey([
      { id: 'phone_number', kind: 'number', label: en('Phone') },
      { id: 'dob', kind: 'date', label: en('Date of birth') },
      { ...text('client_name'), sensitive: true },
      { id: 'username_ok', kind: 'yes_no', label: en('Not personal') },
      { id: 'name', kind: 'note', label: en('A note is not an answer') },
    ]);
    expect(lintSurvey(definition)).toEqual([
      {
        path: 'sections[0].items[0]',
        code: 'personal_data',
        message: '"phone_number" looks like personal data: remove it or mark it sensitive',
      },
      {
        path: 'sections[0].items[1]',
        code: 'personal_data',
        message: '"dob" looks like personal data: remove it or mark it sensitive',
      },
    ]);
  });

  it('should warn about a question whose condition can never be true', () => {
    const definition = survey([
      choice('service', ['nsp', 'ost']),
      text('never', {
        all: [
          { question: 'service', op: 'eq', value: 'nsp' },
          { question: 'service', op: 'eq', value: 'ost' },
        ],
      }),
      text('after_never', { question: 'never', op: 'answered' }),
      text('without_never', { not: { question: 'never', op: 'answered' } }),
      text('sometimes', { question: 'service', op: 'neq', value: 'ost' }),
    ]);
    expect(lintSurvey(definition)).toEqual([
      {
        path: 'sections[0].items[1]',
        code: 'unreachable',
        message: 'no answers make "never" appear: its condition can never be true',
      },
      {
        path: 'sections[0].items[2]',
        code: 'unreachable',
        message: 'no answers make "after_never" appear: its condition can never be true',
      },
    ]);
  });

  it('should find numbers and dates that make a condition true', () => {
    const definition = survey([
      { id: 'visits', kind: 'number', label: en('Visits') },
      { id: 'when', kind: 'date', label: en('When') },
      text('between', {
        all: [
          { question: 'visits', op: 'gt', value: 2 },
          { question: 'visits', op: 'lt', value: 4 },
          { question: 'when', op: 'gt', value: '2024-01-01' },
        ],
      }),
      text('impossible', {
        all: [
          { question: 'visits', op: 'gt', value: 4 },
          { question: 'visits', op: 'lt', value: 2 },
        ],
      }),
    ]);
    expect(codes(definition)).toEqual(['sections[0].items[3] unreachable']);
  });

  it('should not call an item behind an expression reading answers or lookups unreachable', () => {
    const definition = survey(
      [
        { id: 'visits', kind: 'number', label: en('Visits') },
        text('third', { expression: '${visits} mod 3 = 0' }),
        text('in_bong', { expression: "pulldata('areas', 'district', 'code', ${visits}) = 'Bong'" }),
        text('never', { expression: 'false()' }),
      ],
      { lookups: { areas: { columns: ['code', 'district'], rows: [['3', 'Bong']] } } },
    );
    expect(codes(definition)).toEqual(['sections[0].items[3] unreachable']);
  });

  it('should see that different matrix rows can take different answers', () => {
    const definition = survey([
      {
        id: 'aspects',
        kind: 'matrix',
        label: en('Aspects'),
        rows: [
          { id: 'hours', label: en('Hours') },
          { id: 'privacy', label: en('Privacy') },
          { id: 'staff', label: en('Staff') },
        ],
        options: ['1', '2', '3'].map((value) => ({ value, label: en(value) })),
      },
      text('mixed', {
        all: [
          { question: 'aspects.hours', op: 'eq', value: '1' },
          { question: 'aspects.privacy', op: 'eq', value: '3' },
          { question: 'aspects', op: 'answered' },
        ],
      }),
      text('some_rows', {
        all: [
          { question: 'aspects', op: 'answered' },
          { not: { question: 'aspects.hours', op: 'answered' } },
        ],
      }),
      text('contradiction', {
        all: [
          { question: 'aspects.hours', op: 'eq', value: '1' },
          { question: 'aspects.hours', op: 'eq', value: '2' },
        ],
      }),
    ]);
    expect(codes(definition)).toEqual(['sections[0].items[3] unreachable']);
  });

  it('should see that several options of a long multiple choice can be chosen together', () => {
    const values = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    const definition = survey([
      {
        id: 'services',
        kind: 'multi_choice',
        label: en('Services'),
        options: values.map((value) => ({ value, label: en(value) })),
      },
      text('both', {
        all: [
          { question: 'services', op: 'selected', value: 'b' },
          { question: 'services', op: 'selected', value: 'j' },
        ],
      }),
    ]);
    expect(codes(definition)).toEqual([]);
  });

  it('should warn about a scale indicator over items that are not scales', () => {
    const definition = survey(
      [
        choice('wait', ['short', 'long']),
        { id: 'days', kind: 'number', min: 0, max: 7, label: en('Days') },
        { id: 'calm', kind: 'rating', max: 5, label: en('Calm') },
      ],
      { indicators: [{ id: 'mix', kind: 'scale_mean', items: ['calm', 'wait', 'days'], label: en('Mix') }] },
    );
    expect(lintSurvey(definition)).toEqual([
      {
        path: 'indicators[0].items[1]',
        code: 'indicator_non_scale',
        message: '"wait" is single_choice, not a scale: its options are scored by position',
      },
      {
        path: 'indicators[0].items[2]',
        code: 'indicator_non_scale',
        message: '"days" is number, not a scale: its options are scored by position',
      },
    ]);
  });

  it('should warn about a choice list no question uses', () => {
    const list = [
      { value: 'y', label: en('Y') },
      { value: 'n', label: en('N') },
    ];
    const definition = survey([{ id: 'agree', kind: 'likert', choices: 'used', label: en('Agree') }], {
      choiceLists: { used: list, spare: list },
    });
    expect(lintSurvey(definition)).toEqual([
      { path: 'choiceLists.spare', code: 'unused_choice_list', message: 'choice list "spare" is not used' },
    ]);
  });

  it('should warn about texts in languages the survey does not declare', () => {
    const definition = survey([
      { id: 'ok', kind: 'yes_no', label: { en: 'OK?', ru: 'Хорошо?', ky: 'Жакшыбы?' } },
    ]);
    expect(lintSurvey(definition)).toEqual([
      {
        path: 'sections[0].items[0].label',
        code: 'undeclared_locale',
        message: 'text in ru, ky, which the survey does not declare',
      },
    ]);
  });
});
