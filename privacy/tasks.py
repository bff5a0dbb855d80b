"""Celery tasks of personal data: the daily purge and the erasure a candidate asked for."""

from celery import shared_task

from privacy.models import PurgeRule, PurgeTrigger
from privacy.services import purge_personal_data


@shared_task(name="privacy.purge_personal_data")
def purge_personal_data_daily() -> int:
    """Daily (beat): apply every retention rule; returns how many cases were destroyed."""
    counts = purge_personal_data(trigger=PurgeTrigger.SCHEDULE)
    return sum(count.cases for count in counts)


@shared_task(name="privacy.erase_requested_case")
def erase_requested_case(application_id: int) -> int:
    """Erase one case whose candidate asked for it, once it is closed; idempotent."""
    counts = purge_personal_data(
        trigger=PurgeTrigger.CANDIDATE,
        rules=(PurgeRule.ERASURE_REQUEST,),
        application_ids=[application_id],
    )
    return counts[0].cases
