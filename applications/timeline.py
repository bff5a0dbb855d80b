"""Who holds a case now, since when, and how long that stage usually takes.

The typical duration of a stage is a median over many cases, never one person's data:
`typical_stage_days` is the one place that computes it, so its source can change (for example
to the anonymous statistics) without touching the pages.
"""

import statistics
from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.db.models import Min, Q
from django.utils.translation import gettext_lazy as _

from applications.models import ApplicationStatus, StatusChange

S = ApplicationStatus
# Fewer completed cases than this, and no typical duration is shown: a median of two or three
# cases would say more about those people than about the procedure.
MIN_CASES = 5
CACHE_SECONDS = 60 * 60


class Holder:
    """Who has the case in a stage (a value of HOLDER_LABELS)."""

    OPERATOR = "operator"
    CANDIDATE = "candidate"
    MVD = "mvd"
    MID = "mid"
    CLOSED = "closed"


HOLDER_LABELS = {
    Holder.OPERATOR: _("The operator of the programme"),
    Holder.CANDIDATE: _("You: the operator is waiting for your answer"),
    Holder.MVD: _("The Ministry of Internal Affairs (MVD)"),
    Holder.MID: _("The Ministry of Foreign Affairs (MID): your visa"),
    Holder.CLOSED: _("Nobody: the application is closed"),
}

HOLDER_BY_STATUS = {
    S.SUBMITTED: Holder.OPERATOR,
    S.IN_REVIEW: Holder.OPERATOR,
    S.INFO_REQUESTED: Holder.CANDIDATE,
    S.INTERVIEW_SCHEDULED: Holder.OPERATOR,
    # Approved cases are on their way to the MVD: the operator still answers for them.
    S.APPROVED: Holder.OPERATOR,
    S.SENT_TO_MVD: Holder.MVD,
    S.STATUS_GRANTED: Holder.MID,
    S.REJECTED: Holder.CLOSED,
    S.STATUS_REFUSED: Holder.CLOSED,
    S.WITHDRAWN: Holder.CLOSED,
}

# A stage of the procedure, as the durations count it: it starts with the first change into
# `starts` and is complete with the first change into one of `ends`.
STAGES = {
    Holder.OPERATOR: ((S.SUBMITTED,), (S.SENT_TO_MVD, S.REJECTED)),
    Holder.MVD: ((S.SENT_TO_MVD,), (S.STATUS_GRANTED, S.STATUS_REFUSED)),
}


@dataclass(frozen=True)
class Stage:
    holder: str
    since: datetime
    until: datetime | None

    @property
    def label(self):
        return HOLDER_LABELS[self.holder]


@dataclass(frozen=True)
class CaseTimeline:
    stages: list[Stage]
    typical_days: int | None

    @property
    def current(self) -> Stage | None:
        return self.stages[-1] if self.stages else None

    @property
    def earlier(self) -> list[Stage]:
        return list(reversed(self.stages[:-1]))


def case_timeline(history: list[StatusChange]) -> CaseTimeline:
    """The stages of one case from its history (oldest first), the last one being now."""
    stages: list[Stage] = []
    for change in history:
        holder = HOLDER_BY_STATUS.get(change.to_status)
        if holder is None:
            continue
        if stages and stages[-1].holder == holder:
            continue
        if stages:
            stages[-1] = Stage(stages[-1].holder, stages[-1].since, change.at)
        stages.append(Stage(holder, change.at, None))
    current = stages[-1].holder if stages else None
    return CaseTimeline(stages=stages, typical_days=typical_stage_days(current))


def typical_stage_days(stage: str | None) -> int | None:
    """The median number of days the stage takes over all completed cases; None below
    MIN_CASES cases or for a stage that is not measured."""
    if stage not in STAGES:
        return None
    key = f"applications:typical-stage-days:{stage}"
    cached = cache.get(key)
    if cached is None:
        days = _median_days(*STAGES[stage])
        cached = {"days": days}
        cache.set(key, cached, CACHE_SECONDS)
    return cached["days"]


def _median_days(starts, ends) -> int | None:
    spans = (
        StatusChange.objects.values("application")
        .annotate(
            started=Min("at", filter=Q(to_status__in=starts)),
            ended=Min("at", filter=Q(to_status__in=ends)),
        )
        .filter(started__isnull=False, ended__isnull=False)
        .values_list("started", "ended")
    )
    days = [(ended - started).total_seconds() / 86400 for started, ended in spans]
    if len(days) < MIN_CASES:
        return None
    return max(1, round(statistics.median(days)))
