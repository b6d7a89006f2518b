"""Agreements of every shape, entered by an editor and published through the workflow.

Real agreements give their period as exact dates, as years only, as a length
counted from adoption, as "until further notice" or not at all (a
declaration); they carry several decisions, or none. Each shape here is
posted through the admin's page editor by a user with the editor role
(*Skribenter*), approved at both review steps, then read at its public
URL: what was entered is shown as it was entered, and nothing that was not
entered is claimed (no period, status badge, scope or decision from a
default), in Swedish and in English.

The `*_fields` builders return the editor's form for one shape, and
`publish_through_workflow` posts it: other shapes (parties, commitments)
build on them.
"""

import datetime
import re

from django.utils import translation
from django.utils.formats import date_format

from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

import pytest
from bs4 import BeautifulSoup

from agreements.models import AgreementPage, PrinciplePage
from agreements.models.agreements import add_years
from editorial import roles
from tests import clock
from tests.admin_forms import add_url
from tests.editorial.accounts import logged_in, make_user, published
from tests.editorial.editor import post_create, post_workflow_action
from tests.factories import ActivityPlanPageFactory, EasyReadPageFactory
from tests.translations.test_translations import translate

pytestmark = pytest.mark.django_db


# -- the people ---------------------------------------------------------------------


@pytest.fixture
def editor_client(db, django_user_model):
    """A user with the editor role: writes pages and submits them for review."""
    return logged_in(make_user(django_user_model, "redaktor", [roles.CONTRIBUTORS]))


@pytest.fixture
def subject_reviewer_client(db, django_user_model):
    return logged_in(make_user(django_user_model, "sakgranskare", [roles.SUBJECT_REVIEWERS]))


@pytest.fixture
def publisher_client(db, django_user_model):
    return logged_in(make_user(django_user_model, "publicist", [roles.PUBLISHERS]))


@pytest.fixture
def workflow(editor_client, subject_reviewer_client, publisher_client):
    """(editor, step 1 reviewer, step 2 reviewer): the clients `publish_through_workflow` uses."""
    return editor_client, subject_reviewer_client, publisher_client


@pytest.fixture
def index(agreement_index):
    return published(agreement_index)


# -- posting a shape ------------------------------------------------------------------


def publish_through_workflow(workflow, model, parent, fields):
    """Create `model` under `parent` as the editor, submit it, approve both steps: live."""
    editor, step_one, step_two = workflow
    response = post_create(editor, model, parent, fields, action="submit", change_note="Ny.")
    assert response.status_code == 302, response.context["form"].errors
    page = model.objects.get(slug=fields["slug"])
    for reviewer in (step_one, step_two):
        response = post_workflow_action(reviewer, model.objects.get(pk=page.pk), "approve")
        assert response.status_code == 302
    page = model.objects.get(pk=page.pk)
    assert page.live and not page.has_unpublished_changes
    return page


def agreement_shape_fields(**overrides):
    """The editor's form for an agreement with nothing but its name and introduction."""
    fields = {
        "title": "Överenskommelse",
        "slug": "overenskommelse",
        "municipality": "Exempelby kommun",
        "intro": "Vad kommunen och civilsamhället har lovat varandra.",
        "intro_sections": streamfield([]),
        "period_kind": "not_stated",
        "decisions": inline_formset([]),
        "earlier_versions": inline_formset([]),
        "party_names": inline_formset([]),
        "contacts": inline_formset([]),
        "commitments": inline_formset([]),
        "body": streamfield([]),
        "forum_promises": inline_formset([]),
    }
    fields.update(overrides)
    return fields


def iso(day):
    return day.isoformat()


def dated_agreement_fields():
    """Exact dates, three decisions, named committees, a review date, earlier versions."""
    return agreement_shape_fields(
        title="Överenskommelse med datum",
        slug="med-datum",
        intro_sections=streamfield(
            [
                ("heading", {"text": "Så kom överenskommelsen till", "level": "h2"}),
                ("paragraph", rich_text("<p>Ett år av samtal med föreningarna.</p>")),
            ]
        ),
        period_kind="dates",
        valid_from=iso(clock.years_ago(1)),
        valid_to=iso(clock.years_ahead(2)),
        review_by=iso(clock.years_ahead(1)),
        decisions=inline_formset(
            [
                {
                    "kind": "adopted",
                    "body": "Kommunfullmäktige",
                    "date": iso(clock.years_ago(1)),
                    "record_number": "Ks 512/2024",
                    "paragraph": "§ 31",
                    "url": "https://kommun.example/protokoll/31",
                },
                {
                    "kind": "revised",
                    "body": "Kommunstyrelsen",
                    "date": iso(clock.today() - datetime.timedelta(days=30)),
                    "record_number": "Ks 88/2025",
                },
            ]
        ),
        earlier_versions=inline_formset(
            [
                {
                    "year": str(clock.today().year - 9),
                    "decision": "Den första överenskommelsen antogs",
                    "record_number": "Ks 2011/412",
                }
            ]
        ),
        scope="named_others_recommended",
        scope_details=rich_text("<p>Socialnämnden och äldrenämnden.</p>"),
    )


def years_only_fields():
    """Years only ("2024–2027"), reviewed during a year; nothing else."""
    this_year = clock.today().year
    return agreement_shape_fields(
        title="Överenskommelse med årtal",
        slug="med-artal",
        period_kind="years",
        first_year=str(this_year - 1),
        last_year=str(this_year + 2),
        review_year=str(this_year + 2),
    )


def length_from_adoption_fields():
    """Four years from adoption, evaluated during the fourth, then four more unless decided."""
    return agreement_shape_fields(
        title="Överenskommelse på fyra år",
        slug="fyra-ar",
        period_kind="length",
        length_years="4",
        extension_years="4",
        review_in_period_year="4",
        decisions=inline_formset(
            [{"kind": "adopted", "body": "Kommunfullmäktige", "date": iso(clock.years_ago(1))}]
        ),
    )


def until_further_notice_fields():
    """Valid until further notice, no date given."""
    return agreement_shape_fields(
        title="Överenskommelse tills vidare",
        slug="tills-vidare",
        period_kind="until_further_notice",
    )


def declaration_fields():
    """A declaration: values and principles, no period, no decision, no commitments."""
    return agreement_shape_fields(
        title="Deklaration om samverkan",
        slug="deklaration",
        intro="Värderingar som kommunen och föreningslivet delar.",
        shared_values=rich_text("<p>Alla människors lika värde.</p>"),
    )


def principle_without_summary_fields():
    return {
        "title": "Dialog",
        "slug": "dialog",
        "summary": "",
        "explanation": rich_text("<p>Vi talar med varandra i tid.</p>"),
        "commitments": inline_formset([]),
    }


# -- reading the public page ------------------------------------------------------------


def words(text):
    return " ".join(text.split())


def public_page(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def facts(soup):
    """The facts list as {label: text}."""
    section = soup.find("section", class_="facts")
    return {
        words(dt.get_text()): words(dt.find_next_sibling("dd").get_text(" "))
        for dt in section.find_all("dt")
    }


def status(soup):
    found = soup.find("header", class_="page-header").find("p", class_="status")
    return words(found.get_text(" ")) if found else None


def t(code, message, **values):
    """`message` in `code`, as the page shows it (whether or not the catalog has it yet)."""
    with translation.override(code):
        text = translation.gettext(message)
    return text % values if values else text


def nt(code, singular, plural, number, **values):
    with translation.override(code):
        return translation.ngettext(singular, plural, number) % values


def long_date(code, day):
    with translation.override(code):
        return date_format(day, "j F Y")


FULL_DATE = re.compile(r"\b\d{1,2} [^\W\d]+ \d{4}\b")


def english(page, capture):
    """The page's English translation (wagtail-localize, every string prefixed "EN")."""
    for ancestor in page.get_ancestors().specific().filter(depth__gte=2):
        if not ancestor.get_translations().filter(locale__language_code="en").exists():
            with capture(execute=True):
                translate(ancestor, "en", "EN")
    with capture(execute=True):
        translate(page, "en", "EN")
    return page.get_translation(Locale.objects.get(language_code="en"))


# -- the shapes ---------------------------------------------------------------------------


def test_exact_dates_with_decisions_history_scope_and_sections_before(
    workflow, index, anonymous, django_capture_on_commit_callbacks
):
    page = publish_through_workflow(workflow, AgreementPage, index, dated_agreement_fields())
    plan = published(ActivityPlanPageFactory(parent=page, title="Aktivitetsplan 2025–2026"))
    start, end = clock.years_ago(1), clock.years_ahead(2)
    revised_on = clock.today() - datetime.timedelta(days=30)

    for code, client_page in [
        ("sv", page),
        ("en", english(page, django_capture_on_commit_callbacks)),
    ]:
        soup = public_page(anonymous, client_page)
        shown = facts(soup)
        period = f"{long_date(code, start)} – {long_date(code, end)}"
        assert status(soup) == f"{t(code, 'In force')} {period}"
        assert shown[t(code, "Period")] == period
        decisions = [words(li.get_text()) for li in soup.select(".facts__decisions li")]
        body = "" if code == "sv" else "EN "
        assert decisions == [
            f"{t(code, 'Adopted')} {body}Kommunfullmäktige, {long_date(code, start)}, § 31 "
            f"{t(code, 'Record number')}: Ks 512/2024 {t(code, 'Read the decision')}",
            f"{t(code, 'Revised')} {body}Kommunstyrelsen, {long_date(code, revised_on)} "
            f"{t(code, 'Record number')}: Ks 88/2025",
        ]
        assert soup.select_one('.facts__decisions a[href="https://kommun.example/protokoll/31"]')
        assert shown[t(code, "To be reviewed")] == t(
            code, "By %(date)s", date=long_date(code, clock.years_ahead(1))
        )
        recommended = t(code, "The committees named below; the others are recommended to follow it")
        assert shown[t(code, "Binds")] == (f"{recommended} {body}Socialnämnden och äldrenämnden.")
        assert t(code, "Earlier versions") in shown
        earlier = words(soup.select_one(".facts__earlier li").get_text())
        assert earlier == (
            f"{clock.today().year - 9}: {body}Den första överenskommelsen antogs (Ks 2011/412)"
        )
        # No extension was entered: none is claimed.
        assert "unless decided otherwise" not in soup.get_text()
        assert "om inte annat beslutas" not in soup.get_text()
        html = str(soup)
        assert html.index("Så kom överenskommelsen till") < html.index('id="facts-heading"')
    # The live activity plan is linked from its agreement.
    soup = public_page(anonymous, page)
    assert soup.select_one(f'.facts a[href="{plan.url}"]').get_text() == plan.title


def test_years_only_is_shown_as_years_with_a_status_by_the_year(
    workflow, index, anonymous, django_capture_on_commit_callbacks
):
    page = publish_through_workflow(workflow, AgreementPage, index, years_only_fields())
    this_year = clock.today().year
    years = f"{this_year - 1}–{this_year + 2}"

    for code, shown_page in [
        ("sv", page),
        ("en", english(page, django_capture_on_commit_callbacks)),
    ]:
        soup = public_page(anonymous, shown_page)
        shown = facts(soup)
        assert status(soup) == f"{t(code, 'In force')} {years}"
        assert shown == {
            t(code, "Municipality"): ("" if code == "sv" else "EN ") + "Exempelby kommun",
            t(code, "Period"): years,
            t(code, "To be reviewed"): t(code, "During %(year)s", year=this_year + 2),
        }
        # Never more precise than entered: no day, no month, no decision, no scope.
        assert not FULL_DATE.search(soup.find("section", class_="facts").get_text())
        assert not FULL_DATE.search(status(soup))
        assert soup.find(id="facts-heading").get_text() == t(code, "About the agreement")


def test_years_only_needs_both_years(editor_client, index):
    fields = years_only_fields()
    del fields["last_year"]
    response = post_create(
        editor_client, AgreementPage, index, fields, action="submit", change_note="Ny."
    )
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["last_year"]
    assert not AgreementPage.objects.filter(slug=fields["slug"]).exists()


def test_length_from_adoption_is_shown_as_a_length_never_as_a_computed_end(
    workflow, index, anonymous
):
    page = publish_through_workflow(workflow, AgreementPage, index, length_from_adoption_fields())
    adopted = clock.years_ago(1)
    soup = public_page(anonymous, page)
    shown = facts(soup)
    length = nt(
        "sv",
        "%(years)s year from adoption on %(date)s",
        "%(years)s years from adoption on %(date)s",
        4,
        years=4,
        date=long_date("sv", adopted),
    )
    runs_on = nt(
        "sv",
        "Runs on for %(years)s more year unless decided otherwise.",
        "Runs on for %(years)s more years unless decided otherwise.",
        4,
        years=4,
    )
    assert status(soup) == f"{t('sv', 'In force')} {length}"
    assert shown[t("sv", "Period")] == f"{length} {runs_on}"
    assert shown[t("sv", "To be reviewed")] == t(
        "sv", "During year %(number)s of the period", number=4
    )
    computed_end = add_years(adopted, 4) - datetime.timedelta(days=1)
    assert long_date("sv", computed_end) not in soup.get_text()
    assert t("sv", "Binds") not in shown


def test_until_further_notice_without_a_date(workflow, index, anonymous):
    page = publish_through_workflow(workflow, AgreementPage, index, until_further_notice_fields())
    soup = public_page(anonymous, page)
    assert status(soup) == f"{t('sv', 'In force')} {t('sv', 'Until further notice')}"
    assert facts(soup)[t("sv", "Period")] == t("sv", "Until further notice")
    assert not FULL_DATE.search(soup.find("section", class_="facts").get_text())


def test_declaration_without_period_or_decision_is_the_home_pages_current_document(
    workflow, index, home_page, anonymous, django_capture_on_commit_callbacks
):
    home_page = published(home_page)
    page = publish_through_workflow(workflow, AgreementPage, index, declaration_fields())
    principle = publish_through_workflow(
        workflow, PrinciplePage, page, principle_without_summary_fields()
    )
    # An easy-to-read text of another version must not be offered for this one.
    other = publish_through_workflow(
        workflow, AgreementPage, index, {**years_only_fields(), "slug": "annan"}
    )
    other.title = "Annan version"
    EasyReadPageFactory(parent=other, title="Den andra versionen på lättläst")

    for code, shown_page in [
        ("sv", page),
        ("en", english(page, django_capture_on_commit_callbacks)),
    ]:
        soup = public_page(anonymous, shown_page)
        assert status(soup) is None
        assert facts(soup) == {
            t(code, "Municipality"): ("" if code == "sv" else "EN ") + "Exempelby kommun"
        }
        assert soup.find(id="facts-heading").get_text() == t(code, "About the agreement")
        assert not soup.select(".site-header__easy-read")
        assert "Alla människors lika värde." in soup.get_text()

    # The principle below it has no one-line summary: no empty paragraph stands for one.
    soup = public_page(anonymous, page)
    card = soup.select_one(f'.card a[href="{principle.url}"]').find_parent("li")
    assert card.find("p") is None

    # With no agreement in force, the declaration is what the home page shows.
    other.unpublish()
    soup = public_page(anonymous, home_page)
    current = soup.find("section", class_="current-agreement")
    assert current.find("h2").get_text() == "Deklaration om samverkan"
    assert current.find("p", class_="status") is None
    assert current.select_one(f'a[href="{page.url}"]')
    assert add_url(PrinciplePage, page)  # principles may be added under it
