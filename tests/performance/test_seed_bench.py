import pytest
from django.core.management import CommandError

from applications.access_codes import access_code_matches
from applications.models import Application, FamilyMember, ReferenceCounter, StatusChange
from applications.services import application_submit
from bench.dataset import BENCH_ACCESS_CODE, BENCH_EMAIL_DOMAIN
from bench.seed import seed
from content.models import Faq, SuccessStory
from regions.models import SupportMeasure
from tests.factories import ApplicationFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]
SMALL = ["--applications=300", "--faqs=20", "--stories=30", "--measures=40", "--regions=3"]


def bench_cases():
    return Application.objects.filter(email__endswith=f"@{BENCH_EMAIL_DOMAIN}")


def test_seed_bench_writes_cases_with_their_family_history_and_content():
    seed([*SMALL, "--force"])

    cases = bench_cases()
    assert cases.count() == 300
    assert cases.values("status").distinct().count() >= 8
    assert cases.values("category").distinct().count() == 7
    assert FamilyMember.objects.filter(application__in=cases).exists()
    assert StatusChange.objects.filter(application__in=cases).count() > 300
    assert Faq.objects.filter(question__startswith="[bench]").count() == 20
    assert SuccessStory.objects.filter(slug__startswith="bench-").count() == 30
    assert SupportMeasure.objects.filter(slug__startswith="bench-").count() == 40


def test_bench_cases_look_like_submitted_ones():
    seed([*SMALL, "--force"])

    case = bench_cases().exclude(status="draft").first()
    history = list(case.history.values_list("to_status", flat=True))

    assert case.reference.startswith("TLR-")
    assert history[-1] == case.status
    assert case.region_choices.filter(position=1).exists()
    assert access_code_matches(BENCH_ACCESS_CODE, case.access_code_hash)


def test_running_it_again_replaces_the_previous_bench_set():
    seed([*SMALL, "--force"])
    seed([*SMALL, "--force"])

    assert bench_cases().count() == 300
    assert SupportMeasure.objects.filter(slug__startswith="bench-").count() == 40


def test_clear_removes_the_bench_set_and_gives_back_its_reference_numbers():
    seed([*SMALL, "--force"])

    seed(["--clear", "--force"])

    assert not bench_cases().exists()
    assert not Faq.objects.filter(question__startswith="[bench]").exists()
    assert set(ReferenceCounter.objects.values_list("last_number", flat=True)) <= {0}


def test_a_real_submission_after_the_bench_set_gets_a_fresh_reference():
    seed([*SMALL, "--force"])

    submitted, _code = application_submit(application=ApplicationFactory())

    assert Application.objects.filter(reference=submitted.reference).count() == 1


def test_seed_bench_refuses_a_database_that_may_be_production():
    with pytest.raises(CommandError, match="DEBUG is off"):
        seed([*SMALL])
