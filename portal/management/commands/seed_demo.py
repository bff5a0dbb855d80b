from django.core.management.base import BaseCommand

from portal.seeding import seed_demo


class Command(BaseCommand):
    help = "Load the demo regions and content (idempotent)."

    def handle(self, *args, **options):
        for kind, count in seed_demo().items():
            self.stdout.write(f"{kind}: {count}")
