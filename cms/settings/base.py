"""Settings shared by every environment.

Everything that differs between machines comes from the environment (see
`.env.example`); dev, test and production only override what they must.
"""

import os
from pathlib import Path

from django.conf import global_settings
from django.conf.locale import LANG_INFO

import dj_database_url

env = os.environ.copy()

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h.strip() for h in env.get("ALLOWED_HOSTS", "").split(",") if h.strip()]

# Which kind of environment this is. The demo-content command refuses to run
# in production, whatever else is configured.
CMS_ENVIRONMENT = "base"

INSTALLED_APPS = [
    "home",
    "sitesearch",
    "seo",
    "agreements",
    "forms",
    "consultations",
    "translations",
    "demo",
    "overview",
    "operations",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "editorial.apps.EditorialUsersAppConfig",  # wagtail.users, scoped for publishers
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # After wagtail.admin: its ready() replaces some of Wagtail's notifications.
    "editorial",
    "modelcluster",
    "taggit",
    "django_filters",
    "simple_history",
    "axes",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # /healthz answers before anything else, in every environment.
    "operations.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After messages: a review action refused by the four-eyes rule says why.
    "editorial.middleware.ReviewRefusedMiddleware",
    # One municipality's snippets, applications and registrations are not found in another's.
    "editorial.scoping.MunicipalityScopeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: locks out an address after repeated failed logins.
    "axes.middleware.AxesMiddleware",
]

# Admin logins are throttled by django-axes (see operations/auth.py). The
# failed attempts are counted in the database, in every environment: shared
# by every app server, and the lockout holds while the cache (Redis) is down,
# where axes' cache handler failed every login with a server error. No log of
# successful logins (personal data).
AUTHENTICATION_BACKENDS = [
    "operations.auth.AxesLoginBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_DISABLE_ACCESS_LOG = True
AXES_FAILURE_LIMIT = int(env.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(env.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "operations/lockout.html"
# The client's address, read as the public forms' rate limit reads it: behind
# AFFILIATION_TRUSTED_PROXY_COUNT proxies of ours, the entry they added to
# X-Forwarded-For, never one the client wrote itself.
AXES_CLIENT_IP_CALLABLE = "forms.ratelimit.client_address"
# The user name as typed, cut to what axes' table holds (operations/auth.py).
AXES_USERNAME_CALLABLE = "operations.auth.login_username"
# After the front-end login (of a login-restricted page or document) without
# a page to go back to: the home page, not Django's /accounts/profile/.
LOGIN_REDIRECT_URL = "/"

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# SQLite is the embedded default so that `make run` needs nothing installed;
# production and CI point DATABASE_URL at PostgreSQL.
#
# On SQLite, concurrent writers must queue, not fail: by default a
# transaction starts as a reader and asks for the write lock only at its
# first write, and when another writer holds it SQLite answers "database is
# locked" at once, without waiting (50 people registering for the last places
# of an event got 48 server errors). IMMEDIATE transactions take the write
# lock when they begin, so they wait their turn for up to SQLITE_TIMEOUT
# seconds; WAL lets readers go on while one transaction writes. Every
# environment (the tests too) gets these options with SQLite.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": float(env.get("SQLITE_TIMEOUT", "30")),
    "init_command": "PRAGMA journal_mode=WAL",
}


def database_from_url(url, **kwargs):
    """DATABASES["default"] from a URL (dj-database-url), with SQLITE_OPTIONS on SQLite."""
    config = dj_database_url.parse(url, **kwargs)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    return config


DATABASES = {
    "default": database_from_url(
        env.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation.
# Swedish is the source language and is served at "/"; every other content
# language is served under its own prefix. LANGUAGE_CODE and
# WAGTAIL_I18N_ENABLED must be set before the first migration: the first
# Locale is created from them.
LANGUAGE_CODE = "sv"
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# British English, 24-hour times and Arabic commas: see cms/formats/.
FORMAT_MODULE_PATH = ["cms.formats"]

# Names of each language in that language, for the language switcher. Any
# Django language code works, also ones Django ships no data for (Somali,
# Tigrinya, Syriac): their name and direction come from EXTRA_LANG_INFO.
LANGUAGE_NAMES = {
    "sv": "Svenska",
    "en": "English",
    "fi": "Suomi",
    "ar": "العربية",
    "so": "Soomaali",
    "ti": "ትግርኛ",
    "syr": "ܣܘܪܝܝܐ",
}
EXTRA_LANG_INFO = {
    "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
    "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
    "syr": {"bidi": True, "code": "syr", "name": "Syriac", "name_local": "ܣܘܪܝܝܐ"},
}
CONTENT_LANGUAGE_CODES = [
    code.strip() for code in env.get("CMS_LANGUAGES", "sv,en,fi,ar,so").split(",") if code.strip()
]
if CONTENT_LANGUAGE_CODES[0] != LANGUAGE_CODE:
    raise ValueError(f"CMS_LANGUAGES must start with the source language {LANGUAGE_CODE!r}")
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    (code, LANGUAGE_NAMES.get(code, code)) for code in CONTENT_LANGUAGE_CODES
]
WAGTAIL_I18N_ENABLED = True
LANG_INFO.update(EXTRA_LANG_INFO)
LANGUAGES_BIDI = [
    *global_settings.LANGUAGES_BIDI,
    *(code for code, info in EXTRA_LANG_INFO.items() if info["bidi"]),
]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(env.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Files only the admin may hand out (scanned paper applications): outside
# MEDIA_ROOT and without a URL, so no web server or bucket serves them.
PRIVATE_MEDIA_ROOT = Path(env.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's editor can post many fields for pages with long inline lists
# (an agreement has dozens of commitments).
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background work (e-mail, search index) goes through the tasks framework
# that Wagtail 8 already uses; the immediate backend runs it in-process until
# production configures the database backend and a worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_BACKEND = env.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = env.get("DEFAULT_FROM_EMAIL", "noreply@overenskommelse.example")

# Review notifications go to the reviewers of each step (editorial app),
# not to every superuser.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Approval of the last review step publishes, without the reviewer needing the
# publish permission themselves.
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.workflows.publish_approved_revision"

WAGTAIL_SITE_NAME = env.get("WAGTAIL_SITE_NAME", "Lokal överenskommelse")

# What only a publication changes, kept in the cache under the page cache's
# generation, in every environment: which page a URL names
# (operations/routes.py) and the page parts that templates mark with
# {% fragment_cache %} (operations/templatetags/fragment_cache.py). 0 turns
# one off. Production also keeps whole anonymous pages (PAGE_CACHE_TIMEOUT).
ROUTE_CACHE_TIMEOUT = int(env.get("ROUTE_CACHE_TIMEOUT", "3600"))
FRAGMENT_CACHE_TIMEOUT = int(env.get("FRAGMENT_CACHE_TIMEOUT", "3600"))
WAGTAILADMIN_BASE_URL = env.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# On PostgreSQL, each page is stemmed in its own language and searched in the
# reader's ("långsiktighet" finds "långsiktig", "communities" finds
# "community"); Somali has no PostgreSQL configuration and gets 'simple'.
# SEARCH_CONFIG is for what has no language. Ignored on SQLite.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "sitesearch.backend",
        "SEARCH_CONFIG": "swedish",
        "LANGUAGE_CONFIGS": {"sv": "swedish", "en": "english", "fi": "finnish", "ar": "arabic"},
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx", "ods"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Uploaded documents must also look like what their extension says.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "operations.documents.CheckedDocumentForm"
WAGTAIL_DATE_FORMAT = "%Y-%m-%d"
WAGTAIL_DATETIME_FORMAT = "%Y-%m-%d %H:%M"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("sv", "Svenska"), ("en", "English")]
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Translation with wagtail-localize. Translations of live pages must not go
# live by themselves: they are published through the same review workflow.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

# Machine translation is off unless configured (see docs/operators.md): DeepL with
# DEEPL_API_KEY, or a LibreTranslate server with LIBRETRANSLATE_URL.
if env.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env["DEEPL_API_KEY"]},
    }
elif env.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env["LIBRETRANSLATE_URL"],
            "API_KEY": env.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }

# The reason kept with each historical record says who decided what (e.g. which
# register details an approval kept or took): a text field, not 100 characters.
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True
