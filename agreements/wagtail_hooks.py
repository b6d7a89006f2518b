"""Register the agreement snippets, the event registrations and the annual-cycle panel."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .annual_cycle import AnnualCyclePanel
from .views import ContactPointViewSet
from .viewsets import RegistrationViewSet

register_snippet(ContactPointViewSet)


@hooks.register("construct_homepage_panels")
def add_annual_cycle_panel(request, panels):
    panels.append(AnnualCyclePanel(request))


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet()
