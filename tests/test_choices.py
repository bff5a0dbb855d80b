"""get_FOO_display() on our models: the same answers as Django's, in the reader's language."""

from django.utils import translation

from applications.models import Application, ApplicationStatus
from regions.models import MeasureKind, SupportMeasure


def test_label_is_translated_into_the_active_language_on_every_call():
    measure = SupportMeasure(kind=MeasureKind.HOUSING)

    with translation.override("en"):
        assert measure.get_kind_display() == "Housing"
    with translation.override("ru"):
        assert measure.get_kind_display() == "Жильё"
    with translation.override("en"):
        assert measure.get_kind_display() == "Housing"


def test_a_value_that_is_not_a_choice_is_shown_as_it_is():
    assert SupportMeasure(kind="teleportation").get_kind_display() == "teleportation"
    assert SupportMeasure(kind=None).get_kind_display() is None


def test_every_status_label_matches_djangos_own_lookup():
    for status in ApplicationStatus:
        assert Application(status=status.value).get_status_display() == str(status.label)
