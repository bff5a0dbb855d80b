"""Field groups of unbound forms are rendered once per process (portal/field_groups.py) and
never show anything stale: each language, initial value and set of choices has its own, and a
form that was sent always renders afresh with what was typed and its errors."""

import pytest
from django.utils import translation

from applications.eligibility import EligibilityForm
from applications.selectors import regions_for_choice
from portal import layout_cache
from portal.field_groups import field_group_html

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_layout_parts")]


def region_field(data=None, **kwargs):
    return EligibilityForm(data, regions=regions_for_choice(), **kwargs)["region"]


def test_an_unbound_field_group_is_djangos_own_html_and_is_kept(kaluga):
    first = field_group_html(region_field())
    kept = len(layout_cache._parts)

    second = field_group_html(region_field())

    assert first == second == region_field().as_field_group()
    assert kept == 1
    assert len(layout_cache._parts) == kept
    assert '<option value="RU-KLU">Kaluga Region</option>' in first


def test_a_region_renamed_or_added_shows_at_once(kaluga, moscow):
    field_group_html(region_field())
    kaluga.name_en = "Kaluga Oblast"
    kaluga.save()

    html = field_group_html(region_field())

    assert "Kaluga Oblast" in html
    assert "Kaluga Region" not in html
    assert '<option value="RU-MOW">Moscow</option>' in html


def test_each_language_has_its_own(kaluga):
    with translation.override("en"):
        english = field_group_html(region_field())
    with translation.override("ru"):
        russian = field_group_html(region_field())

    assert "Kaluga Region" in english
    assert "Калужская область" in russian
    assert "Kaluga Region" not in russian


def test_an_initial_value_is_part_of_what_is_kept(kaluga):
    empty = field_group_html(region_field())

    chosen = field_group_html(region_field(initial={"region": "RU-KLU"}))

    assert '<option value="RU-KLU" selected>' in chosen
    assert "selected" not in empty.replace('<option value="" selected>', "")


def test_a_sent_form_renders_its_errors_and_is_never_kept(kaluga):
    field = region_field({"region": "XX-NOPE"})

    html = field_group_html(field)

    assert "Select a valid choice" in html
    assert layout_cache._parts == {}
