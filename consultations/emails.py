"""The e-mails of the consultation: the receipt to a respondent, the invitation to a signatory.

Plain text in the recipient's language, sent through the affiliation
feature's delivery (forms/emails.py): a failure is logged without personal
data and the `*_sent_at` field stays empty, so that
`send_pending_consultation_emails` sends it later.
"""

import logging

from django.conf import settings

from wagtail.models import Locale

from forms import emails as mail
from forms.models import Application

logger = logging.getLogger(__name__)

RETRY = "send_pending_consultation_emails will try again"


def page_in_language(page, language_code):
    """The live consultation page in `language_code`, else the Swedish one."""
    locale = Locale.objects.filter(language_code=language_code).first()
    translated = page.get_translation_or_none(locale) if locale else None
    return translated if translated is not None and translated.live else page


def contact_email(consultation):
    draft = consultation.draft
    current = draft.replaces if draft is not None else None
    return mail.contact_point_email(current or draft)


def base_context(consultation, language_code):
    page = page_in_language(consultation, language_code)
    return {
        "consultation": page,
        "consultation_url": page.full_url or "",
        "site_name": settings.WAGTAIL_SITE_NAME,
        "contact_email": contact_email(consultation),
    }


def send_receipt(comment):
    """The receipt to the respondent, in the language they answered in."""
    if comment.receipt_sent_at or not comment.contact_email or comment.personal_data_removed_at:
        return False
    consultation = comment.consultation

    def compose():
        reply = contact_email(consultation)
        mail.send(
            "consultations/emails/receipt",
            {**base_context(consultation, comment.language), "comment": comment},
            comment.language,
            [comment.contact_email],
            reply_to=[reply] if reply else None,
        )

    return mail.deliver(
        "receipt", comment, "receipt_sent_at", compose, what="consultation answer", retry=RETRY
    )


def send_invitation(invitation):
    """Invite one signatory of the version in force, in the language of its latest application."""
    if invitation.sent_at:
        return False
    contact = Application.latest_with_contact(invitation.organisation)
    if contact is None:
        logger.info("No contact address for the invitation %s; not sent.", invitation.pk)
        return False
    consultation = invitation.consultation

    def compose():
        mail.send(
            "consultations/emails/invitation",
            {
                **base_context(consultation, contact.language),
                "organisation": invitation.organisation,
            },
            contact.language,
            [contact.contact_email],
        )

    return mail.deliver(
        "invitation", invitation, "sent_at", compose, what="consultation invitation", retry=RETRY
    )
