"""The agreement, its principles and the commitments matrix at their public URLs."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

import pytest

from agreements.models import Party
from operations import pagecache
from tests import clock
from tests.factories import (
    AgreementPageFactory,
    CommitmentFactory,
    ContactPointFactory,
    PrinciplePageFactory,
)

PARTIES = list(Party)


def build_agreement(parent, principles, commitments, own_commitments=0, **fields):
    """An agreement with `commitments` spread over its principles and parties."""
    agreement = AgreementPageFactory(parent=parent, **fields)
    pages = [PrinciplePageFactory(parent=agreement) for _ in range(principles)]
    for i in range(commitments):
        CommitmentFactory(page=pages[i % principles], party=PARTIES[i % 3], text=f"Löfte {i}")
    for i in range(own_commitments):
        CommitmentFactory(page=agreement, party=PARTIES[i % 3], text=f"Gemensamt löfte {i}")
    return agreement


def count_queries(client, url):
    """(queries of the first request after a publication, of the next request).

    The first renders every fragment again (they are kept per publication);
    the next is what every other request costs. Both must stay the same at
    any data size.
    """
    client.get(url)  # warm up what outlives publications (site root paths, locales)
    # What a publication does to the cache: its site's pages and fragments are
    # purged (operations/signals.py); what is kept per installation stays.
    pagecache.purge_site(Site.objects.get(is_default_site=True), "counting queries")
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        counts.append(len(queries))
    return tuple(counts)


@pytest.mark.django_db
def test_agreement_page_query_count_does_not_grow_with_size(client, agreement_index):
    # Everything the page can show: a contact point, the version it replaces
    # and the one replacing it.
    contact = ContactPointFactory(live=True)
    previous = AgreementPageFactory(
        parent=agreement_index, valid_from=clock.years_ago(5), valid_to=clock.years_ago(2)
    )
    small = build_agreement(
        agreement_index, 7, 40, own_commitments=3, contacts=[contact], replaces=previous
    )
    large = build_agreement(
        agreement_index, 30, 200, own_commitments=12, contacts=[contact], replaces=previous
    )
    AgreementPageFactory(parent=agreement_index, replaces=small)
    AgreementPageFactory(parent=agreement_index, replaces=large)
    small_count = count_queries(client, small.url)
    large_count = count_queries(client, large.url)
    assert small_count == large_count
    after_publication, then = small_count
    print(f"agreement page queries: {after_publication} after a publication, then {then}")
    # The budget of issue 8: at most 15 per uncached page. The route is kept
    # (operations/routes.py: which site serves the host and whether the
    # installation has any view restriction are known per installation
    # generation) and every part in fragment caches, the structure until
    # its next forum ends: what is left is the page.
    assert then <= 1
    # The first request after a publication renders every fragment: 15, the
    # budget of issue #17 (was 17 with Wagtail's site lookup and the view
    # restrictions looked up on every request). After a purge of every site
    # (a Site, a Locale, a snippet changed) those two come back: 17.
    assert after_publication <= 15


@pytest.mark.django_db
def test_principle_page_query_count_does_not_grow_with_size(client, agreement_index):
    small = build_agreement(agreement_index, principles=7, commitments=40)
    large = build_agreement(agreement_index, principles=30, commitments=600)
    small_principle = small.get_children().first()
    large_principle = large.get_children().first()
    assert count_queries(client, small_principle.url) == count_queries(client, large_principle.url)


@pytest.mark.django_db
def test_matrix_shows_every_commitment_by_principle_and_party(client, agreement_index):
    agreement = build_agreement(agreement_index, principles=3, commitments=9, own_commitments=3)
    html = client.get(agreement.url).content.decode()
    for i in range(9):
        assert f"Löfte {i}<" in html
    for i in range(3):
        assert f"Gemensamt löfte {i}<" in html
    assert "12 åtaganden" in html
    for party in Party:
        assert f'<th scope="col">{party.label}</th>' in html


@pytest.mark.django_db
def test_matrix_filters_by_party_without_javascript(client, agreement_index):
    agreement = build_agreement(agreement_index, principles=3, commitments=9)
    response = client.get(agreement.url, {"party": "civil_society"})
    html = response.content.decode()
    shown = [i for i in range(9) if f"Löfte {i}<" in html]
    assert shown == [i for i in range(9) if PARTIES[i % 3] == Party.CIVIL_SOCIETY]
    assert '<th scope="col">Kommunen</th>' not in html
    assert 'href="?party=civil_society#commitments" aria-current="true"' in html


@pytest.mark.django_db
def test_unknown_party_filter_shows_everything(client, agreement_index):
    agreement = build_agreement(agreement_index, principles=2, commitments=6)
    html = client.get(agreement.url, {"party": "<script>"}).content.decode()
    assert all(f"Löfte {i}<" in html for i in range(6))
    assert "<script>" not in html


@pytest.mark.django_db
def test_replaced_agreement_links_to_its_replacement(client, agreement_index):
    old = AgreementPageFactory(
        parent=agreement_index,
        title="Överenskommelse 2018–2021",
        valid_from=datetime.date(2018, 1, 1),
        valid_to=datetime.date(2021, 12, 31),
    )
    new = AgreementPageFactory(
        parent=agreement_index, title="Överenskommelse 2025–2028", replaces=old
    )
    old_html = client.get(old.url).content.decode()
    assert "Den här versionen har ersatts av" in old_html
    assert f'href="{new.url}"' in old_html
    assert "Upphört att gälla" in old_html
    new_html = client.get(new.url).content.decode()
    assert f'href="{old.url}"' in new_html
    index_html = client.get(agreement_index.url).content.decode()
    assert index_html.index(new.title) < index_html.index(old.title)


@pytest.mark.django_db
def test_principle_page_lists_its_commitments_by_party(client, agreement_index):
    agreement = AgreementPageFactory(parent=agreement_index)
    principle = PrinciplePageFactory(parent=agreement, title="Dialog")
    CommitmentFactory(page=principle, party=Party.BOTH, text="Att mötas två gånger om året")
    CommitmentFactory(page=principle, party=Party.MUNICIPALITY, text="Att bjuda in till forum")
    html = client.get(principle.url).content.decode()
    assert html.index("Kommunen åtar sig") < html.index("Båda parter åtar sig")
    assert html.index("Att bjuda in till forum") < html.index("Att mötas två gånger om året")
    assert f'href="{agreement.url}"' in html


@pytest.mark.django_db
def test_drafts_are_not_public(client, agreement_index):
    agreement = AgreementPageFactory(parent=agreement_index, live=False)
    assert client.get(agreement.url).status_code == 404
