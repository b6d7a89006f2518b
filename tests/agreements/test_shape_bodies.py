"""Bodies by composition: a council described by its seats, with or without named members.

Agreements describe a council as "ten seats for civil society nominated by
the signatories, three politicians, one coordinating official", not by
names. An editor enters the seat groups (and, if known, the members) on the
body's page in the admin; the workflow publishes it; the public page shows
the composition as the text gives it and whoever holds seats, in Swedish and
in English, and never says that members are missing: with no seats and no
members entered, there is no composition section at all.
"""

from wagtail.test.utils.form_data import inline_formset

import pytest

from agreements.models import AgreementPage, BodyPage
from editorial import roles
from tests import clock
from tests.agreements.test_agreement_shapes import (
    agreement_shape_fields,
    english,
    nt,
    public_page,
    publish_through_workflow,
    t,
    words,
)
from tests.editorial.accounts import logged_in, make_user, published

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(django_user_model):
    """A user with the editor role: enters the shape and submits it for review."""
    return logged_in(make_user(django_user_model, "redaktor", [roles.CONTRIBUTORS]))


@pytest.fixture
def workflow(editor_client, django_user_model):
    """(editor, step 1 reviewer, step 2 reviewer), as `publish_through_workflow` needs them."""
    return (
        editor_client,
        logged_in(make_user(django_user_model, "sakgranskare", [roles.SUBJECT_REVIEWERS])),
        logged_in(make_user(django_user_model, "publicist", [roles.PUBLISHERS])),
    )


@pytest.fixture
def index(agreement_index):
    return published(agreement_index)


#: What the page must never claim when nobody entered members.
NO_MEMBERS_CLAIMS = (
    "No members have been appointed yet.",
    "Members",
    "Current members",
    "Not published",
    "Members' names are published only with their consent; otherwise the role and the "
    "organisation are shown.",
)

COUNCIL_SEATS = [
    {
        "seats": "10",
        "side": "civil_society",
        "chosen_how": "nominerade av de anslutna organisationerna",
        "note": "",
    },
    {"seats": "3", "side": "politician", "chosen_how": "utsedda av kommunstyrelsen", "note": ""},
    {
        "seats": "1",
        "side": "municipality",
        "chosen_how": "",
        "note": "Tjänstepersonen samordnar rådets arbete.",
    },
    # "Representatives of the study associations": the text gives no number.
    {"seats": "", "side": "civil_society", "chosen_how": "från studieförbunden", "note": ""},
]


def body_fields(**overrides):
    """The editor's form for a body with nothing but its title and summary."""
    fields = {
        "title": "Samverkansrådet",
        "slug": "samverkansradet",
        "kind": "",
        "summary": "Rådet bereder dialogforumen och följer upp överenskommelsen.",
        # What an empty Draftail editor sends.
        "purpose": "null",
        "membership": "null",
        "meeting_rhythm": "",
        "seat_groups": inline_formset([]),
        "members": inline_formset([]),
    }
    fields.update(overrides)
    return fields


@pytest.fixture
def agreement(workflow, index):
    return publish_through_workflow(workflow, AgreementPage, index, agreement_shape_fields())


def composition(soup):
    """The seat groups as the page lists them, or None when the section is absent."""
    heading = soup.find(id="composition-heading")
    if heading is None:
        return None
    section = heading.find_parent("section")
    return [words(li.get_text()) for li in section.select(".composition__seats li")]


def seats(code, number):
    return nt(code, "%(seats)s seat", "%(seats)s seats", number, seats=number)


def test_a_council_described_by_its_seats_without_members(
    workflow, agreement, anonymous, django_capture_on_commit_callbacks
):
    fields = body_fields(kind="consultation_group", seat_groups=inline_formset(COUNCIL_SEATS))
    body = publish_through_workflow(workflow, BodyPage, agreement, fields)

    for code, page, mark in [
        ("sv", body, ""),
        ("en", english(body, django_capture_on_commit_callbacks), "EN "),
    ]:
        soup = public_page(anonymous, page)
        assert soup.find(id="composition-heading").get_text() == t(code, "Composition")
        assert composition(soup) == [
            f"{t(code, 'Civil society')}: {seats(code, 10)}, "
            f"{mark}nominerade av de anslutna organisationerna",
            f"{t(code, 'Elected representative')}: {seats(code, 3)}, "
            f"{mark}utsedda av kommunstyrelsen",
            f"{t(code, 'The municipality' + chr(39) + 's administration')}: {seats(code, 1)} "
            f"{mark}Tjänstepersonen samordnar rådets arbete.",
            # No number in the text: none on the page (no "0", no "seats").
            f"{t(code, 'Civil society')}, {mark}från studieförbunden",
        ]
        text = soup.get_text()
        for claim in NO_MEMBERS_CLAIMS:
            assert t(code, claim) not in text
        assert not soup.select("table")
        assert soup.find("p", class_="page-header__context").get_text() == t(
            code, "Consultation group or council"
        )


def test_seats_and_whoever_holds_them(workflow, agreement, anonymous):
    fields = body_fields(
        seat_groups=inline_formset(COUNCIL_SEATS[:1]),
        members=inline_formset(
            [
                {
                    "side": "civil_society",
                    "role": "Ledamot",
                    "organisation": "Idrottsföreningen Exempel",
                    # Unnamed in the text: no name, and no "not published" either.
                    "name": "",
                    "name_consent_on": "",
                    "term_start": "",
                    "term_end": "",
                },
                {
                    "side": "civil_society",
                    "role": "Ordförande",
                    "organisation": "Studieförbundet Exempel",
                    "name": "Ada Samtyckt",
                    "name_consent_on": clock.days(-30).isoformat(),
                    "term_start": "",
                    "term_end": "",
                },
            ]
        ),
    )
    body = publish_through_workflow(workflow, BodyPage, agreement, fields)
    soup = public_page(anonymous, body)
    assert composition(soup) == [
        f"{t('sv', 'Civil society')}: {seats('sv', 10)}, nominerade av de anslutna organisationerna"
    ]
    rows = [
        [words(td.get_text()) for td in tr.find_all("td")]
        for tr in soup.select("#composition-heading ~ * tbody tr, .composition tbody tr")
    ]
    # Nine seats vacant: nothing says so, nothing says they are missing.
    assert rows == [
        ["Ledamot", "", "Idrottsföreningen Exempel", t("sv", "Civil society"), ""],
        ["Ordförande", "Ada Samtyckt", "Studieförbundet Exempel", t("sv", "Civil society"), ""],
    ]
    assert t("sv", "Not published") not in soup.get_text()
    assert t("sv", "No members have been appointed yet.") not in soup.get_text()


def test_a_body_with_neither_seats_nor_members_has_no_composition(
    workflow, agreement, anonymous, django_capture_on_commit_callbacks
):
    body = publish_through_workflow(workflow, BodyPage, agreement, body_fields())
    for code, page in [
        ("sv", body),
        ("en", english(body, django_capture_on_commit_callbacks)),
    ]:
        soup = public_page(anonymous, page)
        assert composition(soup) is None
        text = soup.get_text()
        for claim in (*NO_MEMBERS_CLAIMS, "Composition", "Former members"):
            assert t(code, claim) not in text
        # No kind chosen: the page names none.
        assert soup.find("p", class_="page-header__context") is None
        assert words(soup.find("article").get_text(" ")) == words(f"{page.title} {page.summary}")

    # The agreement lists the body by its title only: no sentence about members.
    soup = public_page(anonymous, agreement)
    structure = soup.find(id="structure-heading").find_parent("section")
    assert words(structure.get_text(" ")) == words(
        f"{t('sv', 'Forums and cooperation')} {body.title}"
    )
