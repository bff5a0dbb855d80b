"""The JSON sent to the ministries (schema version 1), built in this one place.

The schemas it must satisfy are documented in ministries/schemas.py. Payloads are built for a
batch of cases at once, a few queries per batch rather than per case; one case is a batch of
one.
"""

from collections import defaultdict
from collections.abc import Sequence

from applications.models import (
    Application,
    ApplicationRegion,
    ApplicationStatus,
    Document,
    FamilyMember,
    StatusChange,
)

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


# The rows of the cases are read as plain values, one query per kind for the whole batch: no
# join on the case for the models' default ordering, and no wide region row for its code.
def family_members(ids: Sequence[int]) -> dict[int, list[dict]]:
    """Each case's family members, in the order they were added."""
    found = defaultdict(list)
    for row in (
        FamilyMember.objects.filter(application_id__in=ids)
        .order_by("pk")
        .values(
            "application_id", "relation", "first_name", "last_name", "date_of_birth", "citizenship"
        )
    ):
        case = row.pop("application_id")
        row["date_of_birth"] = row["date_of_birth"].isoformat()
        row["citizenship"] = str(row["citizenship"])
        found[case].append(row)
    return found


def first_region_codes(ids: Sequence[int]) -> dict[int, str]:
    """Each case's first-choice region code."""
    found: dict[int, str] = {}
    for case, code in (
        ApplicationRegion.objects.filter(application_id__in=ids)
        .order_by("position")
        .values_list("application_id", "region__code")
    ):
        found.setdefault(case, code)
    return found


def documents(ids: Sequence[int]) -> dict[int, list[dict]]:
    """Each case's documents, in the order they were uploaded."""
    found = defaultdict(list)
    for case, name, content_type, kind, sha256 in (
        Document.objects.filter(application_id__in=ids)
        .order_by("uploaded_at", "pk")
        .values_list("application_id", "original_name", "content_type", "kind", "sha256")
    ):
        found[case].append({"name": name, "type": content_type, "kind": kind, "sha256": sha256})
    return found


def last_changes_to(ids: Sequence[int], *statuses: str) -> dict[int, dict[str, StatusChange]]:
    """Each case's latest history row into each of `statuses`."""
    latest = defaultdict(dict)
    rows = StatusChange.objects.filter(application_id__in=ids, to_status__in=statuses)
    for change in rows.order_by("-at"):
        latest[change.application_id].setdefault(change.to_status, change)
    return latest


def mvd_cases(applications: Sequence[Application]) -> dict[int, dict]:
    """The MVD status request of each case, by case id."""
    ids = [application.pk for application in applications]
    changes = last_changes_to(ids, S.APPROVED, S.INTERVIEW_SCHEDULED)
    family, regions, files = family_members(ids), first_region_codes(ids), documents(ids)
    payloads = {}
    for application in applications:
        approval = changes[application.pk].get(S.APPROVED)
        interview = changes[application.pk].get(S.INTERVIEW_SCHEDULED)
        payloads[application.pk] = {
            "schema_version": SCHEMA_VERSION,
            "reference": application.reference,
            "category": application.category,
            "person": person(application),
            "family_members": family[application.pk],
            "region": regions.get(application.pk),
            "interview_at": interview.at.isoformat() if interview else None,
            "decision_note": approval.note if approval else "",
            "documents": files[application.pk],
            "approved_at": approval.at.isoformat(),
        }
    return payloads


def mvd_case(application: Application) -> dict:
    return mvd_cases([application])[application.pk]


def mid_visa_requests(
    applications: Sequence[Application], *, mvd_external_ids: dict[int, str]
) -> dict[int, dict]:
    """The MID visa request of each case, by case id; `mvd_external_ids` by case id too."""
    ids = [application.pk for application in applications]
    changes = last_changes_to(ids, S.STATUS_GRANTED)
    family, regions = family_members(ids), first_region_codes(ids)
    return {
        application.pk: {
            "schema_version": SCHEMA_VERSION,
            "reference": application.reference,
            "mvd_external_id": mvd_external_ids[application.pk],
            "person": person(application),
            "family_members": family[application.pk],
            "region": regions.get(application.pk),
            "status_granted_at": changes[application.pk][S.STATUS_GRANTED].at.isoformat(),
        }
        for application in applications
    }


def mid_visa_request(application: Application, *, mvd_external_id: str) -> dict:
    return mid_visa_requests([application], mvd_external_ids={application.pk: mvd_external_id})[
        application.pk
    ]
