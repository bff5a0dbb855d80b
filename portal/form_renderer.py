"""Forms rendered through Jinja2 where a Jinja2 template exists, else as usual.

Django's own form and widget templates exist for both engines and render the same HTML; in
Jinja2 a form page costs a fraction of what the Django template language spends on one include
per option. `portal/jinja2/` goes first: Django's select and radio/checkbox lists with their
options written in place. Templates that exist only for the Django engine (the admin's widgets)
are rendered by it, as with Django's default renderer.
"""

from pathlib import Path

import django.forms
from django.forms.renderers import BaseRenderer, DjangoTemplates, Jinja2
from django.template import TemplateDoesNotExist
from django.utils.functional import cached_property


class ProjectJinja2(Jinja2):
    @cached_property
    def engine(self):
        return self.backend(
            {
                "APP_DIRS": False,
                "DIRS": [
                    Path(__file__).resolve().parent / "jinja2",
                    Path(django.forms.__file__).resolve().parent / "jinja2",
                ],
                "NAME": "portalforms",
                "OPTIONS": {},
            }
        )


class JinjaFirstRenderer(BaseRenderer):
    def __init__(self):
        self._jinja = ProjectJinja2()
        self._django = DjangoTemplates()

    def get_template(self, template_name):
        try:
            return self._jinja.get_template(template_name)
        except TemplateDoesNotExist:
            return self._django.get_template(template_name)
