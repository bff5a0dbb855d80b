"""A clearly made-up history of anonymous facts for development (DEBUG) only.

A fresh `make run` has a handful of demo cases, all still with the operator, so the status
page's timeline could never say how long a stage usually takes (it needs STATISTICS_MIN_CELL
finished stays). These facts stand for twelve earlier cases that left the operator (ten
forwarded to the MVD, two rejected) and were decided by the MVD; they name no person, region
or country, and are written only while fewer such facts exist than the timeline needs.
"""

import datetime

from django.conf import settings

from applications.models import ApplicationStatus as S
from portal.categories import Category
from stats.models import CaseFact

# (days from submission to the operator's hand-over or rejection, days then spent at the MVD)
DEMO_HISTORY = [
    (18, 41),
    (21, 44),
    (24, 47),
    (26, None),
    (27, 52),
    (29, 55),
    (30, 58),
    (33, 60),
    (35, None),
    (38, 63),
    (41, 66),
    (45, 70),
]
SUBMITTED_ON = datetime.date(2026, 3, 2)


def demo_history_seed() -> int:
    """Write the demo history's facts unless enough stage ends exist; returns how many."""
    if not settings.DEBUG:
        return 0
    ends = CaseFact.objects.filter(status__in=(S.SENT_TO_MVD, S.REJECTED))
    if ends.count() >= settings.STATISTICS_MIN_CELL:
        return 0
    categories = list(Category.values)
    facts = []
    for number, (operator_days, mvd_days) in enumerate(DEMO_HISTORY):
        category = categories[number % len(categories)]
        handed_over = SUBMITTED_ON + datetime.timedelta(days=operator_days)
        facts.append(
            _fact(
                category,
                handed_over,
                from_status=S.APPROVED if mvd_days else S.IN_REVIEW,
                status=S.SENT_TO_MVD if mvd_days else S.REJECTED,
                days_in_previous_status=1.0,
                days_since_submission=float(operator_days),
            )
        )
        if mvd_days:
            facts.append(
                _fact(
                    category,
                    handed_over + datetime.timedelta(days=mvd_days),
                    from_status=S.SENT_TO_MVD,
                    status=S.STATUS_GRANTED,
                    days_in_previous_status=float(mvd_days),
                    days_since_submission=float(operator_days + mvd_days),
                )
            )
    return len(CaseFact.objects.bulk_create(facts))


def _fact(category: str, changed_on: datetime.date, **fields) -> CaseFact:
    return CaseFact(
        year=SUBMITTED_ON.year,
        month=SUBMITTED_ON.month,
        week=changed_on - datetime.timedelta(days=changed_on.weekday()),
        category=category,
        **fields,
    )
