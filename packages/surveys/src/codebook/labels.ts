import type { ComparisonOperator, ItemKind } from '@kolo/schema';

/**
 * The codebook generator's own words in one language. Templates hold `{q}` (a question),
 * `{v}` (values), `{c}` (a condition), `{n}` (a number), `{items}`, `{key}` and `{exclude}`.
 */
export interface CodebookLabels {
  readonly codebook: string;
  readonly generated: string;
  readonly surveyId: string;
  readonly version: string;
  readonly languages: string;
  readonly section: string;
  readonly kind: string;
  readonly kinds: Readonly<Record<ItemKind, string>>;
  readonly required: string;
  readonly optional: string;
  readonly sensitive: string;
  readonly hint: string;
  readonly shownIf: string;
  readonly code: string;
  readonly answer: string;
  readonly row: string;
  readonly rows: string;
  readonly notScored: string;
  readonly choiceLists: string;
  readonly fromList: string;
  readonly exclusive: string;
  readonly otherDefault: string;
  readonly otherStored: string;
  readonly maxSelections: string;
  readonly range: string;
  readonly integer: string;
  readonly unit: string;
  readonly maxLength: string;
  readonly yesNo: Readonly<Record<'yes' | 'no' | 'dont_know', string>>;
  readonly and: string;
  readonly or: string;
  readonly not: string;
  readonly oneOf: string;
  readonly ops: Readonly<Record<ComparisonOperator, string>>;
  /** Multi-choice answers: "includes any of", "includes none of". */
  readonly includes: string;
  readonly includesNone: string;
  readonly indicators: string;
  readonly scaleMean: string;
  readonly share: string;
  readonly shareExclude: string;
  readonly countAll: string;
  readonly countValues: string;
  readonly countAnswered: string;
}

const EN: CodebookLabels = {
  codebook: 'Codebook',
  generated:
    'Generated from the survey definition by `pnpm --filter @kolo/surveys codebook`; do not edit by hand.',
  surveyId: 'Survey id',
  version: 'Version',
  languages: 'Languages',
  section: 'Section',
  kind: 'Kind',
  kinds: {
    single_choice: 'single choice',
    multi_choice: 'multiple choice',
    likert: 'Likert scale',
    rating: 'rating',
    yes_no: 'yes / no',
    number: 'number',
    text: 'text',
    date: 'date',
    matrix: 'matrix',
    note: 'note',
    calculate: 'calculated value',
  },
  required: 'required',
  optional: 'optional',
  sensitive: 'sensitive',
  hint: 'Hint',
  shownIf: 'Shown if {c}.',
  code: 'Code',
  answer: 'Answer',
  row: 'Row',
  rows: 'Rows',
  notScored: 'not scored',
  choiceLists: 'Choice lists',
  fromList: 'Answers from the list {name} (see “Choice lists” below).',
  exclusive: 'cannot be combined with other answers',
  otherDefault: 'Other (please specify)',
  otherStored: 'free text stored in {key}',
  maxSelections: 'At most {n} answers.',
  range: 'Range',
  integer: 'whole numbers',
  unit: 'Unit',
  maxLength: 'At most {n} characters.',
  yesNo: { yes: 'Yes', no: 'No', dont_know: 'Don’t know' },
  and: ' and ',
  or: ' or ',
  not: 'it is not true that {c}',
  oneOf: 'one of {v}',
  ops: {
    eq: 'the answer to {q} is {v}',
    neq: 'the answer to {q} is not {v}',
    in: 'the answer to {q} is one of {v}',
    notIn: 'the answer to {q} is none of {v}',
    gt: '{q} is greater than {v}',
    gte: '{q} is at least {v}',
    lt: '{q} is less than {v}',
    lte: '{q} is at most {v}',
    answered: '{q} is answered',
    selected: 'the answers to {q} include {v}',
  },
  includes: 'the answers to {q} include {v}',
  includesNone: 'the answers to {q} include none of {v}',
  indicators: 'Indicators',
  scaleMean:
    'Mean of the answers to {items} on a 0–100 scale: the lowest answer scores 0, the highest 100; “not applicable” answers are left out. Empty when none of them is answered.',
  share: 'Share (0–100) of respondents whose answer to {q} is {v}, among those who answered it{exclude}.',
  shareExclude: ', not counting {v}',
  countAll: 'Number of submissions.',
  countValues: 'Number of submissions whose answer to {q} is {v}.',
  countAnswered: 'Number of submissions that answer {q}.',
};

const UK: CodebookLabels = {
  codebook: 'Кодова книга',
  generated:
    'Створено з визначення опитування командою `pnpm --filter @kolo/surveys codebook`; не редагуйте вручну.',
  surveyId: 'Ідентифікатор опитування',
  version: 'Версія',
  languages: 'Мови',
  section: 'Розділ',
  kind: 'Тип',
  kinds: {
    single_choice: 'один варіант',
    multi_choice: 'кілька варіантів',
    likert: 'шкала Лайкерта',
    rating: 'оцінка',
    yes_no: 'так / ні',
    number: 'число',
    text: 'текст',
    date: 'дата',
    matrix: 'матриця',
    note: 'примітка',
    calculate: 'обчислене значення',
  },
  required: 'обов’язкове',
  optional: 'необов’язкове',
  sensitive: 'чутливі дані',
  hint: 'Підказка',
  shownIf: 'Показується, якщо {c}.',
  code: 'Код',
  answer: 'Відповідь',
  row: 'Рядок',
  rows: 'Рядки',
  notScored: 'не враховується в балах',
  choiceLists: 'Списки варіантів',
  fromList: 'Відповіді зі списку {name} (див. «Списки варіантів» нижче).',
  exclusive: 'не поєднується з іншими відповідями',
  otherDefault: 'Інше (уточніть)',
  otherStored: 'текст зберігається в {key}',
  maxSelections: 'Не більше {n} відповідей.',
  range: 'Діапазон',
  integer: 'цілі числа',
  unit: 'Одиниця',
  maxLength: 'Не більше {n} символів.',
  yesNo: { yes: 'Так', no: 'Ні', dont_know: 'Не знаю' },
  and: ' і ',
  or: ' або ',
  not: 'неправда, що {c}',
  oneOf: 'одна з: {v}',
  ops: {
    eq: 'відповідь на {q} — {v}',
    neq: 'відповідь на {q} — не {v}',
    in: 'відповідь на {q} — одна з: {v}',
    notIn: 'відповідь на {q} — жодна з: {v}',
    gt: '{q} більше за {v}',
    gte: '{q} не менше за {v}',
    lt: '{q} менше за {v}',
    lte: '{q} не більше за {v}',
    answered: 'на {q} є відповідь',
    selected: 'серед відповідей на {q} є {v}',
  },
  includes: 'серед відповідей на {q} є {v}',
  includesNone: 'серед відповідей на {q} немає жодної з: {v}',
  indicators: 'Показники',
  scaleMean:
    'Середнє відповідей на {items} за шкалою 0–100: найнижча відповідь — 0, найвища — 100; відповіді «не стосується» не враховуються. Порожнє, якщо на жодне з цих запитань немає відповіді.',
  share: 'Частка (0–100) респондентів, чия відповідь на {q} — {v}, серед тих, хто відповів{exclude}.',
  shareExclude: ', без урахування {v}',
  countAll: 'Кількість анкет.',
  countValues: 'Кількість анкет, у яких відповідь на {q} — {v}.',
  countAnswered: 'Кількість анкет із відповіддю на {q}.',
};

const RU: CodebookLabels = {
  codebook: 'Кодовая книга',
  generated:
    'Создано из определения опроса командой `pnpm --filter @kolo/surveys codebook`; не редактируйте вручную.',
  surveyId: 'Идентификатор опроса',
  version: 'Версия',
  languages: 'Языки',
  section: 'Раздел',
  kind: 'Тип',
  kinds: {
    single_choice: 'один вариант',
    multi_choice: 'несколько вариантов',
    likert: 'шкала Лайкерта',
    rating: 'оценка',
    yes_no: 'да / нет',
    number: 'число',
    text: 'текст',
    date: 'дата',
    matrix: 'матрица',
    note: 'примечание',
    calculate: 'вычисляемое значение',
  },
  required: 'обязательный',
  optional: 'необязательный',
  sensitive: 'чувствительные данные',
  hint: 'Подсказка',
  shownIf: 'Показывается, если {c}.',
  code: 'Код',
  answer: 'Ответ',
  row: 'Строка',
  rows: 'Строки',
  notScored: 'не учитывается в баллах',
  choiceLists: 'Списки вариантов',
  fromList: 'Ответы из списка {name} (см. «Списки вариантов» ниже).',
  exclusive: 'не сочетается с другими ответами',
  otherDefault: 'Другое (уточните)',
  otherStored: 'текст сохраняется в {key}',
  maxSelections: 'Не более {n} ответов.',
  range: 'Диапазон',
  integer: 'целые числа',
  unit: 'Единица',
  maxLength: 'Не более {n} символов.',
  yesNo: { yes: 'Да', no: 'Нет', dont_know: 'Не знаю' },
  and: ' и ',
  or: ' или ',
  not: 'неверно, что {c}',
  oneOf: 'один из: {v}',
  ops: {
    eq: 'ответ на {q} — {v}',
    neq: 'ответ на {q} — не {v}',
    in: 'ответ на {q} — один из: {v}',
    notIn: 'ответ на {q} — ни один из: {v}',
    gt: '{q} больше {v}',
    gte: '{q} не меньше {v}',
    lt: '{q} меньше {v}',
    lte: '{q} не больше {v}',
    answered: 'на {q} есть ответ',
    selected: 'среди ответов на {q} есть {v}',
  },
  includes: 'среди ответов на {q} есть {v}',
  includesNone: 'среди ответов на {q} нет ни одного из: {v}',
  indicators: 'Показатели',
  scaleMean:
    'Среднее ответов на {items} по шкале 0–100: самый низкий ответ — 0, самый высокий — 100; ответы «не относится» не учитываются. Пусто, если ни на один из этих вопросов нет ответа.',
  share: 'Доля (0–100) респондентов, чей ответ на {q} — {v}, среди ответивших{exclude}.',
  shareExclude: ', не считая {v}',
  countAll: 'Количество анкет.',
  countValues: 'Количество анкет, в которых ответ на {q} — {v}.',
  countAnswered: 'Количество анкет с ответом на {q}.',
};

const PL: CodebookLabels = {
  codebook: 'Książka kodów',
  generated:
    'Wygenerowano z definicji ankiety poleceniem `pnpm --filter @kolo/surveys codebook`; nie edytuj ręcznie.',
  surveyId: 'Identyfikator ankiety',
  version: 'Wersja',
  languages: 'Języki',
  section: 'Sekcja',
  kind: 'Rodzaj',
  kinds: {
    single_choice: 'jednokrotny wybór',
    multi_choice: 'wielokrotny wybór',
    likert: 'skala Likerta',
    rating: 'ocena',
    yes_no: 'tak / nie',
    number: 'liczba',
    text: 'tekst',
    date: 'data',
    matrix: 'macierz',
    note: 'notatka',
    calculate: 'wartość obliczana',
  },
  required: 'obowiązkowe',
  optional: 'nieobowiązkowe',
  sensitive: 'dane wrażliwe',
  hint: 'Wskazówka',
  shownIf: 'Wyświetlane, jeśli {c}.',
  code: 'Kod',
  answer: 'Odpowiedź',
  row: 'Wiersz',
  rows: 'Wiersze',
  notScored: 'nie liczy się do wyniku',
  choiceLists: 'Listy odpowiedzi',
  fromList: 'Odpowiedzi z listy {name} (zob. „Listy odpowiedzi” poniżej).',
  exclusive: 'nie łączy się z innymi odpowiedziami',
  otherDefault: 'Inne (jakie?)',
  otherStored: 'tekst zapisywany w {key}',
  maxSelections: 'Najwyżej {n} odpowiedzi.',
  range: 'Zakres',
  integer: 'liczby całkowite',
  unit: 'Jednostka',
  maxLength: 'Najwyżej {n} znaków.',
  yesNo: { yes: 'Tak', no: 'Nie', dont_know: 'Nie wiem' },
  and: ' i ',
  or: ' lub ',
  not: 'nieprawda, że {c}',
  oneOf: 'jedno z: {v}',
  ops: {
    eq: 'odpowiedź na {q} to {v}',
    neq: 'odpowiedź na {q} to nie {v}',
    in: 'odpowiedź na {q} to jedno z: {v}',
    notIn: 'odpowiedź na {q} to żadne z: {v}',
    gt: '{q} jest większe niż {v}',
    gte: '{q} wynosi co najmniej {v}',
    lt: '{q} jest mniejsze niż {v}',
    lte: '{q} wynosi najwyżej {v}',
    answered: 'udzielono odpowiedzi na {q}',
    selected: 'wśród odpowiedzi na {q} jest {v}',
  },
  includes: 'wśród odpowiedzi na {q} jest {v}',
  includesNone: 'wśród odpowiedzi na {q} nie ma żadnej z: {v}',
  indicators: 'Wskaźniki',
  scaleMean:
    'Średnia odpowiedzi na {items} w skali 0–100: najniższa odpowiedź to 0, najwyższa 100; odpowiedzi „nie dotyczy” są pomijane. Brak wartości, gdy żadne z tych pytań nie ma odpowiedzi.',
  share: 'Odsetek (0–100) osób, których odpowiedź na {q} to {v}, spośród tych, które odpowiedziały{exclude}.',
  shareExclude: ', nie licząc {v}',
  countAll: 'Liczba ankiet.',
  countValues: 'Liczba ankiet, w których odpowiedź na {q} to {v}.',
  countAnswered: 'Liczba ankiet z odpowiedzią na {q}.',
};

const KY: CodebookLabels = {
  codebook: 'Коддор китеби',
  generated:
    'Сурамжылоонун аныктамасынан `pnpm --filter @kolo/surveys codebook` буйругу менен түзүлгөн; кол менен өзгөртпөңүз.',
  surveyId: 'Сурамжылоонун идентификатору',
  version: 'Версиясы',
  languages: 'Тилдер',
  section: 'Бөлүм',
  kind: 'Түрү',
  kinds: {
    single_choice: 'бир вариант',
    multi_choice: 'бир нече вариант',
    likert: 'Лайкерт шкаласы',
    rating: 'баалоо',
    yes_no: 'ооба / жок',
    number: 'сан',
    text: 'текст',
    date: 'дата',
    matrix: 'матрица',
    note: 'эскертүү',
    calculate: 'эсептелген маани',
  },
  required: 'милдеттүү',
  optional: 'милдеттүү эмес',
  sensitive: 'сезимтал маалымат',
  hint: 'Кеңеш',
  shownIf: 'Көрсөтүү шарты: {c}.',
  code: 'Код',
  answer: 'Жооп',
  row: 'Сап',
  rows: 'Саптар',
  notScored: 'упайга кирбейт',
  choiceLists: 'Жооп тизмелери',
  fromList: 'Жооптор {name} тизмесинен алынат (төмөндөгү «Жооп тизмелери» бөлүмүн караңыз).',
  exclusive: 'башка жооптор менен бирге тандалбайт',
  otherDefault: 'Башка (тактаңыз)',
  otherStored: 'тексти {key} талаасында сакталат',
  maxSelections: 'Эң көп {n} жооп.',
  range: 'Диапазон',
  integer: 'бүтүн сандар',
  unit: 'Бирдиги',
  maxLength: 'Эң көп {n} белги.',
  yesNo: { yes: 'Ооба', no: 'Жок', dont_know: 'Билбейм' },
  and: ' жана ',
  or: ' же ',
  not: '{c} — туура эмес',
  oneOf: 'төмөнкүлөрдүн бири: {v}',
  ops: {
    eq: '{q} суроосуна жооп — {v}',
    neq: '{q} суроосуна жооп — {v} эмес',
    in: '{q} суроосуна жооп — төмөнкүлөрдүн бири: {v}',
    notIn: '{q} суроосуна жооп төмөнкүлөрдүн бири да эмес: {v}',
    gt: '{q} мааниси > {v}',
    gte: '{q} мааниси ≥ {v}',
    lt: '{q} мааниси < {v}',
    lte: '{q} мааниси ≤ {v}',
    answered: '{q} суроосуна жооп берилген',
    selected: '{q} суроосунун жоопторунун ичинде {v} бар',
  },
  includes: '{q} суроосунун жоопторунун ичинде {v} бар',
  includesNone: '{q} суроосунун жоопторунун ичинде төмөнкүлөрдүн бири да жок: {v}',
  indicators: 'Көрсөткүчтөр',
  scaleMean:
    '{items} суроолоруна берилген жооптордун 0–100 шкаласындагы орточосу: эң төмөнкү жооп — 0, эң жогорку — 100; «тиешелүү эмес» деген жооптор эсепке алынбайт. Бул суроолордун бирине да жооп жок болсо, бош калат.',
  share: '{q} суроосуна жооп бергендердин ичинен {v} деп жооп бергендердин үлүшү (0–100){exclude}.',
  shareExclude: '; {v} эсепке алынбайт',
  countAll: 'Анкеталардын саны.',
  countValues: '{q} суроосуна {v} деп жооп берилген анкеталардын саны.',
  countAnswered: '{q} суроосуна жооп берилген анкеталардын саны.',
};

const RO: CodebookLabels = {
  codebook: 'Registru de coduri',
  generated:
    'Generat din definiția chestionarului cu `pnpm --filter @kolo/surveys codebook`; nu editați manual.',
  surveyId: 'Identificatorul chestionarului',
  version: 'Versiune',
  languages: 'Limbi',
  section: 'Secțiune',
  kind: 'Tip',
  kinds: {
    single_choice: 'o singură variantă',
    multi_choice: 'mai multe variante',
    likert: 'scală Likert',
    rating: 'evaluare',
    yes_no: 'da / nu',
    number: 'număr',
    text: 'text',
    date: 'dată',
    matrix: 'matrice',
    note: 'notă',
    calculate: 'valoare calculată',
  },
  required: 'obligatorie',
  optional: 'opțională',
  sensitive: 'sensibilă',
  hint: 'Indicație',
  shownIf: 'Afișată dacă {c}.',
  code: 'Cod',
  answer: 'Răspuns',
  row: 'Rând',
  rows: 'Rânduri',
  notScored: 'nu se punctează',
  choiceLists: 'Liste de variante',
  fromList: 'Răspunsuri din lista {name} (vezi „Liste de variante” mai jos).',
  exclusive: 'nu poate fi combinat cu alte răspunsuri',
  otherDefault: 'Altceva (precizați)',
  otherStored: 'textul liber este salvat în {key}',
  maxSelections: 'Cel mult {n} răspunsuri.',
  range: 'Interval',
  integer: 'numere întregi',
  unit: 'Unitate',
  maxLength: 'Cel mult {n} caractere.',
  yesNo: { yes: 'Da', no: 'Nu', dont_know: 'Nu știu' },
  and: ' și ',
  or: ' sau ',
  not: 'nu este adevărat că {c}',
  oneOf: 'una dintre {v}',
  ops: {
    eq: 'răspunsul la {q} este {v}',
    neq: 'răspunsul la {q} nu este {v}',
    in: 'răspunsul la {q} este una dintre {v}',
    notIn: 'răspunsul la {q} nu este niciuna dintre {v}',
    gt: '{q} este mai mare decât {v}',
    gte: '{q} este cel puțin {v}',
    lt: '{q} este mai mic decât {v}',
    lte: '{q} este cel mult {v}',
    answered: '{q} are răspuns',
    selected: 'răspunsurile la {q} includ {v}',
  },
  includes: 'răspunsurile la {q} includ {v}',
  includesNone: 'răspunsurile la {q} nu includ niciuna dintre {v}',
  indicators: 'Indicatori',
  scaleMean:
    'Media răspunsurilor la {items} pe o scală 0–100: cel mai mic răspuns valorează 0, cel mai mare 100; răspunsurile „nu se aplică” sunt lăsate deoparte. Gol când niciuna dintre întrebări nu are răspuns.',
  share:
    'Ponderea (0–100) respondenților al căror răspuns la {q} este {v}, dintre cei care au răspuns la ea{exclude}.',
  shareExclude: ', fără a număra {v}',
  countAll: 'Numărul de chestionare completate.',
  countValues: 'Numărul de chestionare completate în care răspunsul la {q} este {v}.',
  countAnswered: 'Numărul de chestionare completate care au răspuns la {q}.',
};

const SR: CodebookLabels = {
  codebook: 'Кодна књига',
  generated:
    'Направљено из дефиниције упитника командом `pnpm --filter @kolo/surveys codebook`; не мењајте ручно.',
  surveyId: 'Идентификатор упитника',
  version: 'Верзија',
  languages: 'Језици',
  section: 'Одељак',
  kind: 'Врста',
  kinds: {
    single_choice: 'један одговор',
    multi_choice: 'више одговора',
    likert: 'Ликертова скала',
    rating: 'оцена',
    yes_no: 'да / не',
    number: 'број',
    text: 'текст',
    date: 'датум',
    matrix: 'матрица',
    note: 'напомена',
    calculate: 'израчуната вредност',
  },
  required: 'обавезно',
  optional: 'необавезно',
  sensitive: 'осетљив податак',
  hint: 'Упутство',
  shownIf: 'Приказује се ако {c}.',
  code: 'Шифра',
  answer: 'Одговор',
  row: 'Ред',
  rows: 'Редови',
  notScored: 'не бодује се',
  choiceLists: 'Листе одговора',
  fromList: 'Одговори са листе {name} (видети „Листе одговора” ниже).',
  exclusive: 'не може се комбиновати са другим одговорима',
  otherDefault: 'Друго (наведите)',
  otherStored: 'слободан текст се чува у {key}',
  maxSelections: 'Највише {n} одговора.',
  range: 'Распон',
  integer: 'цели бројеви',
  unit: 'Јединица',
  maxLength: 'Највише {n} знакова.',
  yesNo: { yes: 'Да', no: 'Не', dont_know: 'Не знам' },
  and: ' и ',
  or: ' или ',
  not: 'није тачно да {c}',
  oneOf: 'једно од: {v}',
  ops: {
    eq: 'одговор на {q} гласи {v}',
    neq: 'одговор на {q} не гласи {v}',
    in: 'одговор на {q} гласи једно од: {v}',
    notIn: 'одговор на {q} не гласи ниједно од: {v}',
    gt: '{q} износи више од {v}',
    gte: '{q} износи најмање {v}',
    lt: '{q} износи мање од {v}',
    lte: '{q} износи највише {v}',
    answered: 'на {q} постоји одговор',
    selected: 'одговори на {q} укључују {v}',
  },
  includes: 'одговори на {q} укључују {v}',
  includesNone: 'одговори на {q} не укључују ниједно од: {v}',
  indicators: 'Показатељи',
  scaleMean:
    'Просек одговора на {items} на скали 0–100: најнижи одговор вреди 0, највиши 100; одговори „не односи се на мене” се не рачунају. Празно када ниједно од ових питања нема одговор.',
  share:
    'Удео (0–100) испитаника чији одговор на {q} гласи {v}, међу онима који су на њега одговорили{exclude}.',
  shareExclude: ', не рачунајући {v}',
  countAll: 'Број попуњених упитника.',
  countValues: 'Број попуњених упитника у којима одговор на {q} гласи {v}.',
  countAnswered: 'Број попуњених упитника са одговором на {q}.',
};

const LABELS: Readonly<Record<string, CodebookLabels>> = {
  en: EN,
  uk: UK,
  ru: RU,
  pl: PL,
  ky: KY,
  ro: RO,
  sr: SR,
};

/** Locales the codebook generator speaks; others fall back along `localeChain`, finally English. */
export const CODEBOOK_LOCALES = Object.keys(LABELS);

/** The generator's words for a reader of `locale`. */
export function codebookLabels(chain: readonly string[]): CodebookLabels {
  for (const code of chain) {
    const labels = LABELS[code];
    if (labels) return labels;
  }
  return EN;
}

/** Quotation marks readers of each language expect around an answer label. */
export function quote(text: string, locale: string): string {
  if (locale === 'en') return `“${text}”`;
  if (['pl', 'ro', 'sr'].includes(locale.split('-')[0] ?? locale)) return `„${text}”`;
  return `«${text}»`;
}
