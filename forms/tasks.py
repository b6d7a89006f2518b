"""Background tasks (django-tasks, the framework Wagtail 8 uses).

They are enqueued with `transaction.on_commit`, so they only ever see an
application that is already stored; whatever they fail to send stays
marked as unsent for `send_pending_affiliation_emails`.
"""

import logging

from django.utils import timezone

from wagtail.models import Locale

from django_tasks import task

from agreements.models import AgreementPage
from forms import emails
from forms.forms import make_invitation_token
from forms.models import Application, ApplicationPage, Signature

logger = logging.getLogger(__name__)


def load_application(application_id):
    return (
        Application.objects.select_related("agreement")
        .prefetch_related("agreement__contacts__contact_point")
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
    signature = Signature.objects.select_related("organisation", "agreement").get(pk=signature_id)
    return deliver_resign_invitation(signature, agreement_id)


def deliver_resign_invitation(signature, agreement_id):
    """Send one invitation now and mark the old signature as invited; True when sent."""
    agreement = AgreementPage.objects.filter(pk=agreement_id).first()
    page = ApplicationPage.for_agreement(agreement) if agreement else None
    contact = Application.latest_with_contact(signature.organisation)
    if page is None or contact is None:
        return False
    language_page = page
    try:
        locale = Locale.objects.get(language_code=contact.language)
        language_page = page.get_translation_or_none(locale) or page
        if not language_page.live:
            language_page = page
    except Locale.DoesNotExist:
        pass
    token = make_invitation_token(signature.organisation, agreement)
    link = f"{language_page.full_url}?invitation={token}"
    if not emails.send_invitation(signature, agreement, page, contact, link):
        return False
    Signature.objects.filter(pk=signature.pk).update(resign_invited_at=timezone.now())
    logger.info("Invited signature %s to sign agreement %s.", signature.pk, agreement.pk)
    return True
