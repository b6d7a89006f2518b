from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    """The agreement, its principles and commitments."""

    name = "agreements"
    verbose_name = _("Agreements")

    def ready(self):
        # Registered before anything asks Wagtail for the model's policy (see forms/apps.py).
        from wagtail.permissions import register_permission_policy

        from agreements.models import Registration
        from agreements.permissions import RegistrationPermissionPolicy

        register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))
