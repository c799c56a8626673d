import { describe, expect, it } from 'vitest';
import { clinicVisit } from '../../schema/src/fixtures/clinic-visit.ts';
import { issueMessage } from './issue-message.ts';
import { formMessages } from './messages/index.ts';
import { surveyResolver } from './resolver.ts';

type ResolverOptions = Parameters<ReturnType<typeof surveyResolver>>[2];
const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions;

async function resolve(values: Record<string, unknown>) {
  return await surveyResolver(clinicVisit)(values, undefined, options);
}

describe('surveyResolver', () => {
  it('should return normalized answers when the form is valid', async () => {
    const result = await resolve({
      service: 'nsp',
      respect: '4',
      recommend: 'yes',
      visits: '1',
      comment: '',
    });
    expect(result).toEqual({
      values: { service: 'nsp', respect: '4', recommend: 'yes', visits: 1 },
      errors: {},
    });
  });

  it('should key errors by field with the issue code as type, matrix rows nested', async () => {
    const { errors } = await resolve({
      service: 'other',
      respect: '4',
      visits: '400',
      comment: 'x'.repeat(201),
      aspects: { hours: '1' },
    });
    expect(errors).toMatchObject({
      service_other: { type: 'required' },
      visits: { type: 'too_big' },
      comment: { type: 'too_big' },
      aspects: { privacy: { type: 'required' } },
    });
  });

  it('should put a multi-choice issue on the question, not on an option index', async () => {
    const { errors } = await resolve({ service: 'nsp', respect: '4', received: ['syringes', 'bogus'] });
    expect(Object.keys(errors)).toContain('received');
    expect(errors).not.toHaveProperty('received.1');
  });
});

const definition = clinicVisit;
const item = (id: string) => {
  const found = definition.sections.flatMap((s) => s.items).find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('issueMessage', () => {
  const en = formMessages('en');
  const uk = formMessages('uk');

  it('should word required in the chosen language', () => {
    expect(issueMessage({ definition, item: item('service') }, 'required', undefined, uk)).toBe(
      'Будь ласка, дайте відповідь на це запитання',
    );
    expect(issueMessage({ definition, item: item('service'), other: true }, 'required', undefined, en)).toBe(
      en.otherRequired,
    );
  });

  it('should use the item bounds for numbers, text and dates', () => {
    expect(issueMessage({ definition, item: item('visits') }, 'too_big', 400, en)).toBe('Enter 365 or less');
    expect(issueMessage({ definition, item: item('visits') }, 'too_small', -1, uk)).toBe(
      'Введіть 0 або більше',
    );
    expect(issueMessage({ definition, item: item('visits') }, 'invalid_type', 1.5, en)).toBe(
      'Enter a whole number',
    );
    expect(issueMessage({ definition, item: item('visits') }, 'invalid_type', 'abc', en)).toBe(
      en.numberInvalid,
    );
    expect(issueMessage({ definition, item: item('comment') }, 'too_big', 'x', en)).toBe(
      'Use 200 characters or fewer',
    );
    expect(issueMessage({ definition, item: item('last_visit') }, 'custom', '2019-05-01', en)).toMatch(
      /^Enter a date on or after .*2020/,
    );
    expect(issueMessage({ definition, item: item('last_visit') }, 'invalid_format', 'x', en)).toBe(
      'Enter a date',
    );
  });

  it('should tell maxSelections and exclusive options apart', () => {
    const received = item('received');
    expect(
      issueMessage({ definition, item: received }, 'custom', ['syringes', 'naloxone', 'condoms'], en),
    ).toBe('Choose at most 2 answers');
    expect(issueMessage({ definition, item: received }, 'custom', ['nothing', 'syringes'], en)).toBe(
      en.exclusive,
    );
  });

  it('should word the API-only codes too', () => {
    expect(issueMessage({ definition, item: item('service') }, 'hidden', 'x', en)).toBe(en.hidden);
    expect(issueMessage({ definition, item: item('service') }, 'unknown_question', 'x', en)).toBe(
      en.unknownQuestion,
    );
  });
});

describe('formMessages', () => {
  it('should have every string in English, Ukrainian, Russian and Polish', () => {
    const keys = Object.keys(formMessages('en'));
    for (const locale of ['uk', 'ru', 'pl']) {
      const messages = formMessages(locale);
      for (const key of keys)
        expect(messages[key as keyof typeof messages], `${locale}.${key}`).not.toBe(
          formMessages('en')[key as keyof typeof messages],
        );
    }
  });

  it('should speak Kyrgyz to Kyrgyz readers, and English to unknown languages', () => {
    expect(formMessages('ky').next).toBe('Кийинки');
    expect(formMessages('ky').submitFailed).not.toBe(formMessages('ru').submitFailed);
    expect(formMessages('uk-UA').next).toBe('Далі');
    expect(formMessages('fr').next).toBe('Next');
  });
});
