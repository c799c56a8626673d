/**
 * The codebook's words for repeated sections and their export tables, in one language. Templates
 * hold `{section}`, `{table}`, `{sheet}`, `{csv}`, `{column}`, `{example}`, `{min}`, `{max}`,
 * `{expr}`, `{v}` and `{code}`.
 */
export interface RepeatLabels {
  /** Heading of the part listing the export tables of repeated sections. */
  readonly tables: string;
  readonly mainTable: string;
  readonly notInMain: string;
  readonly repeated: string;
  /** What an instance is called when the survey gives no name. */
  readonly instance: string;
  readonly minMax: string;
  readonly count: string;
  readonly inTable: string;
  readonly table: string;
  readonly where: string;
  readonly linkColumns: string;
  readonly column: string;
  readonly meaning: string;
  readonly submissionId: string;
  readonly index: string;
  readonly answers: string;
  readonly otherText: string;
  readonly onlyWithSensitive: string;
}

const EN: RepeatLabels = {
  tables: 'Tables of repeated sections',
  mainTable: 'Main table: one row per submission (XLSX export: the sheet {sheet}; CSV export: {csv}).',
  notInMain:
    'The answers to section {section} are not in this table: they are in the table {table}, one row per instance.',
  repeated: 'Repeated section: asked once per instance, each numbered ({example}, …).',
  instance: 'Instance',
  minMax: 'At least {min} and at most {max} instances.',
  count: 'Number of instances computed as {expr}.',
  inTable: 'Its answers are in the table {table} (see “Tables of repeated sections” above).',
  table: 'Table {table}',
  where: 'XLSX export: the sheet {sheet}. CSV export: {csv}. One row per instance of section {section}.',
  linkColumns: 'The first two columns link each row to its submission in the main table.',
  column: 'Column',
  meaning: 'Meaning',
  submissionId: 'The submission this instance belongs to: the same value as {column} in the main table.',
  index: 'The number of the instance within its submission, from 1.',
  answers: 'answers: {v}',
  otherText: 'free text given with {code}',
  onlyWithSensitive: 'exported only when sensitive data is included',
};

const UK: RepeatLabels = {
  tables: 'Таблиці повторюваних розділів',
  mainTable: 'Основна таблиця: один рядок на анкету (експорт XLSX: аркуш {sheet}; експорт CSV: {csv}).',
  notInMain:
    'Відповідей на розділ {section} немає в цій таблиці: вони в таблиці {table}, по рядку на кожен повтор.',
  repeated: 'Повторюваний розділ: ставиться для кожного повтору окремо, з номером ({example}, …).',
  instance: 'Повтор',
  minMax: 'Щонайменше {min} і щонайбільше {max} повторів.',
  count: 'Кількість повторів обчислюється як {expr}.',
  inTable: 'Його відповіді — в таблиці {table} (див. «Таблиці повторюваних розділів» вище).',
  table: 'Таблиця {table}',
  where: 'Експорт XLSX: аркуш {sheet}. Експорт CSV: {csv}. Один рядок на кожен повтор розділу {section}.',
  linkColumns: 'Перші два стовпці пов’язують кожен рядок з його анкетою в основній таблиці.',
  column: 'Стовпець',
  meaning: 'Значення',
  submissionId: 'Анкета, до якої належить цей повтор: те саме значення, що й {column} в основній таблиці.',
  index: 'Номер повтору в межах анкети, починаючи з 1.',
  answers: 'відповіді: {v}',
  otherText: 'текст, поданий разом із {code}',
  onlyWithSensitive: 'експортується лише разом із чутливими даними',
};

const RU: RepeatLabels = {
  tables: 'Таблицы повторяющихся разделов',
  mainTable: 'Основная таблица: одна строка на анкету (экспорт XLSX: лист {sheet}; экспорт CSV: {csv}).',
  notInMain:
    'Ответов на раздел {section} нет в этой таблице: они в таблице {table}, по строке на каждый повтор.',
  repeated: 'Повторяющийся раздел: задаётся для каждого повтора отдельно, с номером ({example}, …).',
  instance: 'Повтор',
  minMax: 'Не меньше {min} и не больше {max} повторов.',
  count: 'Число повторов вычисляется как {expr}.',
  inTable: 'Его ответы — в таблице {table} (см. «Таблицы повторяющихся разделов» выше).',
  table: 'Таблица {table}',
  where: 'Экспорт XLSX: лист {sheet}. Экспорт CSV: {csv}. Одна строка на каждый повтор раздела {section}.',
  linkColumns: 'Первые два столбца связывают каждую строку с её анкетой в основной таблице.',
  column: 'Столбец',
  meaning: 'Значение',
  submissionId: 'Анкета, к которой относится этот повтор: то же значение, что и {column} в основной таблице.',
  index: 'Номер повтора внутри анкеты, начиная с 1.',
  answers: 'ответы: {v}',
  otherText: 'текст, указанный вместе с {code}',
  onlyWithSensitive: 'выгружается только вместе с чувствительными данными',
};

const PL: RepeatLabels = {
  tables: 'Tabele powtarzanych sekcji',
  mainTable: 'Tabela główna: jeden wiersz na ankietę (eksport XLSX: arkusz {sheet}; eksport CSV: {csv}).',
  notInMain:
    'Odpowiedzi z sekcji {section} nie ma w tej tabeli: są w tabeli {table}, jeden wiersz na każde powtórzenie.',
  repeated: 'Sekcja powtarzana: zadawana osobno dla każdego powtórzenia, z numerem ({example}, …).',
  instance: 'Powtórzenie',
  minMax: 'Co najmniej {min} i co najwyżej {max} powtórzeń.',
  count: 'Liczba powtórzeń obliczana jako {expr}.',
  inTable: 'Jej odpowiedzi są w tabeli {table} (zob. „Tabele powtarzanych sekcji” wyżej).',
  table: 'Tabela {table}',
  where:
    'Eksport XLSX: arkusz {sheet}. Eksport CSV: {csv}. Jeden wiersz na każde powtórzenie sekcji {section}.',
  linkColumns: 'Pierwsze dwie kolumny łączą każdy wiersz z jego ankietą w tabeli głównej.',
  column: 'Kolumna',
  meaning: 'Znaczenie',
  submissionId: 'Ankieta, do której należy to powtórzenie: ta sama wartość co {column} w tabeli głównej.',
  index: 'Numer powtórzenia w obrębie ankiety, od 1.',
  answers: 'odpowiedzi: {v}',
  otherText: 'tekst podany razem z {code}',
  onlyWithSensitive: 'eksportowane tylko razem z danymi wrażliwymi',
};

const KY: RepeatLabels = {
  tables: 'Кайталанган бөлүмдөрдүн таблицалары',
  mainTable: 'Негизги таблица: ар бир анкетага бир сап (XLSX экспорт: {sheet} барагы; CSV экспорт: {csv}).',
  notInMain:
    '{section} бөлүмүнүн жооптору бул таблицада жок: алар {table} таблицасында, ар бир кайталоого бир сап.',
  repeated: 'Кайталанган бөлүм: ар бир кайталоо үчүн өзүнчө, номери менен берилет ({example}, …).',
  instance: 'Кайталоо',
  minMax: 'Кеминде {min}, эң көп {max} кайталоо.',
  count: 'Кайталоолордун саны {expr} боюнча эсептелет.',
  inTable:
    'Анын жооптору {table} таблицасында (жогорудагы «Кайталанган бөлүмдөрдүн таблицалары» бөлүгүн караңыз).',
  table: '{table} таблицасы',
  where: 'XLSX экспорт: {sheet} барагы. CSV экспорт: {csv}. {section} бөлүмүнүн ар бир кайталоосуна бир сап.',
  linkColumns: 'Алгачкы эки мамыча ар бир сапты негизги таблицадагы анкетасы менен байланыштырат.',
  column: 'Мамыча',
  meaning: 'Мааниси',
  submissionId: 'Бул кайталоо таандык болгон анкета: негизги таблицадагы {column} менен бирдей маани.',
  index: 'Анкетанын ичиндеги кайталоонун номери, 1ден баштап.',
  answers: 'жооптор: {v}',
  otherText: '{code} менен кошо жазылган текст',
  onlyWithSensitive: 'купуя маалыматтар менен гана экспорттолот',
};

const RO: RepeatLabels = {
  tables: 'Tabelele secțiunilor repetate',
  mainTable:
    'Tabelul principal: un rând pentru fiecare chestionar (export XLSX: foaia {sheet}; export CSV: {csv}).',
  notInMain:
    'Răspunsurile din secțiunea {section} nu sunt în acest tabel: sunt în tabelul {table}, câte un rând pentru fiecare repetare.',
  repeated: 'Secțiune repetată: se completează pentru fiecare repetare în parte, numerotată ({example}, …).',
  instance: 'Repetare',
  minMax: 'Cel puțin {min} și cel mult {max} repetări.',
  count: 'Numărul de repetări se calculează ca {expr}.',
  inTable: 'Răspunsurile ei sunt în tabelul {table} (vezi „Tabelele secțiunilor repetate” mai sus).',
  table: 'Tabelul {table}',
  where:
    'Export XLSX: foaia {sheet}. Export CSV: {csv}. Câte un rând pentru fiecare repetare a secțiunii {section}.',
  linkColumns: 'Primele două coloane leagă fiecare rând de chestionarul său din tabelul principal.',
  column: 'Coloană',
  meaning: 'Semnificație',
  submissionId:
    'Chestionarul căruia îi aparține această repetare: aceeași valoare ca {column} în tabelul principal.',
  index: 'Numărul repetării în cadrul chestionarului, de la 1.',
  answers: 'răspunsuri: {v}',
  otherText: 'text dat împreună cu {code}',
  onlyWithSensitive: 'exportat doar împreună cu datele sensibile',
};

const SR: RepeatLabels = {
  tables: 'Табеле поновљених одељака',
  mainTable: 'Главна табела: један ред по упитнику (извоз XLSX: лист {sheet}; извоз CSV: {csv}).',
  notInMain:
    'Одговори из одељка {section} нису у овој табели: налазе се у табели {table}, по један ред за свако понављање.',
  repeated: 'Поновљени одељак: попуњава се за свако понављање посебно, са бројем ({example}, …).',
  instance: 'Понављање',
  minMax: 'Најмање {min} и највише {max} понављања.',
  count: 'Број понављања се израчунава као {expr}.',
  inTable: 'Његови одговори су у табели {table} (види „Табеле поновљених одељака” изнад).',
  table: 'Табела {table}',
  where: 'Извоз XLSX: лист {sheet}. Извоз CSV: {csv}. Један ред за свако понављање одељка {section}.',
  linkColumns: 'Прве две колоне повезују сваки ред са његовим упитником у главној табели.',
  column: 'Колона',
  meaning: 'Значење',
  submissionId: 'Упитник коме припада ово понављање: иста вредност као {column} у главној табели.',
  index: 'Редни број понављања унутар упитника, од 1.',
  answers: 'одговори: {v}',
  otherText: 'текст унет уз {code}',
  onlyWithSensitive: 'извози се само заједно са осетљивим подацима',
};

const LABELS: Readonly<Record<string, RepeatLabels>> = {
  en: EN,
  uk: UK,
  ru: RU,
  pl: PL,
  ky: KY,
  ro: RO,
  sr: SR,
};

/** The codebook's repeat words for a reader whose locale chain is `chain`; English when none fits. */
export function repeatLabels(chain: readonly string[]): RepeatLabels {
  for (const code of chain) {
    const labels = LABELS[code];
    if (labels) return labels;
  }
  return EN;
}
