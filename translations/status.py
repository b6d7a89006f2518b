"""Which live pages are missing or outdated in which language (a fixed number of queries)."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from agreements.models import EasyReadPage

from .groups import target_language_codes


def translation_status():
    """Per target language: live source pages not translated, and translations out of date.

    A translation is outdated when its source page was published after the
    source text was last extracted for translation (wagtail-localize's
    `TranslationSource.last_updated_at`), i.e. the translators have not seen
    the newest text.
    """
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source_locale = locales.get(settings.LANGUAGE_CODE)
    if source_locale is None:
        return []
    source_pages = list(
        Page.objects.live()
        .filter(locale=source_locale, depth__gt=1, alias_of__isnull=True)
        # Easy-to-read Swedish is Swedish by definition: never "missing" elsewhere.
        .exclude(content_type=ContentType.objects.get_for_model(EasyReadPage))
        .order_by("path")
        .only("id", "title", "translation_key", "last_published_at", "path", "depth")
    )
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
    for code in target_language_codes():
        locale = locales.get(code)
        if locale is None:
            continue
        missing, outdated = [], []
        for page in source_pages:
            target_id = translated.get((page.translation_key, locale.pk))
            if target_id is None:
                missing.append({"source": page})
                continue
            extracted = extracted_at.get(page.translation_key)
            if extracted and page.last_published_at and page.last_published_at > extracted:
                outdated.append({"source": page, "target_id": target_id, "extracted_at": extracted})
        report.append({"code": code, "locale": locale, "missing": missing, "outdated": outdated})
    return report
