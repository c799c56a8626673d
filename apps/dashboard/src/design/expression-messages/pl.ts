// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
import type { ExpressionMessages } from './en.ts';

export const pl: ExpressionMessages = {
  calculation: 'Obliczenie',
  calculationHelp:
    "Zapis jak w XLSForm, odpowiedź jako ${question}: format-date(today(), '%Y') - ${birth_year}",
  valueType: 'Zapisuj jako',
  types: {
    text: 'Tekst',
    number: 'Liczba (podsumowywana jak pytanie liczbowe)',
    date: 'Data',
  },
  readOnly: 'Pokazuj w formularzu (tylko do odczytu)',
  constraint: 'Sprawdzenie odpowiedzi (constraint, opcjonalnie)',
  constraintHelp: '„.” to ta odpowiedź: . >= ${first_visit}',
  constraintMessage: 'Komunikat, gdy sprawdzenie się nie powiedzie',
  choiceFilter: 'Jakie opcje pokazywać (filtr opcji, opcjonalnie)',
  choiceFilterHelp:
    'Właściwości opcji po nazwie, wcześniejsze odpowiedzi jako ${question}: country = ${country}',
  invalid: 'Tego wyrażenia nie da się odczytać: {{detail}}',
};
