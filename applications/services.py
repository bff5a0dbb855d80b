"""Write use cases of the candidate's case: drafts, submission, documents, transitions."""

from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import CandidateAccount
from accounts.prefill import certified_fields
from applications import checklist, notifications, rules, workflow
from applications.access_codes import access_code_generate, access_code_hash
from applications.models import (
    Actor,
    Application,
    ApplicationRegion,
    ApplicationStatus,
    DeclarationVersion,
    Document,
    DocumentKind,
    FamilyMember,
    InformationRequest,
    ReferenceCounter,
)
from applications.resume import RESUME_MAX_AGE_DAYS
from applications.rules import submission_gaps
from applications.uploads import MAX_DOCUMENTS_PER_CASE, InspectedUpload, inspect_upload
from portal.errors import DomainError

S = ApplicationStatus

# What a draft's steps may set; everything else is owned by the services and the workflow.
DRAFT_FIELDS = frozenset(
    {
        "first_name",
        "last_name",
        "first_name_latin",
        "last_name_latin",
        "first_name_cyrillic",
        "last_name_cyrillic",
        "date_of_birth",
        "citizenship",
        "country_of_residence",
        "email",
        "phone",
        "preferred_language",
        "occupation",
        "category",
        "category_details",
        "russian_level",
        "timeline",
        "support_wanted",
    }
)
MAX_USER_AGENT = 500


@dataclass(frozen=True)
class Signing:
    """Where the declaration was signed: recorded with the signature."""

    ip: str | None
    user_agent: str
    language: str


# ---- Drafts


def draft_start(*, fields: dict, account: CandidateAccount | None = None) -> Application:
    """Create a draft from the first step and email the candidate a link to resume it.

    A signed-in candidate's draft is linked to the account, and what their confirmed
    Gosuslugi identity certifies overrides what was typed.
    """
    with transaction.atomic():
        application = _draft_create(fields={**fields, **_certified(account)}, account=account)
        application.document_checklist = _checklist(application, relations=[])
        application.save(update_fields=["document_checklist"])
        notifications.resume_link_enqueue(application)
    return application


def draft_save(
    *,
    application: Application,
    fields: dict | None = None,
    regions: list | None = None,
    family_members: list[dict] | None = None,
) -> Application:
    """Save the given parts of a draft (fields, regions in order, family); others stay."""
    with transaction.atomic():
        locked = _lock(application)
        _require_draft(locked)
        fields = fields or {}
        certified = _certified(locked.account)
        if certified.keys() & fields.keys():
            fields = {**fields, **certified}
        _assign(locked, fields)
        locked.version += 1
        locked.save()
        if regions is not None:
            _set_regions(locked, regions)
        if family_members is not None:
            _set_family(locked, family_members)
        if family_members is not None or {"category", "category_details"} & set(fields or {}):
            relations = [member["relation"] for member in family_members or []]
            if family_members is None:
                relations = locked.family_members.values_list("relation", flat=True)
            locked.document_checklist = _checklist(locked, relations=relations)
            locked.save(update_fields=["document_checklist"])
    return locked


def draft_checklist_mark(*, application: Application, ready: list[str]) -> Application:
    """Record which items of the draft's checklist the candidate has ready."""
    with transaction.atomic():
        locked = _lock(application)
        _require_draft(locked)
        items = locked.document_checklist.get("items", [])
        locked.document_checklist = {
            "items": items,
            "ready": [key for key in items if key in set(ready)],
        }
        locked.version += 1
        locked.save(update_fields=["document_checklist", "version", "updated_at"])
    return locked


def draft_step_keep(*, application: Application, step: int, data: dict[str, list]) -> None:
    """Keep what was typed in a step, valid or not, until the step is saved (autosave)."""
    with transaction.atomic():
        locked = _lock(application)
        _require_draft(locked)
        locked.pending_steps = {**locked.pending_steps, str(step): data}
        locked.save(update_fields=["pending_steps", "updated_at"])


def draft_step_forget(*, application: Application, step: int) -> None:
    """The step was saved or shown again: what was kept for it is no longer needed."""
    with transaction.atomic():
        locked = _lock(application)
        if str(step) in locked.pending_steps:
            locked.pending_steps = {
                key: value for key, value in locked.pending_steps.items() if key != str(step)
            }
            locked.save(update_fields=["pending_steps"])


def draft_resume_link_send(*, application: Application) -> None:
    """Email the resume link again ("save and continue later")."""
    _require_draft(application)
    notifications.resume_link_enqueue(application)


def declaration_sign(
    *,
    application: Application,
    signature_name: str,
    declaration_accepted: bool,
    consent_given: bool,
    signing: Signing,
) -> Application:
    """Record the signature of the current declaration and, separately, the data consent."""
    with transaction.atomic():
        locked = _lock(application)
        _require_draft(locked)
        errors = rules.declaration_errors(
            declaration_accepted=declaration_accepted,
            signature_name=signature_name,
            consent_given=consent_given,
            first_name=locked.first_name,
            last_name=locked.last_name,
        )
        if errors:
            raise DomainError("invalid", _("The declaration is not signed yet."), fields=errors)
        version = DeclarationVersion.objects.current()
        if version is None:
            raise DomainError(
                "declaration_unavailable",
                _("The values declaration is not available right now; try again later."),
                status_code=503,
            )
        now = timezone.now()
        locked.declaration_version = version
        locked.declaration_language = signing.language
        locked.declaration_accepted_at = now
        locked.declaration_ip = signing.ip or None
        locked.declaration_user_agent = (signing.user_agent or "")[:MAX_USER_AGENT]
        locked.signature_name = " ".join(signature_name.split())
        locked.personal_data_consent_at = now
        locked.version += 1
        locked.save()
    return locked


def drafts_purge_stale(*, days: int = RESUME_MAX_AGE_DAYS, now=None) -> int:
    """Delete drafts untouched for `days` days, with their files; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    stale = Application.objects.drafts().filter(updated_at__lt=cutoff)
    with transaction.atomic():
        files = list(Document.objects.filter(application__in=stale).values_list("file", flat=True))
        count = stale.count()
        # Cascades to regions, family, documents and history.
        stale.delete()
        transaction.on_commit(lambda: _delete_files(files))
    return count


# ---- Submission


def application_submit(*, application: Application) -> tuple[Application, str]:
    """Submit a complete draft: reference, access code, history row, confirmation email.

    Returns the case and its access code, which exists in plain text only in this return value.
    """
    with transaction.atomic():
        locked = _lock(application)
        _require_draft(locked)
        gaps = submission_gaps(locked)
        if not gaps:
            # A draft saved before the passport spelling existed gets it now.
            _spell_for_passport(
                locked,
                typed={
                    "first_name_latin": locked.first_name_latin,
                    "last_name_latin": locked.last_name_latin,
                },
            )
        if gaps:
            raise DomainError(
                "incomplete", _("The application is not complete yet; see the fields."), gaps
            )
        access_code = access_code_generate()
        locked.reference = _reference_allocate(year=timezone.localdate().year)
        locked.access_code_hash = access_code_hash(access_code)
        locked.save(
            update_fields=[
                "reference",
                "access_code_hash",
                "first_name_latin",
                "last_name_latin",
            ]
        )
        change = workflow.transition(locked, to=S.SUBMITTED, actor=Actor.CANDIDATE)
        notifications.submission_email_enqueue(change, access_code=access_code)
    return locked, access_code


def application_create(
    *,
    fields: dict,
    regions: list,
    family_members: list[dict],
    signature_name: str,
    signing: Signing,
) -> tuple[Application, str]:
    """The API's one-shot submission: create, sign and submit in one transaction."""
    with transaction.atomic():
        draft = _draft_create(fields=fields)
        _set_regions(draft, regions)
        _set_family(draft, family_members)
        draft = declaration_sign(
            application=draft,
            signature_name=signature_name,
            declaration_accepted=True,
            consent_given=True,
            signing=signing,
        )
        return application_submit(application=draft)


# ---- Transitions


def application_transition(
    *,
    application: Application,
    to: str,
    actor: str,
    user=None,
    note: str = "",
    expected_version: int | None = None,
) -> Application:
    """Move a case through the workflow; with expected_version, refuse if it changed meanwhile."""
    with transaction.atomic():
        locked = _lock(application)
        _check_version(locked, expected_version)
        change = workflow.transition(locked, to=to, actor=actor, user=user, note=note)
        notifications.status_change_enqueue(change)
    return locked


def applications_transition(
    *, applications: Sequence[Application], to: str, actor: str, notes: Sequence[str]
) -> list[Application]:
    """Move several cases through the workflow together (a forwarding worker's batch): one
    lock for all, then what `application_transition` does for each."""
    with transaction.atomic():
        locked = (
            Application.objects.select_for_update()
            .order_by("pk")
            .in_bulk([application.pk for application in applications])
        )
        if len(locked) != len({application.pk for application in applications}):
            raise Application.DoesNotExist("A case to move no longer exists.")
        cases = [locked[application.pk] for application in applications]
        changes = workflow.transitions(cases, to=to, actor=actor, notes=notes)
        notifications.status_changes_enqueue(changes)
    return cases


def application_lock(
    *, application: Application, expected_version: int | None = None
) -> Application:
    """Lock the case's row until the caller's transaction ends; refuse it if it changed."""
    locked = _lock(application)
    _check_version(locked, expected_version)
    return locked


def application_withdraw(*, application: Application, note: str = "") -> Application:
    """The candidate withdraws the case (allowed from draft, submitted or info_requested)."""
    return application_transition(
        application=application, to=S.WITHDRAWN, actor=Actor.CANDIDATE, note=note
    )


def information_request_create(
    *, application: Application, message: str, user=None, expected_version: int | None = None
) -> InformationRequest:
    """The operator asks the candidate for more: in_review → info_requested, with the question."""
    message = (message or "").strip()
    if not message:
        error = _("Write the message to the candidate.")
        raise DomainError("invalid", error, fields={"message": [error]})
    with transaction.atomic():
        locked = _lock(application)
        _check_version(locked, expected_version)
        request = InformationRequest.objects.create(
            application=locked, message=message, requested_by=user
        )
        change = workflow.transition(
            locked, to=S.INFO_REQUESTED, actor=Actor.OPERATOR, user=user, note=message
        )
        notifications.status_change_enqueue(change)
    return request


def information_request_answer(
    *, application: Application, answer: str, uploads=(), kind: str = DocumentKind.OTHER
) -> InformationRequest:
    """The candidate answers the open request with text and files: back to in_review."""
    answer = (answer or "").strip()
    if not answer:
        error = _("Write your answer.")
        raise DomainError("invalid", error, fields={"answer": [error]})
    inspected = [inspect_upload(upload) for upload in uploads]
    with _files_removed_on_error() as written, transaction.atomic():
        locked = _lock(application)
        request = locked.information_requests.open().order_by("-requested_at", "-pk").first()
        if locked.status != S.INFO_REQUESTED or request is None:
            raise DomainError(
                "no_open_request",
                _("There is no open request for information on this application."),
                status_code=409,
            )
        for details in inspected:
            _document_store(locked, details, kind, request, written)
        request.answer = answer
        request.answered_at = timezone.now()
        request.save(update_fields=["answer", "answered_at"])
        change = workflow.transition(locked, to=S.IN_REVIEW, actor=Actor.CANDIDATE)
        notifications.status_change_enqueue(change)
    return request


# ---- Documents


def document_attach(*, application: Application, upload, kind: str) -> Document:
    """Check a file by parsing it and store it privately; nothing is written if it is refused."""
    if kind not in DocumentKind.values:
        error = _("Choose what kind of document this is.")
        raise DomainError("invalid", error, fields={"kind": [error]})
    details = inspect_upload(upload)
    with _files_removed_on_error() as written, transaction.atomic():
        locked = _lock(application)
        document = _document_store(locked, details, kind, None, written)
    return document


def document_remove(*, application: Application, document_id: int) -> None:
    """Remove a document from a draft (a submitted case keeps what it was sent)."""
    with transaction.atomic():
        locked = _lock(application)
        _require_draft(locked)
        document = locked.documents.filter(pk=document_id).first()
        if document is None:
            return
        name = document.file.name
        document.delete()
        transaction.on_commit(lambda: _delete_files([name]))


# ---- Internals


def _draft_create(*, fields: dict, account: CandidateAccount | None = None) -> Application:
    application = Application(account=account)
    _assign(application, fields)
    application.save()
    return application


def _certified(account: CandidateAccount | None) -> dict:
    return certified_fields(account.identity_record()) if account else {}


def _checklist(application: Application, *, relations) -> dict:
    """The draft's checklist rebuilt; ticks stay on the items that are still in it."""
    items = checklist.document_checklist(
        category=application.category,
        family=checklist.family_from_relations(relations),
        details=application.category_details,
    )
    keys = [item.key for item in items]
    ready = application.document_checklist.get("ready", [])
    return {"items": keys, "ready": [key for key in ready if key in keys]}


def _assign(application: Application, fields: dict) -> None:
    unknown = set(fields) - DRAFT_FIELDS
    if unknown:
        raise ValueError(f"Not draft fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(application, name, value)
    if fields.keys() & {"first_name", "last_name", "first_name_latin", "last_name_latin"}:
        _spell_for_passport(application, typed=fields)


def _spell_for_passport(application: Application, *, typed: dict) -> None:
    """The passport spelling as typed with these names, else derived (ICAO Doc 9303)."""
    try:
        spelled = rules.passport_spelling(
            first_name=application.first_name,
            last_name=application.last_name,
            first_name_latin=typed.get("first_name_latin", ""),
            last_name_latin=typed.get("last_name_latin", ""),
        )
    except ValidationError as error:
        raise DomainError(
            "invalid", _("Some names cannot be spelled in Latin letters."), error.message_dict
        ) from error
    for name in ("first_name_latin", "last_name_latin"):
        setattr(application, name, spelled.get(name, ""))


def _lock(application: Application) -> Application:
    return Application.objects.select_for_update().get(pk=application.pk)


def _require_draft(application: Application) -> None:
    if application.status != S.DRAFT:
        raise DomainError(
            "not_a_draft",
            _("This application has already been submitted and can no longer be edited."),
            status_code=409,
        )


def _check_version(application: Application, expected_version: int | None) -> None:
    if expected_version is not None and application.version != expected_version:
        raise DomainError(
            "stale_version",
            _("This case was changed by someone else in the meantime; reload it and try again."),
            status_code=409,
        )


def _set_regions(application: Application, regions: list) -> None:
    application.region_choices.all().delete()
    ApplicationRegion.objects.bulk_create(
        ApplicationRegion(application=application, region=region, position=position)
        for position, region in enumerate(regions, start=1)
    )


def _set_family(application: Application, members: list[dict]) -> None:
    application.family_members.all().delete()
    FamilyMember.objects.bulk_create(
        FamilyMember(application=application, **member) for member in members
    )


def _reference_allocate(*, year: int) -> str:
    """The next TLR-<year>-<6 digits>; the year's counter row is locked until commit."""
    ReferenceCounter.objects.bulk_create([ReferenceCounter(year=year)], ignore_conflicts=True)
    counter = ReferenceCounter.objects.select_for_update().get(year=year)
    counter.last_number += 1
    if counter.last_number > 999_999:
        raise DomainError(
            "references_exhausted",
            _("No more application references are available this year."),
            status_code=503,
        )
    counter.save(update_fields=["last_number"])
    return f"TLR-{year}-{counter.last_number:06d}"


def _document_store(
    application, details: InspectedUpload, kind, information_request, written
) -> Document:
    """Write one inspected file's checked bytes and its row (the case locked by the caller)."""
    if not workflow.candidate_may_upload(application.status):
        raise DomainError(
            "documents_closed",
            _("Documents can no longer be added to this application."),
            status_code=409,
        )
    if application.documents.count() >= MAX_DOCUMENTS_PER_CASE:
        error = _("An application can have at most %(count)s documents.") % {
            "count": MAX_DOCUMENTS_PER_CASE
        }
        raise DomainError("too_many_documents", error, fields={"file": [error]})
    document = Document(
        application=application,
        information_request=information_request,
        kind=kind,
        original_name=details.name,
        content_type=details.content_type,
        size=details.size,
        sha256=details.sha256,
    )
    document.file.save(details.name, details.as_file(), save=False)
    written.append(document.file.name)
    document.save()
    return document


@contextmanager
def _files_removed_on_error():
    """Files written inside the block are deleted again if the block fails (no half uploads)."""
    written: list[str] = []
    try:
        yield written
    except BaseException:
        _delete_files(written)
        raise


def _delete_files(names) -> None:
    storage = Document._meta.get_field("file").storage
    for name in names:
        if name:
            storage.delete(name)
