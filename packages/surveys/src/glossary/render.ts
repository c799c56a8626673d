import { GLOSSARY, type GlossaryLocale } from './terms.ts';

/** The rendered glossary's own words in each language. */
const HEADINGS: Readonly<
  Record<
    GlossaryLocale,
    { title: string; intro: string; concept: string; term: string; avoid: string; note: string }
  >
> = {
  en: {
    title: 'Glossary: English',
    intro:
      'The term kolo uses for each concept, in surveys, forms, charts and screens. A test fails when a variant to avoid appears anywhere.',
    concept: 'Concept',
    term: 'Term',
    avoid: 'Avoid',
    note: 'Note',
  },
  uk: {
    title: 'Глосарій: українська',
    intro:
      'Термін, яким kolo називає кожне поняття в опитуваннях, формах, діаграмах і на екранах. Тест не проходить, якщо десь трапляється варіант, якого слід уникати.',
    concept: 'Поняття',
    term: 'Термін',
    avoid: 'Уникати',
    note: 'Примітка',
  },
  ru: {
    title: 'Глоссарий: русский',
    intro:
      'Термин, которым kolo называет каждое понятие в опросах, формах, диаграммах и на экранах. Тест не проходит, если где-то встречается вариант, которого следует избегать.',
    concept: 'Понятие',
    term: 'Термин',
    avoid: 'Избегать',
    note: 'Примечание',
  },
  pl: {
    title: 'Słowniczek: polski',
    intro:
      'Termin, którym kolo nazywa każde pojęcie w ankietach, formularzach, wykresach i na ekranach. Test nie przechodzi, gdy gdziekolwiek pojawi się wariant, którego należy unikać.',
    concept: 'Pojęcie',
    term: 'Termin',
    avoid: 'Unikać',
    note: 'Uwaga',
  },
  ky: {
    title: 'Глоссарий: кыргызча',
    intro:
      'kolo сурамжылоолордо, формаларда, диаграммаларда жана экрандарда ар бир түшүнүктү атаган термин. Качуу керек болгон вариант кайсы бир жерде кездешсе, тест өтпөйт.',
    concept: 'Түшүнүк',
    term: 'Термин',
    avoid: 'Колдонбоңуз',
    note: 'Эскертүү',
  },
  ro: {
    title: 'Glosar: română',
    intro:
      'Termenul pe care kolo îl folosește pentru fiecare concept în chestionare, formulare, grafice și pe ecrane. Un test eșuează dacă o variantă de evitat apare undeva.',
    concept: 'Concept',
    term: 'Termen',
    avoid: 'De evitat',
    note: 'Notă',
  },
  sr: {
    title: 'Глосар: српски',
    intro:
      'Термин којим kolo назива сваки појам у упитницима, обрасцима, графиконима и на екранима. Тест не пролази ако се негде појави варијанта коју треба избегавати.',
    concept: 'Појам',
    term: 'Термин',
    avoid: 'Избегавати',
    note: 'Напомена',
  },
};

const cell = (text: string) => text.replaceAll('|', '\\|');

/**
 * The glossary for readers of `locale` as Markdown: one row per concept, with the English term
 * and its definition beside the local term, the variants to avoid and a note.
 * @example renderGlossary('uk').startsWith('# Глосарій') // true
 */
export function renderGlossary(locale: GlossaryLocale): string {
  const h = HEADINGS[locale];
  const rows = GLOSSARY.map((entry) => {
    const term = entry.terms[locale];
    const concept = `**${entry.terms.en.term}**: ${entry.definition}`;
    const avoid = (term.avoid ?? []).map((v) => `~~${v}~~`).join(', ');
    return `| ${cell(concept)} | ${cell(term.term)} | ${cell(avoid)} | ${cell(term.note ?? '')} |`;
  });
  return [
    `# ${h.title}`,
    '',
    h.intro,
    '',
    '_Generated from `packages/surveys/src/glossary/terms.ts` by `pnpm --filter @kolo/surveys glossary`; do not edit by hand._',
    '',
    `| ${h.concept} | ${h.term} | ${h.avoid} | ${h.note} |`,
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
