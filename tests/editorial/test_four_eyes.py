"""Four eyes holds on every path: nothing goes live that a second person did not approve.

A reviewer may open the editor during review, change the text and press
*Approve*: the editor saves their edit, then approves. Each test posts what
an editor's browser posts (the editor's footer, the review modal, the
dashboard's buttons, the snippet editor, the scheduler's command) and checks
where people would see the result: the public page, the editor's state and
messages, the dashboard, the e-mail.

Each layer of the rule has a test that fails when that layer alone is
removed (checked by breaking each in turn):

- actions offered (`get_actions`), superusers included:
  test_author_is_offered_no_review_actions,
  test_superuser_is_offered_no_review_actions_on_their_own_submission;
- the action itself (`on_action`): test_reviewer_edit_and_approve_in_the_editor_publishes_nothing,
  test_task_state_of_another_page_cannot_be_approved_by_its_author;
- "Awaiting your review": test_dashboard_lists_a_change_only_for_those_who_did_not_write_it
  (authors), test_submitter_of_someone_elses_draft_is_not_asked_to_review_it (submitter);
- authors recorded when a step starts, and the e-mail leaving them out:
  test_author_is_not_asked_to_review_at_a_later_step;
- the step follows a new version: test_reviewer_edit_becomes_what_a_colleague_reviews;
- text changed after the step began:
  test_approval_is_refused_when_the_text_changed_after_the_step_began;
- the last approval publishes the reviewed revision:
  test_last_approval_publishes_the_reviewed_revision_not_a_later_save;
- the refusal says why: test_reviewer_edit_and_approve_in_the_editor_publishes_nothing,
  test_approving_a_step_already_decided_says_so.
"""

import datetime
import json
from unittest import mock

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import TaskState

import pytest

from agreements.models import AgreementPage, ContactPoint, PrinciplePage
from editorial import four_eyes, roles
from tests.editorial.accounts import logged_in, make_user
from tests.editorial.editor import (
    assert_denied,
    current_task_state,
    edit_url,
    in_days,
    local_input,
    post_edit,
    post_editor_workflow_action,
    post_workflow_action,
    shown_messages,
    task_status,
)
from tests.editorial.review import ReviewSteps, by_recipient, emails, section, text_of
from tests.factories import ContactPointFactory

pytestmark = pytest.mark.django_db

LIVE_SUMMARY = "Föreningarna bestämmer själva över sin verksamhet."
SUBMITTED_SUMMARY = "Föreningarna bestämmer själva över mål och arbetssätt."
REVIEWER_SUMMARY = "Kommunen bestämmer över föreningarnas verksamhet."
NOTE = "Förtydligar självständigheten."


@pytest.fixture
def steps(django_capture_on_commit_callbacks, live_principle):
    return ReviewSteps(django_capture_on_commit_callbacks, PrinciplePage, live_principle.pk)


@pytest.fixture
def at_step_two(steps, contributor_client, subject_reviewer_client):
    """The contributor's change, approved by subject review, awaiting publication approval."""
    response, _ = steps.submit(contributor_client, NOTE, summary=SUBMITTED_SUMMARY)
    assert response.status_code == 302
    response, _ = steps.act(subject_reviewer_client, "approve")
    assert steps.state() == ("in_review", "In review, step 2 of 2")
    return steps


def english(message):
    with translation.override("en"):
        return str(message)


def messages_after(client, response):
    """The messages shown where a refused action leads: the object's editor."""
    assert response.status_code == 302
    return shown_messages(client.get(response["Location"]))


def approve_in_editor(steps, client, **fields):
    """The editor footer's "Approve": the edit form, saved, then the action."""
    return steps.run(
        post_editor_workflow_action, client, steps.page(), "approve", {"comment": ""}, **fields
    )


def later(days):
    """`timezone.now` as it will be in `days` days, for the scheduler."""
    moment = timezone.now() + datetime.timedelta(days=days)
    return mock.patch("django.utils.timezone.now", return_value=moment)


def awaiting_review(client):
    """The text of the dashboard's "Awaiting your review" panel ("" when it is not shown)."""
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    start = html.find('id="awaiting-review-section"')
    if start == -1:
        return ""
    return html[start : html.index("</table>", start)]


def review_buttons(client, page):
    """The review actions the editor's footer offers for `page`."""
    response = client.get(edit_url(page))
    assert response.status_code == 200
    html = response.content.decode()
    return {name for name in ("approve", "reject") if f'data-workflow-action-name="{name}"' in html}


# -- the editor's "Approve" saves, then approves ------------------------------------------


def test_reviewer_edit_and_approve_in_the_editor_publishes_nothing(
    at_step_two,
    anonymous,
    live_principle,
    communications_reviewer,
    communications_reviewer_client,
):
    steps = at_step_two
    response, _ = approve_in_editor(steps, communications_reviewer_client, summary=REVIEWER_SUMMARY)

    # Nothing went live, the review is still open, and the reviewer is told why.
    assert steps.page().summary == LIVE_SUMMARY
    public = anonymous.get(live_principle.url).content.decode()
    assert REVIEWER_SUMMARY not in public
    assert LIVE_SUMMARY in public
    assert steps.state() == ("in_review", "In review, step 2 of 2")
    assert ("error", english(four_eyes.OWN_EDIT)) in messages_after(
        communications_reviewer_client, response
    )
    # The edit is kept, and it is what the step now reviews.
    task_state = current_task_state(steps.page())
    assert task_state.revision.content["summary"] == REVIEWER_SUMMARY
    assert task_state.revision.user == communications_reviewer


def test_reviewer_edit_becomes_what_a_colleague_reviews(
    at_step_two,
    anonymous,
    live_principle,
    contributor,
    communications_reviewer,
    communications_reviewer_client,
    other_communications_reviewer,
    other_communications_reviewer_client,
    publisher,
):
    """The colleague is asked by e-mail, approves once, and the reviewed edit is public."""
    steps = at_step_two
    response, sent = steps.edit(communications_reviewer_client, summary=REVIEWER_SUMMARY)
    assert response.status_code == 302
    assert set(by_recipient(sent)) == emails(other_communications_reviewer, publisher)

    response, _ = steps.act(other_communications_reviewer_client, "approve")
    assert response.status_code == 302
    assert steps.state()[0] == "published"
    assert steps.page().summary == REVIEWER_SUMMARY
    assert REVIEWER_SUMMARY in anonymous.get(live_principle.url).content.decode()


@pytest.fixture
def other_communications_reviewer_client(other_communications_reviewer):
    return logged_in(other_communications_reviewer)


def test_author_is_offered_no_review_actions(
    at_step_two, communications_reviewer_client, other_communications_reviewer_client
):
    """A reviewer who edited sees no Approve / Request changes, and a direct post is refused."""
    steps = at_step_two
    assert review_buttons(communications_reviewer_client, steps.page()) == {"approve", "reject"}
    steps.edit(communications_reviewer_client, summary=REVIEWER_SUMMARY)

    assert review_buttons(communications_reviewer_client, steps.page()) == set()
    assert review_buttons(other_communications_reviewer_client, steps.page()) == {
        "approve",
        "reject",
    }
    task_state = current_task_state(steps.page())
    modal = communications_reviewer_client.get(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=(steps.pk, "reject", task_state.pk),
        )
    )
    assert_denied(communications_reviewer_client, modal)
    for action, comment in [("approve", None), ("reject", "Jag ångrar mig.")]:
        response, _ = steps.act(communications_reviewer_client, action, comment)
        assert task_status(task_state) == TaskState.STATUS_IN_PROGRESS
    assert steps.page().summary == LIVE_SUMMARY


def test_superuser_is_offered_no_review_actions_on_their_own_submission(
    steps, django_user_model, superuser, superuser_client
):
    """Superusers may do everything else, but not review their own change."""
    response, _ = steps.submit(superuser_client, NOTE, summary=SUBMITTED_SUMMARY)
    assert response.status_code == 302
    assert review_buttons(superuser_client, steps.page()) == set()
    task_state = current_task_state(steps.page())
    modal = superuser_client.get(
        reverse("wagtailadmin_pages:workflow_action", args=(steps.pk, "approve", task_state.pk))
    )
    assert_denied(superuser_client, modal)

    colleague = logged_in(make_user(django_user_model, "superadmin2", [], superuser=True))
    assert review_buttons(colleague, steps.page()) == {"approve", "reject"}


def test_task_state_of_another_page_cannot_be_approved_by_its_author(
    steps,
    live_agreement,
    contributor_client,
    subject_reviewer_client,
):
    """The action URL names a page and a task state; the rule holds for the task state."""
    steps.submit(contributor_client, NOTE, summary=SUBMITTED_SUMMARY)
    response = post_edit(
        contributor_client, live_agreement, "submit", "Ny inledning.", intro="Ny inledning."
    )
    assert response.status_code == 302
    # The subject reviewer edits the principle under review: now one of its authors.
    steps.edit(subject_reviewer_client, summary=REVIEWER_SUMMARY)
    principle_task = current_task_state(steps.page())

    # ... and posts its approval through the agreement's URL, which they may review.
    response = subject_reviewer_client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=(live_agreement.pk, "approve", principle_task.pk),
        )
    )
    assert task_status(principle_task) == TaskState.STATUS_IN_PROGRESS
    assert steps.state() == ("in_review", "In review, step 1 of 2")
    assert ("error", english(four_eyes.OWN_EDIT)) in messages_after(
        subject_reviewer_client, response
    )
    agreement = AgreementPage.objects.get(pk=live_agreement.pk)
    assert current_task_state(agreement).status == TaskState.STATUS_IN_PROGRESS


def test_approving_a_step_already_decided_says_so(
    steps, contributor_client, subject_reviewer_client, other_subject_reviewer
):
    """Two reviewers open the same step; the second to press Approve is told it is decided."""
    steps.submit(contributor_client, NOTE, summary=SUBMITTED_SUMMARY)
    first_step = current_task_state(steps.page())
    colleague = logged_in(other_subject_reviewer)
    steps.act(colleague, "approve")
    assert steps.state() == ("in_review", "In review, step 2 of 2")

    response = post_workflow_action(
        subject_reviewer_client, steps.page(), "approve", task_state=first_step
    )
    assert ("error", english(four_eyes.STEP_CLOSED)) in messages_after(
        subject_reviewer_client, response
    )
    assert steps.state() == ("in_review", "In review, step 2 of 2")


# -- what the step approves --------------------------------------------------------------


def test_approval_is_refused_when_the_text_changed_after_the_step_began(
    at_step_two,
    anonymous,
    live_principle,
    communications_reviewer_client,
    other_communications_reviewer_client,
):
    """The editor's autosave overwrites its own latest version in place.

    A colleague who approves after that approves text they may not have
    seen: refused, and the step asks again for the current text.
    """
    steps = at_step_two
    steps.edit(communications_reviewer_client, summary=REVIEWER_SUMMARY)
    own_version = steps.page().get_latest_revision()
    overwritten = "Kommunen bestämmer. Punkt."
    response, _ = steps.edit(
        communications_reviewer_client,
        summary=overwritten,
        overwrite_revision_id=str(own_version.pk),
    )
    assert response.status_code == 302
    assert steps.page().get_latest_revision() == own_version  # overwritten, not a new one

    # Posted as the review modal posts it: the modal is sent on to the editor.
    task_state = current_task_state(steps.page())
    response = other_communications_reviewer_client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(steps.pk, "approve", task_state.pk)),
        {"comment": "Bra."},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json() == {"step": "success", "redirect": edit_url(steps.page())}
    assert task_status(task_state) == TaskState.STATUS_IN_PROGRESS
    assert steps.page().summary == LIVE_SUMMARY
    assert overwritten not in anonymous.get(live_principle.url).content.decode()
    editor = other_communications_reviewer_client.get(edit_url(steps.page()))
    assert ("error", english(four_eyes.CHANGED_DURING_REVIEW)) in shown_messages(editor)

    # Having looked at the current text, the colleague approves it.
    response, _ = steps.act(other_communications_reviewer_client, "approve")
    assert steps.state()[0] == "published"
    assert steps.page().summary == overwritten


def test_last_approval_publishes_the_reviewed_revision_not_a_later_save(
    at_step_two,
    anonymous,
    live_principle,
    communications_reviewer_client,
):
    """A reviewer saves without changing anything, then approves from the dashboard.

    The submitted revision goes live, so its change note is the one in the
    public list of versions, and nothing is left as a draft.
    """
    steps = at_step_two
    submitted = current_task_state(steps.page()).revision
    response, sent = steps.edit(communications_reviewer_client)
    assert response.status_code == 302
    assert steps.page().get_latest_revision() != submitted
    assert sent == []  # no change, so nobody is asked again

    response, _ = steps.act(communications_reviewer_client, "approve")
    page = steps.page()
    assert page.live_revision == submitted
    assert steps.state() == ("published", "Published")
    public = anonymous.get(live_principle.url).content.decode()
    assert SUBMITTED_SUMMARY in public
    assert NOTE in section(public, "versions")


def test_scheduled_publication_publishes_what_a_second_person_approved(
    steps,
    anonymous,
    live_principle,
    contributor_client,
    subject_reviewer_client,
    communications_reviewer_client,
    other_communications_reviewer_client,
):
    go_live = local_input(in_days(2))
    steps.submit(contributor_client, NOTE, summary=SUBMITTED_SUMMARY, go_live_at=go_live)
    steps.act(subject_reviewer_client, "approve")

    # The last step's reviewer edits and approves: nothing is scheduled.
    approve_in_editor(
        steps, communications_reviewer_client, summary=REVIEWER_SUMMARY, go_live_at=go_live
    )
    assert steps.page().scheduled_revision is None
    assert steps.state()[0] == "in_review"

    # A colleague approves the edited version: that is what is scheduled.
    steps.act(other_communications_reviewer_client, "approve")
    assert steps.state()[0] == "scheduled"
    scheduled = steps.page().scheduled_revision
    assert scheduled.content["summary"] == REVIEWER_SUMMARY

    with later(days=3):
        call_command("publish_scheduled")

    public = anonymous.get(live_principle.url).content.decode()
    assert REVIEWER_SUMMARY in public
    assert steps.page().live_revision == scheduled


def test_scheduled_approval_by_the_editing_reviewer_never_goes_live(
    steps,
    anonymous,
    live_principle,
    contributor_client,
    subject_reviewer_client,
    communications_reviewer_client,
):
    go_live = local_input(in_days(2))
    steps.submit(contributor_client, NOTE, summary=SUBMITTED_SUMMARY, go_live_at=go_live)
    steps.act(subject_reviewer_client, "approve")
    approve_in_editor(
        steps, communications_reviewer_client, summary=REVIEWER_SUMMARY, go_live_at=go_live
    )

    with later(days=3):
        call_command("publish_scheduled")

    public = anonymous.get(live_principle.url).content.decode()
    assert REVIEWER_SUMMARY not in public
    assert LIVE_SUMMARY in public


# -- the dashboard and the e-mail ---------------------------------------------------------


def test_dashboard_lists_a_change_only_for_those_who_did_not_write_it(
    at_step_two,
    live_principle,
    communications_reviewer_client,
    other_communications_reviewer_client,
):
    steps = at_step_two
    assert live_principle.title in text_of(awaiting_review(communications_reviewer_client))
    steps.edit(communications_reviewer_client, summary=REVIEWER_SUMMARY)

    assert live_principle.title not in text_of(awaiting_review(communications_reviewer_client))
    listed = awaiting_review(other_communications_reviewer_client)
    assert live_principle.title in text_of(listed)
    task_state = current_task_state(steps.page())
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(steps.pk, "approve", task_state.pk)
    )
    assert approve_url in listed


def test_submitter_of_someone_elses_draft_is_not_asked_to_review_it(
    steps, django_user_model, contributor_client, subject_reviewer, other_subject_reviewer
):
    """Submitting makes the change one's own, even a draft one did not write."""
    steps.edit(contributor_client, summary=SUBMITTED_SUMMARY)
    submitter = make_user(
        django_user_model, "skribentgranskare", [roles.CONTRIBUTORS, roles.SUBJECT_REVIEWERS]
    )
    submitter_client = logged_in(submitter)
    response, sent = steps.submit(submitter_client, NOTE)
    assert response.status_code == 302
    assert steps.page().get_latest_revision().content["summary"] == SUBMITTED_SUMMARY
    assert set(by_recipient(sent)) == emails(subject_reviewer, other_subject_reviewer)

    assert steps.page().title not in text_of(awaiting_review(submitter_client))
    assert review_buttons(submitter_client, steps.page()) == set()
    response, _ = steps.act(submitter_client, "approve")
    assert steps.state() == ("in_review", "In review, step 1 of 2")


def test_author_is_not_asked_to_review_at_a_later_step(
    steps,
    contributor_client,
    subject_reviewer_client,
    communications_reviewer,
    other_communications_reviewer,
    publisher_client,
):
    """A publisher who wrote part of the draft sits in step 2's groups: not asked, no buttons.

    The change under review is everything since the live version, so a
    draft written before the submission counts as much as an edit during it.
    """
    response, _ = steps.edit(publisher_client, summary=REVIEWER_SUMMARY)
    assert response.status_code == 302
    steps.submit(contributor_client, NOTE, summary=SUBMITTED_SUMMARY)

    response, sent = steps.act(subject_reviewer_client, "approve")
    assert steps.state() == ("in_review", "In review, step 2 of 2")
    asked = {
        address
        for address, message in by_recipient(sent).items()
        if message.subject.startswith("Please review")
    }
    assert asked == emails(communications_reviewer, other_communications_reviewer)
    assert review_buttons(publisher_client, steps.page()) == set()


# -- snippets ------------------------------------------------------------------------------


def contact_form(contact, **changes):
    data = {
        "name": contact.name,
        "unit": contact.unit,
        "street_address": "",
        "postal_code": "",
        "city": "",
        "phone": contact.phone,
        "email": contact.email,
        "opening_hours": "",
    }
    data.update(changes)
    return data


def snippet_url(name, *args):
    return reverse(f"wagtailsnippets_agreements_contactpoint:{name}", args=args)


@pytest.fixture
def contact_in_review(contributor_client):
    contact = ContactPointFactory(phone="08-111 111 11")
    contact.save_revision().publish()
    contact.refresh_from_db()
    response = contributor_client.post(
        snippet_url("edit", contact.pk),
        {**contact_form(contact, phone="08-222 222 22"), "action-submit": "1"},
    )
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.workflow_in_progress
    return contact


def approve_in_snippet_editor(client, contact, **changes):
    return client.post(
        snippet_url("edit", contact.pk),
        {
            **contact_form(contact, **changes),
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps({"comment": ""}),
        },
    )


def test_snippet_reviewer_who_edits_and_approves_publishes_nothing(
    contact_in_review,
    communications_reviewer,
    communications_reviewer_client,
    other_communications_reviewer_client,
):
    contact = contact_in_review
    response = approve_in_snippet_editor(
        communications_reviewer_client, contact, phone="08-666 666 66"
    )
    contact.refresh_from_db()
    assert contact.phone == "08-111 111 11"
    assert contact.workflow_in_progress
    assert ("error", english(four_eyes.OWN_EDIT)) in messages_after(
        communications_reviewer_client, response
    )

    # A colleague approves the edited version from the snippet editor, changing nothing.
    response = approve_in_snippet_editor(
        other_communications_reviewer_client,
        ContactPoint.objects.get(pk=contact.pk).get_latest_revision_as_object(),
    )
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.phone == "08-666 666 66"
    assert not contact.workflow_in_progress
    assert not contact.has_unpublished_changes
    # The edit that was reviewed went live, not the colleague's unchanged save.
    assert contact.live_revision.user == communications_reviewer
