"""The page cache's generation, kept in the process while Redis says it has not changed.

A page served from the cache costs only the check that it is still current:
reading the site-wide generation (`operations.pagecache`). Read from Redis
on every hit, that one round trip was most of a hit's time (0.5–0.7 ms of
~0.9 ms in-process on the shared bench machine; a hit without it costs
about as much as the static file). So every app server subscribes to a
channel on which each purge is announced right after the new generation is
written, and keeps the generation it read until an announcement arrives.
Each request looks, without waiting, whether one has (a poll of the
subscription's socket, no round trip); if so, the generation is read from
Redis again, so the value served is always the one Redis holds, whatever
the order in which announcements arrive.

A publication on one server is thus seen on every other at once, as
before. What a subscription cannot tell is a link cut silently (no error,
no announcement): so the generation is read from Redis anyway every
GENERATION_RECHECK_SECONDS (1), and a read that fails is a cache failure
as before (nothing cached is trusted until a pending purge is looked for).
A subscription that breaks is dropped and the generation read on every
request until a new one is confirmed (tried at most once per interval).
This process's own purges forget the generation at once. Several
municipalities share an installation, each with a generation of its own
(`operations.pagecache.purge_site`): what is kept is what was read for each
host name (at most MAX_HOSTS, then all are read again), and any
announcement, of whichever site, forgets all of them. Only a cache
that can subscribe (`ResilientRedisCache`) is watched; with any other, or
PAGE_CACHE_WATCH_GENERATION off, every request reads it.
"""

import contextlib
import logging
import os
from time import monotonic

from django.conf import settings
from django.core.cache import cache

from . import cache_backend

logger = logging.getLogger(__name__)

CHANNEL = "pagecache:purged"
MAX_HOSTS = 4096


def enabled():
    return getattr(settings, "PAGE_CACHE_WATCH_GENERATION", True) and hasattr(cache, "subscribe")


def recheck_seconds():
    return getattr(settings, "GENERATION_RECHECK_SECONDS", 1)


def announce(generation):
    """Tell every app server that the generation changed (after writing it)."""
    watch.forget()
    if hasattr(cache, "publish"):
        cache.publish(CHANNEL, generation)


class Watch:
    """This process's subscription and the generation it last read from the cache."""

    def __init__(self):
        self.subscription = None
        self.pid = None
        self.generations = {}  # host name (None: no request) -> what was read for it
        self.read_at = {}
        self.tried_at = -float("inf")
        self.failures = None

    def known(self, host=None):
        """What was read for `host` if it is known to be current, else None (read it again)."""
        if not enabled():
            return None
        if self.subscription is None or self.pid != os.getpid():
            self.start()
            return None
        try:
            while (message := self.subscription.get_message(timeout=0)) is not None:
                if message["type"] != "subscribe":
                    self.forget()
        except Exception as exc:  # noqa: BLE001 - Redis down or the link broken
            logger.warning("Page-cache subscription lost (%s).", type(exc).__name__)
            self.stop()
            return None
        generation = self.generations.get(host)
        if (
            generation is None
            or monotonic() - self.read_at[host] >= recheck_seconds()
            or cache_backend.failures() != self.failures
        ):
            return None
        return generation

    def remember(self, host, generation):
        """The generation just read from the cache, to be trusted until an announcement.

        Not after any cache operation of this process failed since: Redis
        may be cut off without the subscription noticing.
        """
        if self.subscription is not None:
            if len(self.generations) >= MAX_HOSTS and host not in self.generations:
                self.forget()
            self.generations[host] = generation
            self.read_at[host] = monotonic()
            self.failures = cache_backend.failures()

    def forget(self):
        self.generations, self.read_at = {}, {}

    def start(self):
        """Subscribe, and wait for Redis to confirm it before the generation is read.

        Only then can no announcement fall between the read and the
        subscription.
        """
        self.stop()
        if monotonic() - self.tried_at < recheck_seconds():
            return
        self.tried_at = monotonic()
        try:
            subscription = cache.subscribe(CHANNEL)
            timeout = getattr(settings, "CACHES", {}).get("default", {})
            timeout = timeout.get("OPTIONS", {}).get("socket_timeout", 0.5)
            confirmed = subscription.get_message(timeout=timeout)
        except Exception as exc:  # noqa: BLE001 - Redis down or cut off: read every time
            logger.warning("Page-cache subscription failed (%s).", type(exc).__name__)
            return
        if not confirmed or confirmed.get("type") != "subscribe":
            subscription.close()
            return
        self.subscription, self.pid = subscription, os.getpid()

    def stop(self):
        if self.subscription is not None and self.pid == os.getpid():
            with contextlib.suppress(Exception):  # closing a broken connection
                self.subscription.close()
        self.subscription = None
        self.forget()


watch = Watch()
