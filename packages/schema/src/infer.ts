import type { SurveyLiteralOf } from './define.ts';

/**
 * Answer types inferred from a definition written `as const` or with `defineSurvey`:
 * a likert item becomes the union of its choice values, a multi choice an array of them, and a
 * question that may be hidden or is not required becomes optional, and a repeat section a list of
 * its instances' answers (`partners: Array<{ partner_age: number }>`).
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
/** Sections asked once: their items are top-level answers. */
type OnceSections<TSurvey> = Exclude<SectionsOf<TSurvey>, { readonly repeat: object }>;
/** Repeat sections: their answers are a list of instances under the section's id. */
type RepeatSections<TSurvey> = Extract<SectionsOf<TSurvey>, { readonly repeat: object }>;

/** Items always shown and required: their section and they have no `showIf`. */
type AlwaysRequired<TSections> = TSections extends infer S
  ? S extends { readonly showIf: object }
    ? never
    : Exclude<Extract<Questions<ItemsOf<S>>, { readonly required: true }>, { readonly showIf: object }>
  : never;

/** Within one repeat instance the section's own `showIf` has decided already: only the item's counts. */
type RequiredInInstance<TSection> = Exclude<
  Extract<Questions<ItemsOf<TSection>>, { readonly required: true }>,
  { readonly showIf: object }
>;

type IdOf<TItem> = TItem extends { readonly id: infer I extends string } ? I : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The answers to some items: required ones as required keys, the others optional, plus "other" texts. */
type AnswersOfItems<TSurvey, TAll, TRequired> = { [I in TRequired as IdOf<I>]: AnswerOf<TSurvey, I> } & {
  [I in Exclude<TAll, TRequired> as IdOf<I>]?: AnswerOf<TSurvey, I>;
} & {
  [I in TAll as OtherOf<I> extends never ? never : `${IdOf<I>}_other`]?: string;
};

/** The answers of one instance of a repeat section. */
type InstanceOf<TSurvey, TSection> = Simplify<
  AnswersOfItems<TSurvey, Questions<ItemsOf<TSection>>, RequiredInInstance<TSection>>
>;

/** Repeat sections that always have an instance: `min` of at least 1 and no `showIf`. */
type RequiredRepeats<TSurvey> =
  RepeatSections<TSurvey> extends infer S
    ? S extends { readonly showIf: object }
      ? never
      : S extends { readonly repeat: { readonly min: infer M extends number } }
        ? M extends 0
          ? never
          : S
        : never
    : never;

/** The answers of a survey definition, inferred exactly from its `const` type or `defineSurvey`. */
export type AnswersOf<TSurvey> = AnswersOfLiteral<SurveyLiteralOf<TSurvey>>;

type AnswersOfLiteral<TSurvey> = Simplify<
  AnswersOfItems<
    TSurvey,
    Questions<ItemsOf<OnceSections<TSurvey>>>,
    AlwaysRequired<OnceSections<TSurvey>>
  > & {
    [S in RequiredRepeats<TSurvey> as IdOf<S>]: Array<InstanceOf<TSurvey, S>>;
  } & {
    [S in Exclude<RepeatSections<TSurvey>, RequiredRepeats<TSurvey>> as IdOf<S>]?: Array<
      InstanceOf<TSurvey, S>
    >;
  }
>;
