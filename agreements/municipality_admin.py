"""Settings → New municipality: the operator creates a municipality from the admin.

The same step as `manage.py create_municipality` (the same function,
`agreements.municipalities.create_municipality`), for the service operator
only: a superuser. Anyone else gets 403 and does not see the menu item,
since a municipality's site, roles and first publisher span the whole
installation.
"""

import re

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from django.views.generic import FormView

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from home.municipality import County

from .municipalities import HostNameTaken, create_municipality

HOSTNAME = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


class MunicipalityForm(forms.Form):
    """What the operator gives for a new municipality; the rest is made by the function."""

    hostname = forms.CharField(
        label=gettext_lazy("Host name"),
        max_length=255,
        help_text=gettext_lazy("The address the site answers at, e.g. exempelby.se."),
    )
    name = forms.CharField(
        label=gettext_lazy("Name of the municipality or region"),
        max_length=100,
        help_text=gettext_lazy("E.g. Exempelby kommun."),
    )
    county = forms.ChoiceField(
        label=gettext_lazy("County"),
        choices=[("", "—"), *County.choices],
        required=False,
    )
    publisher_email = forms.EmailField(
        label=gettext_lazy("E-mail of the first publisher"),
        help_text=gettext_lazy("Gets an account that publishes on this site only."),
    )

    def clean_hostname(self):
        hostname = self.cleaned_data["hostname"].strip().lower()
        if not HOSTNAME.match(hostname):
            raise forms.ValidationError(
                _("Enter a host name of letters, digits, hyphens and dots, e.g. exempelby.se.")
            )
        return hostname

    def clean(self):
        """A host name already in use by another municipality: said here, with the field."""
        data = super().clean()
        hostname, name = data.get("hostname"), data.get("name")
        if hostname and name:
            taken = Site.objects.filter(hostname=hostname).exclude(site_name=name)
            if taken.exists():
                self.add_error("hostname", host_taken_message())
        return data


def host_taken_message():
    return _("This host name is already another municipality's site.")


class CreateMunicipalityView(WagtailAdminTemplateMixin, FormView):
    """The admin form of `create_municipality`, for superusers."""

    form_class = MunicipalityForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = gettext_lazy("New municipality")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            # A plain 403, not Wagtail's redirect to the dashboard: there is
            # nothing here for anyone else to be sent back from.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            action_url=reverse("create_municipality"),
            submit_button_label=_("Create the municipality"),
            submit_button_active_label=_("Creating…"),
        )
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            outcome = create_municipality(
                hostname=data["hostname"],
                name=data["name"],
                county=data["county"],
                publisher_email=data["publisher_email"],
            )
        except HostNameTaken:
            form.add_error("hostname", _("This host name is already another municipality's site."))
            return self.form_invalid(form)
        if outcome.created:
            messages.success(
                self.request,
                _("%(name)s created: %(what)s.")
                % {"name": data["name"], "what": ", ".join(outcome.created)},
            )
        else:
            messages.info(
                self.request, _("%(name)s was already complete.") % {"name": data["name"]}
            )
        if outcome.created and outcome.password_link:
            # Shown once to the operator to hand over, as the command prints it; never logged.
            messages.info(
                self.request,
                _("The first publisher chooses a password at %(url)s")
                % {"url": f"{outcome.site.root_url}{outcome.password_link}"},
            )
        return redirect("wagtailadmin_explore", outcome.site.root_page_id)


class CreateMunicipalityMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_urls")
def register_create_municipality_url():
    return [
        path("municipalities/new/", CreateMunicipalityView.as_view(), name="create_municipality")
    ]


@hooks.register("register_settings_menu_item")
def register_create_municipality_menu_item():
    return CreateMunicipalityMenuItem(
        gettext_lazy("New municipality"),
        reverse("create_municipality"),
        icon_name="site",
        order=610,
    )
