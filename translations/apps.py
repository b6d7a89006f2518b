from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Staff side of the multilingual site, on top of wagtail-localize."""

    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_migrate, post_save

        from wagtail.signals import page_published

        from editorial.municipalities import register_role_extension
        from home.municipality import MunicipalitySettings

        from .groups import (
            ensure_every_municipalitys_translators,
            ensure_translator_groups,
            grant_on_new_language_home,
            on_languages_changed,
        )

        # Setting up a municipality's roles (editorial, a lower app) makes its translators too.
        register_role_extension(ensure_translator_groups)
        # After migrate, for every municipality (this app has no models, so Django
        # sends it no post_migrate of its own: the home app's comes after its tables).
        post_migrate.connect(
            ensure_every_municipalitys_translators,
            sender=apps.get_app_config("home"),
            dispatch_uid="ensure_translator_groups",
        )
        page_published.connect(grant_on_new_language_home, dispatch_uid="translator_home_perms")
        post_save.connect(
            on_languages_changed,
            sender=MunicipalitySettings,
            dispatch_uid="translators_follow_offered_languages",
        )
