"""What publishing does: a consultation invites signatories; an adopted draft freezes the report."""

import logging
from functools import partial

from django.db import transaction

from consultations.models import ConsultationInvitation, ConsultationPage, ConsultationStatus
from forms.models import Signature

logger = logging.getLogger(__name__)


def invite_on_publish(sender, instance, **kwargs):
    """Invite the signatories of the version in force, when the consultation is published.

    Only the organisations in the public register are invited: they are the
    ones the answer form lists (an organisation that asked not to be listed
    is not named on a public page).
    """
    source = instance.in_default_language()
    if source.pk != instance.pk or source.status == ConsultationStatus.CLOSED:
        return
    draft = source.draft
    current = draft.replaces if draft is not None else None
    if current is None:
        return
    from consultations import tasks

    for signature in (
        Signature.objects.for_agreement(current).public().select_related("organisation")
    ):
        invitation, _created = ConsultationInvitation.objects.get_or_create(
            consultation=source, organisation=signature.organisation
        )
        if invitation.sent_at is None:
            transaction.on_commit(partial(tasks.send_invitation.enqueue, invitation.pk))


def freeze_on_adoption(sender, instance, **kwargs):
    """Publishing the draft is adopting it: freeze the report of each consultation on it."""
    from consultations.report import freeze

    for consultation in ConsultationPage.objects.filter(
        draft__translation_key=instance.translation_key
    ):
        source = consultation.in_default_language()
        _report, created = freeze(source)
        if created:
            logger.info("Froze the report of consultation %s on adoption.", source.pk)
