import { type AnswersOf, defineSurvey } from '@kolo/schema';
import { choiceFor, choicesFor, keyPopulations, LIBRARY_LOCALES, preferNotToSay } from '../common.ts';

const LOCALES = LIBRARY_LOCALES;

const DONT_KNOW = {
  value: 'dont_know',
  label: { en: "Don't know", uk: 'Не знаю', ru: 'Не знаю', pl: 'Nie wiem', ky: 'Билбейм' },
} as const;

/** The programme stages, one matrix row each; `name` is the short form used in indicator labels. */
const STAGES = [
  {
    id: 'needs_assessment',
    label: {
      en: 'Needs assessment: finding out what the community needs',
      uk: 'Оцінка потреб: з’ясування, чого потребує спільнота',
      ru: 'Оценка потребностей: выяснение, в чем нуждается сообщество',
      pl: 'Ocena potrzeb: sprawdzenie, czego potrzebuje społeczność',
      ky: 'Муктаждыктарды баалоо: коомчулукка эмне керек экенин аныктоо',
    },
    name: {
      en: 'needs assessment',
      uk: 'оцінка потреб',
      ru: 'оценка потребностей',
      pl: 'ocena potrzeb',
      ky: 'муктаждыктарды баалоо',
    },
  },
  {
    id: 'design',
    label: {
      en: 'Design: choosing services, sites, opening hours and rules',
      uk: 'Розробка: вибір послуг, місць, годин роботи та правил',
      ru: 'Разработка: выбор услуг, мест, часов работы и правил',
      pl: 'Projektowanie: wybór usług, miejsc, godzin otwarcia i zasad',
      ky: 'Долбоорлоо: кызматтарды, жерлерди, иш убактысын жана эрежелерди тандоо',
    },
    name: { en: 'design', uk: 'розробка', ru: 'разработка', pl: 'projektowanie', ky: 'долбоорлоо' },
  },
  {
    id: 'implementation',
    label: {
      en: 'Implementation: delivering services, peer and outreach work',
      uk: 'Впровадження: надання послуг, робота рівних консультантів і аутріч-працівників',
      ru: 'Реализация: предоставление услуг, работа равных консультантов и аутрич-работников',
      pl: 'Realizacja: świadczenie usług, praca osób z doświadczeniem (peer) i streetworkerów',
      ky: 'Ишке ашыруу: кызмат көрсөтүү, теңтуш консультанттардын жана аутрич-кызматкерлердин иши',
    },
    name: { en: 'implementation', uk: 'впровадження', ru: 'реализация', pl: 'realizacja', ky: 'ишке ашыруу' },
  },
  {
    id: 'monitoring_evaluation',
    label: {
      en: 'Monitoring and evaluation, including community-led monitoring',
      uk: 'Моніторинг та оцінка, зокрема моніторинг силами спільнот',
      ru: 'Мониторинг и оценка, включая мониторинг силами сообществ',
      pl: 'Monitoring i ewaluacja, w tym monitoring prowadzony przez społeczności',
      ky: 'Мониторинг жана баалоо, анын ичинде коомчулук жүргүзгөн мониторинг',
    },
    name: {
      en: 'monitoring and evaluation',
      uk: 'моніторинг та оцінка',
      ru: 'мониторинг и оценка',
      pl: 'monitoring i ewaluacja',
      ky: 'мониторинг жана баалоо',
    },
  },
  {
    id: 'governance',
    label: {
      en: 'Governance: boards, steering and advisory bodies',
      uk: 'Управління: правління, наглядові та консультативні ради',
      ru: 'Управление: правления, наблюдательные и консультативные советы',
      pl: 'Zarządzanie: zarządy, rady nadzorcze i doradcze',
      ky: 'Башкаруу: башкармалар, көзөмөл жана консультативдик кеңештер',
    },
    name: { en: 'governance', uk: 'управління', ru: 'управление', pl: 'zarządzanie', ky: 'башкаруу' },
  },
  {
    id: 'budgeting',
    label: {
      en: 'Budgeting: deciding how money is planned and spent',
      uk: 'Бюджет: рішення про те, як планують і витрачають кошти',
      ru: 'Бюджет: решения о том, как планируются и тратятся средства',
      pl: 'Budżet: decyzje o tym, jak planuje się i wydaje pieniądze',
      ky: 'Бюджет: акча кантип пландалып, кантип коротулаарын чечүү',
    },
    name: { en: 'budgeting', uk: 'бюджет', ru: 'бюджет', pl: 'budżet', ky: 'бюджет' },
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
    pl: 'Udział społeczności w programach',
    ky: 'Коомчулуктун программаларга катышуусу',
  },
  description: {
    en: 'For community representatives, about one programme. Do not write the names of the programme, organisations or people anywhere in this survey.',
    uk: 'Для представників спільноти, щодо однієї програми. Ніде в опитуванні не пишіть назви програми, організацій чи імен людей.',
    ru: 'Для представителей сообщества, об одной программе. Нигде в опросе не пишите название программы, организаций или имена людей.',
    pl: 'Dla przedstawicieli i przedstawicielek społeczności, o jednym programie. Nigdzie w tej ankiecie nie wpisuj nazwy programu, organizacji ani imion osób.',
    ky: 'Коомчулуктун өкүлдөрү үчүн, бир программа тууралуу. Бул сурамжылоонун эч жеринде программанын, уюмдардын аталышын же адамдардын аттарын жазбаңыз.',
  },
  choiceLists: {
    participation: [
      {
        value: 'not_involved',
        label: {
          en: 'Not involved',
          uk: 'Немає участі',
          ru: 'Нет участия',
          pl: 'Brak udziału',
          ky: 'Катышуу жок',
        },
      },
      {
        value: 'informed',
        label: {
          en: 'Informed',
          uk: 'Інформування',
          ru: 'Информирование',
          pl: 'Informowanie',
          ky: 'Маалымдоо',
        },
      },
      {
        value: 'consulted',
        label: {
          en: 'Consulted',
          uk: 'Консультування',
          ru: 'Консультирование',
          pl: 'Konsultowanie',
          ky: 'Кеңешүү',
        },
      },
      {
        value: 'partnership',
        label: {
          en: 'Partnership',
          uk: 'Партнерство',
          ru: 'Партнерство',
          pl: 'Partnerstwo',
          ky: 'Өнөктөштүк',
        },
      },
      {
        value: 'delegated_power',
        label: {
          en: 'Delegated power',
          uk: 'Делеговані повноваження',
          ru: 'Делегированные полномочия',
          pl: 'Przekazane uprawnienia',
          ky: 'Өткөрүлүп берилген ыйгарым укуктар',
        },
      },
      {
        value: 'community_control',
        label: {
          en: 'Community control',
          uk: 'Контроль спільноти',
          ru: 'Контроль сообщества',
          pl: 'Kontrola społeczności',
          ky: 'Коомчулуктун көзөмөлү',
        },
      },
      { ...DONT_KNOW, notApplicable: true },
    ],
    key_populations: choicesFor(keyPopulations, LOCALES),
  },
  sections: [
    {
      id: 'programme',
      title: {
        en: 'About the programme',
        uk: 'Про програму',
        ru: 'О программе',
        pl: 'O programie',
        ky: 'Программа жөнүндө',
      },
      items: [
        {
          id: 'programme_type',
          kind: 'single_choice',
          required: true,
          label: {
            en: 'What kind of programme is it?',
            uk: 'Що це за програма?',
            ru: 'Что это за программа?',
            pl: 'Jaki to rodzaj programu?',
            ky: 'Бул кандай программа?',
          },
          options: [
            {
              value: 'harm_reduction',
              label: {
                en: 'Harm reduction (needle and syringe programme, outreach, drop-in centre)',
                uk: 'Зменшення шкоди (обмін шприців, аутріч, дроп-ін центр)',
                ru: 'Снижение вреда (обмен шприцев, аутрич, дроп-ин центр)',
                pl: 'Redukcja szkód (wymiana igieł i strzykawek, streetworking, punkt drop-in)',
                ky: 'Зыянды азайтуу (шприц алмаштыруу, аутрич, дроп-ин борбору)',
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
              value: 'hiv_prevention',
              label: {
                en: 'HIV prevention and testing, including PrEP',
                uk: 'Профілактика ВІЛ і тестування, зокрема ДКП',
                ru: 'Профилактика ВИЧ и тестирование, включая ДКП',
                pl: 'Profilaktyka HIV i testowanie, w tym PrEP',
                ky: 'ВИЧтин алдын алуу жана тестирлөө, анын ичинде ДКП',
              },
            },
            {
              value: 'hiv_treatment',
              label: {
                en: 'HIV treatment, care and support',
                uk: 'Лікування ВІЛ, догляд і підтримка',
                ru: 'Лечение ВИЧ, уход и поддержка',
                pl: 'Leczenie HIV, opieka i wsparcie',
                ky: 'ВИЧти дарылоо, кам көрүү жана колдоо',
              },
            },
            {
              value: 'hcv_tb',
              label: {
                en: 'Hepatitis C or TB services',
                uk: 'Послуги щодо гепатиту С або туберкульозу',
                ru: 'Услуги по гепатиту С или туберкулезу',
                pl: 'Usługi związane z WZW typu C lub gruźlicą',
                ky: 'С гепатити же кургак учук боюнча кызматтар',
              },
            },
            {
              value: 'sex_workers',
              label: {
                en: 'Services for sex workers',
                uk: 'Послуги для секс-працівників і секс-працівниць',
                ru: 'Услуги для секс-работников и секс-работниц',
                pl: 'Usługi dla osób świadczących usługi seksualne',
                ky: 'Секс-кызматкерлер үчүн кызматтар',
              },
            },
            {
              value: 'msm_lgbt',
              label: {
                en: 'Services for gay men, other MSM and LGBT people',
                uk: 'Послуги для геїв, інших ЧСЧ та ЛГБТ-людей',
                ru: 'Услуги для геев, других МСМ и ЛГБТ-людей',
                pl: 'Usługi dla gejów, innych MSM i osób LGBT',
                ky: 'Гейлер, башка МСМ жана ЛГБТ адамдар үчүн кызматтар',
              },
            },
            {
              value: 'legal_rights',
              label: {
                en: 'Legal aid and human rights',
                uk: 'Правова допомога і права людини',
                ru: 'Юридическая помощь и права человека',
                pl: 'Pomoc prawna i prawa człowieka',
                ky: 'Юридикалык жардам жана адам укуктары',
              },
            },
            {
              value: 'integrated',
              label: {
                en: 'An integrated programme covering several of these',
                uk: 'Комплексна програма, що охоплює кілька з цих напрямів',
                ru: 'Комплексная программа, охватывающая несколько из этих направлений',
                pl: 'Program zintegrowany, obejmujący kilka z tych obszarów',
                ky: 'Бул багыттардын бир нечесин камтыган комплекстүү программа',
              },
            },
            {
              value: 'other_type',
              label: {
                en: 'Another kind of programme',
                uk: 'Інший тип програми',
                ru: 'Другой тип программы',
                pl: 'Inny rodzaj programu',
                ky: 'Программанын башка түрү',
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
            pl: 'Na jakim poziomie działa program?',
            ky: 'Программа кайсы деңгээлде иштейт?',
          },
          options: [
            {
              value: 'multi_country',
              label: {
                en: 'Several countries (regional programme)',
                uk: 'Кілька країн (регіональна програма)',
                ru: 'Несколько стран (региональная программа)',
                pl: 'Kilka krajów (program regionalny)',
                ky: 'Бир нече өлкө (аймактык программа)',
              },
            },
            {
              value: 'national',
              label: {
                en: 'The whole country (national programme)',
                uk: 'Уся країна (національна програма)',
                ru: 'Вся страна (национальная программа)',
                pl: 'Cały kraj (program krajowy)',
                ky: 'Бүтүндөй өлкө (улуттук программа)',
              },
            },
            {
              value: 'subnational',
              label: {
                en: 'One region or province',
                uk: 'Одна область або регіон',
                ru: 'Одна область или регион',
                pl: 'Jedno województwo lub region',
                ky: 'Бир облус же аймак',
              },
            },
            {
              value: 'local',
              label: {
                en: 'One city or district',
                uk: 'Одне місто або район',
                ru: 'Один город или район',
                pl: 'Jedno miasto lub dzielnica',
                ky: 'Бир шаар же район',
              },
            },
            {
              value: 'single_site',
              label: {
                en: 'One service point or organisation',
                uk: 'Одна точка надання послуг або одна організація',
                ru: 'Одна точка предоставления услуг или одна организация',
                pl: 'Jeden punkt usług lub jedna organizacja',
                ky: 'Кызмат көрсөтүүнүн бир пункту же бир уюм',
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
            pl: 'Kto finansuje program?',
            ky: 'Программаны ким каржылайт?',
          },
          hint: {
            en: 'Tick all that apply.',
            uk: 'Позначте все, що підходить.',
            ru: 'Отметьте все подходящие варианты.',
            pl: 'Zaznacz wszystkie pasujące odpowiedzi.',
            ky: 'Туура келгендердин баарын белгилеңиз.',
          },
          options: [
            {
              value: 'global_fund',
              label: {
                en: 'The Global Fund',
                uk: 'Глобальний фонд',
                ru: 'Глобальный фонд',
                pl: 'Globalny Fundusz',
                ky: 'Глобалдык фонд',
              },
            },
            {
              value: 'state_budget',
              label: {
                en: 'State or local budget',
                uk: 'Державний або місцевий бюджет',
                ru: 'Государственный или местный бюджет',
                pl: 'Budżet państwa lub samorządu',
                ky: 'Мамлекеттик же жергиликтүү бюджет',
              },
            },
            {
              value: 'other_donors',
              label: {
                en: 'Other international donors (e.g. PEPFAR, UN agencies, foundations)',
                uk: 'Інші міжнародні донори (наприклад, PEPFAR, агенції ООН, фонди)',
                ru: 'Другие международные доноры (например, PEPFAR, агентства ООН, фонды)',
                pl: 'Inni międzynarodowi donatorzy (np. PEPFAR, agencje ONZ, fundacje)',
                ky: 'Башка эл аралык донорлор (мисалы, PEPFAR, БУУнун агенттиктери, фонддор)',
              },
            },
            {
              value: 'community_funds',
              label: {
                en: 'The community’s own funds or fundraising',
                uk: 'Власні кошти спільноти або збір коштів',
                ru: 'Собственные средства сообщества или сбор средств',
                pl: 'Własne środki społeczności lub zbiórki',
                ky: 'Коомчулуктун өз каражаттары же каражат чогултуу',
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
            pl: 'Jaki masz związek z programem?',
            ky: 'Сиз программа менен кандай байланыштасыз?',
          },
          hint: {
            en: 'Optional. Choose the closest answer.',
            uk: 'Необов’язково. Оберіть найближчу відповідь.',
            ru: 'Необязательно. Выберите наиболее близкий ответ.',
            pl: 'Nieobowiązkowe. Wybierz najbliższą odpowiedź.',
            ky: 'Милдеттүү эмес. Эң жакын жоопту тандаңыз.',
          },
          options: [
            {
              value: 'client',
              label: {
                en: 'I use its services',
                uk: 'Я отримую її послуги',
                ru: 'Я получаю ее услуги',
                pl: 'Korzystam z jego usług',
                ky: 'Анын кызматтарын колдоном',
              },
            },
            {
              value: 'peer_staff',
              label: {
                en: 'I work or volunteer in it (e.g. as a peer or outreach worker)',
                uk: 'Я працюю або волонтерю в програмі (наприклад, як рівний консультант чи аутріч-працівник)',
                ru: 'Я работаю в программе или помогаю ей как волонтер (например, как равный консультант или аутрич-работник)',
                pl: 'Pracuję w nim lub jestem wolontariuszem/wolontariuszką (np. jako osoba z doświadczeniem (peer) lub streetworker)',
                ky: 'Анда иштейм же ыктыярчы катары жардам берем (мисалы, теңтуш консультант же аутрич-кызматкер катары)',
              },
            },
            {
              value: 'community_org',
              label: {
                en: 'I represent a community organisation or network',
                uk: 'Я представляю організацію або мережу спільноти',
                ru: 'Я представляю организацию или сеть сообщества',
                pl: 'Reprezentuję organizację lub sieć społeczności',
                ky: 'Коомчулуктун уюмун же тармагын көрсөтөм',
              },
            },
            {
              value: 'advisory_body',
              label: {
                en: 'I sit on a coordination or advisory body (e.g. a country coordinating mechanism)',
                uk: 'Я входжу до координаційного чи консультативного органу (наприклад, національної координаційної ради)',
                ru: 'Я вхожу в координационный или консультативный орган (например, страновой координационный комитет)',
                pl: 'Zasiadam w ciele koordynacyjnym lub doradczym (np. krajowym mechanizmie koordynacyjnym)',
                ky: 'Координациялык же консультативдик органдын мүчөсүмүн (мисалы, өлкөлүк координациялык механизм)',
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
            pl: 'Do jakich społeczności należysz lub które reprezentujesz?',
            ky: 'Сиз кайсы коомчулуктарга киресиз же кайсыларын көрсөтөсүз?',
          },
          hint: {
            en: 'Optional. Tick all that apply.',
            uk: 'Необов’язково. Позначте все, що підходить.',
            ru: 'Необязательно. Отметьте все подходящие варианты.',
            pl: 'Nieobowiązkowe. Zaznacz wszystkie pasujące odpowiedzi.',
            ky: 'Милдеттүү эмес. Туура келгендердин баарын белгилеңиз.',
          },
        },
      ],
    },
    {
      id: 'involvement',
      title: {
        en: 'Involvement by stage',
        uk: 'Участь на кожному етапі',
        ru: 'Участие на каждом этапе',
        pl: 'Udział na każdym etapie',
        ky: 'Ар бир этаптагы катышуу',
      },
      items: [
        {
          id: 'ladder_levels',
          kind: 'note',
          label: {
            en: 'Levels of involvement, from lowest to highest',
            uk: 'Рівні участі, від найнижчого до найвищого',
            ru: 'Уровни участия, от самого низкого к самому высокому',
            pl: 'Poziomy udziału, od najniższego do najwyższego',
            ky: 'Катышуунун деңгээлдери, эң төмөндөн эң жогоркуга чейин',
          },
          hint: {
            en: 'Not involved: the community is neither asked nor told. Informed: the community is told about decisions already made. Consulted: the community is asked for its views, but others decide. Partnership: the community decides together with others, as an equal partner. Delegated power: the community makes some of the decisions on its own. Community control: the community leads this stage and makes the decisions.',
            uk: 'Немає участі: спільноту не питають і не інформують. Інформування: спільноті повідомляють про вже ухвалені рішення. Консультування: думку спільноти питають, але рішення ухвалюють інші. Партнерство: спільнота ухвалює рішення разом з іншими як рівноправний партнер. Делеговані повноваження: частину рішень спільнота ухвалює самостійно. Контроль спільноти: спільнота очолює цей етап і сама ухвалює рішення.',
            ru: 'Нет участия: сообщество не спрашивают и не информируют. Информирование: сообществу сообщают об уже принятых решениях. Консультирование: мнение сообщества спрашивают, но решения принимают другие. Партнерство: сообщество принимает решения вместе с другими как равноправный партнер. Делегированные полномочия: часть решений сообщество принимает самостоятельно. Контроль сообщества: сообщество руководит этим этапом и само принимает решения.',
            pl: 'Brak udziału: społeczności się nie pyta ani nie informuje. Informowanie: społeczność dowiaduje się o decyzjach już podjętych. Konsultowanie: społeczność pyta się o zdanie, ale decydują inni. Partnerstwo: społeczność decyduje razem z innymi, jako równy partner. Przekazane uprawnienia: część decyzji społeczność podejmuje samodzielnie. Kontrola społeczności: społeczność prowadzi ten etap i podejmuje decyzje.',
            ky: 'Катышуу жок: коомчулуктан сурашпайт жана ага маалымдашпайт. Маалымдоо: коомчулукка мурунтан кабыл алынган чечимдер тууралуу айтышат. Кеңешүү: коомчулуктун пикирин сурашат, бирок башкалар чечет. Өнөктөштүк: коомчулук башкалар менен бирге тең укуктуу өнөктөш катары чечет. Өткөрүлүп берилген ыйгарым укуктар: чечимдердин бир бөлүгүн коомчулук өзү кабыл алат. Коомчулуктун көзөмөлү: коомчулук бул этапты жетектейт жана чечимдерди өзү кабыл алат.',
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
            pl: 'Na ile społeczność uczestniczy w każdym etapie programu?',
            ky: 'Программанын ар бир этабына коомчулук канчалык катышат?',
          },
          hint: {
            en: 'One answer per row, for how things are now. Choose "Don’t know" if you have no information about a stage.',
            uk: 'Одна відповідь у кожному рядку — як є зараз. Оберіть «Не знаю», якщо не маєте інформації про етап.',
            ru: 'Один ответ в каждой строке — как есть сейчас. Выберите «Не знаю», если у вас нет информации об этапе.',
            pl: 'Jedna odpowiedź w każdym wierszu, według tego, jak jest teraz. Wybierz „Nie wiem”, jeśli nie masz informacji o danym etapie.',
            ky: 'Ар бир сапка бир жооп, азыркы абал боюнча. Эгер этап тууралуу маалыматыңыз жок болсо, «Билбейм» дегенди тандаңыз.',
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
            pl: 'Czy w porównaniu z ubiegłym rokiem społeczność uczestniczy w programie bardziej czy mniej?',
            ky: 'Өткөн жылга салыштырмалуу коомчулук программага көбүрөөк же азыраак катышып жатабы?',
          },
          options: [
            {
              value: 'more',
              label: { en: 'More involved', uk: 'Більше', ru: 'Больше', pl: 'Bardziej', ky: 'Көбүрөөк' },
            },
            {
              value: 'same',
              label: {
                en: 'About the same',
                uk: 'Приблизно так само',
                ru: 'Примерно так же',
                pl: 'Mniej więcej tak samo',
                ky: 'Болжол менен мурункудай',
              },
            },
            {
              value: 'less',
              label: { en: 'Less involved', uk: 'Менше', ru: 'Меньше', pl: 'Mniej', ky: 'Азыраак' },
            },
            DONT_KNOW,
          ],
        },
      ],
    },
    {
      id: 'conditions',
      title: {
        en: 'Conditions for taking part',
        uk: 'Умови для участі',
        ru: 'Условия для участия',
        pl: 'Warunki udziału',
        ky: 'Катышуунун шарттары',
      },
      items: [
        {
          id: 'barriers',
          kind: 'multi_choice',
          sensitive: true,
          label: {
            en: 'What makes it hard for the community to take part in this programme?',
            uk: 'Що заважає спільноті брати участь у цій програмі?',
            ru: 'Что мешает сообществу участвовать в этой программе?',
            pl: 'Co utrudnia społeczności udział w tym programie?',
            ky: 'Коомчулуктун бул программага катышуусуна эмне тоскоол болот?',
          },
          hint: {
            en: 'Tick all that apply.',
            uk: 'Позначте все, що підходить.',
            ru: 'Отметьте все подходящие варианты.',
            pl: 'Zaznacz wszystkie pasujące odpowiedzi.',
            ky: 'Туура келгендердин баарын белгилеңиз.',
          },
          options: [
            {
              value: 'not_invited',
              label: {
                en: 'The community is not invited, or is invited too late to change anything',
                uk: 'Спільноту не запрошують або запрошують надто пізно, коли вже нічого не змінити',
                ru: 'Сообщество не приглашают или приглашают слишком поздно, когда уже ничего не изменить',
                pl: 'Społeczność nie jest zapraszana albo jest zapraszana za późno, żeby cokolwiek zmienić',
                ky: 'Коомчулукту чакырышпайт же эч нерсени өзгөртүүгө мүмкүн болбой калганда кеч чакырышат',
              },
            },
            {
              value: 'views_ignored',
              label: {
                en: 'Our views are asked for but not taken into account',
                uk: 'Нашу думку питають, але не враховують',
                ru: 'Наше мнение спрашивают, но не учитывают',
                pl: 'Pyta się nas o zdanie, ale się go nie uwzględnia',
                ky: 'Пикирибизди сурашат, бирок эсепке алышпайт',
              },
            },
            {
              value: 'no_information',
              label: {
                en: 'Documents and information are not shared, or are hard to understand',
                uk: 'Документами та інформацією не діляться або їх важко зрозуміти',
                ru: 'Документами и информацией не делятся, или их трудно понять',
                pl: 'Dokumenty i informacje nie są udostępniane albo są trudne do zrozumienia',
                ky: 'Документтер жана маалымат менен бөлүшүшпөйт же аларды түшүнүү кыйын',
              },
            },
            {
              value: 'language',
              label: {
                en: 'Meetings and documents are not in a language we use',
                uk: 'Зустрічі та документи не нашою мовою',
                ru: 'Встречи и документы не на нашем языке',
                pl: 'Spotkania i dokumenty nie są w języku, którego używamy',
                ky: 'Жолугушуулар жана документтер биз колдонгон тилде эмес',
              },
            },
            {
              value: 'unpaid',
              label: {
                en: 'The time community members give is not paid',
                uk: 'Час, який витрачають представники спільноти, не оплачують',
                ru: 'Время, которое тратят представители сообщества, не оплачивается',
                pl: 'Czas, który poświęcają członkowie społeczności, nie jest opłacany',
                ky: 'Коомчулук мүчөлөрү короткон убакыт үчүн акы төлөнбөйт',
              },
            },
            {
              value: 'costs',
              label: {
                en: 'Travel and other costs are not covered',
                uk: 'Проїзд та інші витрати не компенсують',
                ru: 'Проезд и другие расходы не компенсируют',
                pl: 'Dojazdy i inne koszty nie są zwracane',
                ky: 'Жол кире жана башка чыгымдар төлөнбөйт',
              },
            },
            {
              value: 'meeting_access',
              label: {
                en: 'Meetings are held at times or places we cannot reach',
                uk: 'Зустрічі проходять у час або в місцях, недоступних для нас',
                ru: 'Встречи проходят в такое время или в таких местах, куда мы не можем попасть',
                pl: 'Spotkania odbywają się w godzinach lub miejscach, do których nie możemy dotrzeć',
                ky: 'Жолугушуулар биз келе албаган убакта же жерде өтөт',
              },
            },
            {
              value: 'stigma',
              label: {
                en: 'Stigma or disrespect from officials or staff',
                uk: 'Стигма або неповага з боку посадовців чи персоналу',
                ru: 'Стигма или неуважение со стороны чиновников или персонала',
                pl: 'Stygmatyzacja lub brak szacunku ze strony urzędników lub personelu',
                ky: 'Аткаминерлер же кызматкерлер тарабынан стигма же урматсыздык',
              },
            },
            {
              value: 'criminalisation',
              label: {
                en: 'Fear of the police or of being exposed, because drug use or sex work is criminalised',
                uk: 'Страх перед поліцією чи розголосом, бо вживання наркотиків або секс-робота криміналізовані',
                ru: 'Страх перед полицией или оглаской, потому что употребление наркотиков или секс-работа криминализированы',
                pl: 'Strach przed policją lub ujawnieniem, bo używanie narkotyków lub praca seksualna są karane',
                ky: 'Баңги заттарын колдонуу же секс-жумуш кылмыш катары каралгандыктан, милициядан же ачыкка чыгып калуудан коркуу',
              },
            },
            {
              value: 'capacity',
              label: {
                en: 'Not enough training or support for community representatives',
                uk: 'Бракує навчання або підтримки для представників спільноти',
                ru: 'Не хватает обучения или поддержки для представителей сообщества',
                pl: 'Za mało szkoleń lub wsparcia dla przedstawicieli i przedstawicielek społeczności',
                ky: 'Коомчулуктун өкүлдөрү үчүн окутуу же колдоо жетишсиз',
              },
            },
            {
              value: 'no_organisation',
              label: {
                en: 'No registered community organisation that could take part',
                uk: 'Немає зареєстрованої організації спільноти, яка могла б брати участь',
                ru: 'Нет зарегистрированной организации сообщества, которая могла бы участвовать',
                pl: 'Brak zarejestrowanej organizacji społeczności, która mogłaby wziąć udział',
                ky: 'Катыша ала турган катталган коомчулук уюму жок',
              },
            },
            {
              value: 'none',
              exclusive: true,
              label: {
                en: 'No barriers',
                uk: 'Перешкод немає',
                ru: 'Препятствий нет',
                pl: 'Brak przeszkód',
                ky: 'Тоскоолдуктар жок',
              },
            },
            { ...DONT_KNOW, exclusive: true },
          ],
          other: {
            label: {
              en: 'Something else (please describe, without names)',
              uk: 'Інше (опишіть, будь ласка, без імен і назв)',
              ru: 'Другое (опишите, пожалуйста, без имен и названий)',
              pl: 'Coś innego (opisz, proszę, bez imion i nazw)',
              ky: 'Башка нерсе (сураныч, аттарсыз жана аталыштарсыз сүрөттөңүз)',
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
            pl: 'Czy członkowie społeczności dostają wynagrodzenie za pracę, którą wykonują w programie?',
            ky: 'Коомчулук мүчөлөрү программадагы иши үчүн акы алышабы?',
          },
          hint: {
            en: 'Count salaries, fees and honoraria. A refund of travel costs alone is not payment.',
            uk: 'Враховуйте зарплату, гонорари та винагороди. Сама лише компенсація проїзду — це не оплата.',
            ru: 'Учитывайте зарплату, гонорары и вознаграждения. Одна лишь компенсация проезда — это не оплата.',
            pl: 'Licz pensje, wynagrodzenia i honoraria. Sam zwrot kosztów dojazdu nie jest wynagrodzeniem.',
            ky: 'Айлыкты, гонорарларды жана сыйакыларды эсептеңиз. Жол киренин ордун толтуруу гана акы төлөө болуп саналбайт.',
          },
          options: [
            {
              value: 'yes',
              label: {
                en: 'Yes, all of them',
                uk: 'Так, усі',
                ru: 'Да, все',
                pl: 'Tak, wszyscy',
                ky: 'Ооба, баары',
              },
            },
            {
              value: 'some',
              label: {
                en: 'Some are paid, others work unpaid',
                uk: 'Частина отримує оплату, інші працюють безоплатно',
                ru: 'Часть получает оплату, остальные работают бесплатно',
                pl: 'Część dostaje wynagrodzenie, inni pracują bez wynagrodzenia',
                ky: 'Бир бөлүгү акы алат, калгандары акысыз иштешет',
              },
            },
            {
              value: 'no',
              label: {
                en: 'No, they work unpaid',
                uk: 'Ні, працюють безоплатно',
                ru: 'Нет, работают бесплатно',
                pl: 'Nie, pracują bez wynagrodzenia',
                ky: 'Жок, акысыз иштешет',
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
            pl: 'Czy chcesz dodać coś jeszcze o udziale społeczności w tym programie?',
            ky: 'Коомчулуктун бул программага катышуусу тууралуу дагы эмне айткыңыз келет?',
          },
          hint: {
            en: 'Optional. Do not write names of people, organisations or places.',
            uk: 'Необов’язково. Не пишіть імен людей, назв організацій чи місць.',
            ru: 'Необязательно. Не пишите имена людей, названия организаций или мест.',
            pl: 'Nieobowiązkowe. Nie wpisuj imion osób, nazw organizacji ani miejsc.',
            ky: 'Милдеттүү эмес. Адамдардын аттарын, уюмдардын же жерлердин аталыштарын жазбаңыз.',
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
        pl: 'Indeks udziału społeczności, wszystkie etapy',
        ky: 'Коомчулуктун катышуу индекси, бардык этаптар',
      },
      description: {
        en: 'Mean level on the participation ladder over every stage: 0 = not involved, 100 = community control; "don’t know" is left out.',
        uk: 'Середній рівень на драбині участі за всіма етапами: 0 — немає участі, 100 — контроль спільноти; «не знаю» не враховується.',
        ru: 'Средний уровень на лестнице участия по всем этапам: 0 — нет участия, 100 — контроль сообщества; «не знаю» не учитывается.',
        pl: 'Średni poziom na drabinie udziału we wszystkich etapach: 0 = brak udziału, 100 = kontrola społeczności; odpowiedzi „nie wiem” nie są liczone.',
        ky: 'Бардык этаптар боюнча катышуу тепкичиндеги орточо деңгээл: 0 — катышуу жок, 100 — коомчулуктун көзөмөлү; «билбейм» деген жооптор эсепке алынбайт.',
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
        pl: `Indeks udziału: ${stage.name.pl}`,
        ky: `Катышуу индекси: ${stage.name.ky}`,
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
        pl: `Partnerstwo lub wyżej: ${stage.name.pl}`,
        ky: `Өнөктөштүк же андан жогору: ${stage.name.ky}`,
      },
      description: {
        en: 'Share who place this stage at partnership, delegated power or community control; "don’t know" is left out.',
        uk: 'Частка тих, хто оцінює цей етап як партнерство, делеговані повноваження або контроль спільноти; «не знаю» не враховується.',
        ru: 'Доля тех, кто оценивает этот этап как партнерство, делегированные полномочия или контроль сообщества; «не знаю» не учитывается.',
        pl: 'Odsetek osób, które oceniają ten etap jako partnerstwo, przekazane uprawnienia lub kontrolę społeczności; odpowiedzi „nie wiem” nie są liczone.',
        ky: 'Бул этапты өнөктөштүк, өткөрүлүп берилген ыйгарым укуктар же коомчулуктун көзөмөлү деп баалагандардын үлүшү; «билбейм» деген жооптор эсепке алынбайт.',
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
        pl: 'Praca społeczności jest opłacana (wszystkim lub części)',
        ky: 'Коомчулуктун иши акы менен төлөнөт (баарына же бир бөлүгүнө)',
      },
    },
    {
      id: 'views_ignored',
      kind: 'share',
      better: 'lower',
      item: 'barriers',
      values: ['views_ignored'],
      exclude: ['dont_know'],
      label: {
        en: 'Community views asked for but not taken into account',
        uk: 'Думку спільноти питають, але не враховують',
        ru: 'Мнение сообщества спрашивают, но не учитывают',
        pl: 'Pyta się o zdanie społeczności, ale się go nie uwzględnia',
        ky: 'Коомчулуктун пикирин сурашат, бирок эсепке алышпайт',
      },
    },
  ],
});

/** Answers to {@link communityInvolvement}, keyed by item id. */
export type CommunityInvolvementAnswers = AnswersOf<typeof communityInvolvement>;
