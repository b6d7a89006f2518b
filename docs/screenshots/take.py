"""Screenshots of the real admin, in Swedish, for the editors' guide (docs/editors.md).

Run from the repository root:

    .venv/bin/python docs/screenshots/take.py

It builds the demo site in a temporary SQLite database (`migrate`,
`load_initial_data`), puts one principle into review as the demo writer
(`skribent`) would, serves the site with `runserver` on a free port, logs
into the admin as the demo users (whose admin language is Swedish, the
default) with Playwright driving Debian's Chromium (`/usr/bin/chromium`,
never `playwright install`) and writes the `admin-*.png` files next to this
script, 1200 px wide and reduced to a 256-colour palette to keep them small.
Nothing outside the temporary directory is touched but those files.

Why a script and not the browser tests: the pictures in a guide should show
what an editor sees, and be refreshed by one command when the admin changes.
"""

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
BASE_DIR = HERE.parent.parent
sys.path.insert(0, str(BASE_DIR))
from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

WIDTH = 1200
HEIGHT = 760

# Put the first Swedish principle into the two-step review, as the demo
# writer submitting it would, so the editor shows the workflow state panel
# and the reviewer's dashboard has something awaiting review.
START_REVIEW = """
from django.contrib.auth import get_user_model
from agreements.models import PrinciplePage
user = get_user_model().objects.get(username="skribent")
page = PrinciplePage.objects.live().filter(locale__language_code="sv").order_by("path").first()
page = page.specific
page.summary = page.summary + " "
page.save_revision(user=user, log_action=True)
page.get_workflow().start(page, user)
print(page.pk)
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, str(BASE_DIR / "manage.py"), *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


@contextlib.contextmanager
def runserver(env, port):
    server = subprocess.Popen(
        [
            sys.executable,
            str(BASE_DIR / "manage.py"),
            "runserver",
            f"127.0.0.1:{port}",
            "--noreload",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _attempt in range(300):
            try:
                urllib.request.urlopen(url + "/robots.txt", timeout=1)  # noqa: S310
                break
            except OSError:
                if server.poll() is not None:
                    sys.exit("runserver exited")
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def optimise(path):
    """A 256-colour palette: admin screens are flat colours, so this loses little."""
    image = Image.open(path).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def shoot(page, name, height=HEIGHT):
    """The top `height` pixels of what `page` shows, as docs/screenshots/admin-<name>.png."""
    path = HERE / f"admin-{name}.png"
    page.wait_for_load_state("networkidle")
    page.screenshot(path=path, clip={"x": 0, "y": 0, "width": WIDTH, "height": height})
    optimise(path)
    print(f"{path.relative_to(BASE_DIR)}: {path.stat().st_size // 1024} KB")


def take(url, principle_id):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

        def login(username):
            context = browser.new_context(
                viewport={"width": WIDTH, "height": HEIGHT}, locale="sv-SE"
            )
            page = context.new_page()
            page.goto(url + "/admin/login/")
            page.fill("input[name=username]", username)
            page.fill("input[name=password]", username)
            page.click("button[type=submit]")
            page.wait_for_url(url + "/admin/")
            return page

        reviewer = login("granskare-foreningsstod")
        # The whole dashboard: the annual cycle and "awaiting your review".
        reviewer.set_viewport_size({"width": WIDTH, "height": 1400})
        shoot(reviewer, "dashboard-reviewer", height=1400)
        reviewer.set_viewport_size({"width": WIDTH, "height": HEIGHT})
        reviewer.goto(f"{url}/admin/pages/{principle_id}/edit/")
        # Open the footer's action menu, where the review step's actions are.
        reviewer.locator("footer [data-w-dropdown-target=toggle]").first.click()
        reviewer.wait_for_timeout(500)
        shoot(reviewer, "page-in-review")

        admin = login("admin")
        admin.goto(url + "/admin/affiliation/applications/")
        shoot(admin, "applications", height=560)
        admin.locator("main table tbody a").first.click()
        shoot(admin, "application-inspect")

        publisher = login("publicist")
        publisher.goto(url + "/admin/users/new/")
        publisher.locator("#tab-label-roles").click()
        shoot(publisher, "add-user-publisher", height=620)
        browser.close()


def main():
    if not Path(CHROMIUM).exists():
        sys.exit(f"Chromium is missing at {CHROMIUM} (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="admin-screenshots-") as workdir:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "screenshot_settings",
            "DATABASE_URL": f"sqlite:///{workdir}/demo.sqlite3",
            "MEDIA_ROOT": f"{workdir}/media",
            "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
            "PYTHONPATH": os.pathsep.join([str(BASE_DIR), str(HERE)]),
        }
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "load_initial_data")
        principle_id = manage(env, "shell", "-c", START_REVIEW).strip().splitlines()[-1]
        with runserver(env, free_port()) as url:
            take(url, principle_id)


if __name__ == "__main__":
    main()
