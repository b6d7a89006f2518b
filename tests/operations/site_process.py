"""The site and its task worker as real processes over the test's own database.

For what only separate processes and connections show: SQLite writers
queueing for the lock, a worker whose database goes away. The test builds
its data in a transactional test database (`django_db(transaction=True)`),
so that other processes see it; on SQLite that database lives in memory
and is copied to a file first (`VACUUM INTO`), on PostgreSQL the processes
use the test database itself. Servers listen on free loopback ports only.
"""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.db import connection

import requests

SETTINGS = "tests.operations.server_settings"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(tmp_path, *, host=None, port=None):
    """A URL for other processes to reach the test database (as it is now, on SQLite).

    `host` and `port` replace PostgreSQL's, e.g. to go through a proxy.
    """
    config = connection.settings_dict
    if connection.vendor == "sqlite":
        path = Path(tmp_path) / "site.sqlite3"
        path.unlink(missing_ok=True)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM INTO %s", [str(path)])
        return f"sqlite:///{path}"
    assert connection.vendor == "postgresql", connection.vendor
    auth = config["USER"] + (f":{config['PASSWORD']}" if config["PASSWORD"] else "")
    host = host or config["HOST"] or "127.0.0.1"
    port = port or config["PORT"] or 5432
    return f"postgres://{auth}@{host}:{port}/{config['NAME']}"


def environment(database_url, email_dir, **extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": database_url,
        "TEST_EMAIL_DIR": str(email_dir),
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


def start(env, *args):
    """`manage.py *args` in a process group of its own, output kept for the failure message."""
    output = tempfile.TemporaryFile()  # noqa: SIM115 - closed with the process object
    process = subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    process.output = output
    return process


def stop(process, timeout=20):
    """Stop a process started by `start` (SIGTERM, then SIGKILL); its output."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return output_of(process)


def output_of(process):
    process.output.seek(0)
    return process.output.read().decode(errors="replace")


def wait_until_healthy(process, port, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited:\n{stop(process)[-3000:]}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server was not healthy in {timeout} s:\n{stop(process)[-3000:]}")


@contextlib.contextmanager
def site(env):
    """`manage.py runserver` (threaded, as `make run` serves): its base URL."""
    port = free_port()
    process = start(env, "runserver", "--noreload", f"127.0.0.1:{port}")
    try:
        wait_until_healthy(process, port)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)
