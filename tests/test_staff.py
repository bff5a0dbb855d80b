import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from tests.factories import RegionFactory


@pytest.fixture
def kaluga():
    return RegionFactory(code="RU-KLU")


@pytest.mark.django_db
def test_migrations_create_the_three_staff_groups():
    names = set(Group.objects.values_list("name", flat=True))

    assert {"Operators", "Regional editors", "Content editors"} <= names


@pytest.mark.django_db
def test_regional_editors_may_change_regions_but_operators_may_not():
    editors = Group.objects.get(name="Regional editors")
    operators = Group.objects.get(name="Operators")

    assert editors.permissions.filter(codename="change_region").exists()
    assert not operators.permissions.filter(codename="change_region").exists()


@pytest.mark.django_db
def test_create_staff_binds_a_regional_editor_to_regions(kaluga):
    RegionFactory(code="RU-MOW")

    call_command(
        "create_staff", "anna", role="regional_editor", regions=["RU-KLU"], password="pw-1"
    )

    user = get_user_model().objects.get(username="anna")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Regional editors"]
    assert list(user.edited_regions.values_list("code", flat=True)) == ["RU-KLU"]
    assert user.check_password("pw-1")


@pytest.mark.django_db
def test_create_staff_twice_changes_nothing_but_what_was_asked(kaluga):
    call_command("create_staff", "anna", role="regional_editor", regions=["RU-KLU"], password="a")
    call_command("create_staff", "anna", role="regional_editor", regions=["RU-KLU"], password="b")

    users = get_user_model().objects.filter(username="anna")
    assert users.count() == 1
    assert users.get().groups.count() == 1
    assert users.get().edited_regions.count() == 1
    assert users.get().check_password("b")


@pytest.mark.django_db
def test_create_staff_moves_a_user_to_another_role():
    call_command("create_staff", "olga", role="content_editor", password="pw")
    call_command("create_staff", "olga", role="operator", password="pw")

    user = get_user_model().objects.get(username="olga")
    assert list(user.groups.values_list("name", flat=True)) == ["Operators"]


@pytest.mark.django_db
def test_create_staff_refuses_an_unknown_region_and_stores_nothing(kaluga):
    with pytest.raises(CommandError, match=r"Unknown region code.*RU-XXX"):
        call_command(
            "create_staff",
            "anna",
            role="regional_editor",
            regions=["RU-KLU", "RU-XXX"],
            password="pw",
        )

    assert not get_user_model().objects.filter(username="anna").exists()


@pytest.mark.django_db
def test_create_staff_refuses_an_unknown_role():
    with pytest.raises(CommandError, match="invalid choice: 'janitor'"):
        call_command("create_staff", "anna", "--role", "janitor", "--password", "pw")


@pytest.mark.django_db
def test_create_staff_requires_a_region_for_a_regional_editor():
    with pytest.raises(CommandError, match="at least one --region"):
        call_command("create_staff", "anna", role="regional_editor", password="pw")
