from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.bench_data import BenchSize, bench_clear, bench_seed


class Command(BaseCommand):
    help = (
        "Write the benchmark dataset (100 000 cases, content) to PostgreSQL, replacing a previous "
        "one; --clear only removes it. Bench rows are marked: @bench.invalid, bench-, RU-Q…"
    )

    def add_arguments(self, parser):
        defaults = BenchSize()
        parser.add_argument("--applications", type=int, default=defaults.applications)
        parser.add_argument("--faqs", type=int, default=defaults.faqs)
        parser.add_argument("--stories", type=int, default=defaults.stories)
        parser.add_argument("--measures", type=int, default=defaults.measures)
        parser.add_argument("--regions", type=int, default=defaults.regions)
        parser.add_argument("--seed", type=int, default=2026, help="Random seed (same data).")
        parser.add_argument("--clear", action="store_true", help="Only remove the bench set.")
        parser.add_argument(
            "--force", action="store_true", help="Run even with DEBUG off (a production-like run)."
        )

    def handle(self, *args, **options):
        if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
            raise CommandError("seed_bench needs PostgreSQL (it writes with COPY).")
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "DEBUG is off: this may be a production database. Pass --force if it is a bench."
            )
        if options["clear"]:
            counts = bench_clear()
        else:
            size = BenchSize(
                applications=options["applications"],
                faqs=options["faqs"],
                stories=options["stories"],
                measures=options["measures"],
                regions=options["regions"],
            )
            if min(vars(size).values()) < 0:
                raise CommandError("Counts cannot be negative.")
            counts = bench_seed(size=size, seed=options["seed"])
        for kind, count in counts.items():
            self.stdout.write(f"{kind}: {count}")
