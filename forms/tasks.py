"""Background tasks (django-tasks, the framework Wagtail 8 uses).

They are enqueued with `transaction.on_commit`, so they only ever see an
application that is already stored; whatever they fail to send stays
marked as unsent for `send_pending_affiliation_emails`.
"""

from django_tasks import task

from forms import emails
from forms.models import Application, Signature


def load_application(application_id):
    return (
        Application.objects.select_related("agreement", "agreement__contact")
        .filter(pk=application_id)
        .first()
    )


@task()
def send_application_emails(application_id):
    """The applicant's confirmation and the liaison office's notification of a new application."""
    application = load_application(application_id)
    if application is None:
        return {"confirmation": False, "notification": False}
    return {
        "confirmation": emails.send_confirmation(application),
        "notification": emails.send_notification(application),
    }


@task()
def send_decision_email(application_id):
    """The decision (approved, rejected, needs completion, withdrawn) to the applicant."""
    application = load_application(application_id)
    return bool(application and emails.send_decision(application))


@task()
def send_resign_invitation(signature_id, agreement_id):
    """Invite one signatory of the previous version to sign the new one."""
    from forms.services import deliver_resign_invitation

    signature = Signature.objects.select_related("organisation", "agreement").get(pk=signature_id)
    return deliver_resign_invitation(signature, agreement_id)
