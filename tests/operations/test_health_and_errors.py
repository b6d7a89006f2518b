"""/healthz, and friendly localized error pages: 404, 500, and 503 when the database is down."""

from unittest import mock

from django.core.cache import caches
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

import pytest

pytestmark = pytest.mark.django_db


def database_down():
    return mock.patch.object(
        BaseDatabaseWrapper, "cursor", side_effect=OperationalError("connection refused")
    )


def test_healthz_reports_database_and_cache(production, client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == {"ok": True}
    assert body["cache"] == {"ok": True}
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_healthz_is_there_outside_production_too(client):
    """Development and test settings answer /healthz as production does (no slash redirect)."""
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_healthz_says_503_when_the_database_is_down(production, client):
    with database_down():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == {"ok": False, "error": "OperationalError"}
    assert response.json()["status"] == "unavailable"


def test_healthz_reports_a_broken_cache_but_stays_up(production, client):
    with mock.patch.object(type(caches["default"]), "set", side_effect=ConnectionError("down")):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["cache"]["ok"] is False


def test_healthz_answers_any_host_name(production, client, settings):
    settings.ALLOWED_HOSTS = ["overenskommelse.example.se"]
    assert client.get("/healthz", HTTP_HOST="10.0.0.5").status_code == 200


@pytest.mark.parametrize(
    ("path", "lang", "text"),
    [
        ("/overenskommelsen/", "sv", "Webbplatsen är tillfälligt otillgänglig"),
        ("/en/overenskommelsen/", "en", "The site is temporarily unavailable"),
    ],
)
def test_database_down_gives_a_friendly_localized_503(
    production, client, home_page, path, lang, text
):
    with database_down():
        response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"]
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert text in html


def test_a_database_error_outside_the_view_gives_503_too(client):
    """Django calls handler500 inside the except block; a database error there is a 503."""
    from operations.views import server_error

    request = client.get("/healthz").wsgi_request
    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(request)
    assert response.status_code == 500


def test_not_found_is_localized(production, client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()


def test_server_error_page_is_localized(client, settings):
    from operations.views import server_error

    request = client.get("/").wsgi_request
    from django.utils import translation

    with translation.override("en"):
        response = server_error(request)
    assert response.status_code == 500
    assert b"Something went wrong" in response.content
    assert b'lang="en"' in response.content
