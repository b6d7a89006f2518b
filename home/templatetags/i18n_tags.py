"""Template tags for the page's language, the language switcher and hreflang links."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from ..i18n import language_info, live_translations, locale_code

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
        context.render_context[key] = [
            {
                **language_info(p.locale.language_code),
                "url": p.get_url(request=request),
                "full_url": p.get_full_url(request=request),
                "current": p.pk == current,
            }
            for p in live_translations(page)
        ]
    return context.render_context[key]


@register.filter(name="locale_code")
def locale_code_filter(locale_id):
    """The language code of a Locale id, without a query."""
    return locale_code(locale_id)
