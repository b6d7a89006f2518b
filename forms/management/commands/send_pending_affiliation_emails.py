"""Send the affiliation e-mails that an outage held back.

Run it periodically (e.g. every 15 minutes from cron or a systemd timer):

    python manage.py send_pending_affiliation_emails

An application is always stored before its e-mails are attempted; when
sending fails the `*_sent_at` field stays empty, and this command sends
what is still unsent: confirmations, notifications to the liaison office and
decisions. It is safe to run at any time: what was sent is not sent again.
"""

from django.db.models import Q

from forms import emails
from forms.management.pending_emails import PendingEmailsCommand
from forms.models import DECISION_STATUSES, Application


class Command(PendingEmailsCommand):
    help = "Send affiliation e-mails that could not be sent before (run periodically)."
    kinds = ("confirmation", "notification", "decision")

    def pending(self):
        return (
            Application.objects.filter(personal_data_removed_at__isnull=True)
            .filter(
                Q(confirmation_sent_at__isnull=True)
                | Q(notification_sent_at__isnull=True)
                | Q(decision_sent_at__isnull=True, status__in=DECISION_STATUSES)
            )
            .select_related("agreement")
            .prefetch_related("agreement__contacts__contact_point")
            .order_by("submitted_at")
        )

    def due(self, application):
        if application.confirmation_sent_at is None:
            yield "confirmation", emails.send_confirmation
        if application.notification_sent_at is None:
            yield "notification", emails.send_notification
        if application.decision_sent_at is None and application.status in DECISION_STATUSES:
            yield "decision", emails.send_decision
