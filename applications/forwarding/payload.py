"""The JSON sent to the ministries (schema version 1), built in this one place.

The schemas it must satisfy are documented in ministries/schemas.py.
"""

from applications.models import Application, ApplicationStatus, StatusChange

S = ApplicationStatus
SCHEMA_VERSION = "1"


def person(application: Application) -> dict:
    data = {
        "first_name": application.first_name,
        "last_name": application.last_name,
        "date_of_birth": application.date_of_birth.isoformat(),
        "citizenship": str(application.citizenship),
        "email": application.email,
    }
    optional = {
        "first_name_latin": application.first_name_latin,
        "last_name_latin": application.last_name_latin,
        "first_name_cyrillic": application.first_name_cyrillic,
        "last_name_cyrillic": application.last_name_cyrillic,
        "country_of_residence": str(application.country_of_residence or ""),
        "phone": application.phone,
    }
    data.update({key: value for key, value in optional.items() if value})
    return data


# The rows of one case are read as plain values: no join on the case for the models' default
# ordering, and no wide region row for its code.
def family_members(application: Application) -> list[dict]:
    rows = application.family_members.order_by("pk").values(
        "relation", "first_name", "last_name", "date_of_birth", "citizenship"
    )
    return [
        {
            **row,
            "date_of_birth": row["date_of_birth"].isoformat(),
            "citizenship": str(row["citizenship"]),
        }
        for row in rows
    ]


def first_region_code(application: Application) -> str:
    return (
        application.region_choices.order_by("position")
        .values_list("region__code", flat=True)
        .first()
    )


def documents(application: Application) -> list[dict]:
    return [
        {"name": name, "type": content_type, "kind": kind, "sha256": sha256}
        for name, content_type, kind, sha256 in application.documents.order_by(
            "uploaded_at", "pk"
        ).values_list("original_name", "content_type", "kind", "sha256")
    ]


def _last_changes_to(application: Application, *statuses: str) -> dict[str, StatusChange]:
    """The latest history row into each of `statuses`, read in one query."""
    latest: dict[str, StatusChange] = {}
    for change in application.history.filter(to_status__in=statuses).order_by("-at"):
        latest.setdefault(change.to_status, change)
    return latest


def mvd_case(application: Application) -> dict:
    changes = _last_changes_to(application, S.APPROVED, S.INTERVIEW_SCHEDULED)
    approval = changes.get(S.APPROVED)
    interview = changes.get(S.INTERVIEW_SCHEDULED)
    return {
        "schema_version": SCHEMA_VERSION,
        "reference": application.reference,
        "category": application.category,
        "person": person(application),
        "family_members": family_members(application),
        "region": first_region_code(application),
        "interview_at": interview.at.isoformat() if interview else None,
        "decision_note": approval.note if approval else "",
        "documents": documents(application),
        "approved_at": approval.at.isoformat(),
    }


def mid_visa_request(application: Application, *, mvd_external_id: str) -> dict:
    granted = _last_changes_to(application, S.STATUS_GRANTED)[S.STATUS_GRANTED]
    return {
        "schema_version": SCHEMA_VERSION,
        "reference": application.reference,
        "mvd_external_id": mvd_external_id,
        "person": person(application),
        "family_members": family_members(application),
        "region": first_region_code(application),
        "status_granted_at": granted.at.isoformat(),
    }
