"""The page explorer's filters and the admin API's listings, without other municipalities.

The explorer (and the listing of the pages of one type) lists only pages the
user may explore, but its filters offer every site of the installation,
every page owner and every editor: the names of another municipality and
its staff. The admin API (what the rich text editor and the choosers read)
lists the documents and images of every collection. Registered in
`editorial.wagtail_hooks`; what "another's" means is `editorial.admin_listings`.

Why the explorer starts at the tree's root and not at the municipality's
home page: Wagtail starts it at the closest common ancestor of the pages
the user has permissions on, and a municipality's home page in each
language is a child of the root (the translations are its siblings). At
the root it lists only the pages the user may explore: the municipality's
home pages, no other's.
"""

from django.contrib.auth import get_user_model

from wagtail.admin.views.pages.listing import GenericPageFilterSet
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page, PageLogEntry, Site

from .admin_listings import others_of, without_others_collections, without_others_pages


class MunicipalityPageFilterSet(GenericPageFilterSet):
    """The explorer's filters: the user's sites, and the owners and editors of their pages."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self.request, "user", None)
        others = others_of(user)
        if others is None:
            return
        users = get_user_model().objects
        pages = without_others_pages(Page.objects.all(), user)
        edits = PageLogEntry.objects.filter(action="wagtail.edit", page__in=pages.values("pk"))
        self.filters["site"].queryset = Site.objects.exclude(pk__in=others.sites.values("pk"))
        self.filters["owner"].queryset = users.filter(pk__in=pages.values("owner_id"))
        self.filters["edited_by"].queryset = users.filter(pk__in=edits.values("user_id"))


class MunicipalityPageViewSet(PageViewSet):
    """Wagtail's page views (for every page type), with `MunicipalityPageFilterSet`.

    Registered after Wagtail's own viewset for `Page`, so it takes its place
    for the explorer and the listing of the pages of one type.
    """

    filterset_class = MunicipalityPageFilterSet


def pages_of_no_other_municipality(pages, request):
    """`construct_page_chooser_queryset`: the chooser starts at the tree's root."""
    return without_others_pages(pages, request.user)


def explorable_pages_of_no_other_municipality(parent_page, pages, request):
    """`construct_explorer_page_queryset`: a search of the whole tree stays in one's own."""
    return without_others_pages(pages, request.user)


class MunicipalityDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return without_others_collections(super().get_queryset(), self.request.user)


class MunicipalityImagesAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return without_others_collections(super().get_queryset(), self.request.user)


def register_admin_api_endpoints(router):
    """`construct_admin_api`: the documents and images endpoints, in place of Wagtail's."""
    router.register_endpoint("documents", MunicipalityDocumentsAPIViewSet)
    router.register_endpoint("images", MunicipalityImagesAPIViewSet)
