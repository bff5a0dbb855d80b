"""Candidate documents on both back-ends: a private folder, and a bucket of a real S3 server.

The S3 cases run against moto's S3 API over HTTP in every run; `DOCUMENT_STORAGE=s3` moves the
rest of the suite's documents there too.
"""

import datetime

import httpx
import pytest
from django.utils import timezone

from applications import services
from applications.models import Application, Document
from applications.storage import private_storage
from tests.applications.samples import PDF_BYTES, pdf_upload
from tests.document_storage import TEST_BUCKET, s3_client, stored_names
from tests.factories import ApplicationFactory
from tests.operators.conftest import change_url

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["filesystem", "s3"])
def backend(request, settings):
    if request.param == "s3":
        request.getfixturevalue("s3_documents")
    else:
        settings.DOCUMENT_STORAGE = "filesystem"
    return request.param


def download_url(document) -> str:
    return f"/admin/applications/application/{document.application_id}/documents/{document.pk}/"


def test_an_upload_is_stored_under_a_random_name(backend, case):
    document = services.document_attach(
        application=case, upload=pdf_upload("Diplom.pdf"), kind="diploma"
    )

    assert stored_names() == [document.file.name]
    assert "Diplom" not in document.file.name
    with private_storage.open(document.file.name) as stored:
        assert stored.read() == PDF_BYTES


def test_an_operator_downloads_the_stored_bytes_streamed(backend, client, operator, case):
    document = services.document_attach(
        application=case, upload=pdf_upload("Diplom.pdf"), kind="diploma"
    )

    response = client.get(download_url(document))

    assert response.status_code == 200
    assert response.streaming
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Disposition"] == 'attachment; filename="Diplom.pdf"'
    assert "no-store" in response["Cache-Control"]


def test_a_document_missing_from_the_store_is_404_not_an_error(backend, client, operator, case):
    document = services.document_attach(application=case, upload=pdf_upload(), kind="cv")
    private_storage.delete(document.file.name)

    assert client.get(download_url(document)).status_code == 404
    assert client.get(change_url(case)).status_code == 200


def test_purging_a_stale_draft_deletes_its_file_from_the_store(
    backend, django_capture_on_commit_callbacks
):
    stale = ApplicationFactory()
    services.document_attach(application=stale, upload=pdf_upload(), kind="cv")
    assert len(stored_names()) == 1
    Application.objects.filter(pk=stale.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=31)
    )

    with django_capture_on_commit_callbacks(execute=True):
        services.drafts_purge_stale()

    assert not Document.objects.exists()
    assert stored_names() == []


# ---- S3 only: private objects, encryption at rest, signed links


def test_objects_are_encrypted_at_rest_and_not_readable_without_a_signature(s3_documents, case):
    document = services.document_attach(application=case, upload=pdf_upload(), kind="cv")
    key = f"{s3_documents.DOCUMENT_S3_PREFIX}/{document.file.name}"

    head = s3_client(s3_documents.DOCUMENT_S3_ENDPOINT_URL).head_object(Bucket=TEST_BUCKET, Key=key)
    anonymous = httpx.get(f"{s3_documents.DOCUMENT_S3_ENDPOINT_URL}/{TEST_BUCKET}/{key}")

    assert head["ServerSideEncryption"] == "AES256"
    assert anonymous.status_code == 403
    assert PDF_BYTES not in anonymous.content


def test_a_signed_link_downloads_the_document_as_an_attachment(s3_documents, case):
    document = services.document_attach(
        application=case, upload=pdf_upload("Diplom.pdf"), kind="diploma"
    )

    url = private_storage.url(
        document.file.name, filename="Diplom.pdf", content_type="application/pdf"
    )
    response = httpx.get(url)

    assert "X-Amz-Expires=300" in url
    assert response.status_code == 200
    assert response.content == PDF_BYTES
    assert response.headers["Content-Disposition"] == 'attachment; filename="Diplom.pdf"'


def test_a_signed_link_lives_as_long_as_the_setting_says(s3_documents, case):
    # moto does not enforce the expiry; AWS and MinIO do, from this signed parameter.
    s3_documents.DOCUMENT_SIGNED_URL_SECONDS = 60
    document = services.document_attach(application=case, upload=pdf_upload(), kind="cv")

    url = private_storage.url(document.file.name)

    assert "X-Amz-Expires=60&" in url
    assert "X-Amz-Signature=" in url


def test_the_filesystem_gives_no_link_at_all(settings, case):
    settings.DOCUMENT_STORAGE = "filesystem"
    document = services.document_attach(application=case, upload=pdf_upload(), kind="cv")

    with pytest.raises(NotImplementedError):
        private_storage.url(document.file.name)


def test_the_bucket_command_creates_a_missing_bucket_once(s3_documents):
    from io import StringIO

    from django.core.management import call_command

    s3_documents.DOCUMENT_S3_BUCKET = "portal-fresh-bucket"
    first, second = StringIO(), StringIO()

    call_command("ensure_document_bucket", stdout=first)
    call_command("ensure_document_bucket", stdout=second)

    s3_client(s3_documents.DOCUMENT_S3_ENDPOINT_URL).head_bucket(Bucket="portal-fresh-bucket")
    assert "Created" in first.getvalue()
    assert "exists" in second.getvalue()
