"""A consultation on a draft agreement version, the answers to it and its frozen report."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail_localize.fields import SynchronizedField

from simple_history.models import HistoricalRecords

from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel
from forms.models import OrganisationType
from home.i18n import LocalizedPageMixin

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]
REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


class Audience(models.TextChoices):
    SIGNATORIES = "signatories", _("Signatories of the current version")
    ORGANISATIONS = "organisations", _("Any organisation")
    ANYONE = "anyone", _("Anyone, organisations and private persons")


class ConsultationStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Not yet open")
    OPEN = "open", _("Open for answers")
    CLOSED = "closed", _("Closed")


class ConsultationPage(LocalizedPageMixin, EditorialPageMixin, RoutablePageMixin, Page):
    """A consultation (*remiss*, dialogue round) on a draft version of the agreement.

    Sits under the agreement index, beside the versions, and points at the
    draft `AgreementPage` rather than sitting below it: the draft is not
    live, and a live page under it would get a breadcrumb and an address
    through an unpublished page; the consultation and its report also
    outlive the draft becoming the adopted version. Being a page, it is
    opened and closed through the editorial workflow like any publication:
    publishing it opens it (on `opens_on`), and its status follows from its
    published dates. The draft's text is shown read-only from its latest
    revisions, marked as a proposal (see `consultations.proposal`).
    """

    draft = models.ForeignKey(
        "agreements.AgreementPage",
        verbose_name=_("draft agreement version"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
        help_text=_("The new version, not yet published, that is put out for consultation."),
    )
    opens_on = models.DateField(_("open from"))
    closes_on = models.DateField(_("open until"), help_text=_("Answers are taken until this day."))
    audience = models.CharField(
        _("who may answer"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.ORGANISATIONS,
    )
    intro = RichTextField(
        _("introduction"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What is proposed, why, and what happens with the answers."),
    )

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("draft"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
                FieldPanel("audience"),
            ],
            heading=_("Period and respondents"),
        ),
        FieldPanel("intro"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        # The draft is usually not translated: every language points at the Swedish one.
        SynchronizedField("draft", overridable=False),
        SynchronizedField("opens_on", overridable=False),
        SynchronizedField("closes_on", overridable=False),
        SynchronizedField("audience", overridable=False),
    ]

    parent_page_types = ["agreements.AgreementIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def clean(self):
        super().clean()
        errors = {}
        if self.draft_id is None:
            errors["draft"] = _("Choose the draft version that is put out for consultation.")
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            errors["closes_on"] = _("The consultation must close on or after the day it opens.")
        if errors:
            raise ValidationError(errors)

    # -- status -------------------------------------------------------------

    def status_on(self, today):
        if today < self.opens_on:
            return ConsultationStatus.UPCOMING
        if today > self.closes_on:
            return ConsultationStatus.CLOSED
        return ConsultationStatus.OPEN

    @property
    def status(self):
        return self.status_on(timezone.localdate())

    @property
    def accepts_answers(self):
        return self.live and self.status == ConsultationStatus.OPEN

    def in_default_language(self):
        """The Swedish consultation: answers from every language are stored against it."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        try:
            return self.get_translation(Locale.get_default())
        except (Page.DoesNotExist, Locale.DoesNotExist):
            return self

    # -- views --------------------------------------------------------------
    #
    # The views build on the forms and the report, which build on these
    # models: named by their paths, never imported here.

    @path("")
    def consultation_view(self, request):
        return import_string("consultations.views.consultation_page")(self, request)

    @path("samradsredogorelse/", name="report")
    def report_view(self, request):
        return import_string("consultations.views.report_page")(self, request)


class TargetKind(models.TextChoices):
    WHOLE = "whole", _("The whole draft")
    PRINCIPLE = "principle", _("A principle")
    COMMITMENT = "commitment", _("A commitment")


class RespondentKind(models.TextChoices):
    ORGANISATION = "organisation", _("An organisation")
    PRIVATE = "private", _("A private person")


class CommentStatus(models.TextChoices):
    RECEIVED = "received", _("Waiting for moderation")
    PUBLISHED = "published", _("Published")
    HIDDEN = "hidden", _("Hidden")


class Handling(models.TextChoices):
    ACCEPTED = "accepted", _("Accepted")
    PARTLY = "partly", _("Partly accepted")
    NOT_ACCEPTED = "not_accepted", _("Not accepted")


# The respondent's personal data: shown to moderators only, removed by
# `purge_consultation_personal_data` some months after the consultation closes.
RESPONDENT_PERSONAL_FIELDS = ["contact_name", "contact_email", "contact_phone"]


def new_reference():
    """A short reference such as S-2026-7K3M9Q: easy to quote, impossible to guess or count."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
    return f"S-{timezone.localdate().year}-{code}"


class ConsultationComment(models.Model):
    """One answer to a consultation: on the whole draft, a principle or a commitment.

    A plain model, not a page: it holds personal data that must never reach a
    public page or a page revision. Answers from every language version point
    at the Swedish consultation. What it is about is kept by translation key
    (the same in every language and revision of the draft) with the heading
    or text as it read when the answer was given. Every change is kept by
    django-simple-history.
    """

    consultation = models.ForeignKey(
        ConsultationPage,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    reference = models.CharField(
        _("reference"), max_length=20, unique=True, default=new_reference, editable=False
    )
    submission_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    target_kind = models.CharField(
        _("about"), max_length=20, choices=TargetKind.choices, default=TargetKind.WHOLE
    )
    target_key = models.UUIDField(_("principle or commitment"), null=True, blank=True)
    principle_key = models.UUIDField(null=True, blank=True, editable=False)
    target_label = models.CharField(_("about (as it read)"), max_length=300, blank=True)

    respondent_kind = models.CharField(
        _("answered as"),
        max_length=20,
        choices=RespondentKind.choices,
        default=RespondentKind.ORGANISATION,
    )
    organisation = models.ForeignKey(
        "forms.Organisation",
        verbose_name=_("signatory organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation_type = models.CharField(
        _("type of organisation"), max_length=30, choices=OrganisationType.choices, blank=True
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mail"), max_length=254, blank=True)
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    comment = models.TextField(_("comment"), max_length=5000)
    proposed_wording = models.TextField(_("proposed wording"), max_length=3000, blank=True)
    language = models.CharField(
        _("language for e-mails"), max_length=10, choices=settings.LANGUAGES, default="sv"
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)

    status = models.CharField(
        _("moderation"),
        max_length=20,
        choices=CommentStatus.choices,
        default=CommentStatus.RECEIVED,
        db_index=True,
    )
    hidden_reason = models.TextField(
        _("reason for hiding"),
        blank=True,
        help_text=_("Required when hiding: shown to staff only."),
    )
    handling = models.CharField(
        _("handling"), max_length=20, choices=Handling.choices, blank=True, db_index=True
    )
    handling_reason = models.TextField(
        _("reason for the handling"),
        blank=True,
        help_text=_("Published with the answer and in the consultation report."),
    )
    receipt_sent_at = models.DateTimeField(_("receipt sent"), null=True, blank=True)
    personal_data_removed_at = models.DateTimeField(
        _("personal data removed"), null=True, blank=True
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("consultation answer")
        verbose_name_plural = _("consultation answers")
        ordering = ["created_at", "pk"]
        permissions = [
            (
                "moderate_comment",
                "Can moderate and handle consultation answers and see respondents' contact details",
            )
        ]

    def __str__(self):
        return self.reference

    @property
    def public_name(self):
        """What the public page shows: the organisation's name, never a private person's."""
        if self.respondent_kind == RespondentKind.ORGANISATION and self.organisation_name:
            return self.organisation_name
        return None

    def clean(self):
        errors = {}
        if self.status == CommentStatus.HIDDEN and not self.hidden_reason.strip():
            errors["hidden_reason"] = _("Give the reason for hiding the answer.")
        if self.handling and not self.handling_reason.strip():
            errors["handling_reason"] = _("Give the reason for the handling.")
        if errors:
            raise ValidationError(errors)


class ConsultationInvitation(models.Model):
    """That a signatory was invited to a consultation: each is invited once."""

    consultation = models.ForeignKey(
        ConsultationPage, on_delete=models.CASCADE, related_name="invitations"
    )
    organisation = models.ForeignKey(
        "forms.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "organisation"], name="consultations_invite_once"
            )
        ]

    def __str__(self):
        return self.reference

    @property
    def reference(self):
        """How logs name it: by number, never by the organisation's address."""
        return f"I-{self.pk}"


class FrozenReport(models.Model):
    """The consultation report as it stood when the new version was adopted.

    A stored snapshot (`consultations.report.build_report` as JSON), so that
    later moderation cannot change what the council adopted the version on.
    """

    consultation = models.OneToOneField(
        ConsultationPage, on_delete=models.CASCADE, related_name="frozen_report"
    )
    frozen_at = models.DateTimeField(default=timezone.now)
    snapshot = models.JSONField()

    class Meta:
        verbose_name = _("frozen consultation report")

    def __str__(self):
        return f"{self.consultation_id} {self.frozen_at:%Y-%m-%d}"
