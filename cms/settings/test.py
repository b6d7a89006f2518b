"""Test settings: fast hashing, in-memory cache and e-mail, plain static storage."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
CMS_ENVIRONMENT = "test"
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Each pytest-xdist worker (`make test` runs one per core) writes its uploads
# into a folder of its own, so two workers never race for the same file name.
MEDIA_ROOT = Path(env.get("TEST_MEDIA_ROOT", BASE_DIR / ".test-media")) / env.get(  # noqa: F405
    "PYTEST_XDIST_WORKER", ""
)
PRIVATE_MEDIA_ROOT = MEDIA_ROOT / "private"
WAGTAILADMIN_BASE_URL = "http://testserver"

# A look for pending page-cache purges costs one query every few seconds of
# wall-clock time; on a slow machine that look would fall between the two
# requests a query-count test compares. Tests that are about the interval set
# it themselves (tests/operations/test_cache_outage_purges.py).
PENDING_PURGE_CHECK_SECONDS = 3600
