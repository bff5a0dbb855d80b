"""A minimal read-only view of the cases for operators; the full queue comes with issue 6."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from applications.models import (
    Application,
    ApplicationRegion,
    DeclarationVersion,
    Document,
    FamilyMember,
    InformationRequest,
    StatusChange,
)


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class RegionInline(ReadOnlyInline):
    model = ApplicationRegion
    fields = ("position", "region")
    readonly_fields = fields


class FamilyMemberInline(ReadOnlyInline):
    model = FamilyMember
    fields = ("relation", "first_name", "last_name", "date_of_birth", "citizenship")
    readonly_fields = fields


class DocumentInline(ReadOnlyInline):
    model = Document
    fields = ("kind", "download", "content_type", "size", "sha256", "uploaded_at")
    readonly_fields = fields

    @admin.display(description=_("file"))
    def download(self, document):
        url = reverse(
            "admin:applications_document_download",
            kwargs={"application_id": document.application_id, "document_id": document.pk},
        )
        return format_html('<a href="{}">{}</a>', url, document.original_name)


class InformationRequestInline(ReadOnlyInline):
    model = InformationRequest
    fields = ("message", "requested_at", "answer", "answered_at")
    readonly_fields = fields


class StatusChangeInline(ReadOnlyInline):
    model = StatusChange
    fields = ("at", "from_status", "to_status", "actor_label", "actor", "note")
    readonly_fields = fields


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = ("reference", "last_name", "first_name", "category", "status", "submitted_at")
    list_filter = ("status", "category")
    search_fields = ("=reference", "last_name", "email")
    list_select_related = True
    show_full_result_count = False
    inlines = [
        RegionInline,
        FamilyMemberInline,
        DocumentInline,
        InformationRequestInline,
        StatusChangeInline,
    ]
    exclude = ("access_code_hash",)

    def get_queryset(self, request):
        return super().get_queryset(request).submitted()

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields if field.name != "access_code_hash"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        # Cases change only through the workflow's actions (issue 6), never by editing fields.
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        download = self.admin_site.admin_view(self.document_download)
        return [
            path(
                "<int:application_id>/documents/<int:document_id>/",
                download,
                name="applications_document_download",
            ),
            *super().get_urls(),
        ]

    def document_download(self, request, application_id: int, document_id: int):
        """Operators download a candidate's document; nobody else, and never by a public URL."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        document = Document.objects.filter(pk=document_id, application_id=application_id).first()
        if document is None:
            raise Http404(_("No such document."))
        response = FileResponse(
            document.file.open("rb"),
            as_attachment=True,
            filename=document.original_name,
            content_type=document.content_type,
        )
        response["X-Content-Type-Options"] = "nosniff"
        return response


@admin.register(DeclarationVersion)
class DeclarationVersionAdmin(TranslationAdmin):
    list_display = ("version", "published_at")

    def has_change_permission(self, request, obj=None):
        # A signed text never changes; publish a new version instead.
        return obj is None and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False
