"""Admin building blocks shared by the apps."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin

from portal.publishing import PublicationStatus, publication_status_set


class PublishableAdmin(TabbedTranslationAdmin):
    """Tabbed translations plus bulk publish / unpublish for draft-or-published models."""

    actions = ["publish_selected", "unpublish_selected"]

    def has_publish_permission(self, request) -> bool:
        return self.has_change_permission(request)

    @admin.action(description=_("Publish selected"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        changed = publication_status_set(objects=queryset, status=PublicationStatus.PUBLISHED)
        self.message_user(
            request,
            ngettext("%(count)d object published.", "%(count)d objects published.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )

    @admin.action(description=_("Unpublish selected (back to draft)"), permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        changed = publication_status_set(objects=queryset, status=PublicationStatus.DRAFT)
        self.message_user(
            request,
            ngettext(
                "%(count)d object moved back to draft.",
                "%(count)d objects moved back to draft.",
                changed,
            )
            % {"count": changed},
            messages.SUCCESS,
        )


class ReadOnlyInline(admin.TabularInline):
    """Rows shown on a parent's page that nobody adds, edits or deletes there."""

    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
