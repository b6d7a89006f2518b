"""The affiliation admin: applications (reviewers only), organisations and signatures.

Applications are reviewed in a Wagtail `ModelViewSet` whose permission
policy (`forms.permissions`) admits only affiliation reviewers. Reviewers
open an application's inspect view and approve, reject, ask for
completion or record a withdrawal there; several applications can be
approved at once from the listing. The listing exports to CSV and XLSX.
Every change is kept by django-simple-history and shown in a history view.
"""

from django import forms as django_forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView

from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import AdminDateInput
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.models import Locale
from wagtail.permissions import policy_registry

import django_filters

from agreements.models import AgreementPage
from editorial.history import SimpleHistoryViewSetMixin
from editorial.municipalities import pages_of
from editorial.scoping import MunicipalityScopedListingMixin
from forms import services
from forms.exports import ExportIndexView
from forms.forms import formfield
from forms.models import (
    Application,
    ApplicationStatus,
    Organisation,
    OrganisationType,
    Signature,
)
from forms.models.applications import APPLICANT_FIELDS
from forms.paper_applications import (
    ApplicationEditView,
    PaperApplicationCreateView,
    PaperApplicationForm,
    ScannedFormView,
)
from forms.register import spreadsheet_safe
from forms.validators import format_organisation_number


def source_agreements():
    """Agreement versions in the default language: what applications and signatures point at."""
    try:
        return AgreementPage.objects.filter(locale=Locale.get_default()).order_by(
            *AgreementPage.NEWEST_FIRST
        )
    except Locale.DoesNotExist:
        return AgreementPage.objects.order_by(*AgreementPage.NEWEST_FIRST)


# What the inspect views show for an empty field (an em dash, read as "nothing").
EMPTY_VALUE = "—"


def language_name(code):
    """A language's name in the reader's language ("Svenska" for "sv"), or the code if unknown."""
    if not code:
        return ""
    try:
        return capfirst(get_language_info(code)["name_translated"])
    except KeyError:
        return code


# -- applications: listing, filters, export -------------------------------------------


class ApplicationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ApplicationStatus.choices)
    agreement = django_filters.ModelChoiceFilter(
        label=_("Agreement"), queryset=lambda request: pages_of(source_agreements(), request.user)
    )
    organisation_type = django_filters.ChoiceFilter(
        label=_("Type of organisation"), choices=OrganisationType.choices
    )
    submitted_at = django_filters.DateFromToRangeFilter(
        label=_("Submitted"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Application
        fields = ["status", "agreement", "organisation_type", "submitted_at"]


class AffiliationIndexView(MunicipalityScopedListingMixin, ExportIndexView):
    """A listing of the rows of the user's municipalities, exported as UTF-8 CSV."""


class ApplicationIndexView(AffiliationIndexView):
    """The listing, with checkboxes for approving several applications at once."""

    template_name = "forms/admin/application_index.html"

    @cached_property
    def columns(self):
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type="application"), *super().columns]

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        return self._get_custom_column(
            field_name,
            self._get_title_column_class(column_class),
            get_url=self.get_inspect_url,
            get_title_id=lambda instance: f"application_{instance.pk}_title",
            **kwargs,
        )

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("agreement")


def export_text(value):
    """Applicant-typed text for a spreadsheet cell: a string that never runs as a formula."""
    return spreadsheet_safe(force_str(value)) if value is not None else ""


# The export is for the liaison office's own follow-up; spreadsheet programs
# must not run applicant-typed text as formulas.
SAFE_EXPORT = {"csv": export_text, "xlsx": export_text}


class ApplicationInspectView(generic.InspectView):
    """An application in full, with the reviewer's actions as header buttons."""

    template_name = "forms/admin/application_inspect.html"

    def get_fields(self):
        return APPLICATION_INSPECT_FIELDS

    def get_organisation_number_display_value(self):
        return self.object.organisation_number_display or EMPTY_VALUE

    def get_language_display_value(self):
        return language_name(self.object.language) or EMPTY_VALUE

    def get_scanned_form_display_value(self):
        if not self.object.scanned_form:
            return EMPTY_VALUE
        url = reverse("forms_application:scanned_form", args=[self.object.pk])
        return format_html('<a href="{}">{}</a>', url, _("Download the scanned application"))

    def get_extra_confirmation_display_value(self):
        return self.object.extra_confirmation or EMPTY_VALUE

    def get_field_display_value(self, field_name, field):
        """Words for reviewers, not Python: "Ja"/"Nej" and "—" instead of True and None."""
        value = super().get_field_display_value(field_name, field)
        if value is True:
            return _("Yes")
        if value is False:
            return _("No")
        if value is None or value == "":
            return EMPTY_VALUE
        return value

    @cached_property
    def header_buttons(self):
        actions = available_actions(self.object)
        buttons = []
        for priority, (name, label, icon) in enumerate(ACTIONS):
            if name in actions and self.user_has_permission("change"):
                url = reverse(f"forms_application:{name}", args=[self.object.pk])
                buttons.append(HeaderButton(label, url=url, icon_name=icon, priority=priority))
        return buttons

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("History"),
                url=reverse("forms_application:history", args=[self.object.pk]),
                icon_name="history",
                priority=50,
            )
        )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["signature"] = (
            Signature.objects.filter(
                organisation_id=self.object.organisation_id, agreement_id=self.object.agreement_id
            ).first()
            if self.object.organisation_id
            else None
        )
        return context


APPLICATION_INSPECT_FIELDS = [
    "reference",
    "status",
    "agreement",
    "submitted_at",
    "channel",
    "received_on",
    "received_at",
    "scanned_form",
    *APPLICANT_FIELDS,
    "extra_confirmation",
    "must_join_body",
    "organisation",
    "reviewed_by",
    "reviewed_at",
    "decision_message",
    "internal_note",
    "confirmation_sent_at",
    "notification_sent_at",
    "decision_sent_at",
    "personal_data_removed_at",
]


# -- applications: the reviewer's actions -----------------------------------------------

ACTIONS = [
    ("approve", _("Approve"), "check"),
    ("complete", _("Ask for completion"), "edit"),
    ("reject", _("Reject"), "cross"),
    ("withdraw", _("Record withdrawal"), "logout"),
]


def available_actions(application):
    if application.is_open:
        if application.status == ApplicationStatus.SUBMITTED:
            return {"approve", "complete", "reject"}
        return {"approve", "reject"}
    if application.status == ApplicationStatus.APPROVED:
        return {"withdraw"}
    return set()


def public_value(field, value):
    """A detail of the public record as the reviewer reads it."""
    if field == "listed":
        return _("Listed by name") if value else _("Not listed by name")
    if field == "organisation_type":
        return OrganisationType(value).label if value in OrganisationType.values else value
    if field == "organisation_number":
        return format_organisation_number(value) or "–"
    return value or "–"


class ApplicationActionForm(django_forms.Form):
    """The reviewer's input for one action; which fields show depends on the action.

    Approving an application whose organisation is already in the register
    with other public details adds one choice per differing detail (`public_*`):
    keep the register's value or take the application's. A submit button named
    `whole` decides them all at once.
    """

    date = django_forms.DateField(widget=AdminDateInput, required=False)
    message = django_forms.CharField(
        widget=django_forms.Textarea(attrs={"rows": 5}), required=False, max_length=2000
    )

    def __init__(self, *args, action, differences=(), by_post=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        self.by_post = by_post
        self.differences = list(differences)
        if action == "approve":
            self.fields["date"].label = _("Joined on")
            self.fields["date"].initial = timezone.localdate()
            del self.fields["message"]
            for field, _register, _application in self.differences:
                self.fields[f"public_{field}"] = django_forms.ChoiceField(
                    label=capfirst(Organisation._meta.get_field(field).verbose_name),
                    choices=[
                        (services.KEEP, _("Keep the register's")),
                        (services.TAKE, _("Take the application's")),
                    ],
                    widget=django_forms.RadioSelect,
                    required=False,
                )
        elif action == "withdraw":
            self.fields["date"].label = _("Withdrawn on")
            self.fields["date"].initial = timezone.localdate()
            self.fields["message"].label = _("Note to the organisation (optional)")
        else:
            del self.fields["date"]
            self.fields["message"].required = True
            if by_post:
                self.fields["message"].help_text = _(
                    "The application has no e-mail address: nothing is sent. Send this to "
                    "the organisation's postal address."
                )
            if action == "reject":
                self.fields["message"].label = _("Reason for the rejection")
                if not by_post:
                    self.fields["message"].help_text = _("Sent to the applicant.")
                self.fields["message"].error_messages["required"] = _(
                    "Give the reason for the rejection: it is sent to the applicant."
                )
            else:
                self.fields["message"].label = _("What is missing")
                if not by_post:
                    self.fields["message"].help_text = _(
                        "Sent to the applicant, who replies by e-mail."
                    )
                self.fields["message"].error_messages["required"] = _("Say what is missing.")

    def action_fields(self):
        """The fields shown as a list; the choices about the public record have a table."""
        return [field for field in self if not field.name.startswith("public_")]

    def comparison(self):
        """One row per differing detail: the two values and the two radio buttons."""
        rows = []
        for field, register, application in self.differences:
            bound = self[f"public_{field}"]
            keep, take = list(bound)
            rows.append(
                {
                    "field": bound,
                    "register": public_value(field, register),
                    "application": public_value(field, application),
                    "keep": keep,
                    "take": take,
                }
            )
        return rows

    def clean(self):
        cleaned = super().clean()
        if self.differences:
            whole = self.data.get("whole")
            decisions = {}
            for field, _register, _application in self.differences:
                name = f"public_{field}"
                choice = whole if whole in (services.KEEP, services.TAKE) else cleaned.get(name)
                if choice:
                    decisions[field] = choice
                elif name not in self.errors:
                    self.add_error(name, _("Choose what the register shows."))
            cleaned["decisions"] = decisions
        return cleaned


# The actions whose outcome the applicant is told (`forms.emails.DECISION_TEMPLATES`).
DECISION_ACTIONS = {"approve", "reject", "complete", "withdraw"}


class ApplicationActionView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Approve, reject, ask for completion or record a withdrawal, after a confirmation form."""

    model = Application
    permission_required = "change"
    template_name = "forms/admin/application_action.html"
    header_icon = "form"
    action = None

    TITLES = {
        "approve": _("Approve the application"),
        "reject": _("Reject the application"),
        "complete": _("Ask for completion"),
        "withdraw": _("Record withdrawal"),
    }
    SUCCESS = {
        "approve": _("Application %(reference)s approved: the organisation is in the register."),
        "reject": _("Application %(reference)s rejected; the reason is being sent."),
        "complete": _("Application %(reference)s sent back for completion."),
        "withdraw": _("Withdrawal recorded for %(reference)s."),
    }
    # Where the application has no e-mail address, nothing is "being sent".
    SUCCESS_BY_POST = {"reject": _("Application %(reference)s rejected.")}

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(Application, pk=kwargs["pk"])

    def get_page_title(self):
        return self.TITLES[self.action]

    def get_page_subtitle(self):
        return str(self.object)

    def inspect_url(self):
        return reverse("forms_application:inspect", args=[self.object.pk])

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("forms_application:index"),
                "label": capfirst(Application._meta.verbose_name_plural),
            },
            {"url": self.inspect_url(), "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]

    def dispatch(self, request, *args, **kwargs):
        if (
            request.user.is_authenticated
            and self.action not in available_actions(self.object)
            and self.user_has_permission("change")
        ):
            messages.error(request, _("This action is not available for the application now."))
            return redirect(self.inspect_url())
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def differences(self):
        """Where approving would change an existing organisation's public record."""
        if self.action != "approve":
            return []
        return services.differences_for(self.object)

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "action": self.action,
            "differences": self.differences,
            "by_post": not self.object.contact_email,
        }

    def get_form_class(self):
        return ApplicationActionForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(object=self.object, action=self.action, inspect_url=self.inspect_url())
        return context

    def form_valid(self, form):
        user = self.request.user
        data = form.cleaned_data
        try:
            if self.action == "approve":
                services.approve(
                    self.object,
                    user,
                    joined_on=data.get("date"),
                    decisions=data.get("decisions", {}),
                )
            elif self.action == "reject":
                services.reject(self.object, user, data["message"])
            elif self.action == "complete":
                services.ask_for_completion(self.object, user, data["message"])
            elif self.action == "withdraw":
                services.withdraw(self.object, user, data.get("date"), data.get("message", ""))
        except services.DecisionNeeded as exc:
            # The register changed since the page was shown: show the new comparison.
            messages.error(self.request, str(exc))
            return redirect(reverse("forms_application:approve", args=[self.object.pk]))
        except services.ActionNotAllowed as exc:
            messages.error(self.request, str(exc))
            return redirect(self.inspect_url())
        success = self.SUCCESS[self.action]
        if not self.object.contact_email:
            success = self.SUCCESS_BY_POST.get(self.action, success)
        messages.success(self.request, success % {"reference": self.object.reference})
        if not self.object.contact_email and self.action in DECISION_ACTIONS:
            messages.warning(
                self.request,
                _(
                    "%(reference)s has no e-mail address: nothing was sent. Tell the "
                    "organisation by post."
                )
                % {"reference": self.object.reference},
            )
        return redirect(self.inspect_url())


class ApproveApplicationsBulkAction(BulkAction):
    """Approve every selected application that is waiting for a decision."""

    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected applications")
    template_name = "forms/admin/bulk_approve.html"
    action_priority = 10
    models = [Application]

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Application)

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, obj):
        return obj.is_open

    def object_context(self, obj):
        return {
            "item": obj,
            "inspect_url": reverse("forms_application:inspect", args=[obj.pk]),
        }

    def get_execution_context(self):
        self.not_approved = []
        return {"user": self.request.user, "not_approved": self.not_approved}

    @classmethod
    def execute_action(cls, objects, user=None, not_approved=None, **kwargs):
        """Approve each; one whose organisation is in the register with other details waits.

        Such an approval needs the reviewer's decision on the public record
        (the comparison on the application's own approval page), so it is
        left out here and listed in a warning.
        """
        approved = 0
        for application in objects:
            try:
                services.approve(application, user)
            except services.ActionNotAllowed:
                if not_approved is not None:
                    not_approved.append(application)
                continue
            approved += 1
        return approved, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        if self.not_approved:
            messages.warning(
                self.request,
                ngettext(
                    "%(count)d application was not approved: its organisation is already in the "
                    "register with other details, or it can no longer be approved. Open it to "
                    "compare and decide.",
                    "%(count)d applications were not approved: their organisations are already "
                    "in the register with other details, or they can no longer be approved. Open "
                    "each to compare and decide.",
                    len(self.not_approved),
                )
                % {"count": len(self.not_approved)},
                buttons=[
                    messages.button(
                        reverse("forms_application:approve", args=[application.pk]),
                        application.reference,
                    )
                    for application in self.not_approved
                ],
            )
        return ngettext(
            "%(count)d application approved.",
            "%(count)d applications approved.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


# -- applications: the re-sign invitation --------------------------------------------------


class InviteSignatoriesView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Invite the signatories of the previous version to sign a new version."""

    model = Application
    permission_required = "change"
    template_name = "forms/admin/invite_signatories.html"
    page_title = _("Invite previous signatories")
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("forms_application:index"),
                "label": capfirst(Application._meta.verbose_name_plural),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = []
        agreements = pages_of(source_agreements(), self.request.user)
        for agreement in agreements.filter(replaces__isnull=False).select_related("replaces"):
            candidates = list(services.invitation_candidates(agreement))
            rows.append(
                {
                    "agreement": agreement,
                    "previous": agreement.replaces,
                    "candidates": len(candidates),
                    "invited": sum(1 for s in candidates if s.resign_invited_at),
                }
            )
        context["rows"] = rows
        return context

    def post(self, request, *args, **kwargs):
        agreement = get_object_or_404(
            pages_of(source_agreements(), request.user), pk=request.POST.get("agreement")
        )
        try:
            counts = services.invite_previous_signatories(agreement)
        except services.ActionNotAllowed as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                _(
                    "Invitations queued: %(queued)d. Already invited: %(already_invited)d. "
                    "Without a contact e-mail: %(no_contact)d."
                )
                % counts,
            )
        return redirect("forms_application:invite")


# -- the viewsets ---------------------------------------------------------------------------


class AffiliationModelViewSet(SimpleHistoryViewSetMixin, ModelViewSet):
    """What the affiliation viewsets share: the simple-history view with restore, and https
    web addresses."""

    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = AffiliationIndexView
    inspect_view_enabled = True

    export_text_fields = []

    def formfield_for_dbfield(self, db_field, **kwargs):
        return formfield(db_field, **kwargs)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            custom_field_preprocess=dict.fromkeys(self.export_text_fields, SAFE_EXPORT),
            **kwargs,
        )


class ApplicationViewSet(AffiliationModelViewSet):
    """Affiliation applications, for the affiliation reviewers only."""

    model = Application
    name = "forms_application"
    url_prefix = "affiliation/applications"
    icon = "form"
    menu_label = _("Applications")
    menu_order = 100
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationInspectView
    add_view_class = PaperApplicationCreateView
    edit_view_class = ApplicationEditView
    filterset_class = ApplicationFilterSet
    ordering = ["-submitted_at"]
    list_display = [
        "reference",
        "organisation_name",
        "organisation_type",
        Column("agreement", label=_("Agreement"), accessor="agreement"),
        "status",
        "channel",
        DateColumn("submitted_at", label=_("Submitted"), sort_key="submitted_at"),
    ]
    search_fields = [
        "reference",
        "organisation_name",
        "organisation_number",
        "contact_name",
        "contact_email",
        "city",
    ]
    search_backend_name = None
    list_export = [
        "reference",
        "get_status_display",
        "agreement",
        "submitted_at",
        "get_channel_display",
        "received_on",
        "received_at",
        "organisation_name",
        "organisation_number_display",
        "get_organisation_type_display",
        "website",
        "activity",
        "postal_address",
        "contact_name",
        "contact_role",
        "contact_email",
        "contact_phone",
        "signatory_name",
        "signatory_role",
        "decision_basis",
        "decision_date",
        "consents_to_publication",
        "language",
        "reviewed_at",
        "decision_message",
    ]
    # Free text typed by applicants: neutralised against spreadsheet formulas.
    export_text_fields = [
        f
        for f in list_export
        if f
        not in {
            "submitted_at",
            "received_on",
            "decision_date",
            "consents_to_publication",
            "reviewed_at",
        }
    ]
    export_headings = {
        "get_status_display": _("Status"),
        "get_channel_display": _("Received by"),
        "get_organisation_type_display": _("Type of organisation"),
        "organisation_number_display": _("Organisation number"),
        "postal_address": _("Postal address"),
    }
    export_filename = "affiliation-applications"
    # Staff correct what the applicant typed; the confirmations are the applicant's own.
    form_fields = [
        *(
            f
            for f in APPLICANT_FIELDS
            if f not in {"confirms_democratic", "confirms_values", "confirms_extra", "language"}
        ),
        "must_join_body",
        "internal_note",
    ]
    # A restore puts back only what staff may edit: the status, the decision and
    # the register change only through the reviewer's actions and their rules.
    restore_note = _(
        "Restoring puts back what the applicant wrote and the internal note. The status and "
        "the decision are not restored: they change only through the actions approve, ask for "
        "completion, reject and record withdrawal."
    )

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for name, _label, _icon in ACTIONS:
            patterns.append(
                path(
                    f"{name}/<int:pk>/",
                    ApplicationActionView.as_view(action=name),
                    name=name,
                )
            )
        patterns.append(path("invite/", InviteSignatoriesView.as_view(), name="invite"))
        patterns.append(
            path("scanned-form/<int:pk>/", ScannedFormView.as_view(), name="scanned_form")
        )
        return patterns

    def get_form_class(self, for_update=False):
        """Editing corrects what was typed; adding registers a paper or e-mail application."""
        if for_update:
            return super().get_form_class(for_update=True)
        return django_forms.modelform_factory(
            self.model,
            form=PaperApplicationForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=PaperApplicationForm.Meta.fields,
        )


class OrganisationViewSet(AffiliationModelViewSet):
    """The register's organisations (public data): correct a name or a website."""

    model = Organisation
    name = "forms_organisation"
    url_prefix = "affiliation/organisations"
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 200
    list_display = ["name", "organisation_type", "organisation_number", "listed", "website"]
    list_filter = ["organisation_type", "listed"]
    search_fields = ["name", "organisation_number"]
    search_backend_name = None
    list_export = ["name", "organisation_number", "organisation_type", "website", "listed"]
    export_text_fields = ["name", "website"]
    export_filename = "affiliation-organisations"
    form_fields = ["name", "organisation_number", "organisation_type", "website", "listed"]


class SignatureFilterSet(WagtailFilterSet):
    agreement = django_filters.ModelChoiceFilter(
        label=_("Agreement"), queryset=lambda request: pages_of(source_agreements(), request.user)
    )
    withdrawn = django_filters.BooleanFilter(
        label=_("Withdrawn"), field_name="withdrawn_on", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Signature
        fields = ["agreement"]


class SignatureCreateForm(django_forms.ModelForm):
    """A signature recorded by hand (e.g. from a paper application): whose, and of which version.

    Editing changes only the dates; adding must name the organisation and
    the agreement version (in the default language, as approval records
    it), which the database requires.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agreement"].queryset = source_agreements()


class SignatureViewSet(OrganisationViewSet):
    """Signatures of each agreement version: joined and withdrawn dates."""

    model = Signature
    name = "forms_signature"
    url_prefix = "affiliation/signatures"
    icon = "doc-full"
    menu_label = _("Signatures")
    menu_order = 300
    list_display = ["organisation", "agreement", "joined_on", "withdrawn_on"]
    list_filter = None
    filterset_class = SignatureFilterSet
    search_fields = ["organisation__name"]
    list_export = ["organisation", "agreement", "joined_on", "withdrawn_on"]
    export_text_fields = ["organisation", "agreement"]
    export_filename = "affiliation-signatures"
    form_fields = ["joined_on", "withdrawn_on"]
    # Whether a signature is withdrawn decides the register; it changes only
    # through the application's actions, never by a restore.
    restore_fields = ["joined_on"]
    restore_note = _(
        "Restoring puts back the date of joining. A withdrawal is not restored: it is recorded "
        "on the application, and undone only by approving a new application."
    )

    def get_form_class(self, for_update=False):
        if for_update:
            return super().get_form_class(for_update=True)
        return django_forms.modelform_factory(
            self.model,
            form=SignatureCreateForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=["organisation", "agreement", *self.form_fields],
        )


class AffiliationViewSetGroup(ModelViewSetGroup):
    """The admin menu *Affiliation*."""

    items = [ApplicationViewSet, OrganisationViewSet, SignatureViewSet]
    menu_label = _("Affiliation")
    menu_icon = "group"
    menu_order = 250


__all__ = [
    "AffiliationViewSetGroup",
    "ApplicationViewSet",
    "ApproveApplicationsBulkAction",
    "OrganisationViewSet",
    "SignatureViewSet",
]
