from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsConfig(AppConfig):
    """Affiliation applications, organisations and their signatures of an agreement."""

    name = "forms"
    verbose_name = _("Affiliation")
