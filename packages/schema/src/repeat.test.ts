// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { describe, expect, it } from 'vitest';
import { calculateAnswers } from './calculate.ts';
import { parseSurvey } from './check-survey.ts';
import { validateAnswers } from './compile.ts';
import type { SurveyDefinition } from './definition.ts';
import { evaluateExpression } from './expression/evaluate.ts';
import { parseExpression } from './expression/parse.ts';
import { printExpression } from './expression/print.ts';
import { repeatSurvey } from './fixtures/repeat-survey.ts';
import { isRepeatSection, repeatLayout, repeatSectionOf } from './walk.ts';

const survey: SurveyDefinition = repeatSurvey;

function run(source: string, answers: Record<string, unknown>, position?: number) {
  const parsed = parseExpression(source);
  if (!parsed.success) throw new Error(parsed.error.message);
  const repeats = new Map([...repeatLayout(survey), ['drugs', 'uses'], ['uses', 'uses']]);
  return evaluateExpression(parsed.expression, { answers, position, repeats });
}

function sectionOf(definition: SurveyDefinition, index: number) {
  const section = definition.sections[index];
  if (!section) throw new Error(`no section ${index}`);
  return section;
}

function changed(patch: (s: SurveyDefinition) => void): SurveyDefinition {
  const copy = structuredClone(survey) as SurveyDefinition;
  patch(copy);
  return copy;
}

function errorsOf(definition: unknown): string[] {
  const result = parseSurvey(definition);
  return result.success ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

const answers = {
  age: 40,
  partners: [
    { partner_age: 31, partner_tested: 'yes', partner_test_place: 'clinic' },
    { partner_age: 27, partner_tested: 'no' },
  ],
};

describe('repeat expressions', () => {
  it('should count the instances of a repeat section', () => {
    expect(run('count(${partners})', answers)).toBe(2);
    expect(run('count(${partners})', { age: 3 })).toBe(0);
  });

  it('should aggregate an item over the instances with sum, min, max and join', () => {
    expect(run('sum(${partner_age})', answers)).toBe(58);
    expect(run('min(${partner_age})', answers)).toBe(27);
    expect(run('max(${partner_age})', answers)).toBe(31);
    expect(run("join(', ', ${partner_tested})", answers)).toBe('yes, no');
    expect(run('sum(${partner_age})', { partners: [] })).toBe(0);
  });

  it('should count the choices made over the instances with count-selected', () => {
    expect(run('count-selected(${drugs})', { uses: [{ drugs: ['a', 'b'] }, { drugs: ['c'] }] })).toBe(3);
  });

  it('should read one instance with indexed-repeat and give empty past the last', () => {
    expect(run('indexed-repeat(${partner_age}, ${partners}, 2)', answers)).toBe(27);
    expect(run('indexed-repeat(${partner_age}, ${partners}, 3)', answers)).toBe('');
  });

  it('should give the 1-based instance number with position(..)', () => {
    expect(run('position(..)', {}, 2)).toBe(2);
  });

  it('should print position(..) back as XLSForm writes it', () => {
    const parsed = parseExpression('position(..) + 1');
    expect(parsed.success && printExpression(parsed.expression)).toBe('position(..) + 1');
  });
});

describe('repeat walk helpers', () => {
  it('should tell a repeat section and the repeat section of an item', () => {
    expect(isRepeatSection(sectionOf(survey, 1))).toBe(true);
    expect(isRepeatSection(sectionOf(survey, 0))).toBe(false);
    expect(repeatSectionOf(survey, 'partner_age')?.id).toBe('partners');
    expect(repeatSectionOf(survey, 'age')).toBeUndefined();
  });
});

describe('repeat survey check', () => {
  it('should accept the repeat fixture', () => {
    expect(errorsOf(survey)).toEqual([]);
  });

  it('should refuse a repeat section id that is also an item id, located', () => {
    const bad = changed((s) => {
      (s.sections[1] as { id: string }).id = 'age';
    });
    expect(errorsOf(bad)).toContainEqual(expect.stringMatching(/^sections\[1\]\.id: .*"age".*item/));
  });

  it('should refuse a min above the max', () => {
    const bad = changed((s) => {
      sectionOf(s, 1).repeat = { min: 3, max: 2 };
    });
    expect(errorsOf(bad)).toContainEqual(expect.stringMatching(/^sections\[1\]\.repeat\.max: /));
  });

  it('should refuse a count that reads a later answer or does not parse', () => {
    const later = changed((s) => {
      sectionOf(s, 1).repeat = { count: '${comment}' };
    });
    expect(errorsOf(later)).toContainEqual(
      expect.stringMatching(/^sections\[1\]\.repeat\.count: col 1: .*later/),
    );
    const broken = changed((s) => {
      sectionOf(s, 1).repeat = { count: '${age} +' };
    });
    expect(errorsOf(broken)).toContainEqual(expect.stringMatching(/^sections\[1\]\.repeat\.count: col/));
  });

  it('should refuse reading a repeat item from outside without an aggregate, located', () => {
    const bad = changed((s) => {
      (sectionOf(s, 2).items[1] as { calculation: string }).calculation = '${partner_age} + 1';
    });
    expect(errorsOf(bad)).toContainEqual(
      expect.stringMatching(/^sections\[2\]\.items\[1\]\.calculation: col 1: .*partner_age.*sum\(\)/),
    );
  });

  it('should refuse a repeat item piped into a label outside the repeat', () => {
    const bad = changed((s) => {
      (sectionOf(s, 2).items[2] as { label: Record<string, string> }).label = {
        en: 'x ${partner_age}',
        uk: 'x',
      };
    });
    expect(errorsOf(bad)).toContainEqual(
      expect.stringMatching(/^sections\[2\]\.items\[2\]\.label\.en: col 3: /),
    );
  });

  it('should refuse a showIf outside the repeat comparing a repeat item', () => {
    const bad = changed((s) => {
      (sectionOf(s, 2).items[2] as { showIf?: unknown }).showIf = {
        question: 'partner_age',
        op: 'gt',
        value: 3,
      };
    });
    expect(errorsOf(bad)).toContainEqual(
      expect.stringMatching(/^sections\[2\]\.items\[2\]\.showIf: .*partner_age/),
    );
  });

  it('should refuse position(..) outside a repeat and a section name outside count()', () => {
    const bad = changed((s) => {
      (sectionOf(s, 2).items[1] as { calculation: string }).calculation = 'position(..) + ${partners}';
    });
    const errors = errorsOf(bad);
    expect(errors).toContainEqual(expect.stringMatching(/calculation: col 1: position/));
    expect(errors).toContainEqual(expect.stringMatching(/calculation: col 16: .*partners.*count\(/));
  });
});

describe('repeat calculations', () => {
  it('should compute a calculation per instance and aggregates after it', () => {
    const result = calculateAnswers(survey, answers);
    expect(result).toEqual({
      age: 40,
      partners: [
        { partner_age: 31, age_gap: 9, partner_tested: 'yes', partner_test_place: 'clinic' },
        { partner_age: 27, age_gap: 13, partner_tested: 'no' },
      ],
      partner_count: 2,
      oldest_partner: 31,
    });
    expect(answers.partners[0]).not.toHaveProperty('age_gap');
  });
});

describe('repeat answer validation', () => {
  it('should accept valid instances and store the server calculations per instance', () => {
    const result = validateAnswers(survey, {
      ...answers,
      partners: [{ ...answers.partners[0], age_gap: 1000 }, answers.partners[1]],
    });
    expect(result.success && result.answers).toMatchObject({
      partners: [{ age_gap: 9 }, { age_gap: 13 }],
      partner_count: 2,
    });
  });

  it('should locate a problem in an instance as section.index.item', () => {
    const result = validateAnswers(survey, {
      age: 40,
      partners: [{ partner_age: 31 }, { partner_tested: 'no', partner_test_place: 'x', nickname: 'x' }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors).toMatchObject({
      'partners.1.partner_age': ['an answer is required'],
      'partners.1.partner_test_place': [expect.stringContaining('must be left empty')],
      'partners.1.nickname': [expect.stringContaining('not a question')],
    });
  });

  it('should enforce the fewest and the most instances', () => {
    const none = validateAnswers(survey, { age: 40, partners: [] });
    expect(!none.success && none.errors.partners).toEqual([expect.stringContaining('at least 1')]);
    const many = validateAnswers(survey, {
      age: 40,
      partners: Array.from({ length: 5 }, () => ({ partner_age: 20 })),
    });
    expect(!many.success && many.errors.partners).toEqual([expect.stringContaining('at most 4')]);
  });

  it('should refuse a list that is not a list of records, and repeat items at the top level', () => {
    const result = validateAnswers(survey, { age: 40, partners: ['x'], partner_age: 3 });
    expect(!result.success && Object.keys(result.errors).sort()).toEqual(['partner_age', 'partners.0']);
  });

  it('should hold the instances to the count expression', () => {
    const counted = changed((s) => {
      sectionOf(s, 0).items.push({ id: 'n', kind: 'number', integer: true, label: { en: 'n', uk: 'n' } });
      sectionOf(s, 1).repeat = { count: '${n}', max: 4 };
    });
    expect(validateAnswers(counted, { age: 40, n: 1, partners: [{ partner_age: 30 }] }).success).toBe(true);
    const wrong = validateAnswers(counted, { age: 40, n: 2, partners: [{ partner_age: 30 }] });
    expect(!wrong.success && wrong.errors.partners).toEqual([expect.stringContaining('exactly 2')]);
  });

  it('should read the same instance in a constraint inside a repeat', () => {
    const constrained = changed((s) => {
      (sectionOf(s, 1).items[0] as { constraint?: string }).constraint =
        '. <= ${age} + 10 and position(..) < 3';
    });
    const ok = validateAnswers(constrained, {
      age: 40,
      partners: [{ partner_age: 50 }, { partner_age: 20 }],
    });
    expect(ok.success).toBe(true);
    const bad = validateAnswers(constrained, { age: 40, partners: [{ partner_age: 51 }] });
    expect(!bad.success && Object.keys(bad.errors)).toEqual(['partners.0.partner_age']);
  });
});
