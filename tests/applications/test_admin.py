"""The minimal operators' view of the cases and the authenticated document download."""

import pytest

from applications import services
from portal.roles import Role, staff_ensure
from tests.applications.samples import PDF_BYTES, pdf_upload
from tests.factories import ApplicationFactory, RegionFactory, SubmittedApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(client):
    user, _created = staff_ensure(username="olga", role=Role.OPERATOR, password="pw")
    client.force_login(user)
    return user


@pytest.fixture
def regional_editor(client):
    region = RegionFactory(code="RU-KLU")
    user, _created = staff_ensure(
        username="anna", role=Role.REGIONAL_EDITOR, password="pw", region_codes=[region.code]
    )
    client.force_login(user)
    return user


@pytest.fixture
def document():
    return services.document_attach(
        application=SubmittedApplicationFactory(), upload=pdf_upload("Diplom.pdf"), kind="diploma"
    )


def download_url(document):
    return f"/admin/applications/application/{document.application_id}/documents/{document.pk}/"


def test_an_operator_sees_submitted_cases_but_not_drafts(client, operator):
    case = SubmittedApplicationFactory(last_name="Submitted")
    ApplicationFactory(last_name="Drafty")

    page = client.get("/admin/applications/application/").content.decode()

    assert case.reference in page
    assert "Drafty" not in page


def test_an_operator_opens_a_case_read_only(client, operator, document):
    response = client.get(f"/admin/applications/application/{document.application_id}/change/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Diplom.pdf" in page
    assert 'name="first_name"' not in page
    assert "access_code_hash" not in page


def test_an_operator_downloads_a_document_as_an_attachment(client, operator, document):
    response = client.get(download_url(document))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_regional_editor_may_not_see_cases_or_documents(client, regional_editor, document):
    assert client.get("/admin/applications/application/").status_code == 403
    assert client.get(download_url(document)).status_code == 403


def test_an_anonymous_visitor_is_sent_to_the_login(client, document):
    response = client.get(download_url(document))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_documents_have_no_public_media_address(client, document):
    assert client.get(f"/media/{document.file.name}").status_code == 404
