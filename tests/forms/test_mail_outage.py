"""With the mail server down, applications are stored and their e-mails go out when it returns.

Production settings: the database task backend and its worker, SMTP to a
port where nothing listens; `send_pending_affiliation_emails` (every 15
minutes in production) sends what failed once the server is back.
"""

from django.core import mail
from django.core.management import call_command

from django_tasks_db.models import DBTaskResult

from forms.models import Application


def test_applications_survive_a_mail_outage(
    database_tasks, smtp_down, run_worker, settings, application_page, submit
):
    for number in ("802999-0010", "802999-0028"):
        response = submit(application_page, organisation_number=number)
        assert response.status_code == 303
    assert Application.objects.count() == 2
    assert DBTaskResult.objects.filter(task_path__endswith="send_application_emails").count() == 2

    run_worker()
    assert mail.outbox == []
    assert not Application.objects.filter(confirmation_sent_at__isnull=False).exists()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_affiliation_emails", verbosity=0)
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted(
        ["karin.kontaktsson@person.example"] * 2 + ["foreningsstod@kommun.example"] * 2
    )
    assert not Application.objects.filter(confirmation_sent_at__isnull=True).exists()
    assert not Application.objects.filter(notification_sent_at__isnull=True).exists()
