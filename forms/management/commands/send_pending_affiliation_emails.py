"""Send the affiliation e-mails that an outage held back.

Run it periodically (e.g. every 15 minutes from cron or a systemd timer):

    python manage.py send_pending_affiliation_emails

An application is always stored before its e-mails are attempted; when
sending fails the `*_sent_at` field stays empty, and this command sends
what is still unsent: confirmations, notifications to the liaison office and
decisions. It is safe to run at any time: what was sent is not sent again.
"""

from django.core.management.base import BaseCommand
from django.db.models import Q

from forms import emails
from forms.models import DECISION_STATUSES, Application


class Command(BaseCommand):
    help = "Send affiliation e-mails that could not be sent before (run periodically)."

    def handle(self, *args, **options):
        pending = (
            Application.objects.filter(personal_data_removed_at__isnull=True)
            .filter(
                Q(confirmation_sent_at__isnull=True)
                | Q(notification_sent_at__isnull=True)
                | Q(decision_sent_at__isnull=True, status__in=DECISION_STATUSES)
            )
            .select_related("agreement", "agreement__contact")
            .order_by("submitted_at")
        )
        counts = {"confirmation": 0, "notification": 0, "decision": 0, "failed": 0}
        for application in pending:
            for kind, needed, send in [
                (
                    "confirmation",
                    application.confirmation_sent_at is None,
                    emails.send_confirmation,
                ),
                (
                    "notification",
                    application.notification_sent_at is None,
                    emails.send_notification,
                ),
                (
                    "decision",
                    application.decision_sent_at is None
                    and application.status in DECISION_STATUSES,
                    emails.send_decision,
                ),
            ]:
                if not needed:
                    continue
                if send(application):
                    counts[kind] += 1
                else:
                    counts["failed"] += 1
        self.stdout.write(
            "Sent {confirmation} confirmation(s), {notification} notification(s), "
            "{decision} decision(s); {failed} could not be sent.".format(**counts)
        )
