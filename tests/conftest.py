"""Shared fixtures: the home page every install has, small agreement trees, a mail outage."""

import socket
from unittest import mock

from django.core.management import call_command
from django.test import Client

from wagtail.models import Site

import pytest
import time_machine

from tests import clock, migration_steps
from tests.factories import AgreementIndexPageFactory, AgreementPageFactory


def pytest_collection_modifyitems(items):
    """Browser tests share one demo site per package: keep them on one xdist worker.

    With `--dist loadgroup` (as `make test` runs) a group's tests all go to the
    same worker, so the demo site is built once, not once per worker.
    """
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.fixture(autouse=True)
def frozen_today(request):
    """Each test runs at noon of the run's day (`tests.clock`), the clock ticking on.

    Browser and scale-out tests are left on the real clock: the servers they
    start run in other processes, which a travel in this one does not reach.
    """
    if request.node.get_closest_marker("browser") or request.node.get_closest_marker("scaleout"):
        yield
        return
    with time_machine.travel(clock.noon(), tick=True):
        yield


@pytest.fixture
def today():
    """The frozen day of this run (see `tests.clock`)."""
    return clock.today()


@pytest.fixture
def home_page(db):
    """The HomePage created by the home app's migration (the default site's root)."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def agreement_index(home_page):
    return AgreementIndexPageFactory(parent=home_page)


@pytest.fixture
def agreement(agreement_index):
    return AgreementPageFactory(parent=agreement_index)


@pytest.fixture
def anonymous():
    """A visitor who is not logged in, beside a logged-in `admin_client`."""
    return Client()


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.com", "password")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def database_tasks(settings):
    """Production's task backend: tasks wait in the database for `run_worker`."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def smtp_down(settings):
    """SMTP to a port where nothing listens: a real connection refused.

    Set `settings.EMAIL_BACKEND` to the locmem backend for "the server is back".
    """
    with socket.socket() as probe:  # a port free a moment ago; nothing listens on it
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_TIMEOUT = 2


@pytest.fixture
def run_worker():
    """Run the queued tasks with `db_worker`, in this test's transaction."""

    def run():
        # The worker would close the test's connection between tasks.
        with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
            call_command(
                "db_worker", "--batch", "--no-startup-delay", "--queue-name", "*", verbosity=0
            )

    return run


@pytest.fixture
def back_to_the_latest_migrations():
    """Leave the database fully migrated after a migration test: later tests use today's models."""
    yield
    migration_steps.migrate_to_latest()
