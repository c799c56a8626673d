// biome-ignore-all lint/suspicious/noTemplateCurlyInString: labels pipe answers in as ${name}
import { describe, expect, it } from 'vitest';
import { questionTitle } from './question-title.ts';

describe('a question label as a chart title', () => {
  it('should show … where the form pipes an answer in, never the raw reference', () => {
    expect(
      questionTitle({ en: 'How old is ${partner_name}?', uk: 'Скільки років ${ partner_name }?' }, 'uk'),
    ).toBe('Скільки років …?');
    expect(questionTitle({ en: 'How was the clinic?' }, 'en')).toBe('How was the clinic?');
  });
});
