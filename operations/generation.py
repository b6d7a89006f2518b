"""What holds until the next publication, kept in each app server's memory.

The page cache's *generation* (operations/pagecache.py) changes whenever
anything a public page shows changes, on every app server at once (it lives
in the shared cache; operations/signals.py replaces it). Whatever is derived
only from published pages — a page's route, its language versions, the
menu, the next forum — can therefore be computed once per generation and
process and reused by every request until the next publication, without
asking the shared cache or the database again: one read of the generation
per request decides for all of it.

Values kept here are shared by the requests a process serves: treat them as
read-only, and hand out copies of model instances a view may modify
(operations/routing.py does).
"""

import time

from django.conf import settings

from . import pagecache

TABLE_LIMIT = 2000

_tables = {}


def current(request=None):
    """The generation this request is served in (read once per request)."""
    generation = getattr(request, "page_cache_generation", None)
    if generation is None:
        generation = pagecache.current_generation()
        if request is not None:
            request.page_cache_generation = generation
    return generation


def memo(request, table, key, compute):
    """`compute()`, once per generation, process, `table` and `key`.

    A table holds one generation at a time, at most TABLE_LIMIT keys and for
    at most GENERATION_MEMO_MAX_AGE seconds (then it starts again): memory
    stays bounded however many URLs are asked for. (A purge that could not
    reach Redis is not lost: it is kept in the database and applied when
    Redis answers again, operations/pagecache.py; the age limit is a second
    line of defence.) With GENERATION_MEMO = False every call computes.
    """
    if not getattr(settings, "GENERATION_MEMO", True) or getattr(request, "is_preview", False):
        return compute()  # a preview shows a draft: nothing of it may come from the live site
    generation = current(request)
    now = time.monotonic()
    entries = _tables.get(table)
    if (
        entries is None
        or entries[0] != generation
        or now - entries[1] > getattr(settings, "GENERATION_MEMO_MAX_AGE", 600)
        or len(entries[2]) >= TABLE_LIMIT
    ):
        entries = _tables[table] = (generation, now, {})
    values = entries[2]
    if key in values:
        return values[key]
    value = values[key] = compute()
    return value


def forget():
    """Empty every table of this process (tests; a new generation does it anyway)."""
    _tables.clear()
