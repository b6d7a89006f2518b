"""With Redis down, pages are served from the database and applications still go in."""

import datetime

from django.core.cache import cache
from django.utils import timezone

import pytest
import time_machine
from axes.handlers.proxy import AxesProxyHandler

from forms.models import Application
from tests.factories.forms import ApplicationPageFactory
from tests.forms.conftest import form_data
from tests.operations.production import production_settings

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


@pytest.fixture
def production_lockout(redis_down):
    """The admin-login lockout as production configures it (django-axes' handler)."""
    redis_down.AXES_HANDLER = production_settings().AXES_HANDLER
    redis_down.AXES_FAILURE_LIMIT = 3
    AxesProxyHandler.get_implementation(force=True)
    yield redis_down
    AxesProxyHandler.implementation = None  # the next test's handler, from its settings


def admin_login(client, password):
    return client.post(
        "/admin/login/", {"username": "admin", "password": password}, REMOTE_ADDR="203.0.113.9"
    )


def test_the_admin_login_lockout_holds_without_the_cache(production_lockout, client, admin_user):
    """Failed logins are counted, the lockout answers, and it lasts until the cool-off."""
    statuses = [admin_login(client, "wrong").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]  # the form with an error, twice; then locked out

    refused = admin_login(client, "password")
    assert refused.status_code == 429
    assert "För många misslyckade inloggningar" in refused.content.decode()
    assert "_auth_user_id" not in client.session

    # Each refused try restarts the cool-off (django-axes' default): an hour after the last.
    cool_off = datetime.timedelta(hours=production_lockout.AXES_COOLOFF_TIME)
    almost = timezone.now() + cool_off - datetime.timedelta(minutes=1)
    with time_machine.travel(almost):
        assert admin_login(client, "password").status_code == 429
    with time_machine.travel(almost + cool_off + datetime.timedelta(minutes=1)):
        assert admin_login(client, "password").status_code == 302
