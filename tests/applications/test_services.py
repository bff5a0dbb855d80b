import datetime
import re
import threading

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from applications import services
from applications.access_codes import access_code_matches
from applications.models import (
    Application,
    DeclarationVersion,
    Document,
    InformationRequest,
    StatusChange,
)
from applications.storage import private_storage
from applications.uploads import MAX_DOCUMENTS_PER_CASE
from portal.errors import DomainError
from portal.seeding import seed_demo
from tests.applications.conftest import stored_files
from tests.applications.samples import (
    PDF_BYTES,
    exe_upload,
    jpeg_upload,
    pdf_upload,
    png_upload,
)
from tests.factories import (
    ApplicationFactory,
    DeclarationVersionFactory,
    InformationRequestFactory,
    SubmittedApplicationFactory,
)

pytestmark = pytest.mark.django_db


def signing():
    return services.Signing(ip="203.0.113.7", user_agent="Firefox/140", language="de")


# ---- Submission


def test_submitting_a_complete_draft_gives_a_reference_of_this_year_and_an_access_code():
    draft = ApplicationFactory()

    application, access_code = services.application_submit(application=draft)

    year = timezone.localdate().year
    assert re.fullmatch(rf"TLR-{year}-\d{{6}}", application.reference)
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", access_code)
    assert application.status == "submitted"
    assert application.submitted_at is not None
    assert StatusChange.objects.get(application=application).to_status == "submitted"


def test_references_are_numbered_one_after_the_other():
    first, _code = services.application_submit(application=ApplicationFactory())
    second, _code = services.application_submit(application=ApplicationFactory())

    assert int(second.reference[-6:]) == int(first.reference[-6:]) + 1


def test_the_access_code_is_stored_only_as_a_hash():
    application, access_code = services.application_submit(application=ApplicationFactory())

    stored = Application.objects.filter(pk=application.pk).values().get()
    assert access_code not in str(stored)
    assert access_code.replace("-", "") not in str(stored)
    assert access_code_matches(access_code, application.access_code_hash)
    assert access_code_matches(access_code.lower().replace("-", " "), stored["access_code_hash"])
    assert not access_code_matches("AAAA-AAAA-AAAA", application.access_code_hash)


def test_an_incomplete_draft_is_refused_with_the_missing_fields():
    draft = ApplicationFactory(category="", personal_data_consent_at=None, regions=[])
    draft.region_choices.all().delete()

    with pytest.raises(DomainError) as refused:
        services.application_submit(application=draft)

    assert set(refused.value.fields) == {"category", "personal_data_consent", "preferred_regions"}
    draft.refresh_from_db()
    assert (draft.status, draft.reference) == ("draft", None)
    assert not StatusChange.objects.exists()


def test_a_draft_renamed_after_signing_is_refused_until_signed_again():
    draft = ApplicationFactory()
    services.draft_save(application=draft, fields={"first_name": "Maria"})

    with pytest.raises(DomainError) as refused:
        services.application_submit(application=draft)

    assert "signature_name" in refused.value.fields


def test_a_submitted_case_cannot_be_submitted_again():
    application, _code = services.application_submit(application=ApplicationFactory())

    with pytest.raises(DomainError) as refused:
        services.application_submit(application=application)

    assert refused.value.status_code == 409


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_submissions_each_get_their_own_reference():
    DeclarationVersionFactory(version="2025-1")
    drafts = [ApplicationFactory() for _i in range(8)]
    references, errors = [], []
    start = threading.Barrier(len(drafts))

    def submit(draft):
        try:
            start.wait()
            application, _code = services.application_submit(application=draft)
            references.append(application.reference)
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(draft,)) for draft in drafts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(set(references)) == len(drafts)
    numbers = sorted(int(reference[-6:]) for reference in references)
    assert numbers == list(range(numbers[0], numbers[0] + len(drafts)))


# ---- Drafts and the declaration


def test_a_submitted_case_is_no_longer_editable_as_a_draft():
    application = SubmittedApplicationFactory()

    with pytest.raises(DomainError) as refused:
        services.draft_save(application=application, fields={"first_name": "Maria"})

    assert refused.value.code == "not_a_draft"


def test_a_draft_step_cannot_set_the_status():
    draft = ApplicationFactory()

    with pytest.raises(ValueError, match="status"):
        services.draft_save(application=draft, fields={"status": "approved"})


def test_signing_records_version_time_ip_browser_and_language(declaration):
    draft = ApplicationFactory(
        declaration_version=None, declaration_accepted_at=None, personal_data_consent_at=None
    )

    signed = services.declaration_sign(
        application=draft,
        signature_name="  anna   SCHMIDT ",
        declaration_accepted=True,
        consent_given=True,
        signing=signing(),
    )

    assert signed.declaration_version == declaration
    assert signed.declaration_accepted_at is not None
    assert signed.personal_data_consent_at is not None
    assert (signed.declaration_ip, signed.declaration_user_agent) == ("203.0.113.7", "Firefox/140")
    assert signed.declaration_language == "de"
    assert signed.signature_name == "anna SCHMIDT"


def test_the_newest_declaration_version_is_the_one_signed():
    DeclarationVersionFactory(version="2025-1", published_at=timezone.now() - datetime.timedelta(1))
    newest = DeclarationVersionFactory(version="2026-1")

    signed = services.declaration_sign(
        application=ApplicationFactory(declaration_version=None),
        signature_name="Anna Schmidt",
        declaration_accepted=True,
        consent_given=True,
        signing=signing(),
    )

    assert signed.declaration_version == newest


def test_a_signature_that_is_not_the_name_is_refused_and_nothing_is_recorded(declaration):
    draft = ApplicationFactory(declaration_version=None, declaration_accepted_at=None)

    with pytest.raises(DomainError) as refused:
        services.declaration_sign(
            application=draft,
            signature_name="Someone Else",
            declaration_accepted=True,
            consent_given=False,
            signing=signing(),
        )

    assert set(refused.value.fields) == {"signature_name", "personal_data_consent"}
    draft.refresh_from_db()
    assert draft.declaration_accepted_at is None


# ---- Documents


@pytest.mark.parametrize(
    ("upload", "content_type", "name"),
    [
        (pdf_upload, "application/pdf", "diploma.pdf"),
        (png_upload, "image/png", "passport.png"),
        (jpeg_upload, "image/jpeg", "passport.jpg"),
    ],
)
def test_pdf_png_and_jpeg_are_stored_privately_with_type_size_and_hash(
    upload, content_type, name, private_root
):
    application = SubmittedApplicationFactory()
    file = upload()

    document = services.document_attach(application=application, upload=file, kind="passport")

    assert (document.content_type, document.original_name) == (content_type, name)
    assert document.size == file.size
    assert len(document.sha256) == 64
    assert stored_files(private_root) == [document.file.name]


def test_a_renamed_executable_is_refused_and_nothing_is_written(private_root):
    application = SubmittedApplicationFactory()

    with pytest.raises(DomainError) as refused:
        services.document_attach(application=application, upload=exe_upload(), kind="diploma")

    assert "file" in refused.value.fields
    assert not Document.objects.exists()
    assert stored_files(private_root) == []


def test_a_file_over_10_mb_is_refused(private_root):
    big = SimpleUploadedFile("scan.pdf", PDF_BYTES + b"0" * (10 * 1024 * 1024))

    with pytest.raises(DomainError, match="10 MB"):
        services.document_attach(
            application=SubmittedApplicationFactory(), upload=big, kind="diploma"
        )

    assert stored_files(private_root) == []


def test_the_twenty_first_document_is_refused(private_root):
    application = SubmittedApplicationFactory()
    for _i in range(MAX_DOCUMENTS_PER_CASE):
        services.document_attach(application=application, upload=pdf_upload(), kind="other")

    with pytest.raises(DomainError) as refused:
        services.document_attach(application=application, upload=pdf_upload(), kind="other")

    assert refused.value.code == "too_many_documents"
    assert application.documents.count() == MAX_DOCUMENTS_PER_CASE
    assert len(stored_files(private_root)) == MAX_DOCUMENTS_PER_CASE


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/pass wd<script>.PDF", "pass_wd_script.pdf"),
        ("C:\\Users\\anna\\Диплом 2020.pdf", "Диплом_2020.pdf"),
        ("护照.pdf", "护照.pdf"),
        ("scan", "scan.pdf"),
        ("scan.png", "scan.pdf"),
        ("...", "document.pdf"),
    ],
)
def test_names_are_sanitised_and_end_in_the_detected_type(name, expected):
    document = services.document_attach(
        application=SubmittedApplicationFactory(), upload=pdf_upload(name), kind="other"
    )

    assert document.original_name == expected


def test_documents_are_stored_outside_media_and_have_no_url(settings, private_root):
    settings.DOCUMENT_STORAGE = "filesystem"
    document = services.document_attach(
        application=SubmittedApplicationFactory(), upload=pdf_upload(), kind="cv"
    )

    path = private_root / document.file.name
    assert path.is_file()
    assert str(settings.MEDIA_ROOT) not in str(path)
    assert "diploma" not in document.file.name
    with pytest.raises(NotImplementedError):
        private_storage.url(document.file.name)


def test_a_decided_case_takes_no_more_documents():
    with pytest.raises(DomainError) as refused:
        services.document_attach(
            application=SubmittedApplicationFactory(status="approved"),
            upload=pdf_upload(),
            kind="other",
        )

    assert refused.value.status_code == 409


def test_an_unknown_document_kind_is_refused(private_root):
    with pytest.raises(DomainError) as refused:
        services.document_attach(
            application=SubmittedApplicationFactory(), upload=pdf_upload(), kind="selfie"
        )

    assert "kind" in refused.value.fields
    assert stored_files(private_root) == []


# ---- Requests for information and withdrawal


def test_an_operators_request_moves_the_case_to_info_requested():
    application = SubmittedApplicationFactory(status="in_review")

    request = services.information_request_create(
        application=application, message="Please upload your diploma."
    )

    application.refresh_from_db()
    assert application.status == "info_requested"
    assert request.answered_at is None


def test_answering_with_text_and_a_file_moves_the_case_back_to_review():
    request = InformationRequestFactory()

    services.information_request_answer(
        application=request.application, answer="Here it is.", uploads=[pdf_upload()]
    )

    request.refresh_from_db()
    assert request.answer == "Here it is."
    assert request.answered_at is not None
    assert request.documents.get().original_name == "diploma.pdf"
    assert request.application.history.get().to_status == "in_review"


def test_an_answer_with_a_refused_file_changes_nothing(private_root):
    request = InformationRequestFactory()

    with pytest.raises(DomainError):
        services.information_request_answer(
            application=request.application,
            answer="Here it is.",
            uploads=[pdf_upload(), exe_upload()],
        )

    request.refresh_from_db()
    assert request.answered_at is None
    assert request.application.status == "info_requested"
    assert stored_files(private_root) == []


def test_answering_without_an_open_request_is_refused():
    application = SubmittedApplicationFactory(status="in_review")

    with pytest.raises(DomainError) as refused:
        services.information_request_answer(application=application, answer="Hello")

    assert refused.value.code == "no_open_request"


def test_an_empty_answer_is_refused():
    request = InformationRequestFactory()

    with pytest.raises(DomainError) as refused:
        services.information_request_answer(application=request.application, answer="   ")

    assert "answer" in refused.value.fields
    assert InformationRequest.objects.open().count() == 1


def test_the_candidate_withdraws_a_submitted_case():
    application = services.application_withdraw(application=SubmittedApplicationFactory())

    assert application.status == "withdrawn"
    assert application.history.get().actor_label == "candidate"


def test_a_case_in_review_cannot_be_withdrawn():
    with pytest.raises(DomainError):
        services.application_withdraw(application=SubmittedApplicationFactory(status="in_review"))


# ---- Stale drafts


def test_drafts_untouched_for_30_days_are_purged_with_their_files(
    private_root, django_capture_on_commit_callbacks
):
    stale = ApplicationFactory()
    services.document_attach(application=stale, upload=pdf_upload(), kind="cv")
    fresh = ApplicationFactory()
    old_case = SubmittedApplicationFactory()
    long_ago = timezone.now() - datetime.timedelta(days=31)
    Application.objects.filter(pk__in=[stale.pk, old_case.pk]).update(updated_at=long_ago)

    with django_capture_on_commit_callbacks(execute=True):
        count = services.drafts_purge_stale()

    assert count == 1
    assert set(Application.objects.values_list("pk", flat=True)) == {fresh.pk, old_case.pk}
    assert not Document.objects.exists()
    assert stored_files(private_root) == []


def test_the_purge_command_reports_what_it_deleted(capsys):
    stale = ApplicationFactory()
    Application.objects.filter(pk=stale.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=40)
    )

    call_command("purge_stale_drafts")

    assert "Deleted 1 stale draft(s)." in capsys.readouterr().out
    assert not Application.objects.exists()


def test_stale_drafts_are_purged_daily_by_the_retention_job(settings):
    # One daily job applies every retention rule, drafts included, and records what it did.
    entry = settings.CELERY_BEAT_SCHEDULE["privacy.purge_personal_data"]

    assert entry["task"] == "privacy.purge_personal_data"
    assert entry["schedule"].hour == {3}
    assert "applications.purge_stale_drafts" not in settings.CELERY_BEAT_SCHEDULE


# ---- Roles and seed data


def test_operators_may_view_and_change_applications_and_view_their_parts():
    codenames = set(
        Group.objects.get(name="Operators")
        .permissions.filter(content_type__app_label="applications")
        .values_list("codename", flat=True)
    )

    assert {"view_application", "change_application", "view_document"} <= codenames
    assert {"view_statuschange", "view_familymember", "view_informationrequest"} <= codenames
    assert not {c for c in codenames if c.startswith(("add_", "delete_"))}


@pytest.mark.parametrize("group", ["Regional editors", "Content editors"])
def test_editors_get_nothing_in_applications(group):
    permissions = Group.objects.get(name=group).permissions
    assert not permissions.filter(content_type__app_label="applications").exists()


def test_seeding_stores_the_declaration_once_in_english_and_russian():
    seed_demo()
    seed_demo()

    version = DeclarationVersion.objects.get()
    assert version.version == "2025-1"
    assert version.text_en.startswith("**Declaration of shared values**")
    assert version.text_ru.startswith("**Декларация о разделяемых ценностях**")


def test_seeding_never_rewrites_a_signed_declaration_text():
    DeclarationVersionFactory(version="2025-1", text_en="The text they signed.")

    seed_demo()

    assert DeclarationVersion.objects.get().text_en == "The text they signed."
