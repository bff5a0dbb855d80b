"""Staff roles: their groups, the permissions each needs, and binding staff users to them."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from portal.errors import DomainError


class Role:
    OPERATOR = "operator"
    REGIONAL_EDITOR = "regional_editor"
    CONTENT_EDITOR = "content_editor"


GROUP_NAMES = {
    Role.OPERATOR: "Operators",
    Role.REGIONAL_EDITOR: "Regional editors",
    Role.CONTENT_EDITOR: "Content editors",
}

# (app_label, model, actions); extended as apps gain models.
ROLE_PERMISSIONS = {
    Role.OPERATOR: [
        ("regions", "region", ("view",)),
        ("applications", "application", ("view", "change")),
        ("applications", "applicationregion", ("view",)),
        ("applications", "familymember", ("view",)),
        ("applications", "document", ("view",)),
        ("applications", "statuschange", ("view",)),
        ("applications", "informationrequest", ("view",)),
        ("applications", "declarationversion", ("view",)),
        ("applications", "delivery", ("view", "change")),
        ("applications", "deliveryevent", ("view",)),
        ("applications", "mvddecision", ("view",)),
        ("applications", "interview", ("view",)),
        ("applications", "operatornote", ("view",)),
        ("stats", "casefact", ("view",)),
        ("privacy", "legalhold", ("view", "add", "change", "delete")),
        ("privacy", "erasurerequest", ("view",)),
    ],
    Role.REGIONAL_EDITOR: [
        ("regions", "region", ("view", "change")),
        ("regions", "supportmeasure", ("view", "add", "change", "delete")),
    ],
    Role.CONTENT_EDITOR: [
        ("regions", "region", ("view",)),
        ("regions", "supportmeasure", ("view",)),
        ("content", "faqtopic", ("view", "add", "change", "delete")),
        ("content", "faq", ("view", "add", "change", "delete")),
        ("content", "legaldocument", ("view", "add", "change", "delete")),
        ("content", "successstory", ("view", "add", "change", "delete")),
        ("content", "infopage", ("view", "add", "change", "delete")),
        ("content", "journeystep", ("view", "add", "change", "delete")),
    ],
}


def grant_role_permissions(**kwargs):
    """Give each role's group exactly its permissions (post_migrate receiver, idempotent)."""
    for role, grants in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=GROUP_NAMES[role])
        permissions = []
        for app_label, model, actions in grants:
            codenames = [f"{action}_{model}" for action in actions]
            found = Permission.objects.filter(
                content_type__app_label=app_label, codename__in=codenames
            )
            permissions.extend(found)
        group.permissions.set(permissions)


def staff_ensure(*, username: str, role: str, password: str, region_codes=()) -> tuple:
    """Create or update a staff user in exactly one role; returns (user, created)."""
    from regions.models import Region

    if role not in GROUP_NAMES:
        raise DomainError(
            "unknown_role",
            _("Unknown role “%(role)s”: choose operator, regional_editor or content_editor.")
            % {"role": role},
        )
    region_codes = sorted(set(region_codes))
    if role == Role.REGIONAL_EDITOR and not region_codes:
        raise DomainError("region_required", _("A regional editor needs at least one --region."))
    if role != Role.REGIONAL_EDITOR and region_codes:
        raise DomainError("region_not_allowed", _("Only a regional editor is bound to regions."))
    regions = list(Region.objects.filter(code__in=region_codes))
    unknown = sorted(set(region_codes) - {region.code for region in regions})
    if unknown:
        raise DomainError(
            "unknown_region",
            _("Unknown region code(s): %(codes)s.") % {"codes": ", ".join(unknown)},
        )

    with transaction.atomic():
        user, created = get_user_model().objects.get_or_create(username=username)
        user.is_staff = True
        user.is_active = True
        user.set_password(password)
        user.save()
        group, _created = Group.objects.get_or_create(name=GROUP_NAMES[role])
        user.groups.set([group])
        user.edited_regions.set(regions)
    return user, created
