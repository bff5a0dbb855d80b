"""Facts for the cases submitted before facts were written, from their status history, so the
dashboard and the reports keep counting them."""

from datetime import timedelta

from django.db import migrations
from django.utils import timezone

SECONDS_PER_DAY = 86_400
BATCH = 2000


def backfill(apps, schema_editor):
    Application = apps.get_model("applications", "Application")
    ApplicationRegion = apps.get_model("applications", "ApplicationRegion")
    StatusChange = apps.get_model("applications", "StatusChange")
    CaseFact = apps.get_model("stats", "CaseFact")
    if CaseFact.objects.exists():
        return
    cases = (
        Application.objects.exclude(status="draft")
        .order_by("pk")
        .values_list("pk", "created_at", "submitted_at", "category", "citizenship")
    )
    facts = []
    for pk, created_at, submitted_at, category, citizenship in cases.iterator(chunk_size=BATCH):
        region = (
            ApplicationRegion.objects.filter(application_id=pk, position=1)
            .values_list("region__code", flat=True)
            .first()
        )
        previous_at = created_at
        history = StatusChange.objects.filter(application_id=pk).order_by("at", "pk")
        for from_status, to_status, at in history.values_list("from_status", "to_status", "at"):
            cohort = timezone.localtime(submitted_at or at)
            changed_on = timezone.localtime(at).date()
            days = max((at - previous_at).total_seconds(), 0) / SECONDS_PER_DAY
            facts.append(
                CaseFact(
                    year=cohort.year,
                    month=cohort.month,
                    week=changed_on - timedelta(days=changed_on.weekday()),
                    category=category or "",
                    citizenship=citizenship or "",
                    region=region or "",
                    from_status=from_status,
                    status=to_status,
                    days_in_previous_status=round(days, 2),
                )
            )
            previous_at = at
        if len(facts) >= BATCH:
            CaseFact.objects.bulk_create(facts)
            facts = []
    CaseFact.objects.bulk_create(facts)


class Migration(migrations.Migration):
    dependencies = [
        ("stats", "0001_case_facts"),
        ("applications", "0003_operator_queue"),
        ("regions", "0001_initial"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
