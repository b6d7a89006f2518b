"""Affiliation applications: what an organisation sends in, and its review."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from simple_history.models import HistoricalRecords

from forms.storage import private_storage
from forms.validators import format_organisation_number, validate_organisation_number

from .organisations import OrganisationType

# Unambiguous on a phone screen and read aloud: no 0/O, 1/I/L.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REFERENCE_PATTERN = r"A-\d{4}-[" + REFERENCE_ALPHABET + r"]{6}"

# The applicant's personal data: blanked by `purge_affiliation_personal_data`,
# never shown on a public page, in an open-data file or in a log line.
PERSONAL_FIELDS = [
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
    "signatory_name",
    "signatory_role",
    "street_address",
    "postal_code",
    "city",
    # The scanned paper form carries names and signatures (`purge_…` also deletes the file).
    "scanned_form",
]


def new_reference():
    """A short reference such as A-2026-7K3M9Q: easy to quote, impossible to guess or count."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
    return f"A-{timezone.localdate().year}-{code}"


class ApplicationStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    NEEDS_COMPLETION = "needs_completion", _("Needs completion")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Channel(models.TextChoices):
    """How an application reached the municipality; staff register the paper and e-mail ones."""

    ONLINE = "online", _("Online form")
    PAPER = "paper", _("Paper form")
    EMAIL = "email", _("E-mail")


# Statuses whose decision the applicant is told about by e-mail.
DECISION_STATUSES = [
    ApplicationStatus.NEEDS_COMPLETION,
    ApplicationStatus.APPROVED,
    ApplicationStatus.REJECTED,
    ApplicationStatus.WITHDRAWN,
]


# The fields an applicant fills in, in the order of the form; the form, the
# admin's detail view and the exports all use this list.
APPLICANT_FIELDS = [
    "organisation_name",
    "organisation_number",
    "no_number_reason",
    "organisation_type",
    "activity",
    "website",
    "street_address",
    "postal_code",
    "city",
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
    "signatory_name",
    "signatory_role",
    "decision_basis",
    "decision_date",
    "confirms_democratic",
    "confirms_values",
    "confirms_extra",
    "consents_to_publication",
    "language",
]


class Application(models.Model):
    """One organisation's application to join one version of the agreement.

    A plain model filled by a code-defined form (not Wagtail's form builder,
    whose field keys wagtail-localize would translate). The row is saved
    before any e-mail is attempted; the `*_sent_at` fields record what went
    out, so `send_pending_affiliation_emails` can send what an outage held
    back. Every change is kept by django-simple-history.
    """

    reference = models.CharField(
        _("reference"), max_length=20, unique=True, default=new_reference, editable=False
    )
    submission_token = models.UUIDField(
        _("submission token"),
        unique=True,
        editable=False,
        help_text=_("Issued with the form; a second submission of the same form is not stored."),
    )
    agreement = models.ForeignKey(
        "agreements.AgreementPage",
        verbose_name=_("agreement"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="affiliation_applications",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.SUBMITTED,
        db_index=True,
    )

    # The organisation (public once approved).
    organisation_name = models.CharField(_("name of the organisation"), max_length=200)
    organisation_number = models.CharField(
        _("organisation number"),
        max_length=10,
        blank=True,
        validators=[validate_organisation_number],
    )
    no_number_reason = models.TextField(
        _("why the organisation has no organisation number"), max_length=500, blank=True
    )
    organisation_type = models.CharField(
        _("type of organisation"), max_length=30, choices=OrganisationType.choices
    )
    website = models.URLField(_("website"), max_length=300, blank=True)
    activity = models.TextField(_("what the organisation does"), max_length=500)
    consents_to_publication = models.BooleanField(
        _("agrees to have its name published in the register"), default=False
    )

    # The organisation's postal address.
    street_address = models.CharField(_("street address or box"), max_length=200)
    postal_code = models.CharField(_("postal code"), max_length=10)
    city = models.CharField(_("city"), max_length=100)

    # People (personal data).
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_role = models.CharField(_("contact person's role"), max_length=100, blank=True)
    # Required in the online form; a paper application may give only a postal address,
    # and then nothing is sent by e-mail (the reviewer answers by post).
    contact_email = models.EmailField(_("contact person's e-mail"), max_length=254, blank=True)
    contact_phone = models.CharField(_("contact person's phone"), max_length=30, blank=True)
    # Asked only where the agreement asks for an authorised signatory.
    signatory_name = models.CharField(_("authorised signatory"), max_length=200, blank=True)
    signatory_role = models.CharField(_("signatory's role"), max_length=100, blank=True)

    # The organisation's decision to join, where the agreement asks for one.
    decision_basis = models.CharField(
        _("decision to join"),
        max_length=300,
        blank=True,
        help_text=_("E.g. a board decision, § 4 of the minutes."),
    )
    decision_date = models.DateField(_("date of the decision"), null=True, blank=True)
    confirms_democratic = models.BooleanField(
        _("confirms the organisation is democratically built"), default=False
    )
    confirms_values = models.BooleanField(
        _("stands behind the values, principles and commitments in full"), default=False
    )
    confirms_extra = models.BooleanField(
        _("confirms the agreement's other condition"), default=False
    )
    extra_confirmation = models.CharField(
        _("other condition confirmed"),
        max_length=300,
        blank=True,
        help_text=_("The sentence the applicant confirmed, as the form showed it then."),
    )
    must_join_body = models.ForeignKey(
        "forms.MustJoinBody",
        verbose_name=_("committee or administration that must join"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
        help_text=_("Which of the agreement's listed committees and administrations applies."),
    )
    language = models.CharField(_("language for replies"), max_length=10)

    # How it arrived: online, or registered by staff from paper or e-mail.
    channel = models.CharField(
        _("received by"), max_length=10, choices=Channel.choices, default=Channel.ONLINE
    )
    received_on = models.DateField(_("date received"), null=True, blank=True)
    received_at = models.CharField(
        _("where it was handed in"),
        max_length=200,
        blank=True,
        help_text=_("E.g. the reception of the town hall, or the e-mail address it was sent to."),
    )
    scanned_form = models.FileField(
        _("scanned application"),
        upload_to="applications/%Y/",
        storage=private_storage,
        blank=True,
        help_text=_(
            "PDF, PNG or JPEG. Kept private: only affiliation reviewers can open it, never the "
            "public."
        ),
    )

    # Review.
    organisation = models.ForeignKey(
        "forms.Organisation",
        verbose_name=_("organisation in the register"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_message = models.TextField(
        _("message to the applicant"),
        max_length=2000,
        blank=True,
        help_text=_("The reason for a rejection, or what is missing."),
    )
    internal_note = models.TextField(_("internal note"), max_length=2000, blank=True)

    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    confirmation_sent_at = models.DateTimeField(
        _("confirmation e-mail sent"), null=True, blank=True
    )
    notification_sent_at = models.DateTimeField(_("liaison office notified"), null=True, blank=True)
    decision_sent_at = models.DateTimeField(_("decision e-mail sent"), null=True, blank=True)
    personal_data_removed_at = models.DateTimeField(
        _("personal data removed"), null=True, blank=True
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("affiliation application")
        verbose_name_plural = _("affiliation applications")
        ordering = ["-submitted_at"]
        permissions = [
            (
                "review_application",
                "Can review affiliation applications and see applicants' personal data",
            )
        ]

    def __str__(self):
        return f"{self.reference} {self.organisation_name}"

    @classmethod
    def latest_with_contact(cls, organisation):
        """The organisation's newest application that still has a contact e-mail."""
        return (
            cls.objects.filter(organisation=organisation)
            .exclude(contact_email="")
            .order_by("-submitted_at")
            .first()
        )

    @property
    def organisation_number_display(self):
        return format_organisation_number(self.organisation_number)

    @property
    def postal_address(self):
        return ", ".join(
            part
            for part in [self.street_address, f"{self.postal_code} {self.city}".strip()]
            if part
        )

    @property
    def is_open(self):
        """Waiting for a decision."""
        return self.status in (ApplicationStatus.SUBMITTED, ApplicationStatus.NEEDS_COMPLETION)
