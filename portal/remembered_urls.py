"""Addresses reversed once per process.

`reverse()` walks the URL patterns on every call, and a page calls it a few dozen times (menu,
cards, forms). Its answer depends only on what the key below holds: the URL configuration, the
script prefix, the active language (the pages' language prefix), the view, its arguments and
the current namespace. A failed reversal is not remembered; arguments that cannot be a key
(an unsaved model instance) are reversed as usual. The store is bounded (least recently used
out first), and a setting change (tests override ROOT_URLCONF) empties it.
"""

from functools import lru_cache

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

MAX_ADDRESSES = 4096


def reverse_remembered(viewname, args=None, kwargs=None, current_app=None) -> str:
    """`reverse(viewname, args=..., kwargs=..., current_app=...)`, remembered."""
    try:
        return _reversed(
            get_urlconf(),
            get_script_prefix(),
            get_language(),
            viewname,
            tuple(args or ()),
            tuple(sorted((kwargs or {}).items())),
            current_app,
        )
    except TypeError:  # an argument that cannot be a key (the store hashes before it calls)
        return reverse(viewname, args=args, kwargs=kwargs, current_app=current_app)


@lru_cache(maxsize=MAX_ADDRESSES)
def _reversed(urlconf, _script_prefix, _language, viewname, args, kwargs, current_app) -> str:
    return reverse(
        viewname, urlconf=urlconf, args=args, kwargs=dict(kwargs), current_app=current_app
    )


@receiver(setting_changed)
def _forget_addresses(**kwargs) -> None:
    _reversed.cache_clear()
