from django.core.management.base import BaseCommand, CommandError

from applications.resume import RESUME_MAX_AGE_DAYS
from applications.services import drafts_purge_stale


class Command(BaseCommand):
    help = "Delete application drafts untouched for 30 days, with their documents."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=RESUME_MAX_AGE_DAYS)

    def handle(self, *args, days, **options):
        if days < 1:
            raise CommandError("--days must be at least 1.")
        count = drafts_purge_stale(days=days)
        self.stdout.write(f"Deleted {count} stale draft(s).")
