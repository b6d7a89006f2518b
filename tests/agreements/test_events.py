"""Event pages and the events listing at their public URLs."""

import datetime

from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from agreements.models import EventKind
from tests.agreements.test_public_pages import count_queries
from tests.factories import EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db

STOCKHOLM = datetime.timezone(datetime.timedelta(hours=1))  # winter time, for fixed dates


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def days_from_now(days, hour=17):
    return (timezone.now() + datetime.timedelta(days=days)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )


@pytest.fixture
def events_index(agreement):
    return EventIndexPageFactory(parent=agreement, title="Forum och möten")


def test_event_page_shows_time_in_stockholm_with_machine_readable_times(client, events_index):
    event = EventPageFactory(
        parent=events_index,
        title="Dialogforum om lokaler",
        start=datetime.datetime(2025, 3, 12, 16, 30, tzinfo=datetime.UTC),
        end=datetime.datetime(2025, 3, 12, 18, 30, tzinfo=datetime.UTC),
        place="Stadshuset\nCampusgatan 26",
        interpretation="Tolkning till arabiska och teckenspråk.",
        accessibility="Entrén saknar trappsteg. Hörslinga finns.",
        agenda=[
            ("item", {"time": datetime.time(17, 30), "item": "Välkommen", "details": ""}),
            (
                "item",
                {
                    "time": datetime.time(17, 45),
                    "end_time": datetime.time(18, 30),
                    "item": "Samtal i grupper",
                    "details": "Om lokaler och bidrag",
                },
            ),
        ],
        minutes="<p>Vi talade om lokaler.</p>",
        organisations_attended=23,
    )
    page = soup(client.get(event.url))
    times = page.find(class_="facts").find_all("time")
    # 16:30 UTC is 17:30 in Stockholm in March (winter time), in Swedish date format.
    assert times[0]["datetime"] == "2025-03-12T17:30:00+01:00"
    assert times[0].get_text() == "12 mars 2025, 17:30"
    assert times[1]["datetime"] == "2025-03-12T19:30:00+01:00"
    assert times[1].get_text() == "19:30"
    text = page.get_text(" ", strip=True)
    assert "Tolkning till arabiska och teckenspråk." in text
    assert "Hörslinga finns." in text
    agenda = page.find("ol", class_="agenda").find_all("li")
    assert [li.find("time")["datetime"] for li in agenda] == [
        "2025-03-12T17:30",
        "2025-03-12T17:45",
    ]
    assert "Samtal i grupper" in agenda[1].get_text()
    assert "Om lokaler och bidrag" in agenda[1].get_text()
    assert "23 organisationer deltog." in text
    assert "Vi talade om lokaler." in text
    assert page.find("a", string="Lägg till i kalendern")["href"] == event.url + "calendar/"


def test_summer_time_is_shown_in_stockholm_time(client, events_index):
    event = EventPageFactory(
        parent=events_index,
        start=datetime.datetime(2025, 6, 10, 15, 0, tzinfo=datetime.UTC),
        end=datetime.datetime(2025, 6, 10, 17, 0, tzinfo=datetime.UTC),
    )
    time = soup(client.get(event.url)).find(class_="facts").find("time")
    assert time["datetime"] == "2025-06-10T17:00:00+02:00"


def test_listing_splits_upcoming_and_past(client, events_index):
    EventPageFactory(parent=events_index, title="Förra forumet", start=days_from_now(-30))
    EventPageFactory(parent=events_index, title="Nästa forum", start=days_from_now(20))
    EventPageFactory(parent=events_index, title="Utkastet", start=days_from_now(10), live=False)
    page = soup(client.get(events_index.url))
    upcoming = page.find(id="upcoming-heading").find_parent("section").get_text()
    past = page.find(id="past-heading").find_parent("section").get_text()
    assert "Nästa forum" in upcoming and "Förra forumet" not in upcoming
    assert "Förra forumet" in past and "Nästa forum" not in past
    assert "Utkastet" not in page.get_text()


def test_past_events_newest_first_upcoming_soonest_first(client, events_index):
    for days in (-300, -10, -100):
        EventPageFactory(parent=events_index, title=f"Dåtid {-days}", start=days_from_now(days))
    for days in (60, 5, 30):
        EventPageFactory(parent=events_index, title=f"Framtid {days}", start=days_from_now(days))
    html = client.get(events_index.url).content.decode()
    assert html.index("Framtid 5") < html.index("Framtid 30") < html.index("Framtid 60")
    assert html.index("Dåtid 10") < html.index("Dåtid 100") < html.index("Dåtid 300")


def test_listing_filters_by_kind_and_year_with_a_plain_get_form(client, events_index):
    def at(year):
        return datetime.datetime(year, 4, 10, 15, 0, tzinfo=datetime.UTC)

    EventPageFactory(parent=events_index, title="Forum 2024", start=at(2024))
    EventPageFactory(parent=events_index, title="Forum 2025", start=at(2025))
    EventPageFactory(
        parent=events_index,
        title="Konferens 2025",
        start=at(2025),
        kind=EventKind.FOLLOW_UP_CONFERENCE,
    )
    form = soup(client.get(events_index.url)).find("form", class_="event-filter")
    assert form["method"] == "get"
    assert [o["value"] for o in form.find(id="filter-year").find_all("option")] == [
        "",
        "2025",
        "2024",
    ]
    kinds = [o["value"] for o in form.find(id="filter-kind").find_all("option")]
    assert kinds == ["", "dialogue_forum", "follow_up_conference"]

    def titles(**params):
        page = soup(client.get(events_index.url, params))
        return sorted(h.get_text(strip=True) for h in page.select(".event-card .card__title"))

    assert titles(year="2025") == ["Forum 2025", "Konferens 2025"]
    assert titles(kind="dialogue_forum") == ["Forum 2024", "Forum 2025"]
    assert titles(kind="follow_up_conference", year="2025") == ["Konferens 2025"]
    assert titles(kind="dialogue_forum", year="2024") == ["Forum 2024"]
    # Unknown values are ignored rather than an error or an empty page.
    assert len(titles(kind="<script>", year="x")) == 3
    page = soup(client.get(events_index.url, {"year": "2025"}))
    assert page.find(id="filter-year").find("option", selected=True)["value"] == "2025"
    assert page.find("a", string="Visa alla evenemang")["href"] == events_index.url


def test_listing_links_to_the_feed_as_webcal_and_https(client, events_index):
    page = soup(client.get(events_index.url))
    feed = events_index.full_url + "calendar/"
    assert feed.startswith("http")
    assert page.find("a", href="webcal://" + feed.split("://", 1)[1])
    assert page.find("a", href=feed)
    assert page.find("link", rel="alternate", type="text/calendar")["href"] == feed


def build_listing(parent, count):
    index = EventIndexPageFactory(parent=parent)
    for i in range(count):
        EventPageFactory(
            parent=index,
            start=days_from_now(i * 20 - count * 10),
            kind=list(EventKind)[i % len(EventKind)],
        )
    return index


def test_listing_query_count_does_not_grow_with_size(client, agreement_index):
    from tests.factories import AgreementPageFactory

    small = build_listing(AgreementPageFactory(parent=agreement_index), 3)
    large = build_listing(AgreementPageFactory(parent=agreement_index), 40)
    small_count = count_queries(client, small.url)
    assert small_count == count_queries(client, large.url)
    assert count_queries(client, small.url + "?kind=seminar&year=2026") == small_count


def test_agreement_page_shows_the_next_forum_and_links_to_events_and_bodies(
    client, agreement, events_index
):
    from tests.factories import BodyPageFactory

    EventPageFactory(parent=events_index, title="Förra forumet", start=days_from_now(-30))
    EventPageFactory(
        parent=events_index,
        title="Seminariet",
        kind=EventKind.SEMINAR,
        start=days_from_now(5),
    )
    later = EventPageFactory(parent=events_index, title="Senare forum", start=days_from_now(40))
    soon = EventPageFactory(parent=events_index, title="Nästa forum", start=days_from_now(12))
    body = BodyPageFactory(parent=agreement, title="Samrådsgruppen")
    page = soup(client.get(agreement.url))
    section = page.find(id="structure-heading").find_parent("section")
    box = section.find(class_="fact-box")
    assert box.find("a", string="Nästa forum")["href"] == soon.url
    assert box.find("a", string="Lägg till i kalendern")["href"] == soon.url + "calendar/"
    assert "Senare forum" not in box.get_text() and "Seminariet" not in box.get_text()
    links = {a.get_text(): a["href"] for a in section.select(".agreement-structure__list a")}
    assert links == {"Forum och möten": events_index.url, "Samrådsgruppen": body.url}
    assert later.url not in str(section)


def test_agreement_page_query_count_with_events_and_bodies(client, agreement_index):
    from tests.agreements.test_public_pages import build_agreement
    from tests.factories import BodyPageFactory

    def build(events, bodies):
        agreement = build_agreement(agreement_index, 3, 10)
        index = build_listing(agreement, events)
        EventPageFactory(parent=index, start=days_from_now(3))
        for _ in range(bodies):
            BodyPageFactory(parent=agreement)
        return agreement

    small, large = build(2, 1), build(30, 4)
    small_count = count_queries(client, small.url)
    assert small_count == count_queries(client, large.url)
    print("agreement page with events", small_count)
    assert small_count[1] <= 15  # the agreement page's budget (test_public_pages.py)
