"""Four eyes: who wrote the change under review, and keeping the review on what was seen.

A review step approves one revision: the task state's `revision`. Four
things keep approval honest, each on its own:

- the authors of a change are recorded when a step starts (`record_authors`):
  the submitter and everyone who wrote a version since the live one, so a
  reviewer who edited the page, before or during its review, is an author;
- a new version saved during review becomes what the current step reviews
  (`review_new_version`): what reviewers are asked to approve is always the
  latest text, and the person who saved it is now one of its authors;
- approval is refused when the text under review is not the latest or was
  overwritten after the step began (`changed_since_step_began`);
- the last approval publishes the reviewed revision, never "the latest"
  (editorial.workflows.publish_approved_revision).

A version that changes nothing (the snippet editor saves one on every
action, a reviewer may press "Save draft" without typing) is no change:
it makes nobody an author and leaves the review where it is.
"""

import re

from django.apps import apps
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Revision, TaskState, WorkflowState
from wagtail.signals import task_submitted

# Revision content that Wagtail itself keeps up to date on every save or
# publication: tree position, publication and lock state, pointers to other
# revisions, the owner, review comments. Everything else is the text and
# settings an editor writes (title, slug, fields, inline children, go-live
# and expiry dates), so a difference there is a change.
BOOKKEEPING_KEYS = frozenset(
    {
        "pk",
        "id",
        "path",
        "depth",
        "numchild",
        "url_path",
        "draft_title",
        "content_type",
        "owner",
        "alias_of",
        "locale",
        "translation_key",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "live_revision",
        "latest_revision",
        "latest_revision_created_at",
        "expired",
        "locked",
        "locked_at",
        "locked_by",
        "wagtail_admin_comments",
    }
)

OWN_SUBMISSION = _(
    "You cannot approve or reject this change because you submitted it. "
    "Someone else must review it."
)
OWN_EDIT = _(
    "You cannot approve or reject this change because you wrote part of it. "
    "Your edits are saved; someone else must review them."
)
CHANGED_DURING_REVIEW = _(
    "This was changed after the review step began. The current version is now "
    "under review: check it, then approve or request changes again."
)
STEP_CLOSED = _("This review step is no longer open. Reload the page to see where the review is.")


class ReviewRefused(Exception):
    """A reviewer's action refused by the four-eyes rule, with the reason to show them.

    Not a PermissionDenied: Wagtail's admin turns those into a generic "no
    permission" message, and a reviewer whose approval is refused needs to
    know why and that their edits are kept (editorial.middleware shows it).
    """

    def __init__(self, message, obj=None):
        super().__init__(str(message))
        self.message = message
        self.obj = obj


# Draftail's block keys identify paragraphs for the editor, not text; the editor
# also writes an empty rich text field as one empty paragraph. Quotes may be
# escaped once or twice (rich text inside StreamField JSON inside the revision).
BLOCK_KEY = re.compile(r' data-block-key=\\*"[^"\\]*\\*"')
EMPTY_RICH_TEXT = re.compile(r"^<p>\s*</p>$")


def normalised(value):
    if isinstance(value, str):
        value = BLOCK_KEY.sub("", value)
        return "" if EMPTY_RICH_TEXT.match(value) else value
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, dict):
        return {key: normalised(item) for key, item in value.items()}
    return value


def content_of(content):
    return {key: normalised(value) for key, value in content.items() if key not in BOOKKEEPING_KEYS}


def content_differs(content, other):
    """Whether two revisions' contents differ in what an editor writes."""
    return content_of(content) != content_of(other)


def revisions_of(obj):
    return Revision.objects.for_instance(obj)


def newest_revision(obj):
    """The latest version, read from the revisions themselves.

    `obj.latest_revision` is updated only after a new revision's post_save
    signal (review_new_version runs inside it). Revisions are only ever
    overwritten while they are the latest, so the highest key is the latest.
    """
    return revisions_of(obj).order_by("-pk").first()


def authors_since(revisions, live_revision_id):
    """Who wrote a version in `revisions` (a revision queryset) since the live one (one query).

    The change under review is everything since the live version; each
    version that differs from the one before it makes its writer an author.
    With nothing live, every version counts.
    """
    revisions = revisions.order_by("pk")
    if live_revision_id:
        revisions = revisions.filter(pk__gte=live_revision_id)
    authors = set()
    previous = None
    for pk, user_id, content in revisions.values_list("pk", "user_id", "content"):
        if pk != live_revision_id and (previous is None or content_differs(previous, content)):
            authors.add(user_id)
        previous = content
    authors.discard(None)
    return authors


def change_authors(obj):
    """Users who wrote a version of `obj` since its live one.

    Text can also be written outside revisions: a translated page's strings
    are typed in wagtail-localize's editor and become a revision when someone
    submits them. Apps say who wrote such text with the hook
    `editorial_change_authors(obj, since)`, returning user ids; `since` is
    when the live version was saved (None if nothing is live).
    """
    live_revision_id = getattr(obj, "live_revision_id", None)
    authors = authors_since(revisions_of(obj), live_revision_id)
    since = None
    if live_revision_id:
        since = (
            Revision.objects.filter(pk=live_revision_id)
            .values_list("created_at", flat=True)
            .first()
        )
    for hook in hooks.get_hooks("editorial_change_authors"):
        authors.update(hook(obj, since))
    authors.discard(None)
    return authors


def record_authors(workflow_state):
    """Remember who wrote the change this workflow reviews (they only ever grow)."""
    ChangeAuthor = apps.get_model("editorial", "ChangeAuthor")
    obj = workflow_state.content_object
    ChangeAuthor.objects.bulk_create(
        [
            ChangeAuthor(workflow_state=workflow_state, user_id=user_id)
            for user_id in change_authors(obj)
        ],
        ignore_conflicts=True,
    )


def own_change_reason(workflow_state, user):
    """Why `user` may not review this workflow's change, or None if they may."""
    if workflow_state.requested_by_id == user.pk:
        return OWN_SUBMISSION
    if workflow_state.editorial_authors.filter(user=user).exists():
        return OWN_EDIT
    return None


def changed_since_step_began(task_state, obj):
    """Whether the text under review is no longer what the step was asked to approve.

    Either a newer version with other content exists, or the reviewed
    version itself was overwritten (the editor's autosave overwrites the
    saver's own latest version) after the step began.
    """
    reviewed = task_state.revision
    if reviewed.created_at > task_state.started_at:
        return True
    latest = newest_revision(obj)
    return (
        latest is not None
        and latest.pk != reviewed.pk
        and content_differs(reviewed.content, latest.content)
    )


def review_version(task_state, revision, user=None):
    """The open step reviews `revision` from now on; its reviewers are asked anew.

    The task state is moved rather than cancelled and started again, so that
    the step keeps one row however often an editor saves; the page history
    keeps every version and who saved it.
    """
    TaskState.objects.filter(pk=task_state.pk).update(revision=revision, started_at=timezone.now())
    task_state.refresh_from_db()
    record_authors(task_state.workflow_state)
    # The step is submitted anew: whoever listens to submissions (the e-mails
    # in editorial.notifications) hears of it, without this module importing them.
    task_submitted.send(sender=TaskState, instance=task_state, user=user)


def review_new_version(sender, instance, created, raw=False, **kwargs):
    """A version saved while a four-eyes step is open becomes what that step reviews.

    Without this, reviewers would go on approving the submitted text while
    a newer one sits beside it; with it, whoever saved the new version is
    an author of the change and someone else approves it.
    """
    FourEyesApprovalTask = apps.get_model("editorial", "FourEyesApprovalTask")
    if raw or not created:
        return
    workflow_state = (
        WorkflowState.objects.filter(
            base_content_type_id=instance.base_content_type_id,
            object_id=instance.object_id,
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
        .select_related("current_task_state__revision")
        .first()
    )
    task_state = workflow_state.current_task_state if workflow_state else None
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return
    if task_state.revision_id == instance.pk:
        return
    if not isinstance(task_state.task.specific, FourEyesApprovalTask):
        return
    if not content_differs(task_state.revision.content, instance.content):
        return
    review_version(task_state, instance, user=instance.user)


post_save.connect(review_new_version, sender=Revision, dispatch_uid="editorial_review_new_version")
