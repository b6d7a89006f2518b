"""Each agreement's own rules for joining, entered by an editor and read on the public form page.

What the form asks applicants to confirm, who may join, the committees and
administrations that must join (and which have), the network one also joins
by signing, and the places with a paper form: shown only as entered, in
Swedish and in a translation, with errors next to their fields and nothing
typed lost.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest
from bs4 import BeautifulSoup

from agreements.models import AgreementParty
from editorial import roles
from forms.models import Application, ApplicationPage, ApplicationStatus, Channel
from tests.agreements.conftest import translate_tree
from tests.editorial.accounts import logged_in, make_user, published
from tests.editorial.editor import post_create, post_workflow_action
from tests.factories.forms import ApplicationPageFactory
from tests.forms.conftest import form_data

pytestmark = pytest.mark.django_db

NETWORK = "Samverkansnätverket Idéburna i Exempelby"
EXTRA = "Organisationen har sin verksamhet i kommunen."
BODIES = ["Socialnämnden", "Kultur- och fritidsnämnden"]
PLACE = "Medborgarkontoret i Stadshuset"
PLACE_ADDRESS = "Stortorget 1, Exempelby"


def t(code, message, **values):
    """`message` in `code`, as the page shows it (whether or not the catalog has it yet)."""
    with translation.override(code):
        text = translation.gettext(message)
    return text % values if values else text


def words(text):
    return " ".join(text.split())


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def section_text(soup, section_id):
    section = soup.find("section", id=section_id)
    return words(section.get_text(" ")) if section else None


def type_choices(soup):
    return {i["value"] for i in soup.find_all("input", attrs={"name": "organisation_type"})}


def field_names(soup):
    form = soup.find("form", id="application-form")
    return {
        element["name"]
        for element in form.find_all(["input", "select", "textarea"])
        if element.get("name")
    }


@pytest.fixture
def workflow(db, django_user_model):
    return (
        logged_in(make_user(django_user_model, "redaktor", [roles.CONTRIBUTORS])),
        logged_in(make_user(django_user_model, "sakgranskare", [roles.SUBJECT_REVIEWERS])),
        logged_in(make_user(django_user_model, "publicist", [roles.PUBLISHERS])),
    )


@pytest.fixture
def named_agreement(agreement_with_contact):
    """An agreement whose civil-society party is a named network."""
    AgreementParty.objects.create(
        page=agreement_with_contact,
        locale=agreement_with_contact.locale,
        side="civil_society",
        name=NETWORK,
    )
    return published(agreement_with_contact)


def rules_fields(**overrides):
    """The editor's form for a form page asking little, open to networks and committees."""
    fields = {
        "title": "Anslut er",
        "slug": "anslut-er",
        "intro": rich_text("<p>Så ansluter ni er.</p>"),
        "privacy_notice": rich_text("<p>Vi sparar uppgifterna i tolv månader.</p>"),
        "receipt_text": rich_text(""),
        "asks_democratic": "on",
        "asks_decision": "on",
        "extra_confirmation": EXTRA,
        "open_to_networks": "on",
        "open_to_municipal_bodies": "on",
        "joins_party": "civil_society",
        "must_join_bodies": inline_formset([{"name": name} for name in BODIES]),
        "paper_form_places": inline_formset([{"name": PLACE, "address": PLACE_ADDRESS}]),
    }
    fields.update(overrides)
    return fields


def publish_through_workflow(workflow, parent, fields):
    editor, step_one, step_two = workflow
    response = post_create(
        editor, ApplicationPage, parent, fields, action="submit", change_note="Ny."
    )
    assert response.status_code == 302, response.context["form"].errors
    page = ApplicationPage.objects.get(slug=fields["slug"])
    for reviewer in (step_one, step_two):
        response = post_workflow_action(
            reviewer, ApplicationPage.objects.get(pk=page.pk), "approve"
        )
        assert response.status_code == 302
    page = ApplicationPage.objects.get(pk=page.pk)
    assert page.live
    return page


def body_application(**overrides):
    """A committee's application on a form that asks for no signatory and no values."""
    data = form_data(
        organisation_name="Socialnämnden",
        organisation_number="",
        no_organisation_number="on",
        no_number_reason="En nämnd i kommunen.",
        organisation_type="municipal_body",
        confirms_values=None,
        signatory_name=None,
        signatory_role=None,
        confirms_extra="on",
    )
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_the_editor_chooses_the_rules_and_the_public_page_and_form_follow(
    workflow, named_agreement, client, submit, reviewer_client
):
    page = publish_through_workflow(workflow, named_agreement, rules_fields())
    soup = soup_of(client.get(page.url))

    who = section_text(soup, "who-may-join")
    assert t("sv", "Networks") in who
    assert t("sv", "Municipal committees and administrations") in who
    assert t("sv", "Civil-society organisations") not in who
    assert t("sv", "Municipal companies") not in who
    assert NETWORK in who
    assert type_choices(soup) == {"network", "municipal_body"}

    names = field_names(soup)
    assert {"confirms_democratic", "decision_basis", "decision_date", "confirms_extra"} <= names
    assert not {"confirms_values", "signatory_name", "signatory_role"} & names
    assert soup.find("label", attrs={"for": "id_confirms_extra"}).get_text(strip=True) == EXTRA
    legends = [words(legend.get_text()) for legend in soup.find_all("legend")]
    assert t("sv", "Authorised signatory") not in legends

    must = section_text(soup, "must-join")
    assert all(name in must for name in BODIES)
    assert t("sv", "Have joined") not in must
    paper = section_text(soup, "paper-form")
    assert PLACE in paper and PLACE_ADDRESS in paper

    # A committee applies, choosing itself from the list; the reviewer approves.
    body = page.must_join_bodies.get(name="Socialnämnden")
    response = submit(page, body_application(must_join_body=str(body.pk)))
    assert response.status_code == 303, response.context and response.context["form"].errors
    application = Application.objects.get()
    assert application.channel == Channel.ONLINE
    assert application.must_join_body == body
    assert application.confirms_democratic and not application.confirms_values
    assert application.confirms_extra and application.extra_confirmation == EXTRA
    assert application.signatory_name == ""
    response = reviewer_client.post(reverse("forms_application:approve", args=[application.pk]), {})
    assert response.status_code == 302
    assert Application.objects.get().status == ApplicationStatus.APPROVED

    must = soup_of(client.get(page.url)).find("section", id="must-join")
    joined, waiting = must.find_all("ul")
    assert words(joined.get_text(" ")) == "Socialnämnden"
    assert words(waiting.get_text(" ")) == "Kultur- och fritidsnämnden"


def test_the_translated_page_shows_the_same_rules_in_its_language(
    workflow, named_agreement, client, submit, reviewer_client
):
    page = publish_through_workflow(workflow, named_agreement, rules_fields())
    body = page.must_join_bodies.get(name="Socialnämnden")
    submit(page, body_application(must_join_body=str(body.pk)))
    reviewer_client.post(
        reverse("forms_application:approve", args=[Application.objects.get().pk]), {}
    )
    english = translate_tree(page, "en")
    # A translator's work: the names in English, each row keeping its translation key.
    for row in [*english.must_join_bodies.all(), *english.paper_form_places.all()]:
        row.name = f"EN {row.name}"
        row.save()
    english.extra_confirmation = f"EN {EXTRA}"
    english.save_revision().publish()
    AgreementParty.objects.filter(page=english.get_parent()).update(name=f"EN {NETWORK}")

    soup = soup_of(client.get(english.url))
    who = section_text(soup, "who-may-join")
    assert "Networks" in who and "Municipal committees and administrations" in who
    assert f"EN {NETWORK}" in who
    must = soup.find("section", id="must-join")
    joined, waiting = must.find_all("ul")
    assert words(joined.get_text(" ")) == "EN Socialnämnden"
    assert words(waiting.get_text(" ")) == "EN Kultur- och fritidsnämnden"
    assert f"EN {PLACE}" in section_text(soup, "paper-form")
    assert soup.find("label", attrs={"for": "id_confirms_extra"}).get_text(strip=True) == (
        f"EN {EXTRA}"
    )

    # Missing ticks on the English form: English messages next to the fields, input kept.
    response = client.post(
        english.url,
        body_application(confirms_democratic=None, confirms_extra=None, activity="Vi möts."),
    )
    soup = soup_of(response)
    democratic = soup.find("input", id="id_confirms_democratic").find_parent("div", "form-field")
    assert "Confirm that the organisation is democratically built." in democratic.get_text()
    extra = soup.find("input", id="id_confirms_extra").find_parent("div", "form-field")
    assert "Confirm this to join the agreement." in extra.get_text()
    assert soup.find("input", id="id_organisation_name")["value"] == "Socialnämnden"
    assert soup.find("textarea", id="id_activity").get_text(strip=True) == "Vi möts."
    assert Application.objects.count() == 1


def test_swedish_errors_next_to_the_fields_and_nothing_typed_lost(
    workflow, named_agreement, client
):
    page = publish_through_workflow(workflow, named_agreement, rules_fields())
    response = client.post(
        page.url,
        body_application(
            confirms_democratic=None, organisation_type="association", decision_basis=""
        ),
    )
    soup = soup_of(response)
    kind = soup.find("input", attrs={"name": "organisation_type"}).find_parent("fieldset")
    assert t("sv", "Choose the type of organisation.") in kind.get_text()
    basis = soup.find("input", id="id_decision_basis").find_parent("div", "form-field")
    assert (
        t("sv", "Tell us how the organisation decided to join, e.g. a board decision.")
        in basis.get_text()
    )
    democratic = soup.find("input", id="id_confirms_democratic").find_parent("div", "form-field")
    assert t("sv", "Confirm that the organisation is democratically built.") in (
        democratic.get_text()
    )
    assert soup.find("input", id="id_confirms_extra").has_attr("checked")
    assert soup.find("input", id="id_organisation_name")["value"] == "Socialnämnden"
    assert not Application.objects.exists()


def test_nothing_entered_nothing_shown(agreement_with_contact, client):
    page = ApplicationPageFactory(
        parent=agreement_with_contact,
        asks_democratic=False,
        asks_values=False,
        asks_signatory=False,
        asks_decision=False,
        open_to_organisations=False,
        open_to_networks=False,
        open_to_municipal_bodies=False,
        open_to_municipal_companies=False,
        open_to_others=False,
    )
    soup = soup_of(client.get(page.url))
    for section in ("who-may-join", "must-join", "paper-form"):
        assert soup.find("section", id=section) is None
    names = field_names(soup)
    assert (
        not {
            "confirms_democratic",
            "confirms_values",
            "confirms_extra",
            "signatory_name",
            "decision_basis",
            "must_join_body",
        }
        & names
    )
    # Who may join not stated: nobody is turned away.
    assert "association" in type_choices(soup) and "municipal_company" in type_choices(soup)


def test_todays_form_asks_what_it_asked(application_page, client):
    """A page set as existing pages were migrated: every confirmation, every type."""
    soup = soup_of(client.get(application_page.url))
    assert {
        "confirms_democratic",
        "confirms_values",
        "signatory_name",
        "signatory_role",
        "decision_basis",
        "decision_date",
    } <= field_names(soup)
    assert "confirms_extra" not in field_names(soup)
    assert len(type_choices(soup)) == 10
    assert soup.find("section", id="must-join") is None


def queries_for(client, page):
    """Queries of a second visit (the first warms the route and fragment caches)."""
    client.get(page.url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(page.url).status_code == 200
    return len(captured)


def test_the_page_reads_bodies_and_places_in_a_fixed_number_of_queries(
    agreement_with_contact, client, admin_client
):
    page = ApplicationPageFactory(parent=agreement_with_contact)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    def save_with(count):
        data = nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "intro": rich_text("<p>Så ansluter ni er.</p>"),
                "privacy_notice": rich_text("<p>Vi sparar uppgifterna.</p>"),
                "receipt_text": rich_text(""),
                "open_to_municipal_bodies": "on",
                "asks_democratic": "on",
                "must_join_bodies": inline_formset([{"name": f"Nämnd {n}"} for n in range(count)]),
                "paper_form_places": inline_formset([{"name": f"Plats {n}"} for n in range(count)]),
                "comments": inline_formset([]),
            }
        )
        data["action-publish"] = "action-publish"
        response = admin_client.post(url, data)
        assert response.status_code == 302, response.context["form"].errors

    save_with(1)
    few = queries_for(client, page)
    save_with(6)
    assert ApplicationPage.objects.get(pk=page.pk).must_join_bodies.count() == 7  # 1 + 6
    assert queries_for(client, page) == few
