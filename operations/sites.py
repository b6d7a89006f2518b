"""Which Wagtail Site a page, a request or an editor belongs to.

One installation serves several municipalities, each a Wagtail Site with
its own host name and home page. A site's pages are its root page's tree
*and* the trees of the root page's translations: with wagtail-localize the
English home page is a sibling of the Swedish one, not below it, so
Wagtail's `PageQuerySet.in_site` (the root's descendants only) would drop
every page that is not Swedish. Everything public that lists pages
(search, sitemap, open data, the site's links) and every dashboard panel
filters with `in_site` from here, so nothing of one municipality shows in
another's.
"""

from django.db.models import Q

from wagtail.models import Page, Site

STEPLEN = Page.steplen


def root_paths(site):
    """Tree paths of the site's root page and its translations (one query)."""
    root = site.root_page
    return list(
        Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        .order_by("path")
        .values_list("path", flat=True)
    )


def in_site(site, prefix=""):
    """A Q that keeps the pages of `site` (any language); `prefix` for a related page field."""
    condition = Q(pk__in=[])
    for path in root_paths(site):
        condition |= Q(**{f"{prefix}path__startswith": path})
    return condition


def site_of_path(path, sites=None):
    """The Site whose tree (in any language) holds the page at tree `path`, or None.

    The deepest root wins, as Wagtail's own `Page.get_site` prefers the
    nearest root when sites nest.
    """
    best = None
    for site, paths in (sites if sites is not None else site_roots()).items():
        for root in paths:
            if path.startswith(root) and (best is None or len(root) > best[1]):
                best = (site, len(root))
    return best[0] if best else None


def site_roots():
    """{site: [tree paths of its root and the root's translations]} (two queries)."""
    sites = list(Site.objects.select_related("root_page"))
    keys = {site.root_page.translation_key for site in sites}
    roots = {}
    for translation_key, depth, path in Page.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "depth", "path"
    ):
        roots.setdefault(translation_key, []).append((depth, path))
    return {
        site: [
            path
            for depth, path in roots.get(site.root_page.translation_key, [])
            if depth == site.root_page.depth
        ]
        for site in sites
    }


def site_of_page(page):
    """The Site of `page`, counting its translations' trees (None outside every site)."""
    return site_of_path(page.path)


def sites_for_user(user):
    """The sites whose pages `user` may edit: all for a superuser.

    Read from Wagtail's page permissions (the pages a group may add, change
    or publish below), so it holds whatever the groups are called: an
    editor of one municipality gets that municipality's site only.
    """
    if user is None or not user.is_active:
        return []
    sites = site_roots()
    if user.is_superuser:
        return list(sites)
    from wagtail.models import GroupPagePermission

    editable = set(
        GroupPagePermission.objects.filter(
            group__user=user,
            permission__codename__in=["add_page", "change_page", "publish_page"],
        ).values_list("page__path", flat=True)
    )
    chosen = []
    for site, paths in sites.items():
        for path in editable:
            # A permission on a page inside the site, or on one above it.
            if any(path.startswith(root) or root.startswith(path) for root in paths):
                chosen.append(site)
                break
    return chosen


def in_home_of(queryset, home_path):
    """`queryset` (pages) kept to the site whose home page (or a translation of it) is at
    `home_path`, without a query of its own: the home pages are found by a subquery.

    For sites whose root is a home page right below the tree root (depth 2),
    as every site this project creates is.
    """
    return with_home_path(queryset).filter(home_condition(home_path))


def with_home_path(queryset):
    """`queryset` (pages) annotated with the path of the home page each is under."""
    from django.db.models.functions import Left

    return queryset.annotate(home_path=Left("path", 2 * STEPLEN))


def home_condition(home_path):
    """The condition of `in_home_of` on a queryset `with_home_path`, to combine with others."""
    from django.db.models import Q, Subquery

    key = Page.objects.filter(path=home_path).values("translation_key")[:1]
    homes = Page.objects.filter(depth=2, translation_key=Subquery(key)).values("path")
    return Q(home_path__in=homes)
