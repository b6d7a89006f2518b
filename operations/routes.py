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
generation of the installation (a restriction saved or deleted purges
every site: `operations.signals`); else the same query tells, so a page
without one needs no second query for Wagtail's check. Which site serves
a host is remembered the same way, so a kept route costs no site lookup. A page moved,
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
    root_page_id = site_root_page_id(request)
    if root_page_id is None:
        return Page.route_for_request(request, path)
    components = [component for component in path.split("/") if component]
    key = route_key(request, components)
    entry = copies.get(key)
    if entry is None:
        entry = cache.get(key)
        copies.put(key, entry, timeout)
    restrictions = known_view_restrictions(request)
    page, consumed = kept_page(entry, root_page_id, restrictions)
    if page is not None:
        if restrictions is None:
            remember_view_restrictions(request, page.any_view_restriction)
        try:
            return page.route(request, components[consumed:])
        except Http404:
            return None
    route = Page.route_for_request(request, path)
    if route is not None:
        site = Site.find_for_request(request)
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


def kept_page(entry, root_page_id, restrictions=None):
    """(a fresh instance of the kept page, components consumed) if the entry still holds.

    `restrictions`: whether the installation has any view restriction
    (None: not known). Without any, the page is known to have none without
    asking; not knowing, the same query also tells whether there are any
    (`any_view_restriction` on the page).
    """
    if entry is None:
        return None, 0
    page_id, content_type_id, url_path, tree_path, kept_root_id, consumed = entry
    if kept_root_id != root_page_id:
        return None, 0
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None, 0
    pages = model.objects.filter(pk=page_id, url_path=url_path, path=tree_path, live=True)
    if restrictions is not False:
        pages = pages.annotate(has_view_restrictions=Exists(view_restrictions_on(tree_path)))
    if restrictions is None:
        pages = pages.annotate(any_view_restriction=Exists(PageViewRestriction.objects.all()))
    page = pages.first()
    if page is not None and restrictions is False:
        page.has_view_restrictions = False
    return page, consumed


# The root page of the Wagtail Site serving a host name and port, as of a
# generation of the installation: {(generation, host, port): root page id}.
# Wagtail finds the site with a query on every request; every Site saved or
# deleted purges every site's pages (`operations.signals`), so within one
# installation generation the answer for a host stays the same. Wagtail's
# own lookup (`Site.find_for_request`) gives it the first time.
_site_roots = {}


def site_root_page_id(request):
    """The root page id of the request's Wagtail Site, or None (remembered per generation)."""
    key = (pagecache.installation_generation(request), request.get_host(), request.get_port())
    if key not in _site_roots:
        site = Site.find_for_request(request)
        if len(_site_roots) >= 1024:
            _site_roots.clear()
        _site_roots[key] = site.root_page_id if site is not None else None
    return _site_roots[key]


# Whether the installation has any view restriction, as of a generation of
# the installation: {generation: bool}, learnt with the first kept page
# loaded in it. Most installations have none, and then no page needs the
# `Exists` on every request (about a third of routing a kept route).
# Saving or deleting a restriction purges every site's pages, which gives
# the installation a new generation (`operations.signals`).
_restrictions = {}


def known_view_restrictions(request):
    """Whether the installation has any view restriction; None if not known in this generation."""
    return _restrictions.get(pagecache.installation_generation(request))


def remember_view_restrictions(request, any_restriction):
    if len(_restrictions) >= 64:
        _restrictions.clear()
    _restrictions[pagecache.installation_generation(request)] = bool(any_restriction)


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
