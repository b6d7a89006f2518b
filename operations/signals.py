"""What purges the page cache: every change that a public page can show.

Each handler replaces the page cache's generation at once and again when
the transaction commits: the first makes the change visible to the request
that made it, the second closes the gap in which another server could
cache the old page between the first and the commit. With a front-end
cache configured (WAGTAILFRONTENDCACHE, set with the app
wagtail.contrib.frontend_cache from FRONTEND_CACHE_* in the environment),
the CDN or Varnish is told to drop the pages concerned too, after commit.
"""

from urllib.parse import urlsplit, urlunsplit

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from . import pagecache
from .sites import site_of_path, site_roots

# Plain models whose rows public pages show (app_label.ModelName).
SHOWN_MODELS = [
    "forms.Signature",
    "forms.Organisation",
    "consultations.ConsultationComment",
    "consultations.FrozenReport",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.PageViewRestriction",
    "wagtailredirects.Redirect",
    "home.MunicipalitySettings",
]


def purge(reason, pages=(), urls=(), within=None):
    """Purge the page cache now and at commit; the CDN at commit.

    `pages`: the pages that changed: only their sites' cached pages are
    purged (every site's when there are none, or one is outside every
    site); the CDN drops their URLs (and the pages showing them), looked
    up at commit; `urls`: full URLs computed now, for what will not be
    found then (an unpublished page, the old address of a moved page);
    `within`: the pages whose sites to purge, when not `pages` (a save that
    the CDN need not hear of).
    """
    sites = sites_of([page for page in (pages if within is None else within) if page is not None])

    def purge_cache(why):
        if sites is None:
            pagecache.purge_all(why)
        for site in sites or ():
            pagecache.purge_site(site, why)

    purge_cache(reason)
    transaction.on_commit(lambda: purge_cache(reason + ", committed"))
    if cdn_enabled():
        pages = [page for page in pages if page is not None]
        if pages or urls:
            transaction.on_commit(lambda: purge_from_cdn(pages, urls))


def sites_of(pages):
    """The Sites `pages` belong to, or None (purge all) if any is outside every site.

    A page outside every site may be a new site's root, or shown by a
    page of any site: only a purge of everything is sure to reach it.
    """
    if not pages:
        return None
    roots = site_roots()
    sites = {}
    for page in pages:
        site = site_of_path(page.path, roots) if page.path else None
        if site is None:
            return None
        sites[site.pk] = site
    return list(sites.values())


def cdn_enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def pages_showing(page):
    """The page, the pages above it (listings, menus) and their translations, if live."""
    base = page.specific_deferred if hasattr(page, "specific_deferred") else page
    chain = [*base.get_ancestors().filter(depth__gt=1).live(), base]
    result = []
    for item in chain:
        result.extend(Page.objects.filter(translation_key=item.translation_key).live())
    return result


def public_url(url):
    """The address the public reaches: https when the site redirects plain HTTP to it.

    Wagtail builds full URLs from the Site record (`http://` on port 80, the
    default); a CDN keys its cache by the https URL readers are redirected to.
    """
    parts = urlsplit(url)
    redirected = getattr(settings, "SECURE_SSL_REDIRECT", False)
    if redirected and parts.scheme == "http" and parts.port is None:
        return urlunsplit(("https", *parts[1:]))
    return url


def public_urls(page):
    """Every full URL of `page` a front-end cache may hold (see Page.get_cached_paths)."""
    url = page.get_full_url()
    if url is None:  # not routable: not under any site
        return []
    return [
        public_url(url + path.lstrip("/")) for path in page.specific_deferred.get_cached_paths()
    ]


def purge_from_cdn(pages, urls=()):
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    concerned = {page.pk: page for root in pages for page in pages_showing(root)}
    batch = PurgeBatch(urls)
    for page in concerned.values():
        batch.add_urls(public_urls(page))
    batch.purge()


def on_page_change(sender, instance, **kwargs):
    purge(f"page {instance.pk} {kwargs.get('signal_name', 'changed')}", [instance])


def on_page_unpublished(sender, instance, **kwargs):
    """The page is no longer live, so `pages_showing` leaves it out: its URLs go now."""
    urls = public_urls(instance) if cdn_enabled() else []
    purge(f"page {instance.pk} unpublished", [instance], urls)


def on_page_moved(sender, instance, parent_page_before=None, url_path_before=None, **kwargs):
    """A live page moved: its new and old places, and the old addresses of it and below."""
    if not instance.live:
        purge(f"page {instance.pk} moved (not live)", within=[instance, parent_page_before])
        return
    old_urls = []
    if cdn_enabled() and url_path_before and url_path_before != instance.url_path:
        new_prefix = instance.url_path
        for page in [instance, *instance.get_descendants().live()]:
            page.url_path = url_path_before + page.url_path[len(new_prefix) :]
            old_urls.extend(public_urls(page))
        instance.url_path = new_prefix
    purge(f"page {instance.pk} moved", [instance, parent_page_before], old_urls)


def on_page_deleted(sender, instance, **kwargs):
    if instance.live:
        urls = public_urls(instance) if cdn_enabled() else []
        purge(f"page {instance.pk} deleted", [instance], urls)


def on_snippet_change(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        purge(f"{sender._meta.label} {instance.pk} published or unpublished")


# Page fields that Wagtail saves for drafts, locks and comments: the live
# page is unchanged, so saving only these purges nothing.
EDITORIAL_FIELDS = frozenset(
    {
        "wagtail_admin_comments",
        "latest_revision_created_at",
        "draft_title",
        "latest_revision",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def on_page_saved(sender, instance, created=False, update_fields=None, **kwargs):
    """Page rows that change what is shown without a publication.

    Page parts are kept per generation (fragment caches), so any save of
    a live page purges: a page
    created live (a copy, an import, a script), an edit saved directly, a
    site root. Saving a draft, a lock or a comment leaves the live page as it
    was and purges nothing.
    """
    if not isinstance(instance, Page) or instance.depth is None:
        return
    if update_fields is not None and set(update_fields) <= EDITORIAL_FIELDS:
        return
    if instance.depth <= 2 or instance.live:
        purge(f"page {instance.pk} {'created' if created else 'saved'}", within=[instance])


def on_row_change(sender, instance, **kwargs):
    """A row a page shows: its page's site; a site's own settings: that site; else all."""
    reason = f"{sender._meta.label} {instance.pk} changed"
    if isinstance(instance, Site):
        pagecache.sites_changed()
        transaction.on_commit(pagecache.sites_changed)
    elif isinstance(getattr(instance, "site", None), Site):
        site = instance.site
        pagecache.purge_site(site, reason)
        transaction.on_commit(lambda: pagecache.purge_site(site, reason + ", committed"))
        return
    page = getattr(instance, "agreement", None) or getattr(instance, "page", None)
    if isinstance(instance, PageViewRestriction):
        # Every site: an alias in another site takes its source page's
        # restrictions, and the kept routes remember whether the
        # installation has any (`operations.routes.known_view_restrictions`).
        purge(reason, [page] if page else [], within=[])
        return
    purge(reason, [page] if page else [])


def connect():
    page_published.connect(on_page_change, dispatch_uid="pagecache_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="pagecache_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="pagecache_moved")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="pagecache_page_deleted")
    post_save.connect(on_page_saved, dispatch_uid="pagecache_page_saved")
    published.connect(on_snippet_change, dispatch_uid="pagecache_snippet_published")
    unpublished.connect(on_snippet_change, dispatch_uid="pagecache_snippet_unpublished")
    for label in SHOWN_MODELS:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        post_save.connect(on_row_change, sender=model, dispatch_uid=f"pagecache_save_{label}")
        post_delete.connect(on_row_change, sender=model, dispatch_uid=f"pagecache_delete_{label}")
