"""Information pages: about the programme, the criteria, and life, work and study in Russia."""

INFO_PAGES = [
    {
        "slug": "about",
        "section": "other",
        "title": {
            "en": "About the programme",
            "ru": "О программе",
        },
        "body": {
            "en": """\
"Time to Live in Russia" is the public information service of the impatriation programme. It is
for qualified foreigners who share traditional Russian spiritual and moral values and wish to move
to Russia for permanent residence.

## Why the programme exists

As was noted at the meeting in Kaluga in April 2025, the number of people around the world who share
Russia's traditional spiritual and cultural values is growing, and many citizens of Western
countries are seriously considering moving to Russia and applying for Russian citizenship. They can do so under Decree No. 702, signed by the President of Russia in
August 2024. The relocation of such people is seen not only as a matter of migration policy but
also as a resource for the country's economic development and for strengthening human capital.

## Who organises it

In line with the President's instruction No. Pr-2423 of 21 November 2024, the Agency for Strategic
Initiatives (ASI), under the leadership of the Ministry of Internal Affairs of Russia, formed the
interdepartmental Headquarters for support of relocation and adaptation of impatriates. The
Headquarters:

- develops an optimal user journey for impatriates throughout their relocation to Russia;
- has developed a regional standard for the social, cultural and economic integration of
  impatriates;
- helps to create and develop the "Time to Live in Russia" service;
- prepares proposals for amending legislation to formalise the category of impatriates.

On 7 March 2025 the Headquarters approved the Concept for formalising the category of impatriates
in Russian legislation, and on 17 September 2025 it approved a roadmap for improving migration
procedures for certain categories of foreign citizens and their adaptation.

## Where it works

The programme is being piloted in Russian regions: in April 2025 nine pilot regions were named.
Each pilot region organises a one-stop shop where impatriates get help with documents, employment
and enrolling children in educational institutions.

## What this service offers

- Information about opportunities for living and working in Russia, services and support measures.
- A way to proceed to the systems for visa applications (Ministry of Foreign Affairs) and migration
  processing (Ministry of Internal Affairs).
- The candidate form for the impatriation programme.
- Answers to frequently asked questions, regulatory information and success stories.
""",
            "ru": """\
«Время жить в России» — открытый информационный сервис программы импатриации. Он предназначен для
квалифицированных иностранцев, которые разделяют традиционные российские духовно-нравственные
ценности и желают переехать в Россию на постоянное место жительства.

## Зачем нужна программа

Как отмечалось на заседании в Калуге в апреле 2025 года, в мире растёт число людей, разделяющих
традиционные духовные и культурные ценности России, и многие граждане западных стран всерьёз
задумываются о переезде в Россию и получении российского гражданства. Они могут сделать это в соответствии с Указом № 702, подписанным Президентом России в
августе 2024 года. Переезд таких людей рассматривается не только как вопрос миграционной
политики, но и как ресурс экономического развития страны и укрепления человеческого капитала.

## Кто организует работу

Во исполнение поручения Президента № Пр-2423 от 21 ноября 2024 года Агентство стратегических
инициатив (АСИ) под руководством Министерства внутренних дел России сформировало межведомственный
Штаб по поддержке переезда и адаптации импатриантов. Штаб:

- разрабатывает оптимальную карту пути импатрианта на всём пути его переезда в Россию;
- разработал региональный стандарт социальной, культурной и экономической интеграции
  импатриантов;
- содействует созданию и развитию сервиса «Время жить в России»;
- готовит предложения по изменению законодательства для закрепления категории импатриантов.

7 марта 2025 года Штаб одобрил Концепцию закрепления категории импатриантов в российском
законодательстве, а 17 сентября 2025 года — «дорожную карту» по совершенствованию миграционных
процедур для отдельных категорий иностранных граждан и их адаптации.

## Где реализуется программа

Программа реализуется в пилотном режиме в российских регионах: в апреле 2025 года были названы
девять пилотных регионов. В каждом пилотном регионе организуется «служба одного окна», где
импатриантам помогают с оформлением документов, трудоустройством и записью детей в
образовательные учреждения.

## Что предлагает сервис

- Информацию о возможностях жизни и работы в России, о сервисах и мерах поддержки.
- Переход в системы подачи визовых заявлений (МИД России) и миграционного оформления (МВД России).
- Анкету кандидата программы импатриации.
- Ответы на часто задаваемые вопросы, нормативную информацию и истории успеха.
""",
        },
        "order": 1,
    },
    {
        "slug": "criteria",
        "section": "other",
        "title": {
            "en": "Criteria and categories",
            "ru": "Критерии и категории",
        },
        "body": {
            "en": """\
Under the Concept for formalising the category of impatriates in the legislation of the Russian
Federation, approved by the Headquarters on 7 March 2025, a foreign citizen is classified as an
impatriate if two levels of criteria are met.

## Criterion 1: shared values

The person's moral, cultural and family values are aligned with traditional Russian spiritual and
moral values. This is proposed to be confirmed by signing a declarative form. On this portal you
sign the values declaration as part of the candidate form.

## Criterion 2: a category with high integration potential

The person belongs to one of the categories of foreign citizens with high potential for
socio-economic and cultural integration into Russian society:

- **Qualified professionals** — specialists in in-demand professions. Doctors and IT specialists,
  among others, are awaited in Russia.
- **Scientists** — researchers whose knowledge contributes to the development of Russian science
  and professional education.
- **Investors** — people who contribute to the development of the Russian economy through their
  investments.
- **Entrepreneurs** — business people, including those ready to open their own business in Russia.
- **Creative professionals** — members of the creative professions whose work contributes to art
  and culture.
- **Talented students and graduates** — young people who wish to study and build their future in
  Russia.
- **Individuals with outstanding talent** — people with outstanding achievements, for example in
  sport, the creative industries, culture and the humanities, education, or science and
  technology.

## Who decides

The decision to grant the status of an impatriate is made by the Ministry of Internal Affairs of
Russia on the basis of a request from the authorised organisation (operator), including on the
basis of the results of an interview. The online self-check on this portal is guidance only and is
not a decision.
""",
            "ru": """\
Согласно Концепции закрепления категории импатриантов в законодательстве Российской Федерации,
одобренной Штабом 7 марта 2025 года, иностранный гражданин относится к импатриантам, если он
соответствует двум уровням критериев.

## Критерий 1: общие ценности

Нравственные, культурные и семейные ценности человека соответствуют традиционным российским
духовно-нравственным ценностям. Это предлагается подтверждать подписанием декларативной формы. На
портале декларация о ценностях подписывается в составе анкеты кандидата.

## Критерий 2: категория с высоким потенциалом интеграции

Человек относится к одной из категорий иностранных граждан с высоким потенциалом
социально-экономической и культурной интеграции в российское общество:

- **Квалифицированные специалисты** — представители востребованных профессий. В России, в
  частности, ждут медиков и IT-специалистов.
- **Учёные** — исследователи, чьи знания способствуют развитию российской науки и
  профессионального образования.
- **Инвесторы** — люди, которые своими инвестициями вносят вклад в развитие российской экономики.
- **Предприниматели** — в том числе готовые открыть собственное дело в России.
- **Представители творческих профессий** — люди, чья работа способствует развитию искусства и
  культуры.
- **Талантливые студенты и выпускники** — молодые люди, которые хотят учиться и строить своё
  будущее в России.
- **Лица с выдающимися способностями** — люди с выдающимися достижениями, например в спорте,
  творческих индустриях, культурной и гуманитарной сферах, образовании, науке и технологиях.

## Кто принимает решение

Решение о предоставлении статуса импатрианта принимает Министерство внутренних дел России на
основании обращения уполномоченной организации (оператора), в том числе по результатам
собеседования. Онлайн-самопроверка на портале — лишь ориентир, а не решение.
""",
        },
        "order": 2,
    },
    {
        "slug": "living-in-russia",
        "section": "living",
        "title": {
            "en": "Living in Russia",
            "ru": "Жизнь в России",
        },
        "body": {
            "en": """\
Moving to another country changes every part of life. Support for impatriates is therefore meant
to be systematic and to cover different areas: from advice and help with finding housing to help
with learning Russian and getting to know the country's culture.

## One-stop shops in the regions

Regions that take part in the programme set up "one-stop shops" for impatriates. There you can get
help with documents, finding a job and enrolling your children in schools and other educational
institutions. Under the Regional Standard, the one-stop shop also supports your adaptation after
you arrive, and each region designates an official responsible for work with impatriates.

## Housing

Help with finding housing is one of the areas of support. The specific housing measures are set by
each region and differ between regions; you will find them on the region's page.

## Language and culture

Regions help impatriates learn Russian and get to know Russian culture. You do not need to be
fluent before you apply: in the candidate form you simply indicate your current level.

## Choosing where to live

The programme is being piloted in several regions, from Moscow and the Moscow Region to the Kaluga,
Pskov and Samara Regions and Perm Krai. Each region's page describes how the region works with
impatriates and the support measures it offers.
""",
            "ru": """\
Переезд в другую страну меняет все стороны жизни. Поэтому поддержка импатриантов должна носить
системный характер и охватывать разные сферы — от консультаций и помощи в подборе жилья до
содействия в изучении русского языка и знакомства с культурой страны.

## «Службы одного окна» в регионах

Регионы, участвующие в программе, создают для импатриантов «службы одного окна». Там помогут с
оформлением документов, трудоустройством и записью детей в школы и другие образовательные
учреждения. Согласно Региональному стандарту, «служба одного окна» также сопровождает вашу
адаптацию после переезда, а в каждом регионе назначается должностное лицо, ответственное за работу
с импатриантами.

## Жильё

Помощь в подборе жилья — одно из направлений поддержки. Конкретные меры в жилищной сфере
устанавливает каждый регион, и они различаются; их можно найти на странице региона.

## Язык и культура

Регионы помогают импатриантам изучать русский язык и знакомиться с российской культурой. Свободно
владеть языком до подачи заявки не требуется: в анкете кандидата достаточно указать свой текущий
уровень.

## Где жить

Программа реализуется в пилотном режиме в нескольких регионах — от Москвы и Московской области до
Калужской, Псковской и Самарской областей и Пермского края. На странице каждого региона рассказано,
как в нём организована работа с импатриантами и какие меры поддержки предлагаются.
""",
        },
        "order": 1,
    },
    {
        "slug": "working-in-russia",
        "section": "working",
        "title": {
            "en": "Working in Russia",
            "ru": "Работа в России",
        },
        "body": {
            "en": """\
Attracting top professionals who share Russia's values is seen as an important resource for the
country's economic development and for strengthening its human capital. Such professionals are
much in demand in the Russian regions.

## Who is in demand

Russia is looking in particular for doctors, IT specialists and entrepreneurs ready to start their
own businesses, as well as people in other professions. If you are a specialist in an in-demand
profession, the category "qualified professional" is likely to suit you.

## Help with finding a job

Regional one-stop shops help impatriates find employment. Under the Regional Standard, regions
assess their needs, identify organisations interested in impatriates and the categories of
impatriates that are a priority for them, and develop support measures for employers who hire
impatriates.

## Documents

Migration processing, including applications for temporary residence permits, is handled by the
Ministry of Internal Affairs of Russia. The one-stop shop in your region can help you with the
documents you need.
""",
            "ru": """\
Привлечение лучших специалистов, разделяющих ценности России, рассматривается как важный ресурс
экономического развития страны и укрепления её человеческого капитала. Такие специалисты очень
востребованы в российских регионах.

## Кто востребован

В России, в частности, ждут медиков, IT-специалистов, предпринимателей, готовых открыть
собственное дело, а также людей других профессий. Если вы специалист востребованной профессии, вам,
скорее всего, подойдёт категория «квалифицированный специалист».

## Помощь в поиске работы

Региональные «службы одного окна» помогают импатриантам с трудоустройством. Согласно Региональному
стандарту регионы оценивают свои потребности, определяют заинтересованные в импатриантах
организации и приоритетные для себя категории импатриантов, а также разрабатывают меры поддержки
работодателей, принимающих импатриантов на работу.

## Документы

Миграционным оформлением, в том числе рассмотрением заявлений о выдаче разрешения на временное
проживание, занимается Министерство внутренних дел России. «Служба одного окна» в вашем регионе
поможет с необходимыми документами.
""",
        },
        "order": 1,
    },
    {
        "slug": "studying-in-russia",
        "section": "studying",
        "title": {
            "en": "Studying in Russia",
            "ru": "Учёба в России",
        },
        "body": {
            "en": """\
Talented students and graduates are one of the categories of impatriates. The programme welcomes
young people who share traditional Russian values and wish to build their future in Russia.

## What international students say

The Agency for Strategic Initiatives studied how international students see Russia in its research
"Russia through the eyes of international students: tourism, study and new impressions". More than
45% of respondents said they would like to stay in Russia after completing their studies.

## Policy direction

The Concept of the State Migration Policy for 2026–2030, approved by Decree No. 738 of 15 October
2025, includes among its objectives improving the mechanisms for entry into and stay in Russia for
foreign citizens who wish to develop scientific, cultural and other ties and to study the Russian
language and the history and culture of Russia. Increasing the number of foreign students at
Russian universities and colleges is also among the measures of the government's plan for
implementing the migration policy.

## Learning Russian

Help with learning Russian is part of the support for impatriates in the regions. If you are
moving with children, the regional one-stop shop helps to enrol them in schools and other
educational institutions.
""",
            "ru": """\
Талантливые студенты и выпускники — одна из категорий импатриантов. Программа открыта для молодых
людей, которые разделяют традиционные российские ценности и хотят связать своё будущее с Россией.

## Что говорят иностранные студенты

Агентство стратегических инициатив изучило, какой видят Россию иностранные студенты, в
исследовании «Россия глазами иностранных студентов: туризм, учёба и новые впечатления». Более 45%
респондентов ответили, что хотели бы остаться в России и после окончания учёбы.

## Направление государственной политики

Концепция государственной миграционной политики на 2026–2030 годы, утверждённая Указом № 738 от
15 октября 2025 года, относит к своим задачам совершенствование механизмов въезда в Россию и
пребывания в ней иностранных граждан, желающих развивать научные, культурные и иные связи, изучать
русский язык, историю и культуру России. Увеличение числа иностранных студентов в российских вузах
и колледжах также входит в число мер правительственного плана реализации миграционной политики.

## Изучение русского языка

Помощь в изучении русского языка входит в поддержку импатриантов в регионах. Если вы переезжаете с
детьми, региональная «служба одного окна» поможет записать их в школы и другие образовательные
учреждения.
""",
        },
        "order": 1,
    },
    {
        "slug": "investing-in-russia",
        "section": "investing",
        "title": {
            "en": "Investing and doing business in Russia",
            "ru": "Инвестиции и бизнес в России",
        },
        "body": {
            "en": """\
Investors and entrepreneurs are two of the categories of impatriates. Businesspeople and investors
who share Russian spiritual and moral values and wish to move to Russia for permanent residence
are among those the programme is designed for.

## Policy direction

The Concept of the State Migration Policy for 2026–2030, approved by Decree No. 738 of 15 October
2025, sets the objective of improving the mechanisms for residence in Russia and acquisition of
Russian citizenship for foreign citizens who contribute to the development of the Russian economy
through their investments, knowledge and skills and who share traditional Russian spiritual and
moral values. It also aims to improve the conditions of entry and stay for foreigners who wish to
develop economic and business ties and engage in entrepreneurial activity.

## Entrepreneurs are welcome

Entrepreneurs ready to open their own business are among the people Russia is looking for. In the
candidate form, describe your business experience and your plans in Russia.

## Regional support

Under the Regional Standard, each region identifies the categories of impatriates that are a
priority for it and draws up its own list of support measures with funding. Check the pages of the
pilot regions for the measures available to investors and entrepreneurs.
""",
            "ru": """\
Инвесторы и предприниматели — две из категорий импатриантов. Программа рассчитана в том числе на
предпринимателей и инвесторов, которые разделяют российские духовно-нравственные ценности и хотят
переехать в Россию на постоянное место жительства.

## Направление государственной политики

Концепция государственной миграционной политики на 2026–2030 годы, утверждённая Указом № 738 от
15 октября 2025 года, ставит задачу совершенствовать механизмы проживания в России и приобретения
российского гражданства иностранными гражданами, которые своими инвестициями, знаниями и навыками
способствуют развитию российской экономики и разделяют традиционные российские духовно-нравственные
ценности. Концепция также направлена на совершенствование условий въезда и пребывания иностранцев,
желающих развивать экономические и деловые связи и заниматься предпринимательской деятельностью.

## Предпринимателей ждут

Предприниматели, готовые открыть собственное дело, — среди тех, кого ждут в России. В анкете
кандидата расскажите о своём предпринимательском опыте и планах в России.

## Региональная поддержка

Согласно Региональному стандарту каждый регион определяет приоритетные для себя категории
импатриантов и формирует собственный перечень мер поддержки с финансированием. Меры, доступные
инвесторам и предпринимателям, смотрите на страницах пилотных регионов.
""",
        },
        "order": 1,
    },
    {
        "slug": "family",
        "section": "family",
        "title": {
            "en": "Moving with your family",
            "ru": "Переезд с семьёй",
        },
        "body": {
            "en": """\
The programme takes families into account. The Regional Standard of social, cultural and economic
integration of impatriates explicitly covers impatriates who move together with their family
members.

## In the candidate form

When you fill in the candidate form, you can list your spouse and children who plan to move with
you. This helps the operator and the region understand your family's needs.

## Children's education

Regional one-stop shops help impatriates enrol their children in schools and other educational
institutions. The specific arrangements are set by each region and published on the region's page.

## Support for the whole family

Support for impatriates covers different areas of life: advice, help with finding housing,
learning Russian and getting to know the country's culture. Each region sets its own support
measures, and some of them may be intended for family members.

## Documents for family members

Visas and residence documents for family members are issued by the Ministry of Foreign Affairs and
the Ministry of Internal Affairs under the applicable rules. After arrival, the regional one-stop
shop can advise your family.
""",
            "ru": """\
Программа учитывает интересы семей. Региональный стандарт социальной, культурной и экономической
интеграции импатриантов прямо распространяется на импатриантов, переезжающих вместе с членами
своих семей.

## В анкете кандидата

Заполняя анкету кандидата, вы можете указать супруга (супругу) и детей, которые планируют
переехать вместе с вами. Это помогает оператору и региону понять потребности вашей семьи.

## Образование детей

Региональные «службы одного окна» помогают импатриантам записать детей в школы и другие
образовательные учреждения. Конкретный порядок устанавливает каждый регион и публикует его на своей
странице.

## Поддержка всей семьи

Поддержка импатриантов охватывает разные сферы жизни: консультации, помощь в подборе жилья, изучение
русского языка и знакомство с культурой страны. Каждый регион устанавливает собственные меры
поддержки, и часть из них может быть предназначена для членов семей.

## Документы для членов семьи

Визы и документы на проживание членам семьи оформляют МИД России и МВД России в соответствии с
применимыми правилами. После переезда консультацию вашей семье даст региональная «служба одного
окна».
""",
        },
        "order": 1,
    },
]
