"""Wagtail routing without looking up the site, its locale and its root on every request.

Every page request starts with the same three queries: the Site for the
host, the active Locale, and the site's root page as its specific type.
They change only when a page is published or a site or locale is edited,
which is exactly when the page cache's generation changes. This middleware
keeps the three per process, keyed by that generation (one cache read),
and hands Wagtail a ready route, as `Page.route_for_request` would compute
it, so an uncached agreement page stays within its query budget.
"""

import copy

from django.http import Http404
from django.utils import translation

from wagtail.models import Site

from . import pagecache
from .middleware import DATABASE_ERRORS, service_unavailable

_roots = {}


def cached_root(request, generation):
    """(site, localized specific root page) for this request's host and language."""
    key = (generation, request.get_host(), translation.get_language())
    entry = _roots.get(key)
    if entry is None:
        site = Site.find_for_request(request)
        if site is None:
            return None
        site.root_page = site.root_page.specific
        entry = (site, site.root_page.localized.specific)
        if any(old[0] != generation for old in _roots):
            _roots.clear()
        _roots[key] = entry
    site, root = entry
    return copy.copy(site), copy.copy(root)


class RouteCacheMiddleware:
    """Routes Wagtail pages from the per-process site and root of this generation."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name != "wagtail_serve":
            return None
        if hasattr(request, "_wagtail_route_for_request"):
            return None
        generation = getattr(request, "page_cache_generation", None)
        if generation is None:
            generation = request.page_cache_generation = pagecache.current_generation()
        try:
            entry = cached_root(request, generation)
            if entry is None:
                return None
            site, root = entry
            request._wagtail_site = site
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            components = [component for component in (path or "").split("/") if component]
            try:
                request._wagtail_route_for_request = root.route(request, components)
            except Http404:
                request._wagtail_route_for_request = None
        except DATABASE_ERRORS:
            return service_unavailable(request)
        return None
