"""An agreement prints cleanly: no menus, search or language switcher, the text intact."""

import pytest

from .conftest import BASE_DIR

pytestmark = pytest.mark.browser


def test_an_agreement_prints_without_navigation(page, demo_site):
    url = next(
        t["url"]
        for t in demo_site["targets"]
        if t["name"] == "agreements.agreementpage" and t["language"] == "sv"
    )
    page.goto(demo_site["url"] + url)
    page.emulate_media(media="print")

    for hidden in (".site-header__bar", ".language-switcher", ".search-form", ".breadcrumbs"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator("main h1").is_visible()
    assert page.locator("#facts-heading").is_visible()

    path = BASE_DIR / "test-results" / "print" / "sv-agreement.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(path), format="A4")
    assert path.read_bytes().startswith(b"%PDF")


def sv_url(demo_site, name):
    return demo_site["url"] + next(
        t["url"] for t in demo_site["targets"] if t["name"] == name and t["language"] == "sv"
    )


def test_printed_links_show_their_address(page, demo_site):
    """On paper a link is only its address: internal links too, not only external ones
    (e-mail and phone links show theirs as their text)."""
    page.goto(sv_url(demo_site, "agreements.agreementpage"))
    page.emulate_media(media="print")
    links = page.evaluate(
        r"""() => [...document.querySelectorAll('main a[href]')]
            .filter((a) => a.offsetParent !== null && /^(\/|http)/.test(a.getAttribute('href')))
            .map((a) => ({href: a.getAttribute('href'),
                          after: getComputedStyle(a, '::after').content}))"""
    )
    assert links
    without = [link["href"] for link in links if link["href"] not in link["after"]]
    assert not without, f"printed without their address: {without}"


def test_the_calendar_link_is_not_printed(page, demo_site):
    page.goto(demo_site["url"] + demo_site["event_url"])
    page.emulate_media(media="print")
    assert page.locator(".event__calendar").count()
    assert not page.locator(".event__calendar").first.is_visible()


def test_the_affiliation_page_prints_what_to_fill_in(page, demo_site):
    page.goto(sv_url(demo_site, "forms.applicationpage"))
    page.emulate_media(media="print")
    for field in ("#id_organisation_name", "#id_contact_email", "label[for=id_organisation_name]"):
        assert page.locator(field).is_visible(), field
    assert not page.locator("form.application-form button[type=submit]").is_visible()
