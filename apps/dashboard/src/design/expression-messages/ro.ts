// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
import type { ExpressionMessages } from './en.ts';

export const ro: ExpressionMessages = {
  calculation: 'Calcul',
  calculationHelp:
    "Se scrie ca în XLSForm, un răspuns ca ${question}: format-date(today(), '%Y') - ${birth_year}",
  valueType: 'Se păstrează ca',
  types: {
    text: 'Text liber',
    number: 'Număr (rezumat ca la o întrebare numerică)',
    date: 'Dată',
  },
  readOnly: 'Arată-l în formular (doar citire)',
  constraint: 'Verificarea răspunsului (constraint, opțional)',
  constraintHelp: '„.” este chiar acest răspuns: . >= ${first_visit}',
  constraintMessage: 'Mesajul afișat când verificarea nu trece',
  choiceFilter: 'Ce variante se oferă (filtru de variante, opțional)',
  choiceFilterHelp:
    'Proprietățile variantelor după nume, răspunsurile anterioare ca ${question}: country = ${country}',
  invalid: 'Această expresie nu poate fi citită: {{detail}}',
};
