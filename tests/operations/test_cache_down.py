"""With Redis down, pages are served from the database and applications still go in."""

from django.core.cache import cache

import pytest

from forms.models import Application
from tests.factories.forms import ApplicationPageFactory
from tests.forms.conftest import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_down(production):
    production.CACHES = {
        "default": {
            "BACKEND": "operations.cache_backend.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:18098/0",  # nothing listens here
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    production.AFFILIATION_MIN_FILL_SECONDS = 0
    return production


def test_the_backend_degrades_instead_of_raising(redis_down):
    assert cache.get("anything", "fallback") == "fallback"
    assert cache.set("key", "value") is None
    assert cache.add("key", "value") is False
    with pytest.raises(ValueError):
        cache.incr("key")


def test_pages_are_served_from_the_database(redis_down, client, agreement):
    for _ in range(2):
        response = client.get(agreement.url)
        assert response.status_code == 200
        assert response["X-Page-Cache"] == "miss"
        assert agreement.title in response.content.decode()


def test_health_reports_the_cache_down_but_stays_up(redis_down, client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["cache"]["ok"] is False


def test_applications_go_in_without_the_cache(redis_down, client, agreement):
    page = ApplicationPageFactory(parent=agreement)
    response = client.post(page.url, form_data())
    assert response.status_code == 303
    assert Application.objects.count() == 1


def test_admin_login_works_without_the_cache(redis_down, client, admin_user):
    response = client.post("/admin/login/", {"username": "admin", "password": "password"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
