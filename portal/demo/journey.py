"""The candidate's journey, from the first visit to the portal to settling in Russia."""

JOURNEY_STEPS = [
    {
        "order": 1,
        "title": {
            "en": "Learn about the programme",
            "ru": "Узнайте о программе",
        },
        "body": {
            "en": """\
The "Time to Live in Russia" service is the first step on an impatriate's journey, even before
relocating. Read about opportunities for living, working, studying and investing in Russia, the
support measures in the regions and the documents the programme is based on. Answers to common
questions are collected in the FAQ.
""",
            "ru": """\
Сервис «Время жить в России» — первый шаг на пути импатрианта, ещё до переезда. Узнайте о
возможностях жизни, работы, учёбы и инвестиций в России, о мерах поддержки в регионах и о
документах, на которых основана программа. Ответы на частые вопросы собраны в разделе вопросов и
ответов.
""",
        },
        "who_helps": {
            "en": 'The "Time to Live in Russia" portal',
            "ru": "Портал «Время жить в России»",
        },
        "link": "/faq/",
    },
    {
        "order": 2,
        "title": {
            "en": "Check yourself against the two criteria",
            "ru": "Проверьте себя по двум критериям",
        },
        "body": {
            "en": """\
An impatriate shares traditional Russian spiritual and moral values and belongs to one of seven
categories: qualified professionals, scientists, investors, entrepreneurs, creative professionals,
talented students and graduates, or people with outstanding talent. The online self-check helps you
see whether you are likely to meet both criteria. Its result is guidance only, not a decision.
""",
            "ru": """\
Импатриант разделяет традиционные российские духовно-нравственные ценности и относится к одной из
семи категорий: квалифицированные специалисты, учёные, инвесторы, предприниматели, представители
творческих профессий, талантливые студенты и выпускники или лица с выдающимися способностями.
Онлайн-самопроверка поможет понять, соответствуете ли вы, скорее всего, обоим критериям. Её
результат — лишь ориентир, а не решение.
""",
        },
        "who_helps": {
            "en": "The online self-check",
            "ru": "Онлайн-самопроверка",
        },
        "link": "/eligibility/",
    },
    {
        "order": 3,
        "title": {
            "en": "Choose the regions that suit you",
            "ru": "Выберите подходящие регионы",
        },
        "body": {
            "en": """\
The programme is being piloted in several Russian regions. Each region's page describes how it
works with impatriates and the support it offers. Note the regions you prefer: you will name them
in the candidate form.
""",
            "ru": """\
Программа реализуется в пилотном режиме в нескольких регионах России. На странице каждого региона
рассказано, как в нём организована работа с импатриантами и какая поддержка предлагается.
Отметьте предпочтительные регионы: их нужно будет указать в анкете кандидата.
""",
        },
        "who_helps": {
            "en": "Regional pages on this portal",
            "ru": "Страницы регионов на портале",
        },
        "link": "/regions/",
    },
    {
        "order": 4,
        "title": {
            "en": "Fill in the candidate form and sign the values declaration",
            "ru": "Заполните анкету кандидата и подпишите декларацию о ценностях",
        },
        "body": {
            "en": """\
Fill in the candidate form: your personal details, your category and a description of your
education, work or achievements, your preferred regions and, if they will move with you, your
family members. Read the values declaration and sign it by typing your full name. After you submit
the form you receive a reference number and an access code; keep them safe.
""",
            "ru": """\
Заполните анкету кандидата: личные данные, категорию и описание вашего образования, работы или
достижений, предпочтительные регионы, а также сведения о членах семьи, если они переезжают вместе
с вами. Ознакомьтесь с декларацией о ценностях и подпишите её, указав своё полное имя. После
отправки анкеты вы получите номер заявки и код доступа — сохраните их.
""",
        },
        "who_helps": {
            "en": 'The "Time to Live in Russia" portal',
            "ru": "Портал «Время жить в России»",
        },
        "link": "/apply/",
    },
    {
        "order": 5,
        "title": {
            "en": "Review by the operator and interview",
            "ru": "Рассмотрение оператором и собеседование",
        },
        "body": {
            "en": """\
Your application is reviewed by the authorised organisation (operator) that deals with attracting
impatriates. The operator may ask you for more information or invite you to an interview. You can
follow the status of your application on the portal with your reference number and access code.
""",
            "ru": """\
Вашу заявку рассматривает уполномоченная организация (оператор), занимающаяся вопросами
привлечения импатриантов. Оператор может запросить у вас дополнительные сведения или пригласить на
собеседование. Статус заявки можно отслеживать на портале по номеру заявки и коду доступа.
""",
        },
        "who_helps": {
            "en": "The authorised operator",
            "ru": "Уполномоченный оператор",
        },
        "link": "/apply/status/",
    },
    {
        "order": 6,
        "title": {
            "en": "Decision of the Interior Ministry",
            "ru": "Решение МВД России",
        },
        "body": {
            "en": """\
If the operator supports your application, it sends a request to the Ministry of Internal Affairs
of Russia. The Ministry decides whether to grant you the status of an impatriate, taking into
account the results of the interview. The decision appears in the status of your application.
""",
            "ru": """\
Если оператор поддерживает вашу заявку, он направляет обращение в Министерство внутренних дел
России. Министерство принимает решение о предоставлении вам статуса импатрианта, в том числе с
учётом результатов собеседования. Решение отражается в статусе вашей заявки.
""",
        },
        "who_helps": {
            "en": "Ministry of Internal Affairs of Russia (MVD)",
            "ru": "Министерство внутренних дел России (МВД)",
        },
        "link": "/apply/status/",
    },
    {
        "order": 7,
        "title": {
            "en": "Visa and migration documents",
            "ru": "Виза и миграционные документы",
        },
        "body": {
            "en": """\
Visa applications are handled by the Ministry of Foreign Affairs of Russia, and migration
processing, such as applications for temporary residence permits, by the Ministry of Internal
Affairs. The "Time to Live in Russia" service is designed to let you proceed to the systems of both
ministries. The legal documents section explains the rules the procedures are based on.
""",
            "ru": """\
Визовые заявления рассматривает Министерство иностранных дел России, а миграционное оформление —
например, заявления о выдаче разрешения на временное проживание — Министерство внутренних дел.
Сервис «Время жить в России» предусматривает переход в системы обоих министерств. Правила, на
которых основаны процедуры, описаны в разделе нормативных документов.
""",
        },
        "who_helps": {
            "en": (
                "Ministry of Foreign Affairs (MID) for visas; Ministry of Internal Affairs (MVD) "
                "for migration processing"
            ),
            "ru": "МИД России — визы; МВД России — миграционное оформление",
        },
        "link": "/legal/",
    },
    {
        "order": 8,
        "title": {
            "en": "Arrive and contact the regional one-stop shop",
            "ru": "Переезд и обращение в региональную «службу одного окна»",
        },
        "body": {
            "en": """\
After you arrive, contact the one-stop shop for impatriates in your region. It helps with
documents, finding a job and enrolling your children in schools and other educational
institutions, as well as with advice and finding housing. The region's page lists its support
measures and, once published, the contact details of the one-stop shop.
""",
            "ru": """\
После переезда обратитесь в «службу одного окна» для импатриантов в вашем регионе. Там помогут с
оформлением документов, трудоустройством и записью детей в школы и другие образовательные
учреждения, проконсультируют и помогут с подбором жилья. На странице региона перечислены меры
поддержки и, после их публикации, контакты «службы одного окна».
""",
        },
        "who_helps": {
            "en": "The regional one-stop shop for impatriates",
            "ru": "Региональная «служба одного окна» для импатриантов",
        },
        "link": "/regions/",
    },
    {
        "order": 9,
        "title": {
            "en": "Settle in and plan your future in Russia",
            "ru": "Обустройтесь и планируйте будущее в России",
        },
        "body": {
            "en": """\
Adaptation takes time. Regions help impatriates learn Russian and get to know the country's
culture, and support them under the one-stop shop system. Impatriates are people who wish to live
in Russia permanently: the Concept of the State Migration Policy for 2026–2030 aims to improve the
mechanisms for residence and acquisition of Russian citizenship for foreigners who contribute to
the country's development and share its traditional values. These procedures are handled by the
Interior Ministry under Russian legislation.
""",
            "ru": """\
Адаптация требует времени. Регионы помогают импатриантам изучать русский язык и знакомиться с
культурой страны и сопровождают их по принципу «одного окна». Импатрианты — это люди, желающие
жить в России постоянно: Концепция государственной миграционной политики на 2026–2030 годы
направлена на совершенствование механизмов проживания и приобретения российского гражданства для
иностранцев, которые вносят вклад в развитие страны и разделяют её традиционные ценности. Эти
процедуры осуществляет МВД России в соответствии с российским законодательством.
""",
        },
        "who_helps": {
            "en": (
                "The regional one-stop shop; the Ministry of Internal Affairs for residence and "
                "citizenship"
            ),
            "ru": "Региональная «служба одного окна»; МВД России — вопросы проживания и гражданства",
        },
        "link": "/legal/",
    },
]
