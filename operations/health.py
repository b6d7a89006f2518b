"""`/healthz` for load balancers: is the database there, is the cache there?

Answered by a middleware placed first, before host validation and the
HTTPS redirect: a load balancer probes each server by its address over
plain HTTP. JSON, 200 when the database answers, 503 when it does not. The
cache is reported but does not fail the check: the site works without it,
only slower.
"""

import time
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse

HEALTH_PATH = "/healthz"


def database_state():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any failure means "not usable"
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True}


def cache_state():
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=10)
        ok = cache.get(key) == "1"
        cache.delete(key)
    except Exception as exc:  # a broken cache is reported, never raised
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": ok} if ok else {"ok": False, "error": "unavailable"}


def health_response():
    started = time.monotonic()
    database = database_state()
    cache_ = cache_state()
    body = {
        "status": "ok" if database["ok"] and cache_["ok"] else "degraded",
        "database": database,
        "cache": cache_,
        "seconds": round(time.monotonic() - started, 4),
    }
    if not database["ok"]:
        body["status"] = "unavailable"
    response = JsonResponse(body, status=200 if database["ok"] else 503)
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """Answers `/healthz` before anything else looks at the request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.rstrip("/") == HEALTH_PATH:
            return health_response()
        return self.get_response(request)
