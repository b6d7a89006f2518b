"""sitemap.xml (with every language version of each page), robots.txt and favicon.ico."""

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from wagtail.models import Page, Site

from home.i18n import offered_language_codes
from operations.sites import in_site


def sitemap_entries(request):
    """Every live public page of the request's site, with the URLs of its language versions.

    Only the site's own pages (and only the languages it offers): another
    municipality's pages are in its own sitemap, at its own host.

    Alias pages are left out (they repeat the source text under another
    language's URL). `x-default` points at the Swedish version, the source.
    """
    site = Site.find_for_request(request)
    if site is None:
        return []
    order = {code: i for i, code in enumerate(offered_language_codes(request))}
    pages = [
        page
        for page in Page.objects.live()
        .public()
        .filter(in_site(site), depth__gt=1, alias_of__isnull=True)
        .select_related("locale")
        .order_by("path")
        if page.locale.language_code in order
    ]
    by_key = {}
    for page in pages:
        url = page.get_full_url(request=request)
        if url:
            by_key.setdefault(page.translation_key, []).append((page, url))
    entries = []
    for page, url in (item for group in by_key.values() for item in group):
        versions = sorted(
            by_key[page.translation_key], key=lambda item: order[item[0].locale.language_code]
        )
        alternates = []
        if len(versions) > 1:
            alternates = [
                {"code": other.locale.language_code, "url": other_url}
                for other, other_url in versions
            ]
            source = next(
                (u for p, u in versions if p.locale.language_code == settings.LANGUAGE_CODE),
                versions[0][1],
            )
            alternates.append({"code": "x-default", "url": source})
        entries.append(
            {
                "url": url,
                "lastmod": page.last_published_at,
                "alternates": alternates,
                "path": page.path,
            }
        )
    entries.sort(key=lambda entry: (entry["path"], entry["url"]))
    return entries


def sitemap(request):
    return TemplateResponse(
        request,
        "seo/sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )


def robots_txt(request):
    """Everything public may be crawled, except the admin and search result pages."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code in offered_language_codes(request):
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


FAVICON = settings.PROJECT_DIR / "static" / "favicon.ico"


@require_safe
def favicon(request):
    """/favicon.ico, where browsers and crawlers look for the icon whatever the page links."""
    response = HttpResponse(FAVICON.read_bytes(), content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=86400"
    return response
