"""What reviewers do to an application, and the invitation to sign a new version.

Each action runs in one transaction, saves the application through the ORM
(so django-simple-history records who did what) and queues the e-mail to
the applicant only once the transaction has committed.
"""

import calendar
import logging
from functools import partial

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from agreements.models import AgreementPage
from forms import tasks
from forms.models import (
    TYPES_SHARING_A_NUMBER,
    Application,
    ApplicationPage,
    ApplicationStatus,
    Organisation,
    Signature,
)

logger = logging.getLogger(__name__)

OPEN_STATUSES = [ApplicationStatus.SUBMITTED, ApplicationStatus.NEEDS_COMPLETION]


class ActionNotAllowed(Exception):
    """The application's status does not allow this action; the message says why."""


def canonical_agreement(agreement):
    """The agreement version in the default language, which signatures and applications point at.

    Translations of a version are the same version: an organisation applying
    on the English page joins the same agreement, and appears in the same
    register, as one applying on the Swedish page.
    """
    if agreement is None:
        return None
    try:
        default = Locale.get_default()
    except Locale.DoesNotExist:
        return agreement
    if agreement.locale_id == default.pk:
        return agreement
    return (
        AgreementPage.objects.filter(
            translation_key=agreement.translation_key, locale=default
        ).first()
        or agreement
    )


def record(application, user, reason):
    """Save with simple-history's user and change reason set."""
    application._history_user = user
    application._change_reason = reason
    application.save()


def queue_decision_email(application):
    transaction.on_commit(partial(tasks.send_decision_email.enqueue, application.pk))


def locked(application):
    return Application.objects.select_for_update().get(pk=application.pk)


def require_status(application, allowed, message):
    if application.status not in allowed:
        raise ActionNotAllowed(message)


# The organisation's public record, as the register and the open data show it.
PUBLIC_RECORD_FIELDS = ["name", "organisation_number", "organisation_type", "website", "listed"]
KEEP, TAKE = "register", "application"


class DecisionNeeded(ActionNotAllowed):
    """The organisation is already in the register with other public details.

    Approving would change the public record; the reviewer must compare and
    choose, field by field, what the register keeps (`differences`).
    """

    def __init__(self, differences):
        self.differences = differences
        super().__init__(
            _(
                "The organisation is already in the register with other details: compare them "
                "and choose what the register shows before approving."
            )
        )


def application_number(application):
    """The organisation number the application gives, None when it cannot identify one."""
    if application.organisation_type in TYPES_SHARING_A_NUMBER:
        return None  # the municipality's number: it would merge every committee into one
    return application.organisation_number or None


def proposed_record(application):
    """The public record as the application describes it."""
    return {
        "name": application.organisation_name,
        "organisation_number": application_number(application),
        "organisation_type": application.organisation_type,
        "website": application.website,
        "listed": application.consents_to_publication,
    }


def existing_organisation(application):
    """The organisation in the register this application is about, or None for a new one."""
    return application.organisation or Organisation.objects.matching(
        name=application.organisation_name,
        organisation_number=application_number(application),
        organisation_type=application.organisation_type,
    )


def public_record_differences(organisation, application):
    """[(field, register's value, application's value)] where approving would change the record.

    An application without a number leaves the register's number alone, so
    that is no difference.
    """
    if organisation is None or organisation.pk is None:
        return []
    proposed = proposed_record(application)
    return [
        (field, getattr(organisation, field), proposed[field])
        for field in PUBLIC_RECORD_FIELDS
        if getattr(organisation, field) != proposed[field]
        and not (field == "organisation_number" and proposed[field] is None)
    ]


def differences_for(application):
    """What approving `application` would change in an existing public record (see above)."""
    return public_record_differences(existing_organisation(application), application)


def field_names(fields):
    with translation.override("en"):
        return ", ".join(str(Organisation._meta.get_field(f).verbose_name) for f in fields)


def find_or_create_organisation(application, user, decisions=None):
    """The register's organisation for an approved application: new, or existing as decided.

    A new organisation takes the application's public details. An existing
    one changes only where the reviewer chose the application's value in
    `decisions` ({field: "register" | "application"}); a difference without
    a decision raises `DecisionNeeded`, so that nothing in the public register
    changes unseen. The decision and the reviewer go into the organisation's
    history.
    """
    proposed = proposed_record(application)
    organisation = existing_organisation(application)
    if organisation is not None:
        # Compared and changed under a lock: an edit in between cannot slip past the decision.
        organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if organisation is None:
        organisation = Organisation(**proposed)
        organisation._change_reason = f"Application {application.reference} approved"
    else:
        differences = public_record_differences(organisation, application)
        decisions = decisions or {}
        undecided = [d for d in differences if decisions.get(d[0]) not in (KEEP, TAKE)]
        if undecided:
            raise DecisionNeeded(differences)
        taken = [field for field, _old, _new in differences if decisions[field] == TAKE]
        kept = [field for field, _old, _new in differences if decisions[field] == KEEP]
        number = proposed["organisation_number"]
        if (
            "organisation_number" in taken
            and Organisation.objects.filter(organisation_number=number)
            .exclude(pk=organisation.pk)
            .exists()
        ):
            raise ActionNotAllowed(
                _(
                    "Another organisation in the register has the application's organisation "
                    "number: keep the register's number."
                )
            )
        for field in taken:
            setattr(organisation, field, proposed[field])
        reason = f"Application {application.reference} approved"
        if taken:
            reason += f"; taken from the application: {field_names(taken)}"
        if kept:
            reason += f"; kept in the register: {field_names(kept)}"
        organisation._change_reason = reason
    organisation._history_user = user
    organisation.save()
    return organisation


def approve(application, user, joined_on=None, decisions=None):
    """Approve: the organisation is created or updated as decided and signs this version.

    `decisions` says, for each public detail in which an existing
    organisation differs from the application, whether the register keeps
    its value or takes the application's (see `find_or_create_organisation`).
    """
    with transaction.atomic():
        application = locked(application)
        require_status(
            application,
            OPEN_STATUSES,
            _("Only an application waiting for a decision can be approved."),
        )
        if application.agreement_id is None:
            raise ActionNotAllowed(_("The agreement of this application no longer exists."))
        organisation = find_or_create_organisation(application, user, decisions)
        joined_on = joined_on or timezone.localdate()
        signature = Signature.objects.filter(
            organisation=organisation, agreement_id=application.agreement_id
        ).first()
        if signature is None:
            signature = Signature(organisation=organisation, agreement_id=application.agreement_id)
        if signature.pk is None or signature.withdrawn_on is not None:
            # New, or joining again after leaving: the history keeps the earlier period.
            signature.joined_on = joined_on
            signature.withdrawn_on = None
        signature.application = application
        signature._history_user = user
        signature._change_reason = f"Application {application.reference} approved"
        signature.save()

        application.organisation = organisation
        application.status = ApplicationStatus.APPROVED
        application.reviewed_by = user
        application.reviewed_at = timezone.now()
        application.decision_message = ""
        application.decision_sent_at = None
        record(application, user, "approved")
        queue_decision_email(application)
    logger.info("Affiliation application %s approved.", application.reference)
    return application


def send_back_decision(application, user, *, status, message, wrong_status, event):
    """Record a decision that goes back to the applicant with a message, and send it."""
    with transaction.atomic():
        application = locked(application)
        require_status(application, OPEN_STATUSES, wrong_status)
        application.status = status
        application.reviewed_by = user
        application.reviewed_at = timezone.now()
        application.decision_message = message.strip()
        application.decision_sent_at = None
        record(application, user, event)
        queue_decision_email(application)
    return application


def reject(application, user, reason):
    """Reject, with the reason the applicant is sent."""
    if not (reason or "").strip():
        raise ActionNotAllowed(_("Give the reason for the rejection."))
    application = send_back_decision(
        application,
        user,
        status=ApplicationStatus.REJECTED,
        message=reason,
        wrong_status=_("Only an application waiting for a decision can be rejected."),
        event="rejected",
    )
    logger.info("Affiliation application %s rejected.", application.reference)
    return application


def ask_for_completion(application, user, message):
    """Ask the applicant to complete the application; they reply by e-mail."""
    if not (message or "").strip():
        raise ActionNotAllowed(_("Say what is missing."))
    application = send_back_decision(
        application,
        user,
        status=ApplicationStatus.NEEDS_COMPLETION,
        message=message,
        wrong_status=_(
            "Only an application waiting for a decision can be sent back for completion."
        ),
        event="completion requested",
    )
    logger.info("Affiliation application %s sent back for completion.", application.reference)
    return application


def withdraw(application, user, withdrawn_on=None, note=""):
    """Record that an organisation has left: off the current list, history kept."""
    withdrawn_on = withdrawn_on or timezone.localdate()
    with transaction.atomic():
        application = locked(application)
        require_status(
            application,
            [ApplicationStatus.APPROVED],
            _("Only an approved application can be withdrawn."),
        )
        signature = Signature.objects.filter(
            organisation_id=application.organisation_id, agreement_id=application.agreement_id
        ).first()
        if signature is not None and signature.withdrawn_on is None:
            signature.withdrawn_on = withdrawn_on
            signature._history_user = user
            signature._change_reason = f"Withdrawal recorded on {application.reference}"
            signature.save()
        application.status = ApplicationStatus.WITHDRAWN
        application.reviewed_by = user
        application.reviewed_at = timezone.now()
        application.decision_message = (note or "").strip()
        application.decision_sent_at = None
        record(application, user, "withdrawn")
        queue_decision_email(application)
    logger.info("Withdrawal recorded for affiliation application %s.", application.reference)
    return application


# -- re-signing a new version ----------------------------------------------------


def invitation_candidates(agreement):
    """Active signatures of the version `agreement` replaces, of organisations yet to sign it."""
    agreement = canonical_agreement(agreement)
    previous = canonical_agreement(agreement.replaces) if agreement.replaces_id else None
    if previous is None:
        return Signature.objects.none()
    already = Signature.objects.filter(agreement=agreement).values("organisation_id")
    return (
        Signature.objects.filter(agreement=previous, withdrawn_on__isnull=True)
        .exclude(organisation_id__in=already)
        .select_related("organisation", "agreement")
        .order_by("organisation__name")
    )


def invite_previous_signatories(agreement, force=False):
    """Queue an invitation to every signatory of the previous version; return the counts.

    Each e-mail carries a signed link to the new version's form that
    pre-fills the organisation's public details; the link holds nothing but
    the signed ids. An organisation already invited is skipped unless
    `force`.
    """
    agreement = canonical_agreement(agreement)
    counts = {"queued": 0, "already_invited": 0, "no_contact": 0}
    if ApplicationPage.for_agreement(agreement) is None:
        raise ActionNotAllowed(
            _("The new version has no published affiliation form to invite organisations to.")
        )
    for signature in invitation_candidates(agreement):
        if signature.resign_invited_at and not force:
            counts["already_invited"] += 1
            continue
        if Application.latest_with_contact(signature.organisation) is None:
            counts["no_contact"] += 1
            continue
        transaction.on_commit(
            partial(tasks.send_resign_invitation.enqueue, signature.pk, agreement.pk)
        )
        counts["queued"] += 1
    return counts


def months_ago(months, now=None):
    """The moment `months` calendar months before `now` (the 31st becomes the month's last day)."""
    now = now or timezone.now()
    month_index = now.year * 12 + now.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    last_day = calendar.monthrange(year, month)[1]
    return now.replace(year=year, month=month, day=min(now.day, last_day))


__all__ = [
    "ActionNotAllowed",
    "DecisionNeeded",
    "approve",
    "ask_for_completion",
    "canonical_agreement",
    "invite_previous_signatories",
    "months_ago",
    "reject",
    "withdraw",
]
