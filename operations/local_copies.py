"""Copies, in this process, of shared-cache entries whose value never changes under their key.

A fragment's key carries the page cache's generation, the day, the host
and the language (`operations.templatetags.fragment_cache`): whatever would
change its content changes its key, so a copy kept in the process is as
current as the one in Redis, and serving it saves a round trip to Redis
(several per page: one per fragment). A kept route is checked against the
database on every use (`operations.routes`), so a copy of it is as safe as
the entry itself. Each copy expires with the timeout its entry has in the
shared cache; at most `limit` are kept (the setting named; 0 = none), and
when full they are all dropped at once (cheap, and refilled by the next
requests).
"""

from time import monotonic

from django.conf import settings


class LocalCopies:
    def __init__(self, setting):
        self.setting = setting
        self.entries = {}

    def limit(self):
        return getattr(settings, self.setting, 0)

    def get(self, key):
        entry = self.entries.get(key)
        if entry is None or not self.limit():
            return None
        expires, value = entry
        if monotonic() >= expires:
            del self.entries[key]
            return None
        return value

    def put(self, key, value, timeout):
        limit = self.limit()
        if not limit or value is None:
            return
        if len(self.entries) >= limit:
            self.entries.clear()
        self.entries[key] = (monotonic() + timeout, value)
