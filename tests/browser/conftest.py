"""The browser tests: Debian's Chromium driven by Playwright over the demo site.

One demo site per session: a fresh SQLite database built by `migrate` and
`load_initial_data`, served by `runserver` in a subprocess (so the suite's
own test database and transactions are untouched), and one Chromium for
all tests. What is visited comes from the demo database (`discover.py`).
The demo's other sites (Exempelby, the national overview) are set to the
live server's port and reached at their own `*.localhost` host names, which
Chromium resolves to loopback without any flag.

Locally the tests skip, saying why, when Chromium, Java, npm or Playwright
is missing; with CI=true they fail instead, so CI cannot pass by skipping.

The demo tells real agreements with their real dates, so what it shows
depends on the day (the affiliation form closes when the agreement expires).
Its processes therefore run on a day inside the current agreement's period,
counted from the demo's own data, with Debian's libfaketime (`faketime`):
the browser tests give the same result in any year.
"""

import contextlib
import datetime
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from demo.content.agreements_sv import CURRENT_AGREEMENT
from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS
from tests.requirements import in_ci, unavailable

BROWSER_DIR = Path(__file__).resolve().parent
BASE_DIR = BROWSER_DIR.parent.parent
NODE_MODULES = BROWSER_DIR / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = shutil.which("java") or "/usr/bin/java"
# Written by the tests, never committed (.gitignore: test-results/).
SCREENSHOTS_DIR = BASE_DIR / "test-results" / "screenshots"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def node_modules():
    """axe-core and vnu.jar from tests/browser/package-lock.json (`npm ci` if missing)."""
    if not (AXE_JS.exists() and VNU_JAR.exists()):
        npm = shutil.which("npm")
        if npm is None:
            unavailable("npm is missing, so axe-core and vnu-jar cannot be installed")
        result = subprocess.run(
            [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"],
            cwd=BROWSER_DIR,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not AXE_JS.exists():
            unavailable(f"`npm ci` in tests/browser failed: {result.stderr[-500:]}")
    return {"axe": AXE_JS, "vnu": VNU_JAR}


@pytest.fixture(scope="session")
def java():
    if not Path(JAVA).exists():
        unavailable("Java is missing (apt-get install default-jre-headless)")
    return JAVA


def demo_clock():
    """(the demo's today, environment that starts its processes at noon that day).

    The day is a year into the demo's current agreement. Without libfaketime
    (a laptop) the demo runs on today's clock, which is inside that period
    until it ends; CI must have it.
    """
    libraries = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    if not libraries:
        if in_ci():
            pytest.fail("CI=true but libfaketime is missing (apt-get install faketime)")
        return datetime.date.today(), {}
    # The second spring of the current agreement's years (the demo gives years only).
    day = datetime.date(CURRENT_AGREEMENT["period"]["first_year"] + 1, 3, 3)
    return day, {"LD_PRELOAD": libraries[0], "FAKETIME": f"@{day.isoformat()} 12:00:00"}


@pytest.fixture(scope="package")
def demo_site(tmp_path_factory):
    """The demo served on a free local port: {"url", "targets", "site_targets", "event_url",
    "today", ...}; its other sites at their own host names (`*.localhost`) on the same port."""
    workdir = tmp_path_factory.mktemp("browser-site")
    today, clock_env = demo_clock()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.browser.settings",
        "DATABASE_URL": f"sqlite:///{workdir / 'demo.sqlite3'}",
        "TEST_MEDIA_ROOT": str(workdir / "media"),
        "PYTHONPATH": str(BASE_DIR),
        **clock_env,
    }
    manage = [sys.executable, str(BASE_DIR / "manage.py")]

    def run(*args):
        result = subprocess.run(
            [*manage, *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            pytest.fail(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    run("migrate", "--noinput", "-v", "0")
    run("load_initial_data")
    # The demo's sites (Exempelby, the overview on *.localhost) answer at the live port.
    port = free_port()
    run("shell", "-c", f"from wagtail.models import Site; Site.objects.update(port={port})")
    discovered = subprocess.run(
        [sys.executable, "-m", "tests.browser.discover"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    site = json.loads(discovered.stdout)
    with runserver(env, workdir / "server.log", port) as url:
        yield {
            **site,
            "url": url,
            "log": workdir / "server.log",
            "env": env,
            "workdir": workdir,
            "today": today,
        }


def full_url(demo_site, target):
    """The target's URL: another site's is already full, the default site's is a path."""
    url = target["url"]
    return url if url.startswith("http") else demo_site["url"] + url


@contextlib.contextmanager
def runserver(env, log_path, port):
    """`manage.py runserver` with `env` on `port`, its output in `log_path`; yields its URL."""
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                str(BASE_DIR / "manage.py"),
                "runserver",
                f"127.0.0.1:{port}",
                "--noreload",
                "--insecure",
                "--skip-checks",
            ],
            cwd=BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            for _attempt in range(200):
                try:
                    urllib.request.urlopen(url + "/robots.txt", timeout=1)  # noqa: S310
                    break
                except OSError as error:
                    if getattr(error, "code", None):  # an HTTP error: the server answers
                        break
                    if server.poll() is not None:
                        pytest.fail(f"runserver exited: {log_path.read_text()}")
                    time.sleep(0.1)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


@pytest.fixture(scope="package")
def browser():
    """One Debian Chromium for all browser tests (never `playwright install`).

    Package-scoped, not session-scoped: Playwright's event loop must be gone
    before the rest of the suite touches the database (Django refuses
    synchronous queries while an event loop runs).
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the Python package playwright is not installed (make install)")
    if not Path(CHROMIUM).exists():
        unavailable(f"Chromium is missing at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh tab at desktop width; closed after the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()
