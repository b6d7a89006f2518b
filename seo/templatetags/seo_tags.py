"""Meta description, canonical URL and Open Graph data for the page being shown."""

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator

from wagtail.models import Page

from home.i18n import locale_code

register = template.Library()

# Open Graph wants language_TERRITORY; the territory of each content language here.
OG_LOCALES = {"sv": "sv_SE", "en": "en_GB", "fi": "fi_FI", "ar": "ar_AR", "so": "so_SO"}
# Page fields that can stand in for a missing search description, in order.
DESCRIPTION_FIELDS = ("search_description", "intro", "summary")


def og_locale(code):
    return OG_LOCALES.get(code, code.replace("-", "_"))


def description_of(page):
    for name in DESCRIPTION_FIELDS:
        value = getattr(page, name, "")
        if value:
            text = " ".join(strip_tags(str(value)).split())
            return Truncator(text).chars(200)
    return ""


@register.simple_tag(takes_context=True)
def page_meta(context):
    """{title, description, canonical, noindex, og_locale, og_locale_alternates}.

    For a Wagtail page: its own title and description (the search
    description, else its introduction or summary) and its full URL without
    the query string as canonical. Other views pass `meta_description` and
    `noindex` in their context; they get the current path as canonical.
    """
    request = context.get("request")
    page = context.get("page")
    translations = context.get("translations") or []
    language = context.get("language") or {}
    code = language.get("code", "sv")
    meta = {
        "title": context.get("meta_title", ""),
        "description": context.get("meta_description", ""),
        "canonical": "",
        "noindex": bool(context.get("noindex")),
        "og_locale": og_locale(code),
        "og_locale_alternates": [og_locale(t["code"]) for t in translations if t["code"] != code],
    }
    if isinstance(page, Page):
        meta["title"] = page.seo_title or page.title
        meta["description"] = description_of(page)
        meta["canonical"] = page.get_full_url(request=request) or ""
        meta["og_locale"] = og_locale(locale_code(page.locale_id) or code)
    elif request is not None and not meta["noindex"]:
        meta["canonical"] = request.build_absolute_uri(request.path)
    return meta
