"""Editors create events and bodies in the Wagtail admin; search finds events."""

import datetime

from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

import pytest

from agreements.models import BodyPage, EventIndexPage, EventPage
from tests import clock
from tests.admin_forms import publish
from tests.factories import EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db


SWEDISH_MONTHS = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]  # fmt: skip


def admin_datetime(moment):
    """How the admin's date-time widget sends a local time."""
    return moment.strftime("%Y-%m-%d %H:%M")


def test_editor_creates_an_event_with_agenda_and_registration(admin_client, anonymous, agreement):
    start = clock.at(30, 17, 30)  # a month ahead, registration open until two days before
    response = publish(
        admin_client,
        EventIndexPage,
        agreement,
        {"title": "Forum och möten", "slug": "forum", "intro": "Alla möten."},
    )
    assert response.status_code == 302
    index = EventIndexPage.objects.get(slug="forum")
    response = publish(
        admin_client,
        EventPage,
        index,
        {
            "title": "Dialogforum nästa månad",
            "slug": "dialogforum-nasta-manad",
            "kind": "dialogue_forum",
            "start": admin_datetime(start),
            "end": admin_datetime(clock.at(30, 20, 0)),
            "summary": "Vi samtalar om året som gått.",
            "description": rich_text("<p>Välkommen!</p>"),
            "agenda": streamfield(
                [
                    ("item", {"time": "17:30", "end_time": "", "item": "Fika", "details": ""}),
                    ("item", {"time": "18:00", "end_time": "19:30", "item": "Samtal"}),
                ]
            ),
            "place": "Stadshuset",
            "online_url": "",
            "audience": "everyone",
            "interpretation": "Tolkning till finska.",
            "accessibility": "Hörslinga finns.",
            "registration_enabled": "on",
            "registration_deadline": admin_datetime(clock.at(28, 12, 0)),
            "capacity": "40",
            "waiting_list": "on",
            "minutes": rich_text(""),
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(slug="dialogforum-nasta-manad")
    # Entered in Stockholm time, stored in UTC: the same instant.
    assert event.start == start
    assert event.start.utcoffset() == datetime.timedelta(0)
    assert [block.value["item"] for block in event.agenda] == ["Fika", "Samtal"]
    assert event.capacity == 40 and event.registration_enabled
    html = anonymous.get(event.url).content.decode()
    assert f"{start.day} {SWEDISH_MONTHS[start.month - 1]} {start.year}, 17:30" in html
    assert "Tolkning till finska." in html
    assert 'id="registration-form"' in html


def test_event_cannot_end_before_it_starts_or_close_registration_after_start(
    admin_client, agreement
):
    index = EventIndexPageFactory(parent=agreement)
    response = publish(
        admin_client,
        EventPage,
        index,
        {
            "title": "Baklänges",
            "slug": "baklanges",
            "kind": "seminar",
            "start": admin_datetime(clock.at(30, 17, 30)),
            "end": admin_datetime(clock.at(30, 16, 0)),
            "registration_deadline": admin_datetime(clock.at(31, 12, 0)),
            "summary": "x",
            "description": rich_text(""),
            "agenda": streamfield([]),
            "audience": "everyone",
            "minutes": rich_text(""),
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"end", "registration_deadline"}
    assert not EventPage.objects.filter(slug="baklanges").exists()


def test_editor_adds_a_consultation_group_with_members(admin_client, anonymous, agreement):
    response = publish(
        admin_client,
        BodyPage,
        agreement,
        {
            "title": "Samrådsgruppen",
            "slug": "samradsgruppen",
            "kind": "consultation_group",
            "summary": "Gruppen bereder forumen.",
            "purpose": rich_text("<p>Samordna arbetet.</p>"),
            "membership": rich_text("<p>Väljs på dialogforum.</p>"),
            "meeting_rhythm": "Fyra gånger om året",
            "seat_groups": inline_formset([]),
            "members": inline_formset(
                [
                    {
                        "side": "civil_society",
                        "role": "Ordförande",
                        "organisation": "Föreningen Exempel",
                        "name": "Sam Samtycke",
                        "name_consent_on": str(clock.days(-60)),
                        "term_start": str(clock.days(-60)),
                        "term_end": "",
                    },
                    {
                        "side": "municipality",
                        "role": "Sekreterare",
                        "organisation": "Exempelby föreningskontor",
                        "name": "Ingen Samtycke",
                        "name_consent_on": "",
                        "term_start": str(clock.years_ago(1)),
                        "term_end": "",
                    },
                ]
            ),
        },
    )
    assert response.status_code == 302
    body = BodyPage.objects.get(slug="samradsgruppen")
    assert body.members.count() == 2
    html = anonymous.get(body.url).content.decode()
    assert "Sam Samtycke" in html and "Ingen Samtycke" not in html
    assert "Exempelby föreningskontor" in html


def test_search_finds_events_by_summary_and_agenda(agreement):
    index = EventIndexPageFactory(parent=agreement)
    EventPageFactory(
        parent=index,
        title="Forum A",
        summary="Vi samtalar om föreningslokaler.",
        agenda=[("item", {"time": datetime.time(18), "item": "Kulturnatten", "details": ""})],
    )
    EventPageFactory(parent=index, title="Forum B", summary="Om idrott.")
    found = [p.title for p in EventPage.objects.live().search("föreningslokaler")]
    assert found == ["Forum A"]
    assert [p.title for p in EventPage.objects.live().search("Kulturnatten")] == ["Forum A"]
