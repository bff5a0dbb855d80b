"""Public pages: FAQs, regulatory documents, success stories, information pages, the journey."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from content import selectors


@require_GET
def faq(request):
    page = selectors.faq_page(
        query=request.GET.get("q", ""),
        topic_slug=request.GET.get("topic", ""),
        page_number=request.GET.get("page"),
    )
    return render(request, "content/faq.html", {"faq_page": page})


@require_GET
def legal_list(request):
    listing = selectors.legal_documents_by_kind()
    return render(request, "content/legal_list.html", {"listing": listing})


@require_GET
def legal_detail(request, slug):
    document = selectors.legal_document_page(slug=slug, user=request.user)
    return render(request, "content/legal_detail.html", {"document": document})


@require_GET
def story_list(request):
    listing = selectors.story_listing(
        params=request.GET, page_number=request.GET.get("page"), request=request
    )
    return render(request, "content/story_list.html", {"listing": listing})


@require_GET
def story_detail(request, slug):
    story = selectors.story_page(slug=slug, user=request.user)
    return render(request, "content/story_detail.html", {"story": story})


@require_GET
def page_list(request):
    listing = selectors.info_pages_by_section()
    return render(request, "content/page_list.html", {"listing": listing})


@require_GET
def page_detail(request, slug):
    page = selectors.info_page(slug=slug, user=request.user)
    return render(request, "content/page_detail.html", {"page": page})


@require_GET
def journey(request):
    steps = selectors.journey_steps()
    return render(request, "content/journey.html", {"steps": steps})
