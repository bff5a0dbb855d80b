"""Which statuses the operators still work on, derived from the status machine's table."""

from applications.models import ApplicationStatus
from applications.workflow import TRANSITIONS

# A case is open while a transition still leads out of it; a draft is the candidate's alone.
OPEN_STATUSES = frozenset(source for source, _to in TRANSITIONS) - {ApplicationStatus.DRAFT}


def is_open(status: str) -> bool:
    return status in OPEN_STATUSES
