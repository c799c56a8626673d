// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
import type { ExpressionMessages } from './en.ts';

export const sr: ExpressionMessages = {
  calculation: 'Прорачун',
  calculationHelp:
    "Пише се као у XLSForm-у, одговор као ${question}: format-date(today(), '%Y') - ${birth_year}",
  valueType: 'Чува се као',
  types: {
    text: 'Текст',
    number: 'Број (сумира се као бројчано питање)',
    date: 'Датум',
  },
  readOnly: 'Прикажи у обрасцу (само за читање)',
  constraint: 'Провера одговора (constraint, није обавезно)',
  constraintHelp: '„.” је сам овај одговор: . >= ${first_visit}',
  constraintMessage: 'Порука када провера не прође',
  choiceFilter: 'Које опције понудити (филтер опција, није обавезно)',
  choiceFilterHelp: 'Својства опција по називу, ранији одговори као ${question}: country = ${country}',
  invalid: 'Овај израз не може да се прочита: {{detail}}',
};
