"""The dashboard's panels for the people who handle applications and event registrations.

An application handler opening the admin should see at once what waits for
them (the oldest applications first: the agreement promises an answer in
reasonable time), and a registration handler how full the coming events
are. Both panels show only the handler's municipalities (`scoped` and
`pages_of`, as the listings do), never anyone's personal data (references,
organisations' names and counts only), and cost a fixed number of queries.
"""

from django.db.models import Count, Q
from django.db.models.functions import Coalesce, TruncDate
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from wagtail.admin.ui.components import Component

from editorial.municipalities import pages_of, scoped
from forms.models import Application, ApplicationStatus
from forms.models.registrations import RegistrationStatus
from forms.registration_viewsets import source_events

# How many rows each panel lists; the rest are a link to the listing away.
SHOWN = 5


class HandlersPanel(Component):
    """A dashboard panel shown only to holders of `permission` (a handler role's gate)."""

    permission = None

    def __init__(self, request):
        self.request = request

    def render_html(self, parent_context=None):
        if not self.request.user.has_perm(self.permission):
            return ""
        return super().render_html(parent_context)


class ApplicationsAwaitingReviewPanel(HandlersPanel):
    """Submitted applications of the user's municipalities, the longest waiting first."""

    name = "applications_awaiting_review"
    template_name = "forms/panels/applications_awaiting_review.html"
    order = 160
    permission = "forms.review_application"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        mine = scoped(Application.objects.all(), self.request.user)
        counts = mine.aggregate(
            waiting=Count("pk", filter=Q(status=ApplicationStatus.SUBMITTED)),
            completing=Count("pk", filter=Q(status=ApplicationStatus.NEEDS_COMPLETION)),
        )
        index = reverse("forms_application:index")
        context.update(
            counts,
            oldest=list(
                mine.filter(status=ApplicationStatus.SUBMITTED)
                .select_related("agreement")
                # A paper application has waited since it was handed in, not registered.
                .annotate(waiting_since=Coalesce("received_on", TruncDate("submitted_at")))
                .order_by("waiting_since", "submitted_at", "pk")[:SHOWN]
            ),
            waiting_url=f"{index}?{urlencode({'status': ApplicationStatus.SUBMITTED})}",
            completing_url=f"{index}?{urlencode({'status': ApplicationStatus.NEEDS_COMPLETION})}",
        )
        return context


class UpcomingRegistrationsPanel(HandlersPanel):
    """The coming events of the user's municipalities that take registrations: how full."""

    name = "upcoming_registrations"
    template_name = "forms/panels/upcoming_registrations.html"
    order = 170
    permission = "forms.manage_registration"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        events = (
            pages_of(source_events(), self.request.user)
            .filter(live=True, registration_enabled=True, end__gte=timezone.now())
            .annotate(
                confirmed=Count(
                    "registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)
                ),
                waiting=Count(
                    "registrations", filter=Q(registrations__status=RegistrationStatus.WAITING)
                ),
            )
            .order_by("start", "pk")
        )
        index = reverse("forms_registration:index")
        context["events"] = [
            {
                "page": event,
                "confirmed": event.confirmed,
                "waiting": event.waiting,
                "places_left": max(event.capacity - event.confirmed, 0) if event.capacity else None,
                "url": f"{index}?{urlencode({'event': event.pk})}",
            }
            for event in events[:SHOWN]
        ]
        context["more"] = len(context["events"]) == SHOWN and events[SHOWN:].exists()
        context["index_url"] = index
        return context
