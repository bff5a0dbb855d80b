"""Forms render through Jinja2 with the options written in place (portal/form_renderer.py):
the same HTML as Django's own templates, and the admin's Django-only widgets still work."""

import re

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates

from applications.eligibility import EligibilityForm
from applications.selectors import regions_for_choice
from portal.form_renderer import JinjaFirstRenderer

pytestmark = pytest.mark.django_db


def tags(html: str) -> str:
    """The markup without the whitespace between tags, which the two engines lay out apart,
    and with Django's spelling of the escaped quotes (markupsafe writes &#34; and &#39;)."""
    markup = re.sub(r">\s+", ">", re.sub(r"\s+<", "<", str(html))).strip()
    return markup.replace("&#34;", "&quot;").replace("&#39;", "&#x27;")


class EveryChoiceWidget(forms.Form):
    country = forms.ChoiceField(
        choices=[("", "—"), ("Europe", [("AT", "Austria"), ("DE", "Germany")]), ("CN", "中国")]
    )
    languages = forms.MultipleChoiceField(
        choices=[("en", "English"), ("ru", "Русский <b>")],
        widget=forms.CheckboxSelectMultiple,
    )
    answer = forms.ChoiceField(
        choices=[("yes", "Yes"), ("no", 'No "really"')], widget=forms.RadioSelect
    )
    several = forms.MultipleChoiceField(choices=[("a", "A"), ("b", "B")])


@pytest.mark.parametrize(
    "data",
    [None, {"country": "DE", "languages": ["ru"], "answer": "no", "several": ["a", "b"]}],
)
def test_choice_widgets_render_as_djangos_own_templates(data):
    ours = EveryChoiceWidget(data, renderer=JinjaFirstRenderer())
    djangos = EveryChoiceWidget(data, renderer=DjangoTemplates())

    for name in EveryChoiceWidget.base_fields:
        assert tags(ours[name]) == tags(djangos[name]), name
    assert "Русский &lt;b&gt;" in str(ours["languages"])


def test_the_eligibility_form_renders_as_with_djangos_templates(kaluga, moscow):
    data = {"declaration": "yes", "category": "scientist", "family": "alone", "region": "RU-KLU"}
    ours = EligibilityForm(data, regions=regions_for_choice(), renderer=JinjaFirstRenderer())
    djangos = EligibilityForm(data, regions=regions_for_choice(), renderer=DjangoTemplates())

    assert tags(ours.as_div()) == tags(djangos.as_div())
    assert '<option value="RU-KLU" selected>Kaluga Region</option>' in tags(ours["region"])


def test_a_template_only_the_django_engine_has_is_rendered_by_it():
    template = JinjaFirstRenderer().get_template("admin/widgets/foreign_key_raw_id.html")
    context = {"widget": {"attrs": {}, "name": "x", "type": "text"}, "related_url": "/admin/x/"}

    assert 'class="related-lookup"' in template.render(context)


def test_region_options_fall_back_to_the_english_name(client, kaluga):
    kaluga.name_de = ""
    kaluga.save()

    page = client.get("/de/eligibility/").content.decode()

    assert '<option value="RU-KLU">Kaluga Region</option>' in page
