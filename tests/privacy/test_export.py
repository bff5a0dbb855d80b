"""The candidate's export holds everything the database holds about the case."""

import datetime

import pytest
from django.db import models
from django.test import Client

from applications.models import Application, ApplicationStatus
from privacy.export import APPLICATION_SKIPPED, RELATIONS_SKIPPED
from privacy.models import AccessKind, AccessLogEntry
from tests.privacy.conftest import PASSPORT_PDF, rich_case

S = ApplicationStatus
pytestmark = pytest.mark.django_db


def as_json(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool, list, dict)):
        return value
    return str(value)


def export_of(application, code):
    response = Client().get(
        f"/api/v1/applications/{application.reference}/export/", headers={"X-Access-Code": code}
    )
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def granted(operator, kaluga, declaration):
    """The fullest case: documents, a request answered, a note, deliveries, a decision."""
    return rich_case(operator, outcome=S.STATUS_GRANTED)


def test_every_field_of_the_case_is_exported(granted):
    application, code = granted

    exported = export_of(application, code)["application"]

    for field in Application._meta.concrete_fields:
        if field.name in APPLICATION_SKIPPED:
            assert field.name not in exported
            continue
        value = field.value_from_object(application)
        if isinstance(field, models.ForeignKey):
            assert (exported[field.name] is None) == (value is None), field.name
        else:
            assert exported[field.name] == as_json(value), field.name


def test_every_row_that_belongs_to_the_case_is_exported_with_its_values(granted):
    application, code = granted

    exported = export_of(application, code)

    relations = [
        relation
        for relation in Application._meta.related_objects
        if relation.get_accessor_name() not in RELATIONS_SKIPPED | {"region_choices"}
        and not relation.many_to_many
    ]
    held = 0
    for relation in relations:
        name = relation.get_accessor_name()
        rows = relation.related_model._base_manager.filter(**{relation.field.name: application})
        exported_rows = exported[name]
        if relation.one_to_one:
            exported_rows = [exported_rows] if exported_rows else []
        assert len(exported_rows) == rows.count(), name
        for row, exported_row in zip(rows.order_by("pk"), exported_rows, strict=True):
            held += 1
            for field in row._meta.concrete_fields:
                if field.name in ("id", relation.field.name) or isinstance(
                    field, (models.ForeignKey, models.FileField)
                ):
                    continue
                assert exported_row[field.name] == as_json(field.value_from_object(row)), (
                    name,
                    field.name,
                )
    # The fixture's case really has rows of most kinds.
    assert held >= 10
    assert {"documents", "history", "family_members", "information_requests"} <= set(exported)


def test_documents_are_listed_with_their_hash_and_the_consent_record_is_there(granted):
    application, code = granted
    import hashlib

    exported = export_of(application, code)

    digests = {document["sha256"] for document in exported["documents"]}
    assert hashlib.sha256(PASSPORT_PDF).hexdigest() in digests
    consent = exported["consent"]
    assert consent["declaration_ip"] == "203.0.113.7"
    assert consent["declaration_version"] == "2025-1"
    assert consent["personal_data_consent_at"] == application.personal_data_consent_at.isoformat()
    assert [change["to_status"] for change in exported["history"]] == list(
        application.history.order_by("at", "pk").values_list("to_status", flat=True)
    )
    assert exported["preferred_regions"] == [{"position": 1, "region": "RU-KLU"}]


def test_the_export_is_logged_as_the_candidate(granted):
    application, code = granted

    export_of(application, code)

    entry = AccessLogEntry.objects.get(kind=AccessKind.CANDIDATE_EXPORT)
    assert (entry.user, entry.application, entry.reference) == (
        None,
        application,
        application.reference,
    )


@pytest.mark.parametrize("code", ["", "AAAA-BBBB-CCCC"])
def test_a_wrong_or_missing_code_answers_404_and_logs_nothing(granted, code):
    application, _code = granted

    response = Client().get(
        f"/api/v1/applications/{application.reference}/export/", headers={"X-Access-Code": code}
    )

    assert response.status_code == 404
    assert response.json()["error"]["code"]
    assert not AccessLogEntry.objects.filter(kind=AccessKind.CANDIDATE_EXPORT).exists()


def test_the_schema_documents_the_export_and_the_statistics(client):
    schema = client.get("/api/schema/", headers={"Accept": "application/json"}).content.decode()

    assert "/api/v1/applications/{reference}/export/" in schema
    assert "/api/v1/statistics/" in schema
