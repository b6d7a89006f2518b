"""Send the event-registration e-mails that an outage held back.

Run it periodically (e.g. every 15 minutes from cron or a systemd timer):

    python manage.py send_pending_registration_emails

A registration is always stored before its e-mail is attempted; when sending
fails, `confirmation_sent_at` (or `promotion_sent_at`, for a place freed on
the waiting list) stays empty, and this command sends what is still unsent,
in the registrant's language, with the event as a calendar file. A registrant
who has moved up from the waiting list gets the promotion e-mail only (it
says all a late confirmation would).

Skipped: cancelled registrations, registrations whose personal data was
removed, and events that have ended or are not live: there is no point in
confirming a place at an event that is over, or linking to a page nobody
can open. Such e-mails stay unsent.

It is safe to run at any time, and beside the worker: each e-mail is claimed
with a conditional UPDATE of its `*_sent_at` field before it is sent (see
`forms.emails.claim`), so of two processes about to send it only one does,
on SQLite and PostgreSQL alike, and no row stays locked while the mail
server is slow. A failed send clears the field again. The price: a process
killed in the middle of the SMTP conversation leaves that one e-mail marked
as sent; we prefer that to mailing a person twice.
"""

from functools import partial

from django.utils import timezone

from forms import registration_tasks as tasks
from forms.management.pending_emails import PendingEmailsCommand
from forms.models import Registration


class Command(PendingEmailsCommand):
    help = "Send event-registration e-mails that could not be sent before (run periodically)."
    kinds = ("confirmation", "promotion")

    def pending(self):
        return (
            Registration.objects.mailable()
            .filter(tasks.UNSENT, event__end__gt=timezone.now(), event__live=True)
            .select_related("event")
            .order_by("created_at", "pk")
        )

    def due(self, registration):
        for kind in tasks.due(registration):
            yield kind, partial(tasks.send_registration, kind=kind)
