"""A candidate's account: a person signed in with Gosuslugi (ESIA), never staff."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CandidateAccount(models.Model):
    """The portal's side of an ESIA identity; its cases hang on it (Application.account)."""

    # An auth user without password or staff rights: it exists for Django's sessions.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, related_name="candidate_account", on_delete=models.CASCADE
    )
    issuer = models.CharField(_("identity provider"), max_length=200)
    subject = models.CharField(_("person id at the provider"), max_length=255)
    # The claims of the last sign-in (names, birth date, citizenship, e-mail, confirmed).
    identity = models.JSONField(_("identity"), default=dict)
    verified = models.BooleanField(_("confirmed account"), default=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_signed_in_at = models.DateTimeField(_("last signed in at"), null=True, blank=True)

    class Meta:
        verbose_name = _("candidate account")
        verbose_name_plural = _("candidate accounts")
        constraints = [
            models.UniqueConstraint(fields=["issuer", "subject"], name="candidate_account_once")
        ]

    def __str__(self):
        return f"{self.issuer} {self.subject}"

    def identity_record(self):
        from accounts.esia import Identity

        return Identity.from_json(self.identity)

    @property
    def display_name(self) -> str:
        """The names as Gosuslugi holds them, with the Latin spelling when it differs."""
        names = " ".join(
            filter(None, [self.identity.get("given_name"), self.identity.get("family_name")])
        )
        latin = " ".join(
            filter(
                None,
                [self.identity.get("given_name_latin"), self.identity.get("family_name_latin")],
            )
        )
        if latin and names and latin != names:
            return f"{names} ({latin})"
        return names or latin
