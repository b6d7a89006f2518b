from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    """Consultation on a draft agreement version: answers, moderation, handling, the report."""

    name = "consultations"
    verbose_name = _("Consultations")

    def ready(self):
        # The policy must be registered before anything asks Wagtail for the
        # model's policy, or Wagtail creates (and keeps) a plain fallback.
        from wagtail.permissions import register_permission_policy
        from wagtail.signals import page_published

        from agreements.models import AgreementPage
        from consultations.models import ConsultationComment, ConsultationPage
        from consultations.permissions import CommentPermissionPolicy
        from consultations.signals import freeze_on_adoption, invite_on_publish

        register_permission_policy(
            ConsultationComment, CommentPermissionPolicy(ConsultationComment)
        )
        page_published.connect(
            invite_on_publish, sender=ConsultationPage, dispatch_uid="consultation-invite"
        )
        page_published.connect(
            freeze_on_adoption, sender=AgreementPage, dispatch_uid="consultation-freeze-report"
        )
