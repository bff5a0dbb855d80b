"""Draft / published workflow shared by every public model."""

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.choices import FastChoiceLabels


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(publication_status=PublicationStatus.PUBLISHED)

    def viewable_by(self, user):
        """Staff preview drafts on the public pages; everybody else sees published objects."""
        if user.is_authenticated and user.is_staff:
            return self
        return self.published()


class Publishable(FastChoiceLabels, models.Model):
    publication_status = models.CharField(
        _("publication status"),
        max_length=10,
        choices=PublicationStatus.choices,
        default=PublicationStatus.DRAFT,
        db_index=True,
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # First publication is stamped once; unpublishing keeps the history of when.
        if self.is_published and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def is_published(self) -> bool:
        return self.publication_status == PublicationStatus.PUBLISHED


def publication_status_set(*, objects, status: str) -> int:
    """Publish or unpublish `objects`; saved one by one so `published_at` is stamped."""
    changed = 0
    with transaction.atomic():
        for obj in objects:
            if obj.publication_status == status:
                continue
            obj.publication_status = status
            obj.save(update_fields=["publication_status", "published_at"])
            changed += 1
    return changed
