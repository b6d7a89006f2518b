"""The draft version's text as the consultation page shows it: read-only, from latest revisions.

The draft agreement version and its principles are not live, and their
newest text is in their latest revisions, not necessarily in their rows.
Only the fields the consultation shows are read (title, summary,
explanation, the parties and the commitments), each page rebuilt from its
latest revision's content in memory (`with_content_json`): nothing is
saved, no draft template is rendered, and no draft URL is linked. Four
queries whatever the number of principles: the draft, its principles with
their stored commitments, their latest revisions, and the draft's parties.
"""

from django.conf import settings

from wagtail.models import Locale, Revision

from agreements.models import AgreementPage, PrinciplePage
from agreements.models.commitments import parties_in_order

SHORT_LABEL = 120


def short(text):
    text = " ".join(str(text).split())
    return text if len(text) <= SHORT_LABEL else text[: SHORT_LABEL - 1].rstrip() + "…"


def draft_in_language(draft, language_code):
    """The draft's version in `language_code` if there is one, else the Swedish draft."""
    if language_code != settings.LANGUAGE_CODE:
        locale = Locale.objects.filter(language_code=language_code).first()
        translated = draft.get_translation_or_none(locale) if locale else None
        if translated is not None:
            return translated
    return draft


def latest_versions(pages):
    """Each page as its latest revision has it, in one query for all the revisions."""
    wanted = [p.latest_revision_id for p in pages if p.has_unpublished_changes]
    revisions = Revision.objects.in_bulk([pk for pk in wanted if pk])
    latest = []
    for page in pages:
        revision = revisions.get(page.latest_revision_id) if page.has_unpublished_changes else None
        latest.append(page.with_content_json(revision.content) if revision else page)
    return latest


def by_party(commitments, named):
    return [
        {"party": party, "commitments": [c for c in commitments if c.party == party.side]}
        for party in parties_in_order(named, {c.party for c in commitments})
    ]


def read_proposal(draft, language_code):
    """The draft's principles and commitments to show, in `language_code` where translated."""
    source = AgreementPage.objects.filter(pk=draft.pk).prefetch_related("commitments").first()
    agreement = draft_in_language(source, language_code) if source else None
    if agreement is None:
        return None
    if agreement.pk != source.pk:
        agreement = (
            AgreementPage.objects.filter(pk=agreement.pk).prefetch_related("commitments").first()
        )
    principles = list(
        PrinciplePage.objects.child_of(agreement).order_by("path").prefetch_related("commitments")
    )
    latest = latest_versions([agreement, *principles])
    agreement, principles = latest[0], latest[1:]
    named = list(agreement.party_names.all())
    return {
        "agreement": agreement,
        "principles": [
            {"page": p, "groups": by_party(list(p.commitments.all()), named)} for p in principles
        ],
        "whole": by_party(list(agreement.commitments.all()), named),
    }


def target_choices(proposal, whole_label):
    """The choices of "what is your answer about": the whole draft, each principle, each commitment.

    Values are "whole", "principle:<key>" and "commitment:<principle key or
    ->:<key>", keys being translation keys: the same in every language and revision.
    """
    choices = [("whole", whole_label)]
    if proposal is None:
        return choices
    for item in proposal["principles"]:
        page = item["page"]
        options = [(f"principle:{page.translation_key}", page.title)]
        for group in item["groups"]:
            for commitment in group["commitments"]:
                options.append(
                    (
                        f"commitment:{page.translation_key}:{commitment.translation_key}",
                        f"{group['party'].name}: {short(commitment.text)}",
                    )
                )
        choices.append((page.title, options))
    for group in proposal["whole"]:
        options = [
            (f"commitment:-:{c.translation_key}", short(c.text)) for c in group["commitments"]
        ]
        choices.append((group["party"].commits_label, options))
    return choices
