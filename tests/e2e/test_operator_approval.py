"""An operator finds a candidate's case in the admin and approves it; the candidate sees it."""

import pytest

from portal.roles import Role, staff_ensure
from tests.e2e.data import committed

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "e2e-operator-password"
NEW_CASE = {
    "category": "qualified_professional",
    "first_name": "Lucia",
    "last_name": "Romano",
    "date_of_birth": "1988-09-14",
    "citizenship": "IT",
    "email": "lucia.romano@example.org",
    "preferred_language": "it",
    "preferred_regions": ["RU-KLU"],
    "values_declaration_accepted": True,
    "signature_name": "Lucia Romano",
    "personal_data_consent": True,
}


@pytest.fixture
def operator():
    user, _created = committed(
        staff_ensure, username="e2e-operator", role=Role.OPERATOR, password=PASSWORD
    )
    return user


@pytest.fixture
def new_case(site, page) -> dict:
    """A case submitted through the candidates' API: its reference and access code."""
    response = page.request.post(f"{site.url}/api/v1/applications/", data=NEW_CASE)
    assert response.status == 201, response.text()
    return response.json()


def act_on_case(page, action: str, **fields) -> None:
    """Press an action's button on the case page, fill in its confirmation form, confirm."""
    page.get_by_role("link", name=action, exact=True).click()
    for name, value in fields.items():
        page.fill(f"#id_{name}", value)
    page.locator(f'input[type="submit"][value="{action}"]').click()
    page.wait_for_load_state()


def test_operator_finds_the_case_in_the_admin_and_approves_it(
    site, new_page, operator, new_case, screenshot
):
    reference = new_case["reference"]
    page = new_page()
    page.goto(f"{site.url}/admin/applications/application/")
    page.fill("#id_username", operator.username)
    page.fill("#id_password", PASSWORD)
    page.locator('input[type="submit"]').click()

    page.fill("#searchbar", reference)
    page.keyboard.press("Enter")
    page.get_by_role("link", name=reference).click()
    assert reference in page.locator("#content").inner_text()

    act_on_case(page, "Start review")
    act_on_case(page, "Approve", note="Meets the criteria; documents checked.")

    assert "The case is approved" in page.locator(".messagelist").inner_text()
    history = page.locator(".case-timeline").inner_text()
    assert "Approved" in history
    screenshot(page, "admin-case-approved-desktop")

    candidate = new_page()
    candidate.goto(f"{site.url}/en/apply/status/")
    candidate.fill("#id_reference", reference)
    candidate.fill("#id_access_code", new_case["access_code"])
    candidate.click('button[value="lookup"]')
    assert "Approved" in candidate.locator(".history-table").inner_text()
