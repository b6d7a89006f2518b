from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    """The agreement, its principles and commitments, bodies, forums, plans and follow-ups."""

    name = "agreements"
    verbose_name = _("Agreements")
