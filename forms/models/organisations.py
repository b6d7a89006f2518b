"""The public record: organisations and their signatures of an agreement version."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from simple_history.models import HistoricalRecords

from forms.validators import format_organisation_number, validate_organisation_number


class OrganisationType(models.TextChoices):
    """The kinds of organisation that join; the order is the order of the form and filters."""

    ASSOCIATION = "association", _("Association")
    FOUNDATION = "foundation", _("Foundation")
    FAITH_COMMUNITY = "faith_community", _("Faith community")
    STUDY_ASSOCIATION = "study_association", _("Study association")
    COOPERATIVE = "cooperative", _("Cooperative")
    SOCIAL_ENTERPRISE = "social_enterprise", _("Social enterprise")
    NETWORK = "network", _("Network")
    MUNICIPAL_BODY = "municipal_body", _("Municipal committee or department")
    MUNICIPAL_COMPANY = "municipal_company", _("Municipal company")
    OTHER = "other", _("Other")


# Committees and departments all carry the municipality's organisation number,
# so the number cannot tell two of them apart: they are matched by name.
TYPES_SHARING_A_NUMBER = {OrganisationType.MUNICIPAL_BODY}


class OrganisationQuerySet(models.QuerySet):
    def matching(self, *, name, organisation_number, organisation_type):
        """The existing organisation an approved application is about, if any.

        Deduplicated by organisation number; organisations without one (informal
        networks, municipal committees) by name and type, ignoring case.
        """
        if organisation_number and organisation_type not in TYPES_SHARING_A_NUMBER:
            return self.filter(organisation_number=organisation_number).first()
        return self.filter(
            organisation_number__isnull=True,
            name__iexact=name.strip(),
            organisation_type=organisation_type,
        ).first()


class Organisation(models.Model):
    """An organisation that has joined at least one version of the agreement.

    The public record: nothing here is personal data. It is created or
    updated when an application is approved, and outlives the applications,
    whose personal data is removed after a while.
    """

    name = models.CharField(_("name"), max_length=200)
    # NULL rather than "" for "no number": only NULLs may repeat under the
    # unique constraint, and informal networks have no number.
    organisation_number = models.CharField(  # noqa: DJ001
        _("organisation number"),
        max_length=10,
        null=True,
        blank=True,
        validators=[validate_organisation_number],
        help_text=_("Ten digits, without the hyphen. Empty for informal networks."),
    )
    organisation_type = models.CharField(
        _("type of organisation"), max_length=30, choices=OrganisationType.choices
    )
    website = models.URLField(_("website"), max_length=300, blank=True)
    listed = models.BooleanField(
        _("listed in the public register"),
        default=True,
        help_text=_("The organisation agreed to have its name published in the register."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords()
    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation_number"],
                condition=Q(organisation_number__isnull=False),
                name="forms_organisation_unique_number",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # "" and None both mean "no number"; only NULL escapes the unique constraint.
        self.organisation_number = self.organisation_number or None
        super().save(*args, **kwargs)

    @property
    def organisation_number_display(self):
        return format_organisation_number(self.organisation_number)


class SignatureQuerySet(models.QuerySet):
    def for_agreement(self, agreement):
        """Signatures of this agreement version, whichever language version of it is given."""
        return self.filter(agreement__translation_key=agreement.translation_key)

    def active(self):
        return self.filter(withdrawn_on__isnull=True)

    def public(self):
        """What the register shows: active signatures of organisations that agreed to be listed."""
        return self.active().filter(organisation__listed=True)


class Signature(models.Model):
    """An organisation's signature of one version of the agreement.

    Each version has its own register, so an organisation that joined the
    2018 agreement signs the 2025 one again. Withdrawal sets `withdrawn_on`:
    the organisation leaves the current list, and the row and its history
    stay.
    """

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="signatures",
    )
    agreement = models.ForeignKey(
        "agreements.AgreementPage",
        verbose_name=_("agreement"),
        on_delete=models.CASCADE,
        related_name="signatures",
    )
    joined_on = models.DateField(_("joined on"))
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)
    application = models.ForeignKey(
        "forms.Application",
        verbose_name=_("application"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    resign_invited_at = models.DateTimeField(
        _("invited to sign the next version"), null=True, blank=True
    )

    history = HistoricalRecords()
    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "agreement"], name="forms_signature_unique_per_version"
            )
        ]

    def __str__(self):
        return f"{self.organisation} – {self.agreement}"

    @property
    def is_active(self):
        return self.withdrawn_on is None
