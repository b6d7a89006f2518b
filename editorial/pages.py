"""What every editable page type gets from the editorial workflow."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import F, Q

from .forms import EditorialPageForm


def type_bound_workflow(model, place):
    """The active workflow bound to the page type `model` where `place` is, or None.

    `place` is the page itself or, for a page not yet created, its parent: the
    binding of the municipality whose home (in any language) is above it wins
    over one without a site (one query).
    """
    from wagtail.models import Page

    from .models import PageTypeWorkflow

    home_path = place.path[: Page.steplen * 2] if place is not None and place.path else ""
    home_key = Page.objects.filter(path=home_path).values("translation_key")[:1]
    binding = (
        PageTypeWorkflow.objects.filter(
            content_type=ContentType.objects.get_for_model(model), workflow__active=True
        )
        .filter(Q(site__root_page__translation_key=home_key) | Q(site__isnull=True))
        .select_related("workflow")
        .order_by(F("site").asc(nulls_last=True))
        .first()
    )
    return binding.workflow if binding is not None else None


def workflow_for_new_page(model, parent_page):
    """The workflow a page of type `model`, created under `parent_page`, will enter.

    Wagtail's create view names the parent's workflow on its submit button, but
    the new page enters its own (`EditorialPageMixin.get_workflow`): a type
    binding beats the inherited workflow.
    """
    if not getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
        return None
    from wagtail.models import Page

    if issubclass(model, EditorialPageMixin):
        bound = type_bound_workflow(model, parent_page)
        if bound is not None:
            return bound
    # Inherited by location: the parent's own workflow or its nearest ancestor's,
    # never the parent's type binding (Page's lookup, not the parent's override).
    return Page.get_workflow(parent_page)


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
        return type_bound_workflow(type(self), self) or super().get_workflow()

    @property
    def has_workflow(self):
        return self.get_workflow() is not None
