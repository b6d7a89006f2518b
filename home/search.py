"""Site search: every live page in the reader's language, with why each one matched.

The Wagtail database search backend indexes pages; on PostgreSQL each page
in its own language's text search configuration (`home.search_backend`,
`LANGUAGE_CONFIGS`), so "långsiktighet" finds "långsiktig" and
"communities" finds "community". Commitments are
indexed as a related field of the page that makes them, so a search finds
the agreement or principle; an agreement's named parties likewise, so a
search for a network's name finds the agreement it concluded. Results are
limited to the reader's language: a Finnish reader never gets Swedish pages.

For each result the page shows the passage that matched, with the matching
words marked: PostgreSQL's `ts_headline` with the same configuration as the
index (so stemmed matches are marked too); on SQLite, words that begin like
a searched word.
"""

import html
import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.blocks import StreamValue
from wagtail.models import Locale, Page, Site
from wagtail.search import index

from operations.sites import in_site

from .i18n import language_info, offered_language_codes
from .text import clean_text

RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200
START, STOP = "\x01", "\x02"
EXCERPT_WORDS = 30

FIELD_LABELS = {
    "title": _("Title"),
    "search_description": _("Description"),
    "intro": _("Introduction"),
    "summary": _("Summary"),
    "commitments": _("Commitment"),
    "party_names": _("Party"),
}


def search_config():
    """The text-search configuration of the reader's language (as the index uses)."""
    params = settings.WAGTAILSEARCH_BACKENDS["default"]
    code = (get_language() or "").split("-")[0]
    return params.get("LANGUAGE_CONFIGS", {}).get(code, "simple")


# The end of a paragraph, heading, list item or line: a word boundary that
# strip_tags would drop ("med.</p><p>Parterna" must not become "med.Parterna").
BLOCK_BOUNDARY = re.compile(
    r"(</(?:p|li|h[1-6]|div|blockquote|dd|dt|td|th|tr|ul|ol)>|<br\s*/?>)", re.I
)


def plain_text(value):
    """Text for an excerpt: tags removed, paragraphs kept apart by a space."""
    if isinstance(value, StreamValue):
        parts = []
        for block in value:
            parts.extend(str(text) for text in block.block.get_searchable_content(block.value))
        value = " ".join(parts)
    return " ".join(strip_tags(BLOCK_BOUNDARY.sub(r"\1 ", str(value or ""))).split())


def searchable_parts(page):
    """(label, plain text) for each searchable field of `page`, title first."""
    parts = [(FIELD_LABELS["title"], page.title)]
    if page.search_description:
        parts.append((FIELD_LABELS["search_description"], page.search_description))
    for field in page.search_fields:
        if isinstance(field, index.SearchField) and field.field_name != "title":
            label = FIELD_LABELS.get(field.field_name)
            if label is None:
                try:
                    label = page._meta.get_field(field.field_name).verbose_name
                except Exception:  # noqa: BLE001 - a method, not a model field
                    label = _("Text")
            text = plain_text(getattr(page, field.field_name, ""))
            if text:
                parts.append((str(label).capitalize(), text))
        elif isinstance(field, index.RelatedFields):
            related = getattr(page, field.field_name, None)
            if related is None or not hasattr(related, "all"):
                continue
            label = FIELD_LABELS.get(field.field_name, _("Text"))
            for obj in related.all():
                for sub in field.fields:
                    if isinstance(sub, index.SearchField):
                        text = plain_text(getattr(obj, sub.field_name, ""))
                        if text:
                            parts.append((label, text))
    return parts


def headlines_postgres(texts, query):
    """ts_headline of each text, in one query, with START/STOP around the matches."""
    if not texts:
        return []
    options = f"StartSel={START}, StopSel={STOP}, MaxWords={EXCERPT_WORDS}, MinWords=10"
    columns = ", ".join(
        "ts_headline(%s::regconfig, %s, plainto_tsquery(%s::regconfig, %s), %s)" for _t in texts
    )
    config = search_config()
    params = []
    for text in texts:
        params.extend([config, text, config, query, options])
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns}", params)  # noqa: S608 - only placeholders
        return list(cursor.fetchone())


def headlines_prefix(texts, query):
    """Without PostgreSQL: mark words that begin like a searched word, around the first one."""
    stems = [word[: max(4, len(word) - 3)] for word in re.findall(r"\w+", query.lower())]
    stems = [stem for stem in stems if len(stem) >= 2]
    results = []
    for text in texts:
        words = text.split()
        hits = [i for i, word in enumerate(words) if any(word.lower().startswith(s) for s in stems)]
        if not hits:
            results.append(" ".join(words[:EXCERPT_WORDS]))
            continue
        start = max(0, hits[0] - 8)
        window = words[start : start + EXCERPT_WORDS]
        marked = [
            f"{START}{w}{STOP}" if any(w.lower().startswith(s) for s in stems) else w
            for w in window
        ]
        results.append(("… " if start else "") + " ".join(marked))
    return results


def highlight(text):
    """The excerpt as safe HTML: escaped, with <mark> around the matches."""
    escaped = html.escape(text)
    return mark_safe(escaped.replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308


def explain_matches(pages, query):
    """For each page: (label of the field that matched, highlighted excerpt) or None."""
    all_parts = [searchable_parts(page) for page in pages]
    texts = [text for parts in all_parts for _label, text in parts]
    if connection.vendor == "postgresql":
        lines = headlines_postgres(texts, query)
    else:
        lines = headlines_prefix(texts, query)
    explanations, position = [], 0
    for parts in all_parts:
        found = None
        for label, _text in parts:
            line = lines[position]
            position += 1
            if found is None and START in line and label != FIELD_LABELS["title"]:
                found = {"label": label, "excerpt": highlight(line)}
        if found is None:
            title_line = lines[position - len(parts)] if parts else ""
            if START in title_line:
                found = {"label": FIELD_LABELS["title"], "excerpt": highlight(title_line)}
        explanations.append(found)
    return explanations


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
    return TemplateResponse(request, "home/search_results.html", context)
