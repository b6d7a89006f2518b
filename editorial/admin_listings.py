"""What another municipality has, as subqueries that Wagtail's listings leave out.

Wagtail scopes pages by page permissions and documents and images by
collection permissions, but several of its listings read more than that:
the page filters offer every site and every page owner, the page chooser
starts at the tree's root (each municipality's home page is a child of it,
as is each of its translations), the admin API lists the documents and
images of every collection, the workflow reports list every snippet in
review, the site history every logged change of a snippet, document, image
or user, the page types usage report counts and names every page, and the
users index offers every group as a filter. Each of them leaves out here
what is another municipality's: pages under its home pages, documents and
images in its collection, its snippets and plain models (the rows that
`editorial.municipalities.scoped` keeps from the user), its staff and its
groups. What belongs to no municipality stays as Wagtail shows it, as in
`editorial.municipalities.in_other_municipality`.

A superuser (the service operator) and a user in no municipality's group (a
translator) see what Wagtail shows them: `others_of` is None for them. The
narrowing is a few subqueries in the listing's own query, never a query per
row. The views, filters and hooks that use these are in `admin_views`,
`admin_reports` and `wagtail_hooks`.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast, Substr

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from .models import MunicipalityCollection
from .municipalities import SCOPES, home_pages, scoped, sites_of

# A home page is at depth 2: its path is the first two steps of every path below it.
HOME_PATH_LENGTH = Page.steplen * 2
# A municipality's collection is a child of the root collection.
COLLECTION_PATH_LENGTH = Collection.steplen * 2


class Others:
    """The municipalities `user` is not in, for narrowing one request's listings."""

    def __init__(self, user, mine):
        self.user = user
        self.mine = Site.objects.filter(pk__in=mine)
        self.sites = (
            Site.objects.filter(municipality_roles__isnull=False).exclude(pk__in=mine).distinct()
        )

    def home_paths(self):
        """The paths of their home pages (in every language), none of them also the user's."""
        mine = home_pages(self.mine).values("pk")
        return home_pages(self.sites).exclude(pk__in=mine).values("path")

    def pages(self):
        return Page.objects.alias(home_path=Substr("path", 1, HOME_PATH_LENGTH)).filter(
            home_path__in=self.home_paths()
        )

    def in_collections(self, queryset):
        """The documents or images of `queryset` in their collections (and the ones below)."""
        paths = MunicipalityCollection.objects.filter(site__in=self.sites).values(
            "collection__path"
        )
        return queryset.alias(
            collection_home=Substr("collection__path", 1, COLLECTION_PATH_LENGTH)
        ).filter(collection_home__in=paths)

    def users(self):
        """Their staff: in one of their groups and in none of the user's municipalities."""
        return (
            get_user_model()
            .objects.filter(groups__municipality_role__site__in=self.sites)
            .exclude(groups__municipality_role__site__in=self.mine)
        )

    def objects(self):
        """(model, queryset) for every kind of object a municipality has, but its pages."""
        yield Group, Group.objects.filter(municipality_role__site__in=self.sites)
        yield get_user_model(), self.users()
        for model in (get_document_model(), get_image_model()):
            yield model, self.in_collections(model.objects.all())
        for label in SCOPES:
            model = _model(label)
            if model is not None:
                everything = model._default_manager.all()
                yield model, everything.exclude(pk__in=scoped(everything, self.user).values("pk"))


def _model(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def others_of(user):
    """The other municipalities of `user`; None when nothing is narrowed for them."""
    if user is None or not user.is_authenticated or user.is_superuser:
        return None
    mine = list(sites_of(user).values_list("pk", flat=True))
    if not mine:
        return None
    return Others(user, mine)


def as_text(queryset):
    """The primary keys of `queryset` as text, to compare with a generic `object_id`."""
    return (
        queryset.order_by().annotate(text_pk=Cast("pk", output_field=CharField())).values("text_pk")
    )


def without_others_pages(pages, user, field=""):
    """`pages` (or rows whose page is `field`) but those under another's home page."""
    others = others_of(user)
    if others is None:
        return pages
    lookup = f"{field}__in" if field else "pk__in"
    return pages.exclude(**{lookup: others.pages().values("pk")})


def without_others_collections(queryset, user):
    """Documents or images but those in another municipality's collection."""
    others = others_of(user)
    if others is None:
        return queryset
    return queryset.exclude(pk__in=others.in_collections(queryset.model.objects.all()).values("pk"))


def without_others_objects(queryset, others, content_type_field, object_id_field, pages=True):
    """Rows naming an object by content type and id, but those naming another's object.

    Pages are named by their base type (Page) where `pages` is true, as
    workflow states name them.
    """
    if pages:
        queryset = queryset.exclude(
            **{
                content_type_field: ContentType.objects.get_for_model(Page),
                f"{object_id_field}__in": as_text(others.pages()),
            }
        )
    for model, objects in others.objects():
        queryset = queryset.exclude(
            **{
                content_type_field: ContentType.objects.get_for_model(model),
                f"{object_id_field}__in": as_text(objects),
            }
        )
    return queryset
