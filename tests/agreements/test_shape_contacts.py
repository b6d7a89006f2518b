"""Agreements list their contacts as the adopted text does: several, one per party, or none.

The contact points are entered in the snippet admin and the agreement in the
page editor by a user with the editor role (*Skribenter*), both approved
through the review workflow, then read at the agreement's public URL in
Swedish and in English: each contact shows what was entered, under the
label or party name the editor chose, and nothing that was not entered (no
empty label, no heading nobody chose, no section without contacts).
"""

from django.urls import reverse

from wagtail.models import Locale, TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest
from bs4 import BeautifulSoup

from agreements.models import AgreementPage, ContactPoint
from editorial import roles
from tests.agreements.test_agreement_shapes import (
    agreement_shape_fields,
    public_page,
    publish_through_workflow,
    t,
    words,
)
from tests.agreements.test_public_pages import count_queries
from tests.editorial.accounts import logged_in, make_user, published
from tests.editorial.editor import post_create
from tests.translations.test_translations import translate

pytestmark = pytest.mark.django_db

NETWORK = "Nätverket Idéburna i Exempelby"

OFFICE = {
    "name": "Exempelby föreningskontor",
    "unit": "Kultur- och fritidsförvaltningen",
    "person": "Kim Samordnare",
    "role": "Samordnare för civilsamhället",
    "street_address": "Box 123",
    "postal_code": "123 45",
    "city": "Exempelby",
    "visiting_address": "Stadshuset, Storgatan 1",
    "phone": "08-465 004 11",
    "email": "forening@exempelby.example",
    "opening_hours": "Vardagar 9–16",
}
# The network's secretariat: a name and an e-mail address, nothing else.
SECRETARIAT = {"name": "Nätverkets kansli", "email": "kansli@natverket.example"}


@pytest.fixture
def workflow(django_user_model):
    """(editor, step 1 reviewer, step 2 reviewer) clients in the groups every install has."""
    return tuple(
        logged_in(make_user(django_user_model, name, [group]))
        for name, group in [
            ("redaktor", roles.CONTRIBUTORS),
            ("sakgranskare", roles.SUBJECT_REVIEWERS),
            ("publicist", roles.PUBLISHERS),
        ]
    )


@pytest.fixture
def index(agreement_index):
    return published(agreement_index)


def contact_point_through_workflow(workflow, fields):
    """A contact point submitted in the snippet admin by the editor and approved: live."""
    editor, *reviewers = workflow
    data = nested_form_data(fields)
    data["action-submit"] = "action-submit"
    response = editor.post(reverse("wagtailsnippets_agreements_contactpoint:add"), data)
    assert response.status_code == 302, response.context["form"].errors
    point = ContactPoint.objects.get(name=fields["name"])
    for reviewer in reviewers:
        point.refresh_from_db()
        if not point.workflow_in_progress:
            break
        task_state = TaskState.objects.get(
            workflow_state__object_id=str(point.pk), status=TaskState.STATUS_IN_PROGRESS
        )
        url = reverse(
            "wagtailsnippets_agreements_contactpoint:workflow_action",
            args=(point.pk, "approve", task_state.pk),
        )
        assert reviewer.post(url, {"comment": ""}).status_code == 302
    point.refresh_from_db()
    assert point.live and not point.workflow_in_progress
    return point


def parties(*named):
    return inline_formset([{"side": side, "name": name, "heading": ""} for side, name in named])


def contacts(*rows):
    return inline_formset(
        [
            {"contact_point": str(point.pk), "side": side, "label": label}
            for point, side, label in rows
        ]
    )


def shown_contacts(soup):
    """Each contact on the page as (heading or None, [paragraphs], {label: value})."""
    section = soup.find("section", class_="contacts")
    if section is None:
        return None
    shown = []
    for item in section.select(".contacts__list > li"):
        heading = item.find("h3")
        listed = {
            words(dt.get_text()): words(dt.find_next_sibling("dd").get_text(" "))
            for dt in item.find_all("dt")
        }
        shown.append(
            (
                words(heading.get_text()) if heading else None,
                [words(p.get_text(" ")) for p in item.find_all("p")],
                listed,
            )
        )
    return shown


def english(page, points, capture):
    """The English translations (every string prefixed "EN") of the contact points and pages."""
    for obj in [*points, *page.get_ancestors().specific().filter(depth__gte=2), page]:
        if obj.get_translations().filter(locale__language_code="en").exists():
            continue
        with capture(execute=True):
            translate(obj, "en", "EN")
    return page.get_translation(Locale.objects.get(language_code="en"))


def test_one_contact_per_party_each_with_what_was_entered_in_swedish_and_english(
    workflow, index, anonymous, django_capture_on_commit_callbacks
):
    office = contact_point_through_workflow(workflow, OFFICE)
    secretariat = contact_point_through_workflow(workflow, SECRETARIAT)
    page = publish_through_workflow(
        workflow,
        AgreementPage,
        index,
        agreement_shape_fields(
            party_names=parties(("municipality", "Staden"), ("civil_society", NETWORK)),
            contacts=contacts(
                (office, "municipality", "Frågor om överenskommelsen"),
                (secretariat, "civil_society", ""),
            ),
        ),
    )

    for code, shown_page in [
        ("sv", page),
        ("en", english(page, [office, secretariat], django_capture_on_commit_callbacks)),
    ]:
        soup = public_page(anonymous, shown_page)
        en = "" if code == "sv" else "EN "
        assert words(soup.find(id="contact-heading").get_text()) == t(code, "Contact")
        assert shown_contacts(soup) == [
            (
                # The editor's label wins over the party's name.
                f"{en}Frågor om överenskommelsen",
                [
                    f"{en}Exempelby föreningskontor {en}Kultur- och fritidsförvaltningen",
                    # The person's name is the same in every language; the role is translated.
                    f"Kim Samordnare {en}Samordnare för civilsamhället",
                ],
                {
                    t(code, "Postal address"): f"{en}Box 123 123 45 {en}Exempelby",
                    t(code, "Visiting address"): f"{en}Stadshuset, Storgatan 1",
                    t(code, "Phone"): "08-465 004 11",
                    t(code, "E-mail"): "forening@exempelby.example",
                    t(code, "Opening hours"): f"{en}Vardagar 9–16",
                },
            ),
            # Under the name the agreement gives the party it speaks for; only what was
            # entered: no person, no address, no phone, no opening hours.
            (
                f"{en}{NETWORK}",
                [f"{en}Nätverkets kansli"],
                {t(code, "E-mail"): SECRETARIAT["email"]},
            ),
        ]
        section = soup.find("section", class_="contacts")
        assert section.select_one('a[href="tel:0846500411"]')
        assert section.select_one('a[href="mailto:kansli@natverket.example"]')


def test_a_contact_for_no_party_without_a_label_has_no_heading(workflow, index, anonymous):
    point = contact_point_through_workflow(workflow, {"name": "Exempelby föreningskontor"})
    page = publish_through_workflow(
        workflow, AgreementPage, index, agreement_shape_fields(contacts=contacts((point, "", "")))
    )
    soup = public_page(anonymous, page)
    # The name alone: no heading, no person, no list of empty labels.
    assert shown_contacts(soup) == [(None, ["Exempelby föreningskontor"], {})]
    assert soup.find("section", class_="contacts").find("dl") is None


def test_an_agreement_without_contacts_has_no_contact_section(workflow, index, anonymous):
    page = publish_through_workflow(workflow, AgreementPage, index, agreement_shape_fields())
    soup = public_page(anonymous, page)
    assert shown_contacts(soup) is None
    assert soup.find(id="contact-heading") is None
    assert t("sv", "Contact") not in [words(h.get_text()) for h in soup.find_all("h2")]


def test_a_contact_point_never_published_is_not_shown(workflow, index, anonymous):
    editor = workflow[0]
    data = nested_form_data({"name": "Utkastkontoret", "email": "utkast@exempelby.example"})
    editor.post(reverse("wagtailsnippets_agreements_contactpoint:add"), data)  # a draft only
    draft = ContactPoint.objects.get(name="Utkastkontoret")
    assert not draft.live
    live = contact_point_through_workflow(workflow, SECRETARIAT)
    page = publish_through_workflow(
        workflow,
        AgreementPage,
        index,
        agreement_shape_fields(contacts=contacts((draft, "", ""), (live, "", ""))),
    )
    soup = public_page(anonymous, page)
    assert shown_contacts(soup) == [
        (None, ["Nätverkets kansli"], {t("sv", "E-mail"): SECRETARIAT["email"]})
    ]
    assert "Utkastkontoret" not in soup.get_text()


def test_a_contact_for_a_party_the_agreement_has_not_named_is_refused(workflow, index):
    point = contact_point_through_workflow(workflow, SECRETARIAT)
    fields = agreement_shape_fields(
        party_names=parties(("municipality", "Staden")),
        contacts=contacts((point, "civil_society", "")),
    )
    response = post_create(
        workflow[0], AgreementPage, index, fields, action="submit", change_note="Ny."
    )
    assert response.status_code == 200
    [form] = response.context["form"].formsets["contacts"].forms
    assert "side" in form.errors
    assert not AgreementPage.objects.filter(slug=fields["slug"]).exists()


def test_the_contacts_cost_the_agreement_page_no_query_per_contact(
    workflow, index, client, django_capture_on_commit_callbacks
):
    points = [
        contact_point_through_workflow(
            workflow, {"name": f"Kontor {n}", "email": f"k{n}@x.example"}
        )
        for n in range(6)
    ]
    one = publish_through_workflow(
        workflow,
        AgreementPage,
        index,
        agreement_shape_fields(
            slug="en-kontakt",
            party_names=parties(("municipality", "Staden")),
            contacts=contacts((points[0], "municipality", "")),
        ),
    )
    many = publish_through_workflow(
        workflow,
        AgreementPage,
        index,
        agreement_shape_fields(
            slug="sex-kontakter",
            party_names=parties(("municipality", "Staden")),
            contacts=contacts(*((p, "municipality", "") for p in points)),
        ),
    )
    assert count_queries(client, one.url) == count_queries(client, many.url)
    assert len(shown_contacts(BeautifulSoup(client.get(many.url).content, "html.parser"))) == 6
