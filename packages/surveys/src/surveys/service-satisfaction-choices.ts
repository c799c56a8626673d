import type { SharedChoice } from '../common.ts';

/** Service types a client of harm-reduction and HIV programmes uses, for "which service did you use". */
export const SERVICE_TYPES = [
  {
    value: 'nsp',
    label: {
      en: 'Needle and syringe programme (NSP)',
      uk: 'Програма обміну шприців',
      ru: 'Программа обмена шприцев',
      pl: 'Program wymiany igieł i strzykawek',
      ky: 'Шприц алмаштыруу программасы',
    },
  },
  {
    value: 'ost',
    label: {
      en: 'Opioid substitution therapy (OST)',
      uk: 'Замісна підтримувальна терапія (ЗПТ)',
      ru: 'Опиоидная заместительная терапия (ОЗТ)',
      pl: 'Terapia substytucyjna',
      ky: 'Метадон менен алмаштыруучу терапия (ЗТМ)',
    },
  },
  {
    value: 'dic',
    label: {
      en: 'Drop-in centre',
      uk: 'Дроп-ін центр',
      ru: 'Дроп-ин центр',
      pl: 'Punkt drop-in',
      ky: 'Дроп-ин борбору',
    },
  },
  {
    value: 'hiv_testing',
    label: {
      en: 'HIV testing or self-testing',
      uk: 'Тестування на ВІЛ або самотестування',
      ru: 'Тестирование на ВИЧ или самотестирование',
      pl: 'Testowanie w kierunku HIV lub autotest',
      ky: 'ВИЧке тестирлөө же өз алдынча тестирлөө',
    },
  },
  {
    value: 'prep',
    label: {
      en: 'PrEP (pre-exposure prophylaxis)',
      uk: 'ДКП (доконтактна профілактика ВІЛ)',
      ru: 'ДКП (доконтактная профилактика ВИЧ)',
      pl: 'PrEP (profilaktyka przedekspozycyjna)',
      ky: 'ДКП (ВИЧтин байланышка чейинки профилактикасы)',
    },
  },
  {
    value: 'hcv',
    label: {
      en: 'Hepatitis C testing or treatment',
      uk: 'Тестування або лікування гепатиту С',
      ru: 'Тестирование или лечение гепатита С',
      pl: 'Testowanie lub leczenie WZW typu C',
      ky: 'С гепатитине тестирлөө же дарылоо',
    },
  },
  {
    value: 'tb',
    label: {
      en: 'Tuberculosis (TB) screening or treatment',
      uk: 'Скринінг або лікування туберкульозу',
      ru: 'Скрининг или лечение туберкулеза',
      pl: 'Badania lub leczenie gruźlicy',
      ky: 'Кургак учукка текшерүү же дарылоо',
    },
  },
  {
    value: 'legal',
    label: {
      en: 'Legal help',
      uk: 'Юридична допомога',
      ru: 'Юридическая помощь',
      pl: 'Pomoc prawna',
      ky: 'Юридикалык жардам',
    },
  },
  {
    value: 'social',
    label: {
      en: 'Social support (documents, housing, benefits)',
      uk: 'Соціальний супровід (документи, житло, виплати)',
      ru: 'Социальное сопровождение (документы, жилье, пособия)',
      pl: 'Wsparcie socjalne (dokumenty, mieszkanie, świadczenia)',
      ky: 'Социалдык коштоо (документтер, турак жай, жөлөкпулдар)',
    },
  },
  {
    value: 'psychological',
    label: {
      en: 'Psychological support',
      uk: 'Психологічна допомога',
      ru: 'Психологическая помощь',
      pl: 'Pomoc psychologiczna',
      ky: 'Психологиялык жардам',
    },
  },
  {
    value: 'medical',
    label: {
      en: 'Medical care',
      uk: 'Медична допомога',
      ru: 'Медицинская помощь',
      pl: 'Pomoc medyczna',
      ky: 'Медициналык жардам',
    },
  },
  {
    value: 'peer_support',
    label: {
      en: 'Peer support',
      uk: 'Підтримка рівних (рівний — рівному)',
      ru: 'Поддержка равных (равный — равному)',
      pl: 'Wsparcie partnerskie (peer)',
      ky: 'Теңтуштардын колдоосу',
    },
  },
  {
    value: 'outreach',
    label: {
      en: 'Street outreach',
      uk: 'Вуличний аутріч',
      ru: 'Уличный аутрич',
      pl: 'Streetworking',
      ky: 'Көчөдөгү аутрич',
    },
  },
  {
    value: 'nightlife',
    label: {
      en: 'Party and nightlife work',
      uk: 'Робота на вечірках і в нічних клубах',
      ru: 'Работа на вечеринках и в ночных клубах',
      pl: 'Partyworking (imprezy i kluby)',
      ky: 'Кечелерде жана түнкү клубдарда иштөө',
    },
  },
  {
    value: 'online',
    label: {
      en: 'Online service or chat',
      uk: 'Онлайн-послуга або чат',
      ru: 'Онлайн-услуга или чат',
      pl: 'Usługa online lub czat',
      ky: 'Онлайн кызмат же чат',
    },
  },
] as const satisfies readonly SharedChoice[];

/** Where the service reached the client. */
export const CHANNELS = [
  {
    value: 'street',
    label: { en: 'On the street', uk: 'На вулиці', ru: 'На улице', pl: 'Na ulicy', ky: 'Көчөдө' },
  },
  {
    value: 'party',
    label: {
      en: 'At a party or club',
      uk: 'На вечірці або в клубі',
      ru: 'На вечеринке или в клубе',
      pl: 'Na imprezie lub w klubie',
      ky: 'Кечеде же клубда',
    },
  },
  {
    value: 'office',
    label: {
      en: 'At a drop-in centre or office',
      uk: 'У дроп-ін центрі або офісі',
      ru: 'В дроп-ин центре или офисе',
      pl: 'W punkcie drop-in lub biurze',
      ky: 'Дроп-ин борборунда же кеңседе',
    },
  },
  {
    value: 'mobile',
    label: {
      en: 'At a mobile unit (bus or van)',
      uk: 'У мобільному пункті (автобус або мікроавтобус)',
      ru: 'В мобильном пункте (автобус или микроавтобус)',
      pl: 'W punkcie mobilnym (autobus lub bus)',
      ky: 'Мобилдик пунктта (автобус же микроавтобус)',
    },
  },
  {
    value: 'online',
    label: {
      en: 'Online or by phone',
      uk: 'Онлайн або телефоном',
      ru: 'Онлайн или по телефону',
      pl: 'Online lub telefonicznie',
      ky: 'Онлайн же телефон аркылуу',
    },
  },
] as const satisfies readonly SharedChoice[];

/** Services a client may find missing; "something else" is the item's `other` option. */
export const MISSING_SERVICES = [
  {
    value: 'syringes',
    label: {
      en: 'Sterile syringes and needles',
      uk: 'Стерильні шприци та голки',
      ru: 'Стерильные шприцы и иглы',
      pl: 'Sterylne igły i strzykawki',
      ky: 'Стерилдүү шприцтер жана ийнелер',
    },
  },
  {
    value: 'naloxone',
    label: { en: 'Naloxone', uk: 'Налоксон', ru: 'Налоксон', pl: 'Nalokson', ky: 'Налоксон' },
  },
  {
    value: 'ost',
    label: {
      en: 'Opioid substitution therapy',
      uk: 'Замісна підтримувальна терапія',
      ru: 'Опиоидная заместительная терапия',
      pl: 'Terapia substytucyjna',
      ky: 'Метадон менен алмаштыруучу терапия (ЗТМ)',
    },
  },
  {
    value: 'drug_checking',
    label: {
      en: 'Drug checking',
      uk: 'Перевірка складу речовин',
      ru: 'Проверка состава веществ',
      pl: 'Testowanie substancji',
      ky: 'Заттардын курамын текшерүү',
    },
  },
  {
    value: 'condoms',
    label: {
      en: 'Condoms and lubricant',
      uk: 'Презервативи та лубриканти',
      ru: 'Презервативы и лубриканты',
      pl: 'Prezerwatywy i lubrykanty',
      ky: 'Презервативдер жана лубриканттар',
    },
  },
  {
    value: 'hiv_testing',
    label: {
      en: 'HIV testing or self-tests',
      uk: 'Тестування на ВІЛ або самотести',
      ru: 'Тестирование на ВИЧ или самотесты',
      pl: 'Testy w kierunku HIV lub autotesty',
      ky: 'ВИЧке тестирлөө же өз алдынча тесттер',
    },
  },
  {
    value: 'prep',
    label: {
      en: 'PrEP',
      uk: 'ДКП (доконтактна профілактика ВІЛ)',
      ru: 'ДКП (доконтактная профилактика ВИЧ)',
      pl: 'PrEP',
      ky: 'ДКП (ВИЧтин байланышка чейинки профилактикасы)',
    },
  },
  {
    value: 'hiv_treatment',
    label: {
      en: 'HIV treatment (ART)',
      uk: 'Лікування ВІЛ (АРТ)',
      ru: 'Лечение ВИЧ (АРТ)',
      pl: 'Leczenie HIV (ART)',
      ky: 'ВИЧти дарылоо (АРТ)',
    },
  },
  {
    value: 'hcv',
    label: {
      en: 'Hepatitis C treatment',
      uk: 'Лікування гепатиту С',
      ru: 'Лечение гепатита С',
      pl: 'Leczenie WZW typu C',
      ky: 'С гепатитин дарылоо',
    },
  },
  {
    value: 'tb',
    label: {
      en: 'Tuberculosis (TB) care',
      uk: 'Допомога при туберкульозі',
      ru: 'Помощь при туберкулезе',
      pl: 'Leczenie gruźlicy',
      ky: 'Кургак учук боюнча жардам',
    },
  },
  {
    value: 'legal',
    label: {
      en: 'Legal help',
      uk: 'Юридична допомога',
      ru: 'Юридическая помощь',
      pl: 'Pomoc prawna',
      ky: 'Юридикалык жардам',
    },
  },
  {
    value: 'social',
    label: {
      en: 'Social support (documents, housing, benefits)',
      uk: 'Соціальний супровід (документи, житло, виплати)',
      ru: 'Социальное сопровождение (документы, жилье, пособия)',
      pl: 'Wsparcie socjalne (dokumenty, mieszkanie, świadczenia)',
      ky: 'Социалдык коштоо (документтер, турак жай, жөлөкпулдар)',
    },
  },
  {
    value: 'psychological',
    label: {
      en: 'Psychological support',
      uk: 'Психологічна допомога',
      ru: 'Психологическая помощь',
      pl: 'Pomoc psychologiczna',
      ky: 'Психологиялык жардам',
    },
  },
  {
    value: 'shelter',
    label: {
      en: 'Shelter or a safe place to stay',
      uk: 'Притулок або безпечне місце для ночівлі',
      ru: 'Приют или безопасное место для ночлега',
      pl: 'Schronienie lub bezpieczne miejsce do spania',
      ky: 'Баш калкалоочу жай же түнөө үчүн коопсуз жер',
    },
  },
  {
    value: 'women',
    label: {
      en: 'Services for women',
      uk: 'Послуги для жінок',
      ru: 'Услуги для женщин',
      pl: 'Usługi dla kobiet',
      ky: 'Аялдар үчүн кызматтар',
    },
  },
  {
    value: 'nothing_missing',
    label: {
      en: 'Nothing is missing',
      uk: 'Нічого не бракує',
      ru: 'Всего хватает',
      pl: 'Niczego nie brakuje',
      ky: 'Баары жетиштүү',
    },
  },
] as const satisfies readonly SharedChoice[];
