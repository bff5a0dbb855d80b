"""The matcher of support measures: which measures fit a candidate, and why."""

import datetime

import pytest

from regions.matching import (
    CandidateProfile,
    match_measures,
    measures_for,
    profile_from_answers,
    profile_from_application,
)
from tests.factories import ApplicationFactory, RegionFactory, SupportMeasureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaluga():
    return RegionFactory(code="RU-KLU", name_en="Kaluga Region", priority_categories=["scientist"])


@pytest.fixture
def tatarstan():
    return RegionFactory(code="RU-TA", name_en="Tatarstan")


def slugs(matches):
    return [match.measure.slug for match in matches]


def test_a_measure_in_a_preferred_region_open_to_everyone_fits_and_says_why(kaluga):
    SupportMeasureFactory(region=kaluga, slug="housing")
    profile = CandidateProfile(category="investor", region_codes=("RU-KLU",))
    [match] = measures_for(profile)
    reasons = [str(reason) for reason in match.reasons]
    assert reasons == [
        "It is offered in Kaluga Region, a region you chose.",
        "It is open to every category of the programme.",
    ]


def test_a_measure_in_another_region_does_not_fit(kaluga, tatarstan):
    SupportMeasureFactory(region=tatarstan, slug="elsewhere")
    assert measures_for(CandidateProfile(category="investor", region_codes=("RU-KLU",))) == []


def test_a_measure_for_other_categories_does_not_fit_and_one_for_mine_says_so(kaluga):
    SupportMeasureFactory(region=kaluga, slug="for-investors", eligible_categories=["investor"])
    SupportMeasureFactory(region=kaluga, slug="for-scientists", eligible_categories=["scientist"])
    [match] = measures_for(CandidateProfile(category="scientist", region_codes=("RU-KLU",)))
    assert match.measure.slug == "for-scientists"
    assert "It is meant for your category: Scientist." in [str(r) for r in match.reasons]
    assert "Kaluga Region lists your category among its priorities." in [
        str(r) for r in match.reasons
    ]


def test_school_places_fit_only_a_candidate_moving_with_children(kaluga):
    SupportMeasureFactory(
        region=kaluga, slug="schools", audience="family_members", kind="children_education"
    )
    alone = CandidateProfile(category="scientist", region_codes=("RU-KLU",))
    with_spouse = CandidateProfile(category="scientist", region_codes=("RU-KLU",), with_spouse=True)
    with_children = CandidateProfile(
        category="scientist", region_codes=("RU-KLU",), with_children=True
    )
    assert measures_for(alone) == []
    assert measures_for(with_spouse) == []
    [match] = measures_for(with_children)
    assert "You move with children: it helps with school and kindergarten places." in [
        str(r) for r in match.reasons
    ]


def test_family_measures_need_a_family_and_employer_measures_never_fit(kaluga):
    SupportMeasureFactory(region=kaluga, slug="family-help", audience="family_members")
    SupportMeasureFactory(region=kaluga, slug="for-employers", audience="employers")
    alone = CandidateProfile(category="scientist", region_codes=("RU-KLU",))
    assert measures_for(alone) == []
    family = CandidateProfile(category="scientist", region_codes=("RU-KLU",), with_spouse=True)
    assert slugs(measures_for(family)) == ["family-help"]


def test_measures_not_in_force_or_unpublished_do_not_fit(kaluga):
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    SupportMeasureFactory(region=kaluga, slug="expired", valid_to=yesterday)
    SupportMeasureFactory(region=kaluga, slug="draft", publication_status="draft")
    assert measures_for(CandidateProfile(category="scientist", region_codes=("RU-KLU",))) == []


def test_the_first_preferred_region_comes_first(kaluga, tatarstan):
    SupportMeasureFactory(region=kaluga, slug="a-kaluga")
    SupportMeasureFactory(region=tatarstan, slug="b-tatarstan")
    profile = CandidateProfile(category="investor", region_codes=("RU-TA", "RU-KLU"))
    assert slugs(measures_for(profile)) == ["b-tatarstan", "a-kaluga"]


def test_without_a_region_every_region_counts_but_the_list_is_cut(kaluga):
    measures = [SupportMeasureFactory.build(region=kaluga, slug=f"m-{n:02}") for n in range(20)]
    matches = match_measures(CandidateProfile(category="investor"), measures)
    assert len(matches) == 12


def test_without_a_category_only_measures_open_to_every_category_fit(kaluga):
    SupportMeasureFactory(region=kaluga, slug="open")
    SupportMeasureFactory(region=kaluga, slug="closed", eligible_categories=["investor"])
    assert slugs(measures_for(CandidateProfile(region_codes=("RU-KLU",)))) == ["open"]


def test_profile_from_the_self_check_answers(kaluga):
    profile = profile_from_answers(category="scientist", family="spouse_children", region=kaluga)
    assert profile == CandidateProfile("scientist", ("RU-KLU",), True, True)
    assert profile_from_answers(category="none", family="alone").category == ""


def test_profile_from_a_case_uses_its_regions_in_order_and_its_family(kaluga, tatarstan):
    application = ApplicationFactory(regions=[tatarstan, kaluga], category="investor")
    application.family_members.create(
        relation="child",
        first_name="Mia",
        last_name="Schmidt",
        date_of_birth=datetime.date(2015, 1, 1),
        citizenship="DE",
    )
    profile = profile_from_application(application)
    assert profile == CandidateProfile("investor", ("RU-TA", "RU-KLU"), False, True)
