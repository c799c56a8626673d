import type { ChoiceList } from './choices-sheet.ts';
import type { FormNames } from './form-names.ts';
import type { Languages } from './languages-in-use.ts';
import type { NoteList } from './notes.ts';

/** A draft item or section: plain data in kolo's shape that may still fail `parseSurvey`. */
export type Draft = Record<string, unknown>;

/** What converting the survey sheet needs. */
export interface ImportContext {
  readonly notes: NoteList;
  readonly languages: Languages;
  readonly names: FormNames;
  readonly lists: ReadonlyMap<string, ChoiceList>;
  /** List names (as written) that become shared `choiceLists`; the kolo id of each. */
  readonly sharedLists: ReadonlyMap<string, string>;
}
