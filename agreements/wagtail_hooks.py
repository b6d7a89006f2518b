"""Register the agreement snippets and the event registrations with the Wagtail admin."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .views import ContactPointViewSet
from .viewsets import RegistrationViewSet

register_snippet(ContactPointViewSet)


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet()
