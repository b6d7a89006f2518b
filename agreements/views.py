"""Admin viewsets for agreement snippets."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ContactPoint


class ContactPointViewSet(SnippetViewSet):
    """Contact points in the admin menu, searchable, with drafts and history."""

    model = ContactPoint
    icon = "mail"
    menu_label = _("Contact points")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "unit", "email", "phone"]
    search_fields = ["name", "unit"]
