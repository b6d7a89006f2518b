"""A number of forums a year becomes a forum promise, so no agreement loses what it promised.

Migrates back to before forum promises existed, stores agreements promising
three, one and no dialogue forums a year (the first with an English
translation), migrates forward and reads the promises; then back (the
number comes back from the promises) and forward again.
"""

import uuid

import pytest

from agreements.models import FORUM_KINDS, AgreementPage
from tests import clock
from tests.migration_steps import migrate, migrate_to_latest

BEFORE = [("agreements", "0010_agreement_contacts")]
AFTER = [("agreements", "0011_body_seats_and_forum_promises")]


def store_agreements(old):
    """{name: pk} of agreements promising 3 (Swedish and English), 1 and 0 forums a year."""
    Page = old.get_model("wagtailcore", "Page")
    Locale = old.get_model("wagtailcore", "Locale")
    ContentType = old.get_model("contenttypes", "ContentType")
    OldAgreementPage = old.get_model("agreements", "AgreementPage")
    root = Page.objects.get(depth=1)
    sv = Locale.objects.get_or_create(language_code="sv")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    agreement_type = ContentType.objects.get_or_create(
        app_label="agreements", model="agreementpage"
    )[0]
    three = uuid.uuid4()
    stored = {}
    for name, locale, key, count, path in [
        ("three", sv, three, 3, "9991"),
        ("three_en", en, three, 3, "9992"),
        ("one", sv, uuid.uuid4(), 1, "9993"),
        ("none", sv, uuid.uuid4(), 0, "9994"),
    ]:
        page = OldAgreementPage.objects.create(
            title=f"Överenskommelse {name}",
            slug=f"overenskommelse-{name}",
            content_type=agreement_type,
            path=f"{root.path}{path}",
            depth=2,
            url_path=f"/overenskommelse-{name}/",
            locale=locale,
            translation_key=key,
            municipality="Exempelby kommun",
            intro="Före löftena.",
            valid_from=clock.years_ago(1),
            valid_to=clock.years_ahead(2),
            forums_per_year=count,
        )
        stored[name] = page.pk
    return stored


def promises(apps, pk):
    ForumPromise = apps.get_model("agreements", "ForumPromise")
    return [
        (p.name, p.frequency, p.times_a_year, p.event_kind, p.translation_key)
        for p in ForumPromise.objects.filter(page_id=pk).order_by("sort_order")
    ]


def counts(apps, stored):
    OldAgreementPage = apps.get_model("agreements", "AgreementPage")
    return {
        name: OldAgreementPage.objects.get(pk=pk).forums_per_year for name, pk in stored.items()
    }


# serialized_rollback: the flush after a transactional test must not run post_migrate
# handlers, or the next test that restores the serialized data finds rows twice.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_number_of_forums_a_year_becomes_a_promise_and_back():
    old = migrate(BEFORE)
    try:
        stored = store_agreements(old)
        new = migrate(AFTER)
        three, three_en = promises(new, stored["three"]), promises(new, stored["three_en"])
        # A dialogue forum three times a year, named in the page's language,
        # counting the same kinds of event as before (no kind chosen).
        assert [row[:4] for row in three] == [("Dialogforum", "times_a_year", 3, "")]
        assert [row[:4] for row in three_en] == [("Dialogue forum", "times_a_year", 3, "")]
        # One promise in two languages: one translation key.
        assert three[0][4] == three_en[0][4]
        assert [row[:4] for row in promises(new, stored["one"])] == [
            ("Dialogforum", "yearly", None, "")
        ]
        # Zero forums a year promised nothing: no promise.
        assert promises(new, stored["none"]) == []

        # Back: the number comes from the promises, as it was.
        back = migrate(BEFORE)
        assert counts(back, stored) == {"three": 3, "three_en": 3, "one": 1, "none": 0}
        again = migrate(AFTER)
        assert [row[:4] for row in promises(again, stored["three"])] == [row[:4] for row in three]
    finally:
        migrate_to_latest()

    # Today's models count against the promise as the number was counted.
    page = AgreementPage.objects.get(pk=stored["three"])
    assert page.forums_required() == [(tuple(FORUM_KINDS), 3)]
    assert AgreementPage.objects.get(pk=stored["none"]).forums_required() == []
