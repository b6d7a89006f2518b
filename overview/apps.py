from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OverviewConfig(AppConfig):
    """The national overview: every municipality's agreement on the installation side by side."""

    name = "overview"
    verbose_name = _("National overview")
