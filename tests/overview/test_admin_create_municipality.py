"""Settings → New municipality: the operator creates a municipality from the admin."""

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from wagtail.models import Site

import pytest
from bs4 import BeautifulSoup

from editorial import roles
from home.municipality import MunicipalitySettings
from tests.editorial.accounts import logged_in, make_user

URL = "/admin/municipalities/new/"
DATA = {
    "hostname": "Exempelby.localhost",
    "name": "Exempelby kommun",
    "county": "uppsala",
    "publisher_email": "publicist@exempelby.example",
}


@pytest.fixture
def operator(django_user_model):
    return logged_in(make_user(django_user_model, "operator", [], superuser=True))


@pytest.fixture
def publisher(django_user_model):
    return logged_in(make_user(django_user_model, "publicist", [roles.PUBLISHERS]))


def error_after(response, name):
    """The error message shown with the field `name` (inside its field wrapper)."""
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.find(attrs={"name": name})
    wrapper = field.find_parent(attrs={"data-field-wrapper": True})
    return " ".join(wrapper.get_text(" ").split())


def test_the_operator_creates_a_municipality(operator):
    page = operator.get(URL)
    assert page.status_code == 200
    assert reverse("create_municipality") == URL
    response = operator.post(URL, DATA)
    site = Site.objects.get(hostname="exempelby.localhost")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[site.root_page_id])
    shown = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("http://exempelby.localhost/admin/" in m for m in shown)  # the password link
    assert get_user_model().objects.filter(email="publicist@exempelby.example").exists()
    settings = MunicipalitySettings.objects.get(site=site)
    assert (settings.name, settings.county) == ("Exempelby kommun", "uppsala")
    assert site.root_page.get_children().count() >= 3  # index, statement, privacy notice


def test_the_menu_item_is_for_the_operator_only(operator, publisher):
    assert URL in operator.get("/admin/").content.decode()
    assert URL not in publisher.get("/admin/").content.decode()


def test_a_publisher_is_refused(publisher):
    assert publisher.get(URL).status_code == 403
    assert publisher.post(URL, DATA).status_code == 403
    assert not Site.objects.filter(hostname="exempelby.localhost").exists()


def test_errors_are_shown_next_to_their_fields(operator):
    Site.objects.create(
        hostname="upptagen.localhost",
        port=80,
        site_name="Någon annan",
        root_page=Site.objects.get(is_default_site=True).root_page,
    )
    response = operator.post(
        URL, {**DATA, "hostname": "upptagen.localhost", "publisher_email": "inte en adress"}
    )
    assert response.status_code == 200
    assert "inte en adress" in response.content.decode()
    with translation.override("en"):
        taken = translation.gettext("This host name is already another municipality's site.")
        invalid = translation.gettext("Enter a valid email address.")
        malformed = translation.gettext(
            "Enter a host name of letters, digits, hyphens and dots, e.g. exempelby.se."
        )
    assert taken in error_after(response, "hostname")
    assert invalid in error_after(response, "publisher_email")
    response = operator.post(URL, {**DATA, "hostname": "inte ett värdnamn"})
    assert malformed in error_after(response, "hostname")
