"""Load the demo content of portal/demo/ into the database; running it twice changes nothing."""

from django.db import transaction

from portal.publishing import PublicationStatus


def translated(field: str, values: dict | str) -> dict:
    """{"en": "…", "ru": "…"} for `field` → {"field_en": "…", "field_ru": "…"}; a str stays."""
    if isinstance(values, str):
        return {field: values}
    return {f"{field}_{language}": text for language, text in values.items()}


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
        for field in translated_fields:
            defaults.update(translated(field, item[field]))
        Region.objects.update_or_create(code=item["code"], defaults=defaults)
    return len(REGIONS)


SEEDERS = [("regions", seed_regions)]


@transaction.atomic
def seed_demo() -> dict[str, int]:
    """Create or update every demo object; returns how many of each kind were loaded."""
    return {name: seeder() for name, seeder in SEEDERS}
