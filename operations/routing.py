"""Wagtail routing done once per publication and process, not on every request.

Routing a page request costs Wagtail a query per level of the URL (each
child looked up by slug), one for the page's specific type, and two for the
view restrictions of the page and its ancestors, before the view has done
anything. All of it changes only when a page is published, moved or
unpublished, a restriction or a site or locale is edited: exactly when the
page cache's generation changes (operations/signals.py). So each process
keeps, per generation, host, language and path, the route Wagtail computed
(`Page.route` itself, so custom and RoutablePage routes behave as ever) and
the page's view restrictions, and hands each request its own shallow copy of
the page: whatever a view sets on its page stays with that request.

One cache read (the generation) replaces those queries
(operations/generation.py keeps the tables).
"""

import copy
import types

from django.http import Http404
from django.utils import translation

from wagtail.models import Site

from . import generation
from .middleware import DATABASE_ERRORS, service_unavailable


def cached_root(request):
    """(site, localized specific root page) for this request's host and language."""

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return None
        site.root_page = site.root_page.specific
        return site, site.root_page.localized.specific

    key = (request.get_host(), translation.get_language())
    entry = generation.memo(request, "routing:root", key, compute)
    if entry is None:
        return None
    site, root = entry
    return copy.copy(site), copy.copy(root)


class CachedRoute:
    """A route Wagtail computed, to be handed out again as fresh copies."""

    def __init__(self, route, resolver_match, restrictions):
        self.route = route
        self.resolver_match = resolver_match
        self.restrictions = restrictions

    @classmethod
    def compute(cls, request, root, components):
        try:
            route = root.route(request, components)
        except Http404:
            return cls(None, None, [])
        restrictions = list(route.page.get_view_restrictions())
        return cls(route, getattr(request, "routable_resolver_match", None), restrictions)

    def for_request(self, request):
        """The route for one request: its own page, with views bound to it."""
        if self.route is None:
            return None
        shared = self.route.page
        page = copy.copy(shared)
        restrictions = self.restrictions
        # Wagtail's check_view_restrictions hook asks the page; the answer is known.
        page.get_view_restrictions = lambda: restrictions
        args = [rebind(value, shared, page) for value in self.route.args]
        if self.resolver_match is not None:
            match = object.__new__(type(self.resolver_match))  # not copyable: no __reduce__
            match.__dict__.update(self.resolver_match.__dict__)
            match.func = rebind(match.func, shared, page)
            request.routable_resolver_match = match
        return type(self.route)(page, args=args, kwargs=dict(self.route.kwargs))


def rebind(value, shared, page):
    """A method bound to the shared page, bound to this request's copy instead."""
    if isinstance(value, types.MethodType) and value.__self__ is shared:
        return types.MethodType(value.__func__, page)
    return value


def cached_route(request, root, path):
    def compute():
        components = [component for component in (path or "").split("/") if component]
        return CachedRoute.compute(request, root, components)

    key = (request.get_host(), translation.get_language(), path)
    return generation.memo(request, "routing:route", key, compute).for_request(request)


class RouteCacheMiddleware:
    """Routes Wagtail pages from this process's routes of the current generation."""

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
        try:
            entry = cached_root(request)
            if entry is None:
                return None
            site, root = entry
            request._wagtail_site = site
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            request._wagtail_route_for_request = cached_route(request, root, path)
        except DATABASE_ERRORS:
            return service_unavailable(request)
        return None
