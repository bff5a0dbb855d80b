"""The case page: sections, read-only data, documents, history, deliveries and notes."""

import pytest
from django.contrib import admin
from django.core import mail

from applications import services
from applications.forwarding.models import Delivery
from applications.models import Actor, FamilyMember, StatusChange
from applications.operators.models import OperatorNote
from tests.applications.samples import PDF_BYTES, pdf_upload
from tests.factories import OperatorNoteFactory
from tests.operators.conftest import change_url, messages_of

pytestmark = pytest.mark.django_db


def download_url(document) -> str:
    return f"/admin/applications/application/{document.application_id}/documents/{document.pk}/"


def test_the_case_page_groups_the_data_in_sections(client, operator, case):
    page = client.get(change_url(case)).content.decode()

    for heading in (
        "Candidate",
        "Contact",
        "Category and evidence (criterion 2)",
        "Values declaration and consent (criterion 1)",
        "Handling",
        "Field of research",
    ):
        assert heading in page
    assert 'name="first_name"' not in page
    assert "access_code_hash" not in page


def test_the_case_page_lists_family_and_documents_read_only(client, operator, case):
    FamilyMember.objects.create(
        application=case,
        relation="child",
        first_name="Mia",
        last_name="Schmidt",
        date_of_birth="2015-03-01",
        citizenship="DE",
    )
    services.document_attach(application=case, upload=pdf_upload("Diplom.pdf"), kind="diploma")

    page = client.get(change_url(case)).content.decode()

    assert "Mia" in page and "Diplom.pdf" in page
    assert "familymembers-0-first_name" not in page
    assert "documents-0-DELETE" not in page


def test_the_case_page_shows_the_history_as_a_timeline(client, operator, case):
    services.application_transition(
        application=case,
        to="in_review",
        actor=Actor.OPERATOR,
        user=operator,
        note="Looks complete.",
    )

    page = client.get(change_url(case)).content.decode()

    assert 'class="case-timeline"' in page
    assert "Looks complete." in page
    assert "olga (Operator)" in page


def test_the_case_page_shows_the_delivery_state(client, operator, case):
    Delivery.objects.create(application=case, target="mvd_case", state="failed", attempts=3)

    page = client.get(change_url(case)).content.decode()

    assert "delivery to the ministries" in page.lower()
    assert "Failed" in page


def test_an_operator_adds_an_internal_note(client, operator, case):
    response = client.post(
        f"{change_url(case).removesuffix('change/')}notes/",
        {"text": "Called the candidate."},
        follow=True,
    )

    note = OperatorNote.objects.get(application=case)
    assert (note.author, note.text) == (operator, "Called the candidate.")
    assert "Called the candidate." in response.content.decode()
    assert mail.outbox == []


def test_an_empty_note_is_refused(client, operator, case):
    response = client.post(
        f"{change_url(case).removesuffix('change/')}notes/", {"text": "  "}, follow=True
    )

    assert not OperatorNote.objects.exists()
    assert "Write the note." in messages_of(response)


def test_notes_and_history_cannot_be_changed(operator, case):
    note = OperatorNoteFactory(application=case, author=operator)
    change = StatusChange.objects.create(
        application=case, from_status="draft", to_status="submitted", actor_label="candidate"
    )

    for row in (note, change):
        row.note = row.text = "rewritten"
        with pytest.raises(ValueError, match="append-only"):
            row.save()
    assert OperatorNote not in admin.site._registry
    assert StatusChange not in admin.site._registry
    assert not operator.has_perm("applications.change_operatornote")
    assert not operator.has_perm("applications.delete_operatornote")
    assert not operator.has_perm("applications.change_statuschange")


def test_a_document_downloads_as_an_attachment_that_is_never_sniffed(client, operator, case):
    document = services.document_attach(
        application=case, upload=pdf_upload("Diplom.pdf"), kind="diploma"
    )

    response = client.get(download_url(document))

    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="Diplom.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_document_of_an_unexpected_type_downloads_as_bytes(client, operator, case):
    document = services.document_attach(
        application=case, upload=pdf_upload("page.pdf"), kind="other"
    )
    document.__class__.objects.filter(pk=document.pk).update(content_type="text/html")

    response = client.get(download_url(document))

    assert response["Content-Type"] == "application/octet-stream"


def test_a_document_of_another_case_is_404(client, operator, case):
    document = services.document_attach(
        application=case, upload=pdf_upload("Diplom.pdf"), kind="diploma"
    )
    url = f"/admin/applications/application/{case.pk + 1000}/documents/{document.pk}/"

    assert client.get(url).status_code == 404
