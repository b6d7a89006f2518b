"""Production app servers for the scale-out test and the benchmark.

Starts gunicorn with `cms.settings.production` over one database and one
Redis, on loopback ports only, and stops them again. The database named in
DATABASE_URL is prepared by `prepare_database` (migrate, collectstatic, a
small site). Used by tests/scaleout and by `make bench`.
"""

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def production_env(database_url, redis_url, **extra):
    """The environment of a production server on this machine, plain HTTP behind a "proxy"."""
    workdir = Path(tempfile.gettempdir()) / "overenskommelse-production"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": os.environ.get("SCALEOUT_SECRET_KEY", secrets.token_urlsafe(50)),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": f"run-{secrets.token_hex(4)}",
        # The test client plays the TLS-terminating proxy: it sends X-Forwarded-Proto.
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_PROXY_SSL_HEADER": "true",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "LOG_LEVEL": "WARNING",
        "GUNICORN_ACCESSLOG": "",
        **extra,
    }


def manage(env, *args, check=True, **kwargs):
    return subprocess.run(
        [str(BIN / "python"), "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=check,
        capture_output=True,
        text=True,
        **kwargs,
    )


def recreate_database(database_url):
    """Drop and create the (PostgreSQL) database of `database_url`; SQLite files are removed."""
    import dj_database_url

    config = dj_database_url.parse(database_url)
    if config["ENGINE"].endswith("sqlite3"):
        Path(config["NAME"]).unlink(missing_ok=True)
        return
    import psycopg

    with psycopg.connect(
        host=config["HOST"],
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{config["NAME"]}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{config["NAME"]}"')


SITE_SCRIPT = """
from django.contrib.auth import get_user_model
from wagtail.models import Site
from tests.factories import AgreementIndexPageFactory, AgreementPageFactory
from tests.factories.forms import ApplicationPageFactory
home = Site.objects.get(is_default_site=True).root_page.specific
index = AgreementIndexPageFactory(parent=home, slug="overenskommelsen", title="Överenskommelsen")
agreement = AgreementPageFactory(parent=index, slug="2025-2028", title="Överenskommelse 2025-2028")
ApplicationPageFactory(parent=agreement, slug="anslut")
get_user_model().objects.create_superuser("driftadmin", "drift@example.se", "Drift-lösen-2025")
"""


def prepare_database(env, site_script=SITE_SCRIPT):
    recreate_database(env["DATABASE_URL"])
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    if site_script:
        manage(env, "shell", "--no-imports", "-c", site_script)


@contextlib.contextmanager
def app_servers(env, ports, workers=1):
    """gunicorn app servers on `ports`, waited for through /healthz, stopped afterwards."""
    processes = []
    try:
        for port in ports:
            processes.append(
                subprocess.Popen(
                    [
                        str(BIN / "gunicorn"),
                        "-c",
                        "cms/gunicorn.conf.py",
                        "--bind",
                        f"127.0.0.1:{port}",
                        "--workers",
                        str(workers),
                        "cms.wsgi",
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    start_new_session=True,
                )
            )
        for port, process in zip(ports, processes, strict=True):
            wait_for_health(port, process)
        yield [f"http://127.0.0.1:{port}" for port in ports]
    finally:
        for process in processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def wait_for_health(port, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = process.stderr.read().decode()[-2000:]
            raise RuntimeError(f"gunicorn on {port} exited: {log}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"gunicorn on {port} did not become healthy in {timeout} s")


class Browser:
    """A browser behind the TLS proxy: https in X-Forwarded-Proto, its own cookies.

    Cookies are kept by name and sent to every port of 127.0.0.1, as a browser
    sends a host's cookies to every server behind one address (requests' own
    jar would hold back the Secure cookies over plain http).
    """

    def __init__(self):
        self.cookies = {}
        self.session = requests.Session()

    def request(self, method, url, **kwargs):
        headers = {"X-Forwarded-Proto": "https", **(kwargs.pop("headers", None) or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        self.session.cookies.clear()
        response = self.session.request(
            method, url, headers=headers, allow_redirects=False, timeout=30, **kwargs
        )
        for name, morsel_value in response.cookies.items():
            self.cookies[name] = morsel_value
        return response

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post(self, url, data, **kwargs):
        base = "/".join(url.split("/")[:3])
        headers = {"Origin": base.replace("http://", "https://"), "Referer": url}
        data = {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **data}
        return self.request("POST", url, data=data, headers=headers, **kwargs)
