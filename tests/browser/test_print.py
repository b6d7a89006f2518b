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
