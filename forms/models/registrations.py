"""Registrations for an event: who comes, with which needs, and the waiting list."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from simple_history.models import HistoricalRecords

# The registrant's personal data: blanked by `purge_event_personal_data` some
# time after the event, never shown on a public page or written to a log.
REGISTRANT_PERSONAL_FIELDS = [
    "name",
    "organisation",
    "email",
    "interpretation_language",
    "accessibility_needs",
    "food_needs",
]


def new_cancel_token():
    """An unguessable token for the cancel link in the confirmation e-mail."""
    return secrets.token_urlsafe(24)


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Has a place")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrationQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waiting(self):
        return self.filter(status=RegistrationStatus.WAITING).order_by("created_at", "pk")

    def mailable(self):
        """The registrations that may still be e-mailed: not cancelled, personal data kept."""
        return self.exclude(status=RegistrationStatus.CANCELLED).filter(
            personal_data_removed_at__isnull=True
        )


class Registration(models.Model):
    """One person's registration for one event (in the event's source language).

    A plain model, not a page: it holds personal data that must never reach a
    public page or a page revision. Registrations from every language version
    of an event point at the same (source-language) event, so the places are
    counted once. Every change is kept by django-simple-history; the personal
    data is removed from the row and its history by `purge_event_personal_data`.
    """

    event = models.ForeignKey(
        "agreements.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
        db_index=True,
    )
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), max_length=254)
    interpretation_language = models.CharField(_("interpretation into"), max_length=100, blank=True)
    accessibility_needs = models.TextField(_("accessibility needs"), max_length=1000, blank=True)
    food_needs = models.CharField(_("food preferences or allergies"), max_length=300, blank=True)
    language = models.CharField(
        _("language for e-mails"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    cancel_token = models.CharField(
        _("cancel token"), max_length=64, unique=True, default=new_cancel_token, editable=False
    )
    created_at = models.DateTimeField(_("registered"), auto_now_add=True, db_index=True)
    promoted_at = models.DateTimeField(_("moved from the waiting list"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    promotion_sent_at = models.DateTimeField(_("place offered by e-mail"), null=True, blank=True)
    personal_data_removed_at = models.DateTimeField(
        _("personal data removed"), null=True, blank=True
    )

    # The tables keep the names they had before registration moved here from `agreements`.
    history = HistoricalRecords(table_name="agreements_historicalregistration")
    objects = RegistrationQuerySet.as_manager()

    class Meta:
        db_table = "agreements_registration"
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        ordering = ["created_at", "pk"]
        permissions = [
            (
                "manage_registration",
                "Can see event registrations and registrants' personal data",
            )
        ]

    def __str__(self):
        # Used in the admin's titles and history: a number, not the person's name.
        return _("Registration %(number)s") % {"number": self.pk}

    @property
    def reference(self):
        """How log lines refer to a registration: never by name or address."""
        return f"R-{self.pk}"
