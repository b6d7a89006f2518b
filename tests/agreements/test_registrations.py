"""Registering for an event: places, the waiting list, e-mails with .ics, cancelling, the admin."""

import datetime
import io
import re

from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import icalendar
import pytest
from bs4 import BeautifulSoup

from forms.models import Registration, RegistrationStatus
from forms.permissions import REGISTRATIONS_GROUP
from tests.admin_forms import assert_refused
from tests.agreements.conftest import RECEIPT_MESSAGE, REGISTRANT, in_days, sv, translate_tree
from tests.editorial.accounts import group
from tests.factories import EventPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

INDEX = "forms_registration:index"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def cancel_link(message):
    return re.search(r"https?://\S+/cancel/[\w-]+/", message.body).group(0)


def path_of(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def test_event_without_registration_shows_no_form(client, events_index):
    event = EventPageFactory(parent=events_index, start=in_days(10))
    page = soup(client.get(event.url))
    assert page.find(id="registration-form") is None
    assert client.post(event.url + "register/", REGISTRANT).status_code == 200
    assert not Registration.objects.exists()


def test_form_has_labels_and_says_how_many_places_are_left(client, open_event):
    RegistrationFactory(event=open_event)
    page = soup(client.get(open_event.url))
    form = page.find(id="registration-form")
    assert form["method"] == "post"
    assert form["action"] == open_event.url + "register/"
    for name in REGISTRANT:
        field = form.find(attrs={"name": name})
        assert page.find("label", attrs={"for": field["id"]}), name
    assert "1 plats kvar." in page.get_text()


def test_registration_gets_a_place_and_a_confirmation_with_the_event(register, client, open_event):
    response = register(open_event)
    assert response.status_code == 303
    assert response["Location"] == open_event.url + "?registration=received#registration"
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.event_id == open_event.pk
    assert registration.language == "sv"
    assert registration.accessibility_needs == "Hörslinga"
    assert registration.history.count() == 1

    receipt = soup(client.get(response["Location"]))
    assert receipt.find(class_="receipt").get_text() == sv(RECEIPT_MESSAGE)
    # Personal data is never shown on a public page.
    assert REGISTRANT["name"] not in receipt.get_text()

    [message] = mail.outbox
    assert message.to == [REGISTRANT["email"]]
    assert "Dialogforum om lokaler" in message.subject
    assert "Du har en plats" in message.body
    assert message.reply_to == ["kontakt@exempelby.example"]
    assert registration.cancel_token in cancel_link(message)
    [(filename, content, mimetype)] = message.attachments
    assert filename == "event.ics"
    assert mimetype.startswith("text/calendar")
    [vevent] = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Dialogforum om lokaler"
    assert str(vevent["URL"]) == open_event.full_url
    assert vevent["DTSTART"].params["TZID"] == "Europe/Stockholm"
    registration.refresh_from_db()
    assert registration.confirmation_sent_at is not None


def test_full_event_puts_people_on_the_waiting_list(register, client, open_event):
    register(open_event, email="a@person.example")
    register(open_event, email="b@person.example")
    response = register(open_event, email="c@person.example")
    assert response["Location"].endswith("?registration=received#registration")
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "a@person.example": "confirmed",
        "b@person.example": "confirmed",
        "c@person.example": "waiting",
    }
    waiting_mail = mail.outbox[-1]
    assert "väntelistan" in waiting_mail.subject
    assert waiting_mail.attachments == []  # no place yet: nothing for the calendar
    page = soup(client.get(open_event.url))
    assert page.find("button", string="Ställ dig på väntelistan")


def test_full_event_without_waiting_list_takes_no_more(register, client, open_event):
    open_event.waiting_list = False
    open_event.capacity = 1
    open_event.save()
    register(open_event, email="a@person.example")
    page = soup(client.get(open_event.url))
    assert page.find(id="registration-form") is None
    assert "fullbokat" in page.find(id="registration").get_text()
    response = register(open_event, email="b@person.example")
    assert response.status_code == 200
    assert Registration.objects.count() == 1


def test_the_same_address_twice_is_stored_once(register, open_event):
    register(open_event)
    response = register(open_event, email=REGISTRANT["email"].upper())
    assert response["Location"].endswith("?registration=received#registration")
    assert Registration.objects.count() == 1
    # The confirmation, then a reminder that the address was already registered.
    assert [m.to for m in mail.outbox] == [[REGISTRANT["email"]]] * 2


def test_cancelling_frees_the_place_for_the_first_person_waiting(register, client, open_event):
    for letter in "abcd":
        register(open_event, email=f"{letter}@person.example")
    a_link = cancel_link(mail.outbox[0])
    mail.outbox.clear()

    # Opening the link (as a mail scanner would) cancels nothing.
    page = soup(client.get(path_of(a_link)))
    assert page.find("button", string="Ja, avboka min anmälan")
    assert Registration.objects.get(email="a@person.example").status == "confirmed"

    with_commit = client.post(path_of(a_link))
    assert with_commit.status_code == 200
    assert "avbokad" in soup(with_commit).find(class_="receipt").get_text()
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "a@person.example": "cancelled",
        "b@person.example": "confirmed",
        "c@person.example": "confirmed",
        "d@person.example": "waiting",
    }
    assert Registration.objects.get(email="c@person.example").promoted_at is not None
    assert client.post(path_of(a_link)).status_code == 200
    assert Registration.objects.filter(status="confirmed").count() == 2


def test_promoted_person_is_told_by_email_with_the_event(
    register, client, open_event, django_capture_on_commit_callbacks
):
    for letter in "abc":
        register(open_event, email=f"{letter}@person.example")
    a_link = cancel_link(mail.outbox[0])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(path_of(a_link))
    [message] = mail.outbox
    assert message.to == ["c@person.example"]
    assert "Du har fått en plats" in message.subject
    [vevent] = icalendar.Calendar.from_ical(message.attachments[0][1]).walk("VEVENT")
    assert str(vevent["LOCATION"]) == open_event.place


def test_unknown_cancel_token_is_not_found(client, open_event):
    RegistrationFactory(event=open_event)
    assert client.get(open_event.url + "cancel/not-a-token/").status_code == 404
    assert client.post(open_event.url + "cancel/not-a-token/").status_code == 404


def test_registration_closes_at_the_deadline(register, client, open_event):
    open_event.registration_deadline = timezone.now() - datetime.timedelta(hours=1)
    open_event.save()
    page = soup(client.get(open_event.url))
    assert page.find(id="registration-form") is None
    assert "Anmälan till evenemanget är stängd." in page.get_text()
    register(open_event)
    assert not Registration.objects.exists()


def test_errors_are_summarised_linked_and_tied_to_their_fields(register, open_event):
    response = register(open_event, name="", email="inte-en-adress", food_needs="Glutenfritt")
    assert response.status_code == 200
    page = soup(response)
    summary = page.find(id="error-summary")
    assert summary["tabindex"] == "-1" and summary["role"] == "alert"
    links = {a.get_text(strip=True): a["href"] for a in summary.find_all("a")}
    assert links == {
        "Ange ditt namn.": "#id_name",
        "Skriv en e-postadress som namn@exempel.se.": "#id_email",
    }
    for name in ("name", "email"):
        field = page.find(id=f"id_{name}")
        assert f"id_{name}_error" in field["aria-describedby"].split()
        assert field["aria-invalid"] == "true"
    # Nothing typed is lost.
    assert page.find(id="id_email")["value"] == "inte-en-adress"
    assert page.find(id="id_food_needs")["value"] == "Glutenfritt"
    assert page.find("title").get_text().startswith("Fel:")
    assert not Registration.objects.exists()


def test_robots_filling_the_honeypot_are_refused(register, open_event):
    response = register(open_event, fax="spam")
    assert response.status_code == 200
    assert not Registration.objects.exists()


def test_rate_limit(register, open_event, settings):
    settings.EVENT_REGISTRATION_RATE_LIMIT = "2/h"
    register(open_event, email="a@person.example")
    register(open_event, email="b@person.example")
    response = register(open_event, email="c@person.example")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert Registration.objects.count() == 2


def test_registrant_on_the_english_page_gets_english_mail_and_shares_the_places(
    register, open_event
):
    event_en = translate_tree(open_event, "en")
    assert event_en.url.startswith("/en/")
    register(open_event, email="a@person.example")
    register(event_en, email="b@person.example")
    register(event_en, email="c@person.example")
    registration = Registration.objects.get(email="b@person.example")
    assert registration.event_id == open_event.pk
    assert registration.language == "en"
    assert Registration.objects.get(email="c@person.example").status == "waiting"
    english = mail.outbox[1]
    assert "You have a place" in english.body
    assert event_en.full_url in english.body
    assert f"{event_en.full_url}cancel/{registration.cancel_token}/" in english.body


# -- the admin ---------------------------------------------------------------------------


@pytest.fixture
def registrations_manager(django_user_model):
    user = django_user_model.objects.create_user("anm", "anm@kommun.example", "pw")
    user.groups.add(group(REGISTRATIONS_GROUP))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def other_staff(django_user_model):
    user = django_user_model.objects.create_user("redaktor", "r@kommun.example", "pw")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_registration"),
    )
    client = Client()
    client.force_login(user)
    return client


def test_staff_in_the_group_see_and_export_the_list(registrations_manager, open_event):
    other = EventPageFactory(parent=open_event.get_parent(), title="Annat evenemang")
    RegistrationFactory(event=open_event, name="Rut Registrerad", food_needs="=HYPERLINK(1)")
    RegistrationFactory(event=other, name="Ola Annan")
    response = registrations_manager.get(reverse(INDEX), {"event": open_event.pk})
    assert response.status_code == 200
    assert "Rut Registrerad" in response.content.decode()
    assert "Ola Annan" not in response.content.decode()

    export = registrations_manager.get(reverse(INDEX), {"event": open_event.pk, "export": "csv"})
    assert export.status_code == 200
    text = b"".join(export.streaming_content).decode()
    assert "Rut Registrerad" in text and "Ola Annan" not in text
    assert "'=HYPERLINK(1)" in text
    xlsx = registrations_manager.get(reverse(INDEX), {"export": "xlsx"})
    assert xlsx.status_code == 200
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content)))
    values = [cell.value for row in workbook.active.iter_rows() for cell in row]
    assert "Rut Registrerad" in values


def test_other_staff_cannot_see_registrations(other_staff, open_event):
    RegistrationFactory(event=open_event)
    response = other_staff.get(reverse(INDEX))
    assert_refused(other_staff, response)
    export = other_staff.get(reverse(INDEX), {"export": "csv"})
    assert not getattr(export, "streaming", False)
    assert_refused(other_staff, export)


def test_registrations_cannot_be_added_or_deleted_in_the_admin(admin_client, open_event):
    registration = RegistrationFactory(event=open_event)
    assert_refused(admin_client, admin_client.get(reverse("forms_registration:add")))
    delete = reverse("forms_registration:delete", args=[registration.pk])
    assert_refused(admin_client, admin_client.post(delete))
    assert Registration.objects.filter(pk=registration.pk).exists()


# -- personal data --------------------------------------------------------------------------


# What the retention rule says is personal, stated here rather than taken from the
# product, so that a field dropped from the product's list fails this test.
REGISTRANT_PERSONAL_VALUES = {
    "name": "Gammal Deltagare",
    "organisation": "Föreningen Gammal",
    "email": "gammal.deltagare@person.example",
    "interpretation_language": "Somaliska",
    "accessibility_needs": "Rullstolsplats",
    "food_needs": "Fisk",
}
# A second version of each, so that more than one historical record holds personal data.
CORRECTED_VALUES = {
    "name": "Gammal Rättad",
    "organisation": "Föreningen Rättad",
    "email": "gammal.rattad@person.example",
    "interpretation_language": "Teckenspråk",
    "accessibility_needs": "Hörslinga och ledsagare",
    "food_needs": "Vegetariskt",
}


def all_columns(row):
    """Every column of a row (or historical record) as one text."""
    return " ".join(str(getattr(row, field.attname)) for field in row._meta.concrete_fields)


def test_purge_removes_every_personal_field_some_time_after_the_event(events_index):
    old = EventPageFactory(parent=events_index, start=in_days(-120))
    recent = EventPageFactory(parent=events_index, start=in_days(-10))
    gone = RegistrationFactory(event=old, **REGISTRANT_PERSONAL_VALUES)
    for field, value in CORRECTED_VALUES.items():
        setattr(gone, field, value)
    gone.save()  # a second historical record, with other personal data
    kept = RegistrationFactory(event=recent, **REGISTRANT_PERSONAL_VALUES)
    out = io.StringIO()
    call_command("purge_event_personal_data", stdout=out)
    assert "1 registration(s)" in out.getvalue()

    gone.refresh_from_db()
    assert gone.personal_data_removed_at is not None
    records = list(gone.history.all())
    assert len(records) == 2
    typed = [*REGISTRANT_PERSONAL_VALUES.values(), *CORRECTED_VALUES.values()]
    for row in [gone, *records]:
        for field in REGISTRANT_PERSONAL_VALUES:
            assert getattr(row, field) == "", (field, row)
        for value in typed:
            assert value not in all_columns(row), value
    kept.refresh_from_db()
    for row in [kept, *kept.history.all()]:
        for field, value in REGISTRANT_PERSONAL_VALUES.items():
            assert getattr(row, field) == value, (field, row)
    assert Registration.objects.count() == 2


def test_export_personal_data_includes_event_registrations(open_event):
    import json

    registration = RegistrationFactory(event=open_event, email="Rut@Person.example", name="Rut")
    registration.email = "rut.ny@person.example"
    registration.save()
    RegistrationFactory(event=open_event, email="annan@person.example")
    out = io.StringIO()
    call_command("export_personal_data", "rut@person.example", stdout=out)
    [exported] = json.loads(out.getvalue())["event_registrations"]
    assert exported["name"] == "Rut"
    assert exported["event"] == open_event.title
    assert [h["values"]["email"] for h in exported["history"]] == [
        "Rut@Person.example",
        "rut.ny@person.example",
    ]


def test_more_places_published_go_to_the_people_waiting(
    register, open_event, django_capture_on_commit_callbacks
):
    for letter in "abcd":
        register(open_event, email=f"{letter}@person.example")
    mail.outbox.clear()
    open_event.capacity = 3
    with django_capture_on_commit_callbacks(execute=True):
        open_event.save_revision().publish()
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses["c@person.example"] == "confirmed"
    assert statuses["d@person.example"] == "waiting"
    assert [m.to for m in mail.outbox] == [["c@person.example"]]


def test_staff_cancel_on_behalf_and_the_place_moves_on(
    registrations_manager, other_staff, open_event, django_capture_on_commit_callbacks
):
    first = RegistrationFactory(event=open_event)
    RegistrationFactory(event=open_event)
    waiting = RegistrationFactory(event=open_event, status=RegistrationStatus.WAITING)
    url = reverse("forms_registration:cancel", args=[first.pk])
    edit = registrations_manager.get(reverse("forms_registration:edit", args=[first.pk]))
    assert url in edit.content.decode()
    assert_refused(other_staff, other_staff.post(url))
    first.refresh_from_db()
    assert first.status == RegistrationStatus.CONFIRMED

    assert registrations_manager.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = registrations_manager.post(url)
    assert response.status_code == 302
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.status == RegistrationStatus.CANCELLED
    assert waiting.status == RegistrationStatus.CONFIRMED
    latest = first.history.latest()
    assert latest.history_user.username == "anm"
    assert latest.history_change_reason == "Cancelled by staff"
    assert [m.to for m in mail.outbox] == [[waiting.email]]
