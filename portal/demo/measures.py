"""Sample support measures: five per pilot region, to show how regional measures are presented.

They are samples, not the regions' actual measures; every text says so.
"""

from portal.demo.regions import REGIONS

# Region names as they read inside a sentence ("in the Kaluga Region", "в Калужской области").
_IN_REGION = {
    "RU-KLU": ("in the Kaluga Region", "в Калужской области"),
    "RU-MOW": ("in Moscow", "в Москве"),
    "RU-MOS": ("in the Moscow Region", "в Московской области"),
    "RU-LIP": ("in the Lipetsk Region", "в Липецкой области"),
    "RU-NGR": ("in the Novgorod Region", "в Новгородской области"),
    "RU-SAM": ("in the Samara Region", "в Самарской области"),
    "RU-VLA": ("in the Vladimir Region", "во Владимирской области"),
    "RU-PSK": ("in the Pskov Region", "в Псковской области"),
    "RU-PER": ("in Perm Krai", "в Пермском крае"),
    "RU-NIZ": ("in the Nizhny Novgorod Region", "в Нижегородской области"),
}

_SAMPLE_NOTE = {
    "en": (
        "**Sample measure.** This text shows how a regional support measure is presented on the "
        "portal. It is not an adopted measure: the actual terms are set by the region and will be "
        "published here."
    ),
    "ru": (
        "**Пример меры поддержки.** Этот текст показывает, как региональная мера поддержки "
        "представлена на портале. Это не принятая мера: действующие условия устанавливает регион, "
        "и они будут опубликованы здесь."
    ),
}

_CONTACT = {
    "en": (
        "The contact details of the regional one-stop shop will be published on the region's page "
        "once the region makes them available."
    ),
    "ru": (
        "Контакты региональной «службы одного окна» будут опубликованы на странице региона после "
        "их предоставления регионом."
    ),
}

# Each template: slug suffix, kind, audience, and texts with {in_en}/{in_ru} placeholders.
_TEMPLATES = [
    {
        "suffix": "housing-help",
        "kind": "housing",
        "audience": "impatriates",
        "title": {"en": "Help with finding housing", "ru": "Помощь в подборе жилья"},
        "summary": {
            "en": (
                "Sample measure: the one-stop shop {in_en} advises impatriates on housing and "
                "helps them find a place to live. Actual terms are set by the region."
            ),
            "ru": (
                "Пример меры: «служба одного окна» {in_ru} консультирует импатриантов по жилищным "
                "вопросам и помогает подобрать жильё. Действующие условия устанавливает регион."
            ),
        },
        "body": {
            "en": (
                "Support for impatriates is meant to cover different areas of life, including "
                "advice and help with finding housing. Under the Regional Standard, each region "
                "draws up its own list of support measures and allocates funding for them.\n\n"
                "In this sample, the one-stop shop {in_en} explains how the local housing market "
                "works, helps you choose suitable options and advises on the documents you need."
            ),
            "ru": (
                "Поддержка импатриантов должна охватывать разные сферы жизни, включая консультации "
                "и помощь в подборе жилья. Согласно Региональному стандарту каждый регион формирует "
                "собственный перечень мер поддержки и выделяет на них финансирование.\n\n"
                "В этом примере «служба одного окна» {in_ru} рассказывает, как устроен местный "
                "рынок жилья, помогает выбрать подходящие варианты и консультирует по необходимым "
                "документам."
            ),
        },
        "benefit": {
            "en": "Advice and help with finding housing (sample; the actual scope is set by the region).",
            "ru": "Консультации и помощь в подборе жилья (пример; фактический объём устанавливает регион).",
        },
        "how_to_apply": {
            "en": (
                "Name this region as a preferred region in your candidate form. After arrival, "
                "contact the regional one-stop shop."
            ),
            "ru": (
                "Укажите этот регион в анкете кандидата как предпочтительный. После переезда обратитесь "
                "в региональную «службу одного окна»."
            ),
        },
    },
    {
        "suffix": "russian-courses",
        "kind": "language_culture",
        "audience": "impatriates",
        "title": {"en": "Russian language courses", "ru": "Курсы русского языка"},
        "summary": {
            "en": (
                "Sample measure: the one-stop shop {in_en} helps impatriates learn Russian and get "
                "to know Russian culture. Actual terms are set by the region."
            ),
            "ru": (
                "Пример меры: «служба одного окна» {in_ru} помогает импатриантам изучать русский "
                "язык и знакомиться с российской культурой. Действующие условия устанавливает регион."
            ),
        },
        "body": {
            "en": (
                "Help with learning Russian and getting to know the country's culture is part of "
                "the support for impatriates.\n\n"
                "In this sample, the one-stop shop {in_en} helps you find Russian courses that "
                "suit your level and schedule, from beginners' classes to advanced practice."
            ),
            "ru": (
                "Помощь в изучении русского языка и знакомстве с культурой страны входит в "
                "поддержку импатриантов.\n\n"
                "В этом примере «служба одного окна» {in_ru} помогает подобрать курсы русского "
                "языка с учётом вашего уровня и расписания — от начального до продвинутого."
            ),
        },
        "benefit": {
            "en": "Help with finding Russian courses (sample; the actual scope is set by the region).",
            "ru": "Помощь в подборе курсов русского языка (пример; фактический объём устанавливает регион).",
        },
        "how_to_apply": {
            "en": (
                "Indicate your current level of Russian in your candidate form. After arrival, "
                "ask the regional one-stop shop about courses."
            ),
            "ru": (
                "Укажите в анкете кандидата свой текущий уровень русского языка. После переезда "
                "узнайте о курсах в региональной «службе одного окна»."
            ),
        },
    },
    {
        "suffix": "job-search",
        "kind": "employment",
        "audience": "impatriates",
        "title": {"en": "Help with finding a job", "ru": "Содействие в трудоустройстве"},
        "summary": {
            "en": (
                "Sample measure: the one-stop shop {in_en} helps impatriates find work in their "
                "field. Actual terms are set by the region."
            ),
            "ru": (
                "Пример меры: «служба одного окна» {in_ru} помогает импатриантам найти работу по "
                "специальности. Действующие условия устанавливает регион."
            ),
        },
        "body": {
            "en": (
                "Regional one-stop shops help impatriates find employment. Under the Regional "
                "Standard, regions assess their needs, identify organisations interested in "
                "impatriates and develop support measures for employers who hire them.\n\n"
                "In this sample, the one-stop shop {in_en} puts you in touch with employers "
                "interested in specialists with your profile."
            ),
            "ru": (
                "Региональные «службы одного окна» помогают импатриантам с трудоустройством. "
                "Согласно Региональному стандарту регионы оценивают свои потребности, определяют "
                "заинтересованные в импатриантах организации и разрабатывают меры поддержки "
                "работодателей, которые их нанимают.\n\n"
                "В этом примере «служба одного окна» {in_ru} знакомит вас с работодателями, "
                "которым нужны специалисты вашего профиля."
            ),
        },
        "benefit": {
            "en": "Contacts with interested employers (sample; the actual scope is set by the region).",
            "ru": "Знакомство с заинтересованными работодателями (пример; фактический объём устанавливает регион).",
        },
        "how_to_apply": {
            "en": (
                "Describe your education and work experience in your candidate form. After "
                "arrival, contact the regional one-stop shop."
            ),
            "ru": (
                "Опишите в анкете кандидата своё образование и опыт работы. После переезда "
                "обратитесь в региональную «службу одного окна»."
            ),
        },
    },
    {
        "suffix": "school-places",
        "kind": "children_education",
        "audience": "family_members",
        "title": {
            "en": "Help with school places for children",
            "ru": "Помощь в устройстве детей в школу",
        },
        "summary": {
            "en": (
                "Sample measure: the one-stop shop {in_en} helps impatriates enrol their children "
                "in schools and other educational institutions. Actual terms are set by the region."
            ),
            "ru": (
                "Пример меры: «служба одного окна» {in_ru} помогает импатриантам записать детей в "
                "школы и другие образовательные учреждения. Действующие условия устанавливает регион."
            ),
        },
        "body": {
            "en": (
                "Regional one-stop shops help impatriates enrol their children in educational "
                "institutions. The Regional Standard covers the integration of impatriates "
                "together with their family members.\n\n"
                "In this sample, the one-stop shop {in_en} explains how enrolment works, which "
                "documents are needed and which schools are near your home."
            ),
            "ru": (
                "Региональные «службы одного окна» помогают импатриантам записать детей в "
                "образовательные учреждения. Региональный стандарт охватывает интеграцию "
                "импатриантов вместе с членами их семей.\n\n"
                "В этом примере «служба одного окна» {in_ru} объясняет, как проходит запись в "
                "школу, какие документы нужны и какие школы находятся рядом с вашим домом."
            ),
        },
        "benefit": {
            "en": "Help with enrolling children in school (sample; the actual scope is set by the region).",
            "ru": "Помощь в записи детей в школу (пример; фактический объём устанавливает регион).",
        },
        "how_to_apply": {
            "en": (
                "List your children in the family section of your candidate form. After arrival, "
                "contact the regional one-stop shop."
            ),
            "ru": (
                "Укажите детей в разделе о членах семьи анкеты кандидата. После переезда "
                "обратитесь в региональную «службу одного окна»."
            ),
        },
    },
    {
        "suffix": "one-stop-shop-consultation",
        "kind": "other",
        "audience": "impatriates",
        "title": {"en": "One-stop shop consultation", "ru": "Консультация «службы одного окна»"},
        "summary": {
            "en": (
                "Sample measure: a first consultation at the one-stop shop {in_en} on documents, "
                "work, housing and schools. Actual terms are set by the region."
            ),
            "ru": (
                "Пример меры: первичная консультация в «службе одного окна» {in_ru} по документам, "
                "работе, жилью и школам. Действующие условия устанавливает регион."
            ),
        },
        "body": {
            "en": (
                "Under the Regional Standard, each region establishes a dedicated agency or "
                "organisation to assist impatriates on a one-stop shop basis and ensures the "
                "adaptation of the impatriates it supports.\n\n"
                "In this sample, the one-stop shop {in_en} offers a first consultation after "
                "arrival: it reviews your situation, explains the next steps with documents and "
                "tells you which regional support measures apply to you and your family."
            ),
            "ru": (
                "Согласно Региональному стандарту каждый регион создаёт специальное учреждение или "
                "организацию для содействия импатриантам по принципу «одного окна» и обеспечивает "
                "адаптацию импатриантов, получающих такую поддержку.\n\n"
                "В этом примере «служба одного окна» {in_ru} проводит первичную консультацию после "
                "переезда: разбирает вашу ситуацию, объясняет дальнейшие шаги по документам и "
                "рассказывает, какие региональные меры поддержки доступны вам и вашей семье."
            ),
        },
        "benefit": {
            "en": "A personal first consultation (sample; the actual scope is set by the region).",
            "ru": "Персональная первичная консультация (пример; фактический объём устанавливает регион).",
        },
        "how_to_apply": {
            "en": "Contact the regional one-stop shop after arrival.",
            "ru": "Обратитесь в региональную «службу одного окна» после переезда.",
        },
    },
]


def _measure(region, template):
    """One sample measure of one region, built from a template."""
    code = region["code"]
    in_en, in_ru = _IN_REGION[code]
    name = region["name"]

    def fill(text):
        return {
            "en": text["en"].format(in_en=in_en),
            "ru": text["ru"].format(in_ru=in_ru),
        }

    body = fill(template["body"])
    how_to_apply = fill(template["how_to_apply"])
    return {
        "region": code,
        "slug": f"{code.split('-')[1].lower()}-{template['suffix']}",
        "title": {
            "en": f"{template['title']['en']} — {name['en']}",
            "ru": f"{template['title']['ru']} — {name['ru']}",
        },
        "summary": fill(template["summary"]),
        "body": {lang: f"{_SAMPLE_NOTE[lang]}\n\n{body[lang]}" for lang in ("en", "ru")},
        "audience": template["audience"],
        "kind": template["kind"],
        "eligible_categories": [],
        "benefit": fill(template["benefit"]),
        "how_to_apply": {lang: f"{how_to_apply[lang]} {_CONTACT[lang]}" for lang in ("en", "ru")},
        "is_sample": True,
    }


MEASURES = [
    _measure(region, template)
    for region in REGIONS
    if region["is_pilot"]
    for template in _TEMPLATES
]
