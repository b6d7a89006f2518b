"""Site search: in the reader's language, commitments included, saying why each matched."""

from django.db import connection
from django.test import Client

from wagtail.models import Locale

import pytest

from tests.factories import (
    AgreementIndexPageFactory,
    AgreementPageFactory,
    CommitmentFactory,
    PrinciplePageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


def translate(page, code, **fields):
    translated = page.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


@pytest.fixture
def english_home(home_page):
    return translate(home_page, "en", title="Home")


def results(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response, [r["page"].pk for r in response.context["results"]]


def test_results_are_in_the_readers_language_only(client, home_page, english_home):
    swedish = StandardPageFactory(parent=home_page, intro="Om zebrafinkar i parken.")
    english = StandardPageFactory(parent=english_home, intro="About zebrafinkar in the park.")

    _response, swedish_results = results(client, "/sok/?q=zebrafinkar")
    _response, english_results = results(client, "/en/sok/?q=zebrafinkar")

    assert swedish_results == [swedish.pk]
    assert english_results == [english.pk]


def test_a_commitment_finds_its_principle_and_says_so(client, agreement):
    principle = PrinciplePageFactory(parent=agreement, title="Dialog")
    CommitmentFactory(page=principle, text="Att bjuda på kanelbullar vid varje dialogforum.")
    principle.save_revision().publish()  # commitments are indexed with their page

    response, found = results(client, "/sok/?q=kanelbullar")

    assert found == [principle.pk]
    html = response.content.decode()
    assert "Träff i åtagande:" in html
    assert "<mark>kanelbullar</mark>" in html
    assert f'href="{principle.url}"' in html


def test_the_search_page_is_accessible_and_not_indexed(client, home_page):
    response = client.get("/sok/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label class="form-field__label" for="search-query">' in html
    assert 'aria-describedby="search-query-hint"' in html
    assert '<meta name="robots" content="noindex">' in html

    response = client.get("/sok/?q=finnsintenagonstans")
    assert "0 träffar för" in response.content.decode()


def test_markup_in_the_query_is_escaped(client, home_page):
    StandardPageFactory(parent=home_page, intro="Föreningar <script> i text.")
    response = client.get("/sok/?q=<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize("query", ['"', 'stöd "', '"demokrati"', '""'])
def test_double_quotes_in_the_query_find_what_the_words_find(client, home_page, query):
    """SQLite's full-text index fails on a stray quote (wagtail/wagtail#13227): no 503."""
    StandardPageFactory(parent=home_page, title="Demokrati och stöd", intro="Demokrati i text.")
    response = client.get("/sok/", {"q": query})
    assert response.status_code == 200
    words = query.replace('"', " ").split()
    assert ("Demokrati och stöd" in response.content.decode()) == bool(words)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="Swedish stemming needs PostgreSQL")
def test_swedish_stemming_finds_langsiktig_from_langsiktighet(client, home_page):
    """(Other languages are stemmed as themselves: see test_search_languages.py.)"""
    index = AgreementIndexPageFactory(parent=home_page)
    agreement = AgreementPageFactory(parent=index, intro="En överenskommelse.")
    principle = PrinciplePageFactory(
        parent=agreement, title="Uthållighet", summary="En långsiktig plan för samarbetet."
    )

    response, found = results(client, "/sok/?q=långsiktighet")

    assert found == [principle.pk]
    assert "<mark>långsiktig</mark>" in response.content.decode()


def test_the_search_page_has_a_language_switcher_keeping_the_query(client, home_page):
    html = client.get("/sok/?q=dialog").content.decode()
    assert 'href="/en/sok/?q=dialog" lang="en" hreflang="en"' in html
    assert 'href="/sok/?q=dialog" lang="sv" hreflang="sv" aria-current="true"' in html


@pytest.mark.parametrize("page", ["abc", "1.5", "-1", "0", "99999999999999999999", "", "%00"])
def test_any_page_number_gives_a_page_of_results(page, home_page):
    StandardPageFactory(parent=home_page, intro="Om zebrafinkar i parken.")
    response = Client(raise_request_exception=False).get(f"/sok/?q=zebrafinkar&page={page}")
    assert response.status_code == 200
    assert len(response.context["results"]) == 1


def test_control_and_direction_characters_are_taken_out_of_the_query(home_page):
    StandardPageFactory(parent=home_page, intro="Om zebrafinkar i parken.")
    visitor = Client(raise_request_exception=False)

    response = visitor.get("/sok/?q=%00")
    assert response.status_code == 200
    assert response.context["search_query"] == ""

    response = visitor.get("/sok/", {"q": "zebra\u202efinkar\x00\u200b"})
    assert response.status_code == 200
    assert response.context["search_query"] == "zebrafinkar"
    assert "\u202e" not in response.content.decode()
    assert len(response.context["results"]) == 1


def test_excerpts_keep_paragraphs_apart(client, agreement):
    """Two paragraphs are two sentences in the excerpt, not "med.Parterna"."""
    PrinciplePageFactory(
        parent=agreement,
        title="Dialog",
        explanation="<p>Vi samarbetar med kommunen.</p><p>Parterna träffas om pepparkakor.</p>",
    )
    response, found = results(client, "/sok/?q=pepparkakor")
    assert len(found) == 1
    html = response.content.decode()
    assert "kommunen. Parterna" in html
    assert "kommunen.Parterna" not in html
