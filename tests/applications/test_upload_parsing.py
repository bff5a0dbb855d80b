"""Uploads are parsed, not sniffed: hostile PDFs and images are refused everywhere, cleanly."""

import io
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from applications import services
from applications.models import Document
from applications.storage import private_storage
from portal.errors import DomainError
from tests.applications.conftest import stored_files
from tests.applications.samples import (
    attachment_annotation_pdf_bytes,
    embedded_file_pdf_bytes,
    encrypted_pdf_bytes,
    javascript_action_pdf_bytes,
    javascript_pdf_bytes,
    jpeg_with_gps_bytes,
    launch_pdf_bytes,
    pdf_upload,
    plain_pdf_bytes,
    png_bomb_bytes,
    png_with_text_bytes,
    polyglot_bytes,
)
from tests.applications.steps import ABOUT, fill_in, german, step_url
from tests.factories import (
    TEST_ACCESS_CODE,
    InformationRequestFactory,
    RegionFactory,
    SubmittedApplicationFactory,
)

pytestmark = pytest.mark.django_db

HOSTILE = {
    "encrypted.pdf": (
        encrypted_pdf_bytes,
        "This PDF is encrypted or password-protected; upload it without a password.",
    ),
    "javascript.pdf": (
        javascript_pdf_bytes,
        "This PDF contains JavaScript; save or print it again as a plain PDF.",
    ),
    "javascript-action.pdf": (
        javascript_action_pdf_bytes,
        "This PDF contains JavaScript; save or print it again as a plain PDF.",
    ),
    "launch.pdf": (
        launch_pdf_bytes,
        "This PDF contains an action that starts other programs; save it again as a plain PDF.",
    ),
    "embedded.pdf": (
        embedded_file_pdf_bytes,
        "This PDF contains attached or embedded files; upload each document on its own.",
    ),
    "annotation.pdf": (
        attachment_annotation_pdf_bytes,
        "This PDF contains attached or embedded files; upload each document on its own.",
    ),
    "polyglot.pdf": (
        polyglot_bytes,
        "This file has other content before the start of the PDF; save it again as a plain PDF.",
    ),
    "bomb.png": (
        png_bomb_bytes,
        "This image is larger than 40 megapixels; scan it at a lower resolution.",
    ),
    "42-megapixels.png": (
        lambda: png_bomb_bytes(7000, 6000),
        "This image is larger than 40 megapixels; scan it at a lower resolution.",
    ),
    "truncated.pdf": (
        lambda: b"%PDF-1.7\n1 0 obj<</Type/Catalog",
        "This PDF cannot be read; it may be damaged. Save it again and retry.",
    ),
    "truncated.png": (
        lambda: png_with_text_bytes()[:60],
        "This image cannot be read; it may be damaged. Save it again and retry.",
    ),
}


def hostile(name: str) -> SimpleUploadedFile:
    build, _message = HOSTILE[name]
    return SimpleUploadedFile(name, build())


def stored_bytes(name: str) -> bytes:
    with private_storage.open(name, "rb") as file:
        return file.read()


def snapshot(root) -> dict:
    """Every stored file and its bytes: what "storage unchanged" compares."""
    return {name: stored_bytes(name) for name in stored_files(root)}


@pytest.fixture
def case_with_a_document(private_root):
    """A submitted case that already holds one good file, so storage is not empty before."""
    application = SubmittedApplicationFactory()
    services.document_attach(application=application, upload=pdf_upload(), kind="cv")
    return application


# ---- The service


@pytest.mark.parametrize("name", HOSTILE)
def test_the_service_refuses_each_hostile_file_and_storage_is_unchanged(
    name, case_with_a_document, private_root
):
    before = snapshot(private_root)

    with pytest.raises(DomainError) as refused:
        services.document_attach(
            application=case_with_a_document, upload=hostile(name), kind="diploma"
        )

    assert refused.value.fields == {"file": [HOSTILE[name][1]]}
    assert str(refused.value.message) == HOSTILE[name][1]
    assert Document.objects.count() == 1
    assert snapshot(private_root) == before


def test_a_decompression_bomb_is_refused_without_being_decoded():
    data = png_bomb_bytes()
    assert len(data) < 200_000  # small on disk; 900 megapixels, over 100 MB, once decoded
    started = time.monotonic()

    with pytest.raises(DomainError, match="40 megapixels"):
        services.document_attach(
            application=SubmittedApplicationFactory(),
            upload=SimpleUploadedFile("bomb.png", data),
            kind="passport",
        )

    assert time.monotonic() - started < 2


def test_a_clean_pdf_written_by_a_real_library_is_stored_byte_for_byte(private_root):
    data = plain_pdf_bytes()

    document = services.document_attach(
        application=SubmittedApplicationFactory(),
        upload=SimpleUploadedFile("scan.pdf", data),
        kind="diploma",
    )

    assert stored_bytes(document.file.name) == data


def test_gps_and_camera_metadata_are_gone_from_a_stored_photo(private_root):
    original = Image.open(io.BytesIO(jpeg_with_gps_bytes()))
    assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the sample does carry GPS

    document = services.document_attach(
        application=SubmittedApplicationFactory(),
        upload=SimpleUploadedFile("passport.jpg", jpeg_with_gps_bytes()),
        kind="passport",
    )

    stored = stored_bytes(document.file.name)
    image = Image.open(io.BytesIO(stored))
    assert image.format == "JPEG"
    assert dict(image.getexif()) == {}
    assert "exif" not in image.info
    assert b"Exif" not in stored
    assert b"Candidate's phone" not in stored
    assert document.size == len(stored)
    assert image.size == (40, 20)


def test_a_photo_taken_sideways_is_stored_upright_once_its_orientation_tag_is_dropped(
    private_root,
):
    document = services.document_attach(
        application=SubmittedApplicationFactory(),
        upload=SimpleUploadedFile("passport.jpg", jpeg_with_gps_bytes(orientation=6)),
        kind="passport",
    )

    image = Image.open(io.BytesIO(stored_bytes(document.file.name)))
    assert image.size == (20, 40)
    assert dict(image.getexif()) == {}


def test_text_chunks_are_gone_from_a_stored_png_and_its_transparency_kept(private_root):
    document = services.document_attach(
        application=SubmittedApplicationFactory(),
        upload=SimpleUploadedFile("scan.png", png_with_text_bytes()),
        kind="other",
    )

    stored = stored_bytes(document.file.name)
    image = Image.open(io.BytesIO(stored))
    assert b"Tverskaya" not in stored
    assert "Comment" not in image.info
    assert image.mode == "RGBA"
    assert image.getpixel((0, 0)) == (0, 0, 128, 200)


def test_one_hostile_file_among_an_answers_files_stores_none_of_them(private_root):
    request = InformationRequestFactory()

    with pytest.raises(DomainError):
        services.information_request_answer(
            application=request.application,
            answer="Here they are.",
            uploads=[pdf_upload(), hostile("javascript.pdf")],
        )

    assert stored_files(private_root) == []
    request.refresh_from_db()
    assert request.answered_at is None


# ---- The API


def api_upload(client, reference, file):
    return client.post(
        f"/api/v1/applications/{reference}/documents/",
        {"file": file, "kind": "diploma"},
        headers={"x_access_code": TEST_ACCESS_CODE},
    )


@pytest.mark.parametrize("name", HOSTILE)
def test_the_api_answers_400_in_its_error_shape_and_storage_is_unchanged(
    name, client, case_with_a_document, private_root
):
    before = snapshot(private_root)

    response = api_upload(client, case_with_a_document.reference, hostile(name))

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert error["fields"] == {"file": [HOSTILE[name][1]]}
    assert Document.objects.count() == 1
    assert snapshot(private_root) == before


def test_the_api_refusal_is_in_the_requested_language(client, case_with_a_document):
    response = client.post(
        f"/api/v1/applications/{case_with_a_document.reference}/documents/?lang=ru",
        {"file": hostile("encrypted.pdf"), "kind": "diploma"},
        headers={"x_access_code": TEST_ACCESS_CODE, "accept_language": "ru"},
    )

    message = response.json()["error"]["fields"]["file"][0]
    assert response.status_code == 400
    assert "PDF" in message
    assert "password" not in message


def test_the_api_answers_with_the_stored_photos_size_and_hash(client, private_root):
    application = SubmittedApplicationFactory()

    response = api_upload(
        client, application.reference, SimpleUploadedFile("me.jpg", jpeg_with_gps_bytes())
    )

    assert response.status_code == 201, response.content
    [name] = stored_files(private_root)
    assert response.json()["size"] == len(stored_bytes(name))
    assert b"Exif" not in stored_bytes(name)


# ---- The pages


@pytest.fixture
def regions(declaration):
    return [RegionFactory(code="RU-KLU"), RegionFactory(code="RU-TA")]


@pytest.mark.parametrize("name", ["polyglot.pdf", "launch.pdf", "bomb.png"])
def test_the_form_shows_the_refusal_translated_and_stores_nothing(
    name, client, regions, private_root
):
    fill_in(client, 1, ABOUT)

    response = client.post(
        step_url(5), {"kind": "diploma", "file": hostile(name), "action": "upload"}
    )

    assert response.status_code == 200
    assert german(HOSTILE[name][1]) in response.content.decode()
    assert german(HOSTILE[name][1]) != HOSTILE[name][1]
    assert stored_files(private_root) == []


def test_the_status_page_refuses_a_hostile_file_among_an_answers_files(client, private_root):
    request = InformationRequestFactory()
    client.post(
        "/en/apply/status/",
        {
            "reference": request.application.reference,
            "access_code": TEST_ACCESS_CODE,
            "action": "lookup",
        },
    )

    response = client.post(
        "/en/apply/status/",
        {
            "action": "answer",
            "answer": "Attached.",
            "files": [pdf_upload(), hostile("embedded.pdf")],
        },
    )

    assert response.status_code == 200
    assert HOSTILE["embedded.pdf"][1] in response.content.decode()
    assert stored_files(private_root) == []
    request.refresh_from_db()
    assert request.answered_at is None
