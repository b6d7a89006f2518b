"""Full-text search in each page's own language on PostgreSQL.

Wagtail's database backend takes one text-search configuration
(`SEARCH_CONFIG`) for the whole index, so every language was stemmed as
Swedish and "communities" never found "community". Its index keeps one row
per object, so one backend per language would overwrite each other's rows.
Here one backend picks the configuration per object, by the object's locale,
when it builds the row's vectors (`LANGUAGE_CONFIGS`), and per query by the
reader's language: the site searches only pages in the reader's language, so
both sides use the same configuration. A language PostgreSQL has no
configuration for (Somali) falls back to 'simple'; objects without a locale
(documents, images, contact points) keep `SEARCH_CONFIG`.

On SQLite (and any other database) Wagtail's own database backend is used
unchanged: its FTS index has no stemming to choose.

Two consequences: the admin's page search, which spans every language, uses
the editor's admin language for the query (Swedish pages from a Swedish
admin, as before); and rows indexed before this backend keep their Swedish
vectors until `manage.py update_index` rebuilds them.
"""

from django.db import connection
from django.utils.translation import get_language

from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from home.i18n import locale_code

FALLBACK_CONFIG = "simple"


def config_for_language(backend, language):
    """The configuration for `language` ("sv" → "swedish"), 'simple' where there is none."""
    code = (language or "").split("-")[0]
    return backend.language_configs.get(code, FALLBACK_CONFIG)


def config_for_object(backend, obj):
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return backend.config
    return config_for_language(backend, locale_code(locale_id))


class _BackendWithConfig:
    """The backend as Wagtail's `ObjectIndexer` reads it, with one group's configuration."""

    def __init__(self, backend, config):
        self._backend = backend
        self.config = config

    def __getattr__(self, name):
        return getattr(self._backend, name)


class LocalizedPostgresIndex(PostgresIndex):
    """Builds each object's index row with its own language's configuration."""

    def add_items(self, model, objs):
        groups = {}
        for obj in objs:
            groups.setdefault(config_for_object(self.backend, obj), []).append(obj)
        for config, group in groups.items():
            PostgresIndex(_BackendWithConfig(self.backend, config)).add_items(model, group)


class LocalizedSearchQueryCompiler(PostgresSearchQueryCompiler):
    """Queries a localized model in the reader's language, anything else as before."""

    def get_config(self, backend):
        if any(f.name == "locale" for f in self.queryset.model._meta.get_fields()):
            return config_for_language(backend, get_language())
        return backend.config


class LocalizedPostgresSearchBackend(PostgresSearchBackend):
    """PostgreSQL search with a configuration per language (`LANGUAGE_CONFIGS`)."""

    query_compiler_class = LocalizedSearchQueryCompiler
    index_class = LocalizedPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = dict(params.get("LANGUAGE_CONFIGS", {}))


def SearchBackend(params):  # noqa: N802 - Wagtail looks backends up by this name
    """Wagtail's database backend; on PostgreSQL, one that stems each language as itself."""
    if connection.vendor == "postgresql":
        return LocalizedPostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
