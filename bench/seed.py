"""Write the benchmark dataset (100 000 cases, content) to PostgreSQL, replacing a previous one.

Usage: python bench/seed.py [--applications N ...] [--clear] [--force]
Bench rows are marked: @bench.invalid, bench-, RU-Q…; --clear only removes them.
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")


def parser() -> argparse.ArgumentParser:
    from bench.dataset import BenchSize

    defaults = BenchSize()
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--applications", type=int, default=defaults.applications)
    options.add_argument("--faqs", type=int, default=defaults.faqs)
    options.add_argument("--stories", type=int, default=defaults.stories)
    options.add_argument("--measures", type=int, default=defaults.measures)
    options.add_argument("--regions", type=int, default=defaults.regions)
    options.add_argument("--seed", type=int, default=2026, help="Random seed (same data).")
    options.add_argument("--clear", action="store_true", help="Only remove the bench set.")
    options.add_argument(
        "--force", action="store_true", help="Run even with DEBUG off (a production-like run)."
    )
    return options


def seed(arguments: list[str]) -> dict[str, int]:
    """Seed (or --clear) as the command line asks; raises CommandError on a refused database."""
    from django.conf import settings
    from django.core.management import CommandError

    from bench.dataset import BenchSize, bench_clear, bench_seed

    options = parser().parse_args(arguments)
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise CommandError("The bench dataset needs PostgreSQL (it writes with COPY).")
    if not settings.DEBUG and not options.force:
        raise CommandError(
            "DEBUG is off: this may be a production database. Pass --force if it is a bench."
        )
    if options.clear:
        return bench_clear()
    size = BenchSize(
        applications=options.applications,
        faqs=options.faqs,
        stories=options.stories,
        measures=options.measures,
        regions=options.regions,
    )
    if min(vars(size).values()) < 0:
        raise CommandError("Counts cannot be negative.")
    return bench_seed(size=size, seed=options.seed)


if __name__ == "__main__":
    import django

    django.setup()
    for kind, count in seed(sys.argv[1:]).items():
        print(f"{kind}: {count}")
