"""Migrating to the agreement shapes keeps every existing agreement's facts, both ways.

An agreement stored before the change (required dates, one set of decision
fields, scope "all" as the old default chose it) and a saved revision of it
are migrated forward: the dates become exact dates, the decision becomes the
first "adopted" decision (on the row and in the revision the editor opens),
the scope stays. Migrating back restores the old fields from that decision.
"""

import uuid

import pytest

from tests import clock
from tests.migration_steps import migrate

BEFORE = [("agreements", "0007_registration_moves_to_forms")]
AFTER = [("agreements", "0008_agreement_shapes")]

OLD_DECISION = {
    "adopted_by": "Kommunfullmäktige",
    "record_number": "KS 2024/512",
    "decision_paragraph": "§ 31",
    "decision_url": "https://kommun.example/protokoll/31",
}


def old_agreement(apps, slug, **fields):
    Page = apps.get_model("wagtailcore", "Page")
    AgreementPage = apps.get_model("agreements", "AgreementPage")
    ContentType = apps.get_model("contenttypes", "ContentType")
    page_type, _ = ContentType.objects.get_or_create(app_label="agreements", model="agreementpage")
    root = Page.objects.get(depth=1)
    return AgreementPage.objects.create(
        title="Överenskommelse",
        slug=slug,
        content_type=page_type,
        path=f"{root.path}{9990 + AgreementPage.objects.count():04d}",
        depth=2,
        locale_id=root.locale_id,
        translation_key=uuid.uuid4(),
        municipality="Exempelby kommun",
        intro="Kort.",
        valid_from=clock.years_ago(1),
        valid_to=clock.years_ahead(2),
        scope="all",
        forums_per_year=2,
        **fields,
    )


pytestmark = pytest.mark.usefixtures("back_to_the_latest_migrations")


# serialized_rollback: see tests/forms/test_registration_move_migration.py.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_agreements_keep_their_period_decision_and_scope_both_ways():
    old = migrate(BEFORE)
    try:
        decided = old_agreement(old, "decided", adopted_on=clock.years_ago(1), **OLD_DECISION)
        undecided = old_agreement(old, "undecided")
        Revision = old.get_model("wagtailcore", "Revision")
        ContentType = old.get_model("contenttypes", "ContentType")
        page_type = ContentType.objects.get(app_label="agreements", model="agreementpage")
        revision = Revision.objects.create(
            content_type=page_type,
            base_content_type=page_type,
            object_id=str(decided.pk),
            created_at=clock.noon(),
            content={
                "pk": decided.pk,
                "title": "Överenskommelse (utkast)",
                "locale": decided.locale_id,
                "translation_key": str(decided.translation_key),
                "valid_from": clock.years_ago(1).isoformat(),
                "valid_to": clock.years_ahead(2).isoformat(),
                "adopted_on": clock.years_ago(1).isoformat(),
                **OLD_DECISION,
            },
        )
    finally:
        new = migrate(AFTER)

    AgreementPage = new.get_model("agreements", "AgreementPage")
    Decision = new.get_model("agreements", "Decision")
    page = AgreementPage.objects.get(pk=decided.pk)
    assert (page.period_kind, page.valid_from, page.valid_to) == (
        "dates",
        clock.years_ago(1),
        clock.years_ahead(2),
    )
    assert (page.starts_on, page.ends_on, page.sort_date) == (
        clock.years_ago(1),
        clock.years_ahead(2),
        clock.years_ago(1),
    )
    assert page.scope == "all"
    decision = Decision.objects.get(page_id=page.pk)
    assert (
        decision.kind,
        decision.body,
        decision.date,
        decision.record_number,
        decision.paragraph,
        decision.url,
    ) == (
        "adopted",
        "Kommunfullmäktige",
        clock.years_ago(1),
        "KS 2024/512",
        "§ 31",
        "https://kommun.example/protokoll/31",
    )
    assert decision.locale_id == page.locale_id
    assert not Decision.objects.filter(page_id=undecided.pk).exists()
    assert AgreementPage.objects.get(pk=undecided.pk).scope == "all"

    content = new.get_model("wagtailcore", "Revision").objects.get(pk=revision.pk).content
    assert content["period_kind"] == "dates"
    assert content["valid_from"] == clock.years_ago(1).isoformat()
    assert [
        (d["pk"], d["kind"], d["body"], d["date"], d["record_number"], d["paragraph"])
        for d in content["decisions"]
    ] == [
        (
            decision.pk,
            "adopted",
            "Kommunfullmäktige",
            clock.years_ago(1).isoformat(),
            "KS 2024/512",
            "§ 31",
        )
    ]
    assert "adopted_by" not in content

    back = migrate(BEFORE)
    try:
        restored = back.get_model("agreements", "AgreementPage").objects.get(pk=decided.pk)
        assert {name: getattr(restored, name) for name in OLD_DECISION} == OLD_DECISION
        assert restored.adopted_on == clock.years_ago(1)
        assert (restored.valid_from, restored.valid_to) == (
            clock.years_ago(1),
            clock.years_ahead(2),
        )
    finally:
        migrate(AFTER)
