"""Dates and times as each language writes them: British English, 24-hour, Arabic commas."""

import datetime

from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from tests import clock
from tests.factories import EventIndexPageFactory, EventPageFactory
from tests.home.test_i18n import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def event_in(home_page, agreement_index, agreement):
    """An event at 17:30 in Swedish, and a function giving its page in another language."""
    events = EventIndexPageFactory(parent=agreement, title="Forum")
    start = timezone.make_aware(datetime.datetime.combine(clock.days(40), datetime.time(17, 30)))
    event = EventPageFactory(
        parent=events, title="Dialogforum", start=start, end=start + datetime.timedelta(hours=2)
    )

    def in_language(code):
        for page in (home_page, agreement_index, agreement, events):
            translate(page, code, page.title)
        return translate(event, code, event.title), start

    return in_language


def event_time_text(client, page):
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    return html.select_one("main time").get_text()


def test_english_dates_are_british_with_24_hour_times(client, event_in):
    page, start = event_in("en")
    text = event_time_text(client, page)
    assert text == f"{start.day} {start:%B} {start.year}, 17:30"
    assert "p.m." not in client.get(page.url).content.decode()


def test_arabic_times_are_24_hour_after_an_arabic_comma(client, event_in):
    page, start = event_in("ar")
    text = event_time_text(client, page)
    assert text.endswith("، 17:30")
    assert "," not in text
    assert "م" not in text.split("،")[-1]  # no مساءً / م: not a 12-hour clock


def test_somali_times_are_24_hour_day_month_year(client, event_in):
    page, start = event_in("so")
    text = event_time_text(client, page)
    assert text.startswith(f"{start.day} ")
    assert text.endswith(f"{start.year}, 17:30")
