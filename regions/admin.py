"""Admin for regions and support measures, scoped to a regional editor's own regions."""

from django import forms
from django.contrib import admin
from django.contrib.auth import get_permission_codename, get_user_model
from django.http import Http404
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from portal.admin import PublishableAdmin
from portal.categories import Category
from regions.models import Region, SupportMeasure


def category_choice_field(label, help_text=""):
    """Category checkboxes for a JSON list of Category values."""
    return forms.MultipleChoiceField(
        label=capfirst(label),
        choices=Category.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=help_text,
    )


class RegionAdminForm(forms.ModelForm):
    priority_categories = category_choice_field(_("priority categories"))

    class Meta:
        model = Region
        fields = ["priority_categories"]  # the admin's fieldsets add the rest


class SupportMeasureAdminForm(forms.ModelForm):
    eligible_categories = category_choice_field(
        _("eligible categories"),
        _("Leave all unticked when the measure is open to every category."),
    )

    class Meta:
        model = SupportMeasure
        fields = ["eligible_categories"]  # the admin's fieldsets add the rest


class RegionScopedAdmin(PublishableAdmin):
    """Staff who may edit see only their regions' objects; view-only staff read everything.

    Objects outside that scope do not exist for the user: change, delete and history are 404.
    """

    def scope(self, queryset, user):
        raise NotImplementedError

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if self._may_edit(request):
            return self.scope(queryset, request.user)
        return queryset

    def _may_edit(self, request) -> bool:
        app_label = self.opts.app_label
        return any(
            request.user.has_perm(f"{app_label}.{get_permission_codename(action, self.opts)}")
            for action in ("add", "change", "delete")
        )

    def get_object(self, request, object_id, from_field=None):
        # Django redirects to the index with "doesn't exist?"; out of scope must be a plain 404.
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404(_("No such object."))
        return obj


@admin.register(Region)
class RegionAdmin(RegionScopedAdmin):
    form = RegionAdminForm
    list_display = (
        "code",
        "name",
        "federal_district",
        "is_pilot",
        "work_model",
        "publication_status",
    )
    list_filter = ("federal_district", "is_pilot", "work_model", "publication_status")
    search_fields = ("code", "name_en", "name_ru")
    filter_horizontal = ("editors",)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "code",
                    "name",
                    "federal_district",
                    "is_pilot",
                    "work_model",
                    "priority_categories",
                    "publication_status",
                )
            },
        ),
        (_("Description"), {"fields": ("description",)}),
        (
            _("One-stop-shop office"),
            {
                "fields": (
                    "office_name",
                    "office_address",
                    "office_phone",
                    "office_email",
                    "office_website",
                    "office_hours",
                )
            },
        ),
        (_("Responsible official"), {"fields": ("official_name", "official_title")}),
        (_("Regional editors"), {"fields": ("editors",)}),
    )
    # What only a superuser decides; a regional editor keeps the office data and texts current.
    structural_fields = (
        "code",
        "name",
        "federal_district",
        "is_pilot",
        "work_model",
        "publication_status",
        "editors",
    )

    def scope(self, queryset, user):
        return queryset.edited_by(user)

    def get_readonly_fields(self, request, obj=None):
        if request.user.is_superuser:
            return super().get_readonly_fields(request, obj)
        return self.replace_orig_field(self.structural_fields)

    def has_publish_permission(self, request) -> bool:
        return request.user.is_superuser

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "editors":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


@admin.register(SupportMeasure)
class SupportMeasureAdmin(RegionScopedAdmin):
    form = SupportMeasureAdminForm
    list_display = (
        "title",
        "region",
        "audience",
        "kind",
        "publication_status",
        "is_sample",
        "valid_from",
        "valid_to",
    )
    list_filter = (
        "publication_status",
        ("region", admin.RelatedOnlyFieldListFilter),
        "audience",
        "kind",
        "is_sample",
    )
    list_select_related = ("region",)
    search_fields = ("slug", "title_en", "title_ru", "region__code", "region__name_en")
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = (
        (None, {"fields": ("region", "title", "slug", "audience", "kind", "is_sample")}),
        (_("Texts"), {"fields": ("summary", "body", "benefit", "how_to_apply")}),
        (_("Who and when"), {"fields": ("eligible_categories", "valid_from", "valid_to")}),
        (_("Publication"), {"fields": ("publication_status",)}),
    )

    def scope(self, queryset, user):
        return queryset.editable_by(user)

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        regions = list(Region.objects.edited_by(request.user)[:2])
        if len(regions) == 1:
            # An editor of a single region need not pick it every time.
            initial.setdefault("region", regions[0].pk)
        return initial

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "region":
            kwargs["queryset"] = Region.objects.edited_by(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
