"""Reversed addresses are remembered per process (portal/remembered_urls.py), and stay right
for each language and URL configuration; a failure is never remembered."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from portal.remembered_urls import _reversed, reverse_remembered


@pytest.fixture(autouse=True)
def _empty():
    _reversed.cache_clear()
    yield
    _reversed.cache_clear()


def test_each_language_has_its_own_address():
    with translation.override("en"):
        english = reverse_remembered("content:faq")
    with translation.override("de"):
        german = reverse_remembered("content:faq")
        again = reverse_remembered("content:faq")
        django_answer = reverse("content:faq")

    assert (english, german) == ("/en/faq/", "/de/faq/")
    assert again == german == django_answer
    assert _reversed.cache_info().hits == 1


def test_arguments_are_part_of_the_key():
    with translation.override("en"):
        kaluga = reverse_remembered("regions:region_detail", kwargs={"code": "RU-KLU"})
        moscow = reverse_remembered("regions:region_detail", kwargs={"code": "RU-MOW"})

    assert (kaluga, moscow) == ("/en/regions/RU-KLU/", "/en/regions/RU-MOW/")


def test_a_failure_is_raised_every_time_and_not_remembered():
    for _attempt in range(2):
        with pytest.raises(NoReverseMatch):
            reverse_remembered("content:no-such-page")
    assert _reversed.cache_info().currsize == 0


def test_another_url_configuration_is_seen_at_once(settings):
    with translation.override("en"):
        assert reverse_remembered("healthz") == "/healthz"
        settings.ROOT_URLCONF = "tests.remembered_urlconf"
        assert reverse_remembered("healthz") == "/elsewhere/healthz"


def test_the_url_tag_of_every_template_uses_it():
    request = RequestFactory().get("/en/")
    template = Template("{% url 'content:faq' %}|{% url 'content:faq' as faq %}{{ faq }}")

    with translation.override("fr"):
        rendered = template.render(Context({"request": request}))

    assert rendered == "/fr/faq/|/fr/faq/"
    assert _reversed.cache_info().hits == 1
