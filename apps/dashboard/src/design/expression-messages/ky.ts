// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
import type { ExpressionMessages } from './en.ts';

export const ky: ExpressionMessages = {
  calculation: 'Эсептөө',
  calculationHelp:
    "XLSFormдогудай жазылат, жооп ${question} түрүндө: format-date(today(), '%Y') - ${birth_year}",
  valueType: 'Кандай сакталат',
  types: {
    text: 'Текст',
    number: 'Сан (сандык суроодой жыйынтыкталат)',
    date: 'Дата',
  },
  readOnly: 'Формада көрсөтүү (окуу үчүн гана)',
  constraint: 'Жоопту текшерүү (constraint, милдеттүү эмес)',
  constraintHelp: '«.» — бул жооптун өзү: . >= ${first_visit}',
  constraintMessage: 'Текшерүүдөн өтпөй калганда чыгуучу билдирүү',
  choiceFilter: 'Кайсы варианттарды сунуштоо (варианттар чыпкасы, милдеттүү эмес)',
  choiceFilterHelp:
    'Варианттардын касиеттери аты менен, мурунку жооптор ${question} түрүндө: country = ${country}',
  invalid: 'Бул туюнтманы окуу мүмкүн эмес: {{detail}}',
};
