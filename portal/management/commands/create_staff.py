from django.core.management.base import BaseCommand, CommandError

from portal.errors import DomainError
from portal.roles import GROUP_NAMES, staff_ensure


class Command(BaseCommand):
    help = "Create or update a staff user in one role (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=sorted(GROUP_NAMES))
        parser.add_argument(
            "--region",
            dest="regions",
            action="append",
            default=[],
            metavar="CODE",
            help="ISO 3166-2 code of a region a regional editor edits; repeatable.",
        )
        parser.add_argument("--password", required=True)

    def handle(self, *args, username, role, regions, password, **options):
        try:
            user, created = staff_ensure(
                username=username, role=role, password=password, region_codes=regions
            )
        except DomainError as error:
            raise CommandError(str(error.message)) from error
        verb = "Created" if created else "Updated"
        bound = f" for {', '.join(sorted(regions))}" if regions else ""
        self.stdout.write(f"{verb} {role} “{user.username}”{bound}.")
