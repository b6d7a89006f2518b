"""Send the consultation e-mails an outage held back: receipts and invitations.

    python manage.py send_pending_consultation_emails

Run it periodically (e.g. every ten minutes) beside send_pending_affiliation_emails.
"""

from consultations import emails
from consultations.models import ConsultationComment, ConsultationInvitation
from forms.management.pending_emails import PendingEmailsCommand


class Command(PendingEmailsCommand):
    help = "Send consultation receipts and invitations that could not be sent before."
    kinds = ("receipt", "invitation")

    def pending(self):
        yield from (
            ConsultationComment.objects.filter(
                receipt_sent_at__isnull=True, personal_data_removed_at__isnull=True
            )
            .exclude(contact_email="")
            .select_related("consultation")
        )
        yield from ConsultationInvitation.objects.filter(sent_at__isnull=True).select_related(
            "consultation", "organisation"
        )

    def due(self, obj):
        if isinstance(obj, ConsultationComment):
            return [("receipt", emails.send_receipt)]
        return [("invitation", emails.send_invitation)]
