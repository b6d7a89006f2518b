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

        from wagtail.signals import page_published

        from agreements.models import EventPage
        from agreements.registrations import promote_after_publish

        page_published.connect(
            promote_after_publish, sender=EventPage, dispatch_uid="events-promote-waiting"
        )
