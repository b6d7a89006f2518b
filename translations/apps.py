from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Staff side of the multilingual site, on top of wagtail-localize."""

    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_migrate

        from wagtail.signals import page_published

        from .groups import ensure_translator_groups, grant_on_new_language_home

        # After the home app has created the locales (this app has no models,
        # so Django sends it no post_migrate of its own).
        post_migrate.connect(
            ensure_translator_groups,
            sender=apps.get_app_config("home"),
            dispatch_uid="ensure_translator_groups",
        )
        page_published.connect(grant_on_new_language_home, dispatch_uid="translator_home_perms")
