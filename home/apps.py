from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """Home page, standard pages and the small shared base."""

    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from django.db.models.signals import post_migrate

        from .i18n import ensure_locales

        post_migrate.connect(ensure_locales, sender=self, dispatch_uid="home_ensure_locales")
