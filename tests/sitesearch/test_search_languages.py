"""On PostgreSQL each language is stemmed as itself, the index row and the query alike.

Swedish, English, Finnish and Arabic have PostgreSQL text-search
configurations; Somali has none and is matched word for word ('simple').
Each case: a page in that language found by another inflection of one of its
words, and not by the same search in another language.
"""

from django.db import connection

from wagtail.models import Locale

import pytest

from tests.factories import StandardPageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="text-search configurations need PostgreSQL"
    ),
]

# (language, text on the page, an inflected form that must find it)
INFLECTIONS = [
    ("sv", "Föreningarna möts i dialogforum.", "förening"),
    ("en", "The community meets twice a year.", "communities"),
    ("fi", "Yhteistyö kunnan kanssa.", "kunnalle"),
    ("ar", "المنظمات المدنية تلتقي مرتين في السنة.", "المنظمة"),
]


def home_in(home_page, code):
    if code == "sv":
        return home_page
    translated = home_page.copy_for_translation(Locale.objects.get(language_code=code))
    translated.save_revision().publish()
    return translated


def search_url(code, query):
    return ("/sok/" if code == "sv" else f"/{code}/sok/") + f"?q={query}"


def found(client, code, query):
    response = client.get(search_url(code, query))
    assert response.status_code == 200
    return [result["page"].pk for result in response.context["results"]]


@pytest.mark.parametrize(("code", "text", "inflected"), INFLECTIONS)
def test_each_language_finds_its_own_inflections(client, home_page, code, text, inflected):
    page = StandardPageFactory(parent=home_in(home_page, code), title="Sida", intro=text)
    assert found(client, code, inflected) == [page.pk]


def test_english_is_not_stemmed_as_swedish(client, home_page):
    """The English stem of "communities" is "communiti"; Swedish stemming would not find it."""
    page = StandardPageFactory(parent=home_in(home_page, "en"), title="Page", intro="A community.")
    assert found(client, "en", "communities") == [page.pk]
    assert found(client, "en", "communityn") == []


def test_somali_is_matched_word_for_word(client, home_page):
    page = StandardPageFactory(
        parent=home_in(home_page, "so"), title="Bog", intro="Ururada bulshada way kulmaan."
    )
    assert found(client, "so", "ururada") == [page.pk]
    assert found(client, "so", "urur") == []


def test_the_excerpt_marks_the_inflected_match(client, home_page):
    StandardPageFactory(parent=home_in(home_page, "en"), title="Page", intro="The community meets.")
    response = client.get(search_url("en", "communities"))
    assert "<mark>community</mark>" in response.content.decode()
