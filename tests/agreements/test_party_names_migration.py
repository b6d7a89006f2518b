"""Naming the parties keeps existing agreements reading as before.

Migrates a database back to before party names existed, stores a Swedish
agreement with an English translation and commitments of two sides (one on
a principle), migrates forward and reads the party rows and the matrix back
through today's models; then back and forth once more.
"""

import uuid

import pytest

from agreements.models import AgreementPage
from tests import clock
from tests.migration_steps import migrate, migrate_to_latest

BEFORE = [("agreements", "0008_agreement_shapes")]
AFTER = [("agreements", "0009_agreement_party_names")]


def store_agreements(old):
    """A Swedish agreement, its English translation, and commitments by two sides."""
    Page = old.get_model("wagtailcore", "Page")
    Locale = old.get_model("wagtailcore", "Locale")
    ContentType = old.get_model("contenttypes", "ContentType")
    AgreementPage = old.get_model("agreements", "AgreementPage")
    PrinciplePage = old.get_model("agreements", "PrinciplePage")
    Commitment = old.get_model("agreements", "Commitment")
    root = Page.objects.get(depth=1)
    sv = Locale.objects.get_or_create(language_code="sv")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    agreement_type = ContentType.objects.get_or_create(
        app_label="agreements", model="agreementpage"
    )[0]
    principle_type = ContentType.objects.get_or_create(
        app_label="agreements", model="principlepage"
    )[0]
    swedish = english = None
    key = uuid.uuid4()
    for locale, path in [(sv, "9998"), (en, "9997")]:
        agreement = AgreementPage.objects.create(
            title="Överenskommelse",
            slug=f"overenskommelse-{locale.language_code}",
            content_type=agreement_type,
            path=f"{root.path}{path}",
            depth=2,
            numchild=1,
            url_path=f"/overenskommelse-{locale.language_code}/",
            locale=locale,
            translation_key=key,
            municipality="Exempelby kommun",
            intro="Före namnen.",
            valid_from=clock.years_ago(1),
            valid_to=clock.years_ahead(2),
        )
        principle = PrinciplePage.objects.create(
            title="Dialog",
            slug="dialog",
            content_type=principle_type,
            path=f"{agreement.path}0001",
            depth=3,
            url_path=f"{agreement.url_path}dialog/",
            locale=locale,
            summary="Om dialog.",
        )
        Commitment.objects.create(
            page_id=agreement.pk, locale=locale, party="municipality", text="Att bjuda in"
        )
        Commitment.objects.create(
            page_id=principle.pk, locale=locale, party="both", text="Att mötas"
        )
        if swedish is None:
            swedish = agreement
        else:
            english = agreement
    return swedish.pk, english.pk


def party_rows(apps, pk):
    AgreementParty = apps.get_model("agreements", "AgreementParty")
    return [
        (p.side, p.name, p.heading, p.translation_key)
        for p in AgreementParty.objects.filter(page_id=pk).order_by("sort_order")
    ]


# serialized_rollback: the flush after a transactional test must not run post_migrate
# handlers, or the next test that restores the serialized data finds rows twice.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_agreements_get_their_sides_named_with_todays_labels():
    old = migrate(BEFORE)
    try:
        swedish, english = store_agreements(old)
        new = migrate(AFTER)
        sv_rows = party_rows(new, swedish)
        en_rows = party_rows(new, english)
        # Only the sides used, in today's order, with today's labels in the page's language.
        assert [row[:3] for row in sv_rows] == [
            ("municipality", "Kommunen", "Kommunen åtar sig"),
            ("both", "Båda parter", "Båda parter åtar sig"),
        ]
        assert [row[:3] for row in en_rows] == [
            ("municipality", "The municipality", "The municipality commits to"),
            ("both", "Both parties", "Both parties commit to"),
        ]
        # One translation key per side, shared by the language versions.
        assert [row[3] for row in sv_rows] == [row[3] for row in en_rows]
        assert len({row[3] for row in sv_rows}) == 2

        # Back and forth: the rows go with the table and come back the same.
        migrate(BEFORE)
        again = migrate(AFTER)
        assert party_rows(again, swedish) == sv_rows
    finally:
        migrate_to_latest()

    # Today's models read the page as before: the same columns under the same names.
    matrix = AgreementPage.objects.get(pk=swedish).get_commitment_matrix()
    assert [str(p.name) for p in matrix["parties"]] == ["Kommunen", "Båda parter"]
    assert [str(p.commits_label) for p in matrix["parties"]] == [
        "Kommunen åtar sig",
        "Båda parter åtar sig",
    ]
    assert matrix["layout"] == "both"
