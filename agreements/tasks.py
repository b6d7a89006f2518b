"""Background tasks of the events (django-tasks, like forms/tasks.py).

Enqueued with `transaction.on_commit`, so they only see a registration that
is stored. Delivery goes through `forms.emails` (rendering in the
recipient's language, logging without personal data). When the mail server
fails, the `*_sent_at` field stays empty and `send_pending_registration_emails`
(every 15 minutes) sends the e-mail later, until the event ends.
"""

from django.conf import settings
from django.db.models import Q
from django.utils import translation

from django_tasks import task

from agreements.calendar import event_calendar
from agreements.models import Registration, RegistrationStatus
from forms import emails

EMAILS = {
    # kind: (template, field recording that it was sent)
    "confirmation": ("agreements/emails/registration_confirmation", "confirmation_sent_at"),
    "promotion": ("agreements/emails/registration_promoted", "promotion_sent_at"),
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


def send_registration(registration, kind):
    """One e-mail about `registration`, in its language, with the event as .ics; True if sent."""
    from agreements.registrations import event_in_language

    template, field = EMAILS[kind]
    if kind not in due(registration):
        return False
    language = registration.language or settings.LANGUAGE_CODE
    event = event_in_language(registration.event, language)
    url = event.full_url
    context = {
        "event": event,
        "event_url": url,
        "cancel_url": f"{url}cancel/{registration.cancel_token}/",
        "waiting": registration.status == RegistrationStatus.WAITING,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "contact_email": emails.contact_point_email(event.get_parent().get_parent().specific),
    }

    def compose():
        with translation.override(language):
            ics = event_calendar(event, url)
        attachments = [("event.ics", ics, "text/calendar; charset=utf-8; method=PUBLISH")]
        if registration.status == RegistrationStatus.WAITING:
            attachments = None  # no place yet: nothing to put in the calendar
        emails.send(
            template,
            context,
            language,
            [registration.email],
            reply_to=[context["contact_email"]] if context["contact_email"] else None,
            attachments=attachments,
        )

    return emails.deliver(
        kind,
        registration,
        field,
        compose,
        what="event registration",
        retry=RETRY,
        claim_from=mailable(kind),
    )


@task()
def send_registration_email(registration_id, kind):
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    return bool(registration and send_registration(registration, kind))
