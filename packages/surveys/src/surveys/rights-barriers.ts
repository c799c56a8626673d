import { type AnswersOf, defineSurvey } from '@kolo/schema';
import { ageBands, choicesFor, genders, keyPopulations, pickLocales, selfDescribe } from '../common.ts';

const LOCALES = ['en', 'uk', 'ru'] as const;

const TICK_ALL = {
  en: 'Tick all that apply.',
  uk: 'Позначте все, що підходить.',
  ru: 'Отметьте все подходящие варианты.',
} as const;

/** Kinds of incident; each also gets a count indicator labelled as the option. */
const INCIDENT_TYPES = [
  {
    value: 'refusal',
    label: {
      en: 'Refused a service or treatment',
      uk: 'Відмова в послузі чи лікуванні',
      ru: 'Отказ в услуге или лечении',
    },
  },
  {
    value: 'police_harassment',
    label: {
      en: 'Police harassment: stops, searches, detention',
      uk: 'Переслідування з боку поліції: зупинки, обшуки, затримання',
      ru: 'Преследование со стороны полиции: остановки, обыски, задержание',
    },
  },
  {
    value: 'confiscation',
    label: {
      en: 'Syringes, naloxone, condoms or medicines taken away',
      uk: 'Вилучили шприци, налоксон, презервативи чи ліки',
      ru: 'Изъяли шприцы, налоксон, презервативы или лекарства',
    },
  },
  {
    value: 'confidentiality',
    label: {
      en: 'Breach of confidentiality: HIV status, drug use, sex work or sexuality disclosed without consent',
      uk: 'Порушення конфіденційності: ВІЛ-статус, вживання наркотиків, секс-роботу чи сексуальність розголосили без згоди',
      ru: 'Нарушение конфиденциальности: ВИЧ-статус, употребление наркотиков, секс-работу или сексуальность раскрыли без согласия',
    },
  },
  {
    value: 'violence',
    label: { en: 'Physical violence', uk: 'Фізичне насильство', ru: 'Физическое насилие' },
  },
  {
    value: 'sexual_violence',
    label: {
      en: 'Sexual violence or harassment',
      uk: 'Сексуальне насильство чи домагання',
      ru: 'Сексуальное насилие или домогательства',
    },
  },
  {
    value: 'extortion',
    label: {
      en: 'Extortion: money, drugs or sex demanded',
      uk: 'Вимагання грошей, наркотиків чи сексу',
      ru: 'Вымогательство денег, наркотиков или секса',
    },
  },
  {
    value: 'discrimination',
    label: {
      en: 'Humiliation or discrimination by staff',
      uk: 'Приниження чи дискримінація з боку персоналу',
      ru: 'Унижение или дискриминация со стороны персонала',
    },
  },
  {
    value: 'no_consent',
    label: {
      en: 'Testing or treatment without consent',
      uk: 'Тестування чи лікування без згоди',
      ru: 'Тестирование или лечение без согласия',
    },
  },
  {
    value: 'drug_registry',
    label: {
      en: 'Put on, or threatened with, the drug-user register',
      uk: 'Поставили або погрожували поставити на наркологічний облік',
      ru: 'Поставили или угрожали поставить на наркологический учет',
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
  title: { en: 'Barriers and rights', uk: 'Бар’єри та права', ru: 'Барьеры и права' },
  description: {
    en: 'Record one incident the person met while seeking or using a service. Record what happened, not who: no names, no exact places or dates.',
    uk: 'Запишіть один випадок, з яким людина зіткнулася, коли зверталася по послугу або отримувала її. Записуйте, що сталося, а не хто: без імен, точних місць і дат.',
    ru: 'Запишите один случай, с которым человек столкнулся, когда обращался за услугой или получал ее. Записывайте, что произошло, а не кто: без имен, точных мест и дат.',
  },
  choiceLists: {
    age_bands: choicesFor(ageBands, LOCALES),
    genders: choicesFor(genders, LOCALES),
    key_populations: choicesFor(keyPopulations, LOCALES),
  },
  sections: [
    {
      id: 'incident',
      title: { en: 'What happened', uk: 'Що сталося', ru: 'Что произошло' },
      items: [
        {
          id: 'before_start',
          kind: 'note',
          label: { en: 'Before you start', uk: 'Перед початком', ru: 'Перед началом' },
          hint: {
            en: 'Tell the person they can skip any question or stop at any time. If they need help now, offer a referral to your organisation’s paralegal or case manager.',
            uk: 'Скажіть людині, що вона може пропустити будь-яке запитання або зупинитися будь-коли. Якщо допомога потрібна зараз, запропонуйте перенаправлення до параюриста чи кейс-менеджера вашої організації.',
            ru: 'Скажите человеку, что он может пропустить любой вопрос или остановиться в любой момент. Если помощь нужна сейчас, предложите перенаправление к параюристу или кейс-менеджеру вашей организации.',
          },
        },
        {
          id: 'service_sought',
          kind: 'single_choice',
          label: {
            en: 'What service were you seeking or using when it happened?',
            uk: 'По яку послугу ви зверталися або яку отримували, коли це сталося?',
            ru: 'За какой услугой вы обращались или какую получали, когда это произошло?',
          },
          options: [
            {
              value: 'harm_reduction',
              label: {
                en: 'Needles, syringes, naloxone or other harm reduction supplies',
                uk: 'Голки, шприци, налоксон чи інші засоби зменшення шкоди',
                ru: 'Иглы, шприцы, налоксон или другие средства снижения вреда',
              },
            },
            {
              value: 'ost',
              label: {
                en: 'Opioid substitution therapy (OST)',
                uk: 'Замісна підтримувальна терапія (ЗПТ)',
                ru: 'Опиоидная заместительная терапия (ОЗТ)',
              },
            },
            {
              value: 'testing',
              label: {
                en: 'HIV or hepatitis testing',
                uk: 'Тестування на ВІЛ чи гепатити',
                ru: 'Тестирование на ВИЧ или гепатиты',
              },
            },
            {
              value: 'hiv_treatment',
              label: { en: 'HIV treatment (ART)', uk: 'Лікування ВІЛ (АРТ)', ru: 'Лечение ВИЧ (АРТ)' },
            },
            {
              value: 'prep',
              label: {
                en: 'PrEP',
                uk: 'PrEP (доконтактна профілактика)',
                ru: 'PrEP (доконтактная профилактика)',
              },
            },
            {
              value: 'hcv_tb',
              label: {
                en: 'Hepatitis C or TB care',
                uk: 'Лікування гепатиту С або туберкульозу',
                ru: 'Лечение гепатита С или туберкулеза',
              },
            },
            {
              value: 'general_health',
              label: {
                en: 'General or emergency medical care',
                uk: 'Загальна або екстрена медична допомога',
                ru: 'Общая или экстренная медицинская помощь',
              },
            },
            {
              value: 'sexual_health',
              label: {
                en: 'Sexual and reproductive health care',
                uk: 'Допомога щодо сексуального та репродуктивного здоров’я',
                ru: 'Помощь в области сексуального и репродуктивного здоровья',
              },
            },
            {
              value: 'social_legal',
              label: {
                en: 'Social or legal help',
                uk: 'Соціальна або юридична допомога',
                ru: 'Социальная или юридическая помощь',
              },
            },
            {
              value: 'documents',
              label: {
                en: 'Documents or registration',
                uk: 'Документи або реєстрація',
                ru: 'Документы или регистрация',
              },
            },
            {
              value: 'other_service',
              label: { en: 'Another service', uk: 'Інша послуга', ru: 'Другая услуга' },
            },
          ],
        },
        {
          id: 'incident_type',
          kind: 'multi_choice',
          required: true,
          label: { en: 'What happened?', uk: 'Що сталося?', ru: 'Что произошло?' },
          hint: {
            en: 'Tick all that apply. If it was something else, tick "Something else" and describe it at the end, without names.',
            uk: 'Позначте все, що підходить. Якщо сталося щось інше, позначте «Інше» й опишіть це наприкінці, без імен.',
            ru: 'Отметьте все подходящие варианты. Если произошло что-то другое, отметьте «Другое» и опишите это в конце, без имен.',
          },
          options: [
            ...INCIDENT_TYPES,
            { value: 'other_incident', label: { en: 'Something else', uk: 'Інше', ru: 'Другое' } },
          ],
        },
        {
          id: 'incident_period',
          kind: 'single_choice',
          required: true,
          label: { en: 'When did it happen?', uk: 'Коли це сталося?', ru: 'Когда это произошло?' },
          hint: {
            en: 'Roughly is enough: do not record the exact date.',
            uk: 'Достатньо приблизно: не записуйте точну дату.',
            ru: 'Достаточно приблизительно: не записывайте точную дату.',
          },
          options: [
            {
              value: 'last_month',
              label: {
                en: 'In the last month',
                uk: 'Протягом останнього місяця',
                ru: 'В течение последнего месяца',
              },
            },
            {
              value: '1_3_months',
              label: { en: '1 to 3 months ago', uk: '1–3 місяці тому', ru: '1–3 месяца назад' },
            },
            {
              value: '3_6_months',
              label: { en: '3 to 6 months ago', uk: '3–6 місяців тому', ru: '3–6 месяцев назад' },
            },
            {
              value: '6_12_months',
              label: { en: '6 to 12 months ago', uk: '6–12 місяців тому', ru: '6–12 месяцев назад' },
            },
            {
              value: 'over_year',
              label: { en: 'More than a year ago', uk: 'Понад рік тому', ru: 'Больше года назад' },
            },
          ],
        },
        {
          id: 'place_type',
          kind: 'single_choice',
          label: { en: 'Where did it happen?', uk: 'Де це сталося?', ru: 'Где это произошло?' },
          hint: {
            en: 'The type of place only, never its name or address.',
            uk: 'Лише тип місця, без назви чи адреси.',
            ru: 'Только тип места, без названия или адреса.',
          },
          options: [
            {
              value: 'nsp_dic',
              label: {
                en: 'Needle and syringe point or drop-in centre',
                uk: 'Пункт обміну шприців або ком’юніті-центр',
                ru: 'Пункт обмена шприцев или центр дневного пребывания',
              },
            },
            { value: 'ost_site', label: { en: 'OST site', uk: 'Пункт ЗПТ', ru: 'Пункт ОЗТ' } },
            {
              value: 'clinic',
              label: {
                en: 'Clinic, hospital or AIDS centre',
                uk: 'Клініка, лікарня або СНІД-центр',
                ru: 'Поликлиника, больница или СПИД-центр',
              },
            },
            { value: 'pharmacy', label: { en: 'Pharmacy', uk: 'Аптека', ru: 'Аптека' } },
            {
              value: 'near_service',
              label: {
                en: 'On the way to a service, or near it',
                uk: 'По дорозі до місця надання послуг або поруч із ним',
                ru: 'По дороге к месту получения услуг или рядом с ним',
              },
            },
            {
              value: 'street',
              label: {
                en: 'Street, park or public transport',
                uk: 'Вулиця, парк чи громадський транспорт',
                ru: 'Улица, парк или общественный транспорт',
              },
            },
            {
              value: 'police_station',
              label: {
                en: 'Police station or place of detention',
                uk: 'Відділок поліції або місце затримання',
                ru: 'Отдел полиции или место задержания',
              },
            },
            {
              value: 'prison',
              label: {
                en: 'Prison or pre-trial detention centre',
                uk: 'В’язниця або СІЗО',
                ru: 'Тюрьма или СИЗО',
              },
            },
            {
              value: 'social_office',
              label: {
                en: 'Social services or another state office',
                uk: 'Соціальні служби чи інша державна установа',
                ru: 'Социальные службы или другое государственное учреждение',
              },
            },
            {
              value: 'home',
              label: {
                en: 'At home or where you stay',
                uk: 'Удома або там, де ви живете',
                ru: 'Дома или там, где вы живете',
              },
            },
            {
              value: 'workplace',
              label: {
                en: 'Place of work, including sex work',
                uk: 'Місце роботи, зокрема секс-роботи',
                ru: 'Место работы, в том числе секс-работы',
              },
            },
            {
              value: 'online',
              label: { en: 'Online or by phone', uk: 'Онлайн або телефоном', ru: 'Онлайн или по телефону' },
            },
            { value: 'other_place', label: { en: 'Somewhere else', uk: 'Деінде', ru: 'В другом месте' } },
          ],
        },
        {
          id: 'actor_type',
          kind: 'multi_choice',
          label: { en: 'Who did it?', uk: 'Хто це зробив?', ru: 'Кто это сделал?' },
          hint: {
            en: 'The type of person only, never a name, rank or post that could identify them. Tick all that apply.',
            uk: 'Лише тип особи, без імені, звання чи посади, за якими її можна впізнати. Позначте все, що підходить.',
            ru: 'Только тип лица, без имени, звания или должности, по которым его можно узнать. Отметьте все подходящие варианты.',
          },
          options: [
            { value: 'police', label: { en: 'Police', uk: 'Поліція', ru: 'Полиция' } },
            {
              value: 'medical_staff',
              label: {
                en: 'Doctor, nurse or other medical staff',
                uk: 'Лікар, медсестра чи інший медичний персонал',
                ru: 'Врач, медсестра или другой медицинский персонал',
              },
            },
            {
              value: 'ngo_staff',
              label: {
                en: 'Social worker or NGO staff',
                uk: 'Соціальний працівник або працівник громадської організації',
                ru: 'Социальный работник или сотрудник НКО',
              },
            },
            { value: 'pharmacist', label: { en: 'Pharmacist', uk: 'Фармацевт', ru: 'Фармацевт' } },
            {
              value: 'official',
              label: {
                en: 'Another state official (e.g. social services, court, prison staff)',
                uk: 'Інший державний службовець (наприклад, соціальна служба, суд, персонал в’язниці)',
                ru: 'Другой государственный служащий (например, социальная служба, суд, персонал тюрьмы)',
              },
            },
            { value: 'security', label: { en: 'Security guard', uk: 'Охоронець', ru: 'Охранник' } },
            {
              value: 'other_client',
              label: {
                en: 'Another client of the service',
                uk: 'Інший клієнт послуги',
                ru: 'Другой клиент услуги',
              },
            },
            {
              value: 'family',
              label: {
                en: 'Family member or partner',
                uk: 'Член родини або партнер/партнерка',
                ru: 'Член семьи или партнер/партнерша',
              },
            },
            {
              value: 'sex_work_client',
              label: { en: 'A client of sex work', uk: 'Клієнт секс-роботи', ru: 'Клиент секс-работы' },
            },
            {
              value: 'stranger',
              label: { en: 'A person you do not know', uk: 'Незнайома людина', ru: 'Незнакомый человек' },
            },
            { value: 'other_actor', label: { en: 'Someone else', uk: 'Хтось інший', ru: 'Кто-то другой' } },
            {
              value: 'dont_know',
              exclusive: true,
              label: { en: 'Don’t know', uk: 'Не знаю', ru: 'Не знаю' },
            },
          ],
        },
      ],
    },
    {
      id: 'response',
      title: { en: 'Reporting and support', uk: 'Звернення та підтримка', ru: 'Обращения и поддержка' },
      items: [
        {
          id: 'reported_to',
          kind: 'multi_choice',
          label: {
            en: 'Did you report it to anyone?',
            uk: 'Чи повідомляли ви про це комусь?',
            ru: 'Сообщали ли вы об этом кому-нибудь?',
          },
          hint: TICK_ALL,
          options: [
            { value: 'police', label: { en: 'Police', uk: 'Поліція', ru: 'Полиция' } },
            {
              value: 'service_management',
              label: {
                en: 'Management of the service',
                uk: 'Керівництво закладу чи служби',
                ru: 'Руководство учреждения или службы',
              },
            },
            {
              value: 'ombudsman',
              label: {
                en: 'Ombudsperson or another human rights body',
                uk: 'Омбудсман або інша правозахисна установа',
                ru: 'Омбудсмен или другой правозащитный орган',
              },
            },
            {
              value: 'community_org',
              label: {
                en: 'A community organisation or NGO (paralegal, lawyer)',
                uk: 'Організація спільноти чи громадська організація (параюрист, юрист)',
                ru: 'Организация сообщества или НКО (параюрист, юрист)',
              },
            },
            {
              value: 'not_reported',
              exclusive: true,
              label: { en: 'Not reported to anyone', uk: 'Нікому не повідомляли', ru: 'Никому не сообщали' },
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
          },
          hint: TICK_ALL,
          options: [
            {
              value: 'fear',
              label: {
                en: 'Fear of revenge or of the police',
                uk: 'Страх помсти або поліції',
                ru: 'Страх мести или полиции',
              },
            },
            {
              value: 'disclosure',
              label: {
                en: 'Did not want to disclose drug use, sex work, HIV status or sexuality',
                uk: 'Не хотілося розкривати вживання наркотиків, секс-роботу, ВІЛ-статус чи сексуальність',
                ru: 'Не хотелось раскрывать употребление наркотиков, секс-работу, ВИЧ-статус или сексуальность',
              },
            },
            {
              value: 'no_trust',
              label: {
                en: 'Did not believe it would change anything',
                uk: 'Не вірили, що це щось змінить',
                ru: 'Не верили, что это что-то изменит',
              },
            },
            {
              value: 'not_know_how',
              label: {
                en: 'Did not know where or how to report',
                uk: 'Не знали, куди чи як звернутися',
                ru: 'Не знали, куда или как обратиться',
              },
            },
            {
              value: 'other_reason',
              label: { en: 'Another reason', uk: 'Інша причина', ru: 'Другая причина' },
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
          },
          hint: TICK_ALL,
          options: [
            {
              value: 'legal',
              label: {
                en: 'Legal help (lawyer or paralegal)',
                uk: 'Юридична допомога (юрист або параюрист)',
                ru: 'Юридическая помощь (юрист или параюрист)',
              },
            },
            {
              value: 'psychological',
              label: {
                en: 'Psychological support',
                uk: 'Психологічна підтримка',
                ru: 'Психологическая поддержка',
              },
            },
            { value: 'peer', label: { en: 'Peer support', uk: 'Підтримка рівних', ru: 'Поддержка равных' } },
            {
              value: 'medical',
              label: { en: 'Medical help', uk: 'Медична допомога', ru: 'Медицинская помощь' },
            },
            {
              value: 'safe_place',
              label: {
                en: 'A safe place to stay',
                uk: 'Безпечне місце для проживання',
                ru: 'Безопасное место для проживания',
              },
            },
            {
              value: 'none',
              exclusive: true,
              label: { en: 'No support', uk: 'Жодної підтримки', ru: 'Никакой поддержки' },
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
          },
          hint: {
            en: 'Tick all that apply. If something is urgent, refer the person today.',
            uk: 'Позначте все, що підходить. Якщо щось термінове, перенаправте людину сьогодні.',
            ru: 'Отметьте все подходящие варианты. Если что-то срочно, перенаправьте человека сегодня.',
          },
          options: [
            {
              value: 'legal_aid',
              label: {
                en: 'Legal help or representation',
                uk: 'Юридична допомога або представництво',
                ru: 'Юридическая помощь или представительство',
              },
            },
            {
              value: 'complaint',
              label: {
                en: 'Help to file a complaint',
                uk: 'Допомога з поданням скарги',
                ru: 'Помощь с подачей жалобы',
              },
            },
            {
              value: 'psychological',
              label: {
                en: 'Psychological support',
                uk: 'Психологічна підтримка',
                ru: 'Психологическая поддержка',
              },
            },
            {
              value: 'medical',
              label: { en: 'Medical care', uk: 'Медична допомога', ru: 'Медицинская помощь' },
            },
            {
              value: 'safe_access',
              label: {
                en: 'A safe way to get the service (e.g. another site, delivery)',
                uk: 'Безпечний спосіб отримати послугу (наприклад, інший пункт, доставка)',
                ru: 'Безопасный способ получить услугу (например, другой пункт, доставка)',
              },
            },
            {
              value: 'raise_with_provider',
              label: {
                en: 'Raise the problem with the provider, without names',
                uk: 'Обговорити проблему з надавачем послуг, без імен',
                ru: 'Обсудить проблему с поставщиком услуг, без имен',
              },
            },
            {
              value: 'none',
              exclusive: true,
              label: {
                en: 'Nothing is needed now',
                uk: 'Зараз нічого не потрібно',
                ru: 'Сейчас ничего не нужно',
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
          },
        },
      ],
    },
    {
      id: 'account',
      title: { en: 'In your own words', uk: 'Своїми словами', ru: 'Своими словами' },
      items: [
        {
          id: 'identity_reminder',
          kind: 'note',
          label: {
            en: 'Do not write names, nicknames, phone numbers, addresses, names of services or anything else that could identify you, a witness or the person who did it.',
            uk: 'Не пишіть імен, прізвиськ, номерів телефонів, адрес, назв закладів чи будь-чого іншого, за чим можна впізнати вас, свідків або того, хто це зробив.',
            ru: 'Не пишите имена, прозвища, номера телефонов, адреса, названия учреждений или что-либо другое, по чему можно узнать вас, свидетелей или того, кто это сделал.',
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
          },
          hint: {
            en: 'Optional. What happened, how it affected you, and what would have helped.',
            uk: 'Необов’язково. Що сталося, як це вплинуло на вас і що могло б допомогти.',
            ru: 'Необязательно. Что произошло, как это повлияло на вас и что могло бы помочь.',
          },
        },
      ],
    },
    {
      id: 'about_you',
      title: { en: 'About you', uk: 'Про вас', ru: 'О вас' },
      description: {
        en: 'Optional questions: any of them can be skipped.',
        uk: 'Необов’язкові запитання: будь-яке можна пропустити.',
        ru: 'Необязательные вопросы: любой можно пропустить.',
      },
      items: [
        {
          id: 'age_band',
          kind: 'single_choice',
          choices: 'age_bands',
          label: { en: 'Your age', uk: 'Ваш вік', ru: 'Ваш возраст' },
        },
        {
          id: 'gender',
          kind: 'single_choice',
          choices: 'genders',
          sensitive: true,
          other: { label: pickLocales(selfDescribe, LOCALES) },
          label: { en: 'Your gender', uk: 'Ваша гендерна ідентичність', ru: 'Ваша гендерная идентичность' },
        },
        {
          id: 'key_population',
          kind: 'multi_choice',
          choices: 'key_populations',
          label: {
            en: 'Do you belong to any of these communities?',
            uk: 'Чи належите ви до якоїсь із цих спільнот?',
            ru: 'Относитесь ли вы к какому-либо из этих сообществ?',
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
      label: { en: 'Incidents recorded', uk: 'Записані випадки', ru: 'Записанные случаи' },
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
      label: { en: 'Reported to anyone', uk: 'Повідомили хоч комусь', ru: 'Сообщили хоть кому-то' },
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
      },
    },
    {
      id: 'police_involved',
      kind: 'share',
      item: 'actor_type',
      values: ['police'],
      exclude: ['dont_know'],
      label: {
        en: 'Incidents involving police',
        uk: 'Випадки за участю поліції',
        ru: 'Случаи с участием полиции',
      },
    },
    {
      id: 'medical_staff_involved',
      kind: 'share',
      item: 'actor_type',
      values: ['medical_staff'],
      exclude: ['dont_know'],
      label: {
        en: 'Incidents involving medical staff',
        uk: 'Випадки за участю медичного персоналу',
        ru: 'Случаи с участием медицинского персонала',
      },
    },
    {
      id: 'needs_legal_follow_up',
      kind: 'share',
      item: 'follow_up',
      values: ['legal_aid', 'complaint'],
      label: {
        en: 'Need legal help or help with a complaint',
        uk: 'Потребують юридичної допомоги чи допомоги зі скаргою',
        ru: 'Нуждаются в юридической помощи или помощи с жалобой',
      },
    },
  ],
});

/** Answers to {@link rightsBarriers}, keyed by item id. */
export type RightsBarriersAnswers = AnswersOf<typeof rightsBarriers>;
