from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsConfig(AppConfig):
    """The public forms that take personal data: affiliation and event registration."""

    name = "forms"
    verbose_name = _("Affiliation")

    def ready(self):
        # The policy must be registered before anything asks Wagtail for the
        # model's policy, or Wagtail creates (and keeps) a plain fallback.
        from wagtail.permissions import register_permission_policy

        from forms.models import Application, Registration
        from forms.permissions import ApplicationPermissionPolicy, RegistrationPermissionPolicy

        register_permission_policy(Application, ApplicationPermissionPolicy(Application))
        register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))

        # Each municipality's applicants, signatories and registrants stay its own.
        from editorial.municipalities import register_scope
        from forms.models import Organisation, Signature

        register_scope(Application, "agreement")
        register_scope(Registration, "event")
        register_scope(Signature, "agreement")
        register_scope(Organisation, ["signatures__agreement", "applications__agreement"])

        from wagtail.signals import page_published

        from agreements.models import EventPage
        from forms.registrations import promote_after_publish

        page_published.connect(
            promote_after_publish, sender=EventPage, dispatch_uid="events-promote-waiting"
        )
