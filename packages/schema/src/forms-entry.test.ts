import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as forms from './forms-entry.ts';
import * as barrel from './index.ts';
import { importChain, isZod } from './testing/import-chain.ts';

const here = dirname(fileURLToPath(import.meta.url));

describe('@kolo/schema/forms, what a monitor’s phone runs to fill a form', () => {
  it('should pull in no zod at run time, through forms-entry.ts and everything it imports', () => {
    expect(importChain(resolve(here, 'forms-entry.ts'), isZod, here)).toBeUndefined();
  });

  it('should give the very functions and values of @kolo/schema, not copies', () => {
    const everything = new Map<string, unknown>(Object.entries(barrel));
    const entries = Object.entries(forms);
    expect(entries.length).toBeGreaterThan(20);
    for (const [name, value] of entries) {
      expect.soft(everything.has(name), `${name} is not in @kolo/schema`).toBe(true);
      expect.soft(value, name).toBe(everything.get(name));
    }
  });

  it('should give what the form engine runs: compiling, validating, conditions, texts and repeats', () => {
    const needed = [
      'compileSurvey',
      'validateAnswers',
      'DEFAULT_TEXT_MAX',
      'evaluateCondition',
      'conditionQuestions',
      'isAnswered',
      'calculateItem',
      'offeredChoices',
      'resolveText',
      'localeChain',
      'inLocaleScript',
      'isSerbianLatin',
      'SERBIAN_LATIN',
      'choicesOf',
      'otherKey',
      'OTHER_VALUE',
      'surveyItems',
      'repeatLayout',
      'visibilityOf',
      'instanceAnswers',
      'countedInstances',
      'repeatBounds',
      'parseExpression',
      'expressionReferences',
      'hasPiping',
      'pipeText',
      'pipedReferences',
      'FINDING_CATEGORIES',
    ];
    expect(needed.filter((name) => !(name in forms))).toEqual([]);
  });
});
