"""Pilot regions of the impatriation programme and the models regions use to work with impatriates."""

WORK_MODELS = {
    "subordinate_organization": {
        "en": (
            "Creating a subordinate organisation or a separate unit of the regional executive body "
            "to work with impatriates"
        ),
        "ru": (
            "Создание подведомственной организации или обособленного подразделения органа "
            "исполнительной власти субъекта Российской Федерации для работы с импатриантами"
        ),
        "advantages_en": [
            'Support for impatriates at every stage (a "concierge service")',
            "Highly qualified staff",
            "Paid services can be offered if necessary",
            'A more "flexible" information policy',
        ],
        "advantages_ru": [
            "Сопровождение импатриантов на всех этапах («консьерж-сервис»)",
            "Высококвалифицированный персонал",
            "Возможность оказывать платные услуги (при необходимости)",
            "Более «гибкая» информационная политика",
        ],
    },
    "empowered_executive_body": {
        "en": (
            "Empowering an existing executive body of the region of the Russian Federation to work "
            "with impatriates"
        ),
        "ru": (
            "Наделение органа исполнительной власти субъекта Российской Федерации полномочиями по "
            "работе с импатриантами"
        ),
        "advantages_en": [
            "Direct interaction with other government bodies",
            "No need to hire new staff",
            "Low implementation costs",
        ],
        "advantages_ru": [
            "Возможность взаимодействовать с другими органами власти",
            "Нет необходимости набирать новый персонал",
            "Низкие затраты на внедрение",
        ],
    },
    "dedicated_unit_under_head": {
        "en": (
            "Creating a dedicated unit or institute under the head of the region of the Russian "
            "Federation to support impatriates"
        ),
        "ru": (
            "Создание специального подразделения (института) при главе субъекта Российской "
            "Федерации для сопровождения импатриантов"
        ),
        "advantages_en": [
            'Support for impatriates at every stage (a "concierge service")',
            "Qualified staff",
            "The head of the region can be kept informed directly",
        ],
        "advantages_ru": [
            "Сопровождение импатриантов на всех этапах («консьерж-сервис»)",
            "Квалифицированный персонал",
            "Возможность напрямую информировать главу субъекта Российской Федерации",
        ],
    },
}

_ONE_STOP_SHOP = {
    "en": "Regional one-stop shop for impatriates",
    "ru": "Региональная «служба одного окна» для импатриантов",
}

_OFFICIAL_TITLE = {
    "en": "Regional official responsible for impatriation",
    "ru": "Должностное лицо региона, ответственное за работу с импатриантами",
}

_MODEL_SENTENCE = {
    "subordinate_organization": {
        "en": (
            "According to the Agency for Strategic Initiatives (ASI), the region works with impatriates through a subordinate "
            "organisation or a separate unit of a regional executive body."
        ),
        "ru": (
            "По данным Агентства стратегических инициатив (АСИ), регион работает с импатриантами через подведомственную организацию "
            "или обособленное подразделение регионального органа исполнительной власти."
        ),
    },
    "empowered_executive_body": {
        "en": (
            "According to the Agency for Strategic Initiatives (ASI), the region's model is to give an existing regional executive "
            "body the powers to work with impatriates."
        ),
        "ru": (
            "По данным Агентства стратегических инициатив (АСИ), в регионе выбрана модель, при которой полномочиями по работе с "
            "импатриантами наделяется действующий орган исполнительной власти региона."
        ),
    },
    "dedicated_unit_under_head": {
        "en": (
            "According to the Agency for Strategic Initiatives (ASI), it is the only region listed with the model of a dedicated unit "
            "under the head of the region to support impatriates."
        ),
        "ru": (
            "По данным Агентства стратегических инициатив (АСИ), это единственный регион, выбравший модель специального подразделения "
            "при главе региона для сопровождения импатриантов."
        ),
    },
    None: {
        "en": (
            "The ASI overview of the models used in pilot regions does not list this region, so "
            "its model of work with impatriates is not stated here."
        ),
        "ru": (
            "В обзоре АСИ моделей работы в пилотных регионах этот регион не упоминается, поэтому "
            "модель работы с импатриантами здесь не указана."
        ),
    },
}

_MEASURES_LATER = {
    "en": (
        "Support measures shown for the region at this stage are samples; the region's actual "
        "measures will be published here once they are adopted."
    ),
    "ru": (
        "Меры поддержки, показанные для региона на этом этапе, приведены в качестве примера; "
        "действующие меры региона будут опубликованы здесь после их принятия."
    ),
}

_NAMED_IN_APRIL = {
    "en": "It is one of the nine pilot regions for supporting impatriates named in April 2025.",
    "ru": (
        "Регион входит в число девяти пилотных регионов по поддержке импатриантов, названных в "
        "апреле 2025 года."
    ),
}


def _region(*, code, name, federal_district, work_model, intro, is_pilot=True):
    """A region; office contacts stay empty until the region publishes them."""
    description = {
        lang: " ".join((intro[lang], _MODEL_SENTENCE[work_model][lang], _MEASURES_LATER[lang]))
        for lang in ("en", "ru")
    }
    return {
        "code": code,
        "name": name,
        "federal_district": federal_district,
        "is_pilot": is_pilot,
        "work_model": work_model,
        "priority_categories": [],
        "description": description,
        "office_name": dict(_ONE_STOP_SHOP) if is_pilot else {"en": "", "ru": ""},
        "office_address": "",
        "office_phone": "",
        "office_email": "",
        "office_website": "",
        "office_hours": {"en": "", "ru": ""},
        "official_name": "",
        "official_title": dict(_OFFICIAL_TITLE) if is_pilot else {"en": "", "ru": ""},
    }


def _intro(centre_en, centre_ru):
    return {
        "en": f"The regional centre is the city of {centre_en}. {_NAMED_IN_APRIL['en']}",
        "ru": f"Административный центр — {centre_ru}. {_NAMED_IN_APRIL['ru']}",
    }


REGIONS = [
    _region(
        code="RU-KLU",
        name={"en": "Kaluga Region", "ru": "Калужская область"},
        federal_district="central",
        work_model="subordinate_organization",
        intro={
            "en": (
                "The Kaluga Region, with its centre in the city of Kaluga, is one of the nine pilot "
                "regions for supporting impatriates named in April 2025. Kaluga hosted the joint "
                "offsite meeting of the State Council Commission on Human Resources and the Agency "
                "for Strategic Initiatives on creating conditions for the integration of "
                "foreigners in Russia; the Commission is chaired by the Governor of the Kaluga "
                "Region, Vladislav Shapsha."
            ),
            "ru": (
                "Калужская область (административный центр — Калуга) входит в число девяти пилотных "
                "регионов по поддержке импатриантов, названных в апреле 2025 года. В Калуге прошло "
                "выездное заседание комиссии Государственного Совета по направлению «Кадры» и "
                "Агентства стратегических инициатив, посвящённое созданию условий для "
                "интеграции иностранцев в России; комиссию возглавляет губернатор Калужской "
                "области Владислав Шапша."
            ),
        },
    ),
    _region(
        code="RU-MOW",
        name={"en": "Moscow", "ru": "Москва"},
        federal_district="central",
        work_model="subordinate_organization",
        intro={
            "en": (f"Moscow is the capital of Russia and a federal city. {_NAMED_IN_APRIL['en']}"),
            "ru": (
                f"Москва — столица России и город федерального значения. {_NAMED_IN_APRIL['ru']}"
            ),
        },
    ),
    _region(
        code="RU-MOS",
        name={"en": "Moscow Region", "ru": "Московская область"},
        federal_district="central",
        work_model="empowered_executive_body",
        intro={
            "en": f"The Moscow Region surrounds the city of Moscow. {_NAMED_IN_APRIL['en']}",
            "ru": f"Московская область окружает Москву. {_NAMED_IN_APRIL['ru']}",
        },
    ),
    _region(
        code="RU-LIP",
        name={"en": "Lipetsk Region", "ru": "Липецкая область"},
        federal_district="central",
        work_model="empowered_executive_body",
        intro=_intro("Lipetsk", "Липецк"),
    ),
    _region(
        code="RU-NGR",
        name={"en": "Novgorod Region", "ru": "Новгородская область"},
        federal_district="northwestern",
        work_model="empowered_executive_body",
        intro=_intro("Veliky Novgorod", "Великий Новгород"),
    ),
    _region(
        code="RU-SAM",
        name={"en": "Samara Region", "ru": "Самарская область"},
        federal_district="volga",
        work_model="empowered_executive_body",
        intro=_intro("Samara", "Самара"),
    ),
    _region(
        code="RU-VLA",
        name={"en": "Vladimir Region", "ru": "Владимирская область"},
        federal_district="central",
        work_model="subordinate_organization",
        intro=_intro("Vladimir", "Владимир"),
    ),
    _region(
        code="RU-PSK",
        name={"en": "Pskov Region", "ru": "Псковская область"},
        federal_district="northwestern",
        work_model="dedicated_unit_under_head",
        intro=_intro("Pskov", "Псков"),
    ),
    _region(
        code="RU-PER",
        name={"en": "Perm Krai", "ru": "Пермский край"},
        federal_district="volga",
        work_model=None,
        intro=_intro("Perm", "Пермь"),
    ),
    # Not in the nine pilots named in April 2025, but the later ASI overview of the models
    # "in pilot regions" lists it, so it is treated as a pilot region here.
    _region(
        code="RU-NIZ",
        name={"en": "Nizhny Novgorod Region", "ru": "Нижегородская область"},
        federal_district="volga",
        work_model="subordinate_organization",
        intro={
            "en": (
                "The regional centre is the city of Nizhny Novgorod. The region was not among the "
                "nine pilot regions named in April 2025, but the later ASI overview of the models "
                "used in pilot regions lists it."
            ),
            "ru": (
                "Административный центр — Нижний Новгород. Регион не входил в число девяти "
                "пилотных регионов, названных в апреле 2025 года, однако указан в более позднем "
                "обзоре АСИ моделей работы в пилотных регионах."
            ),
        },
    ),
]
