"""Frequently asked questions, grouped by topic."""

TOPICS = [
    {"slug": "about", "title": {"en": "About the programme", "ru": "О программе"}, "order": 1},
    {
        "slug": "eligibility",
        "title": {"en": "Who can apply", "ru": "Кто может подать заявку"},
        "order": 2,
    },
    {
        "slug": "procedure",
        "title": {"en": "Application and decision", "ru": "Заявка и решение"},
        "order": 3,
    },
    {"slug": "family", "title": {"en": "Family", "ru": "Семья"}, "order": 4},
    {"slug": "life", "title": {"en": "Life in Russia", "ru": "Жизнь в России"}, "order": 5},
    {"slug": "legal", "title": {"en": "Legal basis", "ru": "Правовая основа"}, "order": 6},
]

FAQS = [
    # ---- About the programme
    {
        "topic": "about",
        "order": 1,
        "question": {
            "en": "Who is an impatriate?",
            "ru": "Кто такой импатриант?",
        },
        "answer": {
            "en": """\
Impatriates are foreign citizens who are talented students, scientists, in-demand specialists,
entrepreneurs, investors or representatives of creative professions, who share traditional Russian
spiritual and moral values and wish to relocate to the Russian Federation for permanent residence.

The category is being formalised in Russian legislation: the Concept approved by the Headquarters
on 7 March 2025 sets out the criteria, and a regulatory act defining the legal status of
impatriates is being drafted.
""",
            "ru": """\
Импатрианты — это иностранные граждане: талантливые студенты, учёные, востребованные специалисты,
предприниматели, инвесторы, представители творческих профессий, — которые разделяют традиционные
российские духовно-нравственные ценности и желают переехать в Российскую Федерацию на постоянное
место жительства.

Эта категория закрепляется в российском законодательстве: критерии определены в Концепции,
одобренной Штабом 7 марта 2025 года, а нормативный правовой акт о правовом статусе импатриантов
находится в разработке.
""",
        },
    },
    {
        "topic": "about",
        "order": 2,
        "question": {
            "en": 'What is the "Time to Live in Russia" service?',
            "ru": "Что такое сервис «Время жить в России»?",
        },
        "answer": {
            "en": """\
"Time to Live in Russia" is an information and communication service for foreigners who are
considering a move to Russia. It is intended to be the first step on an impatriate's journey, even
before relocation. The service offers:

- information about opportunities for living and working in Russia, services and support measures;
- a way to proceed to the systems for visa applications (Ministry of Foreign Affairs of Russia) and
  for migration processing (Ministry of Internal Affairs of Russia);
- the candidate form for the impatriation programme;
- answers to frequently asked questions;
- regulatory information;
- success stories.

The service is being created in cooperation with the Unified Portal of State and Municipal Services
(Gosuslugi).
""",
            "ru": """\
«Время жить в России» — информационно-коммуникационный сервис для иностранцев, которые
рассматривают переезд в Россию. Он задуман как первый шаг на пути импатрианта — ещё до переезда.
Сервис предлагает:

- информацию о возможностях жизни и работы в России, о сервисах и мерах поддержки;
- переход в системы подачи визовых заявлений (МИД России) и миграционного оформления (МВД России);
- анкету кандидата программы импатриации;
- ответы на часто задаваемые вопросы;
- нормативную информацию;
- истории успеха.

Сервис создаётся во взаимодействии с Единым порталом государственных и муниципальных услуг
(Госуслуги).
""",
        },
    },
    {
        "topic": "about",
        "order": 3,
        "question": {
            "en": "Who runs the impatriation programme?",
            "ru": "Кто реализует программу импатриации?",
        },
        "answer": {
            "en": """\
In line with the President's instruction No. Pr-2423 of 21 November 2024 on the implementation of
Decree No. 702, the Agency for Strategic Initiatives (ASI), under the leadership of the Ministry of
Internal Affairs of Russia, formed the interdepartmental Headquarters for support of relocation and
adaptation of impatriates.

The Headquarters develops the user journey for impatriates and the regional standard for their
integration, helps to create the "Time to Live in Russia" service and prepares proposals for
amending legislation. In the regions, the work is carried out by the regional authorities under the
Regional Standard.
""",
            "ru": """\
Во исполнение поручения Президента № Пр-2423 от 21 ноября 2024 года о реализации Указа № 702
Агентство стратегических инициатив (АСИ) под руководством Министерства внутренних дел России
сформировало межведомственный Штаб по поддержке переезда и адаптации импатриантов.

Штаб разрабатывает карту пути импатрианта и региональный стандарт интеграции, содействует
созданию сервиса «Время жить в России» и готовит предложения по изменению законодательства. В
регионах работу ведут региональные органы власти в соответствии с Региональным стандартом.
""",
        },
    },
    {
        "topic": "about",
        "order": 4,
        "question": {
            "en": "Which regions take part in the pilot?",
            "ru": "Какие регионы участвуют в пилотном проекте?",
        },
        "answer": {
            "en": """\
In April 2025 nine pilot regions were named: Moscow, the Kaluga, Moscow, Lipetsk, Novgorod,
Samara, Vladimir and Pskov Regions, and Perm Krai. Initially only three regions were announced;
the number grew to nine after governors asked for their regions to be included. The pilot makes it
possible to test different mechanisms for supporting foreign citizens who move to Russia.

A later ASI overview of the models used in pilot regions also lists the Nizhny Novgorod Region.
Each region's page describes its participation and its support measures.
""",
            "ru": """\
В апреле 2025 года были названы девять пилотных регионов: Москва, Калужская, Московская, Липецкая,
Новгородская, Самарская, Владимирская и Псковская области, а также Пермский край. Сначала было
объявлено лишь о трёх регионах; их число выросло до девяти после того, как губернаторы попросили
включить их регионы в пилот. Пилотный проект позволяет опробовать разные механизмы поддержки и
сопровождения иностранных граждан, переезжающих в Россию.

В более позднем обзоре АСИ моделей работы в пилотных регионах также указана Нижегородская
область. На странице каждого региона рассказано о его участии и мерах поддержки.
""",
        },
    },
    {
        "topic": "about",
        "order": 5,
        "question": {
            "en": "What is a one-stop shop for impatriates?",
            "ru": "Что такое «служба одного окна» для импатриантов?",
        },
        "answer": {
            "en": """\
Under the Regional Standard, each region establishes a dedicated agency or organisation to assist
impatriates on a "one-stop shop" basis. One-stop shops help foreigners with documents, finding a
job and enrolling children in schools and other educational institutions. Support is meant to cover
different areas of life, from advice and help with finding housing to learning Russian and getting
to know the country's culture.

Contact details of the regional one-stop shops will be published on the regions' pages as the
regions make them available.
""",
            "ru": """\
Согласно Региональному стандарту, в каждом регионе создаётся специальное учреждение или
организация для содействия импатриантам по принципу «одного окна». «Службы одного окна» помогают
иностранцам с оформлением документов, трудоустройством и записью детей в образовательные
учреждения. Поддержка охватывает разные сферы жизни — от консультаций и подбора жилья до помощи в
изучении русского языка и знакомства с культурой страны.

Контакты региональных «служб одного окна» будут опубликованы на страницах регионов по мере их
предоставления регионами.
""",
        },
    },
    {
        "topic": "about",
        "order": 6,
        "question": {
            "en": "Is this the same as the programme for the resettlement of compatriots?",
            "ru": "Это то же самое, что программа переселения соотечественников?",
        },
        "answer": {
            "en": """\
No. The State Programme to Assist the Voluntary Resettlement of Compatriots Living Abroad is a
separate programme with its own rules. Since 2024 it has included repatriates as a new category of
participants; according to the Interior Ministry, as reported in April 2025, more than 2,600
repatriates have relocated to Russia under it since 2024.

The impatriation programme is aimed at foreign citizens who share traditional Russian spiritual and
moral values and belong to one of the seven categories described on this portal.
""",
            "ru": """\
Нет. Государственная программа по оказанию содействия добровольному переселению в Российскую
Федерацию соотечественников, проживающих за рубежом, — отдельная программа со своими правилами.
С 2024 года в ней появилась новая категория участников — репатрианты; по данным МВД России,
приведённым в апреле 2025 года, с 2024 года в рамках программы в Россию переехали более 2 600
репатриантов.

Программа импатриации предназначена для иностранных граждан, которые разделяют традиционные
российские духовно-нравственные ценности и относятся к одной из семи категорий, описанных на
портале.
""",
        },
    },
    # ---- Who can apply
    {
        "topic": "eligibility",
        "order": 1,
        "question": {
            "en": "What are the two criteria for becoming an impatriate?",
            "ru": "Каковы два критерия отнесения к импатриантам?",
        },
        "answer": {
            "en": """\
Under the Concept approved by the Headquarters on 7 March 2025, a foreign citizen must meet two
levels of criteria:

1. **Shared values.** The person's moral, cultural and family values are aligned with traditional
   Russian spiritual and moral values. This is proposed to be confirmed by signing a declaration.
2. **A category with high integration potential.** The person is a qualified professional,
   scientist, investor, entrepreneur, talented student or graduate, creative professional, or a
   person with outstanding talent.

Both criteria must be met.
""",
            "ru": """\
Согласно Концепции, одобренной Штабом 7 марта 2025 года, иностранный гражданин должен
соответствовать двум уровням критериев:

1. **Общие ценности.** Нравственные, культурные и семейные ценности человека соответствуют
   традиционным российским духовно-нравственным ценностям. Это предлагается подтверждать
   подписанием декларации.
2. **Категория с высоким потенциалом интеграции.** Человек является квалифицированным
   специалистом, учёным, инвестором, предпринимателем, талантливым студентом или выпускником,
   представителем творческой профессии или лицом с выдающимися способностями.

Необходимо соответствовать обоим критериям.
""",
        },
    },
    {
        "topic": "eligibility",
        "order": 2,
        "question": {
            "en": "Which categories of candidates are there?",
            "ru": "Какие категории кандидатов предусмотрены?",
        },
        "answer": {
            "en": """\
There are seven categories of foreign citizens with high potential for socio-economic and cultural
integration into Russian society:

- qualified professionals;
- scientists;
- investors;
- entrepreneurs;
- creative professionals;
- talented students and graduates;
- individuals with outstanding talent.

In the candidate form you choose the one that fits you best. The "Criteria" page describes each
category.
""",
            "ru": """\
Предусмотрены семь категорий иностранных граждан с высоким потенциалом социально-экономической и
культурной интеграции в российское общество:

- квалифицированные специалисты;
- учёные;
- инвесторы;
- предприниматели;
- представители творческих профессий;
- талантливые студенты и выпускники;
- лица с выдающимися способностями.

В анкете кандидата вы выбираете наиболее подходящую категорию. Каждая категория описана на
странице «Критерии».
""",
        },
    },
    {
        "topic": "eligibility",
        "order": 3,
        "question": {
            "en": 'What does "outstanding talent" mean?',
            "ru": "Что означает категория «лица с выдающимися способностями»?",
        },
        "answer": {
            "en": """\
This category is for people with outstanding achievements who may not fit the other categories. The
President of Russia has described the people Russia wishes to attract as those with sought-after
professions and knowledge, capable of making a significant contribution to the economy, and with
achievements in sport, the creative industries, culture and the humanities, education, and science
and technology.

In the candidate form, describe your achievements and any recognition you have received.
""",
            "ru": """\
Эта категория предназначена для людей с выдающимися достижениями, которые могут не подходить под
другие категории. Президент России говорил о привлечении людей, обладающих востребованными
профессиями и знаниями, способных внести значительный вклад в развитие экономики и имеющих
достижения в спорте, творческих индустриях, культурной и гуманитарной сферах, образовании, науке и
технологиях.

В анкете кандидата опишите свои достижения и полученное признание.
""",
        },
    },
    {
        "topic": "eligibility",
        "order": 4,
        "question": {
            "en": "What is the values declaration and why do I sign it?",
            "ru": "Что такое декларация о ценностях и зачем её подписывать?",
        },
        "answer": {
            "en": """\
The first criterion for impatriates is that their moral, cultural and family values are aligned
with traditional Russian spiritual and moral values. The Concept proposes that this is confirmed by
signing a declarative form.

On this portal the declaration is part of the candidate form: you read it and sign it by typing
your full name. Signing the declaration does not by itself grant any status, visa or permit.
""",
            "ru": """\
Первый критерий для импатриантов — соответствие их нравственных, культурных и семейных ценностей
традиционным российским духовно-нравственным ценностям. Концепция предлагает подтверждать это
подписанием декларативной формы.

На портале декларация входит в анкету кандидата: вы знакомитесь с ней и подписываете её, указав
своё полное имя. Подписание декларации само по себе не даёт какого-либо статуса, визы или
разрешения.
""",
        },
    },
    {
        "topic": "eligibility",
        "order": 5,
        "question": {
            "en": "Is the result of the online self-check a legal decision?",
            "ru": "Является ли результат онлайн-самопроверки юридическим решением?",
        },
        "answer": {
            "en": """\
No. The self-check only helps you see whether you are likely to meet the two criteria. It is
guidance, not a decision, and it does not submit an application.

The decision on the status of an impatriate is made by the Ministry of Internal Affairs of Russia
at the request of the authorised operator, after your application has been reviewed and, where
needed, after an interview.
""",
            "ru": """\
Нет. Самопроверка лишь помогает понять, соответствуете ли вы, скорее всего, двум критериям. Это
ориентир, а не решение, и её прохождение не означает подачу заявки.

Решение о предоставлении статуса импатрианта принимает Министерство внутренних дел России по
обращению уполномоченного оператора — после рассмотрения вашей заявки и, при необходимости,
собеседования.
""",
        },
    },
    {
        "topic": "eligibility",
        "order": 6,
        "question": {
            "en": "Do I need to speak Russian to apply?",
            "ru": "Нужно ли знать русский язык, чтобы подать заявку?",
        },
        "answer": {
            "en": """\
The two criteria set out in the Concept do not mention knowledge of Russian. In the candidate form
you indicate your current level, from none to fluent. Other migration procedures, such as those for
residence permits or citizenship, have their own requirements set by legislation.

Help with learning Russian is one of the forms of support that regions provide to impatriates.
""",
            "ru": """\
Два критерия, установленные Концепцией, не содержат требований к знанию русского языка. В анкете
кандидата вы указываете свой текущий уровень — от нулевого до свободного владения. У других
миграционных процедур, например при оформлении вида на жительство или гражданства, есть
собственные требования, установленные законодательством.

Помощь в изучении русского языка — одна из форм поддержки, которую регионы оказывают
импатриантам.
""",
        },
    },
    {
        "topic": "eligibility",
        "order": 7,
        "question": {
            "en": "Citizens of which countries can apply?",
            "ru": "Граждане каких стран могут подать заявку?",
        },
        "answer": {
            "en": """\
The Concept speaks of foreign citizens in general and does not limit the programme to particular
countries. In practice, applications under Decree No. 702 have come mostly from citizens of EU
countries, the United States and Canada; applications from citizens of the United Kingdom, Austria
and the Baltic states have also been reported.
""",
            "ru": """\
Концепция говорит об иностранных гражданах в целом и не ограничивает программу определёнными
странами. На практике заявления в соответствии с Указом № 702 поступали в основном от граждан
стран Евросоюза, США и Канады; сообщалось также о заявлениях граждан Великобритании, Австрии и
стран Прибалтики.
""",
        },
    },
    # ---- Application and decision
    {
        "topic": "procedure",
        "order": 1,
        "question": {
            "en": "Who decides whether I am recognised as an impatriate?",
            "ru": "Кто решает, будет ли мне предоставлен статус импатрианта?",
        },
        "answer": {
            "en": """\
The decision to grant a foreign citizen the status of an impatriate is made by the Ministry of
Internal Affairs of Russia (MVD). The Ministry decides on the basis of a request from an authorised
organisation (operator) that deals with attracting impatriates, including on the basis of the
results of an interview.
""",
            "ru": """\
Решение о предоставлении иностранному гражданину статуса импатрианта принимает Министерство
внутренних дел России (МВД). Министерство принимает решение на основании обращения уполномоченной
организации (оператора), занимающейся вопросами привлечения импатриантов, в том числе по
результатам собеседования.
""",
        },
    },
    {
        "topic": "procedure",
        "order": 2,
        "question": {
            "en": "What is the operator and what happens at the interview?",
            "ru": "Что такое оператор и как проходит собеседование?",
        },
        "answer": {
            "en": """\
The operator is the authorised organisation that deals with attracting impatriates. It reviews
candidates' applications, may ask for additional information and may invite a candidate to an
interview. If the operator supports an application, it sends a request to the Interior Ministry,
which makes the decision.

The interview helps the operator understand your background, plans and motivation. If you are
invited, you will receive the details through the contact details in your application.
""",
            "ru": """\
Оператор — уполномоченная организация, которая занимается вопросами привлечения импатриантов. Он
рассматривает заявки кандидатов, может запросить дополнительные сведения и пригласить кандидата на
собеседование. Если оператор поддерживает заявку, он направляет обращение в МВД России, которое и
принимает решение.

Собеседование помогает оператору лучше узнать ваш опыт, планы и мотивацию. Если вас пригласят,
подробности придут по контактам, указанным в заявке.
""",
        },
    },
    {
        "topic": "procedure",
        "order": 3,
        "question": {
            "en": "What happens after I submit my application?",
            "ru": "Что происходит после подачи заявки?",
        },
        "answer": {
            "en": """\
After you submit the candidate form you receive a reference number and an access code. Keep them:
you need both to check the status of your application on the portal.

Your application then goes through these stages:

1. **Submitted** — the application has been received.
2. **In review** — the operator is reviewing it. The operator may request more information or
   invite you to an interview.
3. **Approved or rejected by the operator.** An approved application is sent to the Interior
   Ministry.
4. **Decision of the Interior Ministry** — the status of an impatriate is granted or refused.

You can withdraw your application before the review starts, or while the operator is waiting for
additional information from you.
""",
            "ru": """\
После отправки анкеты кандидата вы получите номер заявки и код доступа. Сохраните их: оба нужны,
чтобы проверять статус заявки на портале.

Далее заявка проходит следующие этапы:

1. **Подана** — заявка получена.
2. **На рассмотрении** — заявку рассматривает оператор. Он может запросить дополнительные сведения
   или пригласить вас на собеседование.
3. **Одобрена или отклонена оператором.** Одобренная заявка направляется в МВД России.
4. **Решение МВД России** — статус импатрианта предоставлен или в нём отказано.

Заявку можно отозвать до начала рассмотрения, а также пока оператор ожидает от вас
дополнительные сведения.
""",
        },
    },
    {
        "topic": "procedure",
        "order": 4,
        "question": {
            "en": "How do I apply for a visa?",
            "ru": "Как подать заявление на визу?",
        },
        "answer": {
            "en": """\
Visa applications are handled by the Ministry of Foreign Affairs of Russia (MID). The "Time to Live
in Russia" service is designed to let you proceed to the Ministry's system for submitting visa
applications.

In April 2025 it was reported that 100–150 visas a month were being issued to foreigners relocating
under Decree No. 702.
""",
            "ru": """\
Визовые заявления рассматривает Министерство иностранных дел России (МИД). Сервис «Время жить в
России» предусматривает переход в систему МИД России для подачи визовых заявлений.

В апреле 2025 года сообщалось, что иностранцам, переезжающим в соответствии с Указом № 702,
выдаётся 100–150 виз в месяц.
""",
        },
    },
    {
        "topic": "procedure",
        "order": 5,
        "question": {
            "en": "Where are residence documents processed?",
            "ru": "Где оформляются документы на проживание?",
        },
        "answer": {
            "en": """\
Migration processing is the responsibility of the Ministry of Internal Affairs of Russia (MVD). For
example, applications for temporary residence permits under Decree No. 702 are accepted by the
Ministry's departments; by April 2025 they had accepted 1,100 such applications.

The "Time to Live in Russia" service is designed to let you proceed to the Ministry's systems for
migration processing, and the regional one-stop shops help with documents after arrival.
""",
            "ru": """\
Миграционное оформление находится в ведении Министерства внутренних дел России (МВД). Например,
заявления о выдаче разрешения на временное проживание в соответствии с Указом № 702 принимают
подразделения министерства; к апрелю 2025 года было принято 1 100 таких заявлений.

Сервис «Время жить в России» предусматривает переход в системы МВД России для миграционного
оформления, а после переезда с документами помогают региональные «службы одного окна».
""",
        },
    },
    {
        "topic": "procedure",
        "order": 6,
        "question": {
            "en": "How long does the procedure take?",
            "ru": "Сколько времени занимает процедура?",
        },
        "answer": {
            "en": """\
No fixed time limits for the review by the operator or for the decision of the Interior Ministry
have been published yet. You can follow each change in the status of your application on the
status page, using your reference number and access code.
""",
            "ru": """\
Фиксированные сроки рассмотрения заявки оператором и принятия решения МВД России пока не
опубликованы. Каждое изменение статуса заявки можно отслеживать на странице проверки статуса по
номеру заявки и коду доступа.
""",
        },
    },
    # ---- Family
    {
        "topic": "family",
        "order": 1,
        "question": {
            "en": "Can my family move with me?",
            "ru": "Может ли моя семья переехать вместе со мной?",
        },
        "answer": {
            "en": """\
Yes, the programme takes families into account. The Regional Standard covers the social, cultural
and economic integration of impatriates, including together with their family members. In the
candidate form you can list your spouse and children.

Visas and residence documents for family members are issued by the Ministry of Foreign Affairs
and the Ministry of Internal Affairs under the applicable rules. After arrival, the regional
one-stop shop can advise your family.
""",
            "ru": """\
Да, программа учитывает интересы семей. Региональный стандарт посвящён социальной, культурной и
экономической интеграции импатриантов, в том числе совместно с членами их семей. В анкете
кандидата можно указать супруга (супругу) и детей.

Визы и документы на проживание членам семьи оформляют МИД России и МВД России в соответствии с
применимыми правилами. После переезда консультацию вашей семье даст региональная «служба одного
окна».
""",
        },
    },
    {
        "topic": "family",
        "order": 2,
        "question": {
            "en": "Will my children get places at school?",
            "ru": "Помогут ли устроить детей в школу?",
        },
        "answer": {
            "en": """\
Regional one-stop shops help impatriates enrol their children in schools and other educational
institutions. The specific arrangements differ from region to region and are published on each
region's page as support measures.
""",
            "ru": """\
Региональные «службы одного окна» помогают импатриантам записать детей в школы и другие
образовательные учреждения. Конкретный порядок различается в зависимости от региона и
публикуется на странице каждого региона в разделе мер поддержки.
""",
        },
    },
    # ---- Life in Russia
    {
        "topic": "life",
        "order": 1,
        "question": {
            "en": "Will I get help with housing?",
            "ru": "Помогут ли мне с жильём?",
        },
        "answer": {
            "en": """\
Support for impatriates is meant to cover different areas of life, including help with finding
housing. Under the Regional Standard each region draws up its own list of support measures, so the
kind and extent of housing help differ between regions. The measures are published on each
region's page.
""",
            "ru": """\
Поддержка импатриантов должна охватывать разные сферы жизни, включая помощь в подборе жилья.
Согласно Региональному стандарту каждый регион формирует собственный перечень мер поддержки,
поэтому вид и объём помощи с жильём различаются в зависимости от региона. Меры публикуются на
странице каждого региона.
""",
        },
    },
    {
        "topic": "life",
        "order": 2,
        "question": {
            "en": "Will I get help finding a job?",
            "ru": "Помогут ли мне найти работу?",
        },
        "answer": {
            "en": """\
Yes. Regional one-stop shops help impatriates find employment. Under the Regional Standard, regions
also develop support measures for employers who hire impatriates.

Russia is looking in particular for doctors, IT specialists and entrepreneurs ready to start their
own businesses, as well as people in other professions.
""",
            "ru": """\
Да. Региональные «службы одного окна» помогают импатриантам с трудоустройством. Кроме того,
согласно Региональному стандарту регионы разрабатывают меры поддержки работодателей, которые
принимают на работу импатриантов.

В России, в частности, ждут медиков, IT-специалистов, предпринимателей, готовых открыть
собственное дело, а также людей других профессий.
""",
        },
    },
    {
        "topic": "life",
        "order": 3,
        "question": {
            "en": "Can I learn Russian after I arrive?",
            "ru": "Можно ли выучить русский язык после переезда?",
        },
        "answer": {
            "en": """\
Yes. Help with learning Russian and getting to know the country's culture is part of the support
for impatriates. The format of language courses differs between regions; see the support measures
on each region's page.
""",
            "ru": """\
Да. Помощь в изучении русского языка и знакомстве с культурой страны входит в поддержку
импатриантов. Формат языковых курсов различается в зависимости от региона; подробности — в мерах
поддержки на странице каждого региона.
""",
        },
    },
    {
        "topic": "life",
        "order": 4,
        "question": {
            "en": "How do I choose a region?",
            "ru": "Как выбрать регион?",
        },
        "answer": {
            "en": """\
Read the pages of the pilot regions: each describes the region's participation in the programme,
how it works with impatriates and its support measures. Under the Regional Standard, regions also
identify the categories of impatriates that are a priority for them. In the candidate form you can
name one or more preferred regions.
""",
            "ru": """\
Ознакомьтесь со страницами пилотных регионов: на каждой рассказано об участии региона в программе,
о том, как в нём организована работа с импатриантами, и о мерах поддержки. Согласно Региональному
стандарту регионы также определяют приоритетные для себя категории импатриантов. В анкете
кандидата можно указать один или несколько предпочтительных регионов.
""",
        },
    },
    {
        "topic": "life",
        "order": 5,
        "question": {
            "en": "Can I later obtain permanent residence or Russian citizenship?",
            "ru": "Смогу ли я впоследствии получить вид на жительство или гражданство России?",
        },
        "answer": {
            "en": """\
Impatriates are, by definition, people who wish to move to Russia for permanent residence. The
Concept of the State Migration Policy for 2026–2030, approved by Decree No. 738 of 15 October 2025,
sets the objective of improving the mechanisms for residence in Russia and acquisition of Russian
citizenship by foreign citizens who contribute to the country's development and share traditional
Russian spiritual and moral values.

The specific procedures and requirements are set by Russian legislation and handled by the
Interior Ministry.
""",
            "ru": """\
Импатрианты — это по определению люди, желающие переехать в Россию на постоянное место
жительства. Концепция государственной миграционной политики на 2026–2030 годы, утверждённая Указом
№ 738 от 15 октября 2025 года, ставит задачу совершенствовать механизмы проживания в России и
приобретения российского гражданства иностранными гражданами, которые вносят вклад в развитие
страны и разделяют традиционные российские духовно-нравственные ценности.

Конкретные процедуры и требования устанавливаются российским законодательством; ими занимается
МВД России.
""",
        },
    },
    # ---- Legal basis
    {
        "topic": "legal",
        "order": 1,
        "question": {
            "en": "What is Decree No. 702?",
            "ru": "Что такое Указ № 702?",
        },
        "answer": {
            "en": """\
Decree No. 702 (also rendered in English as Executive Order No. 702) was signed by the President of
Russia in August 2024. It simplifies the relocation procedure for foreign citizens who share
traditional Russian spiritual and moral values. Applications for temporary residence permits under
the decree are accepted by the departments of the Interior Ministry.

The President's instruction No. Pr-2423 of 21 November 2024 concerns the implementation of the
decree. See the "Legal documents" section for details.
""",
            "ru": """\
Указ № 702 подписан Президентом России в августе 2024 года. Он упрощает процедуру переселения
иностранных граждан, разделяющих традиционные российские духовно-нравственные ценности. Заявления
о выдаче разрешения на временное проживание в соответствии с указом принимают подразделения МВД
России.

Реализации указа посвящено поручение Президента № Пр-2423 от 21 ноября 2024 года. Подробнее — в
разделе «Нормативные документы».
""",
        },
    },
    {
        "topic": "legal",
        "order": 2,
        "question": {
            "en": 'Is the status of "impatriate" already set out in law?',
            "ru": "Закреплён ли статус импатрианта в законе?",
        },
        "answer": {
            "en": """\
Not yet. On 7 March 2025 the Headquarters approved the Concept for formalising the category of
impatriates in the legislation of the Russian Federation. In line with it, a draft regulatory act
is being developed that will formalise the concept of "impatriate" and define its legal status.
The portal will publish the act once it is adopted.
""",
            "ru": """\
Пока нет. 7 марта 2025 года Штаб одобрил Концепцию закрепления категории импатриантов в
законодательстве Российской Федерации. В соответствии с ней разрабатывается проект нормативного
правового акта, который закрепит понятие «импатриант» и определит его правовой статус. Портал
опубликует акт после его принятия.
""",
        },
    },
    {
        "topic": "legal",
        "order": 3,
        "question": {
            "en": "What is the Regional Standard?",
            "ru": "Что такое Региональный стандарт?",
        },
        "answer": {
            "en": """\
The Regional Standard of social, cultural and economic integration of impatriates, including
together with their family members, sets out eight fundamental provisions for regions. They include
identifying the region's priority categories of impatriates, designating a responsible official,
setting up a one-stop shop, creating a list of regional support measures with funding, and
developing support measures for employers who hire impatriates. The full list is in the "Legal
documents" section.
""",
            "ru": """\
Региональный стандарт социальной, культурной и экономической интеграции импатриантов, в том числе
совместно с членами их семей, содержит восемь основополагающих положений для регионов. Среди них —
определение приоритетных для региона категорий импатриантов, назначение ответственного
должностного лица, создание «службы одного окна», формирование перечня региональных мер поддержки
с финансированием и разработка мер поддержки работодателей, принимающих на работу импатриантов.
Полный перечень приведён в разделе «Нормативные документы».
""",
        },
    },
]
