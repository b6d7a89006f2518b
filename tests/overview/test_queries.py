"""The overview costs the same number of queries for 2 municipalities as for 12."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests import clock
from tests.factories import EventIndexPageFactory, EventPageFactory, PrinciplePageFactory
from tests.factories.forms import SignatureFactory

from .conftest import agreement_in, make_municipality


def municipalities(count, start=0):
    for n in range(start, start + count):
        _site, index = make_municipality(f"Kommun {n}", county="stockholm")
        agreement = agreement_in(index, slug=f"avtal-{n}")
        PrinciplePageFactory(parent=agreement, title="Dialog")
        PrinciplePageFactory(parent=agreement, title=f"Egen princip {n}")
        SignatureFactory(agreement=agreement)
        events = EventIndexPageFactory(parent=agreement)
        EventPageFactory(parent=events, start=clock.at(10 + n))


def queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "path", ["/", "/open-data/national/signatories.csv", "/open-data/national/signatories.json"]
)
def test_query_count_does_not_grow_with_municipalities(overview, overview_client, path):
    municipalities(2)
    queries(overview_client, path)  # warm per-process memos (locales, site hosts)
    at_two = queries(overview_client, path)
    municipalities(10, start=2)
    queries(overview_client, path)  # the new sites' host names and root paths, read once
    at_twelve = queries(overview_client, path)
    assert at_twelve == at_two
    assert "Kommun 11" in overview_client.get(path).content.decode()
