from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from ministries.esia.services import client_register, identities_seed


class Command(BaseCommand):
    help = (
        "Mock ESIA: create its demo people and register the portal as its client "
        "(ESIA_CLIENT_ID, ESIA_CLIENT_SECRET); idempotent. Prints the demo people."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--redirect-uri",
            action="append",
            default=[],
            help="Where the mock may send the browser back (default: PUBLIC_BASE_URL's callback).",
        )

    def handle(self, *args, **options):
        if not settings.MOCK_MINISTRIES_ENABLED:
            raise CommandError("The mock ESIA is served only when MOCK_MINISTRIES_ENABLED is on.")
        callback = reverse("esia-callback")
        base = settings.PUBLIC_BASE_URL.rstrip("/")
        redirect_uris = options["redirect_uri"] or [f"{base}{callback}"]
        if base.startswith("http://127.0.0.1"):
            redirect_uris.append(base.replace("127.0.0.1", "localhost", 1) + callback)
        client_register(
            client_id=settings.ESIA_CLIENT_ID,
            client_secret=settings.ESIA_CLIENT_SECRET,
            redirect_uris=redirect_uris,
        )
        self.stdout.write("Demo people at the mock Gosuslugi (pick one after “Sign in with")
        self.stdout.write("Gosuslugi” on /en/apply/; development only):")
        for identity in identities_seed():
            confirmed = "confirmed" if identity.verified else "unconfirmed"
            self.stdout.write(
                f"  {identity.given_name_latin} {identity.family_name_latin:<10} "
                f"({identity.given_name} {identity.family_name}), {identity.citizenship}, "
                f"born {identity.birthdate}, {confirmed}"
            )
