import type { SurveyLiteralOf } from './define.ts';

/**
 * Answer types inferred from a definition written `as const` or with `defineSurvey`:
 * a likert item becomes the union of its choice values, a multi choice an array of them, and a
 * question that may be hidden or is not required becomes optional.
 */

type ValuesOf<TList> = TList extends readonly (infer TChoice)[]
  ? TChoice extends { readonly value: infer V extends string }
    ? V
    : never
  : never;

type ChoiceValuesOf<TSurvey, TItem> = TItem extends { readonly options: infer TList }
  ? ValuesOf<TList>
  : TItem extends { readonly choices: infer TName extends string }
    ? TSurvey extends { readonly choiceLists: infer TLists }
      ? TName extends keyof TLists
        ? ValuesOf<TLists[TName]>
        : never
      : never
    : never;

type OtherOf<TItem> = TItem extends { readonly other: object } ? 'other' : never;

/** The answer type of one item. */
export type AnswerOf<TSurvey, TItem> = TItem extends { readonly kind: 'single_choice' }
  ? ChoiceValuesOf<TSurvey, TItem> | OtherOf<TItem>
  : TItem extends { readonly kind: 'multi_choice' }
    ? Array<ChoiceValuesOf<TSurvey, TItem> | OtherOf<TItem>>
    : TItem extends { readonly kind: 'likert' }
      ? ChoiceValuesOf<TSurvey, TItem>
      : TItem extends { readonly kind: 'yes_no' }
        ? 'yes' | 'no' | (TItem extends { readonly dontKnow: true } ? 'dont_know' : never)
        : TItem extends { readonly kind: 'rating' | 'number' }
          ? number
          : TItem extends { readonly kind: 'text' | 'date' }
            ? string
            : TItem extends { readonly kind: 'matrix'; readonly rows: readonly (infer TRow)[] }
              ? {
                  [R in TRow extends { readonly id: infer I extends string } ? I : never]?: ChoiceValuesOf<
                    TSurvey,
                    TItem
                  >;
                }
              : TItem extends { readonly kind: 'calculate' }
                ? TItem extends { readonly valueType: 'number' }
                  ? number
                  : string
                : never;

type SectionsOf<TSurvey> = TSurvey extends { readonly sections: readonly (infer S)[] } ? S : never;
type ItemsOf<TSection> = TSection extends { readonly items: readonly (infer I)[] } ? I : never;
type Questions<TItems> = Exclude<TItems, { readonly kind: 'note' }>;

/** Items always shown and required: their section and they have no `showIf`. */
type AlwaysRequired<TSurvey> =
  SectionsOf<TSurvey> extends infer S
    ? S extends { readonly showIf: object }
      ? never
      : Exclude<Extract<Questions<ItemsOf<S>>, { readonly required: true }>, { readonly showIf: object }>
    : never;

type AllQuestions<TSurvey> = Questions<ItemsOf<SectionsOf<TSurvey>>>;
type IdOf<TItem> = TItem extends { readonly id: infer I extends string } ? I : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The answers of a survey definition, inferred exactly from its `const` type or `defineSurvey`. */
export type AnswersOf<TSurvey> = AnswersOfLiteral<SurveyLiteralOf<TSurvey>>;

type AnswersOfLiteral<TSurvey> = Simplify<
  { [I in AlwaysRequired<TSurvey> as IdOf<I>]: AnswerOf<TSurvey, I> } & {
    [I in Exclude<AllQuestions<TSurvey>, AlwaysRequired<TSurvey>> as IdOf<I>]?: AnswerOf<TSurvey, I>;
  } & {
    [I in AllQuestions<TSurvey> as OtherOf<I> extends never ? never : `${IdOf<I>}_other`]?: string;
  }
>;
