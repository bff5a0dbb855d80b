"""What the portal keeps about its staff beyond Django's user."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffProfile(models.Model):
    """A staff member's language: the one their alerts and digests are written in."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, related_name="staff_profile", on_delete=models.CASCADE
    )
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self):
        return f"{self.user}: {self.language}"


def staff_language(user) -> str:
    """The language to write to `user` in: their profile's, else the site's default."""
    profile = getattr(user, "staff_profile", None) if user.pk else None
    return profile.language if profile else settings.LANGUAGE_CODE


def staff_language_remember(sender, request, user, **kwargs) -> None:
    """On a staff login, the language the admin is shown in becomes the staff member's."""
    language = getattr(request, "LANGUAGE_CODE", "") if request is not None else ""
    if user.is_staff and language in dict(settings.LANGUAGES):
        StaffProfile.objects.update_or_create(user=user, defaults={"language": language})
