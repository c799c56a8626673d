// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
import type { RepeatMessages } from './en.ts';

export const ky: RepeatMessages = {
  legend: 'Кайталоо',
  enable: 'Бул бөлүмдү ар бир адам, баруу же буюм үчүн берүү (кайталоо)',
  enableHelp:
    'Жооптор тизме катары сакталат, бөлүм толтурулган сайын бир жазуу. Анын суроолорунун идентификаторлорун бөлүмдөн тышкары sum(), count(), min(), max(), join() же indexed-repeat() аркылуу гана окууга болот.',
  min: 'Эң аз жазуу',
  max: 'Эң көп жазуу ({{cap}} чейин)',
  count: 'Мурунку жооптордон жазуулардын саны (милдеттүү эмес)',
  countHelp:
    'Мурунку жооптордон туюнтма, мисалы ${household_size}. Анда форма жазууларды өзү кошот жана өчүрөт.',
  instanceLabel: 'Бир жазуу кандай аталат (номери менен көрсөтүлөт, мисалы «Өнөктөш 2»)',
  badge: 'кайталанат',
  boundsProblem: 'Эң көп жазуулардын саны ({{max}}) эң аз сандан ({{min}}) кем болбошу керек.',
};
