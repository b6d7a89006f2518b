"""The CDN or Varnish in front of the site is told to drop what a change makes stale.

The front-end cache is configured by evaluating `cms.settings.production`
with FRONTEND_CACHE_PURGE_URL pointing at a tiny local HTTP server that
records the PURGE requests it receives, the way Varnish would get them
from Wagtail's HTTPBackend.
"""

import importlib
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.models import Locale, Site

import pytest

from cms.settings import base as base_settings
from tests.factories import AgreementPageFactory, PrinciplePageFactory

pytestmark = pytest.mark.django_db

PORTS = range(18120, 18140)
PUBLIC_HOST = "overenskommelse.example.se"
FRONTEND_CACHE_APP = "operations.frontend_cache.FrontendCacheConfig"


class PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.requests.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def listening_server():
    for port in PORTS:
        try:
            return ThreadingHTTPServer(("127.0.0.1", port), PurgeRecorder)
        except OSError:
            continue
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


@pytest.fixture
def varnish():
    """A stand-in for Varnish: `.requests` lists (Host header, path) of every PURGE."""
    server = listening_server()
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def production_settings(monkeypatch, **environment):
    """`cms.settings.production` evaluated with this environment (not left imported)."""
    required = {
        "SECRET_KEY": "x7#kq9-frontend-cache-test-only-" + "a1B2c3D4e5F6g7H8i9J0" * 2,
        "ALLOWED_HOSTS": PUBLIC_HOST,
        "REDIS_URL": "redis://127.0.0.1:6379/11",
    }
    for name, value in {**required, **environment}.items():
        monkeypatch.setitem(base_settings.env, name, value)
    sys.modules.pop("cms.settings.production", None)
    try:
        return importlib.import_module("cms.settings.production")
    finally:
        sys.modules.pop("cms.settings.production", None)


@pytest.fixture
def frontend_cache(settings, monkeypatch, varnish, home_page):
    """The front-end cache switched on exactly as production does it from the environment."""
    production = production_settings(
        monkeypatch, FRONTEND_CACHE_PURGE_URL=f"http://127.0.0.1:{varnish.server_port}"
    )
    assert production.INSTALLED_APPS[-1] == FRONTEND_CACHE_APP
    settings.WAGTAILFRONTENDCACHE = production.WAGTAILFRONTENDCACHE
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = production.WAGTAILFRONTENDCACHE_LANGUAGES
    settings.SECURE_SSL_REDIRECT = production.SECURE_SSL_REDIRECT
    # The app itself is not installed here: re-populating the app registry
    # mid-session runs every app's ready() again, which some apps do not
    # survive. Installed, it does nothing to pages (its ready() is empty).
    # The public host name on the default port, as an operator sets up the Site.
    Site.objects.filter(is_default_site=True).update(hostname=PUBLIC_HOST, port=80)
    Site.clear_site_root_paths_cache()
    # The full URLs handed to the backend (the HTTP request keeps only the path).
    purged_urls = []
    original = HTTPBackend.purge

    def spy(backend, url):
        purged_urls.append(url)
        return original(backend, url)

    monkeypatch.setattr(HTTPBackend, "purge", spy)
    varnish.urls = purged_urls
    yield varnish


def translate(page, language_code="en", title=None):
    """A live translation of `page` (and of the pages above it that lack one)."""
    locale = Locale.objects.get(language_code=language_code)
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.has_translation(locale):
            ancestor.copy_for_translation(locale).save_revision().publish()
    translated = page.copy_for_translation(locale)
    if title:
        translated.title = title
    translated.save_revision().publish()
    return translated


def paths(varnish):
    return {path for _host, path in varnish.requests}


def public(path):
    return f"https://{PUBLIC_HOST}{path}"


def test_production_switches_the_front_end_cache_on_only_when_configured(monkeypatch):
    without = production_settings(monkeypatch)
    assert FRONTEND_CACHE_APP not in without.INSTALLED_APPS
    assert not hasattr(without, "WAGTAILFRONTENDCACHE")
    with_varnish = production_settings(
        monkeypatch, FRONTEND_CACHE_PURGE_URL="http://varnish.internal:6081"
    )
    assert with_varnish.INSTALLED_APPS[-1] == FRONTEND_CACHE_APP
    assert with_varnish.WAGTAILFRONTENDCACHE["varnish"] == {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://varnish.internal:6081",
    }


def test_publishing_purges_the_page_its_listings_and_its_translations_after_commit(
    frontend_cache, agreement, django_capture_on_commit_callbacks
):
    english = translate(agreement, title="The agreement")
    index = agreement.get_parent()
    frontend_cache.requests.clear()
    frontend_cache.urls.clear()

    agreement.title = "Ny titel på överenskommelsen"
    with django_capture_on_commit_callbacks(execute=True):
        agreement.save_revision().publish()
        # Until the transaction commits, the CDN must not re-fetch the page
        # (it would get the old version).
        assert frontend_cache.requests == []

    expected = {
        "/",
        index.url,
        agreement.url,
        "/en/",
        english.get_parent().url,
        english.url,
    }
    assert agreement.url != english.url
    assert sorted(path for _host, path in frontend_cache.requests) == sorted(expected)
    assert {host for host, _path in frontend_cache.requests} == {PUBLIC_HOST}
    # The full URLs are the public https ones of every language version.
    assert set(frontend_cache.urls) == {public(path) for path in expected}


def test_unpublishing_purges_the_page_itself_and_what_listed_it(
    frontend_cache, agreement, django_capture_on_commit_callbacks
):
    principle = PrinciplePageFactory(parent=agreement, title="Öppenhet")
    frontend_cache.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        principle.unpublish()
    assert paths(frontend_cache) >= {principle.url, agreement.url, agreement.get_parent().url}
    assert public(principle.url) in frontend_cache.urls


def test_a_page_never_live_is_never_purged(
    frontend_cache, agreement, agreement_index, django_capture_on_commit_callbacks
):
    other = AgreementPageFactory(parent=agreement_index, title="Den andra versionen")
    draft = PrinciplePageFactory(parent=agreement, title="Utkast", live=False)
    draft_url = draft.get_url()
    frontend_cache.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        draft.title = "Utkast, andra versionen"
        draft.save_revision()
        draft.move(other, pos="last-child")
    assert frontend_cache.requests == []
    assert draft_url is not None and draft_url not in paths(frontend_cache)


def test_moving_a_live_page_purges_its_old_and_new_places(
    frontend_cache, agreement, agreement_index, django_capture_on_commit_callbacks
):
    other = AgreementPageFactory(parent=agreement_index, title="Den andra versionen")
    principle = PrinciplePageFactory(parent=agreement, title="Öppenhet")
    old_url = principle.url
    frontend_cache.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        principle.move(other, pos="last-child")
    principle.refresh_from_db()
    assert principle.url != old_url
    assert paths(frontend_cache) >= {old_url, principle.url, agreement.url, other.url}


def test_deleting_a_live_page_purges_it_and_its_parent(
    frontend_cache, agreement, django_capture_on_commit_callbacks
):
    principle = PrinciplePageFactory(parent=agreement, title="Öppenhet")
    url = principle.url
    frontend_cache.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        principle.delete()
    assert paths(frontend_cache) >= {url, agreement.url}


def test_nothing_is_sent_without_a_purge_url(
    settings, varnish, agreement, django_capture_on_commit_callbacks
):
    assert FRONTEND_CACHE_APP not in settings.INSTALLED_APPS
    with django_capture_on_commit_callbacks(execute=True):
        agreement.save_revision().publish()
    assert varnish.requests == []


def test_production_installs_the_app_without_wagtails_page_handlers():
    """Redirects see the app installed; the pages are purged only by operations/signals.py."""
    from tests.operations.test_deploy_settings import manage

    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.apps import apps; from wagtail.signals import page_published;"
        "print(apps.is_installed('wagtail.contrib.frontend_cache'));"
        "print(sorted({r[1]().__module__ for r in page_published.receivers}))",
        FRONTEND_CACHE_PURGE_URL="http://varnish.internal:6081",
    )
    assert result.returncode == 0, result.stderr
    installed, modules = result.stdout.splitlines()
    assert installed == "True"
    assert "wagtail.contrib.frontend_cache.signal_handlers" not in modules
    assert "operations.signals" in modules
