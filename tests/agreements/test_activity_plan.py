"""Activity plans: created in the admin, read and filtered at their public URL, revisions."""

import re

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest

from agreements.models import ActivityPlanPage, ActivityStatus, Party
from tests import clock
from tests.admin_forms import add_url, publish

from .followup_trees import agreement_with_commitments, forums_in, plan_for, report_for
from .test_public_pages import count_queries

pytestmark = pytest.mark.django_db


def plan_fields(principles, commitments, **overrides):
    fields = {
        "title": "Aktivitetsplan 2025–2026",
        "slug": "aktivitetsplan",
        "period_start": "2025-01-01",
        "period_end": "2026-12-31",
        "intro": rich_text("<p>Vad vi gör de två första åren.</p>"),
        "activities": inline_formset(
            [
                {
                    "title": "Dialogforum två gånger om året",
                    "description": "Öppna forum för alla organisationer.",
                    "party": "municipality",
                    "responsible": "Exempelby föreningskontor",
                    "timeframe": "2025–2026",
                    "status": "ongoing",
                    "principles": (str(principles[0].pk),),
                    "commitments": (str(commitments[0].pk), str(commitments[2].pk)),
                },
                {
                    "title": "Föreningsträffar",
                    "party": "civil_society",
                    "responsible": "Nätverket av föreningar",
                    "timeframe": "Hösten 2025",
                    "status": "done",
                    "principles": (),
                    "commitments": (str(commitments[1].pk),),
                },
            ]
        ),
    }
    fields.update(overrides)
    return fields


def test_activity_plan_is_created_with_linked_principles_and_commitments(
    admin_client, anonymous, agreement_index
):
    agreement, principles, commitments = agreement_with_commitments(
        agreement_index, principles=2, commitments=2, own=1
    )

    fields = plan_fields(principles, commitments)
    response = publish(admin_client, ActivityPlanPage, agreement, fields)

    assert response.status_code == 302
    plan = ActivityPlanPage.objects.get(slug="aktivitetsplan")
    first, second = plan.activities.order_by("sort_order")
    assert list(first.principles.all()) == [principles[0]]
    assert set(first.commitments.all()) == {commitments[0], commitments[2]}
    assert list(second.commitments.all()) == [commitments[1]]
    assert second.party == Party.CIVIL_SOCIETY
    html = anonymous.get(plan.url).content.decode()
    assert "Dialogforum två gånger om året" in html
    assert f'<a href="{principles[0].url}">Princip 0</a>' in html
    history = f"{agreement.url}atagande/{commitments[2].translation_key}/"
    assert f'href="{history}">Gemensamt löfte 0</a>' in html


def test_only_the_agreements_own_principles_and_commitments_are_offered(
    admin_client, agreement_index
):
    agreement, principles, commitments = agreement_with_commitments(agreement_index)
    _other, other_principles, other_commitments = agreement_with_commitments(agreement_index)

    form = admin_client.get(add_url(ActivityPlanPage, agreement)).context["form"]
    empty = form.formsets["activities"].empty_form
    assert set(empty.fields["principles"].queryset) == set(principles)
    assert set(empty.fields["commitments"].queryset) == set(commitments)
    assert empty.fields["commitments"].label_from_instance(commitments[0]) == (
        "Princip 0: Kommunen: Löfte 0"
    )

    fields = plan_fields(principles, commitments)
    fields["activities"]["0-principles"] = (str(other_principles[0].pk),)
    response = publish(admin_client, ActivityPlanPage, agreement, fields)
    assert response.status_code == 200
    assert not ActivityPlanPage.objects.exists()
    assert other_commitments


def test_plan_groups_activities_by_status_and_filters_with_plain_links(anonymous, agreement_index):
    agreement, principles, commitments = agreement_with_commitments(agreement_index)
    plan = plan_for(agreement, commitments, principles, activities=10)

    html = anonymous.get(plan.url).content.decode()
    headings = re.findall(r'<h3 id="status-(\w+)">', html)
    assert headings == [s.value for s in ActivityStatus]
    assert "10 aktiviteter i planen." in html
    assert 'href="?status=done#activities"' in html
    assert 'href="?party=civil_society#activities"' in html

    html = anonymous.get(plan.url, {"status": "done", "party": "municipality"}).content.decode()
    shown = re.findall(r'<h4 class="activity__title">Aktivitet (\d+)</h4>', html)
    # Activity i has status i % 5 and party i % 3: done is 2 and 7; municipality 0, 3, 6, 9.
    assert shown == []
    html = anonymous.get(plan.url, {"status": "done"}).content.decode()
    assert re.findall(r'<h4 class="activity__title">Aktivitet (\d+)</h4>', html) == ["2", "7"]
    assert 'href="?party=civil_society&amp;status=done#activities"' in html
    assert 'href="?status=done#activities" aria-current="true"' in html
    html = anonymous.get(plan.url, {"party": "both", "status": "<x>"}).content.decode()
    # Grouped by status: 5 is planned, 2 done, 8 postponed.
    assert re.findall(r'<h4 class="activity__title">Aktivitet (\d+)</h4>', html) == [
        "5",
        "2",
        "8",
    ]


def test_published_revisions_are_the_plans_history(admin_client, anonymous, agreement_index):
    agreement, principles, commitments = agreement_with_commitments(agreement_index)
    publish(admin_client, ActivityPlanPage, agreement, plan_fields(principles, commitments))
    plan = ActivityPlanPage.objects.get()
    activities = list(plan.activities.order_by("sort_order"))
    fields = plan_fields(principles, commitments)
    fields["activities"] = inline_formset(
        [
            {
                **fields["activities"][str(i)],
                "id": str(activity.pk),
                "status": "done",
            }
            for i, activity in enumerate(activities)
        ],
        initial=len(activities),
    )
    data = nested_form_data({**fields, "change_note": "Forumen är genomförda."})
    data["action-publish"] = "action-publish"
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=(plan.pk,)), data)
    assert response.status_code == 302

    html = anonymous.get(plan.url).content.decode()
    assert len(re.findall(r"<li>\s*<time datetime=", html)) == 2
    assert "Forumen är genomförda." in html
    assert plan.revisions.count() == 2
    assert set(plan.activities.values_list("status", flat=True)) == {"done"}


def test_activity_plan_query_count_does_not_grow_with_size(client, agreement_index):
    small, small_principles, small_commitments = agreement_with_commitments(
        agreement_index, principles=3, commitments=9
    )
    large, large_principles, large_commitments = agreement_with_commitments(
        agreement_index, principles=10, commitments=60
    )
    small_plan = plan_for(small, small_commitments, small_principles, activities=5)
    large_plan = plan_for(large, large_commitments, large_principles, activities=50)
    assert count_queries(client, small_plan.url) == count_queries(client, large_plan.url)


def test_follow_up_report_query_count_does_not_grow_with_size(client, agreement_index):
    last_year = clock.today().year - 1  # the report on the year just ended
    small, _p, small_commitments = agreement_with_commitments(
        agreement_index, principles=3, commitments=9
    )
    large, _p, large_commitments = agreement_with_commitments(
        agreement_index, principles=12, commitments=120, own=10
    )
    forums_in(small, last_year, held=1)
    forums_in(large, last_year, held=6)
    small_report = report_for(small, last_year, small_commitments)
    large_report = report_for(large, last_year, large_commitments)
    small_count = count_queries(client, small_report.url)
    assert small_count == count_queries(client, large_report.url)
    print("follow-up report", small_count)
    assert small_count[1] <= 15


def test_commitment_history_query_count_does_not_grow_with_years(client, agreement_index):
    agreement, _principles, commitments = agreement_with_commitments(
        agreement_index, principles=3, commitments=30
    )
    key = commitments[0].translation_key
    url = f"{agreement.url}atagande/{key}/"
    first_year = clock.today().year - 3
    report_for(agreement, first_year, commitments)
    one_year = count_queries(client, url)
    for year in range(first_year + 1, first_year + 4):
        report_for(agreement, year, commitments)
    assert count_queries(client, url) == one_year


def test_latest_statuses_cost_the_agreement_page_no_extra_query(client, agreement_index):
    agreement, _principles, commitments = agreement_with_commitments(
        agreement_index, principles=4, commitments=40, own=4
    )
    without_reports = count_queries(client, agreement.url)
    report_for(agreement, 2025, commitments)
    report_for(agreement, 2026, commitments)
    assert count_queries(client, agreement.url) == without_reports
    assert client.get(agreement.url).content.decode().count('class="commitment-status') == 44
