"""The consultation page's queries do not grow with the draft or the number of answers."""

import pytest

from agreements.models import Commitment
from tests.agreements.test_public_pages import count_queries
from tests.consultations.conftest import revised
from tests.factories import PrinciplePageFactory
from tests.factories.consultations import ConsultationCommentFactory

pytestmark = pytest.mark.django_db


def grow(consultation, draft, principles, answers):
    """Add `principles` draft principles (commitments in revisions) and `answers` answers."""
    for n in range(principles):
        page = PrinciplePageFactory(parent=draft, live=False)
        revised(
            page, commitments=[Commitment(party="both", text=f"Åtagande {n}.{i}") for i in range(4)]
        )
    for n in range(answers):
        ConsultationCommentFactory(
            consultation=consultation,
            target_kind="whole",
            handling="accepted" if n % 2 else "",
            handling_reason="Tas med." if n % 2 else "",
        )


def test_consultation_page_queries_stay_the_same_at_two_sizes(client, consultation, draft):
    small = count_queries(client, consultation.url)
    grow(consultation, draft, principles=8, answers=60)
    large = count_queries(client, consultation.url)
    print(f"consultation page queries: {small}")
    assert small == large
    # Measured: 14 after a publication, 11 then (the site, the page and its
    # route, the draft with its commitments and parties, its principles with
    # theirs, all their latest revisions in one, the published answers).
    after_publication, then = small
    assert after_publication <= 14
    assert then <= 11
