"""The registration form does not tell anyone whether an address is registered for an event.

A known address and a new one get the same status, the same redirect and the
same text; only the person behind a known address learns, by e-mail, that it
was registered already.
"""

from django.core import mail
from django.test import Client

import pytest
from bs4 import BeautifulSoup

from forms.models import Registration, RegistrationStatus
from tests.agreements.conftest import REGISTRANT, sv
from tests.factories import RegistrationFactory

pytestmark = pytest.mark.django_db

KNOWN = REGISTRANT["email"]


def answer(register, event, email):
    """What a visitor can observe: status, redirect, and the registration section's text."""
    visitor = Client()
    response = register(event, client=visitor, email=email)
    page = response
    if response.status_code in (301, 302, 303):
        page = visitor.get(response["Location"])
    section = BeautifulSoup(page.content, "html.parser").find(id="registration")
    return (
        response.status_code,
        response.get("Location"),
        " ".join(section.get_text().split()) if section else None,
    )


@pytest.fixture
def known(open_event):
    return RegistrationFactory(event=open_event, email=KNOWN, language="sv")


def set_places(event, capacity, waiting_list):
    event.capacity = capacity
    event.waiting_list = waiting_list
    event.save_revision().publish()


@pytest.mark.parametrize(
    ("capacity", "waiting_list"),
    [(None, True), (10, True), (1, True), (1, False)],
    ids=["unlimited", "places-left", "full-with-waiting-list", "full-no-waiting-list"],
)
def test_a_known_address_gets_the_same_answer_as_a_new_one(
    register, open_event, known, capacity, waiting_list
):
    set_places(open_event, capacity, waiting_list)
    # Upper case too: addresses are compared without case.
    known_answer = answer(register, open_event, KNOWN.upper())
    rows_before = Registration.objects.count()
    new_answer = answer(register, open_event, "ny.person@person.example")

    assert known_answer == new_answer
    assert known_answer[0] in (200, 303)
    if known_answer[0] == 303:
        assert Registration.objects.count() == rows_before + 1
    assert Registration.objects.filter(email__iexact=KNOWN).count() == 1


def test_the_known_person_is_told_by_e_mail_with_their_place_and_cancel_link(
    register, open_event, known
):
    register(open_event, email=KNOWN)

    [reminder] = mail.outbox
    assert reminder.to == [KNOWN]
    assert open_event.title in reminder.subject
    assert sv("You have a place. The event is attached as a calendar file.") in reminder.body
    assert known.cancel_token in reminder.body
    assert [name for name, _content, _type in reminder.attachments] == ["event.ics"]
    assert REGISTRANT["name"] not in reminder.body  # what the new submission said is not echoed
    assert Registration.objects.count() == 1


def test_a_known_person_on_the_waiting_list_is_told_so(register, open_event):
    waiting = RegistrationFactory(
        event=open_event, email=KNOWN, status=RegistrationStatus.WAITING, language="sv"
    )
    register(open_event, email=KNOWN)

    [reminder] = mail.outbox
    assert waiting.cancel_token in reminder.body
    assert (
        sv(
            "You are on the waiting list. If a place becomes free, it goes to the first person "
            "on the list, and we will e-mail you."
        )
        in reminder.body
    )
    assert reminder.attachments == []


def test_repeated_submissions_of_a_known_address_send_one_reminder_an_hour(
    register, open_event, known
):
    for _ in range(4):
        assert register(open_event, email=KNOWN).status_code == 303
    assert len(mail.outbox) == 1


def test_a_cancelled_address_may_register_again(register, open_event):
    RegistrationFactory(event=open_event, email=KNOWN, status=RegistrationStatus.CANCELLED)
    register(open_event, email=KNOWN)
    assert Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count() == 1
    [confirmation] = mail.outbox
    assert "Du har en plats" in confirmation.body
