"""Admin viewsets for agreement snippets."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import CopyView, SnippetViewSet

from editorial.copying import PrefillOnlyCopyViewMixin
from editorial.municipalities import scoped

from .models import ContactPoint


class ContactPointCopyView(PrefillOnlyCopyViewMixin, CopyView):
    """Copying pre-fills the add form; a POST here would overwrite the live contact point."""


class MunicipalityChooserMixin:
    """The chooser offers the contact points of the editor's municipalities only."""

    def get_object_list(self):
        return scoped(super().get_object_list(), self.request.user)


class ContactPointChooseView(MunicipalityChooserMixin, ChooseView):
    pass


class ContactPointChooseResultsView(MunicipalityChooserMixin, ChooseResultsView):
    pass


class ContactPointChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ContactPointChooseView
    choose_results_view_class = ContactPointChooseResultsView


class ContactPointViewSet(SnippetViewSet):
    """Contact points in the admin menu, searchable, with drafts and history.

    Each municipality keeps its own (`ContactPoint.site`): the listing and
    the chooser show the editor's, and editorial.scoping answers "not found"
    for another municipality's.
    """

    model = ContactPoint
    icon = "mail"
    menu_label = _("Contact points")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "unit", "email", "phone"]
    search_fields = ["name", "unit"]
    copy_view_class = ContactPointCopyView
    chooser_viewset_class = ContactPointChooserViewSet

    def get_queryset(self, request):
        return scoped(ContactPoint.objects.all(), request.user)
