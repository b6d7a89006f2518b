from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class EditorialConfig(AppConfig):
    """Plone-style editorial workflow on Wagtail's own workflow machinery."""

    # This module also holds the users app config below; this one is the app's.
    default = True
    name = "editorial"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from wagtail.signals import page_published

        from . import notifications  # noqa: F401 - connects the signal handlers
        from .municipalities import extend_to_new_language_home

        page_published.connect(
            extend_to_new_language_home, dispatch_uid="editorial_municipality_language_home"
        )


class EditorialUsersAppConfig(WagtailUsersAppConfig):
    """Replaces "wagtail.users" in INSTALLED_APPS so publishers manage only their groups."""

    user_viewset = "editorial.users.UserViewSet"

    def ready(self):
        super().ready()
        from django.contrib.auth.models import Group

        from wagtail.permissions import register_permission_policy

        from .users import GroupPermissionPolicy

        # Replaces the model policy Wagtail registered a line above: groups are superusers' only.
        register_permission_policy(Group, GroupPermissionPolicy(Group))
