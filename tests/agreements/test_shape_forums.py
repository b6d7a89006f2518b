"""Forums without fixed dates: what each agreement promises, shown and counted as it promises it.

Agreements promise "an annual follow-up conference open to all, signed or
not", "half-yearly thematic meetings", "seminars on request". An editor
enters these promises on the agreement in the admin, the workflow publishes
them, and the agreement's public page shows them (Swedish and English) as
part of the agreement. The annual cycle on the dashboard counts the year's
events against what *this* agreement promises: nothing for "on request", no
line at all when nothing is promised, and never a default of two a year.
"""

import re

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset

import pytest

from agreements.models import AgreementPage, ForumPromise
from editorial import roles
from tests import clock
from tests.agreements.followup_trees import agreement_with_commitments, forums_in, report_for
from tests.agreements.test_agreement_shapes import (
    agreement_shape_fields,
    english,
    iso,
    nt,
    public_page,
    publish_through_workflow,
    t,
    words,
)
from tests.agreements.test_public_pages import count_queries
from tests.editorial.accounts import logged_in, make_user, published
from tests.editorial.editor import post_create
from tests.factories import (
    AgreementPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ForumPromiseFactory,
)

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


HEADING = "Forums the agreement promises"

CONFERENCE = {
    "name": "Uppföljningskonferens",
    "description": "Vi går igenom året som gått och vad som ska göras härnäst.",
    "frequency": "yearly",
    "times_a_year": "",
    "frequency_text": "",
    "open_to": "Öppen för alla organisationer, anslutna eller inte",
    "event_kind": "follow_up_conference",
}
THEMES = {
    "name": "Tematiska träffar",
    "description": "",
    "frequency": "twice_a_year",
    "times_a_year": "",
    "frequency_text": "",
    "open_to": "",
    "event_kind": "",
}
SEMINARS = {
    "name": "",
    "description": "",
    "frequency": "on_request",
    "times_a_year": "",
    "frequency_text": "",
    "open_to": "",
    "event_kind": "seminar",
}


def promising(*promises, **overrides):
    """The editor's form for a dated agreement in force that promises `promises`."""
    return agreement_shape_fields(
        period_kind="dates",
        valid_from=iso(clock.years_ago(1)),
        valid_to=iso(clock.years_ahead(2)),
        forum_promises=inline_formset(list(promises)),
        **overrides,
    )


def promises_shown(soup):
    """[(name, {label: value}, description)] of the page's section of forum promises."""
    heading = soup.find(id="forum-promises-heading")
    if heading is None:
        return None
    shown = []
    for item in heading.find_parent("section").select(".forum-promises__item"):
        facts = {
            words(dt.get_text()): words(dt.find_next_sibling("dd").get_text())
            for dt in item.find_all("dt")
        }
        description = item.find("p")
        shown.append(
            (
                words(item.find("h3").get_text()),
                facts,
                words(description.get_text()) if description else None,
            )
        )
    return shown


def test_the_promised_forums_are_part_of_the_agreements_page(
    workflow, index, anonymous, django_capture_on_commit_callbacks
):
    page = publish_through_workflow(
        workflow, AgreementPage, index, promising(CONFERENCE, THEMES, SEMINARS)
    )
    assert [p.frequency for p in page.forum_promises.all()] == [
        "yearly",
        "twice_a_year",
        "on_request",
    ]

    for code, shown_page, mark in [
        ("sv", page, ""),
        ("en", english(page, django_capture_on_commit_callbacks), "EN "),
    ]:
        soup = public_page(anonymous, shown_page)
        assert soup.find(id="forum-promises-heading").get_text() == t(code, HEADING)
        often, who = t(code, "How often"), t(code, "Who may take part")
        assert promises_shown(soup) == [
            (
                f"{mark}Uppföljningskonferens",
                {
                    often: t(code, "Once a year"),
                    who: f"{mark}Öppen för alla organisationer, anslutna eller inte",
                },
                f"{mark}Vi går igenom året som gått och vad som ska göras härnäst.",
            ),
            # Nobody said who may come: the page does not say it either.
            (f"{mark}Tematiska träffar", {often: t(code, "Twice a year")}, None),
            # No name: the kind of event names it.
            (t(code, "Seminar"), {often: t(code, "On request")}, None),
        ]


def test_an_agreement_that_promises_no_forum_has_no_such_section(
    workflow, index, anonymous, django_capture_on_commit_callbacks
):
    page = publish_through_workflow(workflow, AgreementPage, index, promising())
    for code, shown_page in [
        ("sv", page),
        ("en", english(page, django_capture_on_commit_callbacks)),
    ]:
        soup = public_page(anonymous, shown_page)
        assert promises_shown(soup) is None
        text = soup.get_text()
        for claim in (HEADING, "Twice a year", "Once a year", "How often", "forums per year"):
            assert t(code, claim) not in text
        # No number of forums is claimed from a default.
        assert not re.search(r"\b[0-9]+ (forum|forums)\b", text)


def test_a_number_a_year_or_a_rhythm_in_words(workflow, index, anonymous):
    fields = promising(
        {**THEMES, "name": "Dialogforum", "frequency": "times_a_year", "times_a_year": "3"},
        {
            **THEMES,
            "name": "Möte med samrådsgruppen",
            "frequency": "other",
            "frequency_text": "När samrådsgruppen beslutar",
        },
    )
    page = publish_through_workflow(workflow, AgreementPage, index, fields)
    often = t("sv", "How often")
    assert promises_shown(public_page(anonymous, page)) == [
        (
            "Dialogforum",
            {often: nt("sv", "%(count)s time a year", "%(count)s times a year", 3, count=3)},
            None,
        ),
        ("Möte med samrådsgruppen", {often: "När samrådsgruppen beslutar"}, None),
    ]


@pytest.mark.parametrize(
    ("promise", "field"),
    [
        ({**THEMES, "frequency": "times_a_year"}, "times_a_year"),
        ({**THEMES, "frequency": "other"}, "frequency_text"),
        ({**THEMES, "name": ""}, "name"),
    ],
)
def test_a_promise_says_how_often_and_what_it_is(editor_client, index, promise, field):
    fields = promising(promise)
    response = post_create(
        editor_client, AgreementPage, index, fields, action="submit", change_note="Ny."
    )
    assert response.status_code == 200
    [errors] = response.context["form"].formsets["forum_promises"].errors
    assert list(errors) == [field]
    assert not ForumPromise.objects.exists()


# -- the annual cycle on the dashboard ---------------------------------------------------


def forums_line(admin_client):
    """The annual cycle panel's forums line as (data-ok, text), or None when there is none."""
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html[html.index('class="w-panel annual-cycle"') :]
    panel = panel[: panel.index("</section>")]
    found = re.search(r'<li data-line="forums" data-ok="(\w+)">(.*?)</li>', panel, re.S)
    if found is None:
        return None
    return found[1], words(re.sub(r"<[^>]+>", " ", found[2]))


def with_events(page, *kinds_and_times):
    events = EventIndexPageFactory(parent=page)
    for kind, start in kinds_and_times:
        EventPageFactory(parent=events, kind=kind, start=start)


def test_the_annual_cycle_counts_a_yearly_promise(workflow, index, admin_client):
    page = publish_through_workflow(workflow, AgreementPage, index, promising(CONFERENCE))
    year = clock.today().year
    ok, text = forums_line(admin_client)
    assert ok == "false"
    assert f"0 av 1 forum hållna {year} – {t('sv', 'Add an events listing')}" in text
    # A dialogue forum is not the promised follow-up conference; the conference is.
    with_events(page, ("dialogue_forum", clock.at(0, 8)))
    assert forums_line(admin_client)[0] == "false"
    EventPageFactory(
        parent=page.get_children().get(), kind="follow_up_conference", start=clock.at(0, 8)
    )
    ok, text = forums_line(admin_client)
    assert ok == "true"
    assert f"1 av 1 forum hållna {year} – {t('sv', 'Add a forum')}" in text


def test_the_annual_cycle_asks_nothing_for_forums_on_request(workflow, index, admin_client):
    publish_through_workflow(workflow, AgreementPage, index, promising(SEMINARS))
    ok, text = forums_line(admin_client)
    assert ok == "true"
    assert (
        t(
            "sv",
            "The agreement promises no number of forums a year (on request or as its "
            "text describes): nothing to count.",
        )
        in text
    )
    assert " av " not in text


def test_the_annual_cycle_has_no_forums_line_when_nothing_is_promised(
    workflow, index, admin_client
):
    page = publish_through_workflow(workflow, AgreementPage, index, promising())
    with_events(page, ("dialogue_forum", clock.at(0, 8)))
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'href="{reverse("wagtailadmin_pages:edit", args=(page.pk,))}"' in html
    assert forums_line(admin_client) is None
    assert 'data-line="report"' in html


def test_the_promises_cost_one_query_however_many(client, agreement_index):
    """One query for all the promises: the page's budget holds whatever the agreement promises."""
    few, many = (
        AgreementPageFactory(parent=agreement_index),
        AgreementPageFactory(parent=agreement_index),
    )
    ForumPromiseFactory(page=few)
    for frequency in ("yearly", "twice_a_year", "quarterly", "on_request", "yearly", "yearly"):
        ForumPromiseFactory(page=many, frequency=frequency)
    assert count_queries(client, few.url) == count_queries(client, many.url)
    assert len(promises_shown(public_page(client, many))) == 6


@pytest.mark.parametrize("promised", [False, True])
def test_the_follow_up_report_names_a_number_only_when_one_is_promised(
    anonymous, agreement_index, promised
):
    agreement, _principles, commitments = agreement_with_commitments(agreement_index)
    if promised:
        ForumPromiseFactory(page=agreement, frequency="yearly")
    year = clock.today().year - 1
    forums_in(agreement, year, held=2, attended=(12, 8))
    report = report_for(agreement, year, commitments)
    text = words(public_page(anonymous, report).find(id="forums").get_text())
    promise = nt(
        "sv",
        "%(held)s forum held; the agreement promises at least %(required)s a year.",
        "%(held)s forums held; the agreement promises at least %(required)s a year.",
        2,
        held=2,
        required=1,
    )
    held = nt("sv", "%(held)s forum held.", "%(held)s forums held.", 2, held=2)
    assert (promise in text) is promised
    assert (held in text) is not promised
