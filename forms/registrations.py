"""Registration for an event: the form, places and waiting list, cancelling.

The form follows the affiliation form's pattern (forms/): a code-defined
ModelForm, errors in a focusable summary with links and at each field,
nothing typed lost, a honeypot and a minimum fill time, a per-client rate
limit, the row saved first and the e-mail sent after commit by a
django-tasks task.

Places are counted on the event in the source language, whichever language
version the person registered on, with the event's row locked
(`select_for_update`) while counting, so two people registering for the
last place at the same moment cannot both get it.
"""

import logging
from functools import partial

from django.conf import settings
from django.db import transaction
from django.forms import EmailInput, ModelForm, Textarea, TextInput
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from agreements.models import EventPage
from forms import conf, ratelimit
from forms.forms import SanitisedFormMixin, SpamProtectedForm, issue_form_token
from forms.models import Registration, RegistrationStatus
from forms.views import error_summary

logger = logging.getLogger(__name__)

FORM_ANCHOR = "#registration-form"
# The one receipt after a registration: whether the person got a place, is
# waiting or was registered already, their e-mail says (see `register`).
RECEIPT = "received"


def rate_limit():
    """(max registrations, window) per client: EVENT_REGISTRATION_RATE_LIMIT, default 10/h."""
    return conf.rate_limit("EVENT_REGISTRATION_RATE_LIMIT", "10/h")


# -- the form -------------------------------------------------------------------------


class RegistrationForm(SanitisedFormMixin, SpamProtectedForm, ModelForm):
    """Name, organisation, e-mail and needs: what the organisers need to plan the event.

    The honeypot and the fill-time token come from the affiliation form's base.
    """

    SINGLE_LINE_FIELDS = {"name", "organisation", "email", "interpretation_language", "food_needs"}

    class Meta:
        model = Registration
        fields = [
            "name",
            "organisation",
            "email",
            "interpretation_language",
            "accessibility_needs",
            "food_needs",
        ]
        labels = {
            "name": _("Name"),
            "organisation": _("Organisation (optional)"),
            "email": _("E-mail"),
            "interpretation_language": _("Interpretation (optional)"),
            "accessibility_needs": _("Accessibility needs (optional)"),
            "food_needs": _("Food preferences or allergies (optional)"),
        }
        help_texts = {
            "email": _("We send the confirmation and a link for cancelling here."),
            "interpretation_language": _(
                "The language you need interpretation into, e.g. Arabic or Swedish sign language."
            ),
            "accessibility_needs": _(
                "E.g. a hearing loop, step-free access, an assistant or a seat near the front."
            ),
        }
        error_messages = {
            "name": {"required": _("Enter your name.")},
            "email": {
                "required": _("Enter your e-mail address."),
                "invalid": _("Enter an e-mail address like name@example.se."),
            },
        }
        widgets = {
            "name": TextInput(attrs={"autocomplete": "name"}),
            "organisation": TextInput(attrs={"autocomplete": "organization"}),
            "email": EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
            "interpretation_language": TextInput(attrs={"autocomplete": "off"}),
            "accessibility_needs": Textarea(attrs={"rows": 3}),
            "food_needs": TextInput(attrs={"autocomplete": "off"}),
        }

    def visible_fields_in_order(self):
        return [self[name] for name in self.Meta.fields]


# -- places and the waiting list ------------------------------------------------------------


def places_taken(event):
    return Registration.objects.filter(event=event).confirmed().count()


def places_left(event):
    """None when there is no limit."""
    if event.capacity is None:
        return None
    return max(0, event.capacity - places_taken(event))


def queue_email(registration, kind):
    from forms import registration_tasks as tasks

    transaction.on_commit(partial(tasks.send_registration_email.enqueue, registration.pk, kind))


def register(event, form, language):
    """Store a registration with a place or on the waiting list: (registration or None, outcome).

    The outcome is "received" or "full" (no place and no waiting list), and
    it depends on the event only, never on the address: an address that is
    already registered gets the same answer as a new one, so the form
    cannot be used to find out who registered. Nothing new is stored for
    it; the person behind it is told by e-mail instead (`send_reminder`).
    """
    source = event.in_default_language()
    email = form.cleaned_data["email"]
    with transaction.atomic():
        locked = EventPage.objects.select_for_update().get(pk=source.pk)
        active = Registration.objects.filter(event=locked).exclude(
            status=RegistrationStatus.CANCELLED
        )
        taken = active.filter(status=RegistrationStatus.CONFIRMED).count()
        if locked.capacity is None or taken < locked.capacity:
            status = RegistrationStatus.CONFIRMED
        elif locked.waiting_list:
            status = RegistrationStatus.WAITING
        else:
            status = None
        outcome = "received" if status else "full"
        existing = active.filter(email__iexact=email).first()
        if existing is not None:
            queue_email(existing, "reminder")
            return None, outcome
        if status is None:
            return None, outcome
        registration = form.save(commit=False)
        registration.event = locked
        registration.status = status
        registration.language = language
        registration.save()
        queue_email(registration, "confirmation")
    logger.info("Event registration %s stored (%s).", registration.reference, status)
    return registration, outcome


def promote_waiting(event):
    """Give free places to the people waiting longest; call inside a transaction with the lock."""
    if event.start <= timezone.now():
        return []
    promoted = []
    waiting = Registration.objects.filter(event=event).waiting().select_for_update()
    free = None if event.capacity is None else event.capacity - places_taken(event)
    for registration in waiting:
        if free is not None and free <= 0:
            break
        registration.status = RegistrationStatus.CONFIRMED
        registration.promoted_at = timezone.now()
        registration._change_reason = "Moved from the waiting list"
        registration.save()
        queue_email(registration, "promotion")
        promoted.append(registration)
        if free is not None:
            free -= 1
    return promoted


def cancel(registration, *, user=None, reason="Cancelled by the registrant"):
    """Cancel a registration and give its place to the first person waiting; True if cancelled."""
    with transaction.atomic():
        event = EventPage.objects.select_for_update().get(pk=registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == RegistrationStatus.CANCELLED:
            return False
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration._change_reason = reason
        if user is not None:
            registration._history_user = user
        registration.save()
        promote_waiting(event)
    logger.info("Event registration %s cancelled.", registration.reference)
    return True


def promote_after_publish(sender, instance, **kwargs):
    """When an event is published with more places (or without a limit), the waiting get them.

    Connected to Wagtail's `page_published` for `EventPage` in `AgreementsConfig.ready`.
    """
    if not instance.registration_enabled:
        return
    source = instance.in_default_language()
    with transaction.atomic():
        locked = EventPage.objects.select_for_update().get(pk=source.pk)
        promoted = promote_waiting(locked)
    for registration in promoted:
        logger.info("Event registration %s moved from the waiting list.", registration.reference)


# -- views ------------------------------------------------------------------------------------


def current_language():
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def registration_context(page, form=None):
    """What the event page shows about registration."""
    if not page.registration_enabled:
        return {"registration_open": False}
    is_open = page.registration_is_open()
    left = places_left(page.in_default_language()) if is_open else None
    if is_open and form is None:
        form = RegistrationForm()
    return {
        "registration_open": is_open,
        "places_left": left,
        "event_full": left == 0,
        "registration_form": form if is_open else None,
        "error_summary": error_summary(form, FORM_ANCHOR) if is_open else [],
    }


def render_event(page, request, *, form=None, status=200, **extra):
    context = page.get_context(request)
    context.update(registration_context(page, form))
    context["receipt"] = RECEIPT if request.GET.get("registration") == RECEIPT else None
    context.update(extra)
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    if page.registration_is_open():
        # Places left, "full", the waiting list: live counts, never kept by the
        # page cache or a CDN, so a registration need not purge the whole site.
        patch_cache_control(response, private=True)
    return response


def event_page_response(page, request):
    return render_event(page, request)


def register_view(page, request):
    """POST: store a registration and send the person to the receipt; GET: the event page."""
    if request.method != "POST":
        return HttpResponseRedirect(page.get_url(request))
    if not page.registration_is_open():
        return render_event(page, request)
    form = RegistrationForm(request.POST, instance=Registration())
    if not form.is_valid():
        if "form_token" in form.errors:
            form.data = form.data.copy()
            form.data["form_token"] = issue_form_token()
        if form.is_spam:
            logger.info("Event registration refused as automated (honeypot or fill time).")
        return render_event(page, request, form=form)

    allowed, retry_after = ratelimit.hit(request, scope="event-registration", rate=rate_limit())
    if not allowed:
        logger.info("Event registration refused: rate limit reached for a client.")
        return ratelimit.refused(partial(render_event, page, request, form=form), retry_after)

    _registration, outcome = register(page, form, current_language())
    if outcome == "full":
        return render_event(page, request, form=form, registration_full=True)
    url = page.get_url(request)
    return HttpResponseRedirect(f"{url}?registration={RECEIPT}#registration", status=303)


def cancel_view(page, request, token):
    """GET: ask to confirm (mail scanners open links); POST: cancel."""
    registration = (
        Registration.objects.filter(cancel_token=token, event=page.in_default_language())
        .select_related("event")
        .first()
    )
    if registration is None or registration.personal_data_removed_at:
        raise Http404
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    cancelled_now = False
    event_started = page.start <= timezone.now()
    if request.method == "POST" and not event_started:
        cancelled_now = cancel(registration)
        registration.refresh_from_db()
    context = page.get_context(request)
    context.update(
        registration_status=registration.status,
        already_cancelled=registration.status == RegistrationStatus.CANCELLED and not cancelled_now,
        cancelled_now=cancelled_now,
        event_started=event_started,
    )
    return TemplateResponse(request, "forms/event_cancel.html", context)
