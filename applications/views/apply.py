"""The seven-step candidate form: every step saves the draft; no JavaScript needed."""

from django.contrib import messages
from django.forms.utils import ErrorDict
from django.http import Http404, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
    require_POST,
    require_safe,
)

from accounts.esia import sign_in_enabled
from accounts.prefill import certified_fields, prefill_fields
from accounts.selectors import candidate_account
from applications import confirmation, guidance, rules, selectors, services
from applications.api import signing_from
from applications.evidence import EVIDENCE_FORMS, evidence_summary
from applications.forms import (
    AboutYouForm,
    CategoryForm,
    DeclarationForm,
    DocumentUploadForm,
    FamilyFormSet,
    WhereAndHowForm,
    add_domain_errors,
)
from applications.models import SupportKind
from applications.resume import draft_uuid_from_token
from applications.throttling import page_request_allowed
from portal.categories import CATEGORY_SUMMARIES, Category
from portal.errors import DomainError

STEPS = [
    _("About you"),
    _("Category and evidence"),
    _("Family members"),
    _("Where and how"),
    _("Documents"),
    _("Declaration and consent"),
    _("Review and submit"),
]
TOTAL = len(STEPS)
# Which step asks for each field the submission needs (to link the review's gaps).
FIELD_STEPS = {
    "first_name": 1,
    "last_name": 1,
    "first_name_latin": 1,
    "last_name_latin": 1,
    "date_of_birth": 1,
    "citizenship": 1,
    "email": 1,
    "preferred_language": 1,
    "category": 2,
    "preferred_regions": 4,
    "values_declaration_accepted": 6,
    "signature_name": 6,
    "personal_data_consent": 6,
}
SESSION_DRAFT = "applications.draft"
SESSION_UNSAVED = "applications.unsaved"
SESSION_CATEGORY = "applications.category"
SESSION_PENDING = "applications.pending"
SESSION_SUBMITTED = "applications.submitted_reference"
# The steps whose typed answers are kept as you go (not the uploads, the signature or review).
AUTOSAVE_STEPS = (1, 2, 3, 4)
KEPT_MAX_FIELDS = 200
KEPT_MAX_CHARS = 5000


@never_cache
@require_GET
def apply_start(request):
    """What the form asks for; remembers ?category= from the self-check for step 2."""
    category = request.GET.get("category", "")
    if category in Category.values:
        request.session[SESSION_CATEGORY] = category
    return render(
        request,
        "applications/apply/start.html",
        {
            "steps": STEPS,
            "draft": _current_draft(request),
            "category": Category(category).label if category in Category.values else "",
            "account": candidate_account(request),
            "sign_in_enabled": sign_in_enabled(),
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def apply_step(request, step: int):
    handler = STEP_HANDLERS.get(step)
    if handler is None:
        raise Http404
    draft = _current_draft(request)
    if draft is None and step != 1:
        messages.info(request, _("Start with the first step; your answers are saved as you go."))
        return redirect("applications:apply_step", step=1)
    return handler(request, draft)


@never_cache
@require_GET
def apply_resume(request, token: str):
    """The emailed link: bind the draft to this browser and continue where the gaps start."""
    uuid = draft_uuid_from_token(token)
    draft = selectors.draft_get(uuid=uuid) if uuid else None
    if draft is None:
        return render(request, "applications/apply/resume_invalid.html", status=404)
    request.session.cycle_key()
    request.session[SESSION_DRAFT] = str(draft.uuid)
    messages.success(request, _("Welcome back: your draft is open again."))
    gaps = rules.submission_gaps(draft)
    first_gap = min((FIELD_STEPS.get(name, TOTAL) for name in gaps), default=TOTAL)
    return redirect("applications:apply_step", step=first_gap)


@never_cache
@require_safe
def apply_done(request):
    """The confirmation after a submit; a reload in the same browser session shows it again."""
    shown = confirmation.recall(request)
    if shown is None:
        return render(request, "applications/apply/done_missing.html")
    application, access_code = shown
    context = {"application": application, "access_code": access_code}
    return render(request, "applications/apply/done.html", context)


@never_cache
@require_GET
def apply_saved(request):
    return render(request, "applications/apply/saved.html", {"draft": _current_draft(request)})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def apply_checklist(request):
    """The draft's document checklist, printable; ticking what is ready saves it in the draft."""
    draft = _current_draft(request)
    if draft is None:
        messages.info(request, _("Start with the first step; your answers are saved as you go."))
        return redirect("applications:apply_step", step=1)
    if request.method == "POST":
        services.draft_checklist_mark(application=draft, ready=request.POST.getlist("ready"))
        messages.success(request, _("Your checklist is saved."))
        return redirect("applications:apply_checklist")
    context = {"draft": draft, "checklist": guidance.draft_checklist(draft)}
    return render(request, "applications/apply/checklist.html", context)


# ---- The steps


def step_about(request, draft):
    account = candidate_account(request)
    identity = account.identity_record() if account else None
    if draft is not None:
        initial = _about_initial(draft)
        certified = (
            certified_fields(identity) if draft.account_id == getattr(account, "pk", 0) else {}
        )
    else:
        # A signed-in candidate starts from what Gosuslugi tells about them.
        initial = {
            "preferred_language": get_language(),
            **(prefill_fields(identity) if identity else {}),
        }
        certified = certified_fields(identity)
    form = AboutYouForm(_submitted_data(request, 1, draft), initial=initial, certified=certified)
    if request.method == "POST" and form.is_valid():
        try:
            if draft is None:
                draft = services.draft_start(fields=form.cleaned_data, account=account)
                request.session[SESSION_DRAFT] = str(draft.uuid)
            else:
                draft = services.draft_save(application=draft, fields=form.cleaned_data)
        except DomainError as error:
            add_domain_errors(form, error)
        else:
            if _spelling_needs_a_look(form) and _action(request) != "save":
                # Shown for confirmation: the candidate checks the derived spelling, then goes on.
                messages.info(
                    request,
                    _(
                        "We spelled your name in Latin letters by the international rules: "
                        "“%(name)s”. Check it against your passport, correct it below if "
                        "needed, then continue."
                    )
                    % {"name": draft.passport_name},
                )
                return redirect(reverse("applications:apply_step", args=[1]) + "#passport-spelling")
            return _after_save(request, draft, 1)
    context = {"form": form, "prefilled_from": identity if (identity and not draft) else None}
    return _render_step(request, 1, draft, context, [form])


def _spelling_needs_a_look(form) -> bool:
    """A derived spelling that is more than the typed name in capitals (Jürgen → JUERGEN)."""
    data = form.cleaned_data
    return any(
        data[f"{name}_latin"] != " ".join(data[name].split()).upper()
        for name in ("first_name", "last_name")
        if f"{name}_latin" in form.spelling_derived
    )


def step_category(request, draft):
    data = _submitted_data(request, 2, draft)
    shown = draft.category or request.session.get(SESSION_CATEGORY, "")
    category_form = CategoryForm(data, initial={"category": shown})
    evidence_form = None
    if request.method == "POST" and category_form.is_valid():
        chosen = category_form.cleaned_data["category"]
        if _action(request) == "choose" or request.POST.get("evidence_for") != chosen:
            # A new category was picked: show its own questions before validating them.
            details = draft.category_details if chosen == draft.category else {}
            services.draft_save(
                application=draft, fields={"category": chosen, "category_details": details}
            )
            if _action(request) == "back":
                return redirect("applications:apply_step", step=1)
            return redirect(reverse("applications:apply_step", args=[2]) + "#evidence")
        evidence_form = EVIDENCE_FORMS[chosen](request.POST)
        if evidence_form.is_valid():
            draft = services.draft_save(
                application=draft,
                fields={"category": chosen, "category_details": evidence_form.details()},
            )
            return _after_save(request, draft, 2)
        shown = chosen
    elif shown in EVIDENCE_FORMS:
        details = draft.category_details if shown == draft.category else {}
        evidence_data = data if data and data.get("evidence_for") == shown else None
        evidence_form = EVIDENCE_FORMS[shown](evidence_data, initial=details)
    if request.method == "POST" and _action(request) == "back":
        return _keep_unsaved_and_go_back(request, 2)
    context = {
        "category_form": category_form,
        "evidence_form": evidence_form,
        "evidence_for": shown,
        "evidence_label": Category(shown).label if shown in Category.values else "",
        "summaries": CATEGORY_SUMMARIES,
    }
    return _render_step(request, 2, draft, context, [category_form, evidence_form])


def step_family(request, draft):
    initial = [
        {
            "relation": member.relation,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "date_of_birth": member.date_of_birth,
            "citizenship": member.citizenship.code,
        }
        for member in draft.family_members.all()
    ]
    data = _submitted_data(request, 3, draft)
    if request.method == "POST" and _action(request) == "add":
        return _render_step(request, 3, draft, *_family_with_one_more(data, initial))
    formset = FamilyFormSet(data, initial=initial, prefix="family")
    if request.method == "POST" and formset.is_valid():
        members = [
            {name: value for name, value in form.cleaned_data.items() if name != "DELETE"}
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        draft = services.draft_save(application=draft, family_members=members)
        return _after_save(request, draft, 3)
    if request.method == "POST" and _action(request) == "back":
        return _keep_unsaved_and_go_back(request, 3)
    return _render_step(request, 3, draft, {"formset": formset}, [formset])


def step_where(request, draft):
    chosen = [choice.region.code for choice in draft.region_choices.all()]
    initial = {
        "russian_level": draft.russian_level,
        "timeline": draft.timeline,
        "support_wanted": draft.support_wanted,
        **{f"region_{n}": code for n, code in enumerate(chosen, start=1)},
    }
    form = WhereAndHowForm(
        _submitted_data(request, 4, draft), initial=initial, regions=selectors.regions_for_choice()
    )
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in ("russian_level", "timeline")}
        fields["support_wanted"] = form.cleaned_data["support_wanted"]
        draft = services.draft_save(application=draft, fields=fields, regions=form.regions())
        return _after_save(request, draft, 4)
    if request.method == "POST" and _action(request) == "back":
        return _keep_unsaved_and_go_back(request, 4)
    return _render_step(request, 4, draft, {"form": form}, [form])


def step_documents(request, draft):
    action = _action(request)
    form = DocumentUploadForm()
    if request.method == "POST" and "remove_document" in request.POST:
        services.document_remove(
            application=draft, document_id=_int(request.POST["remove_document"])
        )
        messages.success(request, _("The document was removed."))
        return redirect("applications:apply_step", step=5)
    if request.method == "POST" and (action == "upload" or request.FILES):
        form = DocumentUploadForm(request.POST, request.FILES)
        if form.is_valid() and _attach(form, draft):
            messages.success(
                request,
                _("“%(name)s” was added.") % {"name": form.cleaned_data["file"].name},
            )
            if action == "upload":
                return redirect("applications:apply_step", step=5)
            return _after_save(request, draft, 5)
    elif request.method == "POST":
        return _after_save(request, draft, 5)
    documents = list(draft.documents.all())
    context = {"form": form, "documents": documents, "checklist": guidance.draft_checklist(draft)}
    return _render_step(request, 5, draft, context, [form])


def step_declaration(request, draft):
    declaration = selectors.current_declaration()
    initial = {}
    if draft.declaration_accepted_at:
        initial = {
            "values_declaration_accepted": True,
            "signature_name": draft.signature_name,
            "personal_data_consent": draft.personal_data_consent_at is not None,
        }
    form = DeclarationForm(
        _submitted_data(request, 6),
        initial=initial,
        first_name=draft.first_name,
        last_name=draft.last_name,
    )
    if request.method == "POST" and declaration is not None and form.is_valid():
        try:
            draft = services.declaration_sign(
                application=draft,
                signature_name=form.cleaned_data["signature_name"],
                declaration_accepted=form.cleaned_data["values_declaration_accepted"],
                consent_given=form.cleaned_data["personal_data_consent"],
                signing=signing_from(request),
            )
        except DomainError as error:
            add_domain_errors(form, error)
        else:
            return _after_save(request, draft, 6)
    if request.method == "POST" and _action(request) == "back":
        return _keep_unsaved_and_go_back(request, 6)
    context = {"form": form, "declaration": declaration}
    return _render_step(request, 6, draft, context, [form])


def step_review(request, draft):
    throttled = False
    if request.method == "POST" and _action(request) == "submit":
        if not page_request_allowed(request, "application_submit"):
            throttled = True
            messages.error(request, _("Too many attempts. Wait a few minutes, then try again."))
        else:
            try:
                application, access_code = services.application_submit(application=draft)
            except DomainError:
                messages.error(request, _("Some answers are still missing; see below."))
            else:
                request.session.pop(SESSION_DRAFT, None)
                request.session.pop(SESSION_CATEGORY, None)
                # This session may print the case it just submitted (summary, PDF).
                request.session[SESSION_SUBMITTED] = application.reference
                response = redirect("applications:apply_done")
                confirmation.remember(response, application=application, access_code=access_code)
                return response
            draft = selectors.draft_get(uuid=draft.uuid)
    elif request.method == "POST":
        return _after_save(request, draft, 7)
    gaps = [
        {"step": FIELD_STEPS.get(name, TOTAL), "messages": messages_}
        for name, messages_ in rules.submission_gaps(draft).items()
    ]
    context = {
        "gaps": sorted(gaps, key=lambda gap: gap["step"]),
        "evidence": evidence_summary(draft.category, draft.category_details),
        "regions": [choice.region for choice in draft.region_choices.all()],
        "support_labels": [
            SupportKind(value).label
            for value in draft.support_wanted
            if value in SupportKind.values
        ],
    }
    response = _render_step(request, 7, draft, context, [])
    if throttled:
        response.status_code = 429
    return response


STEP_HANDLERS = {
    1: step_about,
    2: step_category,
    3: step_family,
    4: step_where,
    5: step_documents,
    6: step_declaration,
    7: step_review,
}


# ---- Shared by the steps


def _current_draft(request):
    return selectors.draft_get(uuid=request.session.get(SESSION_DRAFT))


def _action(request) -> str:
    return request.POST.get("action", "next")


def _submitted_data(request, step: int, draft=None):
    """This POST, else what was typed before "back" left the step invalid, else what was kept
    as it was typed (autosave, a language switch), else None."""
    if request.method == "POST":
        return request.POST
    unsaved = request.session.get(SESSION_UNSAVED, {})
    if str(step) in unsaved:
        data = unsaved.pop(str(step))
        request.session[SESSION_UNSAVED] = unsaved
        return _query_dict(data)
    kept = draft.pending_steps.get(str(step)) if draft is not None else None
    if kept is None and draft is None:
        kept = request.session.get(SESSION_PENDING, {}).get(str(step))
    if kept is None:
        return None
    # Shown as typed, without errors: the candidate has not asked to continue yet.
    request.restored_step = True
    return _query_dict(kept)


def _query_dict(data: dict) -> QueryDict:
    query = QueryDict(mutable=True)
    for key, values in data.items():
        query.setlist(key, values)
    return query


def _without_errors(forms) -> None:
    """Restored answers are shown as typed; their errors wait for "Save and continue"."""
    for form in forms:
        if form is None or not form.is_bound:
            continue
        members = getattr(form, "forms", None)
        if members is not None:
            for member in members:
                member._errors = ErrorDict()
            form._errors = [ErrorDict() for _member in members]
            form._non_form_errors = form.error_class()
            form.management_form._errors = ErrorDict()
        else:
            form._errors = ErrorDict()


def _keep_unsaved_and_go_back(request, step: int):
    """ "Back" keeps what was typed even when it is not valid yet; it is shown again later."""
    unsaved = request.session.get(SESSION_UNSAVED, {})
    unsaved[str(step)] = {
        key: request.POST.getlist(key) for key in request.POST if key != "csrfmiddlewaretoken"
    }
    request.session[SESSION_UNSAVED] = unsaved
    return redirect("applications:apply_step", step=step - 1)


def _after_save(request, draft, step: int):
    if str(step) in draft.pending_steps:
        services.draft_step_forget(application=draft, step=step)
    request.session.pop(SESSION_PENDING, None)
    action = _action(request)
    if action == "back" and step > 1:
        return redirect("applications:apply_step", step=step - 1)
    if action == "save":
        services.draft_resume_link_send(application=draft)
        return redirect("applications:apply_saved")
    return redirect("applications:apply_step", step=min(step + 1, TOTAL))


def _render_step(request, step: int, draft, context: dict, forms: list):
    if getattr(request, "restored_step", False):
        _without_errors(forms)
    return render(
        request,
        f"applications/apply/step_{step}.html",
        {
            "step": step,
            "total": TOTAL,
            "step_title": STEPS[step - 1],
            "steps": STEPS,
            "draft": draft,
            "summary_forms": [form for form in forms if form is not None],
            "autosave": step in AUTOSAVE_STEPS,
            **context,
        },
    )


def _about_initial(draft) -> dict:
    names = AboutYouForm.base_fields
    initial = {name: getattr(draft, name) for name in names}
    for name in ("citizenship", "country_of_residence"):
        initial[name] = getattr(draft, name).code or ""
    return initial


def _family_with_one_more(data, initial) -> tuple[dict, list]:
    """ "Add a family member" without JavaScript: the same data plus one empty form."""
    data = data.copy()
    total = _int(data.get("family-TOTAL_FORMS"))
    if total < FamilyFormSet.max_num:
        data["family-TOTAL_FORMS"] = str(total + 1)
    formset = FamilyFormSet(data, initial=initial, prefix="family")
    newest = formset.forms[-1] if formset.forms else None
    if newest is not None and total < FamilyFormSet.max_num:
        newest.fields["relation"].widget.attrs["autofocus"] = True
    # Only the new, empty form is unchecked; the others show their errors if they have any.
    return {"formset": formset}, [formset]


def _attach(form, draft) -> bool:
    try:
        services.document_attach(
            application=draft, upload=form.cleaned_data["file"], kind=form.cleaned_data["kind"]
        )
    except DomainError as error:
        add_domain_errors(form, error)
        return False
    return True


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


# ---- Kept as you type (progressive enhancement: static/js/autosave.js)


@never_cache
@require_POST
def apply_keep(request, step: int):
    """Keep what is typed in a step, valid or not, in the draft (in the session before there is
    one); the step shows it again when it opens. Answers 204, or 404 for a step not kept.
    With `end_session` the session ends after the save (the timeout's last save)."""
    if step not in AUTOSAVE_STEPS:
        raise Http404
    data = {
        _kept(key): [_kept(value) for value in request.POST.getlist(key)]
        for key in list(request.POST)[:KEPT_MAX_FIELDS]
        if key not in ("csrfmiddlewaretoken", "action", "end_session")
    }
    draft = _current_draft(request)
    if draft is not None:
        services.draft_step_keep(application=draft, step=step, data=data)
    else:
        request.session[SESSION_PENDING] = {str(step): data}
    if request.POST.get("end_session"):
        # The page's last save before the idle session's time is up: end it now, or this
        # request would renew it. The draft is reached again through the emailed link.
        request.session.flush()
    return HttpResponse(status=204)


def _kept(value: str) -> str:
    """A typed value as it can be stored: no NUL (PostgreSQL refuses it), no longer than any
    field of the form accepts."""
    return value.replace("\x00", "")[:KEPT_MAX_CHARS]


@never_cache
@require_POST
def session_extend(request):
    """ "Give me more time": any request renews the session; this one only does that.
    JSON for the script, else back to the page (a same-site address only)."""
    request.session.modified = True
    expires_in = request.session.get_expiry_age()
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"expires_in": expires_in})
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("applications:apply")
    return redirect(target)
