"""Driving a page by keyboard only, as a candidate without a mouse would: Tab to a control, then
type, Space, Enter or the arrow keys. Every helper fails with the path it tabbed through."""

import datetime

MAX_TABS = 120
FOCUSED = """() => {
  const el = document.activeElement;
  return el ? `${el.tagName.toLowerCase()}#${el.id}[name=${el.name || ''}] ${
    (el.innerText || el.value || '').trim().slice(0, 40)}` : 'nothing';
}"""


def focused_matches(page, selector: str) -> bool:
    """Whether the focused element is one of those `selector` (a Playwright selector) finds."""
    return page.locator(selector).evaluate_all(
        "(elements) => elements.includes(document.activeElement)"
    )


def tab_to(page, selector: str, *, backwards: bool = False) -> None:
    """Press Tab (Shift+Tab backwards) until the focused element matches `selector`."""
    key = "Shift+Tab" if backwards else "Tab"
    path = []
    for _press in range(MAX_TABS):
        if focused_matches(page, selector):
            return
        page.keyboard.press(key)
        path.append(page.evaluate(FOCUSED))
    raise AssertionError(f"{key} never reached {selector!r}; went through: {path}")


def type_into(page, selector: str, text: str) -> None:
    tab_to(page, selector)
    page.keyboard.type(text)


def type_date(page, selector: str, date: datetime.date) -> None:
    """A date input takes digits segment by segment. Headless Chromium lays the segments out
    month/day/year whatever the locale; the check below says so if that ever changes."""
    tab_to(page, selector)
    page.keyboard.type(f"{date:%m%d%Y}")
    typed = page.evaluate("() => document.activeElement.value")
    assert typed == date.isoformat(), f"typed {date} into {selector!r}, the browser holds {typed}"


def choose_option(page, selector: str, label: str) -> None:
    """A closed <select>: typing the start of an option chooses it (the browser's type-ahead);
    the arrow keys then go on from there if several start alike. Only the first word is typed:
    a space would open the list instead."""
    tab_to(page, selector)
    page.keyboard.type(label.split(" ")[0])
    for _press in range(60):
        if page.evaluate("() => document.activeElement.selectedOptions[0]?.text") == label:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"{selector!r} has no option {label!r}")


def choose_radio(page, name: str, value: str) -> None:
    """A radio group is one Tab stop; the arrow keys move within it and check the option."""
    tab_to(page, f'input[type="radio"][name="{name}"]')
    for _press in range(20):
        if page.evaluate("() => document.activeElement.value") == value:
            page.keyboard.press("Space")
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"radio group {name!r} has no value {value!r}")


def tick(page, selector: str) -> None:
    tab_to(page, selector)
    if not page.evaluate("() => document.activeElement.checked"):
        page.keyboard.press("Space")


def press(page, selector: str) -> None:
    """Activate a button or link with Enter, and wait for the page it leads to."""
    tab_to(page, selector)
    with page.expect_navigation():
        page.keyboard.press("Enter")
