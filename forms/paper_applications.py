"""Applications that came on paper or by e-mail, registered by an affiliation reviewer.

Once registered they are ordinary applications: the same statuses, the
same confirmation and notification e-mails, the same review, register and
history as those sent through the online form. The scanned form is kept in
private storage (`forms.storage`) and handed out only through
`ScannedFormView`, to reviewers.
"""

import mimetypes
import uuid
from functools import partial

from django import forms as django_forms
from django.conf import settings
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View

from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import AdminDateInput

from agreements.models import AgreementPage
from editorial.municipalities import home_pages, pages_of, sites_of, within_pages
from forms import tasks
from forms.models import Application, Channel, MustJoinBody
from forms.models.applications import APPLICANT_FIELDS
from forms.validators import validate_organisation_number
from operations.documents import content_matches_extension

SCAN_EXTENSIONS = {"pdf", "png", "jpg", "jpeg"}
SCAN_SIGNATURES = {"png": b"\x89PNG\r\n\x1a\n", "jpg": b"\xff\xd8\xff", "jpeg": b"\xff\xd8\xff"}
SCAN_MAX_BYTES = 20 * 1024 * 1024

# What a reviewer types from the paper: the applicant's fields (the applicant's own
# ticks included, as the paper shows them), then how the application arrived.
PAPER_FIELDS = [
    "agreement",
    "channel",
    "received_on",
    "received_at",
    "scanned_form",
    *APPLICANT_FIELDS,
    "must_join_body",
    "internal_note",
]


def scan_matches(head, extension):
    """Whether the first bytes of an uploaded scan fit its extension (PDF, PNG, JPEG)."""
    if extension in SCAN_SIGNATURES:
        return head.startswith(SCAN_SIGNATURES[extension])
    return content_matches_extension(head, extension)


class PaperApplicationForm(django_forms.ModelForm):
    """A paper or e-mail application as a reviewer registers it; every error next to its field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Versions in the default language: what applications point at.
        self.fields["agreement"].queryset = AgreementPage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).order_by(*AgreementPage.NEWEST_FIRST)
        self.fields["agreement"].required = True
        self.fields["agreement"].error_messages["required"] = _(
            "Choose the agreement the application is for."
        )
        self.fields["channel"].choices = [
            (value, label) for value, label in Channel.choices if value != Channel.ONLINE
        ]
        self.fields["channel"].initial = Channel.PAPER
        self.fields["received_on"].required = True
        self.fields["received_on"].error_messages["required"] = _(
            "Enter the date the application was received."
        )
        self.fields["must_join_body"].queryset = MustJoinBody.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        )
        self.fields["language"] = django_forms.ChoiceField(
            label=_("Language for replies"),
            choices=settings.LANGUAGES,
            initial=settings.LANGUAGE_CODE,
        )
        self.fields["contact_email"].help_text = _(
            "Empty if the application gives none: then nothing is sent by e-mail, and "
            "the receipt and the decision go by post."
        )
        self.fields["organisation_number"] = django_forms.CharField(
            label=_("Organisation number"),
            required=False,
            max_length=20,
            help_text=_("Ten digits, e.g. 802999-0010. Empty if the organisation has none."),
        )

    def clean_organisation_number(self):
        value = self.cleaned_data.get("organisation_number", "")
        return validate_organisation_number(value) if value else ""

    def clean_received_on(self):
        value = self.cleaned_data.get("received_on")
        if value and value > timezone.localdate():
            raise django_forms.ValidationError(
                _("The date received cannot be in the future."), code="future"
            )
        return value

    def clean_decision_date(self):
        value = self.cleaned_data.get("decision_date")
        if value and value > timezone.localdate():
            raise django_forms.ValidationError(
                _("The date of the decision cannot be in the future."), code="future"
            )
        return value

    def clean_scanned_form(self):
        upload = self.cleaned_data.get("scanned_form")
        if not upload or not hasattr(upload, "content_type"):
            return upload
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if extension not in SCAN_EXTENSIONS:
            raise django_forms.ValidationError(
                _("Upload the scan as a PDF, PNG or JPEG file."), code="file_type"
            )
        if upload.size > SCAN_MAX_BYTES:
            raise django_forms.ValidationError(
                _("The scan is too large: at most 20 MB."), code="file_size"
            )
        upload.seek(0)
        head = upload.read(2048)
        upload.seek(0)
        if not scan_matches(head, extension):
            raise django_forms.ValidationError(
                _("The content of this file does not match its type (.%(extension)s)."),
                code="file_type_mismatch",
                params={"extension": extension},
            )
        return upload

    class Meta:
        model = Application
        fields = PAPER_FIELDS
        widgets = {
            "received_on": AdminDateInput,
            "decision_date": AdminDateInput,
            "channel": django_forms.RadioSelect,
        }


def narrowed_to_municipality(form, user):
    """`form`'s agreements and must-join bodies kept to `user`'s municipalities.

    A reviewer of one municipality neither sees another's agreements in the
    list nor can file an application under one (a posted id outside the
    list is refused as an invalid choice, next to the field).
    """
    if "agreement" in form.fields:
        form.fields["agreement"].queryset = pages_of(form.fields["agreement"].queryset, user)
    if "must_join_body" in form.fields and not user.is_superuser:
        sites = sites_of(user)
        if sites.exists():
            form.fields["must_join_body"].queryset = form.fields["must_join_body"].queryset.filter(
                within_pages("page", home_pages(sites))
            )
    return form


class PaperApplicationCreateView(generic.CreateView):
    """Register a paper or e-mail application; it then waits for review like any other."""

    def get_form(self, *args, **kwargs):
        return narrowed_to_municipality(super().get_form(*args, **kwargs), self.request.user)

    def get_page_title(self):
        return _("Register a paper or e-mail application")

    def save_instance(self):
        application = self.form.save(commit=False)
        application.submission_token = uuid.uuid4()
        application._history_user = self.request.user
        application._change_reason = str(
            _("Registered from %(channel)s") % {"channel": application.get_channel_display()}
        )
        application.save()
        transaction.on_commit(partial(tasks.send_application_emails.enqueue, application.pk))
        return application

    def get_success_message(self, instance):
        return _("Application %(reference)s registered: it waits for review.") % {
            "reference": instance.reference
        }


class ApplicationEditView(generic.EditView):
    """Correcting an application: its must-join body chosen among its municipality's only."""

    def get_form(self, *args, **kwargs):
        return narrowed_to_municipality(super().get_form(*args, **kwargs), self.request.user)


class ScannedFormView(PermissionCheckedMixin, View):
    """The scanned paper application, to reviewers only, as a download never cached."""

    permission_required = "view"
    model = Application

    def get(self, request, pk):
        application = get_object_or_404(Application, pk=pk)
        if not application.scanned_form:
            raise Http404
        try:
            handle = application.scanned_form.open("rb")
        except FileNotFoundError as exc:
            raise Http404 from exc
        name = application.scanned_form.name.rsplit("/", 1)[-1]
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=name,
            content_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response
