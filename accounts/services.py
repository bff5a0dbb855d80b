"""Write use cases of candidate accounts: sign-in, sign-out everywhere, linking cases."""

import uuid

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.esia import Identity
from accounts.models import CandidateAccount
from applications import selectors as application_selectors
from applications.models import Application
from portal.errors import DomainError

NOT_FOUND = _(
    "We could not find an application with this reference and access code. Check both and try "
    "again."
)


def account_sign_in(*, identity: Identity) -> CandidateAccount:
    """The account of this ESIA person, created at the first sign-in; its identity refreshed."""
    with transaction.atomic():
        account = (
            CandidateAccount.objects.select_for_update()
            .select_related("user")
            .filter(issuer=identity.issuer, subject=identity.subject)
            .first()
        )
        if account is None:
            user = get_user_model()(username=f"candidate-{uuid.uuid4().hex}")
            # No password, no staff flag: the account exists only through Gosuslugi.
            user.set_unusable_password()
            user.save()
            account = CandidateAccount(user=user, issuer=identity.issuer, subject=identity.subject)
        account.identity = identity.as_json()
        account.verified = identity.verified
        account.last_signed_in_at = timezone.now()
        account.save()
    return account


def account_sign_out_everywhere(*, account: CandidateAccount) -> None:
    """End every session of the account: a new unusable password changes the session hash."""
    user = account.user
    user.set_unusable_password()
    user.save(update_fields=["password"])


def application_link(*, account: CandidateAccount, reference: str, access_code: str) -> Application:
    """Link a case submitted without signing in, proven by its reference and access code."""
    found = application_selectors.application_for_candidate(
        reference=reference, access_code=access_code
    )
    if found is None:
        raise DomainError("not_found", NOT_FOUND, status_code=404)
    with transaction.atomic():
        application = Application.objects.select_for_update().get(pk=found.pk)
        if application.account_id not in (None, account.pk):
            raise DomainError(
                "linked_elsewhere",
                _("This application is already linked to another Gosuslugi account."),
                status_code=409,
            )
        if application.account_id is None:
            application.account = account
            application.save(update_fields=["account", "updated_at"])
    return application


def draft_claim(*, account: CandidateAccount, uuid) -> Application | None:
    """Link the draft this browser started before signing in, unless it belongs to someone."""
    if not uuid:
        return None
    with transaction.atomic():
        draft = Application.objects.drafts().select_for_update().filter(uuid=uuid).first()
        if draft is None or draft.account_id not in (None, account.pk):
            return None
        if draft.account_id is None:
            draft.account = account
            draft.save(update_fields=["account", "updated_at"])
    return draft
