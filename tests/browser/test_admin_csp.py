"""The Wagtail admin works in a real browser under its Content-Security-Policy.

The demo site is served a second time, from the same database, with
production's middleware and both policies (tests/browser/settings_csp.py).
An editor logs in and goes through the dashboard, the page explorer, the
editor of the demo agreement (rich text, StreamField, inline panel,
choosers, preview), a snippet and the image and document views. Every
`securitypolicyviolation` event, in any frame, and every console message
about the policy is collected; there must be none, and the editor must
have come to life (a policy that blocked its scripts would leave a dead
form, which a violation-free run would not reveal on its own).

A second server gives the admin the public site's strict policy: the same
check must then see violations, so it cannot pass by seeing nothing.
"""

import contextlib
import json
import socket
import subprocess
import sys

import pytest

from .conftest import BASE_DIR, free_port, runserver

pytestmark = pytest.mark.browser

PORTS = range(18120, 18140)
ADMIN_USERNAME = ADMIN_PASSWORD = "admin"  # the demo loader's superuser  # noqa: S105

REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportCspViolation({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    sample: event.sample,
    page: location.href,
  });
}, true);
"""


def server_port():
    for port in PORTS:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    return free_port()


@contextlib.contextmanager
def serve(demo_site, name, **environment):
    """runserver with the CSP settings over the demo site's database."""
    env = {**demo_site["env"], "DJANGO_SETTINGS_MODULE": "tests.browser.settings_csp"}
    env.update(environment)
    log_path = demo_site["workdir"] / f"{name}.log"
    with runserver(env, log_path, server_port()) as url:
        yield url


@pytest.fixture(scope="module")
def csp_site(demo_site):
    with serve(demo_site, "csp-server") as url:
        yield url


@pytest.fixture(scope="module")
def demo_ids(demo_site):
    """Admin ids of the demo agreement (the one in most languages), its index and a contact."""
    script = (
        "import json\n"
        "from django.db.models import Count\n"
        "from agreements.models import AgreementPage, ContactPoint\n"
        "from wagtail.models import Page\n"
        "counts = dict(Page.objects.values_list('translation_key')"
        ".annotate(n=Count('id')).values_list('translation_key', 'n'))\n"
        "pages = AgreementPage.objects.filter(locale__language_code='sv')\n"
        "page = max(pages, key=lambda p: (counts[p.translation_key], p.pk))\n"
        "print(json.dumps({'agreement': page.pk, 'index': page.get_parent().pk,"
        " 'contact': ContactPoint.objects.order_by('pk').first().pk}))\n"
    )
    result = subprocess.run(
        [sys.executable, str(BASE_DIR / "manage.py"), "shell", "--no-imports", "-c", script],
        cwd=BASE_DIR,
        env=demo_site["env"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


class PolicyWatch:
    """A browser tab that records CSP violations and console messages about the policy."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.violations = []
        self.console = []
        self.context.expose_function("reportCspViolation", self.on_violation)
        self.context.add_init_script(REPORT_VIOLATIONS)
        self.tab = self.context.new_page()
        self.tab.set_default_timeout(15_000)
        self.tab.on("console", self.on_console)
        self.tab.on("dialog", lambda dialog: dialog.accept())  # "leave with unsaved changes?"

    def on_violation(self, violation):
        self.violations.append(violation)

    def on_console(self, message):
        if message.type in ("error", "warning") and "Content Security Policy" in message.text:
            self.console.append(message.text)

    def visit(self, url):
        response = self.tab.goto(url)
        assert response is not None and response.status == 200, url
        self.tab.wait_for_load_state("networkidle")
        return response

    def log_in(self, base_url):
        self.visit(base_url + "/admin/login/")
        self.tab.fill("#id_username", ADMIN_USERNAME)
        self.tab.fill("#id_password", ADMIN_PASSWORD)
        self.tab.click("button[type=submit]")
        self.tab.wait_for_url(base_url + "/admin/")
        self.tab.wait_for_load_state("networkidle")

    def close(self):
        self.context.close()


@pytest.fixture
def watch(browser):
    tab = PolicyWatch(browser)
    yield tab
    tab.close()


def admin_policy(response):
    csp = response.headers.get("content-security-policy", "")
    return dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())


def test_the_admin_works_under_its_policy(watch, csp_site, demo_ids):
    tab = watch.tab
    watch.log_in(csp_site)

    # The admin's own policy is in force (not none at all, not the public one).
    policy = admin_policy(watch.visit(csp_site + "/admin/"))
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self' 'unsafe-inline'"
    assert "unsafe-eval" not in str(policy)
    assert tab.locator("main").count() == 1

    watch.visit(csp_site + "/admin/pages/")
    watch.visit(f"{csp_site}/admin/pages/{demo_ids['index']}/")
    assert tab.locator(f"a[href$='/admin/pages/{demo_ids['agreement']}/edit/']").count() >= 1

    # The page editor of the demo agreement.
    watch.visit(f"{csp_site}/admin/pages/{demo_ids['agreement']}/edit/")
    # Rich text: Draftail has replaced the hidden input with an editor that takes typing.
    purpose = tab.locator("[data-contentpath=purpose] .Draftail-Editor [contenteditable=true]")
    purpose.click()
    tab.keyboard.press("Control+End")
    tab.keyboard.type(" Skrivet i webbläsartestet.")
    assert "Skrivet i webbläsartestet." in purpose.inner_text()
    # StreamField: a block is added through the block chooser.
    count = tab.locator("input[name=body-count]")
    blocks_before = int(count.input_value())
    add = tab.locator("[data-contentpath=body] button.c-sf-add-button").first
    add.scroll_into_view_if_needed()
    add.click()
    tab.locator(".w-combobox [role=option]").first.click()
    assert int(count.input_value()) == blocks_before + 1
    # InlinePanel: another commitment form.
    total = tab.locator("#id_commitments-TOTAL_FORMS")
    forms_before = int(total.input_value())
    tab.locator("#id_commitments-ADD").click()
    assert int(total.input_value()) == forms_before + 1
    # A chooser opens its modal (HTML and script fetched from the admin).
    tab.locator("#id_document-chooser [data-chooser-action-choose]").click()
    modal = tab.locator(".modal-dialog")
    modal.wait_for(state="visible")
    assert modal.locator("a, button").count() > 1
    modal.locator("[data-dismiss=modal]").first.click()
    modal.wait_for(state="hidden")
    # The preview panel shows the page in a frame of the admin.
    tab.locator("[data-side-panel-toggle=preview]").click()
    preview = tab.frame_locator("#w-preview-iframe")
    # The preview is rendered after a POST of the whole form: slow on a busy two-core machine.
    preview.locator("main h1").wait_for(state="attached", timeout=60_000)
    tab.wait_for_load_state("networkidle")

    # A snippet, and the image and document views with their upload forms.
    watch.visit(f"{csp_site}/admin/snippets/agreements/contactpoint/edit/{demo_ids['contact']}/")
    assert tab.locator("form [data-contentpath]").count() > 1
    for path in ["/admin/images/", "/admin/images/multiple/add/", "/admin/documents/"]:
        watch.visit(csp_site + path)
    watch.visit(csp_site + "/admin/documents/multiple/add/")

    assert watch.violations == []
    assert watch.console == []


def test_the_check_sees_violations_when_the_policy_forbids_inline_script(
    watch, demo_site, demo_ids
):
    with serve(demo_site, "strict-csp-server", ADMIN_CSP="strict") as url:
        watch.log_in(url)
        response = watch.visit(f"{url}/admin/pages/{demo_ids['agreement']}/edit/")
        assert admin_policy(response)["script-src"] == "'self'"
        directives = {violation["directive"] for violation in watch.violations}
        assert "script-src-elem" in directives
        assert any("Content Security Policy" in text for text in watch.console)
