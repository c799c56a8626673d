import type { SurveyDefinition, SurveyDefinitionInput } from './definition.ts';

/** Deeply readonly view of a type, the shape a `const` literal has. */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A definition as written in code: the input shape, read-only. */
export type SurveyDefinitionLiteral = DeepReadonly<SurveyDefinitionInput>;

declare const literal: unique symbol;

/** A survey definition that remembers its literal type, so `AnswersOf<typeof survey>` is exact. */
export type TypedSurvey<T> = SurveyDefinition & { readonly [literal]?: T };

/** The literal type a {@link TypedSurvey} was written with, or the type itself. */
export type SurveyLiteralOf<TSurvey> = TSurvey extends { readonly [literal]?: infer T }
  ? unknown extends T
    ? TSurvey
    : T
  : TSurvey;

/**
 * Write a survey in code with full type inference of its answers. The value is returned as is;
 * check it with `parseSurvey` (library tests do) before trusting it.
 * @example
 * const survey = defineSurvey({ id: 'quick', version: 1, locales: ['en'], ... });
 * type Answers = AnswersOf<typeof survey>;
 */
export function defineSurvey<const T extends SurveyDefinitionLiteral>(definition: T): TypedSurvey<T> {
  return definition as unknown as TypedSurvey<T>;
}
