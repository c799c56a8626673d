// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
import type { RepeatMessages } from './en.ts';

export const pl: RepeatMessages = {
  legend: 'Powtarzanie',
  enable: 'Zadawaj tę sekcję dla każdej osoby, wizyty lub rzeczy (powtarzanie)',
  enableHelp:
    'Odpowiedzi są zapisywane jako lista, jeden wpis na każde wypełnienie sekcji. Identyfikatory jej pytań można odczytać spoza sekcji tylko przez sum(), count(), min(), max(), join() lub indexed-repeat().',
  min: 'Najmniej wpisów',
  max: 'Najwięcej wpisów (do {{cap}})',
  count: 'Liczba wpisów z wcześniejszych odpowiedzi (opcjonalnie)',
  countHelp:
    'Wyrażenie z wcześniejszych odpowiedzi, np. ${household_size}. Wtedy formularz sam dodaje i usuwa wpisy.',
  instanceLabel: 'Jak nazywa się jeden wpis (pokazywany z numerem, np. „Partner 2”)',
  badge: 'powtarza się',
  boundsProblem: 'Największa liczba wpisów ({{max}}) nie może być mniejsza niż najmniejsza ({{min}}).',
};
