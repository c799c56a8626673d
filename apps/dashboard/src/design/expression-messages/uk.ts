// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
import type { ExpressionMessages } from './en.ts';

export const uk: ExpressionMessages = {
  calculation: 'Обчислення',
  calculationHelp:
    "Записується як у XLSForm, відповідь — як ${question}: format-date(today(), '%Y') - ${birth_year}",
  valueType: 'Зберігати як',
  types: {
    text: 'Текст',
    number: 'Число (підсумовується як числове запитання)',
    date: 'Дата',
  },
  readOnly: 'Показувати у формі (лише для читання)',
  constraint: 'Перевірка відповіді (constraint, необов’язково)',
  constraintHelp: '«.» — це сама відповідь: . >= ${first_visit}',
  constraintMessage: 'Повідомлення, коли перевірка не пройдена',
  choiceFilter: 'Які варіанти пропонувати (фільтр варіантів, необов’язково)',
  choiceFilterHelp:
    'Властивості варіантів — за назвою, попередні відповіді — як ${question}: country = ${country}',
  invalid: 'Цей вираз не вдається прочитати: {{detail}}',
};
