import { type AnswersOf, defineSurvey } from '@kolo/schema';
import {
  ageBands,
  choiceFor,
  choicesFor,
  genders,
  keyPopulations,
  LIBRARY_LOCALES,
  notApplicable,
  pickLocales,
  preferNotToSay,
  selfDescribe,
} from '../common.ts';

const LOCALES = LIBRARY_LOCALES;

const TICK_ALL = {
  en: 'Tick all that apply.',
  uk: 'Позначте все, що підходить.',
  ru: 'Отметьте все подходящие варианты.',
  pl: 'Zaznacz wszystkie pasujące odpowiedzi.',
  ky: 'Туура келгендердин баарын белгилеңиз.',
} as const;

/** Services a client may have used at the site, and may now miss. */
const SERVICES = [
  {
    value: 'syringes',
    label: {
      en: 'Sterile needles and syringes',
      uk: 'Стерильні голки та шприци',
      ru: 'Стерильные иглы и шприцы',
      pl: 'Sterylne igły i strzykawki',
      ky: 'Стерилдүү ийнелер жана шприцтер',
    },
  },
  {
    value: 'naloxone',
    label: { en: 'Naloxone', uk: 'Налоксон', ru: 'Налоксон', pl: 'Nalokson', ky: 'Налоксон' },
  },
  {
    value: 'ost',
    label: {
      en: 'Opioid substitution therapy (OST)',
      uk: 'Замісна підтримувальна терапія (ЗПТ)',
      ru: 'Опиоидная заместительная терапия (ОЗТ)',
      pl: 'Terapia substytucyjna (leczenie substytucyjne opioidami)',
      ky: 'Метадон менен алмаштыруучу терапия (ЗТМ)',
    },
  },
  {
    value: 'testing',
    label: {
      en: 'HIV or hepatitis testing, self-tests',
      uk: 'Тестування на ВІЛ чи гепатити, самотести',
      ru: 'Тестирование на ВИЧ или гепатиты, самотесты',
      pl: 'Testowanie w kierunku HIV lub WZW, autotesty',
      ky: 'ВИЧке же гепатиттерге тестирлөө, өз алдынча тесттер',
    },
  },
  {
    value: 'art',
    label: {
      en: 'HIV treatment (ART)',
      uk: 'Лікування ВІЛ (АРТ)',
      ru: 'Лечение ВИЧ (АРТ)',
      pl: 'Leczenie HIV (ART)',
      ky: 'ВИЧти дарылоо (АРТ)',
    },
  },
  {
    value: 'prep',
    label: {
      en: 'PrEP',
      uk: 'ДКП (доконтактна профілактика ВІЛ)',
      ru: 'ДКП (доконтактная профилактика ВИЧ)',
      pl: 'PrEP (profilaktyka przedekspozycyjna)',
      ky: 'ДКП (ВИЧтин байланышка чейинки профилактикасы)',
    },
  },
  {
    value: 'hcv_tb',
    label: {
      en: 'Hepatitis C or TB treatment',
      uk: 'Лікування гепатиту С або туберкульозу',
      ru: 'Лечение гепатита С или туберкулеза',
      pl: 'Leczenie WZW typu C lub gruźlicy',
      ky: 'С гепатитин же кургак учукту дарылоо',
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
    value: 'counselling',
    label: {
      en: 'Social, legal or psychological counselling',
      uk: 'Соціальне, юридичне чи психологічне консультування',
      ru: 'Социальное, юридическое или психологическое консультирование',
      pl: 'Poradnictwo socjalne, prawne lub psychologiczne',
      ky: 'Социалдык, юридикалык же психологиялык кеңеш берүү',
    },
  },
  {
    value: 'peer_support',
    label: {
      en: 'Peer support and support groups',
      uk: 'Підтримка рівних, групи взаємодопомоги',
      ru: 'Поддержка равных, группы взаимопомощи',
      pl: 'Wsparcie partnerskie (peer) i grupy wsparcia',
      ky: 'Теңтуштардын колдоосу жана колдоо топтору',
    },
  },
  {
    value: 'case_management',
    label: {
      en: 'Case management, help with referrals',
      uk: 'Кейс-менеджмент, допомога з перенаправленнями',
      ru: 'Кейс-менеджмент, помощь с перенаправлениями',
      pl: 'Case management, pomoc w skierowaniach',
      ky: 'Кейс-менеджмент, башка кызматтарга жолдомо берүүгө жардам',
    },
  },
  {
    value: 'basic_needs',
    label: {
      en: 'Food, shower, laundry or a place to rest',
      uk: 'Їжа, душ, прання або місце для відпочинку',
      ru: 'Еда, душ, стирка или место для отдыха',
      pl: 'Jedzenie, prysznic, pranie lub miejsce do odpoczynku',
      ky: 'Тамак-аш, душ, кир жуу же эс алуучу жер',
    },
  },
  {
    value: 'other_service',
    label: {
      en: 'Another service',
      uk: 'Інша послуга',
      ru: 'Другая услуга',
      pl: 'Inna usługa',
      ky: 'Башка кызмат',
    },
  },
] as const;

const OUTREACH = {
  value: 'outreach',
  label: {
    en: 'An outreach or peer worker',
    uk: 'Аутріч-працівник або рівний консультант',
    ru: 'Аутрич-работник или равный консультант',
    pl: 'Streetworker lub osoba z doświadczeniem (peer)',
    ky: 'Аутрич-кызматкер же теңтуш консультант',
  },
} as const;

const NOT_NEEDED = {
  value: 'not_needed',
  exclusive: true,
  label: {
    en: 'I do not need them',
    uk: 'Мені не потрібно',
    ru: 'Мне не нужно',
    pl: 'Nie potrzebuję ich',
    ky: 'Мага керек эмес',
  },
} as const;

/** Shown unless the respondent said they have not injected; "prefer not to say" still sees them. */
const MAY_INJECT = { not: { question: 'injecting', op: 'eq', value: 'no' } } as const;

/**
 * Access after disruption: for people whose harm-reduction or HIV service closed or changed, what
 * changed, where they get sterile equipment, naloxone, OST and testing now, how risk practices moved,
 * and what they miss most.
 *
 * Indicators: the shares with no source of sterile needles, naloxone or testing, with OST interrupted,
 * who share, reuse or inject alone more often, who test less, who met an overdose, who now pay; a
 * count of respondents whose site closed completely.
 */
export const serviceAccess = defineSurvey({
  id: 'service-access',
  version: 1,
  locales: LOCALES,
  title: {
    en: 'Access after disruption',
    uk: 'Доступ після змін у послугах',
    ru: 'Доступ после изменений в услугах',
    pl: 'Dostęp po zmianach w usługach',
    ky: 'Кызматтар өзгөргөндөн кийинки жеткиликтүүлүк',
  },
  description: {
    en: 'For people whose service closed or changed: a needle and syringe point, a drop-in centre, OST, outreach or another service. Record nothing that could identify the person.',
    uk: 'Для людей, чия послуга закрилася або змінилася: пункт обміну шприців, дроп-ін центр, ЗПТ, аутріч чи інша послуга. Не записуйте нічого, що може ідентифікувати людину.',
    ru: 'Для людей, чья услуга закрылась или изменилась: пункт обмена шприцев, дроп-ин центр, ОЗТ, аутрич или другая услуга. Не записывайте ничего, что может идентифицировать человека.',
    pl: 'Dla osób, których usługa została zamknięta lub się zmieniła: punkt wymiany igieł i strzykawek, punkt drop-in, terapia substytucyjna, streetworking lub inna usługa. Nie zapisuj niczego, co mogłoby zidentyfikować osobę.',
    ky: 'Кызматы жабылган же өзгөргөн адамдар үчүн: шприц алмаштыруу пункту, дроп-ин борбору, ЗТМ, аутрич же башка кызмат. Адамды таанууга мүмкүн болгон эч нерсени жазбаңыз.',
  },
  choiceLists: {
    services: SERVICES,
    missing_services: [
      ...SERVICES,
      {
        value: 'nothing_missing',
        label: {
          en: 'Nothing is missing now',
          uk: 'Зараз нічого не бракує',
          ru: 'Сейчас всего хватает',
          pl: 'Teraz niczego nie brakuje',
          ky: 'Азыр баары жетиштүү',
        },
      },
    ],
    frequency_change: [
      {
        value: 'more',
        label: { en: 'More often', uk: 'Частіше', ru: 'Чаще', pl: 'Częściej', ky: 'Көбүрөөк' },
      },
      {
        value: 'same',
        label: {
          en: 'About the same',
          uk: 'Так само',
          ru: 'Так же',
          pl: 'Mniej więcej tak samo',
          ky: 'Болжол менен мурункудай',
        },
      },
      { value: 'less', label: { en: 'Less often', uk: 'Рідше', ru: 'Реже', pl: 'Rzadziej', ky: 'Азыраак' } },
      choiceFor(notApplicable, LOCALES),
    ],
    age_bands: choicesFor(ageBands, LOCALES),
    genders: choicesFor(genders, LOCALES),
    key_populations: choicesFor(keyPopulations, LOCALES),
  },
  sections: [
    {
      id: 'disruption',
      title: {
        en: 'What changed',
        uk: 'Що змінилося',
        ru: 'Что изменилось',
        pl: 'Co się zmieniło',
        ky: 'Эмне өзгөрдү',
      },
      items: [
        {
          id: 'services_before',
          kind: 'multi_choice',
          required: true,
          choices: 'services',
          label: {
            en: 'Which services did you use there before the change?',
            uk: 'Якими послугами ви там користувалися до змін?',
            ru: 'Какими услугами вы там пользовались до изменений?',
            pl: 'Z jakich usług korzystałeś/korzystałaś tam przed zmianą?',
            ky: 'Өзгөрүүгө чейин ал жерде кайсы кызматтарды колдончу элеңиз?',
          },
          hint: TICK_ALL,
        },
        {
          id: 'changes',
          kind: 'multi_choice',
          required: true,
          label: {
            en: 'What changed?',
            uk: 'Що змінилося?',
            ru: 'Что изменилось?',
            pl: 'Co się zmieniło?',
            ky: 'Эмне өзгөрдү?',
          },
          hint: TICK_ALL,
          options: [
            {
              value: 'closed',
              label: {
                en: 'The site closed completely',
                uk: 'Пункт повністю закрився',
                ru: 'Пункт полностью закрылся',
                pl: 'Punkt został całkowicie zamknięty',
                ky: 'Пункт толугу менен жабылды',
              },
            },
            {
              value: 'moved',
              label: {
                en: 'It moved further away',
                uk: 'Пункт переїхав далі',
                ru: 'Пункт переехал дальше',
                pl: 'Punkt przeniósł się dalej',
                ky: 'Пункт алысыраак жерге көчтү',
              },
            },
            {
              value: 'hours_cut',
              label: {
                en: 'Fewer opening hours or days',
                uk: 'Скоротили години або дні роботи',
                ru: 'Сократили часы или дни работы',
                pl: 'Krótsze godziny lub mniej dni otwarcia',
                ky: 'Иш сааттары же күндөрү кыскарды',
              },
            },
            {
              value: 'stock_outs',
              label: {
                en: 'Supplies run out (syringes, naloxone, tests, condoms)',
                uk: 'Закінчуються витратні матеріали (шприци, налоксон, тести, презервативи)',
                ru: 'Заканчиваются расходные материалы (шприцы, налоксон, тесты, презервативы)',
                pl: 'Kończą się materiały (strzykawki, nalokson, testy, prezerwatywy)',
                ky: 'Керектүү каражаттар түгөнүп калат (шприцтер, налоксон, тесттер, презервативдер)',
              },
            },
            {
              value: 'services_cut',
              label: {
                en: 'Some services stopped',
                uk: 'Частину послуг припинили',
                ru: 'Часть услуг прекратили',
                pl: 'Niektóre usługi przestały działać',
                ky: 'Кээ бир кызматтар токтотулду',
              },
            },
            {
              value: 'staff_changed',
              label: {
                en: 'Staff changed or peer workers left',
                uk: 'Змінився персонал або пішли рівні консультанти',
                ru: 'Сменился персонал или ушли равные консультанты',
                pl: 'Zmienił się personel albo odeszły osoby z doświadczeniem (peer)',
                ky: 'Кызматкерлер алмашты же теңтуш консультанттар кетип калды',
              },
            },
            {
              value: 'online_only',
              label: {
                en: 'It works only online or by phone now',
                uk: 'Тепер працює лише онлайн або телефоном',
                ru: 'Теперь работает только онлайн или по телефону',
                pl: 'Teraz działa tylko online lub telefonicznie',
                ky: 'Азыр онлайн же телефон аркылуу гана иштейт',
              },
            },
            {
              value: 'outreach_stopped',
              label: {
                en: 'Outreach workers no longer come to my area',
                uk: 'Аутріч-працівники більше не приходять у мій район',
                ru: 'Аутрич-работники больше не приходят в мой район',
                pl: 'Streetworkerzy nie przychodzą już w moją okolicę',
                ky: 'Аутрич-кызматкерлер менин аймагыма мындан ары келбейт',
              },
            },
            {
              value: 'new_requirements',
              label: {
                en: 'New rules, or documents are now required (e.g. ID, registration)',
                uk: 'Запровадили нові правила або вимагають документи (наприклад, паспорт, реєстрацію)',
                ru: 'Ввели новые правила или требуют документы (например, паспорт, регистрацию)',
                pl: 'Nowe zasady albo wymagane są dokumenty (np. dowód osobisty, meldunek)',
                ky: 'Жаңы эрежелер киргизилди же документтер талап кылынат (мисалы, паспорт, каттоо)',
              },
            },
            {
              value: 'police',
              label: {
                en: 'More police near the site',
                uk: 'Більше поліції поруч із пунктом',
                ru: 'Больше полиции рядом с пунктом',
                pl: 'Więcej policji w pobliżu punktu',
                ky: 'Пункттун жанында милиция көбөйдү',
              },
            },
          ],
        },
        {
          id: 'change_when',
          kind: 'single_choice',
          label: {
            en: 'When did this happen?',
            uk: 'Коли це сталося?',
            ru: 'Когда это произошло?',
            pl: 'Kiedy to się stało?',
            ky: 'Бул качан болду?',
          },
          hint: {
            en: 'Roughly is enough.',
            uk: 'Достатньо приблизно.',
            ru: 'Достаточно приблизительно.',
            pl: 'Wystarczy w przybliżeniu.',
            ky: 'Болжол менен айтсаңыз жетиштүү.',
          },
          options: [
            {
              value: 'under_3m',
              label: {
                en: 'Less than 3 months ago',
                uk: 'Менше 3 місяців тому',
                ru: 'Меньше 3 месяцев назад',
                pl: 'Mniej niż 3 miesiące temu',
                ky: '3 айдан аз мурун',
              },
            },
            {
              value: '3_6m',
              label: {
                en: '3 to 6 months ago',
                uk: '3–6 місяців тому',
                ru: '3–6 месяцев назад',
                pl: '3–6 miesięcy temu',
                ky: '3–6 ай мурун',
              },
            },
            {
              value: '6_12m',
              label: {
                en: '6 to 12 months ago',
                uk: '6–12 місяців тому',
                ru: '6–12 месяцев назад',
                pl: '6–12 miesięcy temu',
                ky: '6–12 ай мурун',
              },
            },
            {
              value: 'over_12m',
              label: {
                en: 'More than a year ago',
                uk: 'Понад рік тому',
                ru: 'Больше года назад',
                pl: 'Ponad rok temu',
                ky: 'Бир жылдан көп мурун',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'sources',
      title: {
        en: 'Where you get services now',
        uk: 'Де ви отримуєте послуги зараз',
        ru: 'Где вы получаете услуги сейчас',
        pl: 'Gdzie teraz korzystasz z usług',
        ky: 'Азыр кызматтарды кайдан аласыз',
      },
      items: [
        {
          id: 'injecting',
          kind: 'single_choice',
          label: {
            en: 'Have you injected drugs in the last 6 months?',
            uk: 'Чи вживали ви наркотики ін’єкційно за останні 6 місяців?',
            ru: 'Употребляли ли вы наркотики инъекционно за последние 6 месяцев?',
            pl: 'Czy w ciągu ostatnich 6 miesięcy przyjmowałeś/przyjmowałaś narkotyki w iniekcjach?',
            ky: 'Акыркы 6 айда баңги заттарын сайып колдондуңузбу?',
          },
          hint: {
            en: 'Asked only to show the questions that fit. The person may choose not to answer.',
            uk: 'Це потрібно лише, щоб показати доречні запитання. Людина може не відповідати.',
            ru: 'Это нужно только для того, чтобы показать подходящие вопросы. Человек может не отвечать.',
            pl: 'Pytamy tylko po to, żeby pokazać pasujące pytania. Osoba może nie odpowiadać.',
            ky: 'Бул туура келген суроолорду гана көрсөтүү үчүн суралат. Адам жооп бербесе да болот.',
          },
          options: [
            { value: 'yes', label: { en: 'Yes', uk: 'Так', ru: 'Да', pl: 'Tak', ky: 'Ооба' } },
            { value: 'no', label: { en: 'No', uk: 'Ні', ru: 'Нет', pl: 'Nie', ky: 'Жок' } },
            choiceFor(preferNotToSay, LOCALES),
          ],
        },
        {
          id: 'syringe_source',
          kind: 'multi_choice',
          showIf: MAY_INJECT,
          label: {
            en: 'Where do you get sterile needles and syringes now?',
            uk: 'Де ви зараз берете стерильні голки та шприци?',
            ru: 'Где вы сейчас берете стерильные иглы и шприцы?',
            pl: 'Skąd teraz bierzesz sterylne igły i strzykawki?',
            ky: 'Азыр стерилдүү ийнелерди жана шприцтерди кайдан аласыз?',
          },
          hint: TICK_ALL,
          options: [
            {
              value: 'pharmacy',
              label: {
                en: 'I buy them at a pharmacy',
                uk: 'Купую в аптеці',
                ru: 'Покупаю в аптеке',
                pl: 'Kupuję je w aptece',
                ky: 'Дарыканадан сатып алам',
              },
            },
            {
              value: 'other_programme',
              label: {
                en: 'Another needle and syringe programme or drop-in centre',
                uk: 'Інша програма обміну шприців або дроп-ін центр',
                ru: 'Другая программа обмена шприцев или дроп-ин центр',
                pl: 'Inny program wymiany igieł i strzykawek lub punkt drop-in',
                ky: 'Башка шприц алмаштыруу программасы же дроп-ин борбору',
              },
            },
            OUTREACH,
            {
              value: 'peers',
              label: {
                en: 'Friends or other people who use drugs',
                uk: 'Друзі або інші люди, які вживають наркотики',
                ru: 'Друзья или другие люди, употребляющие наркотики',
                pl: 'Znajomi lub inne osoby używające narkotyków',
                ky: 'Досторум же баңги заттарын колдонгон башка адамдар',
              },
            },
            {
              value: 'delivery',
              label: {
                en: 'Delivery or pick-up arranged by phone or online',
                uk: 'Доставка або видача за домовленістю телефоном чи онлайн',
                ru: 'Доставка или выдача по договоренности по телефону или онлайн',
                pl: 'Dostawa lub odbiór umówiony telefonicznie lub online',
                ky: 'Телефон же онлайн аркылуу макулдашып жеткирүү же алып кетүү',
              },
            },
            {
              value: 'street',
              label: {
                en: 'I buy them on the street',
                uk: 'Купую з рук на вулиці',
                ru: 'Покупаю с рук на улице',
                pl: 'Kupuję je na ulicy',
                ky: 'Көчөдөн колдон сатып алам',
              },
            },
            {
              value: 'elsewhere',
              label: {
                en: 'Somewhere else',
                uk: 'Деінде',
                ru: 'В другом месте',
                pl: 'Gdzie indziej',
                ky: 'Башка жерден',
              },
            },
            {
              value: 'nowhere',
              exclusive: true,
              label: {
                en: 'Nowhere: I have no source of sterile ones now',
                uk: 'Ніде: зараз немає де взяти стерильні',
                ru: 'Нигде: сейчас негде взять стерильные',
                pl: 'Nigdzie: nie mam teraz skąd brać sterylnych',
                ky: 'Эч жерден: азыр стерилдүүсүн ала турган жер жок',
              },
            },
            NOT_NEEDED,
          ],
        },
        {
          id: 'naloxone_source',
          kind: 'multi_choice',
          label: {
            en: 'Where can you get naloxone now?',
            uk: 'Де ви можете отримати налоксон зараз?',
            ru: 'Где вы можете получить налоксон сейчас?',
            pl: 'Gdzie możesz teraz dostać nalokson?',
            ky: 'Азыр налоксонду кайдан ала аласыз?',
          },
          hint: TICK_ALL,
          options: [
            {
              value: 'pharmacy',
              label: {
                en: 'I buy it at a pharmacy',
                uk: 'Купую в аптеці',
                ru: 'Покупаю в аптеке',
                pl: 'Kupuję go w aptece',
                ky: 'Дарыканадан сатып алам',
              },
            },
            {
              value: 'other_programme',
              label: {
                en: 'Another programme or drop-in centre',
                uk: 'Інша програма або дроп-ін центр',
                ru: 'Другая программа или дроп-ин центр',
                pl: 'Inny program lub punkt drop-in',
                ky: 'Башка программа же дроп-ин борбору',
              },
            },
            OUTREACH,
            {
              value: 'peers',
              label: {
                en: 'Friends or other people who use drugs',
                uk: 'Друзі або інші люди, які вживають наркотики',
                ru: 'Друзья или другие люди, употребляющие наркотики',
                pl: 'Znajomi lub inne osoby używające narkotyków',
                ky: 'Досторум же баңги заттарын колдонгон башка адамдар',
              },
            },
            {
              value: 'nowhere',
              exclusive: true,
              label: { en: 'Nowhere', uk: 'Ніде', ru: 'Нигде', pl: 'Nigdzie', ky: 'Эч жерден' },
            },
            {
              value: 'dont_know',
              exclusive: true,
              label: {
                en: 'I don’t know where',
                uk: 'Не знаю, де',
                ru: 'Не знаю, где',
                pl: 'Nie wiem gdzie',
                ky: 'Кайдан экенин билбейм',
              },
            },
            {
              ...NOT_NEEDED,
              label: {
                en: 'I do not need it',
                uk: 'Мені не потрібно',
                ru: 'Мне не нужно',
                pl: 'Nie potrzebuję go',
                ky: 'Мага керек эмес',
              },
            },
          ],
        },
        {
          id: 'ost_source',
          kind: 'single_choice',
          showIf: { question: 'services_before', op: 'selected', value: 'ost' },
          label: {
            en: 'Where do you mainly get OST now?',
            uk: 'Де ви зараз здебільшого отримуєте ЗПТ?',
            ru: 'Где вы сейчас в основном получаете ОЗТ?',
            pl: 'Gdzie teraz głównie otrzymujesz terapię substytucyjną?',
            ky: 'Азыр ЗТМди негизинен кайдан аласыз?',
          },
          options: [
            {
              value: 'same_site',
              label: {
                en: 'At the same OST site, with the changes',
                uk: 'У тому ж пункті ЗПТ, але зі змінами',
                ru: 'В том же пункте ОЗТ, но с изменениями',
                pl: 'W tym samym punkcie terapii substytucyjnej, ale ze zmianami',
                ky: 'Ошол эле ЗТМ пунктунан, бирок өзгөрүүлөр менен',
              },
            },
            {
              value: 'other_site',
              label: {
                en: 'At another OST site',
                uk: 'В іншому пункті ЗПТ',
                ru: 'В другом пункте ОЗТ',
                pl: 'W innym punkcie terapii substytucyjnej',
                ky: 'Башка ЗТМ пунктунан',
              },
            },
            {
              value: 'take_home',
              label: {
                en: 'Take-home doses or a pharmacy',
                uk: 'Видача препарату додому або в аптеці',
                ru: 'Выдача препарата на дом или в аптеке',
                pl: 'Dawki do domu lub w aptece',
                ky: 'Үйгө берилген дозалар же дарыкана аркылуу',
              },
            },
            {
              value: 'street',
              label: {
                en: 'I buy methadone or buprenorphine on the street',
                uk: 'Купую метадон чи бупренорфін з рук',
                ru: 'Покупаю метадон или бупренорфин с рук',
                pl: 'Kupuję metadon lub buprenorfinę na ulicy',
                ky: 'Метадонду же бупренорфинди көчөдөн колдон сатып алам',
              },
            },
            {
              value: 'stopped',
              label: {
                en: 'Nowhere: my treatment stopped',
                uk: 'Ніде: моє лікування припинилося',
                ru: 'Нигде: мое лечение прекратилось',
                pl: 'Nigdzie: moje leczenie zostało przerwane',
                ky: 'Эч жерден: дарылоом токтоп калды',
              },
            },
          ],
        },
        {
          id: 'testing_source',
          kind: 'multi_choice',
          label: {
            en: 'Where can you get tested for HIV or hepatitis now?',
            uk: 'Де ви зараз можете пройти тест на ВІЛ чи гепатити?',
            ru: 'Где вы сейчас можете пройти тест на ВИЧ или гепатиты?',
            pl: 'Gdzie możesz teraz zrobić test na HIV lub WZW?',
            ky: 'Азыр ВИЧке же гепатиттерге кайдан тест тапшыра аласыз?',
          },
          hint: TICK_ALL,
          options: [
            {
              value: 'other_programme',
              label: {
                en: 'Another NGO or community programme',
                uk: 'Інша громадська організація чи програма спільноти',
                ru: 'Другая НКО или программа сообщества',
                pl: 'Inna organizacja pozarządowa lub program społeczności',
                ky: 'Башка бейөкмөт уюм же коомчулуктун программасы',
              },
            },
            OUTREACH,
            {
              value: 'clinic',
              label: {
                en: 'AIDS centre, clinic or hospital',
                uk: 'СНІД-центр, клініка або лікарня',
                ru: 'СПИД-центр, поликлиника или больница',
                pl: 'Poradnia chorób zakaźnych, przychodnia lub szpital',
                ky: 'СПИД борбору, поликлиника же оорукана',
              },
            },
            {
              value: 'pharmacy',
              label: {
                en: 'I buy a self-test at a pharmacy',
                uk: 'Купую самотест в аптеці',
                ru: 'Покупаю самотест в аптеке',
                pl: 'Kupuję autotest w aptece',
                ky: 'Өз алдынча тестти дарыканадан сатып алам',
              },
            },
            {
              value: 'self_test_delivery',
              label: {
                en: 'A self-test sent by post or delivered',
                uk: 'Самотест поштою або з доставкою',
                ru: 'Самотест по почте или с доставкой',
                pl: 'Autotest wysłany pocztą lub dostarczony',
                ky: 'Почта же жеткирүү аркылуу келген өз алдынча тест',
              },
            },
            {
              value: 'nowhere',
              exclusive: true,
              label: {
                en: 'Nowhere I can reach',
                uk: 'Ніде, куди я можу дістатися',
                ru: 'Нигде, куда я могу добраться',
                pl: 'Nigdzie, dokąd mogę dotrzeć',
                ky: 'Мен бара ала турган жерде эч жерде жок',
              },
            },
            {
              value: 'dont_know',
              exclusive: true,
              label: {
                en: 'I don’t know where',
                uk: 'Не знаю, де',
                ru: 'Не знаю, где',
                pl: 'Nie wiem gdzie',
                ky: 'Кайдан экенин билбейм',
              },
            },
          ],
        },
        {
          id: 'extra_cost',
          kind: 'yes_no',
          label: {
            en: 'Do you now pay for things you used to get free?',
            uk: 'Чи доводиться вам тепер платити за те, що раніше отримували безкоштовно?',
            ru: 'Приходится ли вам теперь платить за то, что раньше получали бесплатно?',
            pl: 'Czy teraz płacisz za coś, co wcześniej dostawałeś/dostawałaś za darmo?',
            ky: 'Мурда акысыз алган нерселериңиз үчүн азыр төлөшүңүз керекпи?',
          },
        },
        {
          id: 'travel_change',
          kind: 'single_choice',
          label: {
            en: 'Compared with before, how long does it take you to get the services you need?',
            uk: 'Скільки часу вам тепер потрібно, щоб отримати потрібні послуги, порівняно з тим, як було раніше?',
            ru: 'Сколько времени вам теперь нужно, чтобы получить нужные услуги, по сравнению с тем, как было раньше?',
            pl: 'Ile czasu zajmuje ci teraz dostanie potrzebnych usług w porównaniu z tym, jak było wcześniej?',
            ky: 'Мурункуга салыштырмалуу, керектүү кызматтарды алууга азыр канча убакыт кетет?',
          },
          options: [
            {
              value: 'longer',
              label: { en: 'Longer', uk: 'Довше', ru: 'Дольше', pl: 'Dłużej', ky: 'Көбүрөөк убакыт' },
            },
            {
              value: 'same',
              label: {
                en: 'About the same',
                uk: 'Приблизно стільки ж',
                ru: 'Примерно столько же',
                pl: 'Mniej więcej tak samo',
                ky: 'Болжол менен мурункудай',
              },
            },
            {
              value: 'shorter',
              label: { en: 'Less time', uk: 'Менше', ru: 'Меньше', pl: 'Krócej', ky: 'Азыраак убакыт' },
            },
            {
              value: 'cannot_get',
              label: {
                en: 'I cannot get them at all now',
                uk: 'Зараз не можу отримати їх узагалі',
                ru: 'Сейчас не могу получить их вообще',
                pl: 'Teraz w ogóle nie mogę ich dostać',
                ky: 'Азыр аларды такыр ала албайм',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'risks',
      title: {
        en: 'Changes since then',
        uk: 'Зміни відтоді',
        ru: 'Изменения с тех пор',
        pl: 'Zmiany od tamtej pory',
        ky: 'Ошондон бери болгон өзгөрүүлөр',
      },
      description: {
        en: 'Compared with how things were before the service changed. There are no right or wrong answers.',
        uk: 'Порівняно з тим, як було до змін у послугах. Правильних чи неправильних відповідей немає.',
        ru: 'По сравнению с тем, как было до изменений в услугах. Правильных или неправильных ответов нет.',
        pl: 'W porównaniu z tym, jak było przed zmianą usługi. Nie ma dobrych ani złych odpowiedzi.',
        ky: 'Кызмат өзгөргөнгө чейинки абалга салыштырмалуу. Туура же туура эмес жооп жок.',
      },
      items: [
        {
          id: 'injecting_practices',
          kind: 'matrix',
          choices: 'frequency_change',
          showIf: MAY_INJECT,
          label: {
            en: 'Since the change, how often does this happen, compared with before?',
            uk: 'Як часто це відбувається після змін, порівняно з тим, як було раніше?',
            ru: 'Как часто это происходит после изменений, по сравнению с тем, как было раньше?',
            pl: 'Jak często to się zdarza od czasu zmiany, w porównaniu z tym, co było wcześniej?',
            ky: 'Өзгөрүүдөн бери бул мурункуга салыштырмалуу канчалык көп болот?',
          },
          rows: [
            {
              id: 'share_equipment',
              label: {
                en: 'Using a needle, syringe or other injecting equipment after someone else',
                uk: 'Користування голкою, шприцом чи іншим ін’єкційним інструментарієм після когось',
                ru: 'Использование иглы, шприца или другого инъекционного инструментария после кого-то',
                pl: 'Używanie igły, strzykawki lub innego sprzętu do iniekcji po kimś innym',
                ky: 'Ийнени, шприцти же сайынуу үчүн башка буюмду башка бирөөдөн кийин колдонуу',
              },
            },
            {
              id: 'reuse_equipment',
              label: {
                en: 'Reusing your own needles or syringes',
                uk: 'Повторне використання власних голок чи шприців',
                ru: 'Повторное использование своих игл или шприцев',
                pl: 'Ponowne używanie własnych igieł lub strzykawek',
                ky: 'Өзүңүздүн ийнелериңизди же шприцтериңизди кайра колдонуу',
              },
            },
            {
              id: 'inject_alone',
              label: {
                en: 'Injecting alone, with nobody near who could help in an overdose',
                uk: 'Вживання на самоті, коли поруч немає нікого, хто допоможе при передозуванні',
                ru: 'Употребление в одиночку, когда рядом нет никого, кто поможет при передозировке',
                pl: 'Przyjmowanie w iniekcji w samotności, bez nikogo w pobliżu, kto pomógłby przy przedawkowaniu',
                ky: 'Жалгыз сайынуу, ашыкча дозада жардам бере турган эч ким жанында жок кезде',
              },
            },
          ],
        },
        {
          id: 'health_practices',
          kind: 'matrix',
          choices: 'frequency_change',
          label: {
            en: 'Since the change, how often does this happen, compared with before?',
            uk: 'Як часто це відбувається після змін, порівняно з тим, як було раніше?',
            ru: 'Как часто это происходит после изменений, по сравнению с тем, как было раньше?',
            pl: 'Jak często to się zdarza od czasu zmiany, w porównaniu z tym, co było wcześniej?',
            ky: 'Өзгөрүүдөн бери бул мурункуга салыштырмалуу канчалык көп болот?',
          },
          rows: [
            {
              id: 'condomless_sex',
              label: {
                en: 'Sex without a condom',
                uk: 'Секс без презерватива',
                ru: 'Секс без презерватива',
                pl: 'Seks bez prezerwatywy',
                ky: 'Презервативсиз жыныстык катнаш',
              },
            },
            {
              id: 'testing',
              label: {
                en: 'Getting tested for HIV or hepatitis',
                uk: 'Тестування на ВІЛ чи гепатити',
                ru: 'Тестирование на ВИЧ или гепатиты',
                pl: 'Testowanie w kierunku HIV lub WZW',
                ky: 'ВИЧке же гепатиттерге тестирлөө',
              },
            },
            {
              id: 'health_visits',
              label: {
                en: 'Seeing a doctor or other health worker',
                uk: 'Звернення до лікаря чи іншого медпрацівника',
                ru: 'Обращения к врачу или другому медработнику',
                pl: 'Wizyty u lekarza lub innego pracownika ochrony zdrowia',
                ky: 'Дарыгерге же башка медициналык кызматкерге кайрылуу',
              },
            },
          ],
        },
        {
          id: 'overdose',
          kind: 'multi_choice',
          label: {
            en: 'Since the change, has there been an overdose?',
            uk: 'Чи траплялося передозування після змін?',
            ru: 'Случалась ли передозировка после изменений?',
            pl: 'Czy od czasu zmiany doszło do przedawkowania?',
            ky: 'Өзгөрүүдөн бери ашыкча доза (передозировка) болдубу?',
          },
          options: [
            {
              value: 'self',
              label: {
                en: 'Yes, I had one',
                uk: 'Так, у мене було передозування',
                ru: 'Да, у меня была передозировка',
                pl: 'Tak, przedawkowałem/przedawkowałam',
                ky: 'Ооба, менде ашыкча доза болду',
              },
            },
            {
              value: 'witnessed',
              label: {
                en: 'Yes, I saw someone else overdose',
                uk: 'Так, я бачив/бачила передозування в іншої людини',
                ru: 'Да, я видел/видела передозировку у другого человека',
                pl: 'Tak, widziałem/widziałam przedawkowanie innej osoby',
                ky: 'Ооба, башка адамда ашыкча доза болгонун көрдүм',
              },
            },
            {
              value: 'none',
              exclusive: true,
              label: { en: 'No', uk: 'Ні', ru: 'Нет', pl: 'Nie', ky: 'Жок' },
            },
            choiceFor(preferNotToSay, LOCALES),
          ],
        },
      ],
    },
    {
      id: 'needs',
      title: {
        en: 'What is missing',
        uk: 'Чого бракує',
        ru: 'Чего не хватает',
        pl: 'Czego brakuje',
        ky: 'Эмне жетишпейт',
      },
      items: [
        {
          id: 'missing_service',
          kind: 'single_choice',
          choices: 'missing_services',
          label: {
            en: 'What is the most important service you are missing now?',
            uk: 'Якої послуги вам зараз найбільше бракує?',
            ru: 'Какой услуги вам сейчас больше всего не хватает?',
            pl: 'Jakiej usługi brakuje ci teraz najbardziej?',
            ky: 'Азыр сизге кайсы кызмат эң көп жетишпейт?',
          },
          hint: {
            en: 'Choose one.',
            uk: 'Оберіть одну.',
            ru: 'Выберите одну.',
            pl: 'Wybierz jedną.',
            ky: 'Бирөөнү тандаңыз.',
          },
        },
        {
          id: 'comment',
          kind: 'text',
          long: true,
          maxLength: 2000,
          sensitive: true,
          label: {
            en: 'Anything else you want to tell us about how the change affected you or people around you?',
            uk: 'Що ще ви хочете розповісти про те, як зміни вплинули на вас чи людей навколо?',
            ru: 'Что еще вы хотите рассказать о том, как изменения повлияли на вас или людей вокруг?',
            pl: 'Czy chcesz nam jeszcze coś powiedzieć o tym, jak zmiana wpłynęła na ciebie lub osoby wokół ciebie?',
            ky: 'Өзгөрүү сизге же айланаңыздагы адамдарга кандай таасир эткени тууралуу дагы эмнени айткыңыз келет?',
          },
          hint: {
            en: 'Optional. Do not write names, addresses or anything else that could identify a person.',
            uk: 'Необов’язково. Не пишіть імен, адрес чи чогось іншого, що може ідентифікувати людину.',
            ru: 'Необязательно. Не пишите имена, адреса или что-то другое, что может идентифицировать человека.',
            pl: 'Nieobowiązkowe. Nie wpisuj imion, adresów ani niczego innego, co mogłoby zidentyfikować osobę.',
            ky: 'Милдеттүү эмес. Аттарды, даректерди же адамды таанууга мүмкүн болгон башка эч нерсени жазбаңыз.',
          },
        },
      ],
    },
    {
      id: 'about_you',
      title: { en: 'About you', uk: 'Про вас', ru: 'О вас', pl: 'O tobie', ky: 'Сиз жөнүндө' },
      description: {
        en: 'Optional questions: any of them can be skipped.',
        uk: 'Необов’язкові запитання: будь-яке можна пропустити.',
        ru: 'Необязательные вопросы: любой можно пропустить.',
        pl: 'Pytania nieobowiązkowe: każde można pominąć.',
        ky: 'Милдеттүү эмес суроолор: каалаганын өткөрүп жиберсеңиз болот.',
      },
      items: [
        {
          id: 'age_band',
          kind: 'single_choice',
          choices: 'age_bands',
          label: { en: 'Your age', uk: 'Ваш вік', ru: 'Ваш возраст', pl: 'Twój wiek', ky: 'Сиздин жашыңыз' },
        },
        {
          id: 'gender',
          kind: 'single_choice',
          choices: 'genders',
          sensitive: true,
          other: { label: pickLocales(selfDescribe, LOCALES) },
          label: {
            en: 'Your gender',
            uk: 'Ваша гендерна ідентичність',
            ru: 'Ваша гендерная идентичность',
            pl: 'Twoja płeć',
            ky: 'Сиздин гендериңиз',
          },
        },
        {
          id: 'key_population',
          kind: 'multi_choice',
          choices: 'key_populations',
          label: {
            en: 'Do you belong to any of these communities?',
            uk: 'Чи належите ви до якоїсь із цих спільнот?',
            ru: 'Относитесь ли вы к какому-либо из этих сообществ?',
            pl: 'Czy należysz do którejś z tych społeczności?',
            ky: 'Сиз бул коомчулуктардын бирине киресизби?',
          },
          hint: TICK_ALL,
        },
      ],
    },
  ],
  indicators: [
    {
      id: 'respondents',
      kind: 'count',
      label: {
        en: 'Respondents',
        uk: 'Респонденти',
        ru: 'Респонденты',
        pl: 'Osoby ankietowane',
        ky: 'Респонденттер',
      },
    },
    {
      id: 'site_closed',
      kind: 'count',
      item: 'changes',
      values: ['closed'],
      label: {
        en: 'Respondents whose site closed completely',
        uk: 'Респонденти, чий пункт повністю закрився',
        ru: 'Респонденты, чей пункт полностью закрылся',
        pl: 'Osoby ankietowane, których punkt został całkowicie zamknięty',
        ky: 'Пункту толугу менен жабылган респонденттер',
      },
    },
    {
      id: 'no_sterile_source',
      kind: 'share',
      better: 'lower',
      item: 'syringe_source',
      values: ['nowhere'],
      exclude: ['not_needed'],
      label: {
        en: 'No source of sterile needles and syringes',
        uk: 'Немає джерела стерильних голок і шприців',
        ru: 'Нет источника стерильных игл и шприцев',
        pl: 'Brak źródła sterylnych igieł i strzykawek',
        ky: 'Стерилдүү ийнелер жана шприцтер алына турган жер жок',
      },
    },
    {
      id: 'street_syringes',
      kind: 'share',
      better: 'lower',
      item: 'syringe_source',
      values: ['street'],
      exclude: ['not_needed'],
      label: {
        en: 'Buy needles and syringes on the street',
        uk: 'Купують голки та шприци з рук',
        ru: 'Покупают иглы и шприцы с рук',
        pl: 'Kupują igły i strzykawki na ulicy',
        ky: 'Ийнелерди жана шприцтерди көчөдөн колдон сатып алышат',
      },
    },
    {
      id: 'no_naloxone_source',
      kind: 'share',
      better: 'lower',
      item: 'naloxone_source',
      values: ['nowhere', 'dont_know'],
      exclude: ['not_needed'],
      label: {
        en: 'No known source of naloxone',
        uk: 'Не знають, де взяти налоксон',
        ru: 'Не знают, где взять налоксон',
        pl: 'Nie wiedzą, skąd wziąć nalokson',
        ky: 'Налоксонду кайдан алууну билишпейт',
      },
    },
    {
      id: 'ost_interrupted',
      kind: 'share',
      better: 'lower',
      item: 'ost_source',
      values: ['street', 'stopped'],
      label: {
        en: 'OST stopped or replaced by street supply',
        uk: 'ЗПТ припинена або замінена препаратами з рук',
        ru: 'ОЗТ прекращена или заменена препаратами с рук',
        pl: 'Terapia substytucyjna przerwana lub zastąpiona zakupem na ulicy',
        ky: 'ЗТМ токтоп калган же көчөдөн сатылып алынган препараттар менен алмашылган',
      },
    },
    {
      id: 'no_testing_source',
      kind: 'share',
      better: 'lower',
      item: 'testing_source',
      values: ['nowhere', 'dont_know'],
      label: {
        en: 'No reachable HIV or hepatitis testing',
        uk: 'Немає доступного тестування на ВІЛ чи гепатити',
        ru: 'Нет доступного тестирования на ВИЧ или гепатиты',
        pl: 'Brak dostępnego testowania w kierunku HIV lub WZW',
        ky: 'ВИЧке же гепатиттерге жеткиликтүү тестирлөө жок',
      },
    },
    {
      id: 'shares_more',
      kind: 'share',
      better: 'lower',
      item: 'injecting_practices.share_equipment',
      values: ['more'],
      exclude: ['na'],
      label: {
        en: 'Use equipment after someone else more often',
        uk: 'Частіше користуються інструментарієм після інших',
        ru: 'Чаще пользуются инструментарием после других',
        pl: 'Częściej używają sprzętu po kimś innym',
        ky: 'Башкалардан кийин буюмдарды көбүрөөк колдонушат',
      },
    },
    {
      id: 'reuses_more',
      kind: 'share',
      better: 'lower',
      item: 'injecting_practices.reuse_equipment',
      values: ['more'],
      exclude: ['na'],
      label: {
        en: 'Reuse needles or syringes more often',
        uk: 'Частіше повторно використовують голки чи шприци',
        ru: 'Чаще повторно используют иглы или шприцы',
        pl: 'Częściej ponownie używają igieł lub strzykawek',
        ky: 'Ийнелерди же шприцтерди көбүрөөк кайра колдонушат',
      },
    },
    {
      id: 'injects_alone_more',
      kind: 'share',
      better: 'lower',
      item: 'injecting_practices.inject_alone',
      values: ['more'],
      exclude: ['na'],
      label: {
        en: 'Inject alone more often',
        uk: 'Частіше вживають на самоті',
        ru: 'Чаще употребляют в одиночку',
        pl: 'Częściej przyjmują w iniekcji w samotności',
        ky: 'Жалгыз көбүрөөк сайынышат',
      },
    },
    {
      id: 'tests_less',
      kind: 'share',
      better: 'lower',
      item: 'health_practices.testing',
      values: ['less'],
      exclude: ['na'],
      label: {
        en: 'Test for HIV or hepatitis less often',
        uk: 'Рідше тестуються на ВІЛ чи гепатити',
        ru: 'Реже тестируются на ВИЧ или гепатиты',
        pl: 'Rzadziej testują się w kierunku HIV lub WZW',
        ky: 'ВИЧке же гепатиттерге азыраак тестирленишет',
      },
    },
    {
      id: 'overdose_since',
      kind: 'share',
      better: 'lower',
      item: 'overdose',
      values: ['self', 'witnessed'],
      exclude: ['prefer_not'],
      label: {
        en: 'Had or saw an overdose since the change',
        uk: 'Пережили або бачили передозування після змін',
        ru: 'Пережили или видели передозировку после изменений',
        pl: 'Przedawkowali lub widzieli przedawkowanie od czasu zmiany',
        ky: 'Өзгөрүүдөн бери ашыкча дозаны башынан өткөргөн же көргөн',
      },
    },
    {
      id: 'pays_now',
      kind: 'share',
      better: 'lower',
      item: 'extra_cost',
      values: ['yes'],
      label: {
        en: 'Now pay for what used to be free',
        uk: 'Тепер платять за те, що було безкоштовним',
        ru: 'Теперь платят за то, что было бесплатным',
        pl: 'Teraz płacą za to, co było darmowe',
        ky: 'Мурда акысыз болгон нерсе үчүн азыр төлөшөт',
      },
    },
  ],
});

/** Answers to {@link serviceAccess}, keyed by item id. */
export type ServiceAccessAnswers = AnswersOf<typeof serviceAccess>;
