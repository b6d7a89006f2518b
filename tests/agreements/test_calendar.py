"""The .ics of one event and the calendar feed of an agreement, read back with icalendar."""

import datetime
import zoneinfo

from django.conf import settings

from wagtail.models import Locale

import icalendar
import pytest

from agreements.models import EventIndexPage, EventPage
from tests.factories import EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


@pytest.fixture
def events_index(agreement):
    return EventIndexPageFactory(parent=agreement, title="Forum och möten")


@pytest.fixture
def forum(events_index):
    return EventPageFactory(
        parent=events_index,
        title="Dialogforum om lokaler",
        start=datetime.datetime(2025, 6, 10, 15, 0, tzinfo=datetime.UTC),
        end=datetime.datetime(2025, 6, 10, 17, 30, tzinfo=datetime.UTC),
        summary="Vi samtalar om föreningarnas lokaler.",
        description="<p>Kaffe från 16.30.</p>",
        place="Stadshuset\nCampusgatan 26, Södertälje",
        online_url="https://mote.example/forum",
        last_published_at=datetime.datetime(2025, 5, 2, 9, 15, tzinfo=datetime.UTC),
    )


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def only_event(calendar):
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_event_ics_field_by_field(client, forum):
    response = client.get(forum.url + "calendar/")
    assert response["Content-Disposition"].startswith("attachment;")
    calendar = parse(response)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    event = only_event(calendar)

    # Time zone: local Stockholm times with their TZID, and the VTIMEZONE that defines it.
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert event["DTEND"].params["TZID"] == "Europe/Stockholm"
    assert start == datetime.datetime(2025, 6, 10, 17, 0, tzinfo=STOCKHOLM)
    assert start.utcoffset() == datetime.timedelta(hours=2)
    assert end == datetime.datetime(2025, 6, 10, 19, 30, tzinfo=STOCKHOLM)
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Stockholm"]
    assert {c.name for c in timezones[0].subcomponents} == {"STANDARD", "DAYLIGHT"}
    assert "DTSTART;TZID=Europe/Stockholm:20250610T170000" in response.content.decode()

    assert str(event["URL"]) == forum.full_url
    assert str(event["LOCATION"]) == "Stadshuset, Campusgatan 26, Södertälje"
    assert str(event["SUMMARY"]) == "Dialogforum om lokaler"
    description = str(event["DESCRIPTION"])
    assert description.startswith("Vi samtalar om föreningarnas lokaler.")
    assert "Kaffe från 16.30." in description
    assert "https://mote.example/forum" in description
    assert forum.full_url in description
    assert "<p>" not in description
    assert str(event["UID"]) == f"event-{forum.translation_key}@testserver"
    stamp = event.decoded("DTSTAMP")
    assert stamp.utcoffset() == datetime.timedelta(0)
    assert event.decoded("LAST-MODIFIED") == forum.last_published_at.replace(microsecond=0)


def test_uid_stays_when_the_event_is_edited(client, forum):
    uid = str(only_event(parse(client.get(forum.url + "calendar/")))["UID"])
    sequence = int(only_event(parse(client.get(forum.url + "calendar/")))["SEQUENCE"])
    forum.start += datetime.timedelta(days=7)
    forum.end += datetime.timedelta(days=7)
    forum.last_published_at += datetime.timedelta(hours=1)
    forum.save()
    event = only_event(parse(client.get(forum.url + "calendar/")))
    assert str(event["UID"]) == uid
    assert int(event["SEQUENCE"]) > sequence
    assert event.decoded("DTSTART").date() == datetime.date(2025, 6, 17)


def test_online_event_has_its_link_as_location(client, events_index):
    online = EventPageFactory(parent=events_index, place="", online_url="https://mote.example/x")
    event = only_event(parse(client.get(online.url + "calendar/")))
    assert str(event["LOCATION"]) == "https://mote.example/x"


def test_feed_has_every_live_event_of_the_agreement(client, events_index, forum, agreement_index):
    second = EventPageFactory(
        parent=events_index,
        title="Uppföljningskonferens",
        start=datetime.datetime(2026, 3, 18, 8, 0, tzinfo=datetime.UTC),
        place="Folkets hus",
    )
    EventPageFactory(parent=events_index, title="Utkast", live=False)
    from tests.factories import AgreementPageFactory

    other = EventIndexPageFactory(parent=AgreementPageFactory(parent=agreement_index))
    EventPageFactory(parent=other, title="Annan överenskommelse")

    response = client.get(events_index.url + "calendar/")
    assert response["Content-Disposition"].startswith("inline;")
    calendar = parse(response)
    assert "Forum och möten" in str(calendar["X-WR-CALNAME"])
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Stockholm"
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Dialogforum om lokaler", "Uppföljningskonferens"}
    conference = events["Uppföljningskonferens"]
    assert str(conference["URL"]) == second.full_url
    assert str(conference["LOCATION"]) == "Folkets hus"
    assert conference["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert conference.decoded("DTSTART") == datetime.datetime(2026, 3, 18, 9, 0, tzinfo=STOCKHOLM)
    assert str(events["Dialogforum om lokaler"]["URL"]) == forum.full_url
    assert len(calendar.walk("VTIMEZONE")) == 1


def test_feed_per_language_with_the_same_uids(client, events_index, forum):
    locale = Locale.objects.get(language_code="en")
    home_en = forum.get_site().root_page.copy_for_translation(locale)
    home_en.save_revision().publish()
    index_en = (
        events_index.get_parent().get_parent().copy_for_translation(locale, copy_parents=True)
    )
    index_en.save_revision().publish()
    agreement_en = events_index.get_parent().copy_for_translation(locale)
    agreement_en.save_revision().publish()
    events_en = events_index.copy_for_translation(locale)
    events_en.title = "Forums and meetings"
    events_en.save_revision().publish()
    forum_en = forum.copy_for_translation(locale)
    forum_en.title = "Dialogue forum on premises"
    forum_en.save_revision().publish()
    events_en = EventIndexPage.objects.get(pk=events_en.pk)
    forum_en = EventPage.objects.get(pk=forum_en.pk)

    calendar = parse(client.get(events_en.url + "calendar/"))
    assert "Forums and meetings" in str(calendar["X-WR-CALNAME"])
    event = only_event(calendar)
    assert str(event["SUMMARY"]) == "Dialogue forum on premises"
    assert str(event["URL"]) == forum_en.full_url
    assert events_en.url.startswith("/en/")
    swedish = only_event(parse(client.get(events_index.url + "calendar/")))
    assert str(swedish["UID"]) == str(event["UID"])
    assert settings.LANGUAGE_CODE == "sv"
