"""Site search: every live page in the reader's language, with why each one matched.

The Wagtail database search backend indexes pages; on PostgreSQL each page
in its own language's text search configuration (`sitesearch.backend`,
`LANGUAGE_CONFIGS`), so "långsiktighet" finds "långsiktig" and
"communities" finds "community". Commitments are
indexed as a related field of the page that makes them, so a search finds
the agreement or principle; an agreement's named parties likewise, so a
search for a network's name finds the agreement it concluded. Results are
limited to the reader's language: a Finnish reader never gets Swedish pages.

For each result the page shows the passage that matched, with the matching
words marked (`sitesearch.excerpts`).
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language

from wagtail.models import Locale, Page, Site

from home.i18n import language_info, offered_language_codes
from home.text import clean_text
from operations.sites import in_site

from .excerpts import explain_matches

RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200


def search_pages(query, language, site=None):
    """Live public pages of `site` in `language` matching `query`, best first (a SearchResults).

    Only the request's site: one municipality's search never finds another's pages.
    """
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or site is None:
        return Page.objects.none()
    # Quotes mean nothing to a plain-text search, and a stray one breaks
    # SQLite's full-text query (wagtail/wagtail#13227): search for the words.
    words = " ".join(query.replace('"', " ").split())
    if not words:
        return Page.objects.none()
    pages = Page.objects.live().public().filter(locale=locale).exclude(depth=1)
    return pages.filter(in_site(site)).search(words)


def language_versions(request, query, language):
    """The search page in every content language, for the switcher and hreflang links."""
    suffix = f"?{urlencode({'q': query})}" if query else ""
    versions = []
    for code in offered_language_codes(request):
        with translation.override(code):
            url = reverse("search") + suffix
        versions.append(
            {
                **language_info(code),
                "url": url,
                "full_url": request.build_absolute_uri(url),
                "current": code == language,
            }
        )
    return versions


def search(request):
    # Typed by anyone: without control characters (PostgreSQL refuses NUL)
    # or direction overrides (the query is shown on the page).
    query = " ".join(clean_text(request.GET.get("q", "")).split())[:MAX_QUERY_LENGTH]
    language = get_language() or settings.LANGUAGE_CODE
    context = {
        "search_query": query,
        "noindex": True,
        "results": [],
        "page_obj": None,
        "view_translations": language_versions(request, query, language),
    }
    if query:
        site = Site.find_for_request(request)
        paginator = Paginator(search_pages(query, language, site), RESULTS_PER_PAGE)
        # Any "page" (missing, not a number, out of range) gives a page of results.
        page_obj = paginator.get_page(request.GET.get("page"))
        ids = [page.pk for page in page_obj.object_list]
        # Alias pages repeat another language's text: never offered (not a
        # filter field of the index, so they are dropped here).
        specific = {
            page.pk: page
            for page in Page.objects.filter(pk__in=ids, alias_of__isnull=True).specific()
        }
        pages = [specific[pk] for pk in ids if pk in specific]
        context.update(
            page_obj=page_obj,
            total=paginator.count,
            results=[
                {"page": page, "why": why, "type": page._meta.verbose_name}
                for page, why in zip(pages, explain_matches(pages, query), strict=True)
            ],
        )
    return TemplateResponse(request, "sitesearch/search_results.html", context)
