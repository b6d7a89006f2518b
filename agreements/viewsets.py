"""The admin's list of event registrations: see, filter, export; for the registrations group.

A Wagtail `ModelViewSet` with the listing's built-in spreadsheet export
(CSV and XLSX). Registrant-typed text is neutralised against spreadsheet
formulas, as in the affiliation exports. Every change is kept by
django-simple-history and shown in the history view.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.models import Locale

import django_filters

from agreements.models import EventPage, Registration, RegistrationStatus
from forms.viewsets import AffiliationModelViewSet


def source_events():
    """Events in the default language (registrations point at those), newest first."""
    try:
        return EventPage.objects.filter(locale=Locale.get_default()).order_by("-start")
    except Locale.DoesNotExist:
        return EventPage.objects.order_by("-start")


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=_("Event"), queryset=lambda request: source_events()
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=RegistrationStatus.choices)

    class Meta:
        model = Registration
        fields = ["event", "status"]


class RegistrationIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")


class RegistrationViewSet(AffiliationModelViewSet):
    """Registrations for events; filter by event to get one event's list and export it."""

    model = Registration
    name = "agreements_registration"
    url_prefix = "events/registrations"
    icon = "date"
    menu_label = _("Event registrations")
    menu_order = 260
    add_to_admin_menu = True
    filterset_class = RegistrationFilterSet
    index_view_class = RegistrationIndexView
    ordering = ["event", "created_at"]
    list_display = [
        "name",
        "organisation",
        Column("event", label=_("Event"), accessor="event"),
        "status",
        DateColumn("created_at", label=_("Registered"), sort_key="created_at"),
    ]
    search_fields = ["name", "organisation", "email"]
    search_backend_name = None
    list_export = [
        "event",
        "get_status_display",
        "created_at",
        "name",
        "organisation",
        "email",
        "interpretation_language",
        "accessibility_needs",
        "food_needs",
        "language",
        "promoted_at",
        "cancelled_at",
    ]
    export_text_fields = [
        "event",
        "name",
        "organisation",
        "email",
        "interpretation_language",
        "accessibility_needs",
        "food_needs",
    ]
    export_headings = {"get_status_display": _("Status")}
    export_filename = "event-registrations"
    # Staff may correct what the registrant typed; places and the waiting list
    # change only through registering and cancelling.
    form_fields = [
        "name",
        "organisation",
        "email",
        "interpretation_language",
        "accessibility_needs",
        "food_needs",
    ]
