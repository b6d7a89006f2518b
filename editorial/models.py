"""Editorial models: the four-eyes review task, workflows bound by page type, change notes."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import (
    AbstractGroupApprovalTask,
    Revision,
    TaskState,
    Workflow,
    WorkflowState,
)

from . import four_eyes


class FourEyesApprovalTask(AbstractGroupApprovalTask):
    """A group approval step in which nobody reviews their own change.

    Wagtail's GroupApprovalTask (and Plone's reviewer role) let a member of the
    reviewing group approve what they submitted themselves; public agreements
    need a second pair of eyes. The submitter and everyone who wrote a version
    of the change (editorial.four_eyes) get no actions at any step, superusers
    included, and each refusal is made again where the action is carried out,
    so that no path around the buttons (a crafted post, the editor's "save,
    then approve", another object's task state) gets through. Approval holds
    only for the text the step was asked to review. Requesting changes always
    needs a comment, so the submitter learns what to change.
    """

    def start(self, workflow_state, user=None):
        # Authors first: the "please review" e-mail sent by start() leaves them out.
        four_eyes.record_authors(workflow_state)
        return super().start(workflow_state, user=user)

    def get_actions(self, obj, user):
        workflow_state = obj.current_workflow_state
        if workflow_state is not None and four_eyes.own_change_reason(workflow_state, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        # The views pass what they loaded before saving the editor's form;
        # the four-eyes questions are asked of the database as it is now.
        task_state = TaskState.objects.select_related("workflow_state", "revision").get(
            pk=task_state.pk
        )
        workflow_state = task_state.workflow_state
        obj = workflow_state.content_object
        reason = four_eyes.own_change_reason(workflow_state, user)
        if reason:
            raise four_eyes.ReviewRefused(reason, obj)
        if (
            task_state.status != TaskState.STATUS_IN_PROGRESS
            or workflow_state.status != WorkflowState.STATUS_IN_PROGRESS
            or workflow_state.current_task_state_id != task_state.pk
        ):
            raise four_eyes.ReviewRefused(four_eyes.STEP_CLOSED, obj)
        if action_name == "approve" and four_eyes.changed_since_step_began(task_state, obj):
            # Kept after the refusal: the next look is at the current text.
            four_eyes.review_version(task_state, four_eyes.newest_revision(obj), user=user)
            raise four_eyes.ReviewRefused(four_eyes.CHANGED_DURING_REVIEW, obj)
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
        """ "Awaiting your review" on the dashboard: never a change one submitted or wrote."""
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
            .exclude(workflow_state__editorial_authors__user=user)
        )

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve or request changes; "
            "nobody can approve or reject a change they submitted or wrote."
        )

    class Meta:
        verbose_name = _("review step (four eyes)")
        verbose_name_plural = _("review steps (four eyes)")


class ChangeAuthor(models.Model):
    """Someone who wrote part of the change a workflow reviews: they may not review it.

    Recorded when each step starts (editorial.four_eyes.record_authors), so
    that the editor's buttons, the dashboard and the action itself ask one
    cheap question instead of comparing revisions each time.
    """

    workflow_state = models.ForeignKey(
        WorkflowState, on_delete=models.CASCADE, related_name="editorial_authors"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("author of a change under review")
        verbose_name_plural = _("authors of changes under review")
        constraints = [
            models.UniqueConstraint(
                fields=["workflow_state", "user"], name="editorial_one_author_row_per_user"
            )
        ]

    def __str__(self):
        return f"{self.user_id} @ {self.workflow_state_id}"


class PageTypeWorkflow(models.Model):
    """Binds a workflow to a page type, wherever such a page is created.

    Wagtail binds page workflows by location only (like Plone's placeful
    policies); Plone also binds by content type, so that a new agreement gets
    the agreement workflow in whichever folder it is created. A workflow set
    on the page itself still wins; the type binding beats workflows inherited
    from ancestors. Each municipality (site) binds its own workflow, reviewed
    by its own groups.
    """

    content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("page type"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "The municipality whose pages of this type get the workflow. "
            "Without a site, it applies where the municipality has none of its own."
        ),
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
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "site"], name="editorial_one_workflow_per_type_and_site"
            )
        ]

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


class MunicipalityRole(models.Model):
    """The group that holds one editorial role in one municipality (a Wagtail Site).

    Group names are unique across the installation, so each municipality has
    its own groups ("Södertälje: Skribenter"); this row says which site and
    which role a group stands for, so that a permission check asks "which
    sites is this user a publisher of?" with one join instead of parsing names.
    Made by `editorial.municipalities.set_up_roles`.
    """

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="municipality_roles",
    )
    role = models.CharField(_("role"), max_length=50)
    group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("group"),
        on_delete=models.CASCADE,
        related_name="municipality_role",
    )

    class Meta:
        verbose_name = _("role in a municipality")
        verbose_name_plural = _("roles in municipalities")
        constraints = [
            models.UniqueConstraint(fields=["site", "role"], name="editorial_one_group_per_role")
        ]

    def __str__(self):
        return self.group.name


class MunicipalityCollection(models.Model):
    """The collection holding one municipality's documents and images.

    Its groups get their collection permissions there, so that nobody in one
    municipality lists, chooses or changes another's files.
    """

    site = models.OneToOneField(
        "wagtailcore.Site",
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="municipality_collection",
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    class Meta:
        verbose_name = _("collection of a municipality")
        verbose_name_plural = _("collections of municipalities")

    def __str__(self):
        return str(self.collection)
