"""Residents read each page in its own language, or are told it is not translated."""

import re

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from tests.factories import AgreementPageFactory, PrinciplePageFactory

pytestmark = pytest.mark.django_db


def translate(page, code, title):
    """A live translation of `page` (its parents must exist in that language)."""
    translated = page.copy_for_translation(Locale.objects.get(language_code=code))
    translated.title = title
    translated.save_revision().publish()
    return translated


@pytest.fixture
def tree(home_page, agreement_index):
    """Home, index, agreement and a principle in Swedish, English and Arabic."""
    agreement = AgreementPageFactory(parent=agreement_index, slug="2025-2028")
    principle = PrinciplePageFactory(parent=agreement, slug="dialog", title="Dialog")
    pages = {"sv": {"home": home_page, "agreement": agreement, "principle": principle}}
    for code, names in {
        "en": ("Home", "Agreement", "Dialogue"),
        "fi": ("Etusivu", "Sopimus", "Vuoropuhelu"),
        "ar": ("الرئيسية", "الاتفاقية", "الحوار"),
        "so": ("Bogga hore", "Heshiiska", "Wadahadal"),
    }.items():
        pages[code] = {
            "home": translate(home_page, code, names[0]),
            "index": translate(agreement_index, code, names[1]),
        }
        pages[code]["agreement"] = translate(agreement, code, names[1] + " 2025")
        pages[code]["principle"] = translate(principle, code, names[2])
    return pages


def html_tag(html):
    return re.search(r"<html[^>]*>", html).group(0)


@pytest.mark.parametrize(
    ("code", "prefix", "direction"),
    [
        ("sv", "", "ltr"),
        ("en", "/en", "ltr"),
        ("fi", "/fi", "ltr"),
        ("ar", "/ar", "rtl"),
        ("so", "/so", "ltr"),
    ],
)
@pytest.mark.parametrize("kind", ["home", "agreement", "principle"])
def test_each_language_has_its_lang_dir_switcher_and_hreflang(
    client, tree, code, prefix, direction, kind
):
    page = tree[code][kind]
    assert page.url.startswith(prefix + "/")
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html_tag(html) == f'<html lang="{code}" dir="{direction}">'
    for other in ("sv", "en", "fi", "ar", "so"):
        url = tree[other][kind].url
        assert f'<link rel="alternate" hreflang="{other}" href="http://localhost{url}">' in html
        assert f'lang="{other}" hreflang="{other}"' in html
    assert (
        f'<link rel="alternate" hreflang="x-default" href="http://localhost{tree["sv"][kind].url}">'
        in html
    )
    # Each language's name in that language, the current one marked.
    for name in ("Svenska", "English", "Suomi", "العربية", "Soomaali"):
        assert f">{name}</a>" in html
    assert re.search(rf'hreflang="{code}" aria-current="true"', html)


def test_slugs_are_the_same_in_every_language(tree):
    assert tree["en"]["principle"].url == "/en" + tree["sv"]["principle"].url
    assert tree["ar"]["principle"].url == "/ar" + tree["sv"]["principle"].url


def switcher_links(html):
    """{language code: (address, current?)} of the language switcher."""
    switcher = BeautifulSoup(html, "html.parser").select_one("nav.language-switcher")
    assert switcher is not None, "the page has no language switcher"
    return {a["lang"]: (a["href"], a.get("aria-current") == "true") for a in switcher("a")}


def test_a_swedish_only_page_keeps_a_way_back_to_every_language(client, tree, agreement_index):
    """hreflang lists only real translations; the switcher offers every language, leading to
    that language's home page where the page has no version."""
    only_swedish = PrinciplePageFactory(parent=tree["sv"]["agreement"], slug="bara-svenska")
    html = client.get(only_swedish.url).content.decode()
    assert '<link rel="alternate" hreflang="en"' not in html
    links = switcher_links(html)
    assert links["sv"] == (only_swedish.url, True)
    assert links["en"] == (tree["en"]["home"].url, False)
    assert set(links) == {"sv", "en", "fi", "ar", "so"}


def test_the_not_translated_page_has_the_switcher_too(client, tree):
    only_swedish = PrinciplePageFactory(parent=tree["sv"]["agreement"], slug="bara-svenska")
    links = switcher_links(client.get("/en" + only_swedish.url).content.decode())
    assert links["sv"] == (only_swedish.url, False)
    assert links["en"][1] is True
    assert links["ar"] == (tree["ar"]["home"].url, False)


@pytest.mark.parametrize("code", ["sv", "en", "fi", "ar", "so"])
def test_404_in_every_language_leads_home_in_that_language(client, tree, code):
    prefix = "" if code == "sv" else f"/{code}"
    response = client.get(f"{prefix}/sidan-finns-inte/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    page = BeautifulSoup(html, "html.parser")
    home_links = [a["href"] for a in page.select("main a")]
    assert home_links == [tree[code]["home"].url]
    links = switcher_links(html)
    assert links[code][1] is True
    assert {c: href for c, (href, _current) in links.items()} == {
        c: tree[c]["home"].url for c in ("sv", "en", "fi", "ar", "so")
    }


def test_untranslated_page_gets_a_localized_page_linking_to_the_original(client, tree):
    only_swedish = PrinciplePageFactory(
        parent=tree["sv"]["agreement"], slug="bara-svenska", title="Bara på svenska"
    )
    response = client.get("/en" + only_swedish.url)
    assert response.status_code == 404
    html = response.content.decode()
    assert html_tag(html) == '<html lang="en" dir="ltr">'
    assert "This page is not available in your language" in html
    assert (
        f'<a href="{only_swedish.url}" lang="sv" hreflang="sv" dir="ltr">'
        "<bdi>Bara på svenska</bdi></a>" in html
    )

    arabic = client.get("/ar" + only_swedish.url).content.decode()
    assert html_tag(arabic) == '<html lang="ar" dir="rtl">'
    assert "<bdi>Bara på svenska</bdi>" in arabic


def test_language_without_a_home_page_never_shows_swedish_text(client, home_page):
    home = home_page
    home.intro = "Svensk inledning som inte får visas under /fi/"
    home.save_revision().publish()
    response = client.get("/fi/")
    assert response.status_code == 404
    html = response.content.decode()
    assert html_tag(html) == '<html lang="fi" dir="ltr">'
    assert home.intro not in html
    assert f'<a href="/" lang="sv" hreflang="sv" dir="ltr"><bdi>{home.title}</bdi></a>' in html


def test_alias_pages_are_not_served_as_translations(client, tree):
    alias = tree["sv"]["principle"].get_parent()
    source = PrinciplePageFactory(parent=alias, slug="alias-kalla", title="Källtext på svenska")
    en = Locale.objects.get(language_code="en")
    alias_page = source.copy_for_translation(en, alias=True)
    response = client.get(alias_page.url)
    assert response.status_code == 404
    assert f"<bdi>{source.title}</bdi>" in response.content.decode()


def test_every_configured_language_has_a_locale(settings):
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert {code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES} <= codes


@pytest.mark.parametrize(
    ("code", "month"),
    [("sv", "januari"), ("fi", "tammikuuta"), ("ar", "يناير"), ("so", "Janaayo")],
)
def test_dates_are_written_in_the_page_language(client, tree, code, month):
    """Django has no Somali month names; ours are used, never the Swedish fallback."""
    html = client.get(tree[code]["agreement"].url).content.decode()
    assert f"1 {month} {tree[code]['agreement'].valid_from.year}" in html
    if code != "sv":
        assert "januari" not in html
