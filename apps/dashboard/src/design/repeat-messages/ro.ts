// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
import type { RepeatMessages } from './en.ts';

export const ro: RepeatMessages = {
  legend: 'Repetare',
  enable: 'Puneți această secțiune pentru fiecare persoană, vizită sau lucru (o repetare)',
  enableHelp:
    'Răspunsurile se păstrează ca listă, câte o înregistrare pentru fiecare completare a secțiunii. Identificatorii întrebărilor ei pot fi citiți din afara secțiunii doar prin sum(), count(), min(), max(), join() sau indexed-repeat().',
  min: 'Cele mai puține înregistrări',
  max: 'Cele mai multe înregistrări (până la {{cap}})',
  count: 'Numărul de înregistrări din răspunsurile anterioare (opțional)',
  countHelp:
    'O expresie din răspunsurile anterioare, de exemplu ${household_size}. Cu ea, formularul adaugă și elimină singur înregistrări.',
  instanceLabel: 'Cum se numește o înregistrare (afișată cu număr, de exemplu „Partener 2”)',
  badge: 'se repetă',
  boundsProblem:
    'Cele mai multe înregistrări ({{max}}) nu pot fi mai puține decât cele mai puține ({{min}}).',
};
