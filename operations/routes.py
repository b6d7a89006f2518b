"""Which page a URL names, kept in the shared cache: ids, never pages.

Wagtail routes a page request with a query per level of the URL (each
child looked up by slug, then its specific type), about eight queries for
an agreement page. So the first request for a path routes it through
Wagtail (`Page.route_for_request`) and keeps *which* page answered it: its
id and type, its `url_path`, the site root it was found under and how many
path components led to it, per host, language and path. Later requests
load their own instance of that page in one query that also checks the
answer still holds (the page is live and still at that `url_path`, the
site still has that root), and let it route the rest of the path itself
(`Page.route`: a RoutablePage resolves its sub-URL). Whether any view
restriction applies to it (`has_view_restrictions`) is known without a
query where the installation has none at all, which is remembered per
generation of the page cache (a restriction saved or deleted purges it:
`operations.signals`); else the same query tells, so a page without one
needs no second query for Wagtail's check. A page moved,
renamed or unpublished fails that check and is routed by Wagtail again, so
a publication elsewhere leaves every route warm. Nothing of one request's
page is shared with another.

Serving then follows `wagtail.views.serve`: the `on_serve_page` and
`before_serve_page` hooks run on every request (Wagtail's view
restrictions among them), then `page.serve`. ROUTE_CACHE_TIMEOUT = 0 routes
every request through Wagtail; each app server keeps copies of the routes
it used lately (ROUTE_CACHE_LOCAL_COPIES).
"""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Exists, Q
from django.http import Http404, HttpResponse
from django.utils import translation

from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.views import serve_chain

from . import pagecache
from .local_copies import LocalCopies

# Kept routes this process read lately (ROUTE_CACHE_LOCAL_COPIES): each is
# checked against the database on use anyway, so a copy saves the round
# trip to Redis and risks nothing.
copies = LocalCopies("ROUTE_CACHE_LOCAL_COPIES")


def serve(request, path):
    """`wagtail.views.serve`, routed through the kept routes."""
    route = route_for_request(request, path)
    if route is None:
        raise Http404
    page, args, kwargs = route
    on_serve_chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, kwargs)


def route_for_request(request, path):
    """Wagtail's RouteResult for `path`, or None: from the kept route when it still holds."""
    timeout = getattr(settings, "ROUTE_CACHE_TIMEOUT", 0)
    if not timeout:
        return Page.route_for_request(request, path)
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    key = route_key(request, components)
    entry = copies.get(key)
    if entry is None:
        entry = cache.get(key)
        copies.put(key, entry, timeout)
    page, consumed = kept_page(entry, site, any_view_restriction(request))
    if page is not None:
        try:
            return page.route(request, components[consumed:])
        except Http404:
            return None
    route = Page.route_for_request(request, path)
    if route is not None:
        page = route[0]
        consumed = page.depth - site.root_page.depth
        entry = (
            page.pk,
            page.content_type_id,
            page.url_path,
            page.path,
            site.root_page_id,
            consumed,
        )
        cache.set(key, entry, timeout)
        copies.put(key, entry, timeout)
    return route


def kept_page(entry, site, restrictions=True):
    """(a fresh instance of the kept page, components consumed) if the entry still holds.

    `restrictions`: whether the installation may have view restrictions;
    if not, the page is known to have none without asking.
    """
    if entry is None:
        return None, 0
    page_id, content_type_id, url_path, tree_path, root_page_id, consumed = entry
    if root_page_id != site.root_page_id:
        return None, 0
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None, 0
    pages = model.objects.filter(pk=page_id, url_path=url_path, path=tree_path, live=True)
    if restrictions:
        pages = pages.annotate(has_view_restrictions=Exists(view_restrictions_on(tree_path)))
    page = pages.first()
    if page is not None and not restrictions:
        page.has_view_restrictions = False
    return page, consumed


# Whether the installation has any view restriction, as of a generation of
# the page cache: {generation: bool}. Most installations have none, and then
# no page needs the `Exists` on every request (about a third of routing a
# kept route). Saving or deleting a restriction purges its site's pages,
# which gives that site a new generation (`operations.signals`). A site
# whose generation that leaves unchanged has no restricted page of its own;
# only an alias there of another site's restricted page is not checked until
# its own site's next purge (as its cached copy is served until then).
_restrictions = {}


def any_view_restriction(request):
    """Whether any view restriction exists on the installation (remembered per generation)."""
    generation = pagecache.generation_for(request)
    known = _restrictions.get(generation)
    if known is None:
        if len(_restrictions) >= 64:
            _restrictions.clear()
        known = _restrictions[generation] = PageViewRestriction.objects.exists()
    return known


def view_restrictions_on(path):
    """Wagtail's view restrictions of the page at tree `path` and its ancestors (a queryset).

    Tree paths encode ancestry, so the ancestors need no query of their own;
    an alias takes its source page's restrictions, as in Wagtail's own
    `Page.get_view_restrictions`.
    """
    steplen = Page.steplen
    paths = [path[: steplen * depth] for depth in range(1, len(path) // steplen + 1)]
    on_path = Page.objects.filter(path__in=paths)
    return PageViewRestriction.objects.filter(
        Q(page__in=on_path.filter(alias_of__isnull=True).values("pk"))
        | Q(page__in=on_path.filter(alias_of__isnull=False).values("alias_of_id"))
    )


def route_key(request, components):
    location = "\x1f".join([request.get_host(), translation.get_language() or "", *components])
    return f"route:v2:{hashlib.sha256(location.encode()).hexdigest()}"
