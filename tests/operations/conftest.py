"""Production behaviour under the test settings: the production middleware and headers."""

from django.core.cache import cache

import pytest

from operations import conf


@pytest.fixture
def production(settings):
    """The production middleware stack, security settings and page cache, on locmem."""
    settings.MIDDLEWARE = conf.production_middleware(settings.MIDDLEWARE, whitenoise=False)
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    settings.X_FRAME_OPTIONS = "DENY"
    settings.PERMISSIONS_POLICY = conf.PERMISSIONS_POLICY
    settings.CONTENT_SECURITY_POLICY = conf.content_security_policy()
    settings.CONTENT_SECURITY_POLICY_ADMIN = conf.admin_content_security_policy()
    settings.PAGE_CACHE_TIMEOUT = 600
    settings.PAGE_CACHE_EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/healthz")
    cache.clear()
    yield settings
    cache.clear()
