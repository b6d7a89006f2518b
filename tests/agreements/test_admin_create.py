"""Editors create agreement pages and contact points through the Wagtail admin.

Each test posts the admin form the way the editor's browser does, then reads
the published page at its public URL as an anonymous visitor.
"""

import datetime

from django.urls import reverse

from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from agreements.models import (
    AgreementIndexPage,
    AgreementPage,
    Commitment,
    ContactPoint,
    Party,
    PrinciplePage,
)
from tests.admin_forms import add_url, assert_refused, publish
from tests.factories import (
    AgreementPartyFactory,
    ContactPointFactory,
    PrinciplePageFactory,
)

pytestmark = pytest.mark.django_db


def commitments_of(page):
    return [(c.party, c.text) for c in Commitment.objects.filter(page=page).order_by("sort_order")]


def agreement_fields(**overrides):
    fields = {
        "title": "Överenskommelse 2025–2028",
        "slug": "overenskommelse-2025-2028",
        "municipality": "Exempelby kommun",
        "intro": "Vad kommunen och föreningslivet har lovat varandra.",
        "purpose": rich_text("<p>Ett starkare civilsamhälle i Exempelby.</p>"),
        "period_kind": "dates",
        "valid_from": "2025-01-01",
        "valid_to": "2028-12-31",
        "extension_years": "2",
        "scope": "all",
        "forum_promises": inline_formset(
            [{"name": "Dialogforum", "frequency": "times_a_year", "times_a_year": "3"}]
        ),
        "decisions": inline_formset(
            [{"kind": "adopted", "body": "Kommunfullmäktige", "record_number": "KS 2024/123"}]
        ),
        "earlier_versions": inline_formset([]),
        "contacts": inline_formset([]),
        "intro_sections": streamfield([]),
        "party_names": inline_formset(
            [
                {"side": "municipality", "name": "Kommunen", "heading": ""},
                {"side": "civil_society", "name": "Föreningslivet", "heading": ""},
            ]
        ),
        "commitments": inline_formset(
            [
                {"party": "municipality", "text": "Att bjuda in till dialogforum varje år"},
                {"party": "civil_society", "text": "Att sprida kunskap om överenskommelsen"},
            ]
        ),
        "body": streamfield(
            [
                ("heading", {"text": "Så följer vi upp", "level": "h2"}),
                ("paragraph", rich_text("<p>Uppföljningen sker varje höst.</p>")),
            ]
        ),
    }
    fields.update(overrides)
    return fields


# -- creating pages ----------------------------------------------------------


def test_agreement_index_page_is_created_and_published(admin_client, anonymous, home_page):
    response = publish(
        admin_client,
        AgreementIndexPage,
        home_page,
        {"title": "Överenskommelsen", "slug": "overenskommelsen", "intro": "Alla versioner."},
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=(home_page.pk,))
    page = AgreementIndexPage.objects.get(slug="overenskommelsen")
    assert page.live
    assert not page.has_unpublished_changes
    assert page.get_parent().pk == home_page.pk
    assert page.title == "Överenskommelsen"
    assert page.intro == "Alla versioner."
    assert page.locale == home_page.locale

    public = anonymous.get(page.url)
    assert public.status_code == 200
    html = public.content.decode()
    assert "<h1>Överenskommelsen</h1>" in html
    assert "Alla versioner." in html


def test_agreement_page_is_created_with_commitments_and_body(
    admin_client, anonymous, agreement_index
):
    contact = ContactPointFactory(name="Föreningsstöd Exempelby")

    response = publish(
        admin_client,
        AgreementPage,
        agreement_index,
        agreement_fields(contacts=inline_formset([{"contact_point": str(contact.pk)}])),
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=(agreement_index.pk,))
    page = AgreementPage.objects.get(slug="overenskommelse-2025-2028")
    assert page.live
    assert not page.has_unpublished_changes
    assert page.get_parent().pk == agreement_index.pk
    assert page.title == "Överenskommelse 2025–2028"
    assert page.municipality == "Exempelby kommun"
    assert page.intro == "Vad kommunen och föreningslivet har lovat varandra."
    assert "Ett starkare civilsamhälle i Exempelby." in page.purpose
    assert page.valid_from == datetime.date(2025, 1, 1)
    assert page.valid_to == datetime.date(2028, 12, 31)
    assert page.extension_years == 2
    assert page.scope == AgreementPage.Scope.ALL
    promise = page.forum_promises.get()
    assert (promise.name, promise.frequency, promise.times_a_year) == (
        "Dialogforum",
        "times_a_year",
        3,
    )
    decision = page.decisions.get()
    assert (decision.kind, decision.body, decision.record_number) == (
        "adopted",
        "Kommunfullmäktige",
        "KS 2024/123",
    )
    assert [c.contact_point for c in page.contacts.all()] == [contact]
    assert commitments_of(page) == [
        (Party.MUNICIPALITY, "Att bjuda in till dialogforum varje år"),
        (Party.CIVIL_SOCIETY, "Att sprida kunskap om överenskommelsen"),
    ]
    assert {c.locale_id for c in Commitment.objects.filter(page=page)} == {page.locale_id}
    assert [block.block_type for block in page.body] == ["heading", "paragraph"]
    assert page.body[0].value["text"] == "Så följer vi upp"
    assert page.body[0].value["level"] == "h2"
    assert "Uppföljningen sker varje höst." in page.body[1].value.source

    public = anonymous.get(page.url)
    assert public.status_code == 200
    html = public.content.decode()
    assert "<h1>Överenskommelse 2025–2028</h1>" in html
    assert "<li>Att bjuda in till dialogforum varje år</li>" in html
    assert "<li>Att sprida kunskap om överenskommelsen</li>" in html
    assert "<h2>Så följer vi upp</h2>" in html
    assert "Uppföljningen sker varje höst." in html
    assert "Ett starkare civilsamhälle i Exempelby." in html
    assert "Föreningsstöd Exempelby" in html


def test_agreement_page_can_be_created_directly_under_the_home_page(
    admin_client, anonymous, home_page
):
    response = publish(admin_client, AgreementPage, home_page, agreement_fields())

    assert response.status_code == 302
    page = AgreementPage.objects.get(slug="overenskommelse-2025-2028")
    assert page.live
    assert page.get_parent().pk == home_page.pk
    assert anonymous.get(page.url).status_code == 200


def test_principle_page_is_created_with_commitments(admin_client, anonymous, agreement):
    AgreementPartyFactory(page=agreement, side=Party.MUNICIPALITY, name="Kommunen")
    AgreementPartyFactory(page=agreement, side=Party.BOTH, name="Båda parter")
    response = publish(
        admin_client,
        PrinciplePage,
        agreement,
        {
            "title": "Självständighet och oberoende",
            "slug": "sjalvstandighet",
            "summary": "Föreningarna bestämmer själva över sin verksamhet.",
            "explanation": rich_text("<p>Kommunen styr inte föreningarnas arbete.</p>"),
            "commitments": inline_formset(
                [
                    {"party": "municipality", "text": "Att respektera föreningarnas oberoende"},
                    {"party": "both", "text": "Att mötas som jämbördiga parter"},
                ]
            ),
        },
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=(agreement.pk,))
    page = PrinciplePage.objects.get(slug="sjalvstandighet")
    assert page.live
    assert not page.has_unpublished_changes
    assert page.get_parent().pk == agreement.pk
    assert page.title == "Självständighet och oberoende"
    assert page.summary == "Föreningarna bestämmer själva över sin verksamhet."
    assert "Kommunen styr inte föreningarnas arbete." in page.explanation
    assert commitments_of(page) == [
        (Party.MUNICIPALITY, "Att respektera föreningarnas oberoende"),
        (Party.BOTH, "Att mötas som jämbördiga parter"),
    ]

    public = anonymous.get(page.url)
    assert public.status_code == 200
    html = public.content.decode()
    assert "<h1>Självständighet och oberoende</h1>" in html
    assert "<li>Att respektera föreningarnas oberoende</li>" in html
    assert "<li>Att mötas som jämbördiga parter</li>" in html

    # The agreement's commitment matrix picks up the new principle's commitments.
    agreement_html = anonymous.get(agreement.url).content.decode()
    assert "<li>Att respektera föreningarnas oberoende</li>" in agreement_html


def test_contact_point_is_created_and_published_through_the_snippet_admin(admin_client):
    data = nested_form_data(
        {
            "name": "Exempelby föreningskontor",
            "unit": "Kultur- och fritidsförvaltningen",
            "street_address": "Storgatan 1",
            "postal_code": "123 45",
            "city": "Exempelby",
            "phone": "08-123 456",
            "email": "foreningskontoret@exempelby.example",
            "opening_hours": "Vardagar 9–16",
        }
    )
    data["action-publish"] = "action-publish"

    response = admin_client.post(reverse("wagtailsnippets_agreements_contactpoint:add"), data)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailsnippets_agreements_contactpoint:list"))
    contact = ContactPoint.objects.get(name="Exempelby föreningskontor")
    assert contact.live
    assert not contact.has_unpublished_changes
    assert contact.live_revision is not None
    assert contact.locale == Locale.get_default()
    assert contact.unit == "Kultur- och fritidsförvaltningen"
    assert contact.postal_code == "123 45"
    assert contact.email == "foreningskontoret@exempelby.example"
    assert contact.opening_hours == "Vardagar 9–16"


# -- validation --------------------------------------------------------------


def test_agreement_page_with_exact_dates_but_no_end_is_refused_and_the_form_shown_again(
    admin_client, agreement_index
):
    fields = agreement_fields()
    del fields["valid_to"]

    response = publish(admin_client, AgreementPage, agreement_index, fields)

    assert response.status_code == 200
    assert "wagtailadmin/pages/create.html" in [t.name for t in response.templates]
    form = response.context["form"]
    assert list(form.errors) == ["valid_to"]
    # The editor's input survives the round trip.
    assert form["municipality"].value() == "Exempelby kommun"
    assert not AgreementPage.objects.filter(slug="overenskommelse-2025-2028").exists()
    assert not Commitment.objects.exists()


# -- tree constraints through the admin --------------------------------------


@pytest.mark.parametrize("parent_name", ["home_page", "agreement_index"])
def test_principle_page_cannot_be_added_outside_an_agreement(admin_client, request, parent_name):
    parent = request.getfixturevalue(parent_name)

    assert_refused(admin_client, admin_client.get(add_url(PrinciplePage, parent)))
    response = publish(
        admin_client,
        PrinciplePage,
        parent,
        {"title": "Felplacerad", "slug": "felplacerad", "summary": "Hör inte hemma här."},
    )

    assert_refused(admin_client, response)
    assert not PrinciplePage.objects.exists()


def test_agreement_index_page_cannot_be_added_under_an_agreement(admin_client, agreement):
    assert_refused(admin_client, admin_client.get(add_url(AgreementIndexPage, agreement)))
    response = publish(
        admin_client,
        AgreementIndexPage,
        agreement,
        {"title": "Inbäddat register", "slug": "inbaddat-register"},
    )

    assert_refused(admin_client, response)
    assert not AgreementIndexPage.objects.filter(slug="inbaddat-register").exists()


def test_a_second_agreement_index_under_the_same_home_page_is_refused(
    admin_client, agreement_index
):
    home_page = agreement_index.get_parent()

    response = publish(
        admin_client,
        AgreementIndexPage,
        home_page,
        {"title": "Ett till register", "slug": "ett-till-register"},
    )

    assert_refused(admin_client, response)
    assert list(AgreementIndexPage.objects.child_of(home_page)) == [agreement_index]


def test_agreement_page_cannot_be_added_under_a_principle(admin_client, agreement):
    principle = PrinciplePageFactory(parent=agreement)

    response = publish(admin_client, AgreementPage, principle, agreement_fields())

    assert_refused(admin_client, response)
    assert not AgreementPage.objects.filter(slug="overenskommelse-2025-2028").exists()
