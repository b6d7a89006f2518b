"""A page served from the cache does not ask Redis for the generation; a purge is still seen.

Redis here is a real one of the test's own (tests/operations/redis_server.py).
"Another app server" is played by a second cache connection of its own
(its own connection pool), writing the generation as a purge does.
"""

import pytest

from operations import generation_watch, pagecache
from tests.operations import real_redis as fixtures
from tests.operations.real_redis import redis_gets

pytestmark = pytest.mark.django_db

real_redis, other_server = fixtures.real_redis, fixtures.other_server


def state(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.get("X-Page-Cache")


def test_a_cached_page_costs_no_read_of_the_generation(real_redis, client, agreement):
    assert [state(client, agreement.url) for _ in range(2)] == ["miss", "hit"]
    redis_gets(real_redis)

    assert [state(client, agreement.url) for _ in range(3)] == ["hit", "hit", "hit"]
    assert redis_gets(real_redis) == 0


def test_a_purge_on_another_server_is_seen_on_the_next_request(
    real_redis, other_server, client, agreement
):
    assert [state(client, agreement.url) for _ in range(2)] == ["miss", "hit"]

    other_server.set(pagecache.GENERATION_KEY, "purgedelsewhere", timeout=None)
    other_server.publish(generation_watch.CHANNEL, "purgedelsewhere")

    assert state(client, agreement.url) == "miss"
    assert state(client, agreement.url) == "hit"


def test_a_purge_in_this_process_is_seen_on_the_next_request(real_redis, client, agreement):
    assert [state(client, agreement.url) for _ in range(2)] == ["miss", "hit"]
    pagecache.purge_all("test")
    assert state(client, agreement.url) == "miss"


def test_a_purge_whose_announcement_is_lost_is_seen_within_the_recheck_interval(
    real_redis, other_server, client, agreement, settings, monkeypatch
):
    """A link cut silently delivers no announcement: the generation is read again anyway."""
    settings.GENERATION_RECHECK_SECONDS = 1
    assert [state(client, agreement.url) for _ in range(2)] == ["miss", "hit"]

    other_server.set(pagecache.GENERATION_KEY, "purgednotannounced", timeout=None)
    assert state(client, agreement.url) == "hit"  # within the second: still trusted

    later = generation_watch.monotonic() + 1
    monkeypatch.setattr(generation_watch, "monotonic", lambda: later)
    assert state(client, agreement.url) == "miss"


def test_a_restarted_redis_is_subscribed_to_again(real_redis, other_server, client, agreement):
    assert [state(client, agreement.url) for _ in range(2)] == ["miss", "hit"]
    real_redis.stop()
    real_redis.start()
    generation_watch.watch.tried_at = -float("inf")

    state(client, agreement.url)  # the lost subscription is noticed and renewed
    state(client, agreement.url)
    assert generation_watch.watch.subscription is not None
    other_server.set(pagecache.GENERATION_KEY, "purgedafterrestart", timeout=None)
    other_server.publish(generation_watch.CHANNEL, "purgedafterrestart")
    assert state(client, agreement.url) == "miss"
