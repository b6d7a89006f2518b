"""Background tasks of the events (django-tasks, like forms/tasks.py).

Enqueued with `transaction.on_commit`, so they only see a registration that
is stored. Delivery goes through `forms.emails` (rendering in the
recipient's language, logging without personal data). When the mail server
fails, the `*_sent_at` field stays empty and `send_pending_registration_emails`
(every 15 minutes) sends the e-mail later, until the event ends.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils import translation

from django_tasks import task

from agreements.calendar import event_calendar
from forms import emails
from forms.models import Registration, RegistrationStatus

logger = logging.getLogger(__name__)

EMAILS = {
    # kind: (template, field recording that it was sent)
    "confirmation": ("forms/emails/registration_confirmation", "confirmation_sent_at"),
    "promotion": ("forms/emails/registration_promoted", "promotion_sent_at"),
}
RETRY = "send_pending_registration_emails will try again"

# The e-mails still due, as `due` decides, for the database to select: the
# confirmation until the registrant moves up from the waiting list, then the
# promotion e-mail, which says all a late confirmation would (the place, the
# calendar file, the cancel link).
UNSENT = Q(promoted_at__isnull=True, confirmation_sent_at__isnull=True) | Q(
    promoted_at__isnull=False, promotion_sent_at__isnull=True
)


def due(registration):
    """The kinds of e-mail `registration` still needs (none once cancelled or purged)."""
    if registration.status == RegistrationStatus.CANCELLED or registration.personal_data_removed_at:
        return []
    if registration.promoted_at is None:
        return [] if registration.confirmation_sent_at else ["confirmation"]
    return [] if registration.promotion_sent_at else ["promotion"]


def mailable(kind):
    """The rows that may be claimed for sending a `kind` e-mail (see `forms.emails.claim`)."""
    rows = Registration.objects.mailable()
    if kind == "confirmation":
        rows = rows.filter(promoted_at__isnull=True)
    return rows


def send_to_registrant(registration, template):
    """Render `template` in the registrant's language and send it, with the event as .ics.

    Raises whatever the mail system raises; the callers decide what a failure means.
    """
    language = registration.language or settings.LANGUAGE_CODE
    event = registration.event.in_language(language)
    url = event.full_url
    waiting = registration.status == RegistrationStatus.WAITING
    context = {
        "event": event,
        "event_url": url,
        "cancel_url": f"{url}cancel/{registration.cancel_token}/",
        "waiting": waiting,
        "contact_email": emails.contact_point_email(event.get_parent().get_parent().specific),
        **emails.site_context(event),
    }
    attachments = None  # no place yet: nothing to put in the calendar
    if not waiting:
        with translation.override(language):
            ics = event_calendar(event, url)
        attachments = [("event.ics", ics, "text/calendar; charset=utf-8; method=PUBLISH")]
    emails.send(
        template,
        context,
        language,
        [registration.email],
        reply_to=[context["contact_email"]] if context["contact_email"] else None,
        attachments=attachments,
    )


def send_registration(registration, kind):
    """One e-mail about `registration`, in its language, with the event as .ics; True if sent."""
    template, field = EMAILS[kind]
    if kind not in due(registration):
        return False
    return emails.deliver(
        kind,
        registration,
        field,
        lambda: send_to_registrant(registration, template),
        what="event registration",
        retry=RETRY,
        claim_from=mailable(kind),
    )


# At most one "you are already registered" e-mail per registration this often,
# however many times someone submits the address.
REMINDER_INTERVAL = 3600


def send_reminder(registration):
    """Tell a registrant that their address was registered again; True if sent.

    The public form answers a second registration of an address exactly as
    it answers a new one (nobody can find out there who registered); the
    person behind the address learns it here, with their place or waiting
    status and the cancel link. Nothing is recorded and nothing is retried:
    their registration and its confirmation stand as they were.
    """
    if registration.status == RegistrationStatus.CANCELLED or registration.personal_data_removed_at:
        return False
    if not cache.add(
        f"agreements:registration-reminder:{registration.pk}", True, REMINDER_INTERVAL
    ):
        return False
    try:
        send_to_registrant(registration, "forms/emails/registration_reminder")
    except Exception as exc:  # any failure of the mail system must be survivable
        logger.warning(
            "Could not send the reminder e-mail for event registration %s (%s).",
            registration.reference,
            type(exc).__name__,
        )
        return False
    logger.info("Sent the reminder e-mail for event registration %s.", registration.reference)
    return True


@task()
def send_registration_email(registration_id, kind):
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None:
        return False
    if kind == "reminder":
        return send_reminder(registration)
    return send_registration(registration, kind)
