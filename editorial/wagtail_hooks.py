"""Admin integration: change notes, the page-type workflow bindings, dashboard panels."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter, log

from .models import PageTypeWorkflow, RevisionNote
from .panels_dashboard import AgreementsDueForReviewPanel

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


class PageTypeWorkflowViewSet(ModelViewSet):
    """Settings → Workflows for page types: which workflow each page type gets."""

    model = PageTypeWorkflow
    icon = "tasks"
    menu_label = _("Workflows for page types")
    add_to_settings_menu = True
    form_fields = ["content_type", "workflow"]
    list_display = ["content_type", "workflow"]


@hooks.register("register_admin_viewset")
def register_page_type_workflow_viewset():
    return PageTypeWorkflowViewSet("page_type_workflows")


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels.append(AgreementsDueForReviewPanel(request))
