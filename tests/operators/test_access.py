"""Only operators (and superusers) see cases; editors are refused everywhere under them."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from applications import services
from applications.models import Application
from tests.applications.samples import pdf_upload
from tests.factories import RegionFactory, SubmittedApplicationFactory
from tests.operators.conftest import QUEUE, action_url, change_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(case):
    return services.document_attach(application=case, upload=pdf_upload(), kind="diploma")


def case_urls(case, document) -> dict[str, str]:
    return {
        "list": QUEUE,
        "change": change_url(case),
        "document": f"{QUEUE}{case.pk}/documents/{document.pk}/",
        "export": f"{QUEUE}export/",
        "dashboard": f"{QUEUE}dashboard/",
        "action": action_url(case, "start_review"),
        "history": f"{QUEUE}{case.pk}/history/",
        "api": "/api/v1/operator/applications/",
    }


@pytest.fixture(params=["regional_editor", "content_editor"])
def editor(request):
    return request.getfixturevalue(request.param)


@pytest.mark.parametrize(
    "page", ["list", "change", "document", "export", "dashboard", "action", "history", "api"]
)
def test_an_editor_is_refused_every_page_of_the_cases(editor, case, document, page):
    _user, browser = editor

    response = browser.get(case_urls(case, document)[page])

    assert response.status_code in (403, 404)


def test_an_editor_can_neither_act_nor_note_nor_move_a_case(editor, case):
    _user, browser = editor

    responses = [
        browser.post(action_url(case, "start_review"), {"version": case.version}),
        browser.post(f"{QUEUE}{case.pk}/notes/", {"text": "Hello"}),
        browser.post(
            f"/api/v1/operator/applications/{case.reference}/transition/",
            {"to": "in_review"},
            content_type="application/json",
        ),
    ]

    assert [response.status_code for response in responses] == [403, 403, 403]
    assert Application.objects.get(pk=case.pk).status == "submitted"


def test_the_admin_index_offers_the_queue_only_to_operators(client, operator, content_editor):
    _carl, editor_browser = content_editor

    assert "operators-shortcuts" in client.get("/admin/").content.decode()
    assert "operators-shortcuts" not in editor_browser.get("/admin/").content.decode()


def test_an_anonymous_visitor_is_sent_to_the_login_or_refused(case, document):
    browser = Client()
    urls = case_urls(case, document)

    for page in ("list", "change", "document", "export", "dashboard", "action"):
        response = browser.get(urls[page])
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]
    assert browser.get(urls["api"]).status_code == 403


def test_a_superuser_sees_the_cases(case):
    boss = get_user_model().objects.create_superuser("boss", password="pw")
    browser = Client()
    browser.force_login(boss)

    assert browser.get(change_url(case)).status_code == 200


def test_an_operator_bound_to_regions_sees_only_their_regions_cases(client, operator, case):
    elsewhere = SubmittedApplicationFactory(regions=[RegionFactory()])
    case.region_choices.get().region.editors.add(operator)

    listed = client.get(QUEUE).content.decode()
    api = client.get("/api/v1/operator/applications/").json()

    assert case.reference in listed and elsewhere.reference not in listed
    assert [row["reference"] for row in api["results"]] == [case.reference]
    assert client.get(change_url(elsewhere)).status_code in (302, 404)
    assert client.get(action_url(elsewhere, "start_review")).status_code == 404
