"""The operator API of shared/CONTRACT.md."""

import pytest
from django.core import mail
from django.test import Client
from rest_framework.authtoken.models import Token

from applications.models import Application, InformationRequest
from tests.factories import RegionFactory
from tests.operators.conftest import case_in

pytestmark = pytest.mark.django_db

LIST = "/api/v1/operator/applications/"


def transition_url(application) -> str:
    return f"{LIST}{application.reference}/transition/"


def move(client, application, capture, **body):
    with capture(execute=True):
        return client.post(transition_url(application), body, content_type="application/json")


def test_the_list_is_paginated_oldest_first_with_each_case_summarised(client, operator, case):
    body = client.get(LIST).json()

    assert set(body) == {"count", "next", "previous", "results"}
    row = body["results"][0]
    assert row["reference"] == case.reference
    assert (row["status"], row["category"], row["first_region"]) == (
        "submitted",
        "scientist",
        "RU-KLU",
    )
    assert row["version"] == case.version
    assert row["assigned_operator"] is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "in_review"}, {"reviewed"}),
        ({"category": "investor"}, {"investor"}),
        ({"region": "RU-KLU"}, {"kaluga"}),
        ({"region": "ru-klu", "status": "submitted"}, {"kaluga"}),
    ],
)
def test_the_list_filters_by_status_category_and_first_region(
    client, operator, kaluga, query, expected
):
    cases = {
        "reviewed": case_in("in_review", regions=[RegionFactory()]),
        "investor": case_in("submitted", category="investor", regions=[RegionFactory()]),
        "kaluga": case_in("submitted", regions=[kaluga]),
        "second_choice": case_in("submitted", regions=[RegionFactory(), kaluga]),
    }

    results = client.get(LIST, query).json()["results"]

    assert {row["reference"] for row in results} == {cases[name].reference for name in expected}


@pytest.mark.parametrize("query", [{"status": "flying"}, {"region": "Kaluga"}])
def test_a_bad_filter_is_a_400_in_the_error_shape(client, operator, query):
    response = client.get(LIST, query)

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"


def test_a_transition_answers_with_the_new_status(
    client, operator, case, django_capture_on_commit_callbacks
):
    response = move(client, case, django_capture_on_commit_callbacks, to="in_review", note="")

    assert response.status_code == 200
    assert response.json() == {
        "reference": case.reference,
        "status": "in_review",
        "version": case.version + 1,
    }
    change = case.history.get()
    assert (change.to_status, change.actor, change.actor_label) == (
        "in_review",
        operator,
        "operator",
    )
    assert len(mail.outbox) == 1


def test_a_disallowed_transition_is_409_and_changes_nothing(
    client, operator, case, django_capture_on_commit_callbacks
):
    response = move(client, case, django_capture_on_commit_callbacks, to="approved", note="OK")

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "transition_not_allowed"
    assert Application.objects.get(pk=case.pk).status == "submitted"
    assert not case.history.exists()


def test_a_stale_version_is_409(client, operator, case, django_capture_on_commit_callbacks):
    Application.objects.filter(pk=case.pk).update(version=case.version + 1)

    response = move(
        client, case, django_capture_on_commit_callbacks, to="in_review", version=case.version
    )

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "stale_version"
    assert Application.objects.get(pk=case.pk).status == "submitted"


def test_an_information_request_needs_the_message_in_the_note(
    client, operator, django_capture_on_commit_callbacks
):
    application = case_in("in_review")

    refused = move(client, application, django_capture_on_commit_callbacks, to="info_requested")
    asked = move(
        client,
        application,
        django_capture_on_commit_callbacks,
        to="info_requested",
        note="Please send the diploma.",
    )

    assert refused.status_code == 400
    assert asked.status_code == 200
    assert InformationRequest.objects.get().message == "Please send the diploma."


def test_an_unknown_reference_is_404(client, operator):
    response = client.post(
        f"{LIST}TLR-2099-999999/transition/", {"to": "in_review"}, content_type="application/json"
    )

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_a_token_authenticates_an_operator(operator, case):
    token = Token.objects.create(user=operator)

    response = Client().get(LIST, HTTP_AUTHORIZATION=f"Token {token.key}")

    assert response.status_code == 200
    assert response.json()["count"] == 1


def test_a_token_of_an_editor_is_refused(content_editor, case):
    carl, _browser = content_editor
    token = Token.objects.create(user=carl)

    response = Client().get(LIST, HTTP_AUTHORIZATION=f"Token {token.key}")

    assert response.status_code == 403


def test_the_operator_api_is_in_the_openapi_schema(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()

    assert "get" in schema["paths"][LIST]
    assert "post" in schema["paths"]["/api/v1/operator/applications/{reference}/transition/"]
    parameters = {p["name"] for p in schema["paths"][LIST]["get"]["parameters"]}
    assert {"status", "category", "region"} <= parameters
