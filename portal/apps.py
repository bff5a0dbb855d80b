from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from portal import request_id, sqlite_like
        from portal.models import staff_language_remember
        from portal.page_cache import connect_invalidation
        from portal.roles import grant_role_permissions

        connect_invalidation()
        user_logged_in.connect(staff_language_remember, dispatch_uid="portal.staff_language")
        sqlite_like.connect()
        request_id.connect()

        # Permissions exist only after every app has migrated, so roles are synced then.
        post_migrate.connect(grant_role_permissions, dispatch_uid="portal.grant_role_permissions")
