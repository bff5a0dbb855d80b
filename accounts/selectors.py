"""Read queries of the candidate's account pages."""

from django.db.models import Prefetch

from accounts.models import CandidateAccount
from applications.models import Application, StatusChange
from applications.selectors import REFERENCE


def candidate_account(request) -> CandidateAccount | None:
    """The signed-in candidate's account; None for visitors and for staff."""
    if not hasattr(request, "_candidate_account"):
        user = getattr(request, "user", None)
        account = None
        if user is not None and user.is_authenticated:
            account = CandidateAccount.objects.filter(user=user).first()
        request._candidate_account = account
    return request._candidate_account


def account_drafts(account: CandidateAccount) -> list[Application]:
    return list(account.applications.drafts().order_by("-updated_at", "-pk"))


def account_cases(account: CandidateAccount) -> list[Application]:
    """Submitted cases, newest first, each with its history in order."""
    history = StatusChange.objects.order_by("at", "pk")
    return list(
        account.applications.submitted()
        .order_by("-submitted_at", "-pk")
        .prefetch_related(Prefetch("history", queryset=history))
    )


def account_case(account: CandidateAccount, reference: str) -> Application | None:
    """One of the account's own cases; None for anyone else's (the page answers 404)."""
    if not REFERENCE.fullmatch(reference):
        return None
    return account.applications.submitted().filter(reference=reference).first()


def account_draft(account: CandidateAccount, uuid) -> Application | None:
    try:
        return account.applications.drafts().filter(uuid=uuid).first()
    except ValueError:
        return None
