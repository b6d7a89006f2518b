"""What every editable page type gets from the editorial workflow."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist

from .forms import EditorialPageForm


class EditorialPageMixin:
    """Workflow bound by page type, and the change note in the editor.

    Put it before `Page` in the bases. The workflow is, in order: one set on
    the page itself, one bound to the page's type (`PageTypeWorkflow`), one
    inherited from the nearest ancestor.
    """

    base_form_class = EditorialPageForm

    def get_workflow(self):
        if not getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
            return None
        try:
            own = self.workflowpage if self.pk else None
        except ObjectDoesNotExist:
            own = None
        if own is not None and own.workflow.active:
            return own.workflow
        from .models import PageTypeWorkflow

        binding = (
            PageTypeWorkflow.objects.filter(
                content_type=ContentType.objects.get_for_model(type(self)),
                workflow__active=True,
            )
            .select_related("workflow")
            .first()
        )
        if binding is not None:
            return binding.workflow
        return super().get_workflow()

    @property
    def has_workflow(self):
        return self.get_workflow() is not None
