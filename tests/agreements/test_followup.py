"""The yearly follow-up: prefill in the admin, summary, frozen once published, history."""

import re

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest

from agreements.models import (
    ActivityStatus,
    Commitment,
    CommitmentFollowUp,
    CommitmentStatus,
    FollowUpReportPage,
    Party,
)
from tests import clock
from tests.admin_forms import add_url
from tests.factories import (
    ActivityFactory,
    ActivityPlanPageFactory,
    CommitmentFollowUpFactory,
    FollowUpReportPageFactory,
    ForumPromiseFactory,
)

from .followup_trees import agreement_with_commitments, forums_in, report_for

pytestmark = pytest.mark.django_db

ENTRY_FIELDS = ["commitment_key", "party", "principle", "commitment_text", "status", "assessment"]

# A report is written for the current year and follows up on last year's.
THIS_YEAR = clock.today().year
LAST_YEAR = THIS_YEAR - 1


def prefilled(response):
    """The entries the add form shows, as the editor's browser would post them back."""
    formset = response.context["form"].formsets["entries"]
    return [
        {
            "id": "",
            **{name: form[name].value() or "" for name in [*ENTRY_FIELDS, "evidence"]},
        }
        for form in formset.forms
    ]


def post_report(client, agreement, fields, entries, action="action-publish"):
    """The add form as the browser posts it: prefilled entries are initial forms without ids."""
    data = nested_form_data({**fields, "entries": inline_formset(entries, initial=len(entries))})
    data[action] = action
    return client.post(add_url(FollowUpReportPage, agreement), data)


@pytest.fixture
def tree(agreement_index):
    """Two principles with a commitment each, and one for the whole agreement.

    Last year's report is published; this year's activity plan has done,
    ongoing and planned activities linked to the commitments.
    """
    agreement, principles, commitments = agreement_with_commitments(
        agreement_index, principles=2, commitments=2, own=1
    )
    dialog, openness, whole = commitments
    last_year = FollowUpReportPageFactory(parent=agreement, year=LAST_YEAR)
    CommitmentFollowUpFactory(
        page=last_year,
        commitment=dialog,
        principle="Princip 0",
        status=CommitmentStatus.FULFILLED,
        assessment="Två forum hölls under året.",
        evidence="Protokoll | https://example.org/protokoll.pdf",
    )
    CommitmentFollowUpFactory(
        page=last_year,
        commitment=openness,
        principle="Princip 1",
        status=CommitmentStatus.NOT_STARTED,
        assessment=(
            "Inget har hänt ännu.\n\nAktiviteter i planen: Förra årets aktivitet (planerad)."
        ),
    )
    plan = ActivityPlanPageFactory(parent=agreement)
    ActivityFactory(
        page=plan, title="Öppet hus om lokaler", status=ActivityStatus.DONE, commitments=[openness]
    )
    ActivityFactory(
        page=plan,
        title="Utbildning i överenskommelsen",
        status=ActivityStatus.ONGOING,
        commitments=[whole],
    )
    ActivityFactory(
        page=plan, title="Gemensam kampanj", status=ActivityStatus.PLANNED, commitments=[whole]
    )
    # A draft plan and a plan of another period suggest nothing.
    other = ActivityPlanPageFactory(parent=agreement, live=False)
    ActivityFactory(page=other, status=ActivityStatus.DONE, commitments=[dialog, whole])
    return agreement, principles, commitments


def test_new_report_is_prefilled_from_last_year_and_the_activity_plan(admin_client, tree):
    agreement, _principles, (dialog, openness, whole) = tree

    response = admin_client.get(add_url(FollowUpReportPage, agreement))

    assert response.status_code == 200
    form = response.context["form"]
    assert form["year"].value() == THIS_YEAR
    assert form["title"].value() == f"Uppföljning {THIS_YEAR}"
    entries = prefilled(response)
    assert [str(e["commitment_key"]) for e in entries] == [
        str(dialog.translation_key),
        str(openness.translation_key),
        str(whole.translation_key),
    ]
    by_text = {e["commitment_text"]: e for e in entries}
    # Last year's status and assessment carry over when the plan says nothing.
    assert by_text[dialog.text]["status"] == CommitmentStatus.FULFILLED
    assert by_text[dialog.text]["assessment"] == "Två forum hölls under året."
    assert by_text[dialog.text]["evidence"] == "Protokoll | https://example.org/protokoll.pdf"
    assert by_text[dialog.text]["principle"] == "Princip 0"
    # Every linked activity done: fulfilled, and the activity is named.
    assert by_text[openness.text]["status"] == CommitmentStatus.FULFILLED
    assert by_text[openness.text]["assessment"] == (
        "Inget har hänt ännu.\n\nAktiviteter i planen: Öppet hus om lokaler (genomförd)."
    )
    # One ongoing and one planned: ongoing.
    assert by_text[whole.text]["status"] == CommitmentStatus.ONGOING
    assert by_text[whole.text]["assessment"] == (
        "Aktiviteter i planen: Utbildning i överenskommelsen (pågår); Gemensam kampanj (planerad)."
    )
    assert by_text[whole.text]["principle"] == ""
    html = response.content.decode()
    assert "Öppet hus om lokaler (genomförd)" in html


def test_prefilled_report_is_saved_as_posted(admin_client, anonymous, tree):
    agreement, _principles, (dialog, openness, whole) = tree
    entries = prefilled(admin_client.get(add_url(FollowUpReportPage, agreement)))
    entries[2]["status"] = CommitmentStatus.PARTLY_FULFILLED
    entries[2]["evidence"] = "Utbildningsmaterial | https://example.org/utbildning"

    response = post_report(
        admin_client,
        agreement,
        {
            "title": f"Uppföljning {THIS_YEAR}",
            "slug": str(THIS_YEAR),
            "year": str(THIS_YEAR),
            "intro": rich_text(""),
        },
        entries,
    )

    assert response.status_code == 302, response.context["form"].errors
    report = FollowUpReportPage.objects.get(year=THIS_YEAR)
    assert report.live
    saved = list(report.entries.order_by("sort_order"))
    assert [e.commitment_key for e in saved] == [
        dialog.translation_key,
        openness.translation_key,
        whole.translation_key,
    ]
    assert [e.status for e in saved] == [
        CommitmentStatus.FULFILLED,
        CommitmentStatus.FULFILLED,
        CommitmentStatus.PARTLY_FULFILLED,
    ]
    html = anonymous.get(report.url).content.decode()
    assert '<a href="https://example.org/utbildning">Utbildningsmaterial</a>' in html


def test_a_second_report_for_the_same_year_is_refused(admin_client, tree):
    agreement, _principles, _commitments = tree
    response = post_report(
        admin_client,
        agreement,
        {"title": "Igen", "slug": "igen", "year": str(LAST_YEAR), "intro": rich_text("")},
        [],
    )
    assert response.status_code == 200
    assert "year" in response.context["form"].errors
    assert FollowUpReportPage.objects.filter(year=LAST_YEAR).count() == 1


def test_evidence_must_be_links(admin_client, tree):
    agreement, _principles, _commitments = tree
    entries = prefilled(admin_client.get(add_url(FollowUpReportPage, agreement)))
    entries[0]["evidence"] = "Protokoll | inte en adress"
    response = post_report(
        admin_client,
        agreement,
        {
            "title": f"Uppföljning {THIS_YEAR}",
            "slug": str(THIS_YEAR),
            "year": str(THIS_YEAR),
            "intro": rich_text(""),
        },
        entries,
    )
    assert response.status_code == 200
    assert not FollowUpReportPage.objects.filter(year=THIS_YEAR).exists()


def test_first_report_starts_from_the_plan_alone(admin_client, agreement_index):
    agreement, _principles, commitments = agreement_with_commitments(
        agreement_index, principles=1, commitments=2, own=0
    )
    response = admin_client.get(add_url(FollowUpReportPage, agreement))
    entries = prefilled(response)
    assert len(entries) == 2
    assert {e["status"] for e in entries} == {CommitmentStatus.NOT_STARTED}
    assert {e["assessment"] for e in entries} == {""}


def test_summary_counts_by_principle_and_party_and_the_forums_held(anonymous, agreement_index):
    agreement, _principles, commitments = agreement_with_commitments(
        agreement_index, principles=2, commitments=6, own=2
    )
    ForumPromiseFactory(page=agreement, frequency="times_a_year", times_a_year=3)
    forums_in(agreement, 2025, held=2, attended=(12, 8))
    statuses = [
        CommitmentStatus.FULFILLED,
        CommitmentStatus.ONGOING,
        CommitmentStatus.FULFILLED,
        CommitmentStatus.NOT_FULFILLED,
    ]
    report = report_for(agreement, 2025, commitments, statuses=statuses)

    response = anonymous.get(report.url)

    assert response.status_code == 200
    summary = response.context["summary"]
    order = [s.value for s in summary["statuses"]]

    def counts(row):
        return dict(zip(order, row["counts"], strict=True))

    # Commitments 0..5 alternate principles 0 and 1; 6 and 7 are the agreement's own.
    by_principle = {row["label"]: counts(row) for row in summary["by_principle"]}
    assert by_principle["Princip 0"] == {**dict.fromkeys(order, 0), "fulfilled": 3}
    assert by_principle["Princip 1"] == {
        **dict.fromkeys(order, 0),
        "ongoing": 2,
        "not_fulfilled": 1,
    }
    assert by_principle["Hela överenskommelsen"] == {
        **dict.fromkeys(order, 0),
        "fulfilled": 1,
        "not_fulfilled": 1,
    }
    by_party = [(str(row["label"]), row["total"]) for row in summary["by_party"]]
    # Municipality: 0, 3; civil society: 1, 4; both: 2, 5 and the two own.
    assert by_party == [("Kommunen", 2), ("Civilsamhället", 2), ("Båda parter", 4)]
    assert summary["totals"] == [4, 0, 2, 0, 2]
    assert len(response.context["forums"]) == 2
    assert response.context["organisations_attended"] == 20
    html = response.content.decode()
    assert "2 forum har hållits; överenskommelsen lovar minst 3 om året." in html
    assert "20 organisationer deltog sammanlagt." in html
    assert re.search(r"<caption id=\"[^\"]+\">Åtaganden per princip och status</caption>", html)
    assert '<th scope="col">Uppfyllt</th>' in html


def test_published_report_is_frozen(admin_client, anonymous, tree):
    """Later drafts and later edits of the agreement's commitments leave the public report."""
    agreement, _principles, (dialog, _openness, _whole) = tree
    entries = prefilled(admin_client.get(add_url(FollowUpReportPage, agreement)))
    entries[0]["assessment"] = "Tre forum hölls."
    post_report(
        admin_client,
        agreement,
        {
            "title": f"Uppföljning {THIS_YEAR}",
            "slug": str(THIS_YEAR),
            "year": str(THIS_YEAR),
            "intro": rich_text(""),
        },
        entries,
    )
    report = FollowUpReportPage.objects.get(year=THIS_YEAR)
    # The agreement is revised: the commitment's wording changes in place.
    Commitment.objects.filter(pk=dialog.pk).update(text="Att bjuda in till forum varje månad")
    # An editor saves a draft of the report with another assessment.
    saved_entries = report.entries.order_by("sort_order")
    edit = nested_form_data(
        {
            "title": f"Uppföljning {THIS_YEAR}",
            "slug": str(THIS_YEAR),
            "year": str(THIS_YEAR),
            "intro": rich_text(""),
            "entries": inline_formset(
                [
                    {**entry, "id": str(saved.pk), "assessment": "Ändrat i utkast."}
                    for entry, saved in zip(entries, saved_entries, strict=True)
                ],
                initial=len(entries),
            ),
        }
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=(report.pk,)), edit)
    assert response.status_code == 302

    html = anonymous.get(report.url).content.decode()
    assert "Tre forum hölls." in html
    assert "Ändrat i utkast." not in html
    assert dialog.text in html
    assert "varje månad" not in html
    # The next year's report starts from the published one, not the draft.
    next_year = prefilled(admin_client.get(add_url(FollowUpReportPage, agreement)))
    assert next_year[0]["assessment"] == "Tre forum hölls."
    assert next_year[0]["commitment_text"] == "Att bjuda in till forum varje månad"


def test_status_history_of_a_commitment_across_two_years(anonymous, agreement_index):
    agreement, principles, commitments = agreement_with_commitments(
        agreement_index, principles=1, commitments=2, own=0
    )
    first, other = commitments
    report_for(agreement, 2025, commitments, statuses=[CommitmentStatus.NOT_STARTED])
    latest = report_for(agreement, 2026, commitments, statuses=[CommitmentStatus.FULFILLED])
    draft = report_for(agreement, 2027, commitments, statuses=[CommitmentStatus.NOT_FULFILLED])
    draft.unpublish()
    # The commitment was reworded after 2025: the history says how it read then.
    CommitmentFollowUp.objects.filter(page__year=2025, commitment_key=first.translation_key).update(
        commitment_text="Löfte 0 som det löd 2025"
    )

    url = f"{agreement.url}atagande/{first.translation_key}/"
    response = anonymous.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Kommunen åtar sig: Löfte 0</h1>" in html
    assert f'href="{principles[0].url}"' in html
    rows = re.findall(
        r'<th scope="row"><a href="[^"]+">(\d{4})</a></th>\s*<td>.*?>([^<]+)</span>', html
    )
    assert rows == [("2025", "Inte påbörjat"), ("2026", "Uppfyllt")]
    assert "Bedömning 2026 av Löfte 0" in html
    assert "Löfte 0 som det löd 2025" in html
    assert "Bedömning 2025 av Löfte 1" not in html
    assert "<caption id=" in html

    # The agreement page and the principle page show the latest status and link here.
    agreement_html = anonymous.get(agreement.url).content.decode()
    assert f'href="{url}">Uppfyllt 2026' in agreement_html
    assert f'<a href="{latest.url}">2026</a>' in agreement_html
    principle_html = anonymous.get(principles[0].url).content.decode()
    assert f'href="{url}">Uppfyllt 2026' in principle_html


def test_history_of_an_unknown_commitment_is_not_found(anonymous, agreement):
    response = anonymous.get(f"{agreement.url}atagande/5b0c4f8e-0000-4000-8000-000000000000/")
    assert response.status_code == 404


def test_removed_commitment_keeps_its_history(anonymous, agreement_index):
    agreement, _principles, commitments = agreement_with_commitments(
        agreement_index, principles=1, commitments=1, own=0
    )
    report_for(agreement, 2025, commitments, statuses=[CommitmentStatus.NOT_FULFILLED])
    key = commitments[0].translation_key
    commitments[0].delete()
    html = anonymous.get(f"{agreement.url}atagande/{key}/").content.decode()
    assert "Kommunen åtar sig: Löfte 0" in html
    assert "Det här åtagandet ingår inte längre i överenskommelsen." in html


def test_party_labels_in_the_report(anonymous, agreement_index):
    agreement, _principles, commitments = agreement_with_commitments(
        agreement_index, principles=1, commitments=3, own=0
    )
    report = report_for(agreement, 2025, commitments)
    html = anonymous.get(report.url).content.decode()
    for party in Party:
        assert f'<th scope="row">{party.label}</th>' in html


def test_history_follows_a_commitment_into_another_language(anonymous, home_page, agreement_index):
    """The English agreement's commitment has the Swedish one's key; its history is English."""
    from wagtail.models import Locale

    en = Locale.objects.get(language_code="en")
    agreement, _principles, commitments = agreement_with_commitments(
        agreement_index, principles=1, commitments=0, own=1
    )
    report = report_for(agreement, 2025, commitments, statuses=[CommitmentStatus.FULFILLED])
    for page in [home_page, agreement_index, agreement, report]:
        translated = page.copy_for_translation(en)
        translated.save_revision().publish()
    en_agreement = agreement.get_translation(en)
    en_report = report.get_translation(en)
    en_commitment = Commitment.objects.get(page=en_agreement)
    assert en_commitment.translation_key == commitments[0].translation_key
    en_report.entries.update(assessment="Two forums were held.")
    en_commitment.text = "To invite to dialogue forums"
    en_commitment.save()

    url = f"{en_agreement.url}atagande/{en_commitment.translation_key}/"
    assert url.startswith("/en/")
    html = anonymous.get(url).content.decode()

    assert '<html lang="en"' in html
    assert "<h1>Both parties commit to: To invite to dialogue forums</h1>" in html
    assert "Two forums were held." in html
    assert f'href="{en_report.url}">2025</a>' in html
    assert ">Fulfilled</span>" in html
    agreement_html = anonymous.get(en_agreement.url).content.decode()
    assert f'href="{url}">Fulfilled 2025' in agreement_html
