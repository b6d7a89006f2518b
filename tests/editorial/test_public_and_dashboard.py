"""What the public sees of work in progress, and what editors are reminded of.

Visitors only ever see published versions; drafts and previews need a login.
Editors find agreements due for review (aktualitetsprövning) on the admin
dashboard, and publishers get them by e-mail. A failing mail server never
stops an editorial action.
"""

import datetime
import re
import smtplib
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import TaskState
from wagtail.test.utils.form_data import inline_formset, rich_text

import pytest

from agreements.models import PrinciplePage
from editorial.models import RevisionNote
from tests.editorial.accounts import published
from tests.editorial.editor import current_task_state, post_create, post_edit, task_status
from tests.editorial.review import ReviewSteps, text_of
from tests.factories import AgreementPageFactory

pytestmark = pytest.mark.django_db

LIVE_SUMMARY = "Föreningarna bestämmer själva över sin verksamhet."
DRAFT_SUMMARY = "Ett utkast som ingen utanför förvaltningen får se."


# -- drafts are never public -----------------------------------------------------------


def test_draft_changes_of_a_live_page_are_not_public(
    live_principle, live_agreement, anonymous, contributor_client
):
    response = post_edit(contributor_client, live_principle, summary=DRAFT_SUMMARY)
    assert response.status_code == 302

    for url in (live_principle.url, live_agreement.url):
        public = anonymous.get(url)
        assert public.status_code == 200
        assert DRAFT_SUMMARY not in public.content.decode()
    assert LIVE_SUMMARY in anonymous.get(live_principle.url).content.decode()


def test_change_in_review_is_not_public(live_principle, anonymous, contributor_client):
    response = post_edit(
        contributor_client, live_principle, "submit", "Nytt utkast.", summary=DRAFT_SUMMARY
    )
    assert response.status_code == 302
    assert current_task_state(PrinciplePage.objects.get(pk=live_principle.pk)) is not None

    public = anonymous.get(live_principle.url)
    assert public.status_code == 200
    assert DRAFT_SUMMARY not in public.content.decode()
    assert LIVE_SUMMARY in public.content.decode()


def test_page_never_published_is_not_found(live_agreement, anonymous, contributor_client):
    response = post_create(
        contributor_client,
        PrinciplePage,
        live_agreement,
        {
            "title": "Långsiktighet",
            "slug": "langsiktighet",
            "summary": DRAFT_SUMMARY,
            "explanation": rich_text("<p>Utkast.</p>"),
            "commitments": inline_formset([]),
        },
    )
    assert response.status_code == 302
    draft = PrinciplePage.objects.get(slug="langsiktighet")
    assert not draft.live
    assert anonymous.get(draft.url).status_code == 404
    assert DRAFT_SUMMARY not in anonymous.get(live_agreement.url).content.decode()


def test_unpublished_page_is_not_found(live_principle, anonymous, publisher_client):
    assert anonymous.get(live_principle.url).status_code == 200
    response = publisher_client.post(
        reverse("wagtailadmin_pages:unpublish", args=(live_principle.pk,))
    )
    assert response.status_code == 302
    assert anonymous.get(live_principle.url).status_code == 404


@pytest.mark.parametrize("view", ["preview_on_edit", "view_draft"])
def test_preview_needs_a_login(view, live_principle, anonymous, contributor_client):
    post_edit(contributor_client, live_principle, summary=DRAFT_SUMMARY)
    url = reverse(f"wagtailadmin_pages:{view}", args=(live_principle.pk,))

    response = anonymous.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert DRAFT_SUMMARY not in response.content.decode()


def test_logged_in_editor_sees_the_draft(live_principle, contributor_client):
    """The counterpart of the refusal above: the draft is there to be seen."""
    post_edit(contributor_client, live_principle, summary=DRAFT_SUMMARY)
    response = contributor_client.get(
        reverse("wagtailadmin_pages:view_draft", args=(live_principle.pk,))
    )
    assert response.status_code == 200
    assert DRAFT_SUMMARY in response.content.decode()


# -- agreements due for review ----------------------------------------------------------


@pytest.fixture
def agreements_with_review_dates(home_page):
    today = timezone.localdate()
    return {
        days: published(
            AgreementPageFactory(
                parent=home_page,
                title=f"Överenskommelse granskas om {days} dagar",
                review_by=today + datetime.timedelta(days=days),
            )
        )
        # 180 days is the last day of the warning period (aktualitetsprövning within
        # six months); 181 is the first day outside it.
        for days in (30, -10, 180, 181, 400)
    }


def due_panel(html):
    match = re.search(
        r'<section[^>]*aria-labelledby="agreements-due-heading".*?</section>', html, re.DOTALL
    )
    assert match, "the dashboard has no 'agreements due for review' panel"
    return text_of(match.group(0))


def test_dashboard_lists_agreements_due_for_review(agreements_with_review_dates, publisher_client):
    response = publisher_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    panel = due_panel(response.content.decode())

    due, overdue, far = (agreements_with_review_dates[d] for d in (30, -10, 400))
    assert re.search(rf"{re.escape(due.title)} ?: review by {due.review_by:%Y-%m-%d}", panel)
    assert agreements_with_review_dates[180].title in panel
    assert agreements_with_review_dates[181].title not in panel
    assert re.search(
        rf"{re.escape(overdue.title)} ?: review date passed {overdue.review_by:%Y-%m-%d}", panel
    )
    assert far.title not in panel
    assert panel.index(overdue.title) < panel.index(due.title), "soonest first"


def test_a_review_during_a_year_or_a_year_of_the_period_is_due_by_its_last_day(
    home_page, publisher_client
):
    """ "Reviewed during 2027" is due from its first day, and late after its last."""
    today = timezone.localdate()
    this_year = published(
        AgreementPageFactory(
            parent=home_page, title="Prövas i år", review_by=None, review_year=today.year
        )
    )
    later_year = published(
        AgreementPageFactory(
            parent=home_page, title="Prövas om två år", review_by=None, review_year=today.year + 2
        )
    )
    # A period counted from adoption, evaluated during its first year: due now.
    first_year = published(
        AgreementPageFactory(
            parent=home_page,
            title="Prövas under periodens första år",
            period_kind="until_further_notice",
            valid_from=today - datetime.timedelta(days=10),
            valid_to=None,
            review_in_period_year=1,
        )
    )
    panel = due_panel(publisher_client.get(reverse("wagtailadmin_home")).content.decode())
    assert re.search(rf"{re.escape(this_year.title)} ?: review by {today.year}-12-31", panel)
    assert first_year.title in panel
    assert later_year.title not in panel


def test_publishers_are_reminded_of_agreements_due_for_review(
    agreements_with_review_dates, publisher, contributor, subject_reviewer
):
    mail.outbox.clear()
    call_command("notify_agreements_due_for_review", stdout=mock.MagicMock())

    assert [message.to for message in mail.outbox] == [[publisher.email]]
    body = mail.outbox[0].body
    assert agreements_with_review_dates[30].title in body
    assert agreements_with_review_dates[-10].title in body
    assert agreements_with_review_dates[180].title in body
    assert agreements_with_review_dates[181].title not in body
    assert agreements_with_review_dates[400].title not in body


# -- a failing mail server ---------------------------------------------------------------


def test_failing_mail_server_does_not_block_the_review(
    django_capture_on_commit_callbacks,
    live_principle,
    contributor_client,
    subject_reviewer,
    subject_reviewer_client,
):
    steps = ReviewSteps(django_capture_on_commit_callbacks, PrinciplePage, live_principle.pk)
    failure = smtplib.SMTPServerDisconnected("the mail server is down")
    with mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages", side_effect=failure
    ) as send_messages:
        response, sent = steps.submit(contributor_client, "Ny text.", summary=DRAFT_SUMMARY)
        assert response.status_code == 302
        task_state = current_task_state(steps.page())
        assert task_state is not None, "the submission went through"
        assert RevisionNote.objects.get(revision=task_state.revision).note == "Ny text."
        assert send_messages.called, "a notification was attempted"

        response, sent = steps.act(subject_reviewer_client, "approve", "Bra.")
        assert response.status_code == 302
        assert task_status(task_state) == TaskState.STATUS_APPROVED

    assert sent == []
    assert steps.state()[0] == "in_review"
