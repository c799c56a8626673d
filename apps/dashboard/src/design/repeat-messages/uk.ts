// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
import type { RepeatMessages } from './en.ts';

export const uk: RepeatMessages = {
  legend: 'Повторення',
  enable: 'Ставити цей розділ для кожної людини, візиту чи речі (повторення)',
  enableHelp:
    'Відповіді зберігаються списком, по одному запису на кожне заповнення розділу. Ідентифікатори його запитань поза розділом можна читати лише через sum(), count(), min(), max(), join() або indexed-repeat().',
  min: 'Найменше записів',
  max: 'Найбільше записів (до {{cap}})',
  count: 'Кількість записів з попередніх відповідей (необов’язково)',
  countHelp:
    'Вираз із попередніх відповідей, наприклад ${household_size}. Тоді форма сама додає й видаляє записи.',
  instanceLabel: 'Як називається один запис (показується з номером, наприклад «Партнер 2»)',
  badge: 'повторюється',
  boundsProblem: 'Найбільша кількість записів ({{max}}) не може бути меншою за найменшу ({{min}}).',
};
