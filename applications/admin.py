"""The operators' workspace in the admin: the queue, the case page, its actions, the
dashboard and the CSV export. Cases change only through the actions, never by editing."""

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.http import content_disposition_header, urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from modeltranslation.admin import TranslationAdmin

from applications.evidence import evidence_summary
from applications.forwarding.admin import DeliveryInline  # also registers DeliveryAdmin
from applications.lookup_limit import lookup_lock
from applications.models import (
    Application,
    ApplicationRegion,
    DeclarationVersion,
    Document,
    FamilyMember,
    InformationRequest,
    SupportKind,
)
from applications.operators import dashboard, export, selectors
from applications.operators import services as operator_services
from applications.operators.actions import ACTIONS, CaseAction, offered_actions
from applications.operators.forms import NoteForm
from applications.operators.models import Interview
from applications.operators.queue import (
    AssignmentFilter,
    CappedCountPaginator,
    CategoryFilter,
    CitizenshipFilter,
    DeliveryFilter,
    RegionFilter,
    StatusFilter,
    SubmittedFilter,
)
from applications.selectors import REFERENCE
from applications.storage import private_storage
from portal.admin import ReadOnlyInline
from portal.errors import DomainError
from privacy.access_log import access_log_write
from privacy.admin import ErasureRequestInline, LegalHoldInline
from privacy.models import AccessKind

STALE_MESSAGE = _(
    "This case changed while you were looking at it — reload it, check what changed, "
    "and act again if it still makes sense. Nothing was changed."
)
# Documents are stored only after their content was checked to be one of these.
DOWNLOAD_TYPES = {"application/pdf", "image/jpeg", "image/png"}
BULK_LIMIT = 500


def status_badge(application) -> str:
    return format_html(
        '<span class="case-status case-status--{}">{}</span>',
        application.status,
        application.get_status_display(),
    )


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
        return format_html('<a href="{}" download>{}</a>', url, document.original_name)


class InformationRequestInline(ReadOnlyInline):
    model = InformationRequest
    fields = ("message", "requested_by", "requested_at", "answer", "answered_at")
    readonly_fields = fields


class InterviewInline(ReadOnlyInline):
    model = Interview
    fields = (
        "starts_at",
        "time_zone",
        "duration_minutes",
        "format",
        "location",
        "invitation_sent_at",
        "outcome",
        "outcome_notes",
    )
    readonly_fields = fields


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    # ---- The queue
    list_display = (
        "reference",
        "candidate",
        "citizenship_name",
        "category",
        "first_region",
        "status_label",
        "assigned_operator",
        "submitted",
        "days_waiting",
    )
    list_display_links = ("reference", "candidate")
    list_filter = (
        StatusFilter,
        SubmittedFilter,
        CategoryFilter,
        RegionFilter,
        CitizenshipFilter,
        AssignmentFilter,
        DeliveryFilter,
    )
    search_fields = (
        "=reference",
        "last_name",
        "first_name",
        "last_name_cyrillic",
        "first_name_cyrillic",
        "email",
    )
    search_help_text = _("Reference (exactly), name or email.")
    ordering = ("submitted_at", "pk")
    list_per_page = 50
    paginator = CappedCountPaginator
    show_full_result_count = False
    # Facet counts would count every filter's every choice on each page view.
    show_facets = admin.ShowFacets.NEVER
    actions = ["assign_to_me_selected", "unassign_selected", "start_review_selected"]

    # ---- The case page
    fieldsets = (
        (
            _("Candidate"),
            {
                "fields": (
                    ("reference", "status_label"),
                    ("first_name", "last_name"),
                    ("first_name_cyrillic", "last_name_cyrillic"),
                    "date_of_birth",
                    ("citizenship", "country_of_residence"),
                    "occupation",
                )
            },
        ),
        (_("Contact"), {"fields": ("email", "phone", "preferred_language")}),
        (_("Category and evidence (criterion 2)"), {"fields": ("category", "evidence")}),
        (_("Plans"), {"fields": ("russian_level", "timeline", "support")}),
        (
            _("Values declaration and consent (criterion 1)"),
            {
                "classes": ["collapse"],
                "fields": (
                    "declaration_version",
                    ("declaration_accepted_at", "declaration_language"),
                    "signature_name",
                    ("declaration_ip", "declaration_user_agent"),
                    "personal_data_consent_at",
                ),
            },
        ),
        (
            _("Handling"),
            {
                "fields": (
                    "assigned_operator",
                    ("submitted_at", "days_waiting"),
                    "rejection_reason",
                    "status_lookups",
                    ("version", "updated_at"),
                )
            },
        ),
    )
    readonly_fields = ("status_label", "evidence", "support", "days_waiting", "status_lookups")
    # What the operator works with first comes first.
    inlines = [
        ErasureRequestInline,
        LegalHoldInline,
        DocumentInline,
        InformationRequestInline,
        InterviewInline,
        DeliveryInline,
        FamilyMemberInline,
        RegionInline,
    ]

    class Media:
        css = {"all": ["css/admin-operators.css"]}

    # ---- Permissions: view for operators, actions for those who may change cases

    def get_queryset(self, request):
        return selectors.queue(user=request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        # Cases change only through the actions below, never by editing their fields.
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def history_view(self, request, object_id, extra_context=None):
        # Django looks the case up before checking the permission; refuse first, like the rest.
        if not self.has_view_permission(request):
            raise PermissionDenied
        return super().history_view(request, object_id, extra_context)

    def has_operate_permission(self, request) -> bool:
        return request.user.has_perm("applications.change_application")

    def has_note_permission(self, request) -> bool:
        # Notes are written through a service by whoever may act on cases.
        return self.has_operate_permission(request)

    # ---- Columns

    @admin.display(description=_("candidate"), ordering="last_name")
    def candidate(self, application):
        return f"{application.last_name}, {application.first_name}"

    @admin.display(description=_("citizenship"), ordering="citizenship")
    def citizenship_name(self, application):
        return application.citizenship.name

    @admin.display(description=_("first preferred region"), ordering="first_region_code")
    def first_region(self, application):
        code = getattr(application, "first_region_code", None)
        if not code:
            return "—"
        return format_html('<span title="{}">{}</span>', code, application.first_region_name)

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, application):
        return status_badge(application)

    @admin.display(description=_("submitted"), ordering="submitted_at")
    def submitted(self, application):
        if application.submitted_at is None:
            return "—"
        moment = timezone.localtime(application.submitted_at)
        return format_html(
            '<time datetime="{}" title="{}">{}</time>',
            moment.isoformat(),
            date_format(moment, "DATETIME_FORMAT"),
            date_format(moment, "SHORT_DATE_FORMAT"),
        )

    @admin.display(description=_("days waiting"), ordering="submitted_at")
    def days_waiting(self, application):
        days = selectors.days_waiting(application)
        return "—" if days is None else days

    @admin.display(description=_("evidence"))
    def evidence(self, application):
        rows = evidence_summary(application.category, application.category_details or {})
        if not rows:
            return "—"
        items = format_html_join("", "<dt>{}</dt><dd>{}</dd>", rows)
        return format_html('<dl class="case-evidence">{}</dl>', items)

    @admin.display(description=_("status look-ups"))
    def status_lookups(self, application):
        lock = lookup_lock(application.reference)
        if lock is None:
            return _("Not locked")
        until = date_format(timezone.localtime(lock.until), "TIME_FORMAT")
        return ngettext(
            "Locked until %(time)s after %(count)d failed attempt",
            "Locked until %(time)s after %(count)d failed attempts",
            lock.failures,
        ) % {"time": until, "count": lock.failures}

    @admin.display(description=_("support wanted"))
    def support(self, application):
        labels = dict(SupportKind.choices)
        wanted = [str(labels.get(kind, kind)) for kind in application.support_wanted or []]
        return ", ".join(wanted) or "—"

    # ---- The case page's context

    def get_object(self, request, object_id, from_field=None):
        # /admin/applications/application/<reference>/change/ opens a case by its reference.
        if REFERENCE.fullmatch(object_id or ""):
            return self.get_queryset(request).filter(reference=object_id).first()
        return super().get_object(request, object_id, from_field)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # A purged (or never existing) case is a 404, not a redirect with a message.
        if (
            self.has_view_permission(request)
            and self.get_object(request, unquote(object_id)) is None
        ):
            raise Http404(_("No case with this id, or not one of yours."))
        return super().change_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            access_log_write(user=request.user, kind=AccessKind.CASE_VIEW, application=obj)
            context.update(self.case_context(request, obj))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def case_context(self, request, application) -> dict:
        page = selectors.case_page(application=application)
        may_operate = self.has_operate_permission(request)
        actions = offered_actions(application, request.user) if may_operate else []
        return {
            "title": application.full_name or str(application),
            "case": page,
            "case_status": status_badge(application),
            "case_days_waiting": selectors.days_waiting(application),
            "case_actions": [
                (action, self.action_url(application, action.name)) for action in actions
            ],
            "note_form": NoteForm() if self.has_note_permission(request) else None,
            "note_url": reverse("admin:applications_application_note", args=[application.pk]),
        }

    def action_url(self, application, name: str) -> str:
        url = reverse("admin:applications_application_action", args=[application.pk, name])
        return f"{url}?{urlencode({'version': application.version})}"

    # ---- URLs

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("dashboard/", view(self.dashboard_view), name="applications_dashboard"),
            path("export/", view(self.export_view), name="applications_application_export"),
            path(
                "<path:object_id>/actions/<slug:action>/",
                view(self.case_action_view),
                name="applications_application_action",
            ),
            path(
                "<path:object_id>/notes/",
                view(require_POST(self.note_add_view)),
                name="applications_application_note",
            ),
            path(
                "<int:application_id>/documents/<int:document_id>/",
                view(self.document_download),
                name="applications_document_download",
            ),
            *super().get_urls(),
        ]

    def case_or_404(self, request, object_id) -> Application:
        if not self.has_view_permission(request):
            raise PermissionDenied
        application = self.get_object(request, unquote(object_id))
        if application is None:
            raise Http404(_("No case with this id, or not one of yours."))
        return application

    def change_url(self, application) -> str:
        return reverse("admin:applications_application_change", args=[application.pk])

    # ---- One action on one case

    def case_action_view(self, request, object_id, action):
        application = self.case_or_404(request, object_id)
        if not self.has_operate_permission(request):
            raise PermissionDenied
        case_action = ACTIONS.get(action)
        if case_action is None:
            raise Http404(_("No such action."))
        if request.method == "POST":
            form = case_action.form_class(request.POST)
            if form.is_valid():
                response = self.perform(request, application, case_action, form)
                if response is not None:
                    return response
        else:
            seen = request.GET.get("version")
            if seen and seen != str(application.version):
                self.message_user(request, STALE_MESSAGE, messages.ERROR)
                return HttpResponseRedirect(self.change_url(application))
            if not case_action.is_offered(application, request.user):
                self.message_user(
                    request, _("This action is not possible for this case now."), messages.ERROR
                )
                return HttpResponseRedirect(self.change_url(application))
            form = case_action.form_class(initial={"version": seen or application.version})
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": case_action.label,
            "subtitle": application,
            "application": application,
            "case_status": status_badge(application),
            "action": case_action,
            "form": form,
            "change_url": self.change_url(application),
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/applications/application/case_action.html", context)

    def perform(self, request, application, case_action: CaseAction, form):
        """Run the action's service; a redirect, or None to show the form with its errors."""
        try:
            case_action.perform(
                application=application, user=request.user, **form.service_arguments()
            )
        except DomainError as error:
            if error.fields and error.code != "stale_version":
                for name, problems in error.fields.items():
                    form.add_error(name if name in form.fields else None, problems)
                return None
            text = STALE_MESSAGE if error.code == "stale_version" else error.message
            self.message_user(request, text, messages.ERROR)
        else:
            self.log_change(request, application, str(case_action.label))
            self.message_user(request, case_action.done, messages.SUCCESS)
        return HttpResponseRedirect(self.change_url(application))

    # ---- The same actions on many cases

    @admin.action(description=_("Assign to me"), permissions=["operate"])
    def assign_to_me_selected(self, request, queryset):
        return self.bulk_action(request, queryset, ACTIONS["assign_to_me"])

    @admin.action(description=_("Unassign"), permissions=["operate"])
    def unassign_selected(self, request, queryset):
        return self.bulk_action(request, queryset, ACTIONS["unassign"])

    @admin.action(description=_("Start review"), permissions=["operate"])
    def start_review_selected(self, request, queryset):
        return self.bulk_action(request, queryset, ACTIONS["start_review"])

    def bulk_action(self, request, queryset, case_action: CaseAction):
        """A confirmation page listing the cases with the versions seen; then each case in its
        own transaction, so one refusal leaves the others done and itself unchanged."""
        cases = list(queryset[: BULK_LIMIT + 1])
        if len(cases) > BULK_LIMIT:
            self.message_user(
                request,
                _("Select at most %(count)d cases for one action.") % {"count": BULK_LIMIT},
                messages.ERROR,
            )
            return None
        if request.POST.get("confirm") != "yes":
            context = {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": case_action.label,
                "action": case_action,
                "action_name": request.POST.get("action", ""),
                "cases": [(case, status_badge(case)) for case in cases],
                "media": self.media,
            }
            return TemplateResponse(
                request, "admin/applications/application/bulk_action.html", context
            )
        done, refusals = 0, []
        for application in cases:
            seen = request.POST.get(f"version_{application.pk}", "")
            try:
                case_action.perform(
                    application=application,
                    user=request.user,
                    expected_version=int(seen) if seen.isdigit() else -1,
                )
            except DomainError as error:
                text = STALE_MESSAGE if error.code == "stale_version" else error.message
                refusals.append((application, text))
            else:
                done += 1
                self.log_change(request, application, str(case_action.label))
        if done:
            self.message_user(
                request,
                ngettext(
                    "%(action)s: %(count)d case done.", "%(action)s: %(count)d cases done.", done
                )
                % {"action": case_action.label, "count": done},
                messages.SUCCESS,
            )
        for application, text in refusals:
            self.message_user(
                request,
                _("%(reference)s was left unchanged: %(reason)s")
                % {"reference": application.reference, "reason": text},
                messages.ERROR,
            )
        return None

    # ---- Notes

    def note_add_view(self, request, object_id):
        application = self.case_or_404(request, object_id)
        if not self.has_note_permission(request):
            raise PermissionDenied
        form = NoteForm(request.POST)
        try:
            if not form.is_valid():
                raise DomainError("invalid", _("Write the note."))
            operator_services.operator_note_add(
                application=application, author=request.user, text=form.cleaned_data["text"]
            )
        except DomainError as error:
            self.message_user(request, error.message, messages.ERROR)
        else:
            self.message_user(request, _("The note is added."), messages.SUCCESS)
        return HttpResponseRedirect(self.change_url(application) + "#notes")

    # ---- Documents

    def document_download(self, request, application_id: int, document_id: int):
        """Operators download a candidate's document; nobody else, and never by a public URL."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        document = (
            Document.objects.filter(
                pk=document_id,
                application_id=application_id,
                application__in=selectors.visible_cases(user=request.user),
            )
            .select_related("application")
            .first()
        )
        if document is None:
            raise Http404(_("No such document."))
        access_log_write(
            user=request.user,
            kind=AccessKind.DOCUMENT_DOWNLOAD,
            application=document.application,
            detail=f"{document.get_kind_display()}: {document.pk}",
        )
        content_type = (
            document.content_type
            if document.content_type in DOWNLOAD_TYPES
            else "application/octet-stream"
        )
        try:
            chunks = private_storage.stream(document.file.name)
        except FileNotFoundError:
            raise Http404(_("No such document.")) from None
        # Streamed from the disk or the S3 response body, never held whole in memory.
        response = StreamingHttpResponse(chunks, content_type=content_type)
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=True, filename=document.original_name
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        response["Cache-Control"] = "private, no-store"
        return response

    # ---- Dashboard and export

    def dashboard_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        figures = dashboard.dashboard_for(user=request.user)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Operators' dashboard"),
            "dashboard": figures,
            "queue_url": reverse("admin:applications_application_changelist"),
            "weekly_peak": max((row.count for row in figures.weekly), default=0),
            "media": self.media,
        }
        return TemplateResponse(request, "admin/applications/application/dashboard.html", context)

    def export_view(self, request):
        """The queue as the operator filtered it (the changelist's own parameters), as CSV."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            changelist = self.get_changelist_instance(request)
        except IncorrectLookupParameters:
            self.message_user(request, _("These filters are not valid."), messages.ERROR)
            return HttpResponseRedirect(reverse("admin:applications_application_changelist"))
        name = f"applications-{timezone.localdate():%Y-%m-%d}.csv"
        access_log_write(
            user=request.user, kind=AccessKind.CSV_EXPORT, detail=request.GET.urlencode()
        )
        response = StreamingHttpResponse(
            export.queue_csv(changelist.queryset), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["X-Content-Type-Options"] = "nosniff"
        return response

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            "title": _("The queue"),
            **(extra_context or {}),
            "export_url": reverse("admin:applications_application_export"),
            "dashboard_url": reverse("admin:applications_dashboard"),
        }
        return super().changelist_view(request, extra_context)


@admin.register(DeclarationVersion)
class DeclarationVersionAdmin(TranslationAdmin):
    list_display = ("version", "published_at")

    def has_change_permission(self, request, obj=None):
        # A signed text never changes; publish a new version instead.
        return obj is None and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False
