from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from portal.roles import Role, staff_ensure

DEMO_PASSWORD = "demo-pass-2026"
DEMO_STAFF = [
    ("operator", Role.OPERATOR, []),
    ("editor-kaluga", Role.REGIONAL_EDITOR, ["RU-KLU"]),
    ("content-editor", Role.CONTENT_EDITOR, []),
]


class Command(BaseCommand):
    help = "Development only: create a demo superuser and one user per role, and print them."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo users are created only when DEBUG is on.")
        admin, _created = get_user_model().objects.get_or_create(username="admin")
        admin.is_staff = admin.is_superuser = True
        admin.set_password(DEMO_PASSWORD)
        admin.save()
        for username, role, regions in DEMO_STAFF:
            staff_ensure(username=username, role=role, password=DEMO_PASSWORD, region_codes=regions)
        self.stdout.write("Demo accounts for http://127.0.0.1:8000/admin/ (development only):")
        for username in ["admin", *(username for username, _role, _regions in DEMO_STAFF)]:
            self.stdout.write(f"  {username:<16} password: {DEMO_PASSWORD}")
