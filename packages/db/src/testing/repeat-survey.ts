import type { SurveyDefinition } from '@kolo/schema';

const en = (text: string) => ({ en: text });
/** A survey with a repeated section of partners (built directly: facts read a definition and answers). */
export const partnersSurvey: SurveyDefinition = {
  id: 'partners',
  version: 1,
  locales: ['en'],
  title: en('Partners'),
  sections: [
    {
      id: 'about',
      title: en('About you'),
      items: [
        { id: 'age', kind: 'number', integer: true, label: en('Age') },
        {
          id: 'city',
          kind: 'single_choice',
          label: en('City'),
          options: ['kyiv', 'lviv'].map((value) => ({ value, label: en(value) })),
        },
      ],
    },
    {
      id: 'partners',
      title: en('Partners'),
      repeat: { max: 50, instanceLabel: en('Partner') },
      items: [
        { id: 'partner_age', kind: 'number', integer: true, label: en('Partner age') },
        { id: 'partner_tested', kind: 'yes_no', label: en('Tested') },
        {
          id: 'partner_kind',
          kind: 'multi_choice',
          label: en('Kind'),
          options: ['regular', 'casual', 'client'].map((value) => ({ value, label: en(value) })),
        },
      ],
    },
  ],
  indicators: [
    { id: 'any_tested', kind: 'share', item: 'partner_tested', values: ['yes'], label: en('Tested') },
    { id: 'named_tested', kind: 'count', item: 'partner_tested', values: ['yes'], label: en('Named') },
  ],
};
