"""Admin viewsets for agreement snippets."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import CopyView, SnippetViewSet

from editorial.copying import PrefillOnlyCopyViewMixin

from .models import ContactPoint


class ContactPointCopyView(PrefillOnlyCopyViewMixin, CopyView):
    """Copying pre-fills the add form; a POST here would overwrite the live contact point."""


class ContactPointViewSet(SnippetViewSet):
    """Contact points in the admin menu, searchable, with drafts and history."""

    model = ContactPoint
    icon = "mail"
    menu_label = _("Contact points")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "unit", "email", "phone"]
    search_fields = ["name", "unit"]
    copy_view_class = ContactPointCopyView
