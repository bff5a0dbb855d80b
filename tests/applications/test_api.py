import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import timezone, translation

from applications.models import Application, StatusChange
from portal.publishing import PublicationStatus
from tests.applications.conftest import stored_files
from tests.applications.samples import exe_upload, pdf_upload
from tests.factories import (
    TEST_ACCESS_CODE,
    RegionFactory,
    SubmittedApplicationFactory,
)

pytestmark = pytest.mark.django_db

SUBMIT_URL = "/api/v1/applications/"
REQUIRED = [
    "category",
    "first_name",
    "last_name",
    "date_of_birth",
    "citizenship",
    "email",
    "preferred_language",
    "preferred_regions",
    "values_declaration_accepted",
    "signature_name",
    "personal_data_consent",
]
LONG = "x" * 10_000


@pytest.fixture(autouse=True)
def regions(declaration):
    return [RegionFactory(code="RU-KLU"), RegionFactory(code="RU-TA")]


@pytest.fixture
def payload():
    return {
        "category": "scientist",
        "first_name": "Juergen",
        "last_name": "Mueller",
        "date_of_birth": "1985-03-02",
        "citizenship": "DE",
        "email": "juergen@example.org",
        "preferred_language": "de",
        "preferred_regions": ["RU-TA", "RU-KLU"],
        "values_declaration_accepted": True,
        "signature_name": "Juergen Mueller",
        "personal_data_consent": True,
        "phone": "+49 30 1234567",
        "country_of_residence": "AT",
        "occupation": "Physicist",
        "russian_level": "a2",
        "category_details": "Solid-state physics, 20 publications.",
        "family_members": [
            {
                "relation": "spouse",
                "first_name": "Eva",
                "last_name": "Mueller",
                "date_of_birth": "1987-11-30",
                "citizenship": "DE",
            }
        ],
    }


def row_counts() -> dict:
    """Rows in every table of the database, whichever app it belongs to."""
    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def submit(client, data, **headers):
    return client.post(SUBMIT_URL, data, content_type="application/json", headers=headers)


def assert_refused_and_nothing_stored(client, data, field):
    before = row_counts()

    response = submit(client, data)

    assert response.status_code == 400, response.content
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert field in error["fields"], error
    assert row_counts() == before
    return error["fields"][field]


# ---- Submitting


def test_a_valid_application_answers_201_with_reference_status_and_access_code(client, payload):
    response = submit(client, payload)

    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == {"reference", "status", "access_code"}
    assert body["status"] == "submitted"
    assert body["reference"].startswith(f"TLR-{timezone.localdate().year}-")


def test_the_case_keeps_what_was_submitted(client, payload):
    response = submit(client, payload, user_agent="TestBrowser/1.0")

    application = Application.objects.get(reference=response.json()["reference"])
    assert [c.region.code for c in application.region_choices.all()] == ["RU-TA", "RU-KLU"]
    assert application.family_members.get().first_name == "Eva"
    assert application.category_details == {"description": "Solid-state physics, 20 publications."}
    assert application.declaration_version.version == "2025-1"
    assert application.declaration_user_agent == "TestBrowser/1.0"
    assert application.declaration_ip == "127.0.0.1"
    assert application.personal_data_consent_at is not None
    assert application.citizenship.code == "DE"
    assert application.history.get().to_status == "submitted"


def test_the_cyrillic_spelling_goes_in_its_own_fields(client, payload):
    payload |= {"first_name_cyrillic": "Юрген", "last_name_cyrillic": "Мюллер"}

    response = submit(client, payload)

    assert response.status_code == 201
    assert Application.objects.get().last_name_cyrillic == "Мюллер"


@pytest.mark.parametrize("field", REQUIRED)
def test_each_required_field_missing_is_refused(client, payload, field):
    del payload[field]

    messages = assert_refused_and_nothing_stored(client, payload, field)

    assert messages == ["This field is required."]


def test_field_errors_come_in_the_language_asked_for(client, payload):
    del payload["email"]

    response = client.post(SUBMIT_URL + "?lang=de", payload, content_type="application/json")

    with translation.override("de"):
        required = translation.gettext("This field is required.")
    assert required != "This field is required."
    assert response.json()["error"]["fields"]["email"] == [required]


@pytest.mark.parametrize("value", ["1990-02-30", "17.05.1990", "1990-5-17T00:00", "", None])
def test_a_bad_date_is_refused(client, payload, value):
    payload["date_of_birth"] = value

    assert_refused_and_nothing_stored(client, payload, "date_of_birth")


def test_a_birth_date_in_the_future_is_refused(client, payload):
    payload["date_of_birth"] = "2999-01-01"

    messages = assert_refused_and_nothing_stored(client, payload, "date_of_birth")

    assert messages == ["The date of birth cannot be in the future."]


def test_an_unknown_category_is_refused(client, payload):
    payload["category"] = "astronaut"

    messages = assert_refused_and_nothing_stored(client, payload, "category")

    assert messages == ["Unknown category “astronaut”."]


@pytest.mark.parametrize("codes", [["RU-XXX"], ["RU-KLU", "RU-NOPE"], []])
def test_an_unknown_region_or_none_is_refused(client, payload, codes):
    payload["preferred_regions"] = codes

    assert_refused_and_nothing_stored(client, payload, "preferred_regions")


def test_an_unpublished_region_is_unknown(client, payload):
    RegionFactory(code="RU-MOS", publication_status=PublicationStatus.DRAFT)
    payload["preferred_regions"] = ["RU-MOS"]

    messages = assert_refused_and_nothing_stored(client, payload, "preferred_regions")

    assert messages == ["Unknown region code(s): RU-MOS."]


def test_the_same_region_twice_is_refused(client, payload):
    payload["preferred_regions"] = ["RU-KLU", "RU-KLU"]

    assert_refused_and_nothing_stored(client, payload, "preferred_regions")


@pytest.mark.parametrize("code", ["XX", "DEU", "276", "Germany"])
def test_an_unknown_country_or_not_alpha_2_is_refused(client, payload, code):
    payload["citizenship"] = code

    messages = assert_refused_and_nothing_stored(client, payload, "citizenship")

    assert "ISO 3166-1 alpha-2" in messages[0]


def test_a_declaration_not_accepted_is_refused(client, payload):
    payload["values_declaration_accepted"] = False

    assert_refused_and_nothing_stored(client, payload, "values_declaration_accepted")


def test_consent_not_given_is_refused(client, payload):
    payload["personal_data_consent"] = False

    assert_refused_and_nothing_stored(client, payload, "personal_data_consent")


@pytest.mark.parametrize("signature", ["Juergen Mueler", "Mueller Juergen", "J. Mueller"])
def test_a_signature_that_is_not_first_and_last_name_is_refused(client, payload, signature):
    payload["signature_name"] = signature

    messages = assert_refused_and_nothing_stored(client, payload, "signature_name")

    assert "Juergen Mueller" in messages[0]


def test_the_signature_ignores_case_and_extra_spaces(client, payload):
    payload["signature_name"] = "  JUERGEN   mueller "

    assert submit(client, payload).status_code == 201


@pytest.mark.parametrize(
    "field",
    [
        "first_name",
        "last_name",
        "first_name_cyrillic",
        "email",
        "signature_name",
        "phone",
        "occupation",
        "category_details",
    ],
)
def test_a_10000_character_string_is_refused(client, payload, field):
    payload[field] = LONG

    assert_refused_and_nothing_stored(client, payload, field)


def test_a_10000_character_region_code_is_refused(client, payload):
    payload["preferred_regions"] = [LONG]

    assert_refused_and_nothing_stored(client, payload, "preferred_regions")


def test_a_10000_character_family_name_is_refused(client, payload):
    payload["family_members"][0]["first_name"] = LONG

    assert_refused_and_nothing_stored(client, payload, "family_members")


@pytest.mark.parametrize(
    ("first", "last", "passport"),
    [
        ("Jürgen", "Müller", "JUERGEN MUELLER"),
        ("Иван", "Щербаков", "IVAN SHCHERBAKOV"),
        ("小龙", "李", "XIAOLONG LI"),
        ("محمد", "علي", "MXHMD ELY"),
    ],
)
def test_names_in_any_script_are_accepted_and_spelled_for_the_passport(
    client, payload, first, last, passport
):
    payload |= {"first_name": first, "last_name": last, "signature_name": f"{first} {last}"}

    response = submit(client, payload)

    assert response.status_code == 201, response.content
    application = Application.objects.get()
    assert (application.first_name, application.last_name) == (first, last)
    assert application.passport_name == passport


def test_a_passport_spelling_given_is_kept_as_given(client, payload):
    payload |= {
        "first_name": "Jürgen",
        "last_name": "Müller",
        "signature_name": "JÜRGEN MÜLLER",
        "first_name_latin": "Jurgen",
        "last_name_latin": "Muller",
    }

    assert submit(client, payload).status_code == 201
    assert Application.objects.get().passport_name == "Jurgen Muller"


@pytest.mark.parametrize(
    ("spelling", "hint"),
    [("Юрген", "Latin letters"), ("Jürgen", "without accents"), ("李雷", "Latin letters A–Z")],
)
@pytest.mark.parametrize("field", ["first_name_latin", "last_name_latin"])
def test_a_passport_spelling_outside_a_to_z_is_refused_with_a_hint(
    client, payload, field, spelling, hint
):
    payload[field] = spelling

    messages = assert_refused_and_nothing_stored(client, payload, field)

    assert hint in messages[0]


def test_a_name_with_no_derivable_spelling_asks_for_the_passport_spelling(client, payload):
    payload |= {"first_name": "さくら", "signature_name": "さくら Mueller"}

    messages = assert_refused_and_nothing_stored(client, payload, "first_name_latin")

    assert "passport" in messages[0]


@pytest.mark.parametrize("name", ["R2-D2", "<script>", "Eva\u0000", "---"])
def test_a_name_with_digits_or_symbols_is_refused(client, payload, name):
    payload |= {"first_name": name, "signature_name": f"{name} Mueller"}

    assert_refused_and_nothing_stored(client, payload, "first_name")


def test_the_signature_must_be_the_names_as_typed_not_the_passport_spelling(client, payload):
    payload |= {"first_name": "Jürgen", "last_name": "Müller", "signature_name": "Juergen Mueller"}

    messages = assert_refused_and_nothing_stored(client, payload, "signature_name")

    assert "Jürgen Müller" in messages[0]


def test_a_family_member_with_an_unknown_relation_is_refused(client, payload):
    payload["family_members"][0]["relation"] = "cousin"

    assert_refused_and_nothing_stored(client, payload, "family_members")


def test_a_body_that_is_not_json_is_refused(client):
    before = row_counts()

    response = client.post(SUBMIT_URL, "{not json", content_type="application/json")

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "parse_error"
    assert row_counts() == before


def test_a_json_list_instead_of_an_object_is_refused(client):
    response = client.post(SUBMIT_URL, [1, 2], content_type="application/json")

    assert response.status_code == 400
    assert "non_field_errors" in response.json()["error"]["fields"]


def test_without_a_published_declaration_nothing_is_stored(client, payload, declaration):
    declaration.delete()
    before = row_counts()

    response = submit(client, payload)

    assert response.status_code == 503
    assert response.json()["error"]["code"] == "declaration_unavailable"
    assert row_counts() == before


# ---- Looking up the status


def lookup(client, reference, code=TEST_ACCESS_CODE):
    headers = {} if code is None else {"x_access_code": code}
    return client.get(f"/api/v1/applications/{reference}/", headers=headers)


def test_the_reference_and_access_code_show_status_and_history(client):
    application = SubmittedApplicationFactory(status="in_review")
    StatusChange.objects.create(
        application=application,
        from_status="submitted",
        to_status="in_review",
        actor_label="operator",
    )

    response = lookup(client, application.reference)

    assert response.status_code == 200
    body = response.json()
    assert body["reference"] == application.reference
    assert body["status"] == "in_review"
    assert [entry["status"] for entry in body["history"]] == ["in_review"]
    assert set(body["history"][0]) == {"status", "at"}


def test_the_code_is_accepted_in_lower_case_without_dashes(client):
    application = SubmittedApplicationFactory()

    response = lookup(client, application.reference, TEST_ACCESS_CODE.lower().replace("-", ""))

    assert response.status_code == 200


@pytest.mark.parametrize("code", ["WRNG-CODE-XXXX", "", None])
def test_a_wrong_or_missing_code_answers_404(client, code):
    application = SubmittedApplicationFactory()

    response = lookup(client, application.reference, code)

    assert response.status_code == 404


def test_an_unknown_reference_answers_exactly_like_a_wrong_code(client):
    application = SubmittedApplicationFactory()

    wrong_code = lookup(client, application.reference, "WRNG-CODE-XXXX")
    unknown = lookup(client, "TLR-2026-999999")
    malformed = lookup(client, "not-a-reference")

    assert wrong_code.status_code == unknown.status_code == malformed.status_code == 404
    assert wrong_code.content == unknown.content == malformed.content


@pytest.mark.parametrize("entries", [1, 50])
def test_the_status_lookup_costs_the_same_queries_for_a_long_history(
    client, entries, django_assert_max_num_queries
):
    application = SubmittedApplicationFactory()
    StatusChange.objects.bulk_create(
        StatusChange(application=application, from_status="a", to_status="b", actor_label="x")
        for _i in range(entries)
    )

    with django_assert_max_num_queries(2):
        response = lookup(client, application.reference)

    assert len(response.json()["history"]) == entries


# ---- Documents


def upload(client, reference, file, kind="diploma", code=TEST_ACCESS_CODE):
    return client.post(
        f"/api/v1/applications/{reference}/documents/",
        {"file": file, "kind": kind},
        headers={"x_access_code": code},
    )


def test_a_pdf_is_added_to_the_case(client, private_root):
    application = SubmittedApplicationFactory()

    response = upload(client, application.reference, pdf_upload("My Diploma.pdf"))

    assert response.status_code == 201, response.content
    assert response.json()["name"] == "My_Diploma.pdf"
    assert response.json()["content_type"] == "application/pdf"
    assert len(stored_files(private_root)) == 1


def test_a_renamed_executable_is_refused_and_nothing_is_written(client, private_root):
    application = SubmittedApplicationFactory()
    before = row_counts()

    response = upload(client, application.reference, exe_upload("diploma.pdf"))

    assert response.status_code == 400
    assert "file" in response.json()["error"]["fields"]
    assert row_counts() == before
    assert stored_files(private_root) == []


def test_an_upload_with_a_wrong_code_answers_404_and_writes_nothing(client, private_root):
    application = SubmittedApplicationFactory()

    response = upload(client, application.reference, pdf_upload(), code="WRNG-CODE-XXXX")

    assert response.status_code == 404
    assert stored_files(private_root) == []


def test_an_upload_without_a_file_or_kind_is_refused(client):
    application = SubmittedApplicationFactory()

    response = client.post(
        f"/api/v1/applications/{application.reference}/documents/",
        {"kind": "selfie"},
        headers={"x_access_code": TEST_ACCESS_CODE},
    )

    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"file", "kind"}


def test_a_decided_case_refuses_uploads_with_409(client):
    application = SubmittedApplicationFactory(status="rejected")

    response = upload(client, application.reference, pdf_upload())

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "documents_closed"


# ---- Throttling


@pytest.fixture
def tight_rates(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            "application_submit": "2/minute",
            "application_lookup": "3/minute",
            "application_documents": "2/minute",
        },
    }
    cache.clear()


def test_submissions_beyond_the_rate_answer_429(client, payload, tight_rates):
    statuses = [submit(client, payload).status_code for _i in range(3)]

    assert statuses == [201, 201, 429]


def test_a_throttled_answer_has_the_error_shape(client, payload, tight_rates):
    for _i in range(2):
        submit(client, payload)

    response = submit(client, payload)

    assert response.json()["error"]["code"] == "throttled"
    assert "Retry-After" in response.headers


def test_guessing_access_codes_is_throttled(client, tight_rates):
    application = SubmittedApplicationFactory()

    statuses = [lookup(client, application.reference, f"WRNG-{i}").status_code for i in range(4)]

    assert statuses == [404, 404, 404, 429]
    assert lookup(client, application.reference).status_code == 429


# ---- OpenAPI


def test_the_schema_documents_the_candidate_endpoints_and_the_access_code_header(client):
    response = client.get("/api/schema/", headers={"accept": "application/json"})

    schema = response.json()
    paths = schema["paths"]
    assert "post" in paths["/api/v1/applications/"]
    status = paths["/api/v1/applications/{reference}/"]["get"]
    assert any(p["name"] == "X-Access-Code" and p["in"] == "header" for p in status["parameters"])
    upload_body = paths["/api/v1/applications/{reference}/documents/"]["post"]["requestBody"]
    assert "multipart/form-data" in upload_body["content"]
