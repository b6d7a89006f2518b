"""Admin integration: change notes, the page-type workflow bindings, dashboard panels.

Also the scoped user bulk actions, a permission check that Wagtail's move
confirmation lacks, and Wagtail's listings without other municipalities'
pages, documents and images (editorial.admin_views; the reports: admin_reports).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter, log

from .admin_views import (
    MunicipalityPageViewSet,
    explorable_pages_of_no_other_municipality,
    pages_of_no_other_municipality,
    register_admin_api_endpoints,
)
from .copying import PrefillOnlyCopyViewMixin
from .models import PageTypeWorkflow, RevisionNote
from .pages import workflow_for_new_page
from .users import BULK_ACTIONS

CHANGE_NOTE_ACTION = "editorial.change_note"


def save_change_note(request, page):
    """Keep the change note typed in the editor with the revision it describes."""
    note = request.POST.get("change_note", "").strip()[:500]
    revision = page.latest_revision
    if not note or revision is None:
        return
    RevisionNote.objects.update_or_create(
        revision=revision, defaults={"note": note, "created_by": request.user}
    )
    log(
        instance=page,
        action=CHANGE_NOTE_ACTION,
        user=request.user,
        revision=revision,
        data={"note": note},
    )


hooks.register("after_create_page", save_change_note)
hooks.register("after_edit_page", save_change_note)


@hooks.register("register_log_actions")
def register_change_note_action(actions):
    @actions.register_action(CHANGE_NOTE_ACTION)
    class ChangeNoteAction(LogFormatter):
        label = _("Change note")

        def format_message(self, log_entry):
            return _("Change note: %(note)s") % {"note": log_entry.data.get("note", "")}

        def format_comment(self, log_entry):
            return log_entry.data.get("note", "")


class PageTypeWorkflowCopyView(PrefillOnlyCopyViewMixin, generic.CopyView):
    """Copying pre-fills the add form; a POST here would overwrite the binding copied."""


class PageTypeWorkflowViewSet(ModelViewSet):
    """Settings → Workflows for page types: which workflow each page type gets."""

    model = PageTypeWorkflow
    icon = "tasks"
    menu_label = _("Workflows for page types")
    add_to_settings_menu = True
    form_fields = ["content_type", "workflow"]
    list_display = ["content_type", "workflow"]
    copy_view_class = PageTypeWorkflowCopyView


@hooks.register("register_admin_viewset")
def register_page_type_workflow_viewset():
    return PageTypeWorkflowViewSet("page_type_workflows")


# Registered after Wagtail's own user bulk actions (order=1), so these replace them.
for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action, order=1)


@hooks.register("before_move_page")
def refuse_a_move_the_user_may_not_make(request, page, destination):
    """Wagtail shows "Are you sure you want to move …?" to anyone with admin access.

    Only the move itself (the POST) is checked; without this, a reviewer or
    an affiliation reviewer could read draft titles and the tree through it.
    """
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied


class NewPageSubmitMenuItem(SubmitForModerationMenuItem):
    """The "Submit to …" button of the create view, naming the workflow the new page enters.

    Wagtail names the parent page's workflow there; a page type bound to its own
    workflow (PageTypeWorkflow) enters that one instead.
    """

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        match = context["request"].resolver_match
        try:
            model = ContentType.objects.get_by_natural_key(
                match.kwargs["content_type_app_name"], match.kwargs["content_type_model_name"]
            ).model_class()
        except (AttributeError, KeyError, ContentType.DoesNotExist):
            return context
        workflow = workflow_for_new_page(model, context["parent_page"])
        if workflow is not None:
            context["label"] = _("Submit to %(workflow_name)s") % {"workflow_name": workflow.name}
        return context


@hooks.register("construct_page_action_menu")
def name_the_new_pages_workflow(menu_items, request, context):
    if context.get("view") != "create":
        return
    for position, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[position] = NewPageSubmitMenuItem(order=item.order)


# -- Wagtail's listings, without other municipalities' pages, documents and images ----

# After Wagtail's own (order=-1 and 0), so these take their places.
hooks.register("register_admin_viewset", MunicipalityPageViewSet, order=1)
hooks.register("construct_admin_api", register_admin_api_endpoints, order=1)
hooks.register("construct_page_chooser_queryset", pages_of_no_other_municipality)
hooks.register("construct_explorer_page_queryset", explorable_pages_of_no_other_municipality)
