"""What the self-check result and the status page suggest to one candidate: support measures
that fit them and the documents to prepare. Read-only, shaped for the templates."""

from applications.checklist import document_checklist, items_from_keys
from applications.eligibility import NO_CATEGORY
from applications.models import ApplicationStatus
from regions.matching import measures_for, profile_from_answers, profile_from_application

# A case that ended without the status: no measures to move for.
CLOSED = {ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN, ApplicationStatus.STATUS_REFUSED}


def for_selfcheck(answers: dict) -> dict:
    """Template context from the self-check's cleaned answers (nothing is stored)."""
    category = answers.get("category", "")
    family = answers.get("family") or "alone"
    if category == NO_CATEGORY or answers.get("declaration") == "no":
        return {"measure_matches": None, "checklist": []}
    profile = profile_from_answers(category=category, family=family, region=answers.get("region"))
    return {
        **_matches(measures_for(profile)),
        "checklist": document_checklist(category=category, family=family),
    }


def for_case(application) -> dict:
    """Template context for a submitted case: the measures that fit it, while it is open."""
    if application.status in CLOSED:
        return {"measure_matches": None}
    return _matches(measures_for(profile_from_application(application)))


def _matches(matches) -> dict:
    """The matches, and their measures for the one fallback notice of the list."""
    return {"measure_matches": matches, "matched_measures": [m.measure for m in matches]}


def draft_checklist(draft) -> list[dict]:
    """The draft's saved checklist: each item, whether it is ticked, and whether a document of
    its kind is uploaded already."""
    saved = draft.document_checklist or {}
    ready = set(saved.get("ready", []))
    uploaded = {document.kind for document in draft.documents.all()}
    return [
        {"item": item, "ready": item.key in ready, "uploaded": item.kind in uploaded}
        for item in items_from_keys(saved.get("items"))
    ]
