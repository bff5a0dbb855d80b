"""The whole candidate journey through the Django test client, in German."""

import re

import pytest
from django.core import mail
from django.test import Client

from applications.models import Application
from tests.applications.conftest import stored_files
from tests.applications.samples import pdf_upload
from tests.applications.steps import (
    ABOUT,
    CATEGORY,
    DECLARATION,
    NO_FAMILY,
    SPOUSE,
    WHERE,
    fill_in,
    fill_in_steps_1_to_4,
    german,
    step_url,
)
from tests.factories import RegionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def regions(declaration):
    return [RegionFactory(code="RU-KLU", name_de="Kaluga"), RegionFactory(code="RU-TA")]


def test_a_candidate_checks_eligibility_applies_in_german_and_follows_the_status(
    client, private_root, django_capture_on_commit_callbacks
):
    # Self-check: the first answers, then the scientist's own question, then the result.
    answers = {"declaration": "yes", "category": "scientist", "family": "spouse"}
    answers["region"] = "RU-KLU"
    question = client.post("/de/eligibility/", answers)
    assert (
        german("Do you work in research, with a research degree or publications in your field?")
        in question.content.decode()
    )
    result = client.post("/de/eligibility/", {**answers, "category_fit": "yes"})
    assert 'href="/de/apply/?category=scientist"' in result.content.decode()

    # The form remembers the category from the self-check.
    assert client.get("/de/apply/?category=scientist").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = fill_in(client, 1, ABOUT)
    assert response["Location"] == step_url(2)
    step_2 = client.get(step_url(2)).content.decode()
    assert re.search(r'value="scientist"[^>]* checked', step_2)
    assert german("Step %(n)s of %(total)s") % {"n": 2, "total": 7} in step_2

    assert fill_in(client, 2, CATEGORY)["Location"] == step_url(3)
    with_new_form = fill_in(client, 3, NO_FAMILY, "add")
    assert 'name="family-0-first_name"' in with_new_form.content.decode()
    assert fill_in(client, 3, SPOUSE)["Location"] == step_url(4)
    assert fill_in(client, 4, WHERE)["Location"] == step_url(5)

    uploaded = client.post(
        step_url(5), {"kind": "passport", "file": pdf_upload("Reisepass.pdf"), "action": "upload"}
    )
    assert uploaded["Location"] == step_url(5)
    assert "Reisepass.pdf" in client.get(step_url(5)).content.decode()
    assert fill_in(client, 5, {})["Location"] == step_url(6)

    declaration_page = client.get(step_url(6)).content.decode()
    assert "Ich teile die traditionellen" in declaration_page
    assert fill_in(client, 6, DECLARATION)["Location"] == step_url(7)

    review = client.get(step_url(7)).content.decode()
    for shown in ("Juergen", "Solid-state physics", "Eva", "Kaluga", "Reisepass.pdf", "2025-1"):
        assert shown in review

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        submitted = fill_in(client, 7, {}, "submit")
    assert submitted["Location"] == "/de/apply/done/"
    done = client.get(submitted["Location"])
    page = done.content.decode()
    assert done.status_code == 200
    assert "no-store" in done["Cache-Control"]
    reference = re.search(r"TLR-\d{4}-\d{6}", page).group()
    access_code = re.search(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", page).group()
    # A reload shows the same confirmation; another browser has none to show.
    again = client.get("/de/apply/done/").content.decode()
    assert reference in again and access_code in again
    other = Client().get("/de/apply/done/").content.decode()
    assert reference not in other and access_code not in other

    application = Application.objects.get(reference=reference)
    assert application.status == "submitted"
    assert application.declaration_language == "de"
    assert application.family_members.count() == 1
    assert len(stored_files(private_root)) == 1
    (email,) = mail.outbox
    assert email.to == ["juergen@example.org"]
    assert access_code in email.body and reference in email.body
    assert "/de/apply/status/" in email.body

    # The code was shown once: the draft is gone from the session.
    assert client.get(step_url(7))["Location"] == step_url(1)

    looked_up = client.post(
        "/de/apply/status/",
        {"reference": reference.lower(), "access_code": access_code, "action": "lookup"},
    )
    assert looked_up["Location"] == "/de/apply/status/"
    status_page = client.get("/de/apply/status/").content.decode()
    assert reference in status_page
    assert "Submitted" in status_page or "Eingereicht" in status_page


def test_a_draft_is_resumed_in_another_browser_from_the_emailed_link(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        fill_in(client, 1, ABOUT)
    (email,) = mail.outbox
    link = re.search(r"http://\S+/de/apply/resume/\S+/", email.body).group()

    other_browser = client.__class__()
    response = other_browser.get(link.removeprefix("http://127.0.0.1:8000"))

    assert response["Location"] == step_url(2)
    assert "Juergen" in other_browser.get(step_url(1)).content.decode()
    assert other_browser.get(step_url(2)).status_code == 200


def test_the_resume_link_is_emailed_in_the_candidates_language(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        fill_in(client, 1, {**ABOUT, "preferred_language": "fr"}, language="de")

    assert "/fr/apply/resume/" in mail.outbox[0].body


def test_save_and_finish_later_emails_the_link_again(client, django_capture_on_commit_callbacks):
    fill_in(client, 1, ABOUT)

    with django_capture_on_commit_callbacks(execute=True):
        response = fill_in(client, 2, CATEGORY, "save")

    assert response["Location"] == "/de/apply/saved/"
    assert len(mail.outbox) == 1
    assert "juergen@example.org" in client.get("/de/apply/saved/").content.decode()


def test_back_keeps_what_was_typed_even_when_it_is_not_valid_yet(client):
    fill_in_steps_1_to_4(client)
    half_done = {**WHERE, "region_2": "RU-KLU", "russian_level": "b2"}

    response = fill_in(client, 4, half_done, "back")

    assert response["Location"] == step_url(3)
    again = client.get(step_url(4)).content.decode()
    assert '<option value="b2" selected>' in again
    assert german("You chose this region already.") in again


def test_back_saves_a_valid_step(client):
    fill_in_steps_1_to_4(client)

    fill_in(client, 4, {**WHERE, "russian_level": "c1"}, "back")

    assert Application.objects.get().russian_level == "c1"


def test_a_step_without_a_draft_sends_the_candidate_to_the_first_step(client):
    assert client.get(step_url(4))["Location"] == step_url(1)


def test_an_unknown_step_is_not_found(client):
    assert client.get(step_url(8)).status_code == 404
