from django.core.management.base import BaseCommand

from privacy.models import PurgeRule, PurgeTrigger
from privacy.services import purge_personal_data


class Command(BaseCommand):
    help = (
        "Destroy the personal data and documents of cases past their retention period "
        "(RETENTION_DAYS_CLOSED, _GRANTED, _DRAFT) and of closed cases whose candidate asked "
        "for erasure; cases on legal hold are kept. Writes a destruction record per rule."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be destroyed."
        )

    def handle(self, *args, dry_run, **options):
        counts = purge_personal_data(dry_run=dry_run, trigger=PurgeTrigger.COMMAND)
        verb = "Would destroy" if dry_run else "Destroyed"
        for count in counts:
            self.stdout.write(
                f"{verb} {count.cases} case(s) and {count.files} file(s): "
                f"{PurgeRule(count.rule).label}"
            )
