"""The admin's list of event registrations: see, filter, export; for the registrations group.

A Wagtail `ModelViewSet` with the listing's built-in spreadsheet export
(CSV and XLSX). Registrant-typed text is neutralised against spreadsheet
formulas, as in the affiliation exports. Every change is kept by
django-simple-history and shown in the history view.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import modelform_factory
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Locale

import django_filters

from agreements.models import EventPage
from editorial.municipalities import pages_of
from forms.models import Registration, RegistrationStatus
from forms.viewsets import AffiliationIndexView, AffiliationModelViewSet


def source_events():
    """Events in the default language (registrations point at those), newest first."""
    try:
        return EventPage.objects.filter(locale=Locale.get_default()).order_by("-start")
    except Locale.DoesNotExist:
        return EventPage.objects.order_by("-start")


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=_("Event"), queryset=lambda request: pages_of(source_events(), request.user)
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=RegistrationStatus.choices)

    class Meta:
        model = Registration
        fields = ["event", "status"]


class RegistrationAdminForm(forms.ModelForm):
    """Staff's corrections to what a registrant wrote, under the rules of registering.

    As on the public form, an address holds at most one active registration
    per event; a correction or a restore that would give it a second one is refused.
    """

    def clean_email(self):
        email = self.cleaned_data.get("email")
        registration = self.instance
        if (
            email
            and registration.status != RegistrationStatus.CANCELLED
            and Registration.objects.filter(event_id=registration.event_id, email__iexact=email)
            .exclude(status=RegistrationStatus.CANCELLED)
            .exclude(pk=registration.pk)
            .exists()
        ):
            raise ValidationError(
                _("Another registration for this event already has this e-mail address.")
            )
        return email


class RegistrationIndexView(AffiliationIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")


class RegistrationEditView(generic.EditView):
    """The edit form, with "Cancel registration" for staff told by phone or e-mail."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.object.status != RegistrationStatus.CANCELLED:
            buttons.append(
                HeaderButton(
                    _("Cancel registration"),
                    url=reverse("forms_registration:cancel", args=[self.object.pk]),
                    icon_name="cross",
                )
            )
        return buttons


class CancelRegistrationView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Cancel on the registrant's behalf; the place goes to the first person waiting."""

    model = Registration  # the registered policy: the registrations group only
    permission_required = "change"
    template_name = "forms/admin/cancel_registration.html"
    page_title = _("Cancel registration")
    header_icon = "date"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        registrations = Registration.objects.select_related("event")
        self.object = get_object_or_404(registrations, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("forms_registration:index"),
                "label": capfirst(Registration._meta.verbose_name_plural),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(object=self.object, edit_url=self.edit_url())
        return context

    def edit_url(self):
        return reverse("forms_registration:edit", args=[self.object.pk])

    def post(self, request, *args, **kwargs):
        from forms.registrations import cancel

        if cancel(self.object, user=request.user, reason="Cancelled by staff"):
            messages.success(request, _("The registration is cancelled."))
        return redirect(self.edit_url())


class RegistrationViewSet(AffiliationModelViewSet):
    """Registrations for events; filter by event to get one event's list and export it."""

    model = Registration
    name = "forms_registration"
    url_prefix = "events/registrations"
    icon = "date"
    menu_label = _("Event registrations")
    menu_order = 260
    add_to_admin_menu = True
    filterset_class = RegistrationFilterSet
    index_view_class = RegistrationIndexView
    edit_view_class = RegistrationEditView
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
    # A restore is an edit of these fields: it never gives back a place.
    restore_note = _(
        "Restoring puts back what the registrant wrote. Places and the waiting list are not "
        "restored: they change only through registering and cancelling."
    )

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model,
            form=RegistrationAdminForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.form_fields,
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("cancel/<int:pk>/", CancelRegistrationView.as_view(), name="cancel"),
        ]
