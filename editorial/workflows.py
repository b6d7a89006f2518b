"""What happens when the last review step approves (WAGTAIL_FINISH_WORKFLOW_ACTION).

Imported while Wagtail's models load, so it must not import models at module level.
"""

import logging

logger = logging.getLogger(__name__)


def reviewed_revision(workflow_state):
    """The revision the last approval was given for.

    A task state records the revision its step reviewed; the step that
    finished the workflow is the last one approved.
    """
    from wagtail.models import TaskState

    task_state = (
        workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED)
        .select_related("revision")
        .order_by("-finished_at", "-pk")
        .first()
    )
    return task_state.revision if task_state else None


def publish_approved_revision(workflow_state, user=None):
    """Publish (or schedule) exactly the revision that was reviewed.

    Not the object's latest revision: a version saved after the review began
    is text no second person approved (four eyes), and with a go-live date the
    scheduler publishes the revision approved here, whatever drafts follow.

    Wagtail's default publishes as the approving reviewer and so demands that
    the reviewer also holds the publish permission, which would let reviewers
    publish without review too. Here the workflow's approval is the
    authority: reviewers can publish only by approving the last step.
    """
    from .four_eyes import content_differs, revisions_of

    revision = reviewed_revision(workflow_state)
    if revision is None:
        logger.error("Workflow state %s finished without an approved revision", workflow_state.pk)
        return
    revision.publish(user=user, skip_permission_checks=True)

    # Versions saved after the reviewed one that change nothing (the snippet
    # editor saves one with each approval) are no unpublished changes.
    obj = type(revision.content_object).objects.get(pk=revision.content_object.pk)
    if obj.live and obj.live_revision_id == revision.pk and obj.has_unpublished_changes:
        newer = revisions_of(obj).filter(pk__gt=revision.pk).values_list("content", flat=True)
        if not any(content_differs(revision.content, content) for content in newer):
            type(obj).objects.filter(pk=obj.pk).update(has_unpublished_changes=False)
