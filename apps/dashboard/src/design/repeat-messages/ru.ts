// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
import type { RepeatMessages } from './en.ts';

export const ru: RepeatMessages = {
  legend: 'Повторение',
  enable: 'Задавать этот раздел для каждого человека, визита или предмета (повторение)',
  enableHelp:
    'Ответы хранятся списком, по одной записи на каждое заполнение раздела. Идентификаторы его вопросов вне раздела можно читать только через sum(), count(), min(), max(), join() или indexed-repeat().',
  min: 'Наименьшее число записей',
  max: 'Наибольшее число записей (до {{cap}})',
  count: 'Число записей из предыдущих ответов (необязательно)',
  countHelp:
    'Выражение из предыдущих ответов, например ${household_size}. Тогда форма сама добавляет и удаляет записи.',
  instanceLabel: 'Как называется одна запись (показывается с номером, например «Партнёр 2»)',
  badge: 'повторяется',
  boundsProblem: 'Наибольшее число записей ({{max}}) не может быть меньше наименьшего ({{min}}).',
};
