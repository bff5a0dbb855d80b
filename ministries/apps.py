from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class MinistriesConfig(AppConfig):
    name = "ministries"
    verbose_name = _("Mock ministries")

    def ready(self):
        if settings.MOCK_MINISTRIES_ENABLED:
            from ministries.esia.keys import signing_key_pem

            # The mock ESIA signs its ID tokens with a key of its own, never a committed one.
            settings.OAUTH2_PROVIDER["OIDC_RSA_PRIVATE_KEY"] = signing_key_pem()
