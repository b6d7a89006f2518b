"""Who may do what in the editorial workflow, tried through the admin's own endpoints.

Each case posts what the role's browser would post (the page editor, the
workflow action, the unpublish confirmation) and then checks the effect in
the database: was the page created, the revision saved, the task approved,
the page live? A status code alone proves nothing: Wagtail answers a refused
action with a redirect, and so it answers a successful one.

The expected matrix follows issue 3: contributors create, edit and submit;
reviewers approve or request changes at their own step and never approve
their own submission; publishers publish, unpublish and schedule and sit in
step 2's task groups. While a page is in review only the reviewers of the
current step may change it (Wagtail's workflow lock): the submitter waits
for the verdict.
"""

from django.urls import reverse

from wagtail.models import Revision, TaskState
from wagtail.test.utils.form_data import inline_formset, rich_text

import pytest

from agreements.models import PrinciplePage
from editorial import roles
from editorial.models import RevisionNote
from tests.editorial.editor import (
    assert_denied,
    current_task_state,
    edit_url,
    in_days,
    local_input,
    post_create,
    post_edit,
    post_editor_workflow_action,
    post_workflow_action,
    shown_messages,
    task_status,
)
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

ROLES = ["contributor", "subject_reviewer", "communications_reviewer", "publisher"]

# The step of the agreement workflow at which each role reviews (contributors review
# nowhere; their "own" step is the first).
OWN_STEP = {"contributor": 1, "subject_reviewer": 1, "communications_reviewer": 2, "publisher": 2}

ALLOWED = {
    "create": {"contributor", "publisher"},
    "edit": {"contributor", "publisher"},
    "submit": {"contributor", "publisher"},
    "approve": {"subject_reviewer", "communications_reviewer", "publisher"},
    "approve_at_other_step": set(),
    "self_approve": set(),
    "request_changes": {"subject_reviewer", "communications_reviewer", "publisher"},
    "publish": {"publisher"},
    "unpublish": {"publisher"},
    "schedule": {"publisher"},
    "edit_under_review": {"subject_reviewer"},
}

ORIGINAL_SUMMARY = "Föreningarna bestämmer själva över sin verksamhet."
NEW_SUMMARY = "Föreningarna bestämmer själva, och kommunen respekterar det."


class World:
    """The users, their logged-in clients and a published principle to act on."""

    def __init__(self, request, principle, agreement):
        self.request = request
        self.principle = principle
        self.agreement = agreement
        self.submitter = request.getfixturevalue("other_contributor")
        self.step_one_reviewer = request.getfixturevalue("other_subject_reviewer")

    def user(self, role):
        return self.request.getfixturevalue(role)

    def client(self, role):
        return self.request.getfixturevalue(f"{role}_client")

    def page(self):
        return PrinciplePage.objects.get(pk=self.principle.pk)

    def live_summary(self):
        return self.page().summary

    def put_in_review(self, submitter, step):
        """Submit a change by `submitter` and bring it to `step` (setup, not under test)."""
        page = self.page()
        page.summary = "Ändring som väntar på granskning."
        page.save_revision(user=submitter)
        page.get_workflow().start(page, submitter)
        if step == 2:
            page = self.page()
            task_state = current_task_state(page)
            task_state.task.specific.on_action(task_state, self.step_one_reviewer, "approve")
        page = self.page()
        task_state = current_task_state(page)
        expected_task = roles.SUBJECT_REVIEW_TASK if step == 1 else roles.PUBLICATION_APPROVAL_TASK
        assert task_state.task.name == expected_task
        return task_state


@pytest.fixture
def world(request, live_principle, live_agreement):
    live_principle.summary = ORIGINAL_SUMMARY
    live_principle.save()
    return World(request, live_principle, live_agreement)


# -- the actions: each returns whether it took effect --------------------------

DENIED = "denied"


def assert_answer(client, response, expected):
    """The exact answer to a POST, not just "some redirect".

    `expected` is DENIED (Wagtail's refusal: the dashboard with the "no
    permission" error), a path (a redirect there) or a status (200: the form
    again).
    """
    if expected == DENIED:
        assert_denied(client, response)
    elif isinstance(expected, int):
        assert response.status_code == expected
    else:
        assert (response.status_code, response.get("Location")) == (302, expected)


def explorer(page):
    return reverse("wagtailadmin_explore", args=(page.pk,))


def do_create(world, role):
    response = post_create(
        world.client(role),
        PrinciplePage,
        world.agreement,
        {
            "title": "Dialog och inflytande",
            "slug": "dialog",
            "summary": "Parterna för en öppen dialog.",
            "explanation": rich_text("<p>Dialogen sker i forum två gånger per år.</p>"),
            "commitments": inline_formset([]),
        },
    )
    created = PrinciplePage.objects.filter(slug="dialog").first()
    assert_answer(world.client(role), response, edit_url(created) if created else DENIED)
    if created is not None:
        assert not created.live, "a draft must not be public"
    return created is not None


def do_edit(world, role):
    user = world.user(role)
    response = post_edit(world.client(role), world.page(), summary=NEW_SUMMARY)
    assert world.live_summary() == ORIGINAL_SUMMARY, "editing never touches the live page"
    latest = world.page().get_latest_revision()
    saved = latest is not None and latest.user == user and latest.content["summary"] == NEW_SUMMARY
    assert_answer(world.client(role), response, edit_url(world.page()) if saved else DENIED)
    return saved


def do_submit(world, role):
    user = world.user(role)
    response = post_edit(
        world.client(role),
        world.page(),
        action="submit",
        change_note="Förtydligad sammanfattning.",
        summary=NEW_SUMMARY,
    )
    assert world.live_summary() == ORIGINAL_SUMMARY
    workflow_state = world.page().current_workflow_state
    submitted = workflow_state is not None and workflow_state.requested_by == user
    assert_answer(world.client(role), response, explorer(world.agreement) if submitted else DENIED)
    if submitted:
        note = RevisionNote.objects.get(revision=workflow_state.current_task_state.revision)
        assert note.note == "Förtydligad sammanfattning."
    return submitted


def do_approve(world, role):
    task_state = world.put_in_review(world.submitter, OWN_STEP[role])
    response = post_workflow_action(world.client(role), world.page(), "approve")
    approved = task_status(task_state) == TaskState.STATUS_APPROVED
    assert_answer(world.client(role), response, edit_url(world.page()) if approved else DENIED)
    return approved


def do_approve_at_other_step(world, role):
    task_state = world.put_in_review(world.submitter, 3 - OWN_STEP[role])
    response = post_workflow_action(world.client(role), world.page(), "approve")
    approved = task_status(task_state) == TaskState.STATUS_APPROVED
    assert_answer(world.client(role), response, edit_url(world.page()) if approved else DENIED)
    return approved


def do_self_approve(world, role):
    task_state = world.put_in_review(world.user(role), OWN_STEP[role])
    client = world.client(role)
    response = post_workflow_action(client, world.page(), "approve", comment="Ser bra ut.")
    if task_status(task_state) != TaskState.STATUS_IN_PROGRESS:
        return True
    assert_answer(client, response, DENIED)
    # ... nor from the editor's footer, where the same action can be posted.
    post_editor_workflow_action(client, world.page(), "approve", {"comment": "Ser bra ut."})
    return task_status(task_state) != TaskState.STATUS_IN_PROGRESS


def do_request_changes(world, role):
    task_state = world.put_in_review(world.submitter, OWN_STEP[role])
    response = post_workflow_action(
        world.client(role), world.page(), "reject", comment="Lägg till ett exempel."
    )
    rejected = task_status(task_state) == TaskState.STATUS_REJECTED
    assert_answer(world.client(role), response, edit_url(world.page()) if rejected else DENIED)
    if rejected:
        assert world.page().current_workflow_state.status == "needs_changes"
    return rejected


def refused_publication(world, role):
    """A contributor's editor has no "Publish": Wagtail saves a draft instead."""
    return edit_url(world.page()) if role == "contributor" else DENIED


def do_publish(world, role):
    response = post_edit(world.client(role), world.page(), action="publish", summary=NEW_SUMMARY)
    published = world.live_summary() == NEW_SUMMARY
    expected = explorer(world.agreement) if published else refused_publication(world, role)
    assert_answer(world.client(role), response, expected)
    return published


def do_unpublish(world, role):
    response = world.client(role).post(
        reverse("wagtailadmin_pages:unpublish", args=(world.principle.pk,))
    )
    unpublished = not world.page().live
    assert_answer(
        world.client(role), response, explorer(world.agreement) if unpublished else DENIED
    )
    return unpublished


def do_schedule(world, role):
    go_live_at = in_days(7)
    response = post_edit(
        world.client(role),
        world.page(),
        action="publish",
        summary=NEW_SUMMARY,
        go_live_at=local_input(go_live_at),
    )
    page = world.page()
    assert page.live, "the published version stays public until the go-live date"
    assert page.summary == ORIGINAL_SUMMARY
    scheduled = page.scheduled_revision
    scheduled = scheduled is not None and scheduled.content["summary"] == NEW_SUMMARY
    expected = explorer(world.agreement) if scheduled else refused_publication(world, role)
    assert_answer(world.client(role), response, expected)
    return scheduled


def do_edit_under_review(world, role):
    task_state = world.put_in_review(world.submitter, 1)
    revisions_before = Revision.objects.filter(object_id=str(world.principle.pk)).count()
    response = post_edit(world.client(role), world.page(), summary=NEW_SUMMARY)
    assert world.live_summary() == ORIGINAL_SUMMARY
    assert task_status(task_state) == TaskState.STATUS_IN_PROGRESS
    latest = world.page().get_latest_revision()
    saved = (
        Revision.objects.filter(object_id=str(world.principle.pk)).count() > revisions_before
        and latest.content["summary"] == NEW_SUMMARY
    )
    # Page editors get the editor back, saying the page is locked; the others are refused.
    locked = 200 if role in ("contributor", "publisher") else DENIED
    assert_answer(world.client(role), response, edit_url(world.page()) if saved else locked)
    return saved


ACTIONS = {
    "create": do_create,
    "edit": do_edit,
    "submit": do_submit,
    "approve": do_approve,
    "approve_at_other_step": do_approve_at_other_step,
    "self_approve": do_self_approve,
    "request_changes": do_request_changes,
    "publish": do_publish,
    "unpublish": do_unpublish,
    "schedule": do_schedule,
    "edit_under_review": do_edit_under_review,
}

MATRIX = [
    pytest.param(role, action, role in allowed, id=f"{role}-{action}")
    for action, allowed in ALLOWED.items()
    for role in ROLES
]


@pytest.mark.parametrize(("role", "action", "allowed"), MATRIX)
def test_permission_matrix(world, role, action, allowed):
    assert ACTIONS[action](world, role) is allowed


# -- refusals look like refusals ---------------------------------------------------


@pytest.mark.parametrize("role", ["subject_reviewer", "communications_reviewer"])
def test_reviewers_are_turned_away_from_the_editor_outside_their_step(request, world, role):
    client = request.getfixturevalue(f"{role}_client")
    before = world.page().get_latest_revision()
    response = post_edit(client, world.page(), summary=NEW_SUMMARY)
    assert_denied(client, response)
    assert world.page().get_latest_revision() == before


def test_contributor_is_told_a_page_in_review_is_locked(world, contributor_client):
    world.put_in_review(world.submitter, 1)
    response = post_edit(contributor_client, world.page(), summary=NEW_SUMMARY)
    assert response.status_code == 200
    assert ("error", "The page could not be saved as it is locked.") in shown_messages(response)


def test_superuser_cannot_approve_their_own_submission(home_page, superuser, superuser_client):
    """Four eyes holds for superusers too, who otherwise may do everything."""
    page = StandardPageFactory(parent=home_page, title="Om överenskommelsen")
    response = post_edit(
        superuser_client, page, action="submit", change_note="Ny inledning.", intro="Ny text."
    )
    assert_answer(superuser_client, response, explorer(home_page))
    page.refresh_from_db()
    task_state = current_task_state(page)
    assert task_state.task.name == roles.PUBLICATION_APPROVAL_TASK
    assert task_state.workflow_state.requested_by == superuser

    response = post_workflow_action(superuser_client, page, "approve")
    assert_denied(superuser_client, response)
    post_editor_workflow_action(superuser_client, page, "approve", intro="Ny text.")

    assert task_status(task_state) == TaskState.STATUS_IN_PROGRESS
    page.refresh_from_db()
    assert page.intro == "En kort inledning."
