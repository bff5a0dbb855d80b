"""The candidate's case: the application, its family, documents, history and requests."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from applications.storage import private_storage
from portal.categories import Category
from portal.choices import FastChoiceLabels


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    INFO_REQUESTED = "info_requested", _("Information requested")
    INTERVIEW_SCHEDULED = "interview_scheduled", _("Interview scheduled")
    APPROVED = "approved", _("Approved by the operator")
    REJECTED = "rejected", _("Rejected")
    SENT_TO_MVD = "sent_to_mvd", _("Sent to the Ministry of Internal Affairs")
    STATUS_GRANTED = "status_granted", _("Impatriate status granted")
    STATUS_REFUSED = "status_refused", _("Impatriate status refused")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class RejectionReason(models.TextChoices):
    """Why the operator rejects a case; kept for the annual report, explained in the note."""

    VALUES_CRITERION = "values_criterion", _("Values declaration not credible")
    CATEGORY_CRITERION = "category_criterion", _("Does not meet the category's criteria")
    DOCUMENTS = "documents", _("Documents missing, invalid or not authentic")
    FALSE_INFORMATION = "false_information", _("False or contradictory information")
    INTERVIEW = "interview", _("Interview not passed or not attended")
    NO_ANSWER = "no_answer", _("No answer to a request for information")
    OTHER = "other", _("Other")


class RussianLevel(models.TextChoices):
    NONE = "none", _("None yet")
    A1 = "a1", _("A1 — beginner")
    A2 = "a2", _("A2 — elementary")
    B1 = "b1", _("B1 — intermediate")
    B2 = "b2", _("B2 — upper intermediate")
    C1 = "c1", _("C1 — advanced")
    C2 = "c2", _("C2 — proficient")


class Timeline(models.TextChoices):
    WITHIN_6_MONTHS = "within_6_months", _("Within 6 months")
    WITHIN_1_YEAR = "within_1_year", _("Within a year")
    WITHIN_2_YEARS = "within_2_years", _("Within two years")
    UNDECIDED = "undecided", _("Not decided yet")


class SupportKind(models.TextChoices):
    HOUSING = "housing", _("Housing")
    LANGUAGE = "language", _("Russian language courses")
    SCHOOL = "school", _("School or kindergarten places")
    JOB = "job", _("Finding a job")


class DeclarationVersionQuerySet(models.QuerySet):
    def current(self):
        """The version candidates sign now: the most recently published one, or None."""
        return self.order_by("-published_at", "-pk").first()


class DeclarationVersion(models.Model):
    """One fixed text of the values declaration; a signature points at the version it signed."""

    version = models.CharField(_("version"), max_length=20, unique=True)
    text = models.TextField(_("text"), help_text=_("Markdown."))
    published_at = models.DateTimeField(_("published at"), default=timezone.now)

    objects = DeclarationVersionQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at"]
        verbose_name = _("declaration version")
        verbose_name_plural = _("declaration versions")

    def __str__(self):
        return self.version


class ReferenceCounter(models.Model):
    """The last reference number issued in a year; its row is locked while a number is taken."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("reference counter")
        verbose_name_plural = _("reference counters")

    def __str__(self):
        return f"{self.year}: {self.last_number}"


def case_region_ids(user) -> list[int]:
    """The regions a staff user's cases are limited to (by first preferred region); empty for
    a user who sees every case. Looked up once per user object, like Django's permissions."""
    if user.is_superuser:
        return []
    if not hasattr(user, "_case_region_ids"):
        user._case_region_ids = list(user.edited_regions.values_list("pk", flat=True))
    return user._case_region_ids


class ApplicationQuerySet(models.QuerySet):
    def drafts(self):
        return self.filter(status=ApplicationStatus.DRAFT)

    def submitted(self):
        """Every case that has left the draft stage."""
        return self.exclude(status=ApplicationStatus.DRAFT)

    def visible_to(self, user):
        """Cases a staff user may see: none without the operators' permission; an operator
        bound to regions sees the cases whose first preferred region is theirs, others all."""
        if not user.is_authenticated or not user.has_perm("applications.view_application"):
            return self.none()
        region_ids = case_region_ids(user)
        if not region_ids:
            return self
        return self.filter(
            pk__in=ApplicationRegion.objects.filter(position=1, region__in=region_ids).values(
                "application_id"
            )
        )

    def with_first_region(self):
        """Annotate first_region_code and _name (in the active language), joined once."""
        first = "first_choice__region__name"
        languages = dict.fromkeys(
            [translation.get_language() or settings.LANGUAGE_CODE, "en", "ru"]
        )
        names = [
            NullIf(models.F(f"{first}_{code}"), models.Value(""), output_field=models.CharField())
            for code in languages
            if code in dict(settings.LANGUAGES)
        ]
        return self.annotate(
            first_choice=models.FilteredRelation(
                "region_choices", condition=models.Q(region_choices__position=1)
            ),
            first_region_code=models.F("first_choice__region__code"),
            first_region_name=Coalesce(
                *names, models.F("first_choice__region__code"), output_field=models.CharField()
            ),
        )


class Application(FastChoiceLabels, models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    reference = models.CharField(
        _("reference"), max_length=15, unique=True, null=True, blank=True, editable=False
    )
    # Assigned only by applications.workflow.
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.DRAFT,
        editable=False,
    )
    # Optimistic locking: every write through the services increments it.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    access_code_hash = models.CharField(max_length=128, blank=True, editable=False)

    # About the candidate: names as written, in any script, and their passport spelling (A–Z,
    # as in the machine-readable zone; derived by ICAO Doc 9303 unless the candidate typed it).
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    first_name_latin = models.CharField(
        _("first name as in the passport"), max_length=100, blank=True
    )
    last_name_latin = models.CharField(
        _("last name as in the passport"), max_length=100, blank=True
    )
    first_name_cyrillic = models.CharField(_("first name in Cyrillic"), max_length=100, blank=True)
    last_name_cyrillic = models.CharField(_("last name in Cyrillic"), max_length=100, blank=True)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    citizenship = CountryField(_("citizenship"), blank=True)
    country_of_residence = CountryField(_("country of residence"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    occupation = models.CharField(_("occupation"), max_length=200, blank=True)

    # Criterion 2 and its evidence, one JSON object shaped by the category's evidence form.
    category = models.CharField(_("category"), max_length=30, choices=Category.choices, blank=True)
    category_details = models.JSONField(_("category details"), default=dict, blank=True)

    # Where and how.
    preferred_regions = models.ManyToManyField(
        "regions.Region",
        through="ApplicationRegion",
        related_name="applications",
        verbose_name=_("preferred regions"),
    )
    russian_level = models.CharField(
        _("Russian level"), max_length=4, choices=RussianLevel.choices, blank=True
    )
    timeline = models.CharField(
        _("planned timeline"), max_length=20, choices=Timeline.choices, blank=True
    )
    support_wanted = models.JSONField(_("support wanted"), default=list, blank=True)

    # Criterion 1: the signed values declaration, and the separate consent.
    declaration_version = models.ForeignKey(
        DeclarationVersion,
        verbose_name=_("declaration version"),
        related_name="applications",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    declaration_language = models.CharField(
        _("declaration shown in"), max_length=5, choices=settings.LANGUAGES, blank=True
    )
    declaration_accepted_at = models.DateTimeField(
        _("declaration signed at"), null=True, blank=True
    )
    declaration_ip = models.GenericIPAddressField(_("signed from IP"), null=True, blank=True)
    declaration_user_agent = models.CharField(_("signed with browser"), max_length=500, blank=True)
    signature_name = models.CharField(_("signature"), max_length=201, blank=True)
    personal_data_consent_at = models.DateTimeField(
        _("personal data consent given at"), null=True, blank=True
    )

    # The candidate's Gosuslugi account, when signed in to apply or linked afterwards.
    account = models.ForeignKey(
        "accounts.CandidateAccount",
        verbose_name=_("candidate account"),
        related_name="applications",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
    )
    assigned_operator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned operator"),
        related_name="assigned_applications",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    rejection_reason = models.CharField(
        _("rejection reason"),
        max_length=20,
        choices=RejectionReason.choices,
        blank=True,
        editable=False,
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["submitted_at", "pk"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        indexes = [
            models.Index(fields=["status", "submitted_at"], name="application_status_idx"),
            # The operators' queue filters by each of these and orders by submitted_at.
            models.Index(fields=["category", "submitted_at"], name="application_category_idx"),
            models.Index(
                fields=["citizenship", "submitted_at"], name="application_citizenship_idx"
            ),
            models.Index(
                fields=["assigned_operator", "submitted_at"], name="application_assigned_idx"
            ),
            models.Index(fields=["submitted_at"], name="application_submitted_idx"),
            models.Index(
                fields=["updated_at"],
                condition=models.Q(status="draft"),
                name="application_draft_updated_idx",
            ),
        ]

    def __str__(self):
        return self.reference or _("Draft %(uuid)s") % {"uuid": str(self.uuid)[:8]}

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def passport_name(self) -> str:
        return f"{self.first_name_latin} {self.last_name_latin}".strip()


class ApplicationRegion(models.Model):
    """A preferred region of an application, in the candidate's order (1 = first choice)."""

    application = models.ForeignKey(
        Application, related_name="region_choices", on_delete=models.CASCADE
    )
    region = models.ForeignKey(
        "regions.Region", verbose_name=_("region"), related_name="+", on_delete=models.PROTECT
    )
    position = models.PositiveSmallIntegerField(_("position"))

    class Meta:
        ordering = ["application", "position"]
        verbose_name = _("preferred region")
        verbose_name_plural = _("preferred regions")
        # The queue's region filter: cases whose first choice is a region.
        indexes = [models.Index(fields=["region", "position"], name="application_region_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "region"], name="application_region_once"
            ),
            models.UniqueConstraint(
                fields=["application", "position"], name="application_region_position_once"
            ),
        ]

    def __str__(self):
        return f"{self.position}. {self.region}"


class FamilyRelation(models.TextChoices):
    SPOUSE = "spouse", _("Spouse")
    CHILD = "child", _("Child")


class FamilyMember(models.Model):
    application = models.ForeignKey(
        Application, related_name="family_members", on_delete=models.CASCADE
    )
    relation = models.CharField(_("relation"), max_length=10, choices=FamilyRelation.choices)
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    date_of_birth = models.DateField(_("date of birth"))
    citizenship = CountryField(_("citizenship"))

    class Meta:
        ordering = ["application", "pk"]
        verbose_name = _("family member")
        verbose_name_plural = _("family members")

    def __str__(self):
        return f"{self.first_name} {self.last_name} ({self.get_relation_display()})"


class DocumentKind(models.TextChoices):
    PASSPORT = "passport", _("Passport")
    CV = "cv", _("CV")
    DIPLOMA = "diploma", _("Diploma")
    CATEGORY_EVIDENCE = "category_evidence", _("Evidence for the category")
    OTHER = "other", _("Other")


def document_path(document: "Document", filename: str) -> str:
    # Never the candidate's file name on disk: a random name under the case's folder.
    extension = filename.rsplit(".", 1)[-1] if "." in filename else "bin"
    return f"documents/{document.application.uuid}/{uuid.uuid4().hex}.{extension}"


class Document(models.Model):
    application = models.ForeignKey(Application, related_name="documents", on_delete=models.CASCADE)
    information_request = models.ForeignKey(
        "InformationRequest",
        verbose_name=_("in answer to"),
        related_name="documents",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    kind = models.CharField(_("kind"), max_length=20, choices=DocumentKind.choices)
    file = models.FileField(_("file"), storage=private_storage, upload_to=document_path)
    original_name = models.CharField(_("file name"), max_length=150)
    content_type = models.CharField(_("content type"), max_length=50)
    size = models.PositiveIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)

    class Meta:
        ordering = ["application", "uploaded_at", "pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.original_name


class Actor(models.TextChoices):
    """Who moves a case: the candidate, an operator, the forwarding worker or the MVD."""

    CANDIDATE = "candidate", _("Candidate")
    OPERATOR = "operator", _("Operator")
    WORKER = "worker", _("Forwarding worker")
    MVD = "mvd", _("Ministry of Internal Affairs")


class StatusChange(models.Model):
    """One transition of a case; written once by applications.workflow, never changed."""

    application = models.ForeignKey(Application, related_name="history", on_delete=models.CASCADE)
    from_status = models.CharField(_("from"), max_length=20, choices=ApplicationStatus.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=ApplicationStatus.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by user"),
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    actor_label = models.CharField(_("by"), max_length=20, choices=Actor.choices)
    note = models.TextField(_("note"), blank=True)
    at = models.DateTimeField(_("at"), default=timezone.now)
    # Set once the candidate has been emailed about it (the notification task is idempotent).
    notified_at = models.DateTimeField(_("candidate notified at"), null=True, blank=True)

    class Meta:
        ordering = ["application", "at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status history")
        indexes = [models.Index(fields=["application", "at"], name="statuschange_case_at_idx")]

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("The status history is append-only.")
        super().save(*args, **kwargs)


class InformationRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(answered_at__isnull=True)


class InformationRequest(models.Model):
    """The operator's question to the candidate; answered with text and optional uploads."""

    application = models.ForeignKey(
        Application, related_name="information_requests", on_delete=models.CASCADE
    )
    message = models.TextField(_("message to the candidate"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    answer = models.TextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    objects = InformationRequestQuerySet.as_manager()

    class Meta:
        ordering = ["application", "requested_at", "pk"]
        verbose_name = _("information request")
        verbose_name_plural = _("information requests")

    def __str__(self):
        return str(self.message)[:60]


# The outbox models live beside the forwarding code; Django finds models through this module.
from applications.forwarding.models import Delivery, DeliveryEvent, MvdDecision  # noqa: E402
from applications.operators.models import Interview, OperatorNote  # noqa: E402

__all__ = ["Delivery", "DeliveryEvent", "Interview", "MvdDecision", "OperatorNote"]
