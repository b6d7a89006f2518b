"""Every public page type in every language, on every site of the demo: axe (WCAG 2.0/2.1
A and AA), the Nu HTML Checker, reflow at 320 CSS px (400 % zoom of 1280 px) and screenshots.

Each page is visited once (`visits`); the tests then judge what was seen, so
a failure lists every page and rule at once instead of stopping at the first.
"""

import json
import re
import subprocess

import pytest

from .conftest import SCREENSHOTS_DIR, full_url

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Screenshots of every page type in the source language and in a
# right-to-left one; the other languages look the same.
SCREENSHOT_LANGUAGES = {"sv", "ar"}
SCREENSHOT_WIDTHS = (375, 1280)


def label(target):
    return f"{target['language']} {target['name']} {target['url']}"


def slug(target):
    return re.sub(r"[^a-z0-9]+", "-", f"{target['language']}-{target['name']}".lower())


def run_axe(tab, axe_js):
    tab.add_script_tag(path=str(axe_js))
    return tab.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ")),
            }));
        }""",
        AXE_TAGS,
    )


def open_target(tab, demo_site, target):
    """Load the target; for "form-errors", send the form empty. Returns the HTTP response."""
    response = tab.goto(full_url(demo_site, target))
    if target["kind"] == "form-errors":
        with tab.expect_navigation() as navigation:
            tab.locator("form.application-form button[type=submit]").click()
        response = navigation.value
    return response


@pytest.fixture(scope="package")
def visits(browser, demo_site, node_modules):
    """One visit per target: status, HTML as served, axe violations, overflow at 320 px."""
    results = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    for target in demo_site["targets"] + demo_site["site_targets"]:
        response = open_target(tab, demo_site, target)
        visit = {
            "target": target,
            "status": response.status,
            "html": response.text(),
            "axe": run_axe(tab, node_modules["axe"]),
        }
        shoot = target["language"] in SCREENSHOT_LANGUAGES
        if shoot:
            path = SCREENSHOTS_DIR / "1280" / f"{slug(target)}.png"
            tab.screenshot(path=str(path), full_page=True)
        tab.set_viewport_size({"width": 320, "height": 800})
        visit["overflow"] = tab.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if shoot:
            tab.set_viewport_size({"width": 375, "height": 800})
            path = SCREENSHOTS_DIR / "375" / f"{slug(target)}.png"
            tab.screenshot(path=str(path), full_page=True)
        tab.set_viewport_size({"width": 1280, "height": 900})
        results.append(visit)
    context.close()
    return results


def test_every_page_type_is_visited_in_every_language(visits, demo_site):
    """Discovery found the demo's page types, each in the languages it exists in."""
    names = {(v["target"]["name"], v["target"]["language"]) for v in visits}
    for language in ("sv", "en", "fi", "ar", "so"):
        for name in ("home.homepage", "agreements.agreementpage", "agreements.principlepage"):
            assert (name, language) in names
        assert ("404", language) in names
        assert ("forms.applicationpage-errors", language) in names
    wrong = [
        f"{label(v['target'])}: HTTP {v['status']}"
        for v in visits
        if v["status"] != v["target"]["status"]
    ]
    assert not wrong, "\n".join(wrong)


def test_the_other_sites_are_visited_at_their_own_host_names(visits):
    """Exempelby and the national overview are checked like the default site, on their hosts."""
    seen = {v["target"]["name"]: v for v in visits if v["target"]["url"].startswith("http")}
    for name in (
        "exempelby home.homepage",
        "exempelby agreements.agreementpage",
        "exempelby agreements.principlepage",
        "exempelby forms.applicationpage-errors",
        "exempelby 404",
        "exempelby search",
        "oversikt overview.overviewpage",
        "oversikt 404",
    ):
        assert name in seen, sorted(seen)
        assert seen[name]["status"] == seen[name]["target"]["status"], name
    assert "exempelby.localhost:" in seen["exempelby home.homepage"]["target"]["url"]
    filtered = [name for name in seen if name.startswith("oversikt overview.overviewpage-")]
    assert any("county=" in n for n in filtered) and any("status=" in n for n in filtered)
    assert "Exempelby" in seen["exempelby home.homepage"]["html"]
    assert "Exempelby" in seen["oversikt overview.overviewpage"]["html"]


def test_axe_finds_no_wcag_a_or_aa_violations(visits):
    problems = [
        f"{label(v['target'])}: {violation['id']} ({violation['impact']}) {violation['help']} "
        f"at {', '.join(violation['nodes'])}"
        for v in visits
        for violation in v["axe"]
    ]
    assert not problems, f"{len(problems)} axe violation(s):\n" + "\n".join(problems)


def test_the_nu_html_checker_finds_no_errors(visits, java, node_modules, tmp_path):
    """vnu on the HTML exactly as served (not the DOM after scripts)."""
    files = {}
    for visit in visits:
        path = tmp_path / f"{slug(visit['target'])}.html"
        path.write_text(visit["html"], encoding="utf-8")
        files[path.name] = visit["target"]
    result = subprocess.run(
        [
            java,
            "-jar",
            str(node_modules["vnu"]),
            "--errors-only",
            "--format",
            "json",
            *(str(p) for p in sorted(tmp_path.glob("*.html"))),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    unknown = {"language": "?", "name": "?", "url": ""}
    errors = [
        f"{label(files.get(m.get('url', '').rsplit('/', 1)[-1], unknown))} "
        f"line {m.get('lastLine')}: {m['message']} [{m.get('extract', '').strip()[:120]}]"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
    assert not errors, f"{len(errors)} HTML error(s):\n" + "\n".join(errors)


def test_pages_reflow_at_320_css_pixels_without_horizontal_scrolling(visits):
    """WCAG 1.4.10: 1280 px at 400 % zoom is 320 CSS px; only wide tables may scroll, inside."""
    wide = [
        f"{label(v['target'])}: {v['overflow']} px too wide" for v in visits if v["overflow"] > 0
    ]
    assert not wide, "\n".join(wide)


def test_screenshots_are_written_for_every_page_type(visits):
    for width in SCREENSHOT_WIDTHS:
        for visit in visits:
            if visit["target"]["language"] in SCREENSHOT_LANGUAGES:
                path = SCREENSHOTS_DIR / str(width) / f"{slug(visit['target'])}.png"
                assert path.stat().st_size > 1000, path
