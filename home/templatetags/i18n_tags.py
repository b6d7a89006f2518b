"""Template tags for the page's language, the language switcher and hreflang links."""

import re

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language, override

from ..i18n import language_info, live_translations, locale_code, offered_language_codes

register = template.Library()


@register.simple_tag(takes_context=True)
def page_language(context):
    """Language info of the page being shown: its own locale, else the active language."""
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)
    if locale_id is not None:
        return language_info(locale_code(locale_id))
    return language_info(get_language() or settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def page_translations(context):
    """Every live language version of the current page, with its language info and URL.

    Shared by the switcher and the hreflang links.
    """
    page = context.get("page")
    if page is None and "view_translations" in context:
        # A view that is not a page (search) lists its own language versions.
        return context["view_translations"]
    request = context.get("request")
    current = getattr(page, "pk", None)
    key = (__name__, current)  # once per rendering: the head and the header both show them
    if key not in context.render_context:
        offered = offered_language_codes(request)
        context.render_context[key] = [
            {
                **language_info(p.locale.language_code),
                "url": p.get_url(request=request),
                "full_url": p.get_full_url(request=request),
                "current": p.pk == current,
            }
            for p in live_translations(page)
            if p.locale.language_code in offered
        ]
    return context.render_context[key]


@register.filter(name="locale_code")
def locale_code_filter(locale_id):
    """The language code of a Locale id, without a query."""
    return locale_code(locale_id)


def home_url(code):
    """The home page address of a language ("/" for Swedish, "/en/" for English)."""
    with override(code):
        return reverse("wagtail_serve", args=[""])


@register.simple_tag(takes_context=True)
def switcher_languages(context, translations):
    """Every content language for the switcher, also where this page has no version.

    A reader who followed "read the Swedish original" from a page that is not
    translated, or who landed on a 404 page, needs a way back to their own
    language: a language without this page links to that language's home
    page (never to an alias or a "not translated" address, which search
    engines and readers would take for a translation). The hreflang links
    keep listing only real translations.
    """
    request = context.get("request")
    current_code = page_language(context)["code"]
    by_code = {t["code"]: t for t in translations}
    source_page = context.get("source_page")  # the "not translated" page
    if not by_code and source_page is not None:
        by_code = {
            p.locale.language_code: {"url": p.get_url(request=request)}
            for p in live_translations(source_page)
        }
    entries = []
    for code in offered_language_codes(request):
        url = by_code[code]["url"] if code in by_code else home_url(code)
        entries.append({**language_info(code), "url": url, "current": code == current_code})
    return entries


@register.filter
def lang_attrs(code):
    """`lang="sv" dir="ltr"` for a passage in another language than the page's.

    `lang` alone leaves a Swedish passage in an Arabic page laid out right to
    left: its full stop jumps to the wrong end. `dir` also isolates it from
    the surrounding text (the HTML `dir` attribute implies bidi isolation).
    """
    info = language_info(code)
    return format_html('lang="{}" dir="{}"', info["code"], info["dir"])


@register.filter
def language_name(code):
    """The name of a language in that language ("svenska", "English")."""
    return language_info(code)["name_local"]


RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
NAME_WITH_GLOSS = re.compile(r"^(?P<name>[^()]*?)\s*\((?P<gloss>[^()]+)\)$")


@register.filter
def isolate(value):
    """`value` in `<bdi>`; a gloss in parentheses in another direction kept apart.

    "Kommunfullmäktige (المجلس البلدي)" isolated as one run is laid out left
    to right, so an Arabic reader meets the gloss before the name it
    explains. The name and the gloss are isolated each on its own, with the
    parentheses in the page's direction: the name is read first in both
    directions.
    """
    text = str(value or "")
    match = NAME_WITH_GLOSS.match(text.strip())
    if match and bool(RIGHT_TO_LEFT.search(match["name"])) != bool(
        RIGHT_TO_LEFT.search(match["gloss"])
    ):
        return format_html("<bdi>{}</bdi> (<bdi>{}</bdi>)", match["name"], match["gloss"])
    return format_html("<bdi>{}</bdi>", text)
