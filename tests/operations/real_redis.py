"""Fixtures: the production page cache over a real Redis of the test's own, watched afresh."""

from django.core.cache import cache, caches

import pytest

from operations import generation_watch
from tests.operations.redis_server import RedisServer


@pytest.fixture
def real_redis(production, tmp_path, monkeypatch):
    server = RedisServer(tmp_path)
    server.start()
    production.CACHES = {
        "default": {
            "BACKEND": "operations.cache_backend.ResilientRedisCache",
            "LOCATION": server.url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    cache.clear()
    monkeypatch.setattr(generation_watch, "watch", generation_watch.Watch())
    yield server
    generation_watch.watch.stop()
    server.stop(save=False)


@pytest.fixture
def other_server(real_redis):
    """Another app server: a cache connection (and connection pool) of its own."""
    other = caches.create_connection("default")
    yield other
    other.close()


def redis_gets(server):
    """How many GETs Redis has answered since the last call."""
    client = server.client()
    calls = client.info("commandstats").get("cmdstat_get", {}).get("calls", 0)
    client.config_resetstat()
    return calls
