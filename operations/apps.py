from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Connects the page-cache purge to every change that a public page shows."""

    name = "operations"
    verbose_name = _("Operations")

    def ready(self):
        from . import signals

        signals.connect()
