"""Per-publication values kept in each process: computed once, dropped by every change.

Routes, menus, language versions and the agreement's structure are kept per
page cache generation (operations/generation.py). These tests check that a
second request asks the database less, and that everything a visitor could
see change (a publication, a page saved directly, a view restriction) is
seen on the very next request, with the page cache off as for logged-in
visitors.
"""

import itertools

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from operations import generation, pagecache
from operations.cache_backend import ReusedClientRedisCacheClient
from tests.factories import PrinciplePageFactory

pytestmark = pytest.mark.django_db


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response.content.decode()


def test_memo_computes_once_per_generation(rf):
    request = rf.get("/")
    calls = itertools.count()
    first = generation.memo(request, "test", "key", lambda: next(calls))
    again = generation.memo(rf.get("/"), "test", "key", lambda: next(calls))
    assert first == again == 0
    pagecache.purge_all("test")
    assert generation.memo(rf.get("/"), "test", "key", lambda: next(calls)) == 1


def test_memo_tables_stay_bounded(rf, monkeypatch):
    monkeypatch.setattr(generation, "TABLE_LIMIT", 3)
    request = rf.get("/")
    for key in range(10):
        generation.memo(request, "bounded", key, lambda key=key: key)
    assert len(generation._tables["bounded"][2]) <= 3


def test_memo_values_expire(rf, settings, monkeypatch):
    """Even without a purge (one lost while Redis was away), values are recomputed in time."""
    calls = itertools.count()
    clock = iter([1000.0, 1001.0, 1700.0])
    monkeypatch.setattr(generation.time, "monotonic", lambda: next(clock))
    settings.GENERATION_MEMO_MAX_AGE = 600
    values = [generation.memo(rf.get("/"), "aging", "key", lambda: next(calls)) for _ in range(3)]
    assert values == [0, 0, 1]


def test_memo_can_be_switched_off(rf, settings):
    settings.GENERATION_MEMO = False
    calls = itertools.count()
    values = [generation.memo(rf.get("/"), "off", "key", lambda: next(calls)) for _ in range(2)]
    assert values == [0, 1]


def test_previews_never_use_the_memo(rf):
    calls = itertools.count()
    request = rf.get("/")
    request.is_preview = True
    values = [generation.memo(request, "preview", "key", lambda: next(calls)) for _ in range(2)]
    assert values == [0, 1]


def test_a_second_request_routes_without_queries(client, agreement):
    PrinciplePageFactory(parent=agreement)
    first, _html = queries_of(client, agreement.url)
    second, _html = queries_of(client, agreement.url)
    assert second < first
    # The route, the view restrictions, the menu, the language versions, the
    # structure, neighbours and principles: all known until the next publication.
    assert first - second >= 8


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
    assert "/login/" in response["Location"] or "login" in response["Location"]


def test_each_request_gets_its_own_page(client, agreement, rf):
    """What a view sets on its page (cached properties, annotations) stays with that request."""
    from operations.routing import CachedRoute

    root = agreement.get_parent().get_parent().specific
    request = rf.get(agreement.url)
    components = [part for part in agreement.url_path.split("/") if part][1:]
    cached = CachedRoute.compute(request, root, components)
    first, second = cached.for_request(rf.get("/")), cached.for_request(rf.get("/"))
    assert first.page.pk == second.page.pk == agreement.pk
    assert first.page is not second.page
    first.page.annotation = "only for this request"
    assert not hasattr(second.page, "annotation")


def test_routable_page_views_are_bound_to_the_requests_page(agreement, rf):
    """A RoutablePage route (the commitment history) calls its view on the request's copy."""
    from operations.routing import CachedRoute
    from tests.factories import CommitmentFactory

    commitment = CommitmentFactory(page=agreement)
    root = agreement.get_parent().get_parent().specific
    components = [part for part in agreement.url_path.split("/") if part][1:]
    components += ["atagande", str(commitment.translation_key)]
    cached = CachedRoute.compute(rf.get("/"), root, components)
    request = rf.get("/")
    route = cached.for_request(request)
    view = route.args[0]
    assert view.__self__ is route.page
    assert request.routable_resolver_match.func.__self__ is route.page


def test_one_redis_client_per_connection_pool():
    client = ReusedClientRedisCacheClient(["redis://127.0.0.1:1/0"])
    assert client.get_client() is client.get_client(write=True)
