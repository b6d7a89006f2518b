"""Write a translation into a draft revision without touching the live page.

wagtail-localize's `Translation.save_target(publish=False)` still saves the
translated fields into the page row, so the live page changes before anyone
has reviewed it (a documented trap of its editor). This does the same
ingestion into the page object in memory and keeps only a revision, which the
page's workflow then reviews and publishes.
"""

from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.segments.ingest import ingest_segments


def save_translation_draft(translation, user=None):
    """A new draft revision of the translated page with the current translated strings."""
    source = translation.source
    locale = translation.target_locale
    original = source.as_instance()
    target = source.get_translated_instance(locale)
    copy_synchronised_fields(original, target)
    # Private in wagtail-localize 1.14; it is what save_target uses to collect
    # the translated segments (raises MissingTranslationError if incomplete).
    segments = source._get_segments_for_translation(locale)
    ingest_segments(original, target, source.locale, locale, segments)
    return target.save_revision(user=user)
