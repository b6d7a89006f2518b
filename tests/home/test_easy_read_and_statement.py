"""Easy-to-read Swedish versions and the accessibility statement."""

from io import StringIO

from django.core.management import call_command

from wagtail.models import Locale, Site

import pytest

from agreements.models import AgreementPage, EasyReadPage, PrinciplePage
from home.models import AccessibilityStatementPage
from tests import clock
from tests.factories import (
    AccessibilityStatementPageFactory,
    EasyReadPageFactory,
    PrinciplePageFactory,
)

pytestmark = pytest.mark.django_db


def translate(page, code, title):
    translated = page.copy_for_translation(Locale.objects.get(language_code=code))
    translated.title = title
    translated.save_revision().publish()
    return translated


def test_agreement_links_to_its_easy_read_version_from_the_page_and_the_header(client, agreement):
    easy_read = EasyReadPageFactory(parent=agreement, title="Överenskommelsen på lättläst")

    html = client.get(agreement.url).content.decode()

    assert f'<p class="easy-read-link">\n        <a href="{easy_read.url}" hreflang="sv">' in html
    assert "Läs en lättläst version" in html
    assert (
        f'<a class="site-header__easy-read" href="{easy_read.url}" hreflang="sv" lang="sv" '
        'dir="ltr">Lättläst</a>'
    ) in html


def test_other_pages_link_the_header_to_the_agreement_in_force(client, home_page, agreement):
    easy_read = EasyReadPageFactory(parent=agreement)
    html = client.get(home_page.url).content.decode()
    assert f'class="site-header__easy-read" href="{easy_read.url}"' in html
    assert 'class="easy-read-link"' not in html


def test_principle_in_another_language_links_to_the_swedish_easy_read_version(
    client, home_page, agreement_index, agreement
):
    principle = PrinciplePageFactory(parent=agreement, title="Dialog")
    easy_read = EasyReadPageFactory(parent=principle, title="Dialog på lättläst svenska")
    translate(home_page, "en", "Home")
    translate(agreement_index, "en", "Agreement")
    translate(agreement, "en", "Agreement 2025")
    english = translate(principle, "en", "Dialogue")

    html = client.get(english.url).content.decode()

    assert f'<a href="{easy_read.url}" hreflang="sv">Read an easy-to-read version</a>' in html
    assert "(in Swedish)" in html
    page = client.get(easy_read.url)
    assert '<html lang="sv"' in page.content.decode()
    assert principle.url in page.content.decode()  # back to the full text


def test_accessibility_statement_has_the_structure_swedish_bodies_use(client, home_page):
    statement = AccessibilityStatementPageFactory(
        parent=home_page,
        compliance=AccessibilityStatementPage.Compliance.PARTIAL,
        statement_published_on=clock.years_ago(1, 1, 15),
        non_compliance="<p>Datumfältet.</p>",
    )

    html = client.get(statement.url).content.decode()

    for heading in (
        "Hur tillgänglig är webbplatsen?",
        "Vad kan du göra om du inte kan använda delar av webbplatsen?",
        "Rapportera brister i webbplatsens tillgänglighet",
        "Tillsynsmyndighet",
        "Teknisk information om webbplatsens tillgänglighet",
        "Innehåll som inte är tillgängligt",
        "Bristande förenlighet med lagkraven",
        "Hur vi testat webbplatsen",
    ):
        assert f">{heading}</h" in html, heading
    assert "delvis förenlig med lagen om tillgänglighet till digital offentlig service" in html
    year = clock.years_ago(1).year
    assert f"Redogörelsen publicerades den 15 januari {year}." in html
    # Every page's footer links to it.
    assert f'href="{statement.url}">Tillgänglighetsredogörelse</a>' in (
        client.get(home_page.url).content.decode()
    )


def test_demo_has_easy_read_for_the_current_agreement_and_each_principle_and_a_statement():
    call_command("load_initial_data", stdout=StringIO())

    current = AgreementPage.objects.get(slug="2025-2028", locale__language_code="sv")
    pages = [current, *PrinciplePage.objects.child_of(current)]
    assert len(pages) == 8
    for page in pages:
        easy_read = EasyReadPage.objects.child_of(page).live().get()
        text = " ".join(str(block.value) for block in easy_read.body)
        assert easy_read.intro and len(text) > 150
    # The default site's (Södertälje's); Exempelby has its own.
    home = Site.objects.get(is_default_site=True).root_page
    statement = AccessibilityStatementPage.objects.child_of(home).live().get()
    assert statement.compliance == AccessibilityStatementPage.Compliance.PARTIAL
    assert "DIGG" in statement.enforcement
    assert "skärmläsare" in statement.non_compliance  # says what has not been tested
