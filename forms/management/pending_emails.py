"""The base of the `send_pending_*_emails` commands: send what an outage held back.

Every feature that mails people stores its row first and records each e-mail
in a `*_sent_at` field only once it is sent. A subclass says which rows may
still need an e-mail (`pending`) and which of their e-mails are due (`due`);
this base sends them and prints how many went out. A send function returns
True when it sent and False otherwise (it logs why, without personal data).
"""

from django.core.management.base import BaseCommand


class PendingEmailsCommand(BaseCommand):
    kinds = ()  # the kinds of e-mail, in the order the summary names them

    def pending(self):
        """The rows that may still need an e-mail."""
        raise NotImplementedError

    def due(self, obj):
        """(kind, send) for each e-mail `obj` still needs; `send(obj)` returns True when sent."""
        raise NotImplementedError

    def handle(self, *args, **options):
        counts = dict.fromkeys(self.kinds, 0)
        failed = 0
        for obj in self.pending():
            for kind, send in self.due(obj):
                if send(obj):
                    counts[kind] += 1
                else:
                    failed += 1
        sent = ", ".join(f"{number} {kind}(s)" for kind, number in counts.items())
        self.stdout.write(f"Sent {sent}; {failed} could not be sent.")
