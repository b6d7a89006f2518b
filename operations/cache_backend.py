"""Django's Redis cache, degrading to "no cache" while Redis is unreachable.

Everything that uses the cache (page cache, cached_db sessions, the
affiliation rate limit, login throttling) treats a miss as normal, so a
Redis outage costs speed, not availability: reads miss, writes are dropped,
`incr` of a missing key raises ValueError as for an evicted key. Each
failure is logged, without keys or values, and counted (`failures()`), so
that what must not be lost in an outage (a page-cache purge) can tell that
it did not reach the cache.
"""

import functools
import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

try:
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)
except ImportError:  # pragma: no cover - redis is a production dependency
    UNAVAILABLE = (OSError,)

# What each operation returns while the cache is unreachable.
FALLBACKS = {
    "get": lambda *args, **kwargs: kwargs.get("default", args[1] if len(args) > 1 else None),
    "get_many": lambda *args, **kwargs: {},
    "set": lambda *args, **kwargs: None,
    "add": lambda *args, **kwargs: False,
    "touch": lambda *args, **kwargs: False,
    "delete": lambda *args, **kwargs: False,
    "set_many": lambda *args, **kwargs: [],
    "delete_many": lambda *args, **kwargs: None,
    "has_key": lambda *args, **kwargs: False,
    "clear": lambda *args, **kwargs: False,
    "publish": lambda *args, **kwargs: 0,
}


_failures = 0


def failures():
    """How many cache operations of this process have failed so far (it only grows)."""
    return _failures


def unavailable_incr(*args, **kwargs):
    raise ValueError("The cache is unavailable.")


def degrade(name, method):
    fallback = FALLBACKS.get(name, unavailable_incr)

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except UNAVAILABLE as exc:
            global _failures
            _failures += 1
            logger.warning("Cache unavailable for %s (%s).", name, type(exc).__name__)
            return fallback(*args, **kwargs)

    return wrapper


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client, keeping one `redis.Redis` per connection pool.

    Django builds a new `redis.Redis` for every cache operation; building one
    (its table of response callbacks) costs more than a GET on loopback, and
    a page takes several cache operations. The connections were always
    pooled; now the client in front of the pool is too.
    """

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        client = clients.get(id(pool))
        if client is None:
            client = clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """RedisCache whose operations never raise because Redis is down.

    It also carries Redis' publish/subscribe, under the cache's key prefix,
    so that every app server hears at once when the page cache is purged
    (`operations.generation_watch`).
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    def publish(self, channel, message):
        """Send `message` to every subscriber of `channel`; how many received it."""
        return self._cache.get_client(write=True).publish(self.make_key(channel), message)

    def subscribe(self, channel):
        """A new subscription to `channel` (a redis-py PubSub): its errors are the caller's."""
        subscription = self._cache.get_client(write=True).pubsub()
        subscription.subscribe(self.make_key(channel))
        return subscription


for _name in [*FALLBACKS, "incr", "decr"]:
    setattr(ResilientRedisCache, _name, degrade(_name, getattr(ResilientRedisCache, _name)))
