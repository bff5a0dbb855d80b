from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MinistriesConfig(AppConfig):
    name = "ministries"
    verbose_name = _("Mock ministries")
