import type { SurveyDefinition } from '@kolo/schema';
import { renderCodebook } from './render.ts';

/** One rendered codebook: its file name in `packages/surveys/codebooks` and its Markdown. */
export interface CodebookFile {
  readonly name: string;
  readonly content: string;
}

/** A codebook for every survey in every locale it declares, named `<survey-id>.<locale>.md`. */
export function codebookFiles(surveys: readonly SurveyDefinition[]): CodebookFile[] {
  return surveys.flatMap((survey) =>
    survey.locales.map((locale) => ({
      name: `${survey.id}.${locale}.md`,
      content: renderCodebook(survey, locale),
    })),
  );
}
