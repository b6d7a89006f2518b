"""Which live pages are missing or outdated in which language (a fixed number of queries)."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import TranslationSource

from agreements.models import EasyReadPage
from editorial.models import MunicipalityRole
from editorial.municipalities import home_pages, sites_of, within_pages

from .groups import target_language_codes, translator_languages, translator_roles


def languages_in_view(user):
    """{language code: the home pages whose trees `user` follows in it, or None for all}.

    Everyone sees the languages their municipalities offer, in their
    municipalities' trees; a user who is only a translator there, just the
    languages they translate. The operator (a superuser), a user in no
    municipality and the dashboard without a user see every language and page.
    """
    if user is None or user.is_superuser or not sites_of(user).exists():
        return dict.fromkeys(target_language_codes())
    in_view = {}
    for site in sites_of(user).order_by("pk"):
        codes = target_language_codes(site)
        if not in_other_role(user, site):
            codes = [code for code in codes if code in translator_languages(user, site)]
        homes = list(home_pages(Site.objects.filter(pk=site.pk)).only("path"))
        for code in codes:
            in_view.setdefault(code, []).extend(homes)
    order = target_language_codes()
    return {code: in_view[code] for code in order if code in in_view}


def in_other_role(user, site):
    """Whether `user` holds a role in `site`'s municipality besides translating."""
    links = MunicipalityRole.objects.filter(site=site, group__user=user)
    return links.exclude(role__in=translator_roles()).exists()


def translation_status(user=None):
    """Per target language: live source pages not translated, and translations out of date.

    A translation is outdated when its source page was published after the
    source text was last extracted for translation (wagtail-localize's
    `TranslationSource.last_updated_at`), i.e. the translators have not seen
    the newest text. For `user`, only the languages and municipalities they
    work in (`languages_in_view`): no title of another municipality's page.
    """
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source_locale = locales.get(settings.LANGUAGE_CODE)
    if source_locale is None:
        return []
    in_view = languages_in_view(user)
    pages = (
        Page.objects.live()
        .filter(locale=source_locale, depth__gt=1, alias_of__isnull=True)
        # Easy-to-read Swedish is Swedish by definition: never "missing" elsewhere.
        .exclude(content_type=ContentType.objects.get_for_model(EasyReadPage))
        .order_by("path")
        .only("id", "title", "translation_key", "last_published_at", "path", "depth")
    )
    if None not in in_view.values():
        pages = pages.filter(within_pages("", {h for homes in in_view.values() for h in homes}))
    source_pages = list(pages)
    keys = [p.translation_key for p in source_pages]
    translated = {
        (key, locale_id): page_id
        for key, locale_id, page_id in Page.objects.filter(
            translation_key__in=keys, alias_of__isnull=True
        )
        .exclude(locale=source_locale)
        .values_list("translation_key", "locale_id", "id")
    }
    extracted_at = dict(
        TranslationSource.objects.filter(object_id__in=keys, locale=source_locale).values_list(
            "object_id", "last_updated_at"
        )
    )
    report = []
    for code, homes in in_view.items():
        locale = locales.get(code)
        if locale is None:
            continue
        missing, outdated = [], []
        paths = tuple(home.path for home in homes) if homes is not None else ("",)
        for page in source_pages:
            if not page.path.startswith(paths):
                continue
            target_id = translated.get((page.translation_key, locale.pk))
            if target_id is None:
                missing.append({"source": page})
                continue
            extracted = extracted_at.get(page.translation_key)
            if extracted and page.last_published_at and page.last_published_at > extracted:
                outdated.append({"source": page, "target_id": target_id, "extracted_at": extracted})
        report.append({"code": code, "locale": locale, "missing": missing, "outdated": outdated})
    return report
