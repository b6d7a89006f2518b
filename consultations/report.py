"""The consultation report (*samrådsredogörelse*): answers by principle, handling, figures.

Built from the published answers whenever the closed consultation's report
is read, until the new version is adopted: then `freeze` stores it as a
snapshot (`FrozenReport`), so that later moderation cannot change the
report the version was adopted on. The snapshot holds codes (handling,
type of organisation) rather than labels, so that it reads in every
language; the headings of the principles are stored as they read in
Swedish at the moment of freezing.
"""

from collections import Counter

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from agreements.models import PrinciplePage
from consultations.models import (
    CommentStatus,
    ConsultationComment,
    FrozenReport,
    Handling,
    RespondentKind,
    TargetKind,
)
from consultations.proposal import draft_in_language, read_proposal
from forms.models import OrganisationType

PRIVATE = "private"
WHOLE_AGREEMENT_COMMITMENTS = "agreement"


def principle_titles(draft, keys, language_code, proposal=None):
    """translation key (as text) → principle heading, from the proposal or the adopted version."""
    if proposal is not None:
        return {
            str(item["page"].translation_key): item["page"].title for item in proposal["principles"]
        }
    if draft is None or not keys:
        return {}
    agreement = draft_in_language(draft, language_code)
    return {
        str(key): title
        for key, title in PrinciplePage.objects.child_of(agreement)
        .filter(translation_key__in=keys)
        .order_by("path")
        .values_list("translation_key", "title")
    }


def section_key(answer):
    if answer.target_kind == TargetKind.WHOLE:
        return TargetKind.WHOLE.value
    if answer.principle_key is None:
        return WHOLE_AGREEMENT_COMMITMENTS
    return str(answer.principle_key)


def section_label(key, titles, answers):
    if key == TargetKind.WHOLE:
        return _("The whole draft")
    if key == WHOLE_AGREEMENT_COMMITMENTS:
        return _("Commitments for the whole agreement")
    if key in titles:
        return titles[key]
    principle_answer = next((a for a in answers if a.target_kind == TargetKind.PRINCIPLE), None)
    return principle_answer.target_label if principle_answer else _("A principle")


def answer_sections(answers, proposal, draft=None, language_code=None):
    """The answers grouped: the whole draft, each principle in the draft's order, the rest."""
    grouped = {}
    for answer in answers:
        grouped.setdefault(section_key(answer), []).append(answer)
    if not grouped:
        return []
    keys = [k for k in grouped if k not in (TargetKind.WHOLE, WHOLE_AGREEMENT_COMMITMENTS)]
    titles = principle_titles(draft, keys, language_code or settings.LANGUAGE_CODE, proposal)
    order = [TargetKind.WHOLE.value, *titles.keys(), *keys, WHOLE_AGREEMENT_COMMITMENTS]
    sections, seen = [], set()
    for key in order:
        if key in grouped and key not in seen:
            seen.add(key)
            sections.append(
                {
                    "key": key,
                    "label": section_label(key, titles, grouped[key]),
                    "answers": grouped[key],
                }
            )
    return sections


def build_report(source, language_code=None):
    """The report of the (Swedish) consultation `source`, as plain data (see above)."""
    language_code = language_code or settings.LANGUAGE_CODE
    answers = list(
        ConsultationComment.objects.filter(consultation=source).order_by("created_at", "pk")
    )
    published = [a for a in answers if a.status == CommentStatus.PUBLISHED]
    draft = source.draft
    proposal = None
    if draft is not None and not draft.live:
        proposal = read_proposal(draft, language_code)
    with translation.override(language_code):
        sections = answer_sections(published, proposal, draft, language_code)
        sections = [
            {
                "key": section["key"],
                "label": str(section["label"]),
                "answers": [
                    {
                        "about": a.target_label if a.target_kind == TargetKind.COMMITMENT else "",
                        "name": a.public_name or "",
                        "comment": a.comment,
                        "proposed_wording": a.proposed_wording,
                        "handling": a.handling,
                        "handling_reason": a.handling_reason,
                    }
                    for a in section["answers"]
                ],
            }
            for section in sections
        ]
    by_type = Counter(
        PRIVATE if a.respondent_kind == RespondentKind.PRIVATE else (a.organisation_type or "other")
        for a in published
    )
    return {
        "title": source.title,
        "opens_on": source.opens_on.isoformat(),
        "closes_on": source.closes_on.isoformat(),
        "received": len(answers),
        "published": len(published),
        "not_published": sum(1 for a in answers if a.status == CommentStatus.HIDDEN),
        "waiting": sum(1 for a in answers if a.status == CommentStatus.RECEIVED),
        "by_handling": dict(Counter(a.handling or "" for a in published)),
        "by_type": dict(by_type),
        "sections": sections,
    }


def type_label(code):
    if code == PRIVATE:
        return _("Private persons")
    try:
        return OrganisationType(code).label
    except ValueError:
        return code


def handling_label(code):
    try:
        return Handling(code).label
    except ValueError:
        return _("Not yet handled")


def report_for_display(snapshot):
    """The snapshot with labels in the current language, for the template."""
    type_order = [PRIVATE, *OrganisationType.values]
    by_type = sorted(
        snapshot["by_type"].items(),
        key=lambda item: type_order.index(item[0]) if item[0] in type_order else 99,
    )
    handling_order = [*Handling.values, ""]
    by_handling = sorted(
        snapshot["by_handling"].items(),
        key=lambda item: handling_order.index(item[0]) if item[0] in handling_order else 99,
    )
    return {
        **snapshot,
        "by_type": [{"label": type_label(code), "count": n} for code, n in by_type],
        "by_handling": [{"label": handling_label(code), "count": n} for code, n in by_handling],
        "sections": [
            {
                **section,
                "answers": [
                    {**a, "handling_label": handling_label(a["handling"]) if a["handling"] else ""}
                    for a in section["answers"]
                ],
            }
            for section in snapshot["sections"]
        ],
    }


def freeze(source):
    """Store the report of the Swedish consultation `source` once; the stored one if it exists."""
    with transaction.atomic():
        existing = FrozenReport.objects.select_for_update().filter(consultation=source).first()
        if existing is not None:
            return existing, False
        report = FrozenReport.objects.create(
            consultation=source, frozen_at=timezone.now(), snapshot=build_report(source)
        )
    return report, True
