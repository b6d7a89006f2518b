"""The editorial state of a page, as an editor would name it."""

from dataclasses import dataclass

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from wagtail.models import TaskState, WorkflowState

format_lazy_percent = lazy(lambda message, values: str(message) % values, str)


@dataclass(frozen=True)
class EditorialState:
    code: str
    label: str
    detail: str = ""


def editorial_state(page):
    """Where a page stands: draft, in review step n of m, changes requested, ...

    Plone shows one state per item; Wagtail spreads it over live, draft,
    workflow and schedule flags. This folds them into one, in the order an
    editor asks about them.
    """
    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return EditorialState("changes_requested", _("Changes requested"))
        task_state = workflow_state.current_task_state
        if task_state is not None and task_state.status == TaskState.STATUS_IN_PROGRESS:
            tasks = list(workflow_state.workflow.tasks.values_list("pk", flat=True))
            step = tasks.index(task_state.task_id) + 1 if task_state.task_id in tasks else 1
            return EditorialState(
                "in_review",
                # Lazy, so that it is translated where it is shown, not where computed.
                format_lazy_percent(
                    _("In review, step %(step)s of %(steps)s"), {"step": step, "steps": len(tasks)}
                ),
                task_state.task.name,
            )
    if page.expired:
        return EditorialState("expired", _("Expired"))
    scheduled = page.scheduled_revision
    if scheduled is not None:
        return EditorialState(
            "scheduled",
            _("Approved and scheduled"),
            scheduled.approved_go_live_at.strftime("%Y-%m-%d %H:%M"),
        )
    if page.live:
        if page.has_unpublished_changes:
            return EditorialState("published_with_draft", _("Published with draft changes"))
        return EditorialState("published", _("Published"))
    if page.first_published_at:
        return EditorialState("unpublished", _("Unpublished"))
    return EditorialState("draft", _("Draft"))
