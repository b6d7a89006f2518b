"""The municipality's identity, set in the admin per site (Settings → Municipality)."""

import re

from django.urls import reverse
from django.utils import translation

import pytest

from home.municipality import MunicipalitySettings, contrast_ratio
from tests.factories import StandardPageFactory
from tests.sites.conftest import path_of

pytestmark = pytest.mark.django_db


def form_data(**values):
    data = {
        "name": "Exempelby kommun",
        "kind": "municipality",
        "county": "sodermanland",
        "logo": "",
        "accent_colour": "",
        "liaison_office": "Föreningsservice",
        "email_sender": "",
        "accessibility_statement": "",
        "privacy_notice": "",
        "easy_read": "",
    }
    data.update(values)
    return data


def edit_url(site):
    return reverse("wagtailsettings:edit", args=["home", "municipalitysettings", site.pk])


def test_wcag_contrast_ratio_as_defined():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#767676", "#ffffff"), 2) == 4.54


def test_a_colour_too_light_for_white_text_is_refused_next_to_the_field(admin_client, other_site):
    response = admin_client.post(edit_url(other_site), form_data(accent_colour="#ffcc00"))
    assert response.status_code == 200
    html = response.content.decode()
    field = html[
        html.index('id="id_accent_colour"') - 2000 : html.index('id="id_accent_colour"') + 2000
    ]
    ratio = f"{contrast_ratio('#ffcc00', '#ffffff'):.2f}"  # the message names it, in any language
    assert f"{ratio}:1" in field
    assert re.search(r'value="#ffcc00"', field)
    assert not MunicipalitySettings.objects.filter(
        site=other_site, accent_colour="#ffcc00"
    ).exists()


def test_a_dark_enough_colour_is_saved_and_colours_the_sites_header(
    admin_client, other_site, other_client, client, home_page
):
    response = admin_client.post(edit_url(other_site), form_data(accent_colour="#5b2c83"))
    assert response.status_code == 302
    html = other_client.get("/").content.decode()
    assert 'href="/theme.css?v=5b2c83"' in html
    assert "--color-accent: #5b2c83" in other_client.get("/theme.css").content.decode()
    # The first site keeps the standard colour.
    assert "theme.css" not in client.get(path_of(home_page)).content.decode()


def test_footer_links_the_chosen_privacy_notice(admin_client, other_site, other_home, other_client):
    notice = StandardPageFactory(parent=other_home, title="Personuppgifter i Exempelby")
    response = admin_client.post(edit_url(other_site), form_data(privacy_notice=notice.pk))
    assert response.status_code == 302
    html = other_client.get("/").content.decode()
    assert f'href="{path_of(notice)}"' in html
    with translation.override("sv"):
        assert translation.gettext("Privacy notice") in html


def test_language_switcher_offers_only_the_sites_languages(
    admin_client, other_site, other_home, other_client, client, home_page
):
    response = admin_client.post(edit_url(other_site), form_data(languages=["sv", "en"]))
    assert response.status_code == 302
    assert MunicipalitySettings.objects.get(site=other_site).languages == "sv,en"
    other = other_client.get("/").content.decode()
    assert 'hreflang="en"' in other
    assert 'hreflang="fi"' not in other
    assert 'hreflang="fi"' in client.get(path_of(home_page)).content.decode()
