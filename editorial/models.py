"""Editorial models: the four-eyes review task, workflows bound by page type, change notes."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask, Revision, Workflow


class FourEyesApprovalTask(AbstractGroupApprovalTask):
    """A group approval step in which nobody reviews their own submission.

    Wagtail's GroupApprovalTask (and Plone's reviewer role) let a member of the
    reviewing group approve what they submitted themselves; public agreements
    need a second pair of eyes, so the submitter gets no actions at any step,
    superusers included. Requesting changes always needs a comment, so the
    submitter learns what to change.
    """

    def _is_submitter(self, obj, user):
        workflow_state = obj.current_workflow_state
        return workflow_state is not None and workflow_state.requested_by_id == user.pk

    def get_actions(self, obj, user):
        if self._is_submitter(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if task_state.workflow_state.requested_by_id == user.pk:
            raise PermissionDenied
        if action_name == "reject" and not str(kwargs.get("comment") or "").strip():
            # The action modal validates this (RequiredCommentForm); a direct
            # post that skips the modal is refused as well.
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_form_for_action(self, action):
        if action == "reject":
            from .workflow_forms import RequiredCommentForm

            return RequiredCommentForm
        return super().get_form_for_action(action)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
        )

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve or request changes; "
            "nobody can approve their own submission."
        )

    class Meta:
        verbose_name = _("review step (four eyes)")
        verbose_name_plural = _("review steps (four eyes)")


class PageTypeWorkflow(models.Model):
    """Binds a workflow to a page type, wherever such a page is created.

    Wagtail binds page workflows by location only (like Plone's placeful
    policies); Plone also binds by content type, so that a new agreement gets
    the agreement workflow in whichever folder it is created. A workflow set
    on the page itself still wins; the type binding beats workflows inherited
    from ancestors.
    """

    content_type = models.OneToOneField(
        ContentType,
        verbose_name=_("page type"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    workflow = models.ForeignKey(
        Workflow,
        verbose_name=_("workflow"),
        on_delete=models.CASCADE,
        related_name="page_type_bindings",
    )

    class Meta:
        verbose_name = _("workflow for a page type")
        verbose_name_plural = _("workflows for page types")

    def __str__(self):
        return f"{self.content_type.name} → {self.workflow.name}"


class RevisionNote(models.Model):
    """The editor's change note ("what changed and why") for one revision.

    Shown in the page history and, for published revisions, in the public
    list of versions: access to official documents is a Swedish principle.
    """

    revision = models.OneToOneField(
        Revision, on_delete=models.CASCADE, related_name="editorial_note"
    )
    note = models.CharField(_("change note"), max_length=500)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("change note")
        verbose_name_plural = _("change notes")

    def __str__(self):
        return self.note
