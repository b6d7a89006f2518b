from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """Home page, standard pages and the small shared base."""

    name = "home"
    verbose_name = _("Home")
