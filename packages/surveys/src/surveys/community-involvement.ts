import { type AnswersOf, defineSurvey } from '@kolo/schema';
import { choiceFor, choicesFor, keyPopulations, preferNotToSay } from '../common.ts';

const LOCALES = ['en', 'uk', 'ru'] as const;

const DONT_KNOW = { value: 'dont_know', label: { en: "Don't know", uk: 'Не знаю', ru: 'Не знаю' } } as const;

/** The programme stages, one matrix row each; `name` is the short form used in indicator labels. */
const STAGES = [
  {
    id: 'needs_assessment',
    label: {
      en: 'Needs assessment: finding out what the community needs',
      uk: 'Оцінка потреб: з’ясування, чого потребує спільнота',
      ru: 'Оценка потребностей: выяснение, в чем нуждается сообщество',
    },
    name: { en: 'needs assessment', uk: 'оцінка потреб', ru: 'оценка потребностей' },
  },
  {
    id: 'design',
    label: {
      en: 'Design: choosing services, sites, opening hours and rules',
      uk: 'Розробка: вибір послуг, місць, годин роботи та правил',
      ru: 'Разработка: выбор услуг, мест, часов работы и правил',
    },
    name: { en: 'design', uk: 'розробка', ru: 'разработка' },
  },
  {
    id: 'implementation',
    label: {
      en: 'Implementation: delivering services, peer and outreach work',
      uk: 'Впровадження: надання послуг, робота рівних консультантів і аутріч-працівників',
      ru: 'Реализация: предоставление услуг, работа равных консультантов и аутрич-работников',
    },
    name: { en: 'implementation', uk: 'впровадження', ru: 'реализация' },
  },
  {
    id: 'monitoring_evaluation',
    label: {
      en: 'Monitoring and evaluation, including community-led monitoring',
      uk: 'Моніторинг та оцінка, зокрема моніторинг силами спільнот',
      ru: 'Мониторинг и оценка, включая мониторинг силами сообществ',
    },
    name: { en: 'monitoring and evaluation', uk: 'моніторинг та оцінка', ru: 'мониторинг и оценка' },
  },
  {
    id: 'governance',
    label: {
      en: 'Governance: boards, steering and advisory bodies',
      uk: 'Управління: правління, наглядові та консультативні ради',
      ru: 'Управление: правления, наблюдательные и консультативные советы',
    },
    name: { en: 'governance', uk: 'управління', ru: 'управление' },
  },
  {
    id: 'budgeting',
    label: {
      en: 'Budgeting: deciding how money is planned and spent',
      uk: 'Бюджет: рішення про те, як планують і витрачають кошти',
      ru: 'Бюджет: решения о том, как планируются и тратятся средства',
    },
    name: { en: 'budgeting', uk: 'бюджет', ru: 'бюджет' },
  },
] as const;

/** Ladder levels at which the community shares or holds the decisions. */
const PARTNERSHIP_OR_ABOVE = ['partnership', 'delegated_power', 'community_control'];

/**
 * Community involvement in a harm-reduction or HIV programme, answered by community representatives:
 * the level each programme stage reaches on the participation ladder, what stands in the way, and
 * whether community work is paid.
 *
 * Indicators: an involvement index per stage and overall (`scale_mean` over the `ladder` matrix,
 * 0 = not involved .. 100 = community control, "don't know" left out), and per stage the share of
 * respondents who place it at partnership or above. That share is one `share` indicator per stage
 * rather than one scale: a single "share of stages at partnership or above" would need the ladder
 * scored twice (by position for the index, 0/1 for the threshold), and a choice list carries only
 * one set of scores; asking the ladder a second time would double the respondent's work.
 */
export const communityInvolvement = defineSurvey({
  id: 'community-involvement',
  version: 1,
  locales: LOCALES,
  title: {
    en: 'Community involvement in programmes',
    uk: 'Участь спільноти в програмах',
    ru: 'Участие сообщества в программах',
  },
  description: {
    en: 'For community representatives, about one programme. Do not write the names of the programme, organisations or people anywhere in this survey.',
    uk: 'Для представників спільноти, щодо однієї програми. Ніде в опитуванні не пишіть назви програми, організацій чи імен людей.',
    ru: 'Для представителей сообщества, об одной программе. Нигде в опросе не пишите название программы, организаций или имена людей.',
  },
  choiceLists: {
    participation: [
      { value: 'not_involved', label: { en: 'Not involved', uk: 'Немає участі', ru: 'Нет участия' } },
      { value: 'informed', label: { en: 'Informed', uk: 'Інформування', ru: 'Информирование' } },
      { value: 'consulted', label: { en: 'Consulted', uk: 'Консультування', ru: 'Консультирование' } },
      { value: 'partnership', label: { en: 'Partnership', uk: 'Партнерство', ru: 'Партнерство' } },
      {
        value: 'delegated_power',
        label: { en: 'Delegated power', uk: 'Делеговані повноваження', ru: 'Делегированные полномочия' },
      },
      {
        value: 'community_control',
        label: { en: 'Community control', uk: 'Контроль спільноти', ru: 'Контроль сообщества' },
      },
      { ...DONT_KNOW, notApplicable: true },
    ],
    key_populations: choicesFor(keyPopulations, LOCALES),
  },
  sections: [
    {
      id: 'programme',
      title: { en: 'About the programme', uk: 'Про програму', ru: 'О программе' },
      items: [
        {
          id: 'programme_type',
          kind: 'single_choice',
          required: true,
          label: {
            en: 'What kind of programme is it?',
            uk: 'Що це за програма?',
            ru: 'Что это за программа?',
          },
          options: [
            {
              value: 'harm_reduction',
              label: {
                en: 'Harm reduction (needle and syringe programme, outreach, drop-in centre)',
                uk: 'Зменшення шкоди (обмін шприців, аутріч, ком’юніті-центр)',
                ru: 'Снижение вреда (обмен шприцев, аутрич, центр дневного пребывания)',
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
              value: 'hiv_prevention',
              label: {
                en: 'HIV prevention and testing, including PrEP',
                uk: 'Профілактика ВІЛ і тестування, зокрема PrEP',
                ru: 'Профилактика ВИЧ и тестирование, включая PrEP',
              },
            },
            {
              value: 'hiv_treatment',
              label: {
                en: 'HIV treatment, care and support',
                uk: 'Лікування ВІЛ, догляд і підтримка',
                ru: 'Лечение ВИЧ, уход и поддержка',
              },
            },
            {
              value: 'hcv_tb',
              label: {
                en: 'Hepatitis C or TB services',
                uk: 'Послуги щодо гепатиту С або туберкульозу',
                ru: 'Услуги по гепатиту С или туберкулезу',
              },
            },
            {
              value: 'sex_workers',
              label: {
                en: 'Services for sex workers',
                uk: 'Послуги для секс-працівників і секс-працівниць',
                ru: 'Услуги для секс-работников и секс-работниц',
              },
            },
            {
              value: 'msm_lgbt',
              label: {
                en: 'Services for gay men, other MSM and LGBT people',
                uk: 'Послуги для геїв, інших ЧСЧ та ЛГБТ-людей',
                ru: 'Услуги для геев, других МСМ и ЛГБТ-людей',
              },
            },
            {
              value: 'legal_rights',
              label: {
                en: 'Legal aid and human rights',
                uk: 'Правова допомога і права людини',
                ru: 'Юридическая помощь и права человека',
              },
            },
            {
              value: 'integrated',
              label: {
                en: 'An integrated programme covering several of these',
                uk: 'Комплексна програма, що охоплює кілька з цих напрямів',
                ru: 'Комплексная программа, охватывающая несколько из этих направлений',
              },
            },
            {
              value: 'other_type',
              label: {
                en: 'Another kind of programme',
                uk: 'Інший тип програми',
                ru: 'Другой тип программы',
              },
            },
          ],
        },
        {
          id: 'programme_level',
          kind: 'single_choice',
          required: true,
          label: {
            en: 'At what level does the programme work?',
            uk: 'На якому рівні працює програма?',
            ru: 'На каком уровне работает программа?',
          },
          options: [
            {
              value: 'multi_country',
              label: {
                en: 'Several countries (regional programme)',
                uk: 'Кілька країн (регіональна програма)',
                ru: 'Несколько стран (региональная программа)',
              },
            },
            {
              value: 'national',
              label: {
                en: 'The whole country (national programme)',
                uk: 'Уся країна (національна програма)',
                ru: 'Вся страна (национальная программа)',
              },
            },
            {
              value: 'subnational',
              label: {
                en: 'One region or province',
                uk: 'Одна область або регіон',
                ru: 'Одна область или регион',
              },
            },
            {
              value: 'local',
              label: { en: 'One city or district', uk: 'Одне місто або район', ru: 'Один город или район' },
            },
            {
              value: 'single_site',
              label: {
                en: 'One service point or organisation',
                uk: 'Одна точка надання послуг або одна організація',
                ru: 'Одна точка предоставления услуг или одна организация',
              },
            },
          ],
        },
        {
          id: 'funding',
          kind: 'multi_choice',
          label: {
            en: 'Who funds the programme?',
            uk: 'Хто фінансує програму?',
            ru: 'Кто финансирует программу?',
          },
          hint: {
            en: 'Tick all that apply.',
            uk: 'Позначте все, що підходить.',
            ru: 'Отметьте все подходящие варианты.',
          },
          options: [
            {
              value: 'global_fund',
              label: { en: 'The Global Fund', uk: 'Глобальний фонд', ru: 'Глобальный фонд' },
            },
            {
              value: 'state_budget',
              label: {
                en: 'State or local budget',
                uk: 'Державний або місцевий бюджет',
                ru: 'Государственный или местный бюджет',
              },
            },
            {
              value: 'other_donors',
              label: {
                en: 'Other international donors (e.g. PEPFAR, UN agencies, foundations)',
                uk: 'Інші міжнародні донори (наприклад, PEPFAR, агенції ООН, фонди)',
                ru: 'Другие международные доноры (например, PEPFAR, агентства ООН, фонды)',
              },
            },
            {
              value: 'community_funds',
              label: {
                en: 'The community’s own funds or fundraising',
                uk: 'Власні кошти спільноти або збір коштів',
                ru: 'Собственные средства сообщества или сбор средств',
              },
            },
            { ...DONT_KNOW, exclusive: true },
          ],
        },
        {
          id: 'respondent_role',
          kind: 'single_choice',
          sensitive: true,
          label: {
            en: 'How are you connected to the programme?',
            uk: 'Який ваш зв’язок із програмою?',
            ru: 'Как вы связаны с программой?',
          },
          hint: {
            en: 'Optional. Choose the closest answer.',
            uk: 'Необов’язково. Оберіть найближчу відповідь.',
            ru: 'Необязательно. Выберите наиболее близкий ответ.',
          },
          options: [
            {
              value: 'client',
              label: { en: 'I use its services', uk: 'Я отримую її послуги', ru: 'Я получаю ее услуги' },
            },
            {
              value: 'peer_staff',
              label: {
                en: 'I work or volunteer in it (e.g. as a peer or outreach worker)',
                uk: 'Я працюю або волонтерю в програмі (наприклад, як рівний консультант чи аутріч-працівник)',
                ru: 'Я работаю в программе или помогаю ей как волонтер (например, как равный консультант или аутрич-работник)',
              },
            },
            {
              value: 'community_org',
              label: {
                en: 'I represent a community organisation or network',
                uk: 'Я представляю організацію або мережу спільноти',
                ru: 'Я представляю организацию или сеть сообщества',
              },
            },
            {
              value: 'advisory_body',
              label: {
                en: 'I sit on a coordination or advisory body (e.g. a country coordinating mechanism)',
                uk: 'Я входжу до координаційного чи консультативного органу (наприклад, національної координаційної ради)',
                ru: 'Я вхожу в координационный или консультативный орган (например, страновой координационный комитет)',
              },
            },
            choiceFor(preferNotToSay, LOCALES),
          ],
        },
        {
          id: 'key_population',
          kind: 'multi_choice',
          choices: 'key_populations',
          label: {
            en: 'Which communities do you belong to or represent?',
            uk: 'До яких спільнот ви належите або які представляєте?',
            ru: 'К каким сообществам вы относитесь или какие представляете?',
          },
          hint: {
            en: 'Optional. Tick all that apply.',
            uk: 'Необов’язково. Позначте все, що підходить.',
            ru: 'Необязательно. Отметьте все подходящие варианты.',
          },
        },
      ],
    },
    {
      id: 'involvement',
      title: { en: 'Involvement by stage', uk: 'Участь на кожному етапі', ru: 'Участие на каждом этапе' },
      items: [
        {
          id: 'ladder_levels',
          kind: 'note',
          label: {
            en: 'Levels of involvement, from lowest to highest',
            uk: 'Рівні участі, від найнижчого до найвищого',
            ru: 'Уровни участия, от самого низкого к самому высокому',
          },
          hint: {
            en: 'Not involved: the community is neither asked nor told. Informed: the community is told about decisions already made. Consulted: the community is asked for its views, but others decide. Partnership: the community decides together with others, as an equal partner. Delegated power: the community makes some of the decisions on its own. Community control: the community leads this stage and makes the decisions.',
            uk: 'Немає участі: спільноту не питають і не інформують. Інформування: спільноті повідомляють про вже ухвалені рішення. Консультування: думку спільноти питають, але рішення ухвалюють інші. Партнерство: спільнота ухвалює рішення разом з іншими як рівноправний партнер. Делеговані повноваження: частину рішень спільнота ухвалює самостійно. Контроль спільноти: спільнота очолює цей етап і сама ухвалює рішення.',
            ru: 'Нет участия: сообщество не спрашивают и не информируют. Информирование: сообществу сообщают об уже принятых решениях. Консультирование: мнение сообщества спрашивают, но решения принимают другие. Партнерство: сообщество принимает решения вместе с другими как равноправный партнер. Делегированные полномочия: часть решений сообщество принимает самостоятельно. Контроль сообщества: сообщество руководит этим этапом и само принимает решения.',
          },
        },
        {
          id: 'ladder',
          kind: 'matrix',
          required: true,
          choices: 'participation',
          label: {
            en: 'For each stage of the programme, how far is the community involved?',
            uk: 'Наскільки спільнота залучена до кожного етапу програми?',
            ru: 'Насколько сообщество вовлечено в каждый этап программы?',
          },
          hint: {
            en: 'One answer per row, for how things are now. Choose "Don’t know" if you have no information about a stage.',
            uk: 'Одна відповідь у кожному рядку — як є зараз. Оберіть «Не знаю», якщо не маєте інформації про етап.',
            ru: 'Один ответ в каждой строке — как есть сейчас. Выберите «Не знаю», если у вас нет информации об этапе.',
          },
          rows: STAGES.map(({ id, label }) => ({ id, label })),
        },
        {
          id: 'involvement_trend',
          kind: 'single_choice',
          label: {
            en: 'Compared with a year ago, is the community more or less involved in the programme?',
            uk: 'Порівняно з минулим роком спільнота залучена до програми більше чи менше?',
            ru: 'По сравнению с прошлым годом сообщество вовлечено в программу больше или меньше?',
          },
          options: [
            { value: 'more', label: { en: 'More involved', uk: 'Більше', ru: 'Больше' } },
            {
              value: 'same',
              label: { en: 'About the same', uk: 'Приблизно так само', ru: 'Примерно так же' },
            },
            { value: 'less', label: { en: 'Less involved', uk: 'Менше', ru: 'Меньше' } },
            DONT_KNOW,
          ],
        },
      ],
    },
    {
      id: 'conditions',
      title: { en: 'Conditions for taking part', uk: 'Умови для участі', ru: 'Условия для участия' },
      items: [
        {
          id: 'barriers',
          kind: 'multi_choice',
          sensitive: true,
          label: {
            en: 'What makes it hard for the community to take part in this programme?',
            uk: 'Що заважає спільноті брати участь у цій програмі?',
            ru: 'Что мешает сообществу участвовать в этой программе?',
          },
          hint: {
            en: 'Tick all that apply.',
            uk: 'Позначте все, що підходить.',
            ru: 'Отметьте все подходящие варианты.',
          },
          options: [
            {
              value: 'not_invited',
              label: {
                en: 'The community is not invited, or is invited too late to change anything',
                uk: 'Спільноту не запрошують або запрошують надто пізно, коли вже нічого не змінити',
                ru: 'Сообщество не приглашают или приглашают слишком поздно, когда уже ничего не изменить',
              },
            },
            {
              value: 'views_ignored',
              label: {
                en: 'Our views are asked for but not taken into account',
                uk: 'Нашу думку питають, але не враховують',
                ru: 'Наше мнение спрашивают, но не учитывают',
              },
            },
            {
              value: 'no_information',
              label: {
                en: 'Documents and information are not shared, or are hard to understand',
                uk: 'Документами та інформацією не діляться або їх важко зрозуміти',
                ru: 'Документами и информацией не делятся, или их трудно понять',
              },
            },
            {
              value: 'language',
              label: {
                en: 'Meetings and documents are not in a language we use',
                uk: 'Зустрічі та документи не нашою мовою',
                ru: 'Встречи и документы не на нашем языке',
              },
            },
            {
              value: 'unpaid',
              label: {
                en: 'The time community members give is not paid',
                uk: 'Час, який витрачають представники спільноти, не оплачують',
                ru: 'Время, которое тратят представители сообщества, не оплачивается',
              },
            },
            {
              value: 'costs',
              label: {
                en: 'Travel and other costs are not covered',
                uk: 'Проїзд та інші витрати не компенсують',
                ru: 'Проезд и другие расходы не компенсируют',
              },
            },
            {
              value: 'meeting_access',
              label: {
                en: 'Meetings are held at times or places we cannot reach',
                uk: 'Зустрічі проходять у час або в місцях, недоступних для нас',
                ru: 'Встречи проходят в такое время или в таких местах, куда мы не можем попасть',
              },
            },
            {
              value: 'stigma',
              label: {
                en: 'Stigma or disrespect from officials or staff',
                uk: 'Стигма або неповага з боку посадовців чи персоналу',
                ru: 'Стигма или неуважение со стороны чиновников или персонала',
              },
            },
            {
              value: 'criminalisation',
              label: {
                en: 'Fear of the police or of being exposed, because drug use or sex work is criminalised',
                uk: 'Страх перед поліцією чи розголосом, бо вживання наркотиків або секс-робота криміналізовані',
                ru: 'Страх перед полицией или оглаской, потому что употребление наркотиков или секс-работа криминализированы',
              },
            },
            {
              value: 'capacity',
              label: {
                en: 'Not enough training or support for community representatives',
                uk: 'Бракує навчання або підтримки для представників спільноти',
                ru: 'Не хватает обучения или поддержки для представителей сообщества',
              },
            },
            {
              value: 'no_organisation',
              label: {
                en: 'No registered community organisation that could take part',
                uk: 'Немає зареєстрованої організації спільноти, яка могла б брати участь',
                ru: 'Нет зарегистрированной организации сообщества, которая могла бы участвовать',
              },
            },
            {
              value: 'none',
              exclusive: true,
              label: { en: 'No barriers', uk: 'Перешкод немає', ru: 'Препятствий нет' },
            },
            { ...DONT_KNOW, exclusive: true },
          ],
          other: {
            label: {
              en: 'Something else (please describe, without names)',
              uk: 'Інше (опишіть, будь ласка, без імен і назв)',
              ru: 'Другое (опишите, пожалуйста, без имен и названий)',
            },
          },
        },
        {
          id: 'paid',
          kind: 'single_choice',
          label: {
            en: 'Are community members paid for the work they do in the programme?',
            uk: 'Чи отримують представники спільноти оплату за роботу в програмі?',
            ru: 'Получают ли представители сообщества оплату за работу в программе?',
          },
          hint: {
            en: 'Count salaries, fees and honoraria. A refund of travel costs alone is not payment.',
            uk: 'Враховуйте зарплату, гонорари та винагороди. Сама лише компенсація проїзду — це не оплата.',
            ru: 'Учитывайте зарплату, гонорары и вознаграждения. Одна лишь компенсация проезда — это не оплата.',
          },
          options: [
            { value: 'yes', label: { en: 'Yes, all of them', uk: 'Так, усі', ru: 'Да, все' } },
            {
              value: 'some',
              label: {
                en: 'Some are paid, others work unpaid',
                uk: 'Частина отримує оплату, інші працюють безоплатно',
                ru: 'Часть получает оплату, остальные работают бесплатно',
              },
            },
            {
              value: 'no',
              label: {
                en: 'No, they work unpaid',
                uk: 'Ні, працюють безоплатно',
                ru: 'Нет, работают бесплатно',
              },
            },
            DONT_KNOW,
          ],
        },
        {
          id: 'comment',
          kind: 'text',
          long: true,
          maxLength: 2000,
          sensitive: true,
          label: {
            en: 'Anything else about how the community is involved in this programme?',
            uk: 'Що ще ви хотіли б сказати про участь спільноти в цій програмі?',
            ru: 'Что еще вы хотели бы сказать об участии сообщества в этой программе?',
          },
          hint: {
            en: 'Optional. Do not write names of people, organisations or places.',
            uk: 'Необов’язково. Не пишіть імен людей, назв організацій чи місць.',
            ru: 'Необязательно. Не пишите имена людей, названия организаций или мест.',
          },
        },
      ],
    },
  ],
  indicators: [
    {
      id: 'involvement_overall',
      kind: 'scale_mean',
      items: ['ladder'],
      label: {
        en: 'Community involvement index, all stages',
        uk: 'Індекс участі спільноти, усі етапи',
        ru: 'Индекс участия сообщества, все этапы',
      },
      description: {
        en: 'Mean level on the participation ladder over every stage: 0 = not involved, 100 = community control; "don’t know" is left out.',
        uk: 'Середній рівень на драбині участі за всіма етапами: 0 — немає участі, 100 — контроль спільноти; «не знаю» не враховується.',
        ru: 'Средний уровень на лестнице участия по всем этапам: 0 — нет участия, 100 — контроль сообщества; «не знаю» не учитывается.',
      },
    },
    ...STAGES.map((stage) => ({
      id: `involvement_${stage.id}`,
      kind: 'scale_mean' as const,
      items: [`ladder.${stage.id}`],
      label: {
        en: `Involvement index: ${stage.name.en}`,
        uk: `Індекс участі: ${stage.name.uk}`,
        ru: `Индекс участия: ${stage.name.ru}`,
      },
    })),
    ...STAGES.map((stage) => ({
      id: `partnership_${stage.id}`,
      kind: 'share' as const,
      item: `ladder.${stage.id}`,
      values: PARTNERSHIP_OR_ABOVE,
      exclude: ['dont_know'],
      label: {
        en: `Partnership or above: ${stage.name.en}`,
        uk: `Партнерство і вище: ${stage.name.uk}`,
        ru: `Партнерство и выше: ${stage.name.ru}`,
      },
      description: {
        en: 'Share who place this stage at partnership, delegated power or community control; "don’t know" is left out.',
        uk: 'Частка тих, хто оцінює цей етап як партнерство, делеговані повноваження або контроль спільноти; «не знаю» не враховується.',
        ru: 'Доля тех, кто оценивает этот этап как партнерство, делегированные полномочия или контроль сообщества; «не знаю» не учитывается.',
      },
    })),
    {
      id: 'community_paid',
      kind: 'share',
      item: 'paid',
      values: ['yes', 'some'],
      exclude: ['dont_know'],
      label: {
        en: 'Community work is paid (all or some)',
        uk: 'Роботу спільноти оплачують (усім або частині)',
        ru: 'Работа сообщества оплачивается (всем или части)',
      },
    },
    {
      id: 'views_ignored',
      kind: 'share',
      item: 'barriers',
      values: ['views_ignored'],
      exclude: ['dont_know'],
      label: {
        en: 'Community views asked for but not taken into account',
        uk: 'Думку спільноти питають, але не враховують',
        ru: 'Мнение сообщества спрашивают, но не учитывают',
      },
    },
  ],
});

/** Answers to {@link communityInvolvement}, keyed by item id. */
export type CommunityInvolvementAnswers = AnswersOf<typeof communityInvolvement>;
