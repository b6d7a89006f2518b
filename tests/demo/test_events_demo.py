"""The demo's forums, follow-up conference and consultation group, at their public URLs."""

from io import StringIO

from django.core.management import call_command

import pytest

from agreements.models import BodyKind, BodyPage, EventIndexPage, EventKind, EventPage, forums_held


@pytest.mark.django_db
def test_demo_has_forums_a_conference_and_the_consultation_group(client):
    call_command("load_initial_data", stdout=StringIO())
    current = EventIndexPage.objects.get(locale__language_code="sv").get_parent().specific
    assert current.slug == "2025-2028"
    events = EventPage.objects.live().descendant_of(current)
    past_forums = [e for e in events if e.is_past and e.kind == EventKind.DIALOGUE_FORUM]
    assert len(past_forums) == 2
    assert all(e.minutes and e.organisations_attended for e in past_forums)
    assert events.filter(kind=EventKind.FOLLOW_UP_CONFERENCE).count() == 1
    [upcoming] = [e for e in events if not e.is_past]
    assert upcoming.registration_is_open()
    assert len(forums_held(current, 2025)) == 2

    group = BodyPage.objects.child_of(current).get(
        kind=BodyKind.CONSULTATION_GROUP, locale__language_code="sv"
    )
    current_members, former_members = group.split_members()
    assert current_members and former_members
    # The demo stores no name without consent; those members show role and organisation.
    assert any(m.name and not m.public_name for m in group.members.all()) is False
    assert any(not m.public_name for m in current_members)

    assert client.get(group.url).status_code == 200
    listing = client.get(upcoming.get_parent().url).content.decode()
    assert upcoming.title in listing
    assert 'id="registration-form"' in client.get(upcoming.url).content.decode()
    # The listing and the upcoming forum in every language.
    for code in ("en", "fi", "ar", "so"):
        translated = EventPage.objects.get(
            translation_key=upcoming.translation_key, locale__language_code=code
        )
        response = client.get(translated.url)
        assert response.status_code == 200
        assert translated.title != upcoming.title
        assert client.get(translated.url + "calendar/").status_code == 200
