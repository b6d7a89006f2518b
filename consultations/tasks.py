"""Background tasks (django-tasks), enqueued after commit: the receipt and the invitations."""

from django_tasks import task

from consultations import emails
from consultations.models import ConsultationComment, ConsultationInvitation


@task()
def send_receipt(comment_id):
    comment = (
        ConsultationComment.objects.select_related("consultation").filter(pk=comment_id).first()
    )
    return bool(comment and emails.send_receipt(comment))


@task()
def send_invitation(invitation_id):
    invitation = (
        ConsultationInvitation.objects.select_related("consultation", "organisation")
        .filter(pk=invitation_id)
        .first()
    )
    return bool(invitation and emails.send_invitation(invitation))
