"""The site's layout (hreflang links, header, footer) rendered once per worker process.

The layout is made of code, settings and translations only, never of content, so a rendered
part stays true until the process restarts (a deploy): it is kept in the process's memory, per
part, language and address (the language switcher links the same page in each language), with
no invalidation. The number of parts kept is bounded, so addresses made up by a crawler or an
attacker only push older parts out. Changing a setting (tests do) forgets every part.
"""

import threading
from collections import OrderedDict

from django.core.signals import setting_changed
from django.dispatch import receiver

MAX_PARTS = 4096

_parts: OrderedDict[tuple, str] = OrderedDict()
_lock = threading.Lock()


def layout_part(key: tuple, render) -> str:
    """The part stored under `key`, rendered by `render()` the first time."""
    with _lock:
        html = _parts.get(key)
        if html is not None:
            _parts.move_to_end(key)
            return html
    html = render()
    with _lock:
        _parts[key] = html
        while len(_parts) > MAX_PARTS:
            _parts.popitem(last=False)
    return html


@receiver(setting_changed)
def _forget_parts(**kwargs) -> None:
    with _lock:
        _parts.clear()
