from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """Home page, standard pages and the small shared base."""

    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save

        from wagtail.models import Locale

        from .i18n import ensure_locales, forget_locale_codes

        post_migrate.connect(ensure_locales, sender=self, dispatch_uid="home_ensure_locales")
        post_save.connect(forget_locale_codes, sender=Locale, dispatch_uid="home_locale_saved")
        post_delete.connect(forget_locale_codes, sender=Locale, dispatch_uid="home_locale_deleted")
