"""A per-client limit on submitted applications, in Django's cache.

A fixed window: at most N stored applications per client address per
window ("5/h" by default, `AFFILIATION_RATE_LIMIT`). Only submissions that
would be stored count, so a person correcting mistakes is never locked
out. The address is hashed with the secret key before it becomes a cache
key: the cache holds no IP addresses.
"""

import math
import time

from django.core.cache import cache
from django.utils.crypto import salted_hmac

from forms import conf


def client_address(request):
    """The client's address; X-Forwarded-For as far as AFFILIATION_TRUSTED_PROXY_COUNT allows."""
    proxies = conf.trusted_proxy_count()
    if proxies:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def hit(request, *, scope="affiliation", rate=None):
    """Count one submission; return (allowed, seconds until the window ends).

    Other public forms (event registrations) count in their own `scope`, with
    their own `rate` (max submissions, window in seconds).
    """
    limit, window = rate or conf.rate_limit()
    now = int(time.time())
    window_start = now - now % window
    client = salted_hmac("forms.ratelimit", client_address(request)).hexdigest()[:32]
    key = f"forms:{scope}-rate:{client}:{window_start}"
    cache.add(key, 0, timeout=window + 60)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=window + 60)
        count = 1
    return count <= limit, max(1, window_start + window - now)


def refused(render, retry_after):
    """The answer to a client over its rate: `render(status=..., **context)` as a 429.

    The page says in minutes when to try again (`retry_minutes`) and the
    Retry-After header says it in seconds, for clients that read it.
    """
    response = render(status=429, rate_limited=True, retry_minutes=math.ceil(retry_after / 60))
    response["Retry-After"] = str(retry_after)
    return response
