"""The task worker (`manage.py db_worker`) waits out a database outage, and its e-mail goes out.

PostgreSQL only (the suite's second pass in CI): a real worker process
reaches the test database through a loopback proxy that the test cuts, as
if PostgreSQL stopped, and restores. People register for an event
meanwhile; their confirmations, queued in the database, must go out once
the worker reaches it again, each once; and a worker that crashed is
replaced by its supervisor and sends what waited.
"""

import time
from pathlib import Path

from django.db import connection

import pytest

from forms.models import Registration
from tests.agreements.conftest import in_days, registration_data
from tests.factories import EventIndexPageFactory, EventPageFactory
from tests.operations import site_process
from tests.operations.tcp_proxy import TcpProxy

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs a database server: runs on PostgreSQL"
    ),
    # serialized_rollback: the flush at the end would remove what migrations created.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def event(agreement, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.AFFILIATION_MIN_FILL_SECONDS = 0
    settings.EVENT_REGISTRATION_RATE_LIMIT = "1000/h"
    index = EventIndexPageFactory(parent=agreement)
    return EventPageFactory(parent=index, start=in_days(30), registration_enabled=True, capacity=20)


@pytest.fixture
def database_proxy():
    config = connection.settings_dict
    proxy = TcpProxy(config["HOST"] or "127.0.0.1", int(config["PORT"] or 5432)).start()
    yield proxy
    proxy.stop()


def register(client, event, email):
    response = client.post(event.url + "register/", registration_data(email=email))
    assert response.status_code == 303
    assert Registration.objects.filter(email=email).exists()


def recipients(mail_dir):
    """Every To: address in the e-mails the worker wrote, once per e-mail."""
    found = []
    for path in sorted(Path(mail_dir).glob("*")):
        for line in path.read_text(errors="replace").splitlines():
            if line.startswith("To: "):
                found.append(line.removeprefix("To: ").strip())
    return found


def wait_for(condition, timeout=60, message=""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"not within {timeout} s: {message}")


def start_worker(env):
    return site_process.start(
        env, "db_worker", "--queue-name", "*", "--interval", "0.2", "--no-startup-delay",
        "--no-reload", "--database-retry-max", "1",
    )  # fmt: skip


def test_the_worker_waits_out_a_database_outage_and_sends_what_was_queued(
    client, event, database_proxy, tmp_path
):
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    url = site_process.database_url(tmp_path, host="127.0.0.1", port=database_proxy.port)
    env = site_process.environment(url, mail_dir)
    worker = start_worker(env)
    try:
        register(client, event, "fore@person.example")
        wait_for(
            lambda: recipients(mail_dir) == ["fore@person.example"],
            message=f"the worker sends\n{site_process.output_of(worker)}",
        )

        database_proxy.cut()  # PostgreSQL "stops" for the worker
        time.sleep(3)  # several polls of the worker fail meanwhile
        register(client, event, "under1@person.example")
        register(client, event, "under2@person.example")
        assert worker.poll() is None, f"the worker exited:\n{site_process.output_of(worker)}"
        assert recipients(mail_dir) == ["fore@person.example"]

        database_proxy.restore()
        wait_for(
            lambda: len(recipients(mail_dir)) == 3,
            message=f"the queued e-mails go out\n{site_process.output_of(worker)}",
        )
    finally:
        output = site_process.stop(worker)
    assert sorted(recipients(mail_dir)) == [
        "fore@person.example",
        "under1@person.example",
        "under2@person.example",
    ]
    assert "Database unavailable" in output

    # A crash of another kind, during another outage: the supervisor (docs/operators.md:
    # systemd's Restart=always) starts a new worker, which sends what waited.
    worker = start_worker(env)
    database_proxy.cut()
    worker.kill()
    worker.wait()
    register(client, event, "efter-krasch@person.example")
    database_proxy.restore()
    restarted = start_worker(env)
    try:
        wait_for(
            lambda: len(recipients(mail_dir)) == 4,
            message=f"the restarted worker sends\n{site_process.output_of(restarted)}",
        )
    finally:
        site_process.stop(restarted)
    assert recipients(mail_dir).count("efter-krasch@person.example") == 1
