// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
import type { RepeatMessages } from './en.ts';

export const sr: RepeatMessages = {
  legend: 'Понављање',
  enable: 'Постављај овај одељак за сваку особу, посету или ствар (понављање)',
  enableHelp:
    'Одговори се чувају као листа, један унос за свако попуњавање одељка. Идентификаторе његових питања ван одељка можете читати само преко sum(), count(), min(), max(), join() или indexed-repeat().',
  min: 'Најмање уноса',
  max: 'Највише уноса (до {{cap}})',
  count: 'Број уноса из претходних одговора (необавезно)',
  countHelp:
    'Израз из претходних одговора, на пример ${household_size}. Тада образац сам додаје и уклања уносе.',
  instanceLabel: 'Како се зове један унос (приказује се са бројем, на пример „Партнер 2”)',
  badge: 'понавља се',
  boundsProblem: 'Највећи број уноса ({{max}}) не сме бити мањи од најмањег ({{min}}).',
};
