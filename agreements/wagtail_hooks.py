"""Register the agreement snippets and the dashboard panels: annual cycle, due for review."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .annual_cycle import AnnualCyclePanel
from .review import AgreementsDueForReviewPanel
from .views import ContactPointViewSet

register_snippet(ContactPointViewSet)


@hooks.register("construct_homepage_panels")
def add_annual_cycle_panel(request, panels):
    panels.append(AnnualCyclePanel(request))


@hooks.register("construct_homepage_panels")
def add_due_for_review_panel(request, panels):
    panels.append(AgreementsDueForReviewPanel(request))


# Settings → New municipality (superusers only): registers its own hooks.
from . import municipality_admin  # noqa: E402, F401
