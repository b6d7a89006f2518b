"""Register the affiliation and event-registration admin, and their dashboard panels."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail import hooks

from agreements.annual_cycle import line
from forms.dashboard import ApplicationsAwaitingReviewPanel, UpcomingRegistrationsPanel
from forms.models import Application, ApplicationStatus
from forms.registration_viewsets import RegistrationViewSet
from forms.viewsets import AffiliationViewSetGroup, ApproveApplicationsBulkAction


@hooks.register("register_admin_viewset")
def register_affiliation_viewsets():
    return AffiliationViewSetGroup()


hooks.register("register_bulk_action", ApproveApplicationsBulkAction)


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet()


@hooks.register("construct_homepage_panels")
def add_handlers_panels(request, panels):
    """What waits for the application and registration handlers (each sees only their own)."""
    panels.append(ApplicationsAwaitingReviewPanel(request))
    panels.append(UpcomingRegistrationsPanel(request))


@hooks.register("register_event_registration_views")
def event_registration_views():
    """An event page's registration form, receipt and cancel link (agreements/models/events.py)."""
    from forms import registrations

    return {
        "page": registrations.event_page_response,
        "register": registrations.register_view,
        "cancel": registrations.cancel_view,
    }


@hooks.register("register_annual_cycle_lines")
def applications_line(agreement, user):
    waiting = Application.objects.filter(
        agreement__translation_key=agreement.translation_key,
        status__in=[ApplicationStatus.SUBMITTED, ApplicationStatus.NEEDS_COMPLETION],
    ).count()
    text = ngettext(
        "%(count)s affiliation application waiting for a decision",
        "%(count)s affiliation applications waiting for a decision",
        waiting,
    ) % {"count": waiting}
    url = None
    if user is not None and user.has_perm("forms.review_application"):
        url = reverse("forms_application:index") + f"?status={ApplicationStatus.SUBMITTED}"
    return line(
        "applications",
        _("Affiliation"),
        text,
        waiting == 0,
        url,
        _("Review the applications") if url else None,
    )
