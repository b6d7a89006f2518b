"""Languages of the public site: names, direction, locales, translations of a page.

Content languages come from settings (`WAGTAIL_CONTENT_LANGUAGES`); nothing
here assumes Django ships data for a language (Somali, Tigrinya and Syriac
have their names and direction in `EXTRA_LANG_INFO`).
"""

from django.conf import settings
from django.utils.translation import get_language_info

from wagtail.models import Locale, Page


def language_info(code):
    """Name in the language itself and writing direction for any configured code."""
    try:
        info = get_language_info(code)
        name_local, bidi = info["name_local"], info["bidi"]
    except KeyError:
        name_local, bidi = code, False
    name_local = getattr(settings, "LANGUAGE_NAMES", {}).get(code, name_local)
    return {"code": code, "name_local": name_local, "bidi": bidi, "dir": "rtl" if bidi else "ltr"}


def locale_code(locale_id):
    """The language code of a Locale id, from an in-process map (locales rarely change).

    Saves a query on every page view; `forget_locale_codes` empties the map
    when a Locale is saved or deleted.
    """
    code = _LOCALE_CODES.get(locale_id)
    if code is None:
        _LOCALE_CODES.update(Locale.objects.values_list("id", "language_code"))
        code = _LOCALE_CODES.get(locale_id)
    return code


_LOCALE_CODES = {}


def default_locale_id():
    """The id of the default (source) language's Locale, from the map of `locale_code`.

    Wagtail's `Locale.get_default()` costs a query on every call, and a
    translated page asks for it on every view; None if there is no such
    Locale (as `Locale.get_default()` would raise).
    """
    from wagtail.coreutils import get_supported_content_language_variant

    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    for _attempt in range(2):
        for locale_id, language in _LOCALE_CODES.items():
            if language == code:
                return locale_id
        _LOCALE_CODES.update(Locale.objects.values_list("id", "language_code"))
    return None


def forget_locale_codes(**kwargs):
    _LOCALE_CODES.clear()


def content_language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def offered_language_codes(request):
    """The content languages the request's site offers (its settings), in settings order.

    Every content language when the site has chosen none, or outside a request.
    """
    from .municipality import for_request

    municipality = for_request(request)
    return municipality.language_codes() if municipality else content_language_codes()


def ensure_locales(**kwargs):
    """Create a Locale for every configured content language (runs after migrate)."""
    for code in content_language_codes():
        Locale.objects.get_or_create(language_code=code)


def live_translations(page):
    """The live language versions of `page` (itself included), in settings order.

    Alias pages are left out: they show the source text under another
    language's URL, which is exactly what residents must not get.
    """
    if not isinstance(page, Page) or page.pk is None:
        return []
    order = {code: i for i, code in enumerate(content_language_codes())}
    pages = (
        Page.objects.filter(translation_key=page.translation_key, live=True, alias_of__isnull=True)
        .select_related("locale")
        .only("id", "url_path", "locale__language_code", "translation_key", "depth", "path")
    )
    pages = [p for p in pages if p.locale.language_code in order]
    return sorted(pages, key=lambda p: order[p.locale.language_code])


def render_untranslated(request, source_page, status=404):
    """A page in the reader's language saying this page exists only in another language.

    Never the source text under the wrong `lang`: the page links to the
    original, marked with its own language.
    """
    from django.template.response import TemplateResponse

    source_page = source_page.specific_deferred
    return TemplateResponse(
        request,
        "untranslated.html",
        {
            "source_page": source_page,
            "source_language": language_info(source_page.locale.language_code),
            "source_url": source_page.get_url(request=request),
        },
        status=status,
    )


class LocalizedPageMixin:
    """Serve a page only in its own language; otherwise say it is not translated.

    Wagtail falls back to the source page when a language has no home page
    of its own, and wagtail-localize's alias pages copy the source text into
    other languages' trees: both would put Swedish text under an English URL.
    """

    def untranslated_response(self, request):
        """The "not translated" page if this page must not be served here, else None."""
        if getattr(request, "is_preview", False):
            return None
        from django.utils.translation import get_language

        if self.alias_of_id:
            return render_untranslated(request, self.alias_of)
        if locale_code(self.locale_id) != get_language():
            return render_untranslated(request, self)
        return None

    def serve(self, request, *args, **kwargs):
        return self.untranslated_response(request) or super().serve(request, *args, **kwargs)

    def get_view_restrictions(self):
        """Wagtail's view restrictions of this page and its ancestors (checked on every request).

        In one query, not Wagtail's two; in none when the page was loaded
        knowing it has none (`has_view_restrictions`, operations/routes.py).
        """
        from wagtail.models import PageViewRestriction

        from operations.routes import view_restrictions_on

        if getattr(self, "has_view_restrictions", None) is False:
            return PageViewRestriction.objects.none()
        return view_restrictions_on(self.path)


def source_version(page):
    """The live version of `page` in the default (source) language, or None if `page` is it.

    Where a language version lists its children (bodies, events), the children
    written only in the source language are listed from here (see
    `own_language_or_source`), never hidden.
    """
    default_id = default_locale_id()
    if default_id is None or page.locale_id == default_id:
        return None
    return (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale_id=default_id, alias_of__isnull=True)
        .only("id", "path", "depth", "locale_id")
        .first()
    )


def own_language_or_source(pages, locale_id):
    """`pages` (of one language version and its source), one per translation key.

    The version in the reader's language (`locale_id`) where there is one,
    otherwise the source version, which the template marks with its
    language: a page that exists only in Swedish is listed, never hidden
    behind a sentence saying there is nothing. Order is kept.
    """
    own_keys = {page.translation_key for page in pages if page.locale_id == locale_id}
    return [
        page
        for page in pages
        if page.locale_id == locale_id or page.translation_key not in own_keys
    ]
