// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
import type { ExpressionMessages } from './en.ts';

export const ru: ExpressionMessages = {
  calculation: 'Вычисление',
  calculationHelp:
    "Записывается как в XLSForm, ответ — как ${question}: format-date(today(), '%Y') - ${birth_year}",
  valueType: 'Хранить как',
  types: {
    text: 'Текст',
    number: 'Число (обобщается как числовой вопрос)',
    date: 'Дата',
  },
  readOnly: 'Показывать в форме (только для чтения)',
  constraint: 'Проверка ответа (constraint, необязательно)',
  constraintHelp: '«.» — это сам ответ: . >= ${first_visit}',
  constraintMessage: 'Сообщение, если проверка не пройдена',
  choiceFilter: 'Какие варианты предлагать (фильтр вариантов, необязательно)',
  choiceFilterHelp:
    'Свойства вариантов — по имени, предыдущие ответы — как ${question}: country = ${country}',
  invalid: 'Это выражение не удаётся прочитать: {{detail}}',
};
