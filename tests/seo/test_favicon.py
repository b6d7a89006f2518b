"""The site's icon: at /favicon.ico, where browsers look, and linked from every page."""

import io

import pytest
from bs4 import BeautifulSoup
from PIL import Image

pytestmark = pytest.mark.django_db


def test_favicon_ico_is_an_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert Image.open(io.BytesIO(response.content)).format == "ICO"
    assert client.head("/favicon.ico").status_code == 200


def test_pages_link_their_icon(client, home_page):
    page = BeautifulSoup(client.get(home_page.url).content, "html.parser")
    icons = [link["href"] for link in page.select('link[rel="icon"]')]
    assert "/favicon.ico" in icons
    assert any(href.endswith("favicon.svg") for href in icons)


def test_error_pages_link_the_icon_too(client, home_page):
    page = BeautifulSoup(client.get("/no-such-page/").content, "html.parser")
    assert page.select('link[rel="icon"][href="/favicon.ico"]')
