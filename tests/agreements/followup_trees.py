"""Small agreement trees with commitments, an activity plan, forums and reports."""

import datetime

from agreements.models import ActivityStatus, CommitmentStatus, EventKind, Party
from tests.factories import (
    ActivityFactory,
    ActivityPlanPageFactory,
    AgreementPageFactory,
    CommitmentFactory,
    CommitmentFollowUpFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FollowUpReportPageFactory,
    PrinciplePageFactory,
)

PARTIES = list(Party)
STATUSES = list(CommitmentStatus)


def utc(*args):
    return datetime.datetime(*args, tzinfo=datetime.UTC)


def agreement_with_commitments(parent, principles=2, commitments=6, own=1, **fields):
    """An agreement with commitments spread over its principles and parties, and its own."""
    agreement = AgreementPageFactory(parent=parent, **fields)
    pages = [
        PrinciplePageFactory(parent=agreement, title=f"Princip {i}") for i in range(principles)
    ]
    made = [
        CommitmentFactory(page=pages[i % principles], party=PARTIES[i % 3], text=f"Löfte {i}")
        for i in range(commitments)
    ]
    made += [
        CommitmentFactory(page=agreement, party=Party.BOTH, text=f"Gemensamt löfte {i}")
        for i in range(own)
    ]
    return agreement, pages, made


def report_for(agreement, year, commitments, statuses=None, **fields):
    """A live report of `year` with one entry per commitment, statuses in turn."""
    report = FollowUpReportPageFactory(parent=agreement, year=year, **fields)
    principle_titles = {p.pk: p.title for p in agreement.get_children().specific()}
    for i, commitment in enumerate(commitments):
        CommitmentFollowUpFactory(
            page=report,
            commitment=commitment,
            principle=principle_titles.get(commitment.page_id, ""),
            status=(statuses or STATUSES)[i % len(statuses or STATUSES)],
            assessment=f"Bedömning {year} av {commitment.text}",
            evidence=f"Protokoll {i} | https://example.org/{year}/{i}.pdf",
        )
    return report


def plan_for(agreement, commitments, principles, activities=4, **fields):
    plan = ActivityPlanPageFactory(parent=agreement, **fields)
    statuses = list(ActivityStatus)
    for i in range(activities):
        ActivityFactory(
            page=plan,
            title=f"Aktivitet {i}",
            party=PARTIES[i % 3],
            status=statuses[i % len(statuses)],
            commitments=[commitments[i % len(commitments)]],
            principles=[principles[i % len(principles)]] if principles else None,
        )
    return plan


def forums_in(agreement, year, held=2, attended=(12, 8)):
    """`held` dialogue forums in `year` with the given attendance, and events that do not count."""
    events = EventIndexPageFactory(parent=agreement)
    for i in range(held):
        EventPageFactory(
            parent=events,
            title=f"Dialogforum {year}-{i}",
            start=utc(year, 3 + 6 * (i % 2), 10 + i, 16, 0),
            organisations_attended=attended[i % len(attended)],
        )
    EventPageFactory(parent=events, kind=EventKind.SEMINAR, start=utc(year, 5, 2, 16, 0))
    EventPageFactory(parent=events, start=utc(year - 1, 5, 2, 16, 0))
    return events
