"""Every language's 404 page, and an RTL review of Arabic pages with screenshots.

Screenshots go to test-results/screenshots/ (never committed) for a person
to look at; the assertions check the layout facts a screenshot shows.
"""

import pytest

from tests.browser.conftest import SCREENSHOTS_DIR

pytestmark = pytest.mark.browser


def targets(demo_site, name=None, language=None):
    return [
        t
        for t in demo_site["targets"]
        if t["kind"] == "page"
        and (name is None or t["name"] == name)
        and (language is None or t["language"] == language)
    ]


def test_404_page_in_every_language(page, demo_site):
    """In the reader's language, a home link to that language's home, and a way to the others."""
    not_found = targets(demo_site, name="404")
    assert {t["language"] for t in not_found} == {"sv", "en", "fi", "ar", "so"}
    for target in not_found:
        code = target["language"]
        response = page.goto(demo_site["url"] + target["url"])
        assert response.status == 404
        assert page.evaluate("() => document.documentElement.lang") == code
        home = page.locator("main a").first
        expected_home = "/" if code == "sv" else f"/{code}/"
        assert home.get_attribute("href") == expected_home, f"{code}: home link"
        with page.expect_navigation():
            home.click()
        assert page.evaluate("() => document.documentElement.lang") == code
        page.goto(demo_site["url"] + target["url"])
        switcher = page.locator(".language-switcher a")
        assert switcher.count() == 5, f"{code}: the 404 page has no language switcher"
        assert page.locator(f'.language-switcher a[lang="{code}"][aria-current]').count() == 1


def test_rtl_review_of_arabic_pages(page, demo_site):
    """Arabic pages lay out right to left, with Swedish passages and addresses left to right."""
    SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    arabic = [t for t in targets(demo_site, language="ar") if t["status"] == 200]
    assert arabic, "the demo has no Arabic page"
    for target in arabic:
        page.goto(demo_site["url"] + target["url"])
        name = target["name"].replace(".", "-")
        page.screenshot(path=str(SCREENSHOTS_DIR / f"rtl-{name}.png"), full_page=True)
        facts = page.evaluate(
            """() => ({
                dir: document.documentElement.dir,
                direction: getComputedStyle(document.body).direction,
                headerDirection: getComputedStyle(
                    document.querySelector('main h1') || document.body).direction,
                swedishWithoutDir: [...document.querySelectorAll('main [lang="sv"]')]
                    .filter((el) => !el.closest('[dir="ltr"]') && el.tagName !== 'BDI')
                    .map((el) => el.outerHTML.slice(0, 120)),
                swedishNotLtr: [...document.querySelectorAll('main [lang="sv"]')]
                    .filter((el) => getComputedStyle(el).direction !== 'ltr')
                    .map((el) => el.outerHTML.slice(0, 120)),
                overflow: document.documentElement.scrollWidth > window.innerWidth + 1,
            })"""
        )
        where = target["url"]
        assert facts["dir"] == "rtl", where
        assert facts["direction"] == "rtl", where
        assert facts["headerDirection"] == "rtl", where
        assert not facts["swedishNotLtr"], f"{where}: Swedish laid out right to left"
        assert not facts["swedishWithoutDir"], f"{where}: Swedish without dir=ltr"
        assert not facts["overflow"], f"{where}: the page scrolls sideways"
