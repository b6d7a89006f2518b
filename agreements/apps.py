from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    """The agreement, its principles and commitments, bodies, forums, plans and follow-ups."""

    name = "agreements"
    verbose_name = _("Agreements")

    def ready(self):
        from editorial.municipalities import register_scope

        from .models import ContactPoint

        # A snippet has no place in the tree: its municipality is its site.
        register_scope(ContactPoint, "site", kind="site")
