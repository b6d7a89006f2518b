"""The annual cycle (årshjul) on the admin dashboard, on a constructed year.

"Today" is fixed by replacing `django.utils.timezone.now`; nothing waits for
real time.
"""

import datetime
import re

from django.urls import reverse
from django.utils import timezone

import pytest

from agreements.annual_cycle import annual_cycle
from agreements.models import ActivityPlanPage, EventKind, EventPage, FollowUpReportPage
from forms.models import ApplicationStatus
from tests.factories import (
    ActivityPlanPageFactory,
    AgreementPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FollowUpReportPageFactory,
    ForumPromiseFactory,
)
from tests.factories.forms import ApplicationFactory

from .followup_trees import utc

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_day(monkeypatch):
    """Make `timezone.now()` a fixed moment on the given day."""

    def freeze(year, month, day):
        moment = utc(year, month, day, 10, 0)
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment.date()

    return freeze


@pytest.fixture
def cycle_year(agreement_index):
    """An agreement 2025–2028 on 15 October 2026, with a year's worth of work half done."""
    earlier = AgreementPageFactory(
        parent=agreement_index,
        valid_from=datetime.date(2021, 1, 1),
        valid_to=datetime.date(2024, 12, 31),
    )
    agreement = AgreementPageFactory(
        parent=agreement_index,
        replaces=earlier,
        valid_from=datetime.date(2025, 1, 1),
        valid_to=datetime.date(2028, 12, 31),
        review_by=datetime.date(2027, 2, 28),
    )
    ForumPromiseFactory(page=agreement, frequency="times_a_year", times_a_year=3)
    events = EventIndexPageFactory(parent=agreement)
    EventPageFactory(parent=events, start=utc(2026, 3, 12, 16, 0))  # held
    EventPageFactory(parent=events, kind=EventKind.FOLLOW_UP_CONFERENCE, start=utc(2026, 5, 5, 8))
    EventPageFactory(parent=events, kind=EventKind.SEMINAR, start=utc(2026, 6, 5, 8))  # no forum
    EventPageFactory(parent=events, start=utc(2025, 9, 1, 16, 0))  # last year
    EventPageFactory(parent=events, start=utc(2026, 11, 20, 16, 0))  # planned
    FollowUpReportPageFactory(parent=agreement, year=2025, live=False)
    ActivityPlanPageFactory(
        parent=agreement,
        period_start=datetime.date(2025, 1, 1),
        period_end=datetime.date(2026, 12, 31),
    )
    for status in [
        ApplicationStatus.SUBMITTED,
        ApplicationStatus.NEEDS_COMPLETION,
        ApplicationStatus.APPROVED,
    ]:
        ApplicationFactory(agreement=agreement, status=status)
    ApplicationFactory(agreement=earlier, status=ApplicationStatus.SUBMITTED)
    return agreement, events


def lines(cycle):
    return {item["key"]: item for item in cycle["lines"]}


def test_dashboard_shows_the_annual_cycle_of_the_current_agreement(
    admin_client, on_day, cycle_year
):
    agreement, events = cycle_year
    on_day(2026, 10, 15)

    response = admin_client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    html = response.content.decode()
    panel = html[html.index('class="w-panel annual-cycle"') :]
    panel = panel[: panel.index("</section>")]
    assert f'<a href="{reverse("wagtailadmin_pages:edit", args=(agreement.pk,))}">' in panel
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", panel))
    assert "Årshjul 2026" in text
    assert "2 av 3 forum hållna 2026, 1 till planerat" in text
    assert "Uppföljningsrapporten för 2025 är inte publicerad än." in text
    assert "Aktivitetsplanen slutar 31 december 2026: dags att förbereda nästa." in text
    assert "Överenskommelsen ska prövas senast 28 februari 2027." in text
    assert "2 ansökningar om anslutning väntar på beslut" in text
    report = FollowUpReportPage.objects.get(year=2025)
    assert f'href="{reverse("wagtailadmin_pages:edit", args=(report.pk,))}"' in panel
    assert (
        'href="'
        + reverse("wagtailadmin_pages:add", args=("agreements", "activityplanpage", agreement.pk))
        + '"'
    ) in panel
    assert (
        'href="'
        + reverse("wagtailadmin_pages:add", args=("agreements", "eventpage", events.pk))
        + '"'
    ) in panel
    assert f'href="{reverse("forms_application:index")}?status=submitted"' in panel
    # Two held and one planned make the three forums: the only line in order.
    assert 'data-line="forums" data-ok="true"' in panel
    assert panel.count('data-ok="false"') == 4


def test_a_year_in_good_order(on_day, cycle_year):
    agreement, events = cycle_year
    today = on_day(2026, 6, 10)
    EventPage.objects.filter(start__year=2026, kind=EventKind.SEMINAR).update(
        kind=EventKind.DIALOGUE_FORUM
    )
    report = FollowUpReportPage.objects.get(year=2025)
    report.save_revision().publish()
    agreement.review_by = datetime.date(2028, 6, 30)
    agreement.save()

    cycle = lines(annual_cycle(today))

    assert cycle["forums"]["ok"]
    assert cycle["forums"]["text"] == "3 av 3 forum hållna 2026, 1 till planerat"
    assert cycle["report"]["ok"]
    assert cycle["plan"]["ok"]
    assert cycle["plan"]["text"] == "Aktivitetsplanen gäller till 31 december 2026."
    assert cycle["review"]["ok"]
    assert not cycle["applications"]["ok"]
    # Nobody asked: no link to the applications for a user who may not review them.
    assert cycle["applications"]["action_url"] is None


def test_missing_pieces_link_to_where_they_are_added(on_day, agreement_index):
    agreement = AgreementPageFactory(
        parent=agreement_index,
        valid_from=datetime.date(2024, 1, 1),
        valid_to=datetime.date(2027, 12, 31),
    )
    ForumPromiseFactory(page=agreement, frequency="yearly")
    today = on_day(2026, 2, 1)

    cycle = annual_cycle(today)

    assert cycle["agreement"].pk == agreement.pk
    found = lines(cycle)
    assert found["forums"]["action_url"] == reverse(
        "wagtailadmin_pages:add", args=("agreements", "eventindexpage", agreement.pk)
    )
    assert found["report"]["text"] == "Uppföljningsrapporten för 2025 har inte påbörjats."
    assert found["report"]["action_url"] == reverse(
        "wagtailadmin_pages:add", args=("agreements", "followupreportpage", agreement.pk)
    )
    assert found["plan"]["text"] == "Ingen publicerad aktivitetsplan gäller i dag."
    assert found["review"]["text"] == "Inget datum för prövning är satt."
    assert found["applications"]["ok"]
    assert ActivityPlanPage.objects.count() == 0


def test_no_agreement_in_force(admin_client, on_day, agreement_index):
    AgreementPageFactory(
        parent=agreement_index,
        valid_from=datetime.date(2030, 1, 1),
        valid_to=datetime.date(2033, 12, 31),
    )
    on_day(2026, 2, 1)
    assert annual_cycle() is None
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Ingen överenskommelse gäller i dag." in html


@pytest.mark.parametrize(
    ("days_left", "due"),
    [(-1, True), (0, True), (179, True), (180, True), (181, False), (365, False)],
)
def test_the_review_line_warns_from_six_months_before_the_review_date(
    agreement_index, today, days_left, due
):
    """Aktualitetsprövning: the warning starts 180 days ahead, not a day earlier or later."""
    AgreementPageFactory(
        parent=agreement_index, review_by=today + datetime.timedelta(days=days_left)
    )
    review = lines(annual_cycle(today))["review"]
    assert review["ok"] is not due
