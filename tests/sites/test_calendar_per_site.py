"""Each municipality's calendars name their events with the municipality's own host.

A calendar program keys an event by its UID; two municipalities' feeds in
one reader's calendar must never share a UID domain. The domain comes from
the event's Site, not from the request, so it is the same whichever port or
host alias the reader asked on, in the .ics, the feed and the e-mail.
"""

from django.core import mail

import icalendar
import pytest

from forms.registration_tasks import send_to_registrant
from tests.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from tests.sites.conftest import OTHER_HOST, path_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def first_event(agreement):
    index = EventIndexPageFactory(parent=agreement, title="Forum och möten")
    return EventPageFactory(parent=index, title="Dialogforum i första kommunen")


@pytest.fixture
def other_event(other_agreement):
    index = EventIndexPageFactory(parent=other_agreement, title="Möten i Exempelby")
    return EventPageFactory(parent=index, title="Årskonferens i Exempelby")


def uids(response):
    assert response.status_code == 200, response.status_code
    calendar = icalendar.Calendar.from_ical(response.content)
    return [str(event["UID"]) for event in calendar.walk("VEVENT")]


def test_each_sites_event_file_has_its_own_host_in_the_uid(
    client, other_client, first_event, other_event
):
    first = uids(client.get(path_of(first_event) + "calendar/"))
    other = uids(other_client.get(path_of(other_event) + "calendar/"))
    assert first == [f"event-{first_event.translation_key}@testserver"]
    assert other == [f"event-{other_event.translation_key}@{OTHER_HOST}"]


def test_the_feed_uses_the_sites_host_whatever_port_was_asked(client, other_client, other_event):
    feed = path_of(other_event.get_parent()) + "calendar/"
    on_default_port = uids(other_client.get(feed))
    on_other_port = uids(client.get(feed, HTTP_HOST=f"{OTHER_HOST}:8080"))
    single = uids(other_client.get(path_of(other_event) + "calendar/"))
    assert on_default_port == on_other_port == single
    assert on_default_port == [f"event-{other_event.translation_key}@{OTHER_HOST}"]


def test_the_registration_e_mail_carries_the_same_uid(other_client, other_event):
    registration = RegistrationFactory(event=other_event, language="sv")
    mail.outbox.clear()
    send_to_registrant(registration, "forms/emails/registration_confirmation")
    (attachment,) = [a for a in mail.outbox[-1].attachments if a[0] == "event.ics"]
    calendar = icalendar.Calendar.from_ical(attachment[1])
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"event-{other_event.translation_key}@{OTHER_HOST}"
    assert [str(event["UID"])] == uids(other_client.get(path_of(other_event) + "calendar/"))
