"""The values declaration, the two criteria and the seven categories of candidates."""

VALUES_DECLARATION = {
    "version": "2025-1",
    "text": {
        "en": """\
**Declaration of shared values**

I, the undersigned, submit this declaration together with my candidate form to the
"Time to Live in Russia" service.

1. I declare that my moral, cultural and family values are aligned with traditional Russian
   spiritual and moral values, and that I share these values.
2. I wish to relocate to the Russian Federation for permanent residence.
3. I intend to respect the laws of the Russian Federation, its history and culture, and the
   traditions of the peoples living in it.
4. I confirm that the information I give in my candidate form is true and complete to the best of
   my knowledge.

I understand that this declaration confirms the first of the two criteria for recognition as an
impatriate and does not by itself grant any status, visa or permit. The decision on the status of
an impatriate is made by the Ministry of Internal Affairs of the Russian Federation on the request
of the authorised organisation (operator), including on the basis of the results of an interview.
""",
        "ru": """\
**Декларация о разделяемых ценностях**

Я, нижеподписавшийся (нижеподписавшаяся), представляю настоящую декларацию вместе с анкетой
кандидата в сервис «Время жить в России».

1. Заявляю, что мои нравственные, культурные и семейные ценности соответствуют традиционным
   российским духовно-нравственным ценностям и что я разделяю эти ценности.
2. Я желаю переехать в Российскую Федерацию на постоянное место жительства.
3. Я намерен (намерена) уважать законы Российской Федерации, её историю и культуру, традиции
   народов, проживающих в России.
4. Подтверждаю, что сведения, указанные мной в анкете, насколько мне известно, достоверны и
   полны.

Я понимаю, что настоящая декларация подтверждает первый из двух критериев отнесения к
импатриантам и сама по себе не предоставляет какого-либо статуса, визы или разрешения. Решение о
предоставлении статуса импатрианта принимает Министерство внутренних дел Российской Федерации по
обращению уполномоченной организации (оператора), в том числе по результатам собеседования.
""",
    },
}

CRITERIA = [
    {
        "key": "values",
        "title": {
            "en": "Criterion 1: shared values",
            "ru": "Критерий 1: общие ценности",
        },
        "body": {
            "en": """\
The candidate's moral, cultural and family values are aligned with traditional Russian spiritual
and moral values.

Under the Concept for formalising the category of impatriates in the legislation of the Russian
Federation, approved by the Headquarters on 7 March 2025, this criterion is proposed to be
confirmed by signing a declarative form. On this portal you sign the values declaration as part of
the candidate form.
""",
            "ru": """\
Нравственные, культурные и семейные ценности кандидата соответствуют традиционным российским
духовно-нравственным ценностям.

Согласно Концепции закрепления категории импатриантов в законодательстве Российской Федерации,
одобренной Штабом 7 марта 2025 года, соответствие этому критерию предлагается подтверждать
подписанием декларативной формы. На этом портале декларация о ценностях подписывается в составе
анкеты кандидата.
""",
        },
    },
    {
        "key": "category",
        "title": {
            "en": "Criterion 2: a category with high integration potential",
            "ru": "Критерий 2: категория с высоким потенциалом интеграции",
        },
        "body": {
            "en": """\
The candidate belongs to one of the categories of foreign citizens with high potential for
socio-economic and cultural integration into Russian society: qualified professionals,
scientists, investors, entrepreneurs, talented students and graduates, creative professionals,
or individuals with outstanding talent.

In the candidate form you choose the category that fits you best and describe your education,
work, projects or achievements.
""",
            "ru": """\
Кандидат относится к одной из категорий иностранных граждан с высоким потенциалом
социально-экономической и культурной интеграции в российское общество: квалифицированные
специалисты, учёные, инвесторы, предприниматели, талантливые студенты и выпускники, представители
творческих профессий или лица с выдающимися способностями.

В анкете кандидата вы выбираете наиболее подходящую вам категорию и рассказываете о своём
образовании, работе, проектах или достижениях.
""",
        },
    },
]

CATEGORIES = {
    "qualified_professional": {
        "en": "Qualified professional",
        "ru": "Квалифицированный специалист",
        "description_en": (
            "Specialists in in-demand professions whose knowledge and skills contribute to the "
            "development of the Russian economy. Reports on the programme mention that doctors and "
            "IT specialists, among other professions, are awaited in Russia."
        ),
        "description_ru": (
            "Специалисты востребованных профессий, чьи знания и навыки вносят вклад в развитие "
            "российской экономики. В сообщениях о программе отмечается, что в России ждут, в "
            "частности, медиков и IT-специалистов, а также представителей других профессий."
        ),
    },
    "scientist": {
        "en": "Scientist",
        "ru": "Учёный",
        "description_en": (
            "Researchers whose knowledge and experience contribute to the development of Russian "
            "science and professional education."
        ),
        "description_ru": (
            "Исследователи, чьи знания и опыт способствуют развитию российской науки и "
            "профессионального образования."
        ),
    },
    "investor": {
        "en": "Investor",
        "ru": "Инвестор",
        "description_en": (
            "Foreign citizens who contribute to the development of the Russian economy through "
            "their investments."
        ),
        "description_ru": (
            "Иностранные граждане, которые своими инвестициями вносят вклад в развитие российской "
            "экономики."
        ),
    },
    "entrepreneur": {
        "en": "Entrepreneur",
        "ru": "Предприниматель",
        "description_en": (
            "Business people, including those ready to open their own business in Russia and to "
            "develop economic and business ties."
        ),
        "description_ru": (
            "Предприниматели, в том числе готовые открыть собственное дело в России и развивать "
            "экономические и деловые связи."
        ),
    },
    "creative_professional": {
        "en": "Creative professional",
        "ru": "Представитель творческой профессии",
        "description_en": (
            "Members of the creative professions whose work contributes to the development of art "
            "and culture in Russia."
        ),
        "description_ru": (
            "Представители творческих профессий, чья работа способствует развитию искусства и "
            "культуры в России."
        ),
    },
    "student_graduate": {
        "en": "Talented student or graduate",
        "ru": "Талантливый студент или выпускник",
        "description_en": (
            "Talented students and graduates who wish to build their future in Russia. In an ASI "
            "survey of international students, more than 45% of respondents said they would like "
            "to stay in Russia after completing their studies."
        ),
        "description_ru": (
            "Талантливые студенты и выпускники, которые хотят связать своё будущее с Россией. В "
            "опросе иностранных студентов, проведённом АСИ, более 45% респондентов ответили, что "
            "хотели бы остаться в России после окончания учёбы."
        ),
    },
    "outstanding_talent": {
        "en": "Person with outstanding talent",
        "ru": "Лицо с выдающимися способностями",
        "description_en": (
            "People with outstanding achievements, for example in sport, the creative industries, "
            "culture and the humanities, education, or science and technology."
        ),
        "description_ru": (
            "Люди с выдающимися достижениями, например в спорте, творческих индустриях, культурной "
            "и гуманитарной сферах, образовании, науке и технологиях."
        ),
    },
}
