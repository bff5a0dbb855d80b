"""Load the demo content of portal/demo/ into the database; running it twice changes nothing."""

import importlib
from functools import cache

from django.db import transaction

from portal.publishing import PublicationStatus

# Languages whose demo texts live in portal/demo/i18n/<language>.py beside the en/ru originals.
EXTRA_DEMO_LANGUAGES = ("de", "fr", "es", "it")


def translated(field: str, values: dict | str) -> dict:
    """{"en": "…", "ru": "…"} for `field` → {"field_en": "…", "field_ru": "…"}; a str stays."""
    if isinstance(values, str):
        return {field: values}
    return {f"{field}_{language}": text for language, text in values.items()}


@cache
def _extra_language_modules() -> dict:
    modules = {}
    for language in EXTRA_DEMO_LANGUAGES:
        try:
            modules[language] = importlib.import_module(f"portal.demo.i18n.{language}")
        except ModuleNotFoundError:
            continue
    return modules


def with_languages(kind: str, key, item: dict, fields) -> dict:
    """`item`'s en/ru texts of `fields` plus those the extra-language modules give for `key`."""
    texts = {field: item[field] for field in fields}
    for language, module in _extra_language_modules().items():
        found = getattr(module, kind, {}).get(key, {})
        for field in fields:
            if found.get(field) and isinstance(texts[field], dict):
                texts[field] = {**texts[field], language: found[field]}
    result = {}
    for field, values in texts.items():
        result.update(translated(field, values))
    return result


def seed_regions() -> int:
    from portal.demo.regions import REGIONS
    from regions.models import Region

    translated_fields = (
        "name",
        "description",
        "office_name",
        "office_address",
        "office_hours",
        "official_title",
    )
    for item in REGIONS:
        defaults = {
            "federal_district": item["federal_district"],
            "is_pilot": item["is_pilot"],
            "work_model": item["work_model"] or "",
            "priority_categories": item["priority_categories"],
            "office_phone": item["office_phone"],
            "office_email": item["office_email"],
            "office_website": item["office_website"],
            "publication_status": PublicationStatus.PUBLISHED,
        }
        defaults.update(with_languages("REGIONS", item["code"], item, translated_fields))
        Region.objects.update_or_create(code=item["code"], defaults=defaults)
    return len(REGIONS)


def seed_measures() -> int:
    from portal.demo.measures import MEASURES
    from regions.models import Region, SupportMeasure

    regions = {region.code: region for region in Region.objects.all()}
    for item in MEASURES:
        defaults = {
            "region": regions[item["region"]],
            "audience": item["audience"],
            "kind": item["kind"],
            "eligible_categories": item["eligible_categories"],
            "is_sample": item["is_sample"],
            "publication_status": PublicationStatus.PUBLISHED,
        }
        for field in ("title", "summary", "body", "benefit", "how_to_apply"):
            defaults.update(translated(field, item[field]))
        SupportMeasure.objects.update_or_create(slug=item["slug"], defaults=defaults)
    return len(MEASURES)


def seed_declaration() -> int:
    from applications.models import DeclarationVersion
    from portal.demo.declaration import VALUES_DECLARATION

    texts = with_languages("DECLARATION", "text", VALUES_DECLARATION, ["text"])
    # Never rewrite a text candidates have signed; only languages it lacks are added.
    declaration, created = DeclarationVersion.objects.get_or_create(
        version=VALUES_DECLARATION["version"], defaults=texts
    )
    missing = {field: text for field, text in texts.items() if not getattr(declaration, field)}
    if missing and not created:
        DeclarationVersion.objects.filter(pk=declaration.pk).update(**missing)
    return 1


def _document_date(item: dict) -> tuple:
    """(signed_on, precision) of a demo document: a full ISO date, or only "YYYY-MM"."""
    import datetime

    from content.models import DatePrecision

    if item["signed_on"]:
        return datetime.date.fromisoformat(item["signed_on"]), DatePrecision.DAY
    if item["signed_month"]:
        return datetime.date.fromisoformat(f"{item['signed_month']}-01"), DatePrecision.MONTH
    return None, DatePrecision.DAY


def seed_documents() -> int:
    from content.models import LegalDocument
    from portal.demo.documents import DOCUMENTS
    from regions.models import Region

    regions = {region.code: region for region in Region.objects.all()}
    for item in DOCUMENTS:
        signed_on, precision = _document_date(item)
        defaults = {
            "kind": item["kind"],
            "number": item["number"],
            "signed_on": signed_on,
            "signed_on_precision": precision,
            "legal_status": item["status"],
            "source_url": item["source_url"],
            "region": regions[item["region"]] if item["region"] else None,
            "publication_status": PublicationStatus.PUBLISHED,
        }
        for field in ("title", "issued_by", "summary", "body"):
            defaults.update(translated(field, item[field]))
        LegalDocument.objects.update_or_create(slug=item["slug"], defaults=defaults)
    return len(DOCUMENTS)


def seed_faq_topics() -> int:
    from content.models import FaqTopic
    from portal.demo.faqs import TOPICS

    for item in TOPICS:
        FaqTopic.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "order": item["order"],
                **with_languages("FAQ_TOPICS", item["slug"], item, ["title"]),
            },
        )
    return len(TOPICS)


def seed_faqs() -> int:
    from content.models import Faq, FaqTopic
    from portal.demo.faqs import FAQS

    topics = {topic.slug: topic for topic in FaqTopic.objects.all()}
    for item in FAQS:
        key = (item["topic"], item["order"])
        defaults = {
            **with_languages("FAQS", key, item, ["question", "answer"]),
            "publication_status": PublicationStatus.PUBLISHED,
        }
        Faq.objects.update_or_create(
            topic=topics[item["topic"]], order=item["order"], defaults=defaults
        )
    return len(FAQS)


def seed_journey() -> int:
    from content.models import JourneyStep
    from portal.demo.journey import JOURNEY_STEPS

    for item in JOURNEY_STEPS:
        defaults = {
            "link": item["link"],
            "publication_status": PublicationStatus.PUBLISHED,
            **with_languages("JOURNEY_STEPS", item["order"], item, ["title", "body", "who_helps"]),
        }
        JourneyStep.objects.update_or_create(order=item["order"], defaults=defaults)
    return len(JOURNEY_STEPS)


def seed_info_pages() -> int:
    from content.models import InfoPage
    from portal.demo.pages import INFO_PAGES

    for item in INFO_PAGES:
        defaults = {
            "section": item["section"],
            "order": item["order"],
            **with_languages("INFO_PAGES", item["slug"], item, ["title", "body"]),
            "publication_status": PublicationStatus.PUBLISHED,
        }
        InfoPage.objects.update_or_create(slug=item["slug"], defaults=defaults)
    return len(INFO_PAGES)


def seed_stories() -> int:
    from content.models import SuccessStory
    from portal.demo.stories import STORIES
    from regions.models import Region

    regions = {region.code: region for region in Region.objects.all()}
    for item in STORIES:
        defaults = {
            "country": item["country"],
            "category": item["category"],
            "region": regions[item["region"]],
            "year_of_relocation": item["year"],
            "is_sample": item["is_sample"],
            "publication_status": PublicationStatus.PUBLISHED,
        }
        for field in ("display_name", "quote", "body"):
            defaults.update(translated(field, item[field]))
        SuccessStory.objects.update_or_create(slug=item["slug"], defaults=defaults)
    return len(STORIES)


def seed_demo_cases() -> int:
    """A few clearly fake submitted cases for the operators, in development (DEBUG) only."""
    from applications.operators.demo import demo_cases_seed

    return demo_cases_seed()


SEEDERS = [
    ("regions", seed_regions),
    ("measures", seed_measures),
    ("declaration", seed_declaration),
    ("documents", seed_documents),
    ("faq_topics", seed_faq_topics),
    ("faqs", seed_faqs),
    ("journey_steps", seed_journey),
    ("info_pages", seed_info_pages),
    ("stories", seed_stories),
    ("demo_cases", seed_demo_cases),
]


@transaction.atomic
def seed_demo() -> dict[str, int]:
    """Create or update every demo object; returns how many of each kind were loaded."""
    return {name: seeder() for name, seeder in SEEDERS}
