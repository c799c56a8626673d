export type { HeadingLevel } from './headings.ts';
export type { FormMessages } from './messages/index.ts';
export { FORM_LOCALES, formMessages, formMessagesLoaded, loadFormMessages } from './messages/index.ts';
export { normalizeAnswers } from './normalize.ts';
export { surveyResolver } from './resolver.ts';
export type { SurveyFormProps } from './survey-form.tsx';
export { SurveyForm } from './survey-form.tsx';
