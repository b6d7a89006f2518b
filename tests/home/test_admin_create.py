"""Editors create standard pages through the Wagtail admin, only where the tree allows.

Each test posts the admin form the way the editor's browser does, then reads
the published page at its public URL as an anonymous visitor.
"""

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import rich_text, streamfield

import pytest

from home.models import HomePage, StandardPage
from tests.admin_forms import add_url, assert_refused, publish
from tests.factories import (
    AgreementIndexPageFactory,
    AgreementPageFactory,
    PrinciplePageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


def standard_page_fields(**overrides):
    fields = {
        "title": "Om överenskommelsen",
        "slug": "om-overenskommelsen",
        "intro": "Varför kommunen och föreningslivet har en överenskommelse.",
        "body": streamfield(
            [
                ("heading", {"text": "Bakgrund", "level": "h2"}),
                ("paragraph", rich_text("<p>Överenskommelsen antogs första gången 2015.</p>")),
            ]
        ),
    }
    fields.update(overrides)
    return fields


# -- creating pages ----------------------------------------------------------


def test_standard_page_is_created_and_published_under_the_home_page(
    admin_client, anonymous, home_page
):
    response = publish(admin_client, StandardPage, home_page, standard_page_fields())

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=(home_page.pk,))
    page = StandardPage.objects.get(slug="om-overenskommelsen")
    assert page.live
    assert not page.has_unpublished_changes
    assert page.get_parent().pk == home_page.pk
    assert page.locale == home_page.locale
    assert page.title == "Om överenskommelsen"
    assert page.intro == "Varför kommunen och föreningslivet har en överenskommelse."
    assert [block.block_type for block in page.body] == ["heading", "paragraph"]
    assert page.body[0].value["text"] == "Bakgrund"
    assert page.body[0].value["level"] == "h2"
    assert "Överenskommelsen antogs första gången 2015." in page.body[1].value.source

    public = anonymous.get(page.url)
    assert public.status_code == 200
    html = public.content.decode()
    assert "<h1>Om överenskommelsen</h1>" in html
    assert "Varför kommunen och föreningslivet har en överenskommelse." in html
    assert "<h2>Bakgrund</h2>" in html
    assert "Överenskommelsen antogs första gången 2015." in html


@pytest.mark.parametrize("parent_type", ["agreement", "standard_page"])
def test_standard_page_is_created_under_an_agreement_or_another_standard_page(
    admin_client, anonymous, home_page, parent_type
):
    if parent_type == "agreement":
        index = AgreementIndexPageFactory(parent=home_page)
        parent = AgreementPageFactory(parent=index)
    else:
        parent = StandardPageFactory(parent=home_page)

    response = publish(
        admin_client,
        StandardPage,
        parent,
        standard_page_fields(title="Så går du med", slug="sa-gar-du-med"),
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=(parent.pk,))
    page = StandardPage.objects.get(slug="sa-gar-du-med")
    assert page.live
    assert page.get_parent().pk == parent.pk
    assert page.url == f"{parent.url}sa-gar-du-med/"
    public = anonymous.get(page.url)
    assert public.status_code == 200
    assert "<h1>Så går du med</h1>" in public.content.decode()


def test_standard_page_without_title_is_refused_and_the_form_shown_again(admin_client, home_page):
    response = publish(admin_client, StandardPage, home_page, standard_page_fields(title=""))

    assert response.status_code == 200
    assert "wagtailadmin/pages/create.html" in [t.name for t in response.templates]
    assert "title" in response.context["form"].errors
    assert not StandardPage.objects.filter(slug="om-overenskommelsen").exists()


# -- tree constraints through the admin --------------------------------------


def test_home_page_add_form_is_offered_at_the_root(admin_client):
    root = Page.get_first_root_node()

    response = admin_client.get(add_url(HomePage, root))

    assert response.status_code == 200
    assert "wagtailadmin/pages/create.html" in [t.name for t in response.templates]


def test_home_page_cannot_be_added_under_a_home_page(admin_client, home_page):
    assert_refused(admin_client, admin_client.get(add_url(HomePage, home_page)))
    response = publish(
        admin_client, HomePage, home_page, {"title": "Inbäddad startsida", "slug": "inbaddad"}
    )

    assert_refused(admin_client, response)
    assert list(HomePage.objects.all()) == [home_page]


@pytest.mark.parametrize("parent_type", ["agreement_index", "principle"])
def test_standard_page_cannot_be_added_under_an_index_or_a_principle(
    admin_client, home_page, parent_type
):
    index = AgreementIndexPageFactory(parent=home_page)
    if parent_type == "agreement_index":
        parent = index
    else:
        parent = PrinciplePageFactory(parent=AgreementPageFactory(parent=index))

    assert_refused(admin_client, admin_client.get(add_url(StandardPage, parent)))
    response = publish(admin_client, StandardPage, parent, standard_page_fields())

    assert_refused(admin_client, response)
    assert not StandardPage.objects.exists()
