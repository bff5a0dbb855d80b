"""Editors write Markdown; readers get sanitised HTML, whatever the editor typed."""

import functools
import threading

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "b",
    "i",
    "blockquote",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "abbr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}}


_converters = threading.local()


@functools.lru_cache(maxsize=2048)
def render_markdown(text: str) -> SafeString:
    """Markdown → HTML, then strip every tag, attribute and URL scheme not on the allow-list.

    Pure, so recent results are kept: a list of 500 FAQs is otherwise converted on every view.
    """
    converter = getattr(_converters, "markdown", None)
    if converter is None:
        # Building the extensions costs as much as converting a short text: once per thread.
        converter = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
        _converters.markdown = converter
    html = converter.reset().convert(text or "")
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )
    return mark_safe(clean)  # noqa: S308 - sanitised by nh3 just above
