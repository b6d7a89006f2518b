from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsConfig(AppConfig):
    """Affiliation applications, organisations and their signatures of an agreement."""

    name = "forms"
    verbose_name = _("Affiliation")

    def ready(self):
        # The policy must be registered before anything asks Wagtail for the
        # model's policy, or Wagtail creates (and keeps) a plain fallback.
        from wagtail.permissions import register_permission_policy

        from forms.models import Application
        from forms.permissions import ApplicationPermissionPolicy

        register_permission_policy(Application, ApplicationPermissionPolicy(Application))
