"""E-mail about review steps, in each recipient's language, after the action is saved.

Wagtail's own notifications leave out the reviewer's comment on approval,
tell the submitter to review their own page at a later step, and do not
warn the reviewers of earlier steps when a later step asks for changes.
These handlers replace them. Sending goes through the tasks framework after
the transaction commits, and a failing mail server is logged (without
addresses) and never undoes or blocks the editorial action.
"""

import logging

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import (
    task_approved,
    task_rejected,
    task_submitted,
    workflow_approved,
    workflow_rejected,
)
from wagtail.users.models import UserProfile

from django_tasks import task

from .models import FourEyesApprovalTask

logger = logging.getLogger(__name__)

SUBMITTED = "submitted"
APPROVED = "approved"
CHANGES_REQUESTED = "changes_requested"

# Wagtail's notifiers that ours replace (connected by wagtail.admin's ready()).
task_submitted.disconnect(
    sender=TaskState, dispatch_uid="group_approval_task_submitted_email_notification"
)
workflow_approved.disconnect(
    sender=WorkflowState, dispatch_uid="workflow_state_approved_email_notification"
)
workflow_rejected.disconnect(
    sender=WorkflowState, dispatch_uid="workflow_state_rejected_email_notification"
)


def group_members(tasks):
    return get_user_model().objects.filter(groups__in=[g for t in tasks for g in t.groups.all()])


def workflow_tasks(workflow_state):
    return [
        t.specific for t in workflow_state.workflow.tasks.order_by("workflow_tasks__sort_order")
    ]


def recipients_for(kind, task_state, actor):
    """Who hears about this step, never the person who acted."""
    workflow_state = task_state.workflow_state
    requested_by = workflow_state.requested_by
    if kind == SUBMITTED:
        users = set(group_members([task_state.task.specific]))
        users.discard(requested_by)
        # Nobody is asked to review a change they wrote part of (four eyes).
        authors = set(workflow_state.editorial_authors.values_list("user_id", flat=True))
        users = {user for user in users if user.pk not in authors}
    else:
        users = {requested_by} if requested_by else set()
        if kind == CHANGES_REQUESTED:
            tasks = workflow_tasks(workflow_state)
            ids = [t.pk for t in tasks]
            earlier = tasks[: ids.index(task_state.task_id)] if task_state.task_id in ids else []
            users |= set(group_members(earlier))
    users.discard(actor)
    return sorted(u.pk for u in users if u is not None)


def notify(kind, task_state, actor):
    if not isinstance(task_state.task.specific, FourEyesApprovalTask):
        return
    recipient_ids = recipients_for(kind, task_state, actor)
    if not recipient_ids:
        return
    actor_id = actor.pk if actor else None
    transaction.on_commit(
        lambda: send_review_email.enqueue(kind, task_state.pk, recipient_ids, actor_id)
    )


@task()
def send_review_email(kind, task_state_id, recipient_ids, actor_id, attempt=1):
    """Render and send one review notification per recipient, in their language.

    A recipient whose mail fails (mail server down) is tried again later
    with growing delays, by the same task (see operations/mail.py).
    """
    task_state = TaskState.objects.select_related("workflow_state", "task").get(pk=task_state_id)
    if kind == SUBMITTED and task_state.status != TaskState.STATUS_IN_PROGRESS:
        # Over before the request ended (a version saved during review, then
        # published, or the workflow restarted): there is nothing left to review.
        return 0
    workflow_state = task_state.workflow_state
    obj = workflow_state.content_object
    users = get_user_model().objects.filter(pk__in=recipient_ids, is_active=True).exclude(email="")
    actor = get_user_model().objects.filter(pk=actor_id).first()
    tasks = workflow_tasks(workflow_state)
    step = [t.pk for t in tasks].index(task_state.task_id) + 1 if tasks else 1
    context = {
        "object": obj,
        "title": obj.get_admin_display_title()
        if hasattr(obj, "get_admin_display_title")
        else str(obj),
        "task_name": task_state.task.name,
        "step": step,
        "steps": len(tasks),
        "comment": task_state.comment,
        "actor": actor.get_full_name() or actor.get_username() if actor else "",
        "finished": workflow_state.status == WorkflowState.STATUS_APPROVED,
        "edit_url": get_admin_base_url() + (AdminURLFinder().get_edit_url(obj) or ""),
    }
    subjects = {
        SUBMITTED: lambda: _("Please review: %(title)s") % context,
        APPROVED: lambda: _("Approved: %(title)s") % context,
        CHANGES_REQUESTED: lambda: _("Changes requested: %(title)s") % context,
    }
    sent = 0
    failed = []
    for user in users:
        language = UserProfile.get_for_user(user).get_preferred_language()
        with translation.override(language):
            subject = subjects[kind]()
            body = render_to_string(f"editorial/notifications/{kind}.txt", context)
        try:
            send_mail(subject, body, sender_of(obj), [user.email])
            sent += 1
        except Exception as exc:
            failed.append(user.pk)
            logger.warning(
                "Could not send the %s notification for task state %s (%s)",
                kind,
                task_state_id,
                type(exc).__name__,
            )
    if failed:
        retry_later(kind, task_state_id, failed, actor_id, attempt)
    return sent


def sender_of(obj):
    """The From address of the municipality whose site `obj` (a page) is on, else the default.

    The settings are named by label: the home app, which defines them,
    builds on this one.
    """
    from django.apps import apps

    from wagtail.models import Page

    from operations.sites import site_of_page

    site = site_of_page(obj) if isinstance(obj, Page) else None
    if site is None:
        return None
    settings = apps.get_model("home", "MunicipalitySettings").objects.filter(site=site).first()
    return (settings.email_sender or None) if settings else None


def retry_later(kind, task_state_id, recipient_ids, actor_id, attempt):
    """Try the failed recipients again later, when the task backend can wait (production)."""
    from operations.mail import retry_delay

    delay = retry_delay(attempt)
    if delay is None or not send_review_email.get_backend().supports_defer:
        logger.error("Gave up the %s notification for task state %s", kind, task_state_id)
        return
    send_review_email.using(run_after=delay).enqueue(
        kind, task_state_id, recipient_ids, actor_id, attempt + 1
    )


def on_task_submitted(sender, instance, user=None, **kwargs):
    notify(SUBMITTED, instance, user)


def on_task_approved(sender, instance, user=None, **kwargs):
    notify(APPROVED, instance, user)


def on_task_rejected(sender, instance, user=None, **kwargs):
    notify(CHANGES_REQUESTED, instance, user)


task_submitted.connect(on_task_submitted, dispatch_uid="editorial_task_submitted")
task_approved.connect(on_task_approved, dispatch_uid="editorial_task_approved")
task_rejected.connect(on_task_rejected, dispatch_uid="editorial_task_rejected")
