"""Who holds a case now, since when, and how long that stage usually takes.

The typical duration of a stage is a median over the anonymous statistics facts (stats app),
never one person's data: the facts outlive purged cases, and below the statistics' smallest
cell (STATISTICS_MIN_CELL cases) no figure is shown at all.
"""

from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from applications.models import ApplicationStatus, StatusChange
from stats.selectors import typical_days_in_status, typical_days_until

S = ApplicationStatus
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

# How long a stage usually takes, from the facts: the operator's stage runs from submission to
# the first change that hands the case on or closes it (whichever statuses it passed through on
# the way); the MVD's is the stay in sent_to_mvd.
STAGE_TYPICAL_DAYS = {
    Holder.OPERATOR: lambda: typical_days_until((S.SENT_TO_MVD, S.REJECTED)),
    Holder.MVD: lambda: typical_days_in_status(S.SENT_TO_MVD),
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
    """The median number of days the stage takes (at least one); None for a stage that is not
    measured or with too few cases in the statistics."""
    if stage not in STAGE_TYPICAL_DAYS:
        return None
    key = f"applications:typical-stage-days:{stage}"
    cached = cache.get(key)
    if cached is None:
        days = STAGE_TYPICAL_DAYS[stage]()
        cached = {"days": None if days is None else max(1, days)}
        cache.set(key, cached, CACHE_SECONDS)
    return cached["days"]
