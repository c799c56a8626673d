import { type AnswersOf, defineSurvey } from '@kolo/schema';
import {
  ageBands,
  choicesFor,
  genders,
  keyPopulations,
  LIBRARY_LOCALES,
  pickLocales,
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

/** Kinds of incident; each also gets a count indicator labelled as the option. */
const INCIDENT_TYPES = [
  {
    value: 'refusal',
    label: {
      en: 'Refused a service or treatment',
      uk: 'Відмова в послузі чи лікуванні',
      ru: 'Отказ в услуге или лечении',
      pl: 'Odmowa usługi lub leczenia',
      ky: 'Кызмат көрсөтүүдөн же дарылоодон баш тартуу',
    },
  },
  {
    value: 'police_harassment',
    label: {
      en: 'Police harassment: stops, searches, detention',
      uk: 'Переслідування з боку поліції: зупинки, обшуки, затримання',
      ru: 'Преследование со стороны полиции: остановки, обыски, задержание',
      pl: 'Nękanie przez policję: zatrzymania na ulicy, przeszukania, zatrzymanie',
      ky: 'Милициянын куугунтугу: токтотуу, тинтүү, кармоо',
    },
  },
  {
    value: 'confiscation',
    label: {
      en: 'Syringes, naloxone, condoms or medicines taken away',
      uk: 'Вилучили шприци, налоксон, презервативи чи ліки',
      ru: 'Изъяли шприцы, налоксон, презервативы или лекарства',
      pl: 'Zabrano strzykawki, nalokson, prezerwatywy lub leki',
      ky: 'Шприцтерди, налоксонду, презервативдерди же дарыларды тартып алышты',
    },
  },
  {
    value: 'confidentiality',
    label: {
      en: 'Breach of confidentiality: HIV status, drug use, sex work or sexuality disclosed without consent',
      uk: 'Порушення конфіденційності: ВІЛ-статус, вживання наркотиків, секс-роботу чи сексуальність розголосили без згоди',
      ru: 'Нарушение конфиденциальности: ВИЧ-статус, употребление наркотиков, секс-работу или сексуальность раскрыли без согласия',
      pl: 'Naruszenie poufności: status HIV, używanie narkotyków, praca seksualna lub seksualność ujawnione bez zgody',
      ky: 'Купуялуулукту бузуу: ВИЧ-статусун, баңги заттарын колдонууну, секс-жумушту же сексуалдуулукту макулдугусуз ачыкка чыгаруу',
    },
  },
  {
    value: 'violence',
    label: {
      en: 'Physical violence',
      uk: 'Фізичне насильство',
      ru: 'Физическое насилие',
      pl: 'Przemoc fizyczna',
      ky: 'Физикалык зомбулук',
    },
  },
  {
    value: 'sexual_violence',
    label: {
      en: 'Sexual violence or harassment',
      uk: 'Сексуальне насильство чи домагання',
      ru: 'Сексуальное насилие или домогательства',
      pl: 'Przemoc seksualna lub molestowanie',
      ky: 'Сексуалдык зомбулук же асылуу',
    },
  },
  {
    value: 'extortion',
    label: {
      en: 'Extortion: money, drugs or sex demanded',
      uk: 'Вимагання грошей, наркотиків чи сексу',
      ru: 'Вымогательство денег, наркотиков или секса',
      pl: 'Wymuszenie: żądanie pieniędzy, narkotyków lub seksu',
      ky: 'Опузалап талап кылуу: акча, баңги заттарын же жыныстык катнашты талап кылышты',
    },
  },
  {
    value: 'discrimination',
    label: {
      en: 'Humiliation or discrimination by staff',
      uk: 'Приниження чи дискримінація з боку персоналу',
      ru: 'Унижение или дискриминация со стороны персонала',
      pl: 'Upokorzenie lub dyskryminacja ze strony personelu',
      ky: 'Кызматкерлер тарабынан кемсинтүү же басмырлоо',
    },
  },
  {
    value: 'no_consent',
    label: {
      en: 'Testing or treatment without consent',
      uk: 'Тестування чи лікування без згоди',
      ru: 'Тестирование или лечение без согласия',
      pl: 'Testowanie lub leczenie bez zgody',
      ky: 'Макулдугусуз тестирлөө же дарылоо',
    },
  },
  {
    value: 'drug_registry',
    label: {
      en: 'Put on, or threatened with, the drug-user register',
      uk: 'Поставили або погрожували поставити на наркологічний облік',
      ru: 'Поставили или угрожали поставить на наркологический учет',
      pl: 'Wpisanie lub groźba wpisania do rejestru osób używających narkotyków',
      ky: 'Наркологиялык каттоого коюшту же коём деп коркутушту',
    },
  },
] as const;

const SUPPORT_GIVEN = ['legal', 'psychological', 'peer', 'medical', 'safe_place'];

/**
 * Barriers and rights: one incident a person met while seeking or using a service, documented
 * without identifying anyone: what happened, roughly when, the type of place and of actor, whether
 * it was reported, the support received and the follow-up needed.
 *
 * Indicators: a count of incidents, a count per incident type, and the shares reported, supported
 * (any support, legal help), involving police or medical staff, and needing legal follow-up.
 */
export const rightsBarriers = defineSurvey({
  id: 'rights-barriers',
  version: 1,
  locales: LOCALES,
  title: {
    en: 'Barriers and rights',
    uk: 'Бар’єри та права',
    ru: 'Барьеры и права',
    pl: 'Bariery i prawa',
    ky: 'Тоскоолдуктар жана укуктар',
  },
  description: {
    en: 'Record one incident the person met while seeking or using a service. Record what happened, not who: no names, no exact places or dates.',
    uk: 'Запишіть один випадок, з яким людина зіткнулася, коли зверталася по послугу або отримувала її. Записуйте, що сталося, а не хто: без імен, точних місць і дат.',
    ru: 'Запишите один случай, с которым человек столкнулся, когда обращался за услугой или получал ее. Записывайте, что произошло, а не кто: без имен, точных мест и дат.',
    pl: 'Zapisz jedno zdarzenie, które spotkało tę osobę, gdy szukała usługi lub z niej korzystała. Zapisz, co się stało, a nie kto: bez imion, dokładnych miejsc i dat.',
    ky: 'Адам кызматка кайрылганда же аны алып жатканда башынан өткөргөн бир окуяны жазыңыз. Ким эмес, эмне болгонун жазыңыз: аттарсыз, так жерлерсиз жана даталарсыз.',
  },
  choiceLists: {
    age_bands: choicesFor(ageBands, LOCALES),
    genders: choicesFor(genders, LOCALES),
    key_populations: choicesFor(keyPopulations, LOCALES),
  },
  sections: [
    {
      id: 'incident',
      title: {
        en: 'What happened',
        uk: 'Що сталося',
        ru: 'Что произошло',
        pl: 'Co się stało',
        ky: 'Эмне болду',
      },
      items: [
        {
          id: 'before_start',
          kind: 'note',
          label: {
            en: 'Before you start',
            uk: 'Перед початком',
            ru: 'Перед началом',
            pl: 'Zanim zaczniesz',
            ky: 'Баштоодон мурун',
          },
          hint: {
            en: 'Tell the person they can skip any question or stop at any time. If they need help now, offer a referral to your organisation’s paralegal or case manager.',
            uk: 'Скажіть людині, що вона може пропустити будь-яке запитання або зупинитися будь-коли. Якщо допомога потрібна зараз, запропонуйте перенаправлення до параюриста чи кейс-менеджера вашої організації.',
            ru: 'Скажите человеку, что он может пропустить любой вопрос или остановиться в любой момент. Если помощь нужна сейчас, предложите перенаправление к параюристу или кейс-менеджеру вашей организации.',
            pl: 'Powiedz tej osobie, że może pominąć każde pytanie albo przerwać w dowolnym momencie. Jeśli potrzebuje pomocy teraz, zaproponuj skierowanie do prawnika lub osoby prowadzącej case management w twojej organizacji.',
            ky: 'Адамга каалаган суроону өткөрүп жиберсе же каалаган убакта токтотсо болорун айтыңыз. Эгер азыр жардам керек болсо, уюмуңуздун параюристине же кейс-менеджерине жолдомо сунуштаңыз.',
          },
        },
        {
          id: 'service_sought',
          kind: 'single_choice',
          label: {
            en: 'What service were you seeking or using when it happened?',
            uk: 'По яку послугу ви зверталися або яку отримували, коли це сталося?',
            ru: 'За какой услугой вы обращались или какую получали, когда это произошло?',
            pl: 'Z jakiej usługi chciałeś/chciałaś skorzystać lub korzystałeś/korzystałaś, kiedy to się stało?',
            ky: 'Бул болгондо кайсы кызматка кайрылган же кайсы кызматты алып жаткан элеңиз?',
          },
          options: [
            {
              value: 'harm_reduction',
              label: {
                en: 'Needles, syringes, naloxone or other harm reduction supplies',
                uk: 'Голки, шприци, налоксон чи інші засоби зменшення шкоди',
                ru: 'Иглы, шприцы, налоксон или другие средства снижения вреда',
                pl: 'Igły, strzykawki, nalokson lub inne środki redukcji szkód',
                ky: 'Ийнелер, шприцтер, налоксон же зыянды азайтуунун башка каражаттары',
              },
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
                en: 'HIV or hepatitis testing',
                uk: 'Тестування на ВІЛ чи гепатити',
                ru: 'Тестирование на ВИЧ или гепатиты',
                pl: 'Testowanie w kierunku HIV lub WZW',
                ky: 'ВИЧке же гепатиттерге тестирлөө',
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
                en: 'Hepatitis C or TB care',
                uk: 'Лікування гепатиту С або туберкульозу',
                ru: 'Лечение гепатита С или туберкулеза',
                pl: 'Leczenie WZW typu C lub gruźlicy',
                ky: 'С гепатитин же кургак учукту дарылоо',
              },
            },
            {
              value: 'general_health',
              label: {
                en: 'General or emergency medical care',
                uk: 'Загальна або екстрена медична допомога',
                ru: 'Общая или экстренная медицинская помощь',
                pl: 'Ogólna lub ratunkowa opieka medyczna',
                ky: 'Жалпы же шашылыш медициналык жардам',
              },
            },
            {
              value: 'sexual_health',
              label: {
                en: 'Sexual and reproductive health care',
                uk: 'Допомога щодо сексуального та репродуктивного здоров’я',
                ru: 'Помощь в области сексуального и репродуктивного здоровья',
                pl: 'Opieka w zakresie zdrowia seksualnego i reprodukcyjnego',
                ky: 'Сексуалдык жана репродуктивдик ден соолук боюнча жардам',
              },
            },
            {
              value: 'social_legal',
              label: {
                en: 'Social or legal help',
                uk: 'Соціальна або юридична допомога',
                ru: 'Социальная или юридическая помощь',
                pl: 'Pomoc socjalna lub prawna',
                ky: 'Социалдык же юридикалык жардам',
              },
            },
            {
              value: 'documents',
              label: {
                en: 'Documents or registration',
                uk: 'Документи або реєстрація',
                ru: 'Документы или регистрация',
                pl: 'Dokumenty lub meldunek',
                ky: 'Документтер же каттоо',
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
          ],
        },
        {
          id: 'incident_type',
          kind: 'multi_choice',
          required: true,
          label: {
            en: 'What happened?',
            uk: 'Що сталося?',
            ru: 'Что произошло?',
            pl: 'Co się stało?',
            ky: 'Эмне болду?',
          },
          hint: {
            en: 'Tick all that apply. If it was something else, tick "Something else" and describe it at the end, without names.',
            uk: 'Позначте все, що підходить. Якщо сталося щось інше, позначте «Інше» й опишіть це наприкінці, без імен.',
            ru: 'Отметьте все подходящие варианты. Если произошло что-то другое, отметьте «Другое» и опишите это в конце, без имен.',
            pl: 'Zaznacz wszystkie pasujące odpowiedzi. Jeśli było to coś innego, zaznacz „Coś innego” i opisz to na końcu, bez imion.',
            ky: 'Туура келгендердин баарын белгилеңиз. Эгер башка нерсе болсо, «Башка нерсе» дегенди белгилеп, аны аягында аттарсыз сүрөттөңүз.',
          },
          options: [
            ...INCIDENT_TYPES,
            {
              value: 'other_incident',
              label: { en: 'Something else', uk: 'Інше', ru: 'Другое', pl: 'Coś innego', ky: 'Башка нерсе' },
            },
          ],
        },
        {
          id: 'incident_period',
          kind: 'single_choice',
          required: true,
          label: {
            en: 'When did it happen?',
            uk: 'Коли це сталося?',
            ru: 'Когда это произошло?',
            pl: 'Kiedy to się stało?',
            ky: 'Бул качан болду?',
          },
          hint: {
            en: 'Roughly is enough: do not record the exact date.',
            uk: 'Достатньо приблизно: не записуйте точну дату.',
            ru: 'Достаточно приблизительно: не записывайте точную дату.',
            pl: 'Wystarczy w przybliżeniu: nie zapisuj dokładnej daty.',
            ky: 'Болжол менен айтсаңыз жетиштүү: так датаны жазбаңыз.',
          },
          options: [
            {
              value: 'last_month',
              label: {
                en: 'In the last month',
                uk: 'Протягом останнього місяця',
                ru: 'В течение последнего месяца',
                pl: 'W ostatnim miesiącu',
                ky: 'Акыркы бир айдын ичинде',
              },
            },
            {
              value: '1_3_months',
              label: {
                en: '1 to 3 months ago',
                uk: '1–3 місяці тому',
                ru: '1–3 месяца назад',
                pl: '1–3 miesiące temu',
                ky: '1–3 ай мурун',
              },
            },
            {
              value: '3_6_months',
              label: {
                en: '3 to 6 months ago',
                uk: '3–6 місяців тому',
                ru: '3–6 месяцев назад',
                pl: '3–6 miesięcy temu',
                ky: '3–6 ай мурун',
              },
            },
            {
              value: '6_12_months',
              label: {
                en: '6 to 12 months ago',
                uk: '6–12 місяців тому',
                ru: '6–12 месяцев назад',
                pl: '6–12 miesięcy temu',
                ky: '6–12 ай мурун',
              },
            },
            {
              value: 'over_year',
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
        {
          id: 'place_type',
          kind: 'single_choice',
          label: {
            en: 'Where did it happen?',
            uk: 'Де це сталося?',
            ru: 'Где это произошло?',
            pl: 'Gdzie to się stało?',
            ky: 'Бул кайда болду?',
          },
          hint: {
            en: 'The type of place only, never its name or address.',
            uk: 'Лише тип місця, без назви чи адреси.',
            ru: 'Только тип места, без названия или адреса.',
            pl: 'Tylko rodzaj miejsca, nigdy jego nazwa ani adres.',
            ky: 'Жердин түрүн гана, эч качан аталышын же дарегин эмес.',
          },
          options: [
            {
              value: 'nsp_dic',
              label: {
                en: 'Needle and syringe point or drop-in centre',
                uk: 'Пункт обміну шприців або дроп-ін центр',
                ru: 'Пункт обмена шприцев или дроп-ин центр',
                pl: 'Punkt wymiany igieł i strzykawek lub punkt drop-in',
                ky: 'Шприц алмаштыруу пункту же дроп-ин борбору',
              },
            },
            {
              value: 'ost_site',
              label: {
                en: 'OST site',
                uk: 'Пункт ЗПТ',
                ru: 'Пункт ОЗТ',
                pl: 'Punkt terapii substytucyjnej',
                ky: 'ЗТМ пункту',
              },
            },
            {
              value: 'clinic',
              label: {
                en: 'Clinic, hospital or AIDS centre',
                uk: 'Клініка, лікарня або СНІД-центр',
                ru: 'Поликлиника, больница или СПИД-центр',
                pl: 'Przychodnia, szpital lub poradnia chorób zakaźnych',
                ky: 'Поликлиника, оорукана же СПИД борбору',
              },
            },
            {
              value: 'pharmacy',
              label: { en: 'Pharmacy', uk: 'Аптека', ru: 'Аптека', pl: 'Apteka', ky: 'Дарыкана' },
            },
            {
              value: 'near_service',
              label: {
                en: 'On the way to a service, or near it',
                uk: 'По дорозі до місця надання послуг або поруч із ним',
                ru: 'По дороге к месту получения услуг или рядом с ним',
                pl: 'W drodze do miejsca usługi lub w jego pobliżu',
                ky: 'Кызмат көрсөтүлгөн жерге бара жатканда же анын жанында',
              },
            },
            {
              value: 'street',
              label: {
                en: 'Street, park or public transport',
                uk: 'Вулиця, парк чи громадський транспорт',
                ru: 'Улица, парк или общественный транспорт',
                pl: 'Ulica, park lub transport publiczny',
                ky: 'Көчө, сейил бак же коомдук транспорт',
              },
            },
            {
              value: 'police_station',
              label: {
                en: 'Police station or place of detention',
                uk: 'Відділок поліції або місце затримання',
                ru: 'Отдел полиции или место задержания',
                pl: 'Komisariat policji lub miejsce zatrzymania',
                ky: 'Милиция бөлүмү же кармоочу жай',
              },
            },
            {
              value: 'prison',
              label: {
                en: 'Prison or pre-trial detention centre',
                uk: 'В’язниця або СІЗО',
                ru: 'Тюрьма или СИЗО',
                pl: 'Więzienie lub areszt śledczy',
                ky: 'Түрмө же тергөө абагы (СИЗО)',
              },
            },
            {
              value: 'social_office',
              label: {
                en: 'Social services or another state office',
                uk: 'Соціальні служби чи інша державна установа',
                ru: 'Социальные службы или другое государственное учреждение',
                pl: 'Pomoc społeczna lub inny urząd państwowy',
                ky: 'Социалдык кызматтар же башка мамлекеттик мекеме',
              },
            },
            {
              value: 'home',
              label: {
                en: 'At home or where you stay',
                uk: 'Удома або там, де ви живете',
                ru: 'Дома или там, где вы живете',
                pl: 'W domu lub tam, gdzie mieszkasz',
                ky: 'Үйдө же сиз жашаган жерде',
              },
            },
            {
              value: 'workplace',
              label: {
                en: 'Place of work, including sex work',
                uk: 'Місце роботи, зокрема секс-роботи',
                ru: 'Место работы, в том числе секс-работы',
                pl: 'Miejsce pracy, w tym pracy seksualnej',
                ky: 'Иш орду, анын ичинде секс-жумуш',
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
            {
              value: 'other_place',
              label: {
                en: 'Somewhere else',
                uk: 'Деінде',
                ru: 'В другом месте',
                pl: 'Gdzie indziej',
                ky: 'Башка жерден',
              },
            },
          ],
        },
        {
          id: 'actor_type',
          kind: 'multi_choice',
          label: {
            en: 'Who did it?',
            uk: 'Хто це зробив?',
            ru: 'Кто это сделал?',
            pl: 'Kto to zrobił?',
            ky: 'Муну ким жасады?',
          },
          hint: {
            en: 'The type of person only, never a name, rank or post that could identify them. Tick all that apply.',
            uk: 'Лише тип особи, без імені, звання чи посади, за якими її можна впізнати. Позначте все, що підходить.',
            ru: 'Только тип лица, без имени, звания или должности, по которым его можно узнать. Отметьте все подходящие варианты.',
            pl: 'Tylko rodzaj osoby, nigdy imię, stopień ani stanowisko, po których można by ją rozpoznać. Zaznacz wszystkie pasujące odpowiedzi.',
            ky: 'Адамдын түрүн гана жазыңыз: аны тааный турган аты, наамы же кызмат орду эч качан жазылбайт. Туура келгендердин баарын белгилеңиз.',
          },
          options: [
            {
              value: 'police',
              label: { en: 'Police', uk: 'Поліція', ru: 'Полиция', pl: 'Policja', ky: 'Милиция' },
            },
            {
              value: 'medical_staff',
              label: {
                en: 'Doctor, nurse or other medical staff',
                uk: 'Лікар, медсестра чи інший медичний персонал',
                ru: 'Врач, медсестра или другой медицинский персонал',
                pl: 'Lekarz, pielęgniarka lub inny personel medyczny',
                ky: 'Дарыгер, медайым же башка медициналык кызматкер',
              },
            },
            {
              value: 'ngo_staff',
              label: {
                en: 'Social worker or NGO staff',
                uk: 'Соціальний працівник або працівник громадської організації',
                ru: 'Социальный работник или сотрудник НКО',
                pl: 'Pracownik socjalny lub pracownik organizacji pozarządowej',
                ky: 'Социалдык кызматкер же бейөкмөт уюмдун кызматкери',
              },
            },
            {
              value: 'pharmacist',
              label: {
                en: 'Pharmacist',
                uk: 'Фармацевт',
                ru: 'Фармацевт',
                pl: 'Farmaceuta',
                ky: 'Фармацевт',
              },
            },
            {
              value: 'official',
              label: {
                en: 'Another state official (e.g. social services, court, prison staff)',
                uk: 'Інший державний службовець (наприклад, соціальна служба, суд, персонал в’язниці)',
                ru: 'Другой государственный служащий (например, социальная служба, суд, персонал тюрьмы)',
                pl: 'Inny urzędnik państwowy (np. pomoc społeczna, sąd, służba więzienna)',
                ky: 'Башка мамлекеттик кызматкер (мисалы, социалдык кызмат, сот, түрмө кызматкерлери)',
              },
            },
            {
              value: 'security',
              label: {
                en: 'Security guard',
                uk: 'Охоронець',
                ru: 'Охранник',
                pl: 'Ochroniarz',
                ky: 'Күзөтчү',
              },
            },
            {
              value: 'other_client',
              label: {
                en: 'Another client of the service',
                uk: 'Інший клієнт послуги',
                ru: 'Другой клиент услуги',
                pl: 'Inna osoba korzystająca z usługi',
                ky: 'Кызматтын башка кардары',
              },
            },
            {
              value: 'family',
              label: {
                en: 'Family member or partner',
                uk: 'Член родини або партнер/партнерка',
                ru: 'Член семьи или партнер/партнерша',
                pl: 'Członek rodziny lub partner/partnerka',
                ky: 'Үй-бүлө мүчөсү же өнөктөш',
              },
            },
            {
              value: 'sex_work_client',
              label: {
                en: 'A client of sex work',
                uk: 'Клієнт секс-роботи',
                ru: 'Клиент секс-работы',
                pl: 'Klient pracy seksualnej',
                ky: 'Секс-жумуштун кардары',
              },
            },
            {
              value: 'stranger',
              label: {
                en: 'A person you do not know',
                uk: 'Незнайома людина',
                ru: 'Незнакомый человек',
                pl: 'Nieznajoma osoba',
                ky: 'Тааныш эмес адам',
              },
            },
            {
              value: 'other_actor',
              label: {
                en: 'Someone else',
                uk: 'Хтось інший',
                ru: 'Кто-то другой',
                pl: 'Ktoś inny',
                ky: 'Башка бирөө',
              },
            },
            {
              value: 'dont_know',
              exclusive: true,
              label: { en: 'Don’t know', uk: 'Не знаю', ru: 'Не знаю', pl: 'Nie wiem', ky: 'Билбейм' },
            },
          ],
        },
      ],
    },
    {
      id: 'response',
      title: {
        en: 'Reporting and support',
        uk: 'Звернення та підтримка',
        ru: 'Обращения и поддержка',
        pl: 'Zgłoszenie i wsparcie',
        ky: 'Кайрылуу жана колдоо',
      },
      items: [
        {
          id: 'reported_to',
          kind: 'multi_choice',
          label: {
            en: 'Did you report it to anyone?',
            uk: 'Чи повідомляли ви про це комусь?',
            ru: 'Сообщали ли вы об этом кому-нибудь?',
            pl: 'Czy komuś to zgłosiłeś/zgłosiłaś?',
            ky: 'Бул тууралуу кимдир бирөөгө кабарладыңызбы?',
          },
          hint: TICK_ALL,
          options: [
            {
              value: 'police',
              label: { en: 'Police', uk: 'Поліція', ru: 'Полиция', pl: 'Policja', ky: 'Милиция' },
            },
            {
              value: 'service_management',
              label: {
                en: 'Management of the service',
                uk: 'Керівництво закладу чи служби',
                ru: 'Руководство учреждения или службы',
                pl: 'Kierownictwo placówki lub usługi',
                ky: 'Мекеменин же кызматтын жетекчилиги',
              },
            },
            {
              value: 'ombudsman',
              label: {
                en: 'Ombudsperson or another human rights body',
                uk: 'Омбудсман або інша правозахисна установа',
                ru: 'Омбудсмен или другой правозащитный орган',
                pl: 'Rzecznik Praw Obywatelskich lub inna instytucja praw człowieka',
                ky: 'Акыйкатчы (омбудсмен) же адам укуктары боюнча башка орган',
              },
            },
            {
              value: 'community_org',
              label: {
                en: 'A community organisation or NGO (paralegal, lawyer)',
                uk: 'Організація спільноти чи громадська організація (параюрист, юрист)',
                ru: 'Организация сообщества или НКО (параюрист, юрист)',
                pl: 'Organizacja społeczności lub organizacja pozarządowa (prawnik, doradca prawny)',
                ky: 'Коомчулуктун уюму же бейөкмөт уюм (параюрист, юрист)',
              },
            },
            {
              value: 'not_reported',
              exclusive: true,
              label: {
                en: 'Not reported to anyone',
                uk: 'Нікому не повідомляли',
                ru: 'Никому не сообщали',
                pl: 'Nikomu nie zgłoszono',
                ky: 'Эч кимге кабарланган жок',
              },
            },
          ],
        },
        {
          id: 'not_reported_reason',
          kind: 'multi_choice',
          showIf: { question: 'reported_to', op: 'selected', value: 'not_reported' },
          label: {
            en: 'Why was it not reported?',
            uk: 'Чому про це не повідомили?',
            ru: 'Почему об этом не сообщили?',
            pl: 'Dlaczego nie zostało to zgłoszone?',
            ky: 'Эмне үчүн кабарланган жок?',
          },
          hint: TICK_ALL,
          options: [
            {
              value: 'fear',
              label: {
                en: 'Fear of revenge or of the police',
                uk: 'Страх помсти або поліції',
                ru: 'Страх мести или полиции',
                pl: 'Strach przed zemstą lub policją',
                ky: 'Өч алуудан же милициядан коркуу',
              },
            },
            {
              value: 'disclosure',
              label: {
                en: 'Did not want to disclose drug use, sex work, HIV status or sexuality',
                uk: 'Не хотілося розкривати вживання наркотиків, секс-роботу, ВІЛ-статус чи сексуальність',
                ru: 'Не хотелось раскрывать употребление наркотиков, секс-работу, ВИЧ-статус или сексуальность',
                pl: 'Nie chciałem/chciałam ujawniać używania narkotyków, pracy seksualnej, statusu HIV ani seksualności',
                ky: 'Баңги заттарын колдонууну, секс-жумушту, ВИЧ-статусун же сексуалдуулукту ачыкка чыгаргым келген жок',
              },
            },
            {
              value: 'no_trust',
              label: {
                en: 'Did not believe it would change anything',
                uk: 'Не вірили, що це щось змінить',
                ru: 'Не верили, что это что-то изменит',
                pl: 'Nie wierzyłem/wierzyłam, że to cokolwiek zmieni',
                ky: 'Бул бир нерсени өзгөртөт деп ишенген жокмун',
              },
            },
            {
              value: 'not_know_how',
              label: {
                en: 'Did not know where or how to report',
                uk: 'Не знали, куди чи як звернутися',
                ru: 'Не знали, куда или как обратиться',
                pl: 'Nie wiedziałem/wiedziałam, gdzie ani jak to zgłosić',
                ky: 'Кайда же кантип кайрылууну билген жокмун',
              },
            },
            {
              value: 'other_reason',
              label: {
                en: 'Another reason',
                uk: 'Інша причина',
                ru: 'Другая причина',
                pl: 'Inny powód',
                ky: 'Башка себеп',
              },
            },
          ],
        },
        {
          id: 'support_received',
          kind: 'multi_choice',
          label: {
            en: 'What support have you received since?',
            uk: 'Яку підтримку ви отримали після цього?',
            ru: 'Какую поддержку вы получили после этого?',
            pl: 'Jakie wsparcie otrzymałeś/otrzymałaś od tamtej pory?',
            ky: 'Ошондон бери кандай колдоо алдыңыз?',
          },
          hint: TICK_ALL,
          options: [
            {
              value: 'legal',
              label: {
                en: 'Legal help (lawyer or paralegal)',
                uk: 'Юридична допомога (юрист або параюрист)',
                ru: 'Юридическая помощь (юрист или параюрист)',
                pl: 'Pomoc prawna (prawnik lub doradca prawny)',
                ky: 'Юридикалык жардам (юрист же параюрист)',
              },
            },
            {
              value: 'psychological',
              label: {
                en: 'Psychological support',
                uk: 'Психологічна підтримка',
                ru: 'Психологическая поддержка',
                pl: 'Wsparcie psychologiczne',
                ky: 'Психологиялык колдоо',
              },
            },
            {
              value: 'peer',
              label: {
                en: 'Peer support',
                uk: 'Підтримка рівних',
                ru: 'Поддержка равных',
                pl: 'Wsparcie partnerskie (peer)',
                ky: 'Теңтуштардын колдоосу',
              },
            },
            {
              value: 'medical',
              label: {
                en: 'Medical help',
                uk: 'Медична допомога',
                ru: 'Медицинская помощь',
                pl: 'Pomoc medyczna',
                ky: 'Медициналык жардам',
              },
            },
            {
              value: 'safe_place',
              label: {
                en: 'A safe place to stay',
                uk: 'Безпечне місце для проживання',
                ru: 'Безопасное место для проживания',
                pl: 'Bezpieczne miejsce do mieszkania',
                ky: 'Жашоо үчүн коопсуз жер',
              },
            },
            {
              value: 'none',
              exclusive: true,
              label: {
                en: 'No support',
                uk: 'Жодної підтримки',
                ru: 'Никакой поддержки',
                pl: 'Żadnego wsparcia',
                ky: 'Эч кандай колдоо болгон жок',
              },
            },
          ],
        },
        {
          id: 'follow_up',
          kind: 'multi_choice',
          label: {
            en: 'What follow-up is needed now?',
            uk: 'Що потрібно зробити далі?',
            ru: 'Что нужно сделать дальше?',
            pl: 'Co trzeba teraz zrobić dalej?',
            ky: 'Эми андан ары эмне кылуу керек?',
          },
          hint: {
            en: 'Tick all that apply. If something is urgent, refer the person today.',
            uk: 'Позначте все, що підходить. Якщо щось термінове, перенаправте людину сьогодні.',
            ru: 'Отметьте все подходящие варианты. Если что-то срочно, перенаправьте человека сегодня.',
            pl: 'Zaznacz wszystkie pasujące odpowiedzi. Jeśli coś jest pilne, skieruj tę osobę jeszcze dziś.',
            ky: 'Туура келгендердин баарын белгилеңиз. Эгер бир нерсе шашылыш болсо, адамды бүгүн эле жолдомо менен жөнөтүңүз.',
          },
          options: [
            {
              value: 'legal_aid',
              label: {
                en: 'Legal help or representation',
                uk: 'Юридична допомога або представництво',
                ru: 'Юридическая помощь или представительство',
                pl: 'Pomoc prawna lub reprezentacja',
                ky: 'Юридикалык жардам же өкүлчүлүк',
              },
            },
            {
              value: 'complaint',
              label: {
                en: 'Help to file a complaint',
                uk: 'Допомога з поданням скарги',
                ru: 'Помощь с подачей жалобы',
                pl: 'Pomoc w złożeniu skargi',
                ky: 'Арыз берүүгө жардам',
              },
            },
            {
              value: 'psychological',
              label: {
                en: 'Psychological support',
                uk: 'Психологічна підтримка',
                ru: 'Психологическая поддержка',
                pl: 'Wsparcie psychologiczne',
                ky: 'Психологиялык колдоо',
              },
            },
            {
              value: 'medical',
              label: {
                en: 'Medical care',
                uk: 'Медична допомога',
                ru: 'Медицинская помощь',
                pl: 'Opieka medyczna',
                ky: 'Медициналык жардам',
              },
            },
            {
              value: 'safe_access',
              label: {
                en: 'A safe way to get the service (e.g. another site, delivery)',
                uk: 'Безпечний спосіб отримати послугу (наприклад, інший пункт, доставка)',
                ru: 'Безопасный способ получить услугу (например, другой пункт, доставка)',
                pl: 'Bezpieczny sposób na otrzymanie usługi (np. inny punkt, dostawa)',
                ky: 'Кызматты алуунун коопсуз жолу (мисалы, башка пункт, жеткирүү)',
              },
            },
            {
              value: 'raise_with_provider',
              label: {
                en: 'Raise the problem with the provider, without names',
                uk: 'Обговорити проблему з надавачем послуг, без імен',
                ru: 'Обсудить проблему с поставщиком услуг, без имен',
                pl: 'Zgłoszenie problemu usługodawcy, bez imion',
                ky: 'Көйгөйдү кызмат көрсөтүүчү менен аттарды атабай талкуулоо',
              },
            },
            {
              value: 'none',
              exclusive: true,
              label: {
                en: 'Nothing is needed now',
                uk: 'Зараз нічого не потрібно',
                ru: 'Сейчас ничего не нужно',
                pl: 'Teraz nic nie jest potrzebne',
                ky: 'Азыр эч нерсе керек эмес',
              },
            },
          ],
        },
        {
          id: 'advocacy_consent',
          kind: 'yes_no',
          required: true,
          label: {
            en: 'May the network use this case in reports and advocacy, without any detail that could identify you?',
            uk: 'Чи може мережа використати цей випадок у звітах і адвокації без жодних деталей, за якими вас можна впізнати?',
            ru: 'Может ли сеть использовать этот случай в отчетах и адвокации без каких-либо деталей, по которым вас можно узнать?',
            pl: 'Czy sieć może wykorzystać ten przypadek w raportach i rzecznictwie, bez żadnych szczegółów, po których można by cię rozpoznać?',
            ky: 'Тармак бул окуяны сизди тааный турган эч кандай маалыматсыз отчётторунда жана адвокацияда колдоно алабы?',
          },
        },
      ],
    },
    {
      id: 'account',
      title: {
        en: 'In your own words',
        uk: 'Своїми словами',
        ru: 'Своими словами',
        pl: 'Własnymi słowami',
        ky: 'Өз сөзүңүз менен',
      },
      items: [
        {
          id: 'identity_reminder',
          kind: 'note',
          label: {
            en: 'Do not write names, nicknames, phone numbers, addresses, names of services or anything else that could identify you, a witness or the person who did it.',
            uk: 'Не пишіть імен, прізвиськ, номерів телефонів, адрес, назв закладів чи будь-чого іншого, за чим можна впізнати вас, свідків або того, хто це зробив.',
            ru: 'Не пишите имена, прозвища, номера телефонов, адреса, названия учреждений или что-либо другое, по чему можно узнать вас, свидетелей или того, кто это сделал.',
            pl: 'Nie wpisuj imion, pseudonimów, numerów telefonów, adresów, nazw placówek ani niczego innego, po czym można by rozpoznać ciebie, świadka lub sprawcę.',
            ky: 'Аттарды, лакап аттарды, телефон номерлерин, даректерди, мекемелердин аталыштарын же сизди, күбөнү же муну жасаган адамды тааный турган башка эч нерсени жазбаңыз.',
          },
        },
        {
          id: 'description',
          kind: 'text',
          long: true,
          maxLength: 3000,
          sensitive: true,
          label: {
            en: 'Describe what happened',
            uk: 'Опишіть, що сталося',
            ru: 'Опишите, что произошло',
            pl: 'Opisz, co się stało',
            ky: 'Эмне болгонун сүрөттөп бериңиз',
          },
          hint: {
            en: 'Optional. What happened, how it affected you, and what would have helped.',
            uk: 'Необов’язково. Що сталося, як це вплинуло на вас і що могло б допомогти.',
            ru: 'Необязательно. Что произошло, как это повлияло на вас и что могло бы помочь.',
            pl: 'Nieobowiązkowe. Co się stało, jak to na ciebie wpłynęło i co mogłoby pomóc.',
            ky: 'Милдеттүү эмес. Эмне болду, сизге кандай таасир этти жана эмне жардам бермек.',
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
      id: 'incidents',
      kind: 'count',
      label: {
        en: 'Incidents recorded',
        uk: 'Записані випадки',
        ru: 'Записанные случаи',
        pl: 'Zapisane zdarzenia',
        ky: 'Жазылган окуялар',
      },
    },
    ...INCIDENT_TYPES.map((type) => ({
      id: `incidents_${type.value}`,
      kind: 'count' as const,
      item: 'incident_type',
      values: [type.value],
      label: type.label,
    })),
    {
      id: 'reported',
      kind: 'share',
      item: 'reported_to',
      values: ['police', 'service_management', 'ombudsman', 'community_org'],
      label: {
        en: 'Reported to anyone',
        uk: 'Повідомили хоч комусь',
        ru: 'Сообщили хоть кому-то',
        pl: 'Zgłoszone komukolwiek',
        ky: 'Кимдир бирөөгө кабарланган',
      },
    },
    {
      id: 'any_support',
      kind: 'share',
      item: 'support_received',
      values: SUPPORT_GIVEN,
      label: {
        en: 'Received any support',
        uk: 'Отримали будь-яку підтримку',
        ru: 'Получили какую-либо поддержку',
        pl: 'Otrzymali jakiekolwiek wsparcie',
        ky: 'Кандайдыр бир колдоо алышкан',
      },
    },
    {
      id: 'legal_support',
      kind: 'share',
      item: 'support_received',
      values: ['legal'],
      label: {
        en: 'Received legal help',
        uk: 'Отримали юридичну допомогу',
        ru: 'Получили юридическую помощь',
        pl: 'Otrzymali pomoc prawną',
        ky: 'Юридикалык жардам алышкан',
      },
    },
    {
      id: 'police_involved',
      kind: 'share',
      better: 'lower',
      item: 'actor_type',
      values: ['police'],
      exclude: ['dont_know'],
      label: {
        en: 'Incidents involving police',
        uk: 'Випадки за участю поліції',
        ru: 'Случаи с участием полиции',
        pl: 'Zdarzenia z udziałem policji',
        ky: 'Милиция катышкан окуялар',
      },
    },
    {
      id: 'medical_staff_involved',
      kind: 'share',
      better: 'lower',
      item: 'actor_type',
      values: ['medical_staff'],
      exclude: ['dont_know'],
      label: {
        en: 'Incidents involving medical staff',
        uk: 'Випадки за участю медичного персоналу',
        ru: 'Случаи с участием медицинского персонала',
        pl: 'Zdarzenia z udziałem personelu medycznego',
        ky: 'Медициналык кызматкерлер катышкан окуялар',
      },
    },
    {
      id: 'needs_legal_follow_up',
      kind: 'share',
      better: 'lower',
      item: 'follow_up',
      values: ['legal_aid', 'complaint'],
      label: {
        en: 'Need legal help or help with a complaint',
        uk: 'Потребують юридичної допомоги чи допомоги зі скаргою',
        ru: 'Нуждаются в юридической помощи или помощи с жалобой',
        pl: 'Potrzebują pomocy prawnej lub pomocy przy skardze',
        ky: 'Юридикалык жардамга же арыз берүүгө жардамга муктаж',
      },
    },
  ],
});

/** Answers to {@link rightsBarriers}, keyed by item id. */
export type RightsBarriersAnswers = AnswersOf<typeof rightsBarriers>;
