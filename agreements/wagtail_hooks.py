"""Register the agreement snippets and the annual-cycle dashboard panel with the Wagtail admin."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .annual_cycle import AnnualCyclePanel
from .views import ContactPointViewSet

register_snippet(ContactPointViewSet)


@hooks.register("construct_homepage_panels")
def add_annual_cycle_panel(request, panels):
    panels.append(AnnualCyclePanel(request))
