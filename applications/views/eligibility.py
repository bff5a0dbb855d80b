"""The eligibility self-check: answers are POSTed (never in a URL, so never in a log) and
nothing is stored."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from applications import selectors
from applications.eligibility import EligibilityForm, assess


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def eligibility(request):
    answered = request.method == "POST"
    form = EligibilityForm(
        request.POST if answered else None, regions=selectors.regions_for_choice()
    )
    if not answered or not form.is_valid():
        return _questions(request, form, stage=1)
    if form.needs_category_question():
        return _questions(request, form, stage=2)
    return render(
        request,
        "applications/eligibility_result.html",
        {"assessment": assess(form.cleaned_data), "answers": form.cleaned_data},
    )


def _questions(request, form, *, stage: int):
    context = {"form": form, "stage": stage, "summary_forms": [form]}
    return render(request, "applications/eligibility.html", context)
