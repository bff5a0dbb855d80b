"""The JSON sent to the ministries (schema version 1), built in this one place.

The schemas it must satisfy are documented in ministries/schemas.py.
"""

from applications.models import Application, ApplicationStatus

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
        "first_name_cyrillic": application.first_name_cyrillic,
        "last_name_cyrillic": application.last_name_cyrillic,
        "country_of_residence": str(application.country_of_residence or ""),
        "phone": application.phone,
    }
    data.update({key: value for key, value in optional.items() if value})
    return data


def family_members(application: Application) -> list[dict]:
    return [
        {
            "relation": member.relation,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "date_of_birth": member.date_of_birth.isoformat(),
            "citizenship": str(member.citizenship),
        }
        for member in application.family_members.all()
    ]


def first_region_code(application: Application) -> str:
    first = application.region_choices.select_related("region").order_by("position").first()
    return first.region.code


def documents(application: Application) -> list[dict]:
    return [
        {
            "name": document.original_name,
            "type": document.content_type,
            "kind": document.kind,
            "sha256": document.sha256,
        }
        for document in application.documents.all()
    ]


def _last_change_to(application: Application, status: str):
    return application.history.filter(to_status=status).order_by("-at").first()


def mvd_case(application: Application) -> dict:
    approval = _last_change_to(application, ApplicationStatus.APPROVED)
    interview = _last_change_to(application, ApplicationStatus.INTERVIEW_SCHEDULED)
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
    granted = _last_change_to(application, ApplicationStatus.STATUS_GRANTED)
    return {
        "schema_version": SCHEMA_VERSION,
        "reference": application.reference,
        "mvd_external_id": mvd_external_id,
        "person": person(application),
        "family_members": family_members(application),
        "region": first_region_code(application),
        "status_granted_at": granted.at.isoformat(),
    }
