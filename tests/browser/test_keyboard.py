"""Keyboard-only journeys: only Tab, Shift+Tab, Enter, Space and typing; no clicks.

A keyboard user must be able to do everything a mouse user can: reach the
skip link and the language switcher, fill in the affiliation form, recover
from an error through the error summary, and open an event's calendar file.
"""

import datetime
import re

import pytest

from .conftest import full_url

pytestmark = pytest.mark.browser

MAX_TABS = 250


def focused(tab, selector):
    return tab.evaluate(
        "(selector) => !!document.activeElement && document.activeElement.matches(selector)",
        selector,
    )


def tab_to(tab, selector):
    """Press Tab until the focused element matches `selector`; fail if it never does."""
    for _press in range(MAX_TABS):
        tab.keyboard.press("Tab")
        if focused(tab, selector):
            return
    raise AssertionError(f"{selector!r} cannot be reached with the Tab key")


def active_id(tab):
    return tab.evaluate("() => document.activeElement && document.activeElement.id")


def url_of(demo_site, name, language="sv"):
    for target in demo_site["targets"]:
        if target["name"] == name and target["language"] == language and target["kind"] == "page":
            return demo_site["url"] + target["url"]
    raise AssertionError(f"the demo has no {name} in {language}")


def test_skip_link_and_language_switcher(page, demo_site):
    url = url_of(demo_site, "home.homepage")
    page.goto(url)
    page.keyboard.press("Tab")
    assert focused(page, "a.skip-link"), "the skip link is not the first stop"
    assert page.locator("a.skip-link").is_visible(), "the focused skip link is not visible"
    page.keyboard.press("Enter")
    assert focused(page, "main"), "the skip link does not move focus to the main content"

    page.goto(url)
    tab_to(page, '.language-switcher a[hreflang="en"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("() => document.documentElement.lang") == "en"
    assert "/en/" in page.url

    tab_to(page, '.language-switcher a[hreflang="ar"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("() => document.documentElement.dir") == "rtl"
    assert page.locator("h1").is_visible()


def type_into(tab, selector, text):
    tab_to(tab, selector)
    tab.keyboard.type(text)


def date_keys(context, iso_date):
    """What to type into a date field for `iso_date`: the segment order follows the
    browser's locale, so find it on a scratch field (never on the site)."""
    scratch = context.new_page()
    scratch.set_content('<input type="date" id="d">')
    scratch.focus("#d")
    scratch.keyboard.type("01022003")
    probe = scratch.input_value("#d")
    scratch.close()
    year, month, day = iso_date.split("-")
    orders = {"2003-01-02": month + day + year, "2003-02-01": day + month + year}
    return orders.get(probe, year + month + day)


def test_affiliation_form_with_an_error_corrected_from_the_error_summary(browser, demo_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="sv-SE")
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    try:
        tab.goto(url_of(demo_site, "forms.applicationpage"))
        type_into(tab, "#id_organisation_name", "Tangentbordsföreningen")
        type_into(tab, "#id_organisation_number", "123")  # wrong on purpose
        tab_to(tab, "input[name=organisation_type]")
        tab.keyboard.press("Space")
        type_into(tab, "#id_activity", "Vi testar att allt går att göra med tangentbordet.")
        type_into(tab, "#id_street_address", "Storgatan 1")
        type_into(tab, "#id_postal_code", "151 89")
        type_into(tab, "#id_city", "Södertälje")
        type_into(tab, "#id_contact_name", "Kim Tangent")
        type_into(tab, "#id_contact_email", "kim@forening.example")
        type_into(tab, "#id_signatory_name", "Alex Ordförande")
        type_into(tab, "#id_signatory_role", "Ordförande")
        type_into(tab, "#id_decision_basis", "Styrelsebeslut § 4")
        decided = (demo_site["today"] - datetime.timedelta(days=30)).isoformat()
        type_into(tab, "#id_decision_date", date_keys(context, decided))
        assert tab.input_value("#id_decision_date") == decided
        tab_to(tab, "#id_confirms_democratic")
        tab.keyboard.press("Space")
        tab_to(tab, "#id_confirms_values")
        tab.keyboard.press("Space")
        tab_to(tab, "form.application-form button[type=submit]")
        with tab.expect_navigation():
            tab.keyboard.press("Enter")

        # The summary takes focus, says what is wrong and links to the field.
        assert tab.locator("#error-summary").is_visible()
        assert active_id(tab) == "error-summary", "the error summary does not receive focus"
        links = tab.locator("#error-summary a")
        assert links.count() == 1
        assert links.first.get_attribute("href") == "#id_organisation_number"
        field = tab.locator("#id_organisation_number")
        assert "id_organisation_number_error" in field.get_attribute("aria-describedby")
        assert field.get_attribute("aria-invalid") == "true"
        # Nothing typed was lost.
        assert tab.input_value("#id_contact_email") == "kim@forening.example"

        tab_to(tab, '#error-summary a[href="#id_organisation_number"]')
        tab.keyboard.press("Enter")
        assert active_id(tab) == "id_organisation_number", "the link does not focus the field"
        tab.keyboard.press("Control+A")
        tab.keyboard.type("802999-0010")
        tab_to(tab, "form.application-form button[type=submit]")
        with tab.expect_navigation():
            tab.keyboard.press("Enter")
        assert "receipt=" in tab.url
        assert tab.locator(".receipt__reference").is_visible()
    finally:
        context.close()


CALENDAR_LINK = ", ".join(
    f'main a[href*="{part}"]' for part in (".ics", "ical", "calendar", "kalender")
)


def test_open_an_event_and_its_calendar_link(page, demo_site):
    """The demo's upcoming forum, its "Add to calendar" link reached and used by keyboard."""
    assert demo_site.get("event_url"), "the demo site has no event page"
    page.goto(demo_site["url"] + demo_site["event_url"])
    assert page.locator("h1").is_visible()
    tab_to(page, CALENDAR_LINK)
    href = page.evaluate("() => document.activeElement.href")
    # The link is a download (`download` attribute, Content-Disposition:
    # attachment): Enter must start it, and what it downloads is a calendar.
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    with open(download.value.path(), "rb") as calendar_file:
        assert calendar_file.read().startswith(b"BEGIN:VCALENDAR")
    response = page.request.get(href)
    assert response.ok
    assert re.match(r"text/calendar", response.headers.get("content-type", ""))


def test_event_registration_with_errors_focuses_the_error_summary(page, demo_site):
    """Sent with an error, the registration form's summary takes focus and is in view, as
    the affiliation form's does (the form sits at the end of a long event page)."""
    assert demo_site.get("event_url"), "the demo site has no event page"
    page.goto(demo_site["url"] + demo_site["event_url"])
    type_into(page, "#id_email", "inte-en-adress")
    tab_to(page, "#registration-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert active_id(page) == "error-summary", "the error summary does not receive focus"
    # In view at once, not after an animated scroll down the whole event page.
    box = page.evaluate(
        """() => {
            const rect = document.getElementById('error-summary').getBoundingClientRect();
            return {top: rect.top, bottom: rect.bottom, height: window.innerHeight};
        }"""
    )
    assert 0 <= box["top"] < box["height"], f"the focused error summary is out of view: {box}"
    assert page.locator('#error-summary a[href="#id_email"]').count() == 1


TABLE_BOXES = ".table-scroll"


def boxes_on(tab):
    """Every table box on the page: its label and whether it is wider than its box."""
    return tab.evaluate(
        """(selector) => [...document.querySelectorAll(selector)].map((box) => {
            const label = document.getElementById(box.getAttribute('aria-labelledby') || '');
            return {
                labelledby: box.getAttribute('aria-labelledby'),
                role: box.getAttribute('role'),
                tabindex: box.getAttribute('tabindex'),
                label: label ? label.textContent.trim() : '',
                overflows: box.scrollWidth > box.clientWidth + 1,
            };
        })""",
        TABLE_BOXES,
    )


def test_every_table_box_is_a_named_region_scrolled_by_keyboard(browser, demo_site):
    """At 375 px (a phone, or 400 % zoom) the tables are wider than their boxes: each box
    is a focusable region named by its caption, and the arrow keys scroll it (axe
    `scrollable-region-focusable`)."""
    context = browser.new_context(viewport={"width": 375, "height": 800})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    checked, scrolled = [], []
    try:
        for target in demo_site["targets"] + demo_site["site_targets"]:
            if target["kind"] != "page" or target["status"] != 200:
                continue
            if target["language"] not in ("sv", "ar"):
                continue
            tab.goto(full_url(demo_site, target))
            boxes = boxes_on(tab)
            ids = [box["labelledby"] for box in boxes]
            assert len(set(ids)) == len(ids), f"{target['url']}: two boxes share a caption id"
            for box in boxes:
                where = f"{target['url']} ({box['label'] or box['labelledby']})"
                assert box["role"] == "region", f"{where}: the box is not a region"
                assert box["tabindex"] == "0", f"{where}: the box cannot take focus"
                assert box["label"], f"{where}: the region has no name"
                checked.append(where)
                if not box["overflows"] or target["language"] != "sv":
                    continue
                selector = f'{TABLE_BOXES}[aria-labelledby="{box["labelledby"]}"]'
                tab.goto(full_url(demo_site, target))  # Tab from the top of the page
                tab_to(tab, selector)
                for _press in range(10):
                    tab.keyboard.press("ArrowRight")
                # Keyboard scrolling is animated: wait for it rather than read it at once.
                try:
                    tab.wait_for_function(
                        "(s) => document.querySelector(s).scrollLeft > 0",
                        arg=selector,
                        timeout=3000,
                    )
                except Exception as error:  # noqa: BLE001 - Playwright's TimeoutError
                    raise AssertionError(
                        f"{where}: the arrow keys do not scroll the table"
                    ) from error
                scrolled.append(where)
    finally:
        context.close()
    assert checked, "the demo shows no table box"
    assert scrolled, "no table is wider than a phone screen: the scroll check tested nothing"
