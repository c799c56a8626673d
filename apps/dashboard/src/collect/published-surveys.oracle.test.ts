// @vitest-environment node
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { serviceSatisfaction } from '@kolo/surveys';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { readPublishedSurveys } from './published-surveys.ts';

/** The zod/mini shape check Collect ran until 7 Dec 2026, kept as the oracle of the plain one. */
const PublishedSurvey = z.looseObject({
  id: z.string(),
  version: z.number(),
  locales: z.array(z.string()).check(z.minLength(1)),
  title: z.record(z.string(), z.string()),
  sections: z
    .array(
      z.looseObject({
        id: z.string(),
        items: z.array(z.looseObject({ id: z.string(), kind: z.string() })),
      }),
    )
    .check(z.minLength(1)),
});
const PublishedSurveysAnswer = z.object({ surveys: z.array(PublishedSurvey) });
const english = z.locales.en().localeError;

function withZod(body: unknown): { surveys: unknown[] } {
  const parsed = PublishedSurveysAnswer.safeParse(body, { error: (issue) => english(issue) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'answer';
    throw new Error(`The published surveys could not be read: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function outcome(read: (body: unknown) => unknown, body: unknown) {
  try {
    return { data: read(body) };
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

type Path = readonly (string | number)[];

/** A deep copy of `body` with the value at `path` replaced (or removed when `value` is `REMOVE`). */
const REMOVE = Symbol('remove');
function changed(body: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value === REMOVE ? undefined : value;
  const copy = structuredClone(body);
  if (typeof copy !== 'object' || copy === null) return copy;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = node?.[key];
    // a place under one already changed is gone
    if (typeof next !== 'object' || next === null) return copy;
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (value === REMOVE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const good = JSON.parse(JSON.stringify({ surveys: [serviceSatisfaction, serviceSatisfaction] })) as unknown;

/** Every place the shape check reads, and a few it only passes through. */
const PATHS: Path[] = [
  [],
  ['surveys'],
  ['surveys', 0],
  ['surveys', 1],
  ['surveys', 0, 'id'],
  ['surveys', 0, 'version'],
  ['surveys', 0, 'locales'],
  ['surveys', 0, 'locales', 0],
  ['surveys', 0, 'title'],
  ['surveys', 0, 'title', 'en'],
  ['surveys', 0, 'title', '__proto__'],
  ['surveys', 0, 'sections'],
  ['surveys', 0, 'sections', 0],
  ['surveys', 0, 'sections', 0, 'id'],
  ['surveys', 0, 'sections', 0, 'items'],
  ['surveys', 0, 'sections', 0, 'items', 0],
  ['surveys', 0, 'sections', 0, 'items', 0, 'id'],
  ['surveys', 0, 'sections', 0, 'items', 0, 'kind'],
  ['surveys', 0, 'sections', 0, 'items', 0, 'options'],
  ['surveys', 0, '__proto__'],
  ['surveys', 0, 'extra'],
  ['surveys', 1, 'sections', 0, 'items', 0, '__proto__'],
  ['extra'],
];
const VALUES: unknown[] = [REMOVE, null, 0, 1.5, '', 'x', true, [], [1], ['x'], {}, { en: 1 }, { en: 'x' }];

describe('readPublishedSurveys against the zod/mini oracle', () => {
  it('should give back the same data, or refuse with the same message, for every changed answer', () => {
    for (const path of PATHS) {
      for (const value of VALUES) {
        const body = changed(good, path, value);
        const plain = outcome(readPublishedSurveys, body);
        const oracle = outcome(withZod, body);
        if (isDeepStrictEqual(plain, oracle)) continue;
        // toEqual shows the difference; a prototype or -0 it does not see still fails below
        expect({ path, value, plain }).toEqual({ path, value, plain: oracle });
        expect.fail(`differs beyond what toEqual shows at ${path.join('.')}`);
      }
    }
  });

  it('should name the same first problem as zod when two places are wrong', () => {
    for (const [i, first] of PATHS.entries()) {
      for (const second of PATHS.slice(i + 1)) {
        for (const value of [REMOVE, null, []]) {
          const body = changed(changed(good, first, value), second, value);
          const plain = outcome(readPublishedSurveys, body);
          const oracle = outcome(withZod, body);
          if (isDeepStrictEqual(plain, oracle)) continue;
          expect({ first, second, plain }).toEqual({ first, second, plain: oracle });
          expect.fail(`differs beyond what toEqual shows at ${first.join('.')} and ${second.join('.')}`);
        }
      }
    }
  });

  it('should refuse an empty list of locales or sections as zod did', () => {
    const noLocales = changed(good, ['surveys', 1, 'locales'], []);
    expect(() => readPublishedSurveys(noLocales)).toThrow(
      'surveys.1.locales: Too small: expected array to have >=1 items',
    );
    expect(outcome(readPublishedSurveys, noLocales)).toEqual(outcome(withZod, noLocales));
  });

  it("should check the shape without zod, so a monitor's phone never downloads it for this", () => {
    const source = readFileSync(new URL('./published-surveys.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import (?!type )[^;]*from 'zod/m);
  });
});
