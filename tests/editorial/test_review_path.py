"""A principle's change goes through both review steps to the public page.

The contributor edits a published principle and submits it with a change
note; the subject reviewer approves with a comment; the communications
reviewer asks for changes; the contributor resubmits; step 2 approves and the
change is public. Each step is posted through the admin as the editor's
browser posts it, and checked where people see it: the e-mail each person
receives, the editorial state the editor shows, the admin history and the
public page.
"""

import datetime
from types import SimpleNamespace
from unittest import mock

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test.signals import template_rendered
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Site, TaskState, Workflow, WorkflowPage
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

import pytest

from agreements.models import AgreementPage, PrinciplePage
from editorial import roles
from editorial.models import RevisionNote
from home.models import StandardPage
from tests.editorial.accounts import logged_in, make_user, published
from tests.editorial.editor import (
    current_task_state,
    edit_url,
    in_days,
    local_input,
    post_create,
    post_edit,
    task_status,
)
from tests.editorial.review import ReviewSteps, by_recipient, emails, section, text_of
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

OLD_SUMMARY = "Föreningarna bestämmer själva över sin verksamhet."
NEW_SUMMARY = "Föreningarna bestämmer själva över mål, arbetssätt och ekonomi."
FINAL_SUMMARY = "Föreningarna bestämmer själva över mål, arbetssätt, ekonomi och medlemskap."
FIRST_NOTE = "Förtydligar vad självständighet betyder."
SECOND_NOTE = "Lägger till medlemskap efter granskningen."
APPROVAL_COMMENT = "Sakligt riktigt. Kontrollera gärna stavningen."
CHANGES_COMMENT = "Nämn medlemskapet också."


@pytest.fixture
def steps(django_capture_on_commit_callbacks, live_principle):
    return ReviewSteps(django_capture_on_commit_callbacks, PrinciplePage, live_principle.pk)


@pytest.fixture
def reviewers(
    subject_reviewer,
    other_subject_reviewer,
    communications_reviewer,
    other_communications_reviewer,
    publisher,
):
    """Everyone in each step's task groups (publishers sit in step 2's)."""
    return SimpleNamespace(
        step_one=(subject_reviewer, other_subject_reviewer),
        step_two=(communications_reviewer, other_communications_reviewer, publisher),
    )


def later(days):
    """`timezone.now` as it will be in `days` days, for the scheduler."""
    moment = timezone.now() + datetime.timedelta(days=days)
    return mock.patch("django.utils.timezone.now", return_value=moment)


# -- the whole path ------------------------------------------------------------------


def test_principle_change_passes_both_steps_and_is_published(
    steps,
    reviewers,
    live_principle,
    anonymous,
    contributor,
    contributor_client,
    subject_reviewer,
    subject_reviewer_client,
    communications_reviewer,
    communications_reviewer_client,
    publisher,
    publisher_client,
):
    public_url = live_principle.url
    assert steps.state() == ("published", "Published")

    # A draft of a published page leaves the live page alone.
    response, sent = steps.edit(contributor_client, summary=NEW_SUMMARY)
    assert response.status_code == 302
    assert steps.page().summary == OLD_SUMMARY
    assert NEW_SUMMARY not in anonymous.get(public_url).content.decode()
    assert steps.state() == ("published_with_draft", "Published with draft changes")
    assert sent == []

    # Submitting without a change note is refused and starts no review.
    response, sent = steps.submit(contributor_client, "  ", summary=NEW_SUMMARY)
    assert response.status_code == 200
    assert "change_note" in response.context["form"].errors
    assert steps.page().current_workflow_state is None
    assert sent == []

    # Submitted with a note: step 1's reviewers are asked, nobody else.
    response, sent = steps.submit(contributor_client, FIRST_NOTE, summary=NEW_SUMMARY)
    assert response.status_code == 302
    assert steps.state() == ("in_review", "In review, step 1 of 2")
    assert steps.page().summary == OLD_SUMMARY
    assert set(by_recipient(sent)) == emails(*reviewers.step_one)
    first_revision = current_task_state(steps.page()).revision
    assert RevisionNote.objects.get(revision=first_revision).note == FIRST_NOTE

    # Step 1 approves with a comment: the submitter reads the comment, step 2 is asked.
    response, sent = steps.act(subject_reviewer_client, "approve", APPROVAL_COMMENT)
    assert response.status_code == 302
    assert steps.state() == ("in_review", "In review, step 2 of 2")
    mails = by_recipient(sent)
    assert set(mails) == emails(contributor, *reviewers.step_two)
    assert APPROVAL_COMMENT in mails[contributor.email].body

    # Step 2 may not ask for changes without saying which.
    task_state = current_task_state(steps.page())
    response, sent = steps.act(communications_reviewer_client, "reject", "")
    assert task_status(task_state) == TaskState.STATUS_IN_PROGRESS
    assert sent == []

    # With a comment: the submitter and step 1's reviewers read it.
    response, sent = steps.act(communications_reviewer_client, "reject", CHANGES_COMMENT)
    assert response.status_code == 302
    assert steps.state() == ("changes_requested", "Changes requested")
    mails = by_recipient(sent)
    assert set(mails) == emails(contributor, *reviewers.step_one)
    assert all(CHANGES_COMMENT in message.body for message in mails.values())
    assert steps.page().summary == OLD_SUMMARY

    # The contributor resubmits; the step that asked for changes reviews again.
    response, sent = steps.submit(contributor_client, SECOND_NOTE, summary=FINAL_SUMMARY)
    assert response.status_code == 302
    assert steps.state() == ("in_review", "In review, step 2 of 2")
    assert set(by_recipient(sent)) == emails(*reviewers.step_two)
    assert steps.page().summary == OLD_SUMMARY

    # Step 2 approves (a publisher, who sits in step 2's groups): the change is public.
    response, sent = steps.act(publisher_client, "approve")
    assert response.status_code == 302
    assert steps.state() == ("published", "Published")
    assert steps.page().summary == FINAL_SUMMARY
    assert set(by_recipient(sent)) == {contributor.email}
    public = anonymous.get(public_url)
    assert public.status_code == 200
    assert FINAL_SUMMARY in public.content.decode()

    # The admin history has every transition: who, when, which step, what comment.
    history = publisher_client.get(reverse("wagtailadmin_pages:history", args=(live_principle.pk,)))
    assert history.status_code == 200
    transitions = [
        (entry.action, entry.user, entry.data.get("comment", ""), entry.data.get("note", ""))
        for entry in reversed(history.context["object_list"])
        if entry.action.startswith(("wagtail.workflow.", "editorial."))
        or (entry.action == "wagtail.publish" and entry.user is not None)
    ]
    assert transitions == [
        ("wagtail.workflow.start", contributor, "", ""),
        ("editorial.change_note", contributor, "", FIRST_NOTE),
        ("wagtail.workflow.approve", subject_reviewer, APPROVAL_COMMENT, ""),
        ("wagtail.workflow.reject", communications_reviewer, CHANGES_COMMENT, ""),
        ("wagtail.workflow.resume", contributor, "", ""),
        ("editorial.change_note", contributor, "", SECOND_NOTE),
        ("wagtail.workflow.approve", publisher, "", ""),
        ("wagtail.publish", publisher, "", ""),
    ]
    steps_named = [
        entry.data["workflow"]["task"]["title"]
        for entry in reversed(history.context["object_list"])
        if entry.action in ("wagtail.workflow.approve", "wagtail.workflow.reject")
    ]
    assert steps_named == [
        roles.SUBJECT_REVIEW_TASK,
        roles.PUBLICATION_APPROVAL_TASK,
        roles.PUBLICATION_APPROVAL_TASK,
    ]
    html = text_of(history.content.decode())
    for text in [
        "Skribent Testsson",
        "Sakgranskare Testsson",
        "Kommunikator Testsson",
        "Publicist Testsson",
        f"Comment: {APPROVAL_COMMENT}",
        f"Comment: {CHANGES_COMMENT}",
        FIRST_NOTE,
        SECOND_NOTE,
        roles.SUBJECT_REVIEW_TASK,
        roles.PUBLICATION_APPROVAL_TASK,
    ]:
        assert text in html, text
    assert all(entry.timestamp for entry in history.context["object_list"])

    # The public list of versions names the published change, not the first attempt.
    versions = section(public.content.decode(), "versions")
    assert SECOND_NOTE in versions
    assert FIRST_NOTE not in versions


# -- each requirement on its own -------------------------------------------------------


def test_editor_shows_the_editorial_state(steps, contributor_client, subject_reviewer_client):
    steps.submit(contributor_client, FIRST_NOTE, summary=NEW_SUMMARY)
    response = subject_reviewer_client.get(edit_url(steps.page()))
    assert response.status_code == 200
    assert 'data-editorial-state="in_review"' in response.content.decode()


def test_submitter_in_the_reviewing_group_is_not_asked_to_review_their_own_change(
    django_user_model, steps, subject_reviewer, other_subject_reviewer
):
    """Notifications go to the step's reviewers, in each one's language, never to the submitter."""
    submitter = make_user(
        django_user_model, "skribentgranskare", [roles.CONTRIBUTORS, roles.SUBJECT_REVIEWERS]
    )
    client = logged_in(submitter)
    languages = []

    def record_language(sender, template, context, **kwargs):
        if template.name.startswith("editorial/notifications/"):
            languages.append(translation.get_language())

    template_rendered.connect(record_language, dispatch_uid="record_language")
    try:
        response, sent = steps.submit(client, FIRST_NOTE, summary=NEW_SUMMARY)
    finally:
        template_rendered.disconnect(dispatch_uid="record_language")

    assert response.status_code == 302
    mails = by_recipient(sent)
    assert set(mails) == emails(subject_reviewer, other_subject_reviewer)
    title = steps.page().get_latest_revision_as_object().get_admin_display_title()
    for reviewer, language in [(subject_reviewer, "en"), (other_subject_reviewer, "sv")]:
        with translation.override(language):
            expected = translation.gettext("Please review: %(title)s") % {"title": title}
        assert mails[reviewer.email].subject == expected
    assert sorted(languages) == ["en", "sv"]


def test_review_request_links_to_the_page_in_the_admin(steps, contributor_client, subject_reviewer):
    """The e-mail says "Review it here:"; the link must lead to the page's editor."""
    response, sent = steps.submit(contributor_client, FIRST_NOTE, summary=NEW_SUMMARY)
    assert response.status_code == 302
    body = by_recipient(sent)[subject_reviewer.email].body
    assert f"{settings.WAGTAILADMIN_BASE_URL}{edit_url(steps.page())}" in body


def test_approval_at_a_step_tells_the_submitter_with_the_comment(
    steps, reviewers, contributor, contributor_client, subject_reviewer_client
):
    steps.submit(contributor_client, FIRST_NOTE, summary=NEW_SUMMARY)
    response, sent = steps.act(subject_reviewer_client, "approve", APPROVAL_COMMENT)
    assert response.status_code == 302
    mails = by_recipient(sent)
    assert set(mails) == emails(contributor, *reviewers.step_two)
    assert APPROVAL_COMMENT in mails[contributor.email].body
    assert roles.SUBJECT_REVIEW_TASK in mails[contributor.email].body


def test_changes_requested_at_step_two_tell_the_submitter_and_step_one(
    steps,
    reviewers,
    contributor,
    contributor_client,
    subject_reviewer_client,
    communications_reviewer_client,
):
    """Posted from the editor's footer, so the e-mail is checked apart from the modal."""
    steps.submit(contributor_client, FIRST_NOTE, summary=NEW_SUMMARY)
    steps.act(subject_reviewer_client, "approve")
    response, sent = steps.act_from_editor(
        communications_reviewer_client, "reject", CHANGES_COMMENT
    )
    assert response.status_code == 302
    assert steps.state()[0] == "changes_requested"
    mails = by_recipient(sent)
    assert set(mails) == emails(contributor, *reviewers.step_one)
    assert all(CHANGES_COMMENT in message.body for message in mails.values())


@pytest.mark.parametrize("path", ["modal", "editor_footer"])
def test_request_for_changes_without_a_comment_is_refused(
    path, steps, contributor_client, subject_reviewer_client
):
    steps.submit(contributor_client, FIRST_NOTE, summary=NEW_SUMMARY)
    task_state = current_task_state(steps.page())
    if path == "modal":
        response, sent = steps.act(subject_reviewer_client, "reject", "   ")
    else:
        response, sent = steps.act_from_editor(subject_reviewer_client, "reject", "   ")
    assert response.status_code in (200, 302)
    assert task_status(task_state) == TaskState.STATUS_IN_PROGRESS
    assert steps.state()[0] == "in_review"
    assert sent == []


def test_communications_reviewer_approval_of_the_last_step_publishes(
    steps, contributor_client, subject_reviewer_client, communications_reviewer_client
):
    """Step 2's reviewers approve at their step; approving the last step publishes."""
    steps.submit(contributor_client, FIRST_NOTE, summary=NEW_SUMMARY)
    steps.act(subject_reviewer_client, "approve")
    task_state = current_task_state(steps.page())
    response, sent = steps.act(communications_reviewer_client, "approve", "Godkänd.")
    assert response.status_code == 302
    assert task_status(task_state) == TaskState.STATUS_APPROVED
    assert steps.page().summary == NEW_SUMMARY
    assert steps.state()[0] == "published"


def test_history_lists_comments_and_change_notes(
    steps, contributor_client, subject_reviewer_client, publisher_client
):
    steps.submit(contributor_client, FIRST_NOTE, summary=NEW_SUMMARY)
    steps.act(subject_reviewer_client, "approve", APPROVAL_COMMENT)
    response = publisher_client.get(reverse("wagtailadmin_pages:history", args=(steps.pk,)))
    assert response.status_code == 200
    html = text_of(response.content.decode())
    assert FIRST_NOTE in html
    assert f"Comment: {APPROVAL_COMMENT}" in html
    assert "Sakgranskare Testsson" in html


def test_public_versions_list_shows_the_published_change_note(
    steps, anonymous, contributor_client, subject_reviewer_client, publisher_client
):
    steps.submit(contributor_client, FIRST_NOTE, summary=NEW_SUMMARY)
    steps.act(subject_reviewer_client, "approve")
    steps.act(publisher_client, "approve")
    public = anonymous.get(steps.page().url)
    assert public.status_code == 200
    assert NEW_SUMMARY in public.content.decode()
    assert FIRST_NOTE in section(public.content.decode(), "versions")


# -- scheduled publication --------------------------------------------------------------


def submit_new_principle_for_later(client, agreement, go_live_at):
    return post_create(
        client,
        PrinciplePage,
        agreement,
        {
            "title": "Mångfald",
            "slug": "mangfald",
            "summary": "Civilsamhället är mångfaldigt.",
            "explanation": rich_text("<p>Stora och små föreningar.</p>"),
            "commitments": inline_formset([]),
            "go_live_at": local_input(go_live_at),
        },
        action="submit",
        change_note="Ny princip om mångfald.",
    )


def test_approved_page_with_a_future_go_live_date_is_published_when_due(
    django_capture_on_commit_callbacks,
    live_agreement,
    anonymous,
    contributor_client,
    subject_reviewer_client,
    publisher_client,
):
    response = submit_new_principle_for_later(contributor_client, live_agreement, in_days(2))
    assert response.status_code == 302
    page = PrinciplePage.objects.get(slug="mangfald")
    steps = ReviewSteps(django_capture_on_commit_callbacks, PrinciplePage, page.pk)
    assert steps.state() == ("in_review", "In review, step 1 of 2")

    steps.act(subject_reviewer_client, "approve")
    steps.act(publisher_client, "approve")

    code, label = steps.state()
    assert (code, label) == ("scheduled", "Approved and scheduled")
    assert not steps.page().live
    assert anonymous.get(page.url).status_code == 404

    call_command("publish_scheduled")
    assert not steps.page().live

    with later(days=3):
        call_command("publish_scheduled")

    assert steps.page().live
    assert steps.state()[0] == "published"
    public = anonymous.get(page.url)
    assert public.status_code == 200
    assert "Civilsamhället är mångfaldigt." in public.content.decode()


def test_scheduled_change_is_listed_with_its_note_once_published(
    steps, live_principle, anonymous, contributor_client, subject_reviewer_client, publisher_client
):
    response, _ = steps.submit(
        contributor_client,
        FIRST_NOTE,
        summary=NEW_SUMMARY,
        go_live_at=local_input(in_days(2)),
    )
    assert response.status_code == 302
    steps.act(subject_reviewer_client, "approve")
    steps.act(publisher_client, "approve")
    assert steps.state()[0] == "scheduled"
    assert steps.page().summary == OLD_SUMMARY

    with later(days=3):
        call_command("publish_scheduled")

    public = anonymous.get(live_principle.url).content.decode()
    assert NEW_SUMMARY in public
    assert FIRST_NOTE in section(public, "versions")


# -- the other states ----------------------------------------------------------------


def test_draft_unpublished_and_expired_states(
    live_agreement, contributor_client, publisher_client, live_principle
):
    response = post_create(
        contributor_client,
        PrinciplePage,
        live_agreement,
        {
            "title": "Öppenhet",
            "slug": "oppenhet",
            "summary": "Parterna är öppna.",
            "explanation": rich_text("<p>Insyn.</p>"),
            "commitments": inline_formset([]),
        },
    )
    assert response.status_code == 302
    draft = ReviewSteps(None, PrinciplePage, PrinciplePage.objects.get(slug="oppenhet").pk)
    assert draft.state() == ("draft", "Draft")

    response = publisher_client.post(
        reverse("wagtailadmin_pages:unpublish", args=(live_principle.pk,))
    )
    assert response.status_code == 302
    unpublished = ReviewSteps(None, PrinciplePage, live_principle.pk)
    assert unpublished.state() == ("unpublished", "Unpublished")

    response = post_edit(
        publisher_client, live_principle, action="publish", expire_at=local_input(in_days(1))
    )
    assert response.status_code == 302
    assert unpublished.state()[0] == "published"
    with later(days=2):
        call_command("publish_scheduled")
    assert unpublished.state() == ("expired", "Expired")


# -- which workflow a page gets ----------------------------------------------------------


def workflow_started_for(page):
    """The workflow and first step of the review that a submission started for `page`."""
    workflow_state = type(page).objects.get(pk=page.pk).current_workflow_state
    assert workflow_state is not None, "the submission started no review"
    return workflow_state.workflow.name, workflow_state.current_task_state.task.name


AGREEMENT_FIELDS = {
    "title": "Överenskommelse 2029–2032",
    "municipality": "Exempelby kommun",
    "intro": "Nästa version.",
    "period_kind": "dates",
    "valid_from": "2029-01-01",
    "valid_to": "2032-12-31",
    "scope": "all",
    "forum_promises": inline_formset([]),
    "decisions": inline_formset([]),
    "earlier_versions": inline_formset([]),
    "party_names": inline_formset([]),
    "contacts": inline_formset([]),
    "commitments": inline_formset([]),
    "intro_sections": streamfield([]),
    "body": streamfield([]),
}


@pytest.mark.parametrize("under", ["home_page", "agreement_index"])
def test_new_agreement_gets_the_two_step_workflow_wherever_it_is_created(
    request, under, contributor_client
):
    parent = request.getfixturevalue(under)
    if under == "agreement_index":
        parent = published(parent)
    response = post_create(
        contributor_client,
        AgreementPage,
        parent,
        {**AGREEMENT_FIELDS, "slug": f"overenskommelse-2029-{under}"},
        action="submit",
        change_note="Ny version.",
    )
    assert response.status_code == 302
    page = AgreementPage.objects.get(slug=f"overenskommelse-2029-{under}")
    assert workflow_started_for(page) == (roles.AGREEMENT_WORKFLOW, roles.SUBJECT_REVIEW_TASK)


def test_principle_gets_the_two_step_workflow(live_principle, contributor_client):
    response = post_edit(contributor_client, live_principle, "submit", "Ändrad.", summary="Ny.")
    assert response.status_code == 302
    assert workflow_started_for(live_principle) == (
        roles.AGREEMENT_WORKFLOW,
        roles.SUBJECT_REVIEW_TASK,
    )


@pytest.mark.parametrize("under", ["home_page", "live_agreement"])
def test_standard_page_gets_the_one_step_workflow(request, under, contributor_client):
    parent = request.getfixturevalue(under)
    response = post_create(
        contributor_client,
        StandardPage,
        parent,
        {"title": "Om oss", "slug": "om-oss", "intro": "Kort.", "body": streamfield([])},
        action="submit",
        change_note="Ny sida.",
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="om-oss")
    assert workflow_started_for(page) == (roles.STANDARD_WORKFLOW, roles.PUBLICATION_APPROVAL_TASK)


def test_workflow_set_on_the_page_itself_wins(home_page, live_principle, contributor_client):
    standard_page = published(StandardPageFactory(parent=home_page))
    WorkflowPage.objects.create(
        page=standard_page, workflow=Workflow.objects.get(name=roles.AGREEMENT_WORKFLOW)
    )
    WorkflowPage.objects.create(
        page=live_principle, workflow=Workflow.objects.get(name=roles.STANDARD_WORKFLOW)
    )

    for page, fields in [(standard_page, {"intro": "Ny."}), (live_principle, {"summary": "Ny."})]:
        response = post_edit(contributor_client, page, "submit", "Ändrad.", **fields)
        assert response.status_code == 302

    assert workflow_started_for(standard_page) == (
        roles.AGREEMENT_WORKFLOW,
        roles.SUBJECT_REVIEW_TASK,
    )
    assert workflow_started_for(live_principle) == (
        roles.STANDARD_WORKFLOW,
        roles.PUBLICATION_APPROVAL_TASK,
    )


def test_roles_exist_with_their_task_groups():
    """The migration's groups are the task groups of the steps (publishers in step 2's).

    They are the first municipality's, named after it, each holding its role.
    """
    workflow = Workflow.objects.get(name=roles.AGREEMENT_WORKFLOW)
    site = Site.objects.get(is_default_site=True)
    step_groups = [
        sorted(task.specific.groups.values_list("municipality_role__role", flat=True))
        for task in workflow.tasks.order_by("workflow_tasks__sort_order")
    ]
    assert step_groups == [
        [roles.SUBJECT_REVIEWERS],
        sorted([roles.COMMUNICATIONS_REVIEWERS, roles.PUBLISHERS]),
    ]
    assert Group.objects.filter(name=f"{site.site_name}: {roles.CONTRIBUTORS}").exists()
