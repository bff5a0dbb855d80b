"""The mock ESIA's people and the faults it is told to play."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EsiaIdentity(models.Model):
    """One person registered at the mock ESIA; signs in there as its own auth user."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, related_name="esia_identity", on_delete=models.CASCADE
    )
    # ESIA's stable person id (the `sub` claim).
    oid = models.CharField(max_length=40, unique=True)
    family_name = models.CharField(_("last name"), max_length=100)
    given_name = models.CharField(_("first name"), max_length=100)
    middle_name = models.CharField(_("middle name"), max_length=100, blank=True)
    family_name_latin = models.CharField(_("last name in Latin letters"), max_length=100)
    given_name_latin = models.CharField(_("first name in Latin letters"), max_length=100)
    birthdate = models.DateField(_("date of birth"))
    # ISO 3166-1 alpha-2.
    citizenship = models.CharField(_("citizenship"), max_length=2)
    email = models.EmailField(_("email"))
    email_verified = models.BooleanField(default=True)
    # A confirmed ("trusted") account: the identity was checked against a document.
    verified = models.BooleanField(_("confirmed account"), default=True)
    # What the picker shows about this demo person.
    description = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("mock ESIA identity")
        verbose_name_plural = _("mock ESIA identities")

    def __str__(self):
        return f"{self.family_name} {self.given_name} ({self.oid})"

    def claims(self) -> dict:
        """The OpenID Connect claims about this person (ID token and userinfo)."""
        return {
            "sub": self.oid,
            "name": f"{self.given_name} {self.family_name}",
            "given_name": self.given_name,
            "family_name": self.family_name,
            "middle_name": self.middle_name,
            "given_name_latin": self.given_name_latin,
            "family_name_latin": self.family_name_latin,
            "birthdate": self.birthdate.isoformat(),
            "citizenship": self.citizenship,
            "email": self.email,
            "email_verified": self.email_verified,
            "verified": self.verified,
        }


class EsiaFaultMode(models.TextChoices):
    OK = "ok", "ok"
    ERROR = "error", "error"
    SLOW = "slow", "slow"
    FORGED_SIGNATURE = "forged_signature", "forged_signature"
    EXPIRED = "expired", "expired"
    WRONG_AUDIENCE = "wrong_audience", "wrong_audience"
    WRONG_ISSUER = "wrong_issuer", "wrong_issuer"
    WRONG_NONCE = "wrong_nonce", "wrong_nonce"


class EsiaFault(models.Model):
    """The next `remaining` answers of the mock ESIA play `mode` (set via /_control/)."""

    mode = models.CharField(max_length=20, choices=EsiaFaultMode.choices, default="ok")
    remaining = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("mock ESIA fault")
        verbose_name_plural = _("mock ESIA faults")

    def __str__(self):
        return f"{self.mode} × {self.remaining}"
