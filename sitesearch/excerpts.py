"""Why each search result matched: the field and the passage, the searched words marked.

PostgreSQL's `ts_headline` with the same text-search configuration as the
index (so stemmed matches are marked too); on SQLite, words that begin like
a searched word. The field is named ("Commitment", "Party") so a reader sees
why an agreement came up for a word its own text does not hold.
"""

import html
import re

from django.conf import settings
from django.db import connection
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.blocks import StreamValue
from wagtail.search import index

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
