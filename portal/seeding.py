"""Load the demo content of demo_data/ into the database; running it twice changes nothing.

Each item is one YAML file, its translated fields written as {language: text} side by side,
so editors and translators work on data, not on code. A language an item lacks falls back
on the page, with the notice.
"""

import datetime
from collections.abc import Iterator
from pathlib import Path

import yaml
from django.conf import settings
from django.db import transaction

from portal.publishing import PublicationStatus


def demo_items(kind: str) -> list[dict]:
    """Every item of demo_data/<kind>/, in file-name order."""
    folder = Path(settings.DEMO_DATA_DIR) / kind
    return [_read(path) for path in sorted(folder.glob("*.yaml"))]


def _read(path: Path) -> dict:
    with path.open(encoding="utf-8") as source:
        return yaml.safe_load(source)


def translated(item: dict, fields) -> dict:
    """{"title": {"en": "…", "de": "…"}} → {"title_en": "…", "title_de": "…"}; a str stays."""
    result = {}
    for field in fields:
        values = item[field]
        if isinstance(values, str):
            result[field] = values
            continue
        result.update({f"{field}_{language}": text for language, text in _languages(values)})
    return result


def _languages(values: dict) -> Iterator[tuple[str, str]]:
    known = {code for code, _name in settings.LANGUAGES}
    return ((language, text) for language, text in values.items() if language in known)


def seed_regions() -> int:
    from regions.models import Region

    items = demo_items("regions")
    texts = ("name", "description", "office_name", "office_address", "office_hours")
    for item in items:
        defaults = {
            "federal_district": item["federal_district"],
            "is_pilot": item["is_pilot"],
            "work_model": item["work_model"] or "",
            "priority_categories": item["priority_categories"],
            "office_phone": item["office_phone"],
            "office_email": item["office_email"],
            "office_website": item["office_website"],
            "publication_status": PublicationStatus.PUBLISHED,
            **translated(item, (*texts, "official_title")),
        }
        Region.objects.update_or_create(code=item["code"], defaults=defaults)
    return len(items)


def seed_measures() -> int:
    from regions.models import Region, SupportMeasure

    regions = {region.code: region for region in Region.objects.all()}
    items = demo_items("measures")
    for item in items:
        defaults = {
            "region": regions[item["region"]],
            "audience": item["audience"],
            "kind": item["kind"],
            "eligible_categories": item["eligible_categories"],
            "is_sample": item["is_sample"],
            "publication_status": PublicationStatus.PUBLISHED,
            **translated(item, ("title", "summary", "body", "benefit", "how_to_apply")),
        }
        SupportMeasure.objects.update_or_create(slug=item["slug"], defaults=defaults)
    return len(items)


def seed_declaration() -> int:
    from applications.models import DeclarationVersion

    items = demo_items("declaration")
    for item in items:
        texts = translated(item, ["text"])
        # Never rewrite a text candidates have signed; only languages it lacks are added.
        declaration, created = DeclarationVersion.objects.get_or_create(
            version=item["version"], defaults=texts
        )
        missing = {field: text for field, text in texts.items() if not getattr(declaration, field)}
        if missing and not created:
            DeclarationVersion.objects.filter(pk=declaration.pk).update(**missing)
    return len(items)


def _document_date(item: dict) -> tuple:
    """(signed_on, precision) of a demo document: a full ISO date, or only "YYYY-MM"."""
    from content.models import DatePrecision

    if item["signed_on"]:
        return datetime.date.fromisoformat(item["signed_on"]), DatePrecision.DAY
    if item["signed_month"]:
        return datetime.date.fromisoformat(f"{item['signed_month']}-01"), DatePrecision.MONTH
    return None, DatePrecision.DAY


def seed_documents() -> int:
    from content.models import LegalDocument
    from regions.models import Region

    regions = {region.code: region for region in Region.objects.all()}
    items = demo_items("documents")
    for item in items:
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
            **translated(item, ("title", "issued_by", "summary", "body")),
        }
        LegalDocument.objects.update_or_create(slug=item["slug"], defaults=defaults)
    return len(items)


def seed_faq_topics() -> int:
    from content.models import FaqTopic

    items = demo_items("faq_topics")
    for item in items:
        FaqTopic.objects.update_or_create(
            slug=item["slug"], defaults={"order": item["order"], **translated(item, ["title"])}
        )
    return len(items)


def seed_faqs() -> int:
    from content.models import Faq, FaqTopic

    topics = {topic.slug: topic for topic in FaqTopic.objects.all()}
    items = demo_items("faqs")
    for item in items:
        defaults = {
            **translated(item, ("question", "answer")),
            "publication_status": PublicationStatus.PUBLISHED,
        }
        Faq.objects.update_or_create(
            topic=topics[item["topic"]], order=item["order"], defaults=defaults
        )
    return len(items)


def seed_journey() -> int:
    from content.models import JourneyStep

    items = demo_items("journey_steps")
    for item in items:
        defaults = {
            "link": item["link"],
            "publication_status": PublicationStatus.PUBLISHED,
            **translated(item, ("title", "body", "who_helps")),
        }
        JourneyStep.objects.update_or_create(order=item["order"], defaults=defaults)
    return len(items)


def seed_info_pages() -> int:
    from content.models import InfoPage

    items = demo_items("info_pages")
    for item in items:
        defaults = {
            "section": item["section"],
            "order": item["order"],
            **translated(item, ("title", "body")),
            "publication_status": PublicationStatus.PUBLISHED,
        }
        InfoPage.objects.update_or_create(slug=item["slug"], defaults=defaults)
    return len(items)


def seed_stories() -> int:
    from content.models import SuccessStory
    from regions.models import Region

    regions = {region.code: region for region in Region.objects.all()}
    items = demo_items("stories")
    for item in items:
        defaults = {
            "country": item["country"],
            "category": item["category"],
            "region": regions[item["region"]],
            "year_of_relocation": item["year"],
            "is_sample": item["is_sample"],
            "publication_status": PublicationStatus.PUBLISHED,
            **translated(item, ("display_name", "quote", "body")),
        }
        SuccessStory.objects.update_or_create(slug=item["slug"], defaults=defaults)
    return len(items)


def seed_demo_cases() -> int:
    """A few clearly fake submitted cases for the operators, in development (DEBUG) only."""
    from applications.operators.demo import demo_cases_seed

    return demo_cases_seed()


def seed_demo_history() -> int:
    """Anonymous facts of made-up earlier cases, in development (DEBUG) only."""
    from stats.demo import demo_history_seed

    return demo_history_seed()


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
    ("demo_history", seed_demo_history),
]


@transaction.atomic
def seed_demo() -> dict[str, int]:
    """Create or update every demo object; returns how many of each kind were loaded."""
    return {name: seeder() for name, seeder in SEEDERS}
