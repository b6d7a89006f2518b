"""The draft version's text as the consultation page shows it: read-only, from latest revisions.

The draft agreement version and its principles are not live, and their
newest text is in their latest revisions, not necessarily in their rows.
Only the fields the consultation shows are read (title, summary,
introduction, explanation, the parties and the commitments), straight from
each latest revision's content into plain values and unsaved objects: no
page is rebuilt, nothing is saved, no draft template is rendered and no
draft URL is linked. Six queries whatever the number of principles: the
draft with its commitments and parties, its principles with theirs, and
all their latest revisions at once.
"""

import uuid
from dataclasses import dataclass, field

from django.conf import settings

from wagtail.models import Locale, Revision

from agreements.models import AgreementPage, AgreementParty, Commitment, PrinciplePage
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


@dataclass
class DraftText:
    """What the consultation shows of one draft page: its text, nothing to render or link."""

    translation_key: uuid.UUID
    title: str
    summary: str = ""
    intro: str = ""
    explanation: str = ""
    commitments: list = field(default_factory=list)
    party_names: list = field(default_factory=list)


def from_row(page, with_parties=False):
    return DraftText(
        translation_key=page.translation_key,
        title=page.title,
        summary=getattr(page, "summary", ""),
        intro=getattr(page, "intro", ""),
        explanation=getattr(page, "explanation", ""),
        commitments=sorted(page.commitments.all(), key=lambda c: (c.sort_order or 0, c.pk or 0)),
        party_names=list(page.party_names.all()) if with_parties else [],
    )


def from_revision(page, content):
    """The shown fields from a revision's content: plain values, unsaved objects, no query."""

    def ordered(items):
        return sorted(items or [], key=lambda item: item.get("sort_order") or 0)

    return DraftText(
        translation_key=page.translation_key,
        title=content.get("title", page.title),
        summary=content.get("summary") or "",
        intro=content.get("intro") or "",
        explanation=content.get("explanation") or "",
        commitments=[
            Commitment(
                party=item.get("party", ""),
                text=item.get("text", ""),
                translation_key=uuid.UUID(str(item["translation_key"])),
                sort_order=item.get("sort_order"),
            )
            for item in ordered(content.get("commitments"))
            if item.get("translation_key")
        ],
        party_names=[
            AgreementParty(
                side=item.get("side", ""),
                name=item.get("name", ""),
                heading=item.get("heading", ""),
            )
            for item in ordered(content.get("party_names"))
        ],
    )


def latest_texts(agreement, principles):
    """The agreement and its principles as their latest revisions have them: one query."""
    pages = [agreement, *principles]
    wanted = [p.latest_revision_id for p in pages if p.has_unpublished_changes]
    revisions = Revision.objects.in_bulk([pk for pk in wanted if pk])
    texts = []
    for index, page in enumerate(pages):
        revision = revisions.get(page.latest_revision_id) if page.has_unpublished_changes else None
        if revision is not None:
            texts.append(from_revision(page, revision.content))
        else:
            texts.append(from_row(page, with_parties=index == 0))
    return texts[0], texts[1:]


def by_party(commitments, named):
    return [
        {"party": party, "commitments": [c for c in commitments if c.party == party.side]}
        for party in parties_in_order(named, {c.party for c in commitments})
    ]


def read_proposal(draft, language_code):
    """The draft's principles and commitments to show, in `language_code` where translated."""
    agreement = draft_in_language(draft, language_code)
    agreement = (
        AgreementPage.objects.filter(pk=agreement.pk)
        .prefetch_related("commitments", "party_names")
        .first()
    )
    if agreement is None:
        return None
    principles = list(
        PrinciplePage.objects.child_of(agreement).order_by("path").prefetch_related("commitments")
    )
    agreement, principles = latest_texts(agreement, principles)
    named = agreement.party_names
    return {
        "agreement": agreement,
        "principles": [{"page": p, "groups": by_party(p.commitments, named)} for p in principles],
        "whole": by_party(agreement.commitments, named),
    }


def target_choices(proposal, whole_label):
    """The choices of "what is your answer about": the whole draft, each principle, each commitment.

    Values are "whole", "principle:<key>" and "commitment:<principle key>:<key>"
    ("-" for a commitment of the whole agreement), keys being translation keys:
    the same in every language and revision.
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
