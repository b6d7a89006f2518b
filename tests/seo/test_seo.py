"""Findability: sitemap.xml with every language version, robots.txt, canonical and meta tags."""

import xml.etree.ElementTree as ET

from wagtail.models import Locale, Page, Site

import pytest

from tests.factories import PrinciplePageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def translate(page, code, title):
    translated = page.copy_for_translation(Locale.objects.get(language_code=code))
    translated.title = title
    translated.save_revision().publish()
    return translated


@pytest.fixture
def tree(home_page, agreement_index, agreement):
    """Home, index and agreement in Swedish and English; a principle and a draft in Swedish."""
    principle = PrinciplePageFactory(parent=agreement)
    draft = StandardPageFactory(parent=home_page, live=False)
    english = {
        "home": translate(home_page, "en", "Home"),
        "index": translate(agreement_index, "en", "Agreement"),
    }
    english["agreement"] = translate(agreement, "en", "Agreement 2025")
    return {"principle": principle, "draft": draft, "en": english}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_every_live_page_with_its_translations(client, tree, agreement):
    entries = sitemap(client)

    live = Page.objects.live().filter(depth__gt=1)
    assert set(entries) == {page.get_full_url() for page in live}
    assert tree["draft"].get_full_url() not in entries

    swedish, english = agreement.get_full_url(), tree["en"]["agreement"].get_full_url()
    assert "/en/" in english
    expected = {"sv": swedish, "en": english, "x-default": swedish}
    assert entries[swedish] == expected
    assert entries[english] == expected
    assert entries[tree["principle"].get_full_url()] == {}  # Swedish only: no alternates


def test_robots_txt_points_at_the_sitemap_and_keeps_search_results_out(client, home_page):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
    assert "Disallow: /sok/" in text
    assert "Disallow: /en/sok/" in text


def test_pages_have_canonical_description_and_open_graph(client, tree, agreement):
    agreement.search_description = ""
    agreement.intro = "Vad kommunen och föreningarna lovar varandra."
    agreement.save_revision().publish()

    html = client.get(agreement.url).content.decode()

    full_url = agreement.get_full_url()
    assert f'<link rel="canonical" href="{full_url}">' in html
    description = "Vad kommunen och föreningarna lovar varandra."
    assert f'<meta name="description" content="{description}">' in html
    assert '<meta property="og:description" content="Vad kommunen' in html
    assert f'<meta property="og:url" content="{full_url}">' in html
    assert f'<meta property="og:title" content="{agreement.title}">' in html
    assert '<meta property="og:locale" content="sv_SE">' in html
    assert '<meta property="og:locale:alternate" content="en_GB">' in html

    english = client.get(tree["en"]["agreement"].url).content.decode()
    assert '<meta property="og:locale" content="en_GB">' in english


def test_search_description_wins_over_the_introduction(client, agreement):
    agreement.search_description = "Kort och tydligt."
    agreement.save_revision().publish()
    html = client.get(agreement.url).content.decode()
    assert '<meta name="description" content="Kort och tydligt.">' in html


def test_error_pages_are_not_indexed(client, home_page):
    response = client.get("/finns-inte/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert 'rel="canonical"' not in html


def test_the_title_names_the_page_and_the_site_once(client, home_page, agreement):
    site = Site.objects.get(is_default_site=True)
    site.site_name = home_page.title
    site.save()
    html = client.get(home_page.url).content.decode()
    assert f"<title>{home_page.title}</title>" in html
    html = client.get(agreement.url).content.decode()
    assert f"<title>{agreement.title} – {home_page.title}</title>" in html
