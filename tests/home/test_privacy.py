"""Wagtail's privacy settings work: a password unlocks a page, a login leads to a login form.

The views live under "_util/" (Wagtail's URLs), in every language prefix; the
site's catch-all page route must not swallow them.
"""

from urllib.parse import parse_qs, urlsplit

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

SECRET_TEXT = "Endast för samrådsgruppen"
PASSWORD = "lösenord-för-gruppen"  # noqa: S105 - a test page's password


def translate(page, code, title):
    translated = page.copy_for_translation(Locale.objects.get(language_code=code))
    translated.title = title
    translated.save_revision().publish()
    return translated


@pytest.fixture
def pages(home_page):
    """A Swedish page and its English translation (the English home page first)."""
    page = StandardPageFactory(parent=home_page, slug="intern", intro=SECRET_TEXT)
    translate(home_page, "en", "Home")
    english = translate(page, "en", "Internal")
    return {"sv": page, "en": english}


def restrict(page, kind, **kwargs):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, **kwargs)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_password_protected_page_can_be_unlocked_through_its_form(pages, language):
    page = pages[language]
    restrict(page, PageViewRestriction.PASSWORD, password=PASSWORD)
    visitor = Client(raise_request_exception=False)
    url = page.url

    locked = visitor.get(url)
    assert locked.status_code == 200
    assert SECRET_TEXT not in locked.content.decode()
    form = BeautifulSoup(locked.content, "html.parser").find("form")
    action = form["action"]
    assert "/_util/authenticate_with_password/" in action
    if language != "sv":
        assert action.startswith(f"/{language}/")
    return_url = form.find("input", attrs={"name": "return_url"})["value"]

    wrong = visitor.post(action, {"password": "fel", "return_url": return_url})
    assert wrong.status_code == 200
    assert SECRET_TEXT not in wrong.content.decode()

    unlocked = visitor.post(action, {"password": PASSWORD, "return_url": return_url})
    assert unlocked.status_code == 302
    assert unlocked["Location"] == url
    assert SECRET_TEXT in visitor.get(url).content.decode()
    # Another visitor still gets the form.
    assert SECRET_TEXT not in Client().get(url).content.decode()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_login_restricted_page_sends_visitors_to_a_login_form_that_works(
    pages, language, django_user_model
):
    page = pages[language]
    restrict(page, PageViewRestriction.LOGIN)
    django_user_model.objects.create_user("medlem", password="medlem-lösen")  # noqa: S106
    visitor = Client(raise_request_exception=False)

    response = visitor.get(page.url)
    assert response.status_code == 302
    login_url = response["Location"]
    path = urlsplit(login_url).path
    assert path == ("/_util/login/" if language == "sv" else f"/{language}/_util/login/")
    assert parse_qs(urlsplit(login_url).query)["next"] == [page.url]

    login_page = visitor.get(login_url)
    assert login_page.status_code == 200
    form = BeautifulSoup(login_page.content, "html.parser").find("form")
    assert form.find("input", attrs={"name": "username"})
    logged_in = visitor.post(
        form["action"], {"username": "medlem", "password": "medlem-lösen", "next": page.url}
    )
    assert logged_in.status_code == 302
    assert logged_in["Location"] == page.url
    assert SECRET_TEXT in visitor.get(page.url).content.decode()


def test_a_private_document_sends_visitors_to_a_login_form_that_answers(home_page):
    collection = Collection.get_first_root_node().add_child(name="Internt")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Protokoll", collection=collection, file=ContentFile(b"text", name="protokoll.txt")
    )
    visitor = Client(raise_request_exception=False)

    response = visitor.get(document.url)
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == "/_util/login/"
    assert visitor.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("return_url", ["x", "", "admin", "https://elsewhere.example/", "//evil"])
def test_the_password_form_always_returns_to_a_page_of_this_site(pages, return_url):
    """Wagtail's redirect() takes "x" for a URL pattern name: a server error without the wrapper."""
    page = pages["sv"]
    restriction = restrict(page, PageViewRestriction.PASSWORD, password=PASSWORD)
    visitor = Client(raise_request_exception=False)
    response = visitor.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": PASSWORD, "return_url": return_url},
    )
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith("/") and not location.startswith("//")
    assert visitor.get(location).status_code == 200
