"""Which page a URL names is kept as ids (operations/routes.py); the page is the request's own.

With the page cache off, as for logged-in visitors: a second request
routes without Wagtail's per-level queries, and whatever a visitor could see
change (a page published, moved, unpublished, saved directly, a view
restriction) is seen on the very next request.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from operations import pagecache, routes
from operations.cache_backend import ReusedClientRedisCacheClient
from tests.factories import CommitmentFactory, PrinciplePageFactory

pytestmark = pytest.mark.django_db


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response.content.decode()


def test_a_kept_route_saves_wagtails_routing_queries(client, agreement, settings):
    principle = PrinciplePageFactory(parent=agreement)
    queries_of(client, principle.url)
    pagecache.purge_all("a publication elsewhere")
    with_route, _html = queries_of(client, principle.url)
    settings.ROUTE_CACHE_TIMEOUT = 0
    queries_of(client, principle.url)
    pagecache.purge_all("a publication elsewhere")
    without_route, _html = queries_of(client, principle.url)
    # Site root, home, index, agreement, principle: each looked up, then its type.
    assert without_route - with_route >= 5


def test_a_publication_is_seen_at_once(client, agreement):
    queries_of(client, agreement.url)
    agreement.title = "Överenskommelsen, reviderad"
    agreement.save_revision().publish()
    _count, html = queries_of(client, agreement.url)
    assert "Överenskommelsen, reviderad" in html


def test_a_page_saved_directly_is_seen_at_once(client, agreement):
    queries_of(client, agreement.url)
    agreement.intro = "Inledning ändrad av ett skript"
    agreement.save()
    _count, html = queries_of(client, agreement.url)
    assert "Inledning ändrad av ett skript" in html


def test_a_new_principle_appears_in_the_list_at_once(client, agreement):
    queries_of(client, agreement.url)
    principle = PrinciplePageFactory(parent=agreement, live=False, title="Ny princip om tillit")
    principle.save_revision().publish()
    _count, html = queries_of(client, agreement.url)
    assert "Ny princip om tillit" in html


def test_a_moved_page_is_routed_again(client, agreement, agreement_index):
    principle = PrinciplePageFactory(parent=agreement, slug="tillit")
    old_url = principle.url
    queries_of(client, old_url)
    principle.slug = "tillit-och-respekt"
    principle.save_revision().publish()
    principle.refresh_from_db()
    assert client.get(old_url).status_code == 404
    _count, html = queries_of(client, principle.url)
    assert principle.title in html


def test_an_unpublished_page_is_gone_at_once(client, agreement):
    principle = PrinciplePageFactory(parent=agreement)
    queries_of(client, principle.url)
    principle.unpublish()
    assert client.get(principle.url).status_code == 404


def test_a_draft_saved_leaves_the_generation_alone(agreement):
    before = pagecache.current_generation()
    agreement.title = "Utkast som inte är publicerat"
    agreement.save_revision()
    assert pagecache.current_generation() == before


def test_a_view_restriction_applies_at_once(client, agreement):
    queries_of(client, agreement.url)
    PageViewRestriction.objects.create(page=agreement, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(agreement.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_restriction_on_an_ancestor_applies_to_a_kept_route(client, agreement, agreement_index):
    principle = PrinciplePageFactory(parent=agreement)
    queries_of(client, principle.url)
    PageViewRestriction.objects.create(
        page=agreement_index, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(principle.url).status_code == 302


def test_each_request_gets_its_own_page(agreement, rf):
    """What a view sets on its page (cached properties, annotations) stays with that request."""
    first = routes.route_for_request(rf.get(agreement.url), agreement.url)
    second = routes.route_for_request(rf.get(agreement.url), agreement.url)
    assert first.page.pk == second.page.pk == agreement.pk
    assert first.page is not second.page
    first.page.annotation = "only for this request"
    assert not hasattr(second.page, "annotation")


def test_a_routable_page_view_is_found_from_a_kept_route(client, agreement):
    """The commitment history, a sub-URL of the agreement, from the agreement's kept route."""
    commitment = CommitmentFactory(page=agreement, text="Ett åtagande med historia")
    queries_of(client, agreement.url)
    url = f"{agreement.url}atagande/{commitment.translation_key}/"
    _count, html = queries_of(client, url)
    assert "Ett åtagande med historia" in html
    _count, html = queries_of(client, url)
    assert "Ett åtagande med historia" in html


def test_one_redis_client_per_connection_pool():
    client = ReusedClientRedisCacheClient(["redis://127.0.0.1:1/0"])
    assert client.get_client() is client.get_client(write=True)
