"""Public pages: the regions list, one region, one support measure."""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from regions import selectors
from regions.models import is_region_code


@require_GET
def region_list(request):
    return render(
        request, "regions/region_list.html", {"districts": selectors.regions_by_district()}
    )


@require_GET
def region_detail(request, code):
    if code != code.upper() and is_region_code(code.upper()):
        # ISO 3166-2 codes are upper case: one canonical address per region.
        return redirect("regions:region_detail", code=code.upper(), permanent=True)
    region, audience_groups = selectors.region_page(code=code, user=request.user)
    return render(
        request,
        "regions/region_detail.html",
        {
            "region": region,
            "audience_groups": audience_groups,
            # One "not in your language" notice for all the measure cards.
            "measures": [measure for group in audience_groups for measure in group.measures],
        },
    )


@require_GET
def measure_detail(request, slug):
    measure = selectors.measure_page(slug=slug, user=request.user)
    return render(request, "regions/measure_detail.html", {"measure": measure})
