"""Regulatory and policy documents behind the impatriation programme."""

_PRESIDENT = {
    "en": "President of the Russian Federation",
    "ru": "Президент Российской Федерации",
}

_HEADQUARTERS = {
    "en": "Interdepartmental Headquarters for support of relocation and adaptation of impatriates",
    "ru": "Межведомственный штаб по поддержке переезда и адаптации импатриантов",
}

DOCUMENTS = [
    {
        "slug": "decree-702",
        "title": {
            "en": "Presidential Decree No. 702",
            "ru": "Указ Президента Российской Федерации № 702",
        },
        "kind": "presidential_decree",
        "number": "702",
        "signed_on": None,
        "signed_month": "2024-08",
        "issued_by": _PRESIDENT,
        "status": "in_force",
        "summary": {
            "en": (
                "Signed by the President of Russia in August 2024, the decree simplifies the "
                "relocation procedure for foreign citizens who share traditional Russian spiritual "
                "and moral values and wish to move to Russia."
            ),
            "ru": (
                "Указ, подписанный Президентом России в августе 2024 года, упрощает процедуру "
                "переселения иностранных граждан, которые разделяют традиционные российские "
                "духовно-нравственные ценности и желают переехать в Россию."
            ),
        },
        "body": {
            "en": """\
Decree No. 702 (also rendered in English as Executive Order No. 702) was signed by the President
of the Russian Federation in August 2024. It simplifies the procedure for the relocation of foreign
citizens who share traditional Russian spiritual and moral values. As noted at the meeting in
Kaluga in April 2025, citizens of Western countries who are considering moving to Russia and
applying for Russian citizenship can do so under this decree.

## How the decree is applied

Applications for temporary residence permits under Decree No. 702 are accepted by the departments
of the Ministry of Internal Affairs of Russia. At the meeting in Kaluga in April 2025, the Head of
the Main Directorate for Migration of the Interior Ministry reported that 1,100 such applications
had been accepted, most of them from citizens of EU countries, the United States and Canada.

At the same time it was reported that 100–150 visas a month were being issued to such applicants,
with applications coming from citizens of the United States, the United Kingdom, Canada, Austria
and the Baltic states.

## Related documents

The President's instruction No. Pr-2423 of 21 November 2024 concerns the implementation of this
decree. On its basis the interdepartmental Headquarters for support of relocation and adaptation of
impatriates was formed.

This page summarises the decree for candidates. Always rely on the officially published text of
the decree.
""",
            "ru": """\
Указ № 702 подписан Президентом Российской Федерации в августе 2024 года. Он упрощает процедуру
переселения иностранных граждан, разделяющих традиционные российские духовно-нравственные
ценности. Как отмечалось на заседании в Калуге в апреле 2025 года, граждане западных стран,
которые рассматривают переезд в Россию и получение российского гражданства, могут сделать это в
соответствии с этим указом.

## Как применяется указ

Заявления о выдаче разрешения на временное проживание в соответствии с Указом № 702 принимают
подразделения Министерства внутренних дел России. На заседании в Калуге в апреле 2025 года
начальник Главного управления по вопросам миграции МВД России сообщила, что принято 1 100 таких
заявлений, большинство — от граждан стран Евросоюза, США и Канады.

Тогда же сообщалось, что таким заявителям выдаётся 100–150 виз в месяц, а заявления поступают от
граждан США, Великобритании, Канады, Австрии и стран Прибалтики.

## Связанные документы

Реализации указа посвящено поручение Президента № Пр-2423 от 21 ноября 2024 года. На его основе
сформирован межведомственный Штаб по поддержке переезда и адаптации импатриантов.

На этой странице приведено краткое изложение указа для кандидатов. Руководствуйтесь официально
опубликованным текстом указа.
""",
        },
        "source_url": "",
        "region": None,
    },
    {
        "slug": "instruction-pr-2423",
        "title": {
            "en": "Presidential Instruction No. Pr-2423 on the implementation of Decree No. 702",
            "ru": "Поручение Президента Российской Федерации № Пр-2423 о реализации Указа № 702",
        },
        "kind": "presidential_instruction",
        "number": "Pr-2423",
        "signed_on": "2024-11-21",
        "signed_month": None,
        "issued_by": _PRESIDENT,
        "status": "in_force",
        "summary": {
            "en": (
                "The President's instruction of 21 November 2024 on the implementation of Decree "
                "No. 702. In line with it, the Agency for Strategic Initiatives, under the "
                "leadership of the Interior Ministry, formed the interdepartmental Headquarters for "
                "support of relocation and adaptation of impatriates."
            ),
            "ru": (
                "Поручение Президента от 21 ноября 2024 года о реализации Указа № 702. В "
                "соответствии с ним Агентство стратегических инициатив под руководством МВД России "
                "сформировало межведомственный Штаб по поддержке переезда и адаптации импатриантов."
            ),
        },
        "body": {
            "en": """\
Instruction No. Pr-2423 of the President of the Russian Federation, dated 21 November 2024,
concerns the implementation of Decree No. 702.

In accordance with this instruction, and to further systematise work in this area, the Agency for
Strategic Initiatives (ASI), under the leadership of the Ministry of Internal Affairs of Russia,
formed the interdepartmental Headquarters for support of relocation and adaptation of impatriates.

## Main tasks of the Headquarters

- Developing an optimal user journey map for impatriates along their whole path of relocation to
  Russia.
- Developing a regional standard for the social, cultural and economic integration of impatriates.
- Helping to create and develop the "Time to Live in Russia" information and communication
  resource.
- Preparing proposals for amendments to the legislation of the Russian Federation to formalise the
  category of impatriates.

## Working groups

- A working group on the "Time to Live in Russia" service and the regional standard for the social,
  cultural and economic integration of impatriates.
- A working group on amending the legislation of the Russian Federation and developing an optimal
  user journey map for impatriates.
""",
            "ru": """\
Поручение Президента Российской Федерации № Пр-2423 от 21 ноября 2024 года посвящено реализации
Указа № 702.

Во исполнение этого поручения и для дальнейшей систематизации работы в этой сфере Агентство
стратегических инициатив (АСИ) под руководством Министерства внутренних дел России сформировало
межведомственный Штаб по поддержке переезда и адаптации импатриантов.

## Основные задачи Штаба

- Разработка оптимальной карты пути импатрианта на всём пути его переезда в Россию.
- Разработка регионального стандарта социальной, культурной и экономической интеграции
  импатриантов.
- Содействие созданию и развитию информационно-коммуникационного ресурса «Время жить в России».
- Подготовка предложений по изменению законодательства Российской Федерации для закрепления
  категории импатриантов.

## Рабочие группы

- Рабочая группа по развитию сервиса «Время жить в России» и регионального стандарта социальной,
  культурной и экономической интеграции импатриантов.
- Рабочая группа по изменению законодательства Российской Федерации и разработке оптимальной карты
  пути импатрианта.
""",
        },
        "source_url": "",
        "region": None,
    },
    {
        "slug": "concept-impatriate-category",
        "title": {
            "en": (
                "Concept for formalising the category of impatriates in the legislation of the "
                "Russian Federation"
            ),
            "ru": "Концепция закрепления категории импатриантов в законодательстве Российской Федерации",
        },
        "kind": "concept",
        "number": "",
        "signed_on": "2025-03-07",
        "signed_month": None,
        "issued_by": _HEADQUARTERS,
        "status": "in_force",
        "summary": {
            "en": (
                "Approved by the Headquarters on 7 March 2025. The Concept sets out two levels of "
                "criteria for classifying a foreign citizen as an impatriate and provides that the "
                "Interior Ministry decides on the status at the request of an authorised operator. "
                "It is a policy document, not a law: a regulatory act based on it is being drafted."
            ),
            "ru": (
                "Одобрена Штабом 7 марта 2025 года. Концепция устанавливает два уровня критериев "
                "отнесения иностранного гражданина к импатриантам и предусматривает, что решение о "
                "статусе принимает МВД России по обращению уполномоченного оператора. Это "
                "концептуальный документ, а не закон: на его основе разрабатывается нормативный "
                "правовой акт."
            ),
        },
        "body": {
            "en": """\
On 7 March 2025 the Headquarters for support of relocation and adaptation of impatriates approved
the Concept for formalising the category of impatriates in the legislation of the Russian
Federation.

## Two levels of criteria

To classify a foreign citizen as an impatriate, compliance with two levels of criteria must be
confirmed:

1. **Criterion 1 — shared values.** The person's moral, cultural and family values are aligned with
   traditional Russian spiritual and moral values. This is proposed to be confirmed by signing a
   corresponding declarative form.
2. **Criterion 2 — a category with high integration potential.** The person belongs to one of the
   categories of foreign citizens with high potential for socio-economic and cultural integration
   into Russian society: qualified professionals, scientists, investors, entrepreneurs, talented
   students and graduates, creative professionals, or individuals with outstanding talent.

## Who decides

The decision to grant a foreign citizen the status of an impatriate is made by the Ministry of
Internal Affairs of Russia on the basis of a request from an authorised organisation (operator)
dealing with the attraction of impatriates, including on the basis of the results of an interview.

## Next steps

In line with the decisions of the Headquarters, a draft regulatory act is being developed to
formalise the concept of "impatriate" and define its legal status. Work is also under way on an
organisational model for working with impatriates.
""",
            "ru": """\
7 марта 2025 года Штаб по поддержке переезда и адаптации импатриантов одобрил Концепцию закрепления
категории импатриантов в законодательстве Российской Федерации.

## Два уровня критериев

Для отнесения иностранного гражданина к импатриантам необходимо подтвердить соответствие двум
уровням критериев:

1. **Критерий 1 — общие ценности.** Нравственные, культурные и семейные ценности человека
   соответствуют традиционным российским духовно-нравственным ценностям. Это предлагается
   подтверждать подписанием соответствующей декларативной формы.
2. **Критерий 2 — категория с высоким потенциалом интеграции.** Человек относится к одной из
   категорий иностранных граждан с высоким потенциалом социально-экономической и культурной
   интеграции в российское общество: квалифицированные специалисты, учёные, инвесторы,
   предприниматели, талантливые студенты и выпускники, представители творческих профессий или лица
   с выдающимися способностями.

## Кто принимает решение

Решение о предоставлении иностранному гражданину статуса импатрианта принимает Министерство
внутренних дел России на основании обращения уполномоченной организации (оператора), занимающейся
вопросами привлечения импатриантов, в том числе по результатам собеседования.

## Дальнейшие шаги

В соответствии с решениями Штаба разрабатывается проект нормативного правового акта, который
закрепит понятие «импатриант» и определит его правовой статус. Также ведётся подготовка
организационной модели работы с импатриантами.
""",
        },
        "source_url": "",
        "region": None,
    },
    {
        "slug": "roadmap-migration-procedures",
        "title": {
            "en": (
                "Roadmap for improving migration procedures for certain categories of foreign "
                "citizens and stateless persons and for their adaptation"
            ),
            "ru": (
                "«Дорожная карта» по совершенствованию миграционных процедур для отдельных категорий "
                "иностранных граждан и лиц без гражданства, а также их адаптации"
            ),
        },
        "kind": "concept",
        "number": "",
        "signed_on": "2025-09-17",
        "signed_month": None,
        "issued_by": _HEADQUARTERS,
        "status": "in_force",
        "summary": {
            "en": (
                "A plan prepared by the Agency for Strategic Initiatives together with the Interior "
                "Ministry and approved at the meeting of the Headquarters on 17 September 2025."
            ),
            "ru": (
                "План, подготовленный Агентством стратегических инициатив совместно с МВД России и "
                "одобренный на заседании Штаба 17 сентября 2025 года."
            ),
        },
        "body": {
            "en": """\
The Agency for Strategic Initiatives, together with the Ministry of Internal Affairs of Russia,
developed a draft plan (the "Roadmap") for improving migration procedures for certain categories of
foreign citizens and stateless persons, as well as for their adaptation.

The Roadmap was approved at the meeting of the Headquarters for support of relocation and adaptation
of impatriates on 17 September 2025.

The detailed list of the Roadmap's measures is not reproduced on this portal. Information about
changes to procedures that affect candidates will be published in the FAQ and on this page as it
becomes available.
""",
            "ru": """\
Агентство стратегических инициатив совместно с Министерством внутренних дел России разработало
проект плана («дорожной карты») по совершенствованию миграционных процедур для отдельных категорий
иностранных граждан и лиц без гражданства, а также их адаптации.

«Дорожная карта» одобрена на заседании Штаба по поддержке переезда и адаптации импатриантов
17 сентября 2025 года.

Подробный перечень мероприятий «дорожной карты» на портале не приводится. Сведения об изменениях
процедур, которые касаются кандидатов, будут публиковаться в разделе вопросов и ответов и на этой
странице по мере их появления.
""",
        },
        "source_url": "",
        "region": None,
    },
    {
        "slug": "decree-738-migration-policy-concept",
        "title": {
            "en": (
                "Presidential Decree No. 738 approving the Concept of the State Migration Policy "
                "of the Russian Federation for 2026–2030"
            ),
            "ru": (
                "Указ Президента Российской Федерации № 738 об утверждении Концепции "
                "государственной миграционной политики Российской Федерации на 2026–2030 годы"
            ),
        },
        "kind": "presidential_decree",
        "number": "738",
        "signed_on": "2025-10-15",
        "signed_month": None,
        "issued_by": _PRESIDENT,
        "status": "in_force",
        "summary": {
            "en": (
                "Decree No. 738 of 15 October 2025 approved the Concept of the State Migration "
                "Policy for 2026–2030. Among its objectives is improving the mechanisms for "
                "residence and citizenship of foreigners who contribute to Russia's development and "
                "share traditional Russian spiritual and moral values."
            ),
            "ru": (
                "Указом № 738 от 15 октября 2025 года утверждена Концепция государственной "
                "миграционной политики на 2026–2030 годы. Среди её задач — совершенствование "
                "механизмов проживания и приобретения гражданства иностранцами, которые вносят "
                "вклад в развитие России и разделяют традиционные российские духовно-нравственные "
                "ценности."
            ),
        },
        "body": {
            "en": """\
Decree of the President of the Russian Federation No. 738 of 15 October 2025 approved the Concept of
the State Migration Policy of the Russian Federation for 2026–2030.

## Objectives relevant to impatriates

Paragraph 27 of the Concept sets out the objectives of the migration policy. Under
sub-paragraph (a), they include improving the legal, organisational and other mechanisms that
regulate and ensure:

- residence in the Russian Federation and acquisition of Russian citizenship for foreign citizens
  who, through their investments, knowledge, skills and abilities, contribute to the development of
  the Russian economy, science, professional education and art, and who share traditional Russian
  spiritual and moral values;
- entry into and stay in the Russian Federation for foreign citizens who wish to develop economic,
  business, professional, scientific, cultural and other ties, engage in entrepreneurial activity,
  and study the Russian language and the history and culture of Russia.

## Background

Before the Concept was adopted, the President called for an updated migration policy concept to be
adopted as soon as possible. He stressed the need to develop existing mechanisms for supporting the
return of compatriots and for supporting foreigners who share traditional values, wish to live and
work in Russia, and have the qualifications and education the economy needs.
""",
            "ru": """\
Указом Президента Российской Федерации № 738 от 15 октября 2025 года утверждена Концепция
государственной миграционной политики Российской Федерации на 2026–2030 годы.

## Задачи, касающиеся импатриантов

В пункте 27 Концепции определены задачи миграционной политики. Согласно подпункту «а», к ним
относится совершенствование правовых, организационных и иных механизмов, регулирующих и
обеспечивающих:

- проживание в Российской Федерации и приобретение гражданства Российской Федерации иностранными
  гражданами, которые своими инвестициями, знаниями, навыками и умениями способствуют развитию
  российской экономики, науки, профессионального образования и искусства и разделяют традиционные
  российские духовно-нравственные ценности;
- въезд в Российскую Федерацию и пребывание на её территории иностранных граждан, желающих
  развивать экономические, деловые, профессиональные, научные, культурные и иные связи, заниматься
  предпринимательской деятельностью, изучать русский язык, историю и культуру России.

## Предыстория

До принятия Концепции Президент призвал как можно скорее принять обновлённую концепцию
миграционной политики. Он подчеркнул необходимость развивать действующие механизмы поддержки
возвращения соотечественников, а также иностранцев, которые разделяют традиционные ценности,
хотят жить и работать в России и обладают нужными экономике квалификацией и образованием.
""",
        },
        "source_url": "",
        "region": None,
    },
    {
        "slug": "regional-standard",
        "title": {
            "en": (
                "Regional Standard of social, cultural and economic integration of impatriates, "
                "including together with their family members"
            ),
            "ru": (
                "Региональный стандарт социальной, культурной и экономической интеграции "
                "импатриантов, в том числе совместно с членами их семей"
            ),
        },
        "kind": "standard",
        "number": "",
        "signed_on": None,
        "signed_month": None,
        "issued_by": _HEADQUARTERS,
        "status": "in_force",
        "summary": {
            "en": (
                "Approved by the Headquarters, the Regional Standard sets out eight fundamental "
                "provisions for how regions help impatriates and their families settle, from "
                "appointing a responsible official to one-stop shops and support measures."
            ),
            "ru": (
                "Одобренный Штабом Региональный стандарт содержит восемь основополагающих "
                "положений о том, как регионы помогают импатриантам и их семьям обустроиться: от "
                "назначения ответственного должностного лица до «служб одного окна» и мер поддержки."
            ),
        },
        "body": {
            "en": """\
The Regional Standard was developed by the Headquarters for support of relocation and adaptation of
impatriates, taking into account the anticipated needs of impatriates, including those who move
together with their family members. Its approval was reported at the meeting in Kaluga in April
2025.

## The eight fundamental provisions

1. Assessing the region's needs and identifying stakeholders interested in impatriates.
2. Identifying priority categories of impatriates for the region.
3. Designating a regional official responsible for impatriation and establishing an annual
   reporting format on their work.
4. Establishing a dedicated agency or organisation to assist impatriates under a "one-stop shop"
   system.
5. Developing an information system to inform impatriates about opportunities for relocating to
   Russia and about support services.
6. Creating a list of regional support measures for impatriates, including the allocation of
   funding.
7. Ensuring the adaptation of impatriates who receive support under the "one-stop shop" system.
8. Developing a list of support measures for employers hiring impatriates in the region.

## Models of work in pilot regions

Pilot regions apply the Standard using one of three models: a subordinate organisation or separate
unit of a regional executive body; an existing regional executive body given the relevant powers;
or a dedicated unit under the head of the region. Each region's page shows the model it uses where
this is known.
""",
            "ru": """\
Региональный стандарт разработан Штабом по поддержке переезда и адаптации импатриантов с учётом
ожидаемых потребностей импатриантов, в том числе переезжающих вместе с членами семей. Об
утверждении стандарта сообщалось на заседании в Калуге в апреле 2025 года.

## Восемь основополагающих положений

1. Оценка потребностей региона и определение заинтересованных в импатриантах сторон.
2. Определение приоритетных для региона категорий импатриантов.
3. Назначение должностного лица региона, ответственного за импатриацию, и установление формата
   ежегодной отчётности о его работе.
4. Создание специального учреждения или организации для содействия импатриантам по принципу
   «одного окна».
5. Создание информационной системы для информирования импатриантов о возможностях переезда в
   Россию и о сервисах поддержки.
6. Формирование перечня региональных мер поддержки импатриантов, включая выделение финансирования.
7. Обеспечение адаптации импатриантов, получающих поддержку по принципу «одного окна».
8. Разработка перечня мер поддержки работодателей, принимающих на работу импатриантов в регионе.

## Модели работы в пилотных регионах

Пилотные регионы применяют стандарт по одной из трёх моделей: подведомственная организация или
обособленное подразделение регионального органа исполнительной власти; действующий орган
исполнительной власти региона, наделённый соответствующими полномочиями; специальное
подразделение при главе региона. На странице каждого региона указана его модель, если она
известна.
""",
        },
        "source_url": "https://www.asi.ru/",
        "region": None,
    },
    {
        "slug": "draft-act-impatriate-status",
        "title": {
            "en": "Draft regulatory act formalising the category and legal status of impatriates",
            "ru": (
                "Проект нормативного правового акта о закреплении категории и правового статуса "
                "импатриантов"
            ),
        },
        "kind": "federal_law",
        "number": "",
        "signed_on": None,
        "signed_month": None,
        "issued_by": _HEADQUARTERS,
        "status": "draft",
        "summary": {
            "en": (
                "A draft act, prepared on the basis of the Concept approved by the Headquarters, "
                'that will formalise the concept of "impatriate" and define its legal status. It '
                "is not yet in force."
            ),
            "ru": (
                "Проект акта, подготавливаемый на основе одобренной Штабом Концепции, который "
                "закрепит понятие «импатриант» и определит его правовой статус. Акт пока не "
                "вступил в силу."
            ),
        },
        "body": {
            "en": """\
In line with the decisions of the Headquarters for support of relocation and adaptation of
impatriates, a draft regulatory act is being developed. It will formalise the concept of
"impatriate" and define its legal status. The Agency for Strategic Initiatives has reported that a
relevant draft law has been prepared.

Until the act is adopted and enters into force, the procedures currently in force continue to
apply, including those under Decree No. 702.

This page will be updated when the act is adopted.
""",
            "ru": """\
В соответствии с решениями Штаба по поддержке переезда и адаптации импатриантов разрабатывается
проект нормативного правового акта. Он закрепит понятие «импатриант» и определит его правовой
статус. Агентство стратегических инициатив сообщало о подготовке соответствующего законопроекта.

До принятия акта и его вступления в силу продолжают действовать существующие процедуры, в том
числе предусмотренные Указом № 702.

Эта страница будет обновлена после принятия акта.
""",
        },
        "source_url": "",
        "region": None,
    },
]
