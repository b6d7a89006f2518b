"""A change published while Redis is unreachable is seen as soon as Redis is back.

Redis here is a real one of the test's own, stopped and started again with
its data (tests/operations/redis_server.py): the generation and the pages
cached before the outage come back with it. The purge that the change asked
for could not reach Redis; it must not be lost (operations/pagecache.py).
"""

import time

from django.core.cache import cache

import pytest

from operations import cache_backend, pagecache
from operations.models import PendingPurge
from tests.factories import PrinciplePageFactory
from tests.operations.redis_server import RedisServer

pytestmark = pytest.mark.django_db

NEW_TITLE = "Överenskommelsen, reviderad under avbrottet"


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop(save=False)


@pytest.fixture
def real_redis(production, redis_server):
    """The production page cache over the test's own Redis."""
    production.CACHES = {
        "default": {
            "BACKEND": "operations.cache_backend.ResilientRedisCache",
            "LOCATION": redis_server.url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    cache.clear()
    return redis_server


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Run `change()` as a publication in the admin does: its after-commit purges too."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            change()

    return run


def visit(client, url):
    response = client.get(url)
    return response.status_code, response.get("X-Page-Cache"), response.content.decode()


def cached(client, url):
    """The page, visited until it is served from the cache."""
    assert visit(client, url)[1] == "miss"
    status, state, html = visit(client, url)
    assert (status, state) == (200, "hit")
    return html


def retitle(page):
    page.title = NEW_TITLE
    page.save_revision().publish()


def test_a_new_title_published_during_the_outage_is_served_when_redis_is_back(
    real_redis, client, agreement, publish
):
    assert NEW_TITLE not in cached(client, agreement.url)

    real_redis.stop()
    publish(lambda: retitle(agreement))
    status, _state, html = visit(client, agreement.url)
    assert status == 200 and NEW_TITLE in html  # rendered from the database meanwhile

    real_redis.start()
    status, state, html = visit(client, agreement.url)
    assert status == 200
    assert NEW_TITLE in html
    assert state == "miss"
    # The cache works again, with the new page; nothing is left pending.
    status, state, html = visit(client, agreement.url)
    assert (status, state) == (200, "hit") and NEW_TITLE in html
    assert not PendingPurge.objects.exists()


def test_a_page_unpublished_during_the_outage_is_gone_when_redis_is_back(
    real_redis, client, agreement, publish
):
    principle = PrinciplePageFactory(parent=agreement, title="Princip som dras tillbaka")
    cached(client, principle.url)
    assert "Princip som dras tillbaka" in cached(client, agreement.url)

    real_redis.stop()
    publish(principle.unpublish)
    real_redis.start()

    assert visit(client, principle.url)[0] == 404
    status, _state, html = visit(client, agreement.url)
    assert status == 200 and "Princip som dras tillbaka" not in html


def test_a_server_that_saw_nothing_of_the_outage_catches_up(
    real_redis, client, agreement, publish, settings, monkeypatch
):
    """Another app server, idle during the outage, looks for kept purges within seconds."""
    cached(client, agreement.url)
    real_redis.stop()
    publish(lambda: retitle(agreement))
    real_redis.start()

    # This process now plays a server that had no request during the outage:
    # it looked for pending purges a moment ago, and none of its cache
    # operations failed since.
    settings.PENDING_PURGE_CHECK_SECONDS = 5
    now = time.monotonic()
    monkeypatch.setattr(pagecache, "_last_check", (now, cache_backend.failures()))
    # ... and its clock has gone on by those seconds.
    monkeypatch.setattr(pagecache, "monotonic", lambda: now + 5)

    status, _state, html = visit(client, agreement.url)
    assert status == 200 and NEW_TITLE in html
    assert not PendingPurge.objects.exists()
