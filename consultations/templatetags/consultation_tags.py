"""`{% consultation_reports page %}`: the frozen consultation reports an adopted version links to.

Included by the agreement page's facts (agreements/templates): the agreement
app names this tag library, never imports it. One query, plus one per
consultation for its page in the reader's language (there is usually one).
"""

from django import template

from consultations.models import ConsultationPage

register = template.Library()


@register.inclusion_tag("consultations/includes/version_reports.html", takes_context=True)
def consultation_reports(context, agreement):
    sources = ConsultationPage.objects.live().filter(
        draft__translation_key=agreement.translation_key, frozen_report__isnull=False
    )
    consultations = []
    for source in sources:
        translated = source.get_translation_or_none(agreement.locale_id)
        consultations.append(translated if translated is not None and translated.live else source)
    return {"consultations": consultations, "request": context.get("request")}
