"""Anonymous page responses, cached in the shared cache and purged on change.

Every app server reads and writes the same cache (Redis in production), so
a page rendered by one server is served by all of them, and a purge on one
is seen by all at once. Purging is coarse on purpose: every entry
carries the *generation* it was rendered in (each server keeps the pages
it served recently and only reads the generation for them), and any change
that a public page could show (a page published, unpublished or moved, a
translation published, a new signatory, a contact point changed) replaces
the generation, so every cached page of the site is stale at once.
Correctness does not depend on knowing which pages show what; the cost is
that one publish re-renders the site's pages on their next visit.

Several municipalities share one installation, each a Wagtail Site on its
own host name. A page's generation is two parts: the installation's (purged
by what every site may show: a snippet, a Site, a Locale, a redirect) and
its site's, kept per host name (`purge_site`): publishing in one
municipality makes only that municipality's pages stale. The request's host
is mapped to "its site's generation" without the database: the host's own
when a Site has that host name, else the default site's (Wagtail serves an
unknown host from the default site); which host names are sites is kept in
memory per version of the list of sites (`SITES_KEY`, replaced whenever a
Site is saved or deleted, read in the same round trip as the generations).

A purge must not be lost when the cache cannot be reached (Redis down,
restarting, or cut off from one server): the old generation, and the pages
cached under it, would come back with Redis and be served until they
expire. Such a purge is written to the database instead (`PendingPurge`, in
the transaction of the change) and applied by the first request that reaches
the cache again: each process looks for pending purges after any cache
operation of its own failed, and every PENDING_PURGE_CHECK_SECONDS (5) in
case the outage passed it by (one small query). Until a pending purge is
applied, nothing cached is served.

Only what is the same for every visitor is cached: GET and HEAD requests
without a session or messages cookie, answered 200 without setting a
cookie (a CSRF-protected form sets or uses the CSRF cookie and so is never
cached), without a CSRF token in the page and not marked private.
"""

import hashlib
import logging
import math
import pickle
import uuid
from time import monotonic

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.db.models import Max
from django.http.request import split_domain_port
from django.utils.cache import patch_cache_control

from . import cache_backend, generation_watch

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
SITE_GENERATION_KEY = "pagecache:generation:host:"
SITES_KEY = "pagecache:sites"  # replaced when a Site changes (`sites_changed`)
DEFAULT_HOST = "*"  # the default site's generation: also every host no Site names
HIT_HEADER = "X-Page-Cache"


def enabled():
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 0) > 0


def site_generation_key(host):
    return f"{SITE_GENERATION_KEY}{host}"


def request_hostname(request):
    host, _port = split_domain_port(request.get_host())
    return host or DEFAULT_HOST


def current_generation(request=None):
    """The generation the request's page is kept under: the installation's and its site's.

    Read from the cache unless this process knows it has not changed since
    (`operations.generation_watch`: each purge, of the installation or of a
    site, and each change of the list of sites is announced to every
    server). Both parts are read in one round trip to the cache. A new
    installation generation when a purge is pending (see the module's
    docstring). Without a request, the installation's alone.
    """
    failures = cache_backend.failures()
    hostname = request_hostname(request) if request is not None else None
    known = generation_watch.watch.known(hostname)
    if known is None:
        known = read_generation(hostname)
        if cache_backend.failures() == failures:
            generation_watch.watch.remember(hostname, known)
    generation, own_part = known
    if pending_check_due():
        reached = cache_backend.failures() == failures
        generation = apply_pending_purges(generation, reached)
    if own_part is None:
        return generation
    return f"{generation}.{own_part}"


def read_generation(hostname=None):
    """(installation generation, the host's site generation or None) as held in the cache.

    The installation's is created when missing (first use or evicted).
    """
    keys = [GENERATION_KEY]
    if hostname is not None:
        keys += [SITES_KEY, site_generation_key(hostname), site_generation_key(DEFAULT_HOST)]
    values = cache.get_many(keys)
    generation = values.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, generation, timeout=None):
            generation = cache.get(GENERATION_KEY) or generation
    if hostname is None:
        return generation, None
    sites_version = values.get(SITES_KEY)
    if sites_version is None:
        sites_version = uuid.uuid4().hex
        if not cache.add(SITES_KEY, sites_version, timeout=None):
            sites_version = cache.get(SITES_KEY) or sites_version
    own = hostname if is_site_host(hostname, sites_version) else DEFAULT_HOST
    return generation, values.get(site_generation_key(own), "0")


def sites_changed():
    """A Site was saved or deleted: every process reads the sites' host names again."""
    version = uuid.uuid4().hex
    cache.set(SITES_KEY, version, timeout=None)
    generation_watch.announce(version)


# The host names Wagtail Sites have, as of one version of the list of
# sites: (version, frozenset of host names).
_site_hosts = (None, frozenset())


def is_site_host(hostname, version):
    """Whether a Site has `hostname` (else the default site serves it)."""
    global _site_hosts
    if _site_hosts[0] != version:
        from wagtail.models import Site

        try:
            hosts = frozenset(Site.objects.values_list("hostname", flat=True))
        except DatabaseError:
            return True  # the database is down: keep to the host's own generation
        _site_hosts = (version, hosts)
    return hostname in _site_hosts[1]


def generation_for(request=None):
    """The generation this request is served in: read once per request.

    The page cache middleware reads it for every cacheable request; the
    fragment caches of the same request reuse it.
    """
    generation = getattr(request, "page_cache_generation", None)
    if generation is None:
        generation = current_generation(request)
        if request is not None:
            request.page_cache_generation = generation
    return generation


def installation_generation(request=None):
    """The installation's part of the request's generation (`generation_for`).

    A purge of every site replaces it (a Site, a Locale or a view
    restriction changed, ...), a purge of one site does not: what is
    remembered under it holds across publications.
    """
    return generation_for(request).split(".", 1)[0]


def purge_all(reason=""):
    """Make every cached page stale, on every app server sharing the cache.

    If the cache cannot be reached, the purge is kept in the database until
    it can (`apply_pending_purges`).
    """
    if write_generation():
        logger.info("Page cache purged (%s).", reason or "change")
        return
    from .models import PendingPurge

    PendingPurge.objects.create(reason=(reason or "change")[:200])
    logger.warning("Page cache unreachable: purge kept until it is back (%s).", reason or "change")


def purge_site(site, reason=""):
    """Make the cached pages of one Wagtail Site stale: the others stay cached.

    The default site's purge also reaches every host no Site names (they
    are served from it). If the cache cannot be reached, the purge is kept
    in the database and purges every site when it is back.
    """
    hosts = [site.hostname] + ([DEFAULT_HOST] if site.is_default_site else [])
    failures = cache_backend.failures()
    cache.set_many({site_generation_key(host): uuid.uuid4().hex for host in hosts}, timeout=None)
    generation_watch.announce(site.hostname)
    if cache_backend.failures() == failures:
        logger.info("Page cache of site %s purged (%s).", site.pk, reason or "change")
        return
    from .models import PendingPurge

    PendingPurge.objects.create(reason=(reason or "change")[:200])
    logger.warning("Page cache unreachable: purge kept until it is back (%s).", reason or "change")


def write_generation():
    """A new generation in the cache: the new value, or None if the cache was not reached."""
    generation = uuid.uuid4().hex
    failures = cache_backend.failures()
    cache.set(GENERATION_KEY, generation, timeout=None)
    generation_watch.announce(generation)
    return generation if cache_backend.failures() == failures else None


# When this process last looked for pending purges: (monotonic(), the
# count of failed cache operations then). A process looks at its first
# request, after a cache operation of its own failed, and every
# PENDING_PURGE_CHECK_SECONDS.
_last_check = (-math.inf, 0)


def pending_check_due():
    checked_at, failures = _last_check
    interval = getattr(settings, "PENDING_PURGE_CHECK_SECONDS", 5)
    return cache_backend.failures() != failures or monotonic() - checked_at >= interval


def apply_pending_purges(generation, reached=True):
    """Apply the purges that could not reach the cache: the generation to serve in.

    `generation` (read from the cache, `reached` if that worked) if none is
    pending; a new one written to the cache if some were (their rows are
    deleted); if the cache still cannot be reached, a throwaway one, so that
    nothing cached before the change is served. Only a look taken while the
    cache answers counts as done: a purge kept later in the outage, by
    another process, is found on the first request after it.
    """
    global _last_check
    from .models import PendingPurge

    failures = cache_backend.failures()
    try:
        last = PendingPurge.objects.aggregate(last=Max("pk"))["last"]
    except DatabaseError:
        # The database is down too: cached pages are still served, and the
        # next look waits for the interval rather than costing every request.
        logger.warning("Pending page-cache purges could not be read.")
        _last_check = (monotonic(), failures)
        return generation
    if last is None:
        if reached:
            _last_check = (monotonic(), failures)
        return generation
    new = write_generation()
    if new is None:
        return uuid.uuid4().hex
    sites_changed()  # a Site may have changed during the outage too
    deleted, _ = PendingPurge.objects.filter(pk__lte=last).delete()
    _last_check = (monotonic(), failures)
    logger.info("Page cache purged (%s purge(s) kept while it was unreachable).", deleted)
    return new


def cache_key(request):
    """The page's key; the entry stores the generation it was rendered in."""
    location = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(location.encode()).hexdigest()
    return f"pagecache:page:{digest}"


# Pages this process has served from the shared cache, as pickles, with their
# generation: a hit then costs one small read (the generation) instead of
# fetching the whole page from Redis again. At most PAGE_CACHE_LOCAL_PAGES
# (256; 0 = none).
_recent = {}


def lookup(request):
    """(current generation, key, cached response or None)."""
    key = cache_key(request)
    generation = current_generation(request)
    limit = getattr(settings, "PAGE_CACHE_LOCAL_PAGES", 256)
    recent = _recent.get(key) if limit else None
    if recent is not None and recent[0] == generation:
        return generation, key, pickle.loads(recent[1])
    entry = cache.get(key)
    if entry is not None and entry[0] == generation:
        if limit:
            if len(_recent) >= limit:
                _recent.clear()
            _recent[key] = (generation, pickle.dumps(entry[1], pickle.HIGHEST_PROTOCOL))
        return generation, key, entry[1]
    return generation, key, None


def excluded_path(path):
    prefixes = getattr(settings, "PAGE_CACHE_EXCLUDED_PREFIXES", ())
    return path.startswith(tuple(prefixes))


def request_is_cacheable(request):
    if not enabled() or request.method not in ("GET", "HEAD"):
        return False
    if excluded_path(request.path_info):
        return False
    cookies = request.COOKIES
    return not (settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies)


def response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-cache", "no-store")):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.accessed and not session.is_empty():
        return False  # a view that read a non-empty session may show something personal
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


class PageCacheMiddleware:
    """Serve and store anonymous page responses; add CDN-friendly Cache-Control."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            response = self.get_response(request)
            if enabled() and "Cache-Control" not in response:
                patch_cache_control(response, private=True)
            return response
        generation, key, cached = lookup(request)
        request.page_cache_generation = generation
        if cached is not None:
            cached[HIT_HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if request.method == "GET" and response_is_cacheable(request, response):
            self.mark_public(response)
            response[HIT_HEADER] = "miss"
            cache.set(key, (generation, response), timeout=settings.PAGE_CACHE_TIMEOUT)
        elif "Cache-Control" not in response:
            # Not the same for everyone: no CDN or proxy may keep it.
            patch_cache_control(response, private=True)
        return response

    @staticmethod
    def mark_public(response):
        patch_cache_control(
            response,
            public=True,
            max_age=getattr(settings, "PAGE_CACHE_BROWSER_MAX_AGE", 60),
            s_maxage=getattr(settings, "PAGE_CACHE_SHARED_MAX_AGE", 300),
        )
