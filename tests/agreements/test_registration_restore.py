"""History → Restore of an event registration: what the registrant wrote, never a place.

Places and the waiting list change only through registering and cancelling,
which count the places with the event locked. A restore of an earlier state
puts back the registrant's details through the edit form's rules and leaves
the status alone, so it can never give a place that the count did not.
"""

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from forms.models import Registration, RegistrationStatus
from forms.permissions import REGISTRATIONS_GROUP
from tests.agreements.conftest import in_days
from tests.editorial.accounts import logged_in, make_user
from tests.factories import EventPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(django_user_model):
    """A member of the registrations group, with the admin in English."""
    return logged_in(make_user(django_user_model, "anm", [REGISTRATIONS_GROUP]))


@pytest.fixture
def full_event(events_index):
    """Eight places, all taken, and one person waiting."""
    event = EventPageFactory(
        parent=events_index,
        start=in_days(20),
        registration_enabled=True,
        capacity=8,
        waiting_list=True,
    )
    RegistrationFactory.create_batch(8, event=event)
    RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    return event


def history_url(registration):
    return reverse("forms_registration:history", args=[registration.pk])


def restore(client, registration, record):
    url = reverse("forms_registration:restore", args=[registration.pk, record.history_id])
    response = client.post(url, follow=True)
    assert response.status_code == 200
    return [(m.level_tag, str(m)) for m in response.context["messages"]]


def edit(client, registration, **changes):
    data = {
        name: getattr(registration, name)
        for name in [
            "name",
            "organisation",
            "email",
            "interpretation_language",
            "accessibility_needs",
            "food_needs",
        ]
    }
    data.update(changes)
    url = reverse("forms_registration:edit", args=[registration.pk])
    response = client.post(url, data, follow=True)
    assert response.redirect_chain, response.context["form"].errors
    registration.refresh_from_db()


def confirmed(event):
    return Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED).count()


def test_restoring_a_cancelled_registration_never_gives_back_its_place(
    manager, full_event, django_capture_on_commit_callbacks
):
    first = Registration.objects.filter(event=full_event).first()
    with django_capture_on_commit_callbacks(execute=True):
        manager.post(reverse("forms_registration:cancel", args=[first.pk]), follow=True)
    first.refresh_from_db()
    assert first.status == RegistrationStatus.CANCELLED
    assert confirmed(full_event) == 8  # the person waiting has the place now
    when_confirmed = first.history.earliest()
    assert when_confirmed.status == RegistrationStatus.CONFIRMED

    shown = restore(manager, first, when_confirmed)

    first.refresh_from_db()
    assert first.status == RegistrationStatus.CANCELLED
    assert confirmed(full_event) == 8
    # Nor does the history offer to restore a state that differs only in its place.
    page = BeautifulSoup(manager.get(history_url(first)).content, "html.parser")
    assert not page.select("form[action*='/restore/']")
    assert "Places and the waiting list are not restored" in page.get_text()
    assert first.history.count() == 2  # nothing was saved
    [(level, text)] = shown
    assert level == "error"
    assert "nothing to restore" in text
    assert "change only through registering and cancelling" in text


def test_restoring_the_details_of_a_cancelled_registration_keeps_it_cancelled(
    manager, full_event, django_capture_on_commit_callbacks
):
    first = Registration.objects.filter(event=full_event).first()
    edit(manager, first, food_needs="Laktosfritt", accessibility_needs="Hörslinga")
    with django_capture_on_commit_callbacks(execute=True):
        manager.post(reverse("forms_registration:cancel", args=[first.pk]), follow=True)
    before_the_edit = first.history.earliest()

    page = BeautifulSoup(manager.get(history_url(first)).content, "html.parser")
    assert page.select(f"form[action$='/restore/{before_the_edit.history_id}/']")

    shown = restore(manager, first, before_the_edit)

    first.refresh_from_db()
    assert first.food_needs == ""
    assert first.accessibility_needs == ""
    assert first.status == RegistrationStatus.CANCELLED
    assert confirmed(full_event) == 8
    latest = first.history.latest()
    assert latest.history_user.username == "anm"
    assert latest.history_change_reason.startswith("Restored the state of")
    [(level, text)] = shown
    assert level == "success"
    assert "Food preferences or allergies" in text
    assert "Places and the waiting list are not restored" in text


def test_a_restore_cannot_give_an_address_a_second_registration(manager, full_event):
    first = Registration.objects.filter(event=full_event).first()
    old_address = first.email
    edit(manager, first, email="ny.adress@person.example")
    newcomer = Registration.objects.filter(event=full_event).last()
    edit(manager, newcomer, email=old_address.upper())

    shown = restore(manager, first, first.history.earliest())

    first.refresh_from_db()
    assert first.email == "ny.adress@person.example"
    [(level, text)] = shown
    assert level == "error"
    assert "Another registration for this event already has this e-mail address." in text
