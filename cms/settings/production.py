"""Production: everything from the environment, refuses to start half-configured.

Every variable is listed in `.env.example`. What the settings are for and
how the parts (gunicorn, the task worker, the periodic jobs, Redis,
PostgreSQL) run together is described in docs/operators.md under "Production".
"""

from django.core.exceptions import ImproperlyConfigured

from operations import conf as operations

from .base import *  # noqa: F403
from .base import (
    BASE_DIR,
    DEFAULT_FROM_EMAIL,
    INSTALLED_APPS,
    MIDDLEWARE,
    database_from_url,
    env,
)

DEBUG = False
CMS_ENVIRONMENT = "production"


def env_bool(name, default):
    return env.get(name, str(default)).strip().lower() in ("1", "true", "yes", "on")


def env_list(name, default=""):
    return [item.strip() for item in env.get(name, default).split(",") if item.strip()]


SECRET_KEY = env.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Database: PostgreSQL from DATABASE_URL (SQLite only for a trial run), with
# persistent connections checked before reuse.
DATABASES = {
    "default": database_from_url(
        env.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

# Cache, sessions, rate limits, login throttling: one Redis shared by every
# app server. The cache backend degrades to "no cache" while Redis is down
# (operations/cache_backend.py); sessions are also written to the database
# (cached_db), so nobody is logged out when Redis restarts.
REDIS_URL = env.get("REDIS_URL", "")
if not REDIS_URL:
    raise ImproperlyConfigured("REDIS_URL must be set in production (redis://host:6379/0).")
CACHES = {
    "default": {
        "BACKEND": "operations.cache_backend.ResilientRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": env.get("CACHE_KEY_PREFIX", "overenskommelse"),
        "OPTIONS": {
            "socket_connect_timeout": float(env.get("REDIS_TIMEOUT", "0.5")),
            "socket_timeout": float(env.get("REDIS_TIMEOUT", "0.5")),
        },
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Anonymous page responses cached in the shared cache (operations/pagecache.py),
# purged on every publish; Cache-Control lets a CDN keep them too.
PAGE_CACHE_TIMEOUT = int(env.get("PAGE_CACHE_TIMEOUT", "600"))
PAGE_CACHE_BROWSER_MAX_AGE = int(env.get("PAGE_CACHE_BROWSER_MAX_AGE", "60"))
PAGE_CACHE_SHARED_MAX_AGE = int(env.get("PAGE_CACHE_SHARED_MAX_AGE", "300"))
# Each app server keeps a copy of the pages it served from Redis lately, so a
# hit reads only the generation from Redis, not the whole page (0 = none).
PAGE_CACHE_LOCAL_PAGES = int(env.get("PAGE_CACHE_LOCAL_PAGES", "256"))
# Each app server keeps the generation it read until a purge is announced on
# Redis' publish/subscribe, so a hit costs no round trip to Redis; it is read
# again anyway every GENERATION_RECHECK_SECONDS (operations/generation_watch.py).
PAGE_CACHE_WATCH_GENERATION = env_bool("PAGE_CACHE_WATCH_GENERATION", True)
GENERATION_RECHECK_SECONDS = float(env.get("GENERATION_RECHECK_SECONDS", "1"))
# Copies of fragments and kept routes each app server used lately, so that
# a page rendered without the page cache costs no round trip to Redis for
# them (operations/local_copies.py; 0 = none).
FRAGMENT_CACHE_LOCAL_COPIES = int(env.get("FRAGMENT_CACHE_LOCAL_COPIES", "512"))
ROUTE_CACHE_LOCAL_COPIES = int(env.get("ROUTE_CACHE_LOCAL_COPIES", "1024"))
# A purge that could not reach Redis is kept in the database and applied when
# Redis answers again; a server that saw nothing of the outage looks for such
# purges this often (operations/pagecache.py).
PENDING_PURGE_CHECK_SECONDS = int(env.get("PENDING_PURGE_CHECK_SECONDS", "5"))
PAGE_CACHE_EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/django-admin/", "/healthz")

# Front-end cache (CDN or Varnish) purged on publish, when configured.
FRONTEND_CACHE_BACKENDS = {}
if env.get("FRONTEND_CACHE_PURGE_URL"):
    FRONTEND_CACHE_BACKENDS["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env["FRONTEND_CACHE_PURGE_URL"],
    }
if env.get("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID"):
    FRONTEND_CACHE_BACKENDS["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env.get("FRONTEND_CACHE_CLOUDFLARE_TOKEN", ""),
        "ZONEID": env["FRONTEND_CACHE_CLOUDFLARE_ZONE_ID"],
    }
if FRONTEND_CACHE_BACKENDS:
    WAGTAILFRONTENDCACHE = FRONTEND_CACHE_BACKENDS
    # operations/signals.py purges every live language version by its own URL;
    # Wagtail's default would also rewrite each /xx/ URL into every other
    # language's prefix, addresses that are not pages (the slugs differ).
    WAGTAILFRONTENDCACHE_LANGUAGES = []
    # wagtail.contrib.frontend_cache, without its own page handlers (see there).
    INSTALLED_APPS = [*INSTALLED_APPS, "operations.frontend_cache.FrontendCacheConfig"]

# Static files: WhiteNoise serves them compressed, with hashed names cached for a year.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ORIGINS = []
# Media (images, documents): local disk under MEDIA_ROOT, or an S3-compatible
# bucket through django-storages when AWS_STORAGE_BUCKET_NAME is set.
if env.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": env.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": env.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
            "file_overwrite": False,
        },
    }
    # Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY are read by boto3.
    if env.get("AWS_S3_CUSTOM_DOMAIN"):
        MEDIA_ORIGINS.append(f"https://{env['AWS_S3_CUSTOM_DOMAIN']}")
    elif env.get("AWS_S3_ENDPOINT_URL"):
        MEDIA_ORIGINS.append(env["AWS_S3_ENDPOINT_URL"].rstrip("/"))
    else:
        MEDIA_ORIGINS.append(f"https://{env['AWS_STORAGE_BUCKET_NAME']}.s3.amazonaws.com")
# Documents are served through Django so that privacy settings apply.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

MIDDLEWARE = operations.production_middleware(MIDDLEWARE)

# Background work: the database backend of the tasks framework and a worker
# (`manage.py db_worker`). E-mail is sent by the worker, so a request never
# waits for the mail server, and an outage only delays the mail.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# E-mail through SMTP.
EMAIL_HOST = env.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(env.get("EMAIL_TIMEOUT", "20"))
SERVER_EMAIL = env.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# HTTPS and security headers. Behind a TLS-terminating proxy set
# SECURE_PROXY_SSL_HEADER=1 (it must set X-Forwarded-Proto itself).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz/?$"]
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(env.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
# Wagtail's preview sets SAMEORIGIN on its own views; everything else may not be framed.
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = operations.PERMISSIONS_POLICY
FRAME_ORIGINS = env_list("CSP_FRAME_SRC")
CONTENT_SECURITY_POLICY = operations.content_security_policy(MEDIA_ORIGINS, FRAME_ORIGINS)
CONTENT_SECURITY_POLICY_ADMIN = operations.admin_content_security_policy(
    MEDIA_ORIGINS, FRAME_ORIGINS
)
# No third-party requests from the admin either (its policy would block
# them): no Gravatar, no check for new Wagtail releases on the dashboard.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Admin login throttling: failed attempts are counted in the database (base
# settings), shared by every app server, and not in Redis: the lockout must
# hold while Redis is down.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AFFILIATION_TRUSTED_PROXY_COUNT = int(env.get("TRUSTED_PROXY_COUNT", "0"))
if env.get("AFFILIATION_RATE_LIMIT"):
    AFFILIATION_RATE_LIMIT = env["AFFILIATION_RATE_LIMIT"]
if env.get("AFFILIATION_MIN_FILL_SECONDS"):
    AFFILIATION_MIN_FILL_SECONDS = int(env["AFFILIATION_MIN_FILL_SECONDS"])
if env.get("AFFILIATION_NOTIFY_EMAIL"):
    AFFILIATION_NOTIFY_EMAIL = env["AFFILIATION_NOTIFY_EMAIL"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.security.DisallowedHost": {"handlers": ["console"], "level": "ERROR"},
    },
}
