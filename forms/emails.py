"""The e-mails of the affiliation feature, and their delivery.

Every e-mail is plain text rendered from a template in the recipient's
language. Delivery never raises: a failure is logged with the application's
reference and the exception's class only (an SMTP error message can quote
the recipient's address), and the `*_sent_at` field stays empty so that
`send_pending_affiliation_emails` (or, for event registrations,
`send_pending_registration_emails`) sends it later.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from forms import conf
from forms.models import ApplicationStatus
from home.municipality import for_page
from home.text import clean_text

logger = logging.getLogger(__name__)


def render_email(name, context, language):
    """(subject, body) of `<name>_{subject,body}.txt` in `language`.

    A bare name is looked up in `forms/emails/`; other features pass a path
    such as `forms/emails/registration_confirmed`. The subject is one
    line without invisible or direction-changing characters, whatever a
    quoted name holds (home/text.py): a mail program shows it in a list.
    """
    template = name if "/" in name else f"forms/emails/{name}"
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}_body.txt", context)
    return " ".join(clean_text(subject).split()), body.strip() + "\n"


def send(name, context, language, to, reply_to=None, attachments=None):
    """Render and send one plain-text e-mail; `attachments` are (filename, content, mimetype).

    Sent from the sender of the municipality the e-mail is about
    (`context["from_email"]`), else the installation's.
    """
    subject, body = render_email(name, context, language)
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=context.get("from_email") or settings.DEFAULT_FROM_EMAIL,
        to=to,
        reply_to=reply_to or None,
        attachments=attachments or None,
    )
    message.send(fail_silently=False)


def contact_point_email(agreement):
    """The address that answers applications: see `AgreementPage.application_contact`."""
    contact = getattr(agreement, "application_contact", None)
    return contact.email if contact else ""


def liaison_office_email(application):
    """AFFILIATION_NOTIFY_EMAIL, else the e-mail of the contact that answers applications."""
    return conf.notify_email() or contact_point_email(application.agreement)


def admin_url(application):
    try:
        path = reverse("forms_application:inspect", args=[application.pk])
    except NoReverseMatch:
        path = reverse("wagtailadmin_home")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def site_context(page):
    """The sign-off and sender of the municipality whose site `page` is on.

    E-mails are sent without a request (after commit, by the worker): the
    site is the one the page belongs to, never the first site.
    """
    municipality = for_page(page) if page is not None else None
    if municipality is None:
        return {"site_name": settings.WAGTAIL_SITE_NAME, "from_email": settings.DEFAULT_FROM_EMAIL}
    return {"site_name": municipality.signature(), "from_email": municipality.from_email()}


def page_url(page):
    return page.full_url if page is not None else ""


def base_context(application):
    agreement = application.agreement
    return {
        "application": application,
        "agreement": agreement,
        "agreement_url": page_url(agreement),
        "contact_email": contact_point_email(agreement),
        **site_context(agreement),
    }


def mark_sent(obj, field):
    type(obj)._default_manager.filter(pk=obj.pk).update(**{field: timezone.now()})
    setattr(obj, field, timezone.now())


def claim(queryset, obj, field):
    """Stamp `field` of `obj` before sending, if it is unsent and `obj` is in `queryset`.

    One conditional UPDATE: of two processes about to send the same e-mail
    (the worker's task and a `send_pending_*` run, or two overlapping runs)
    only one changes the row, and only that one sends. Returns the stamp, or
    None when another process has it (or it was sent, or `obj` left `queryset`).
    """
    stamp = timezone.now()
    won = queryset.filter(pk=obj.pk, **{f"{field}__isnull": True}).update(**{field: stamp})
    if not won:
        return None
    setattr(obj, field, stamp)
    return stamp


def release(obj, field, stamp):
    """Undo `claim` after a failed send, so that the e-mail is tried again later."""
    type(obj)._default_manager.filter(pk=obj.pk, **{field: stamp}).update(**{field: None})
    setattr(obj, field, None)


def deliver(
    kind,
    obj,
    field,
    compose,
    *,
    what="affiliation application",
    retry="send_pending_affiliation_emails will try again",
    claim_from=None,
):
    """Send one e-mail with `compose()`; record it in `field`; False (and a log line) on failure.

    The row is claimed first (see `claim`; `claim_from` is the queryset of the
    rows that may still be mailed, by default all): False, and nothing sent,
    when another process has it. `obj` is quoted in the log by its
    `reference`, never by a person's name or address.
    """
    if claim_from is None:
        claim_from = type(obj)._default_manager.all()
    stamp = claim(claim_from, obj, field)
    if stamp is None:
        logger.info("The %s e-mail for %s %s is not due here.", kind, what, obj.reference)
        return False
    try:
        sent = compose()
    except Exception as exc:  # any failure of the mail system must be survivable
        release(obj, field, stamp)
        logger.warning(
            "Could not send the %s e-mail for %s %s (%s); %s.",
            kind,
            what,
            obj.reference,
            type(exc).__name__,
            retry,
        )
        return False
    if sent is False:
        release(obj, field, stamp)
        return False
    mark_sent(obj, field)
    logger.info("Sent the %s e-mail for %s %s.", kind, what, obj.reference)
    return True


def send_confirmation(application):
    """The receipt to the contact person, in the language they chose."""
    if application.confirmation_sent_at or not application.contact_email:
        return False

    def compose():
        send(
            "confirmation",
            base_context(application),
            application.language,
            [application.contact_email],
            reply_to=[contact_point_email(application.agreement)]
            if contact_point_email(application.agreement)
            else None,
        )

    return deliver("confirmation", application, "confirmation_sent_at", compose)


def send_notification(application):
    """The liaison office's notice of a new application: no personal data, a link to the admin."""
    if application.notification_sent_at:
        return False
    recipient = liaison_office_email(application)
    if not recipient:
        logger.warning(
            "No address for the liaison office (AFFILIATION_NOTIFY_EMAIL or an agreement's "
            "contact with an e-mail address): application %s was not notified.",
            application.reference,
        )
        return False

    def compose():
        context = {**base_context(application), "admin_url": admin_url(application)}
        send("notification", context, settings.LANGUAGE_CODE, [recipient])

    return deliver("notification", application, "notification_sent_at", compose)


DECISION_TEMPLATES = {
    ApplicationStatus.APPROVED: "approved",
    ApplicationStatus.REJECTED: "rejected",
    ApplicationStatus.NEEDS_COMPLETION: "needs_completion",
    ApplicationStatus.WITHDRAWN: "withdrawn",
}


def send_decision(application):
    """Tell the applicant the decision (and the reason or what is missing)."""
    name = DECISION_TEMPLATES.get(application.status)
    if name is None or application.decision_sent_at or not application.contact_email:
        return False

    def compose():
        send(
            name,
            base_context(application),
            application.language,
            [application.contact_email],
            reply_to=[contact_point_email(application.agreement)]
            if contact_point_email(application.agreement)
            else None,
        )

    return deliver("decision", application, "decision_sent_at", compose)


def send_invitation(signature, agreement, application_page, contact_application, link):
    """Invite a signatory of the previous version to sign `agreement`; True when sent."""
    context = {
        "organisation": signature.organisation,
        "previous_agreement": signature.agreement,
        "agreement": agreement,
        "link": link,
        "contact_email": contact_point_email(agreement),
        **site_context(agreement),
    }
    try:
        send(
            "invitation",
            context,
            contact_application.language,
            [contact_application.contact_email],
        )
    except Exception as exc:  # one failed invitation must not stop the others
        logger.warning(
            "Could not send the invitation to sign %s for signature %s (%s).",
            agreement.pk,
            signature.pk,
            type(exc).__name__,
        )
        return False
    return True
