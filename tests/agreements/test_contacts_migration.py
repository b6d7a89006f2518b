"""Listing several contacts keeps each agreement's one contact point, and the address.

Migrates a database back to before agreements listed contacts, stores a
Swedish agreement and its English translation, each with its language's
contact point, and an agreement without one; migrates forward and reads the
contacts back through today's models (the page, the application e-mails'
reply-to); then back, where each agreement gets its first contact again.
"""

import uuid

import pytest

from agreements.models import AgreementPage, ContactPoint
from tests import clock
from tests.migration_steps import migrate, migrate_to_latest

BEFORE = [("agreements", "0009_agreement_party_names")]
AFTER = [("agreements", "0010_agreement_contacts")]

ADDRESS = {"street_address": "Box 123", "postal_code": "123 45", "city": "Exempelby"}


def store(old):
    """{"sv": page pk, "en": page pk, "none": page pk}, and the contact points' pks."""
    Page = old.get_model("wagtailcore", "Page")
    Locale = old.get_model("wagtailcore", "Locale")
    ContentType = old.get_model("contenttypes", "ContentType")
    AgreementPage = old.get_model("agreements", "AgreementPage")
    ContactPoint = old.get_model("agreements", "ContactPoint")
    root = Page.objects.get(depth=1)
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("sv", "en")}
    agreement_type = ContentType.objects.get_or_create(
        app_label="agreements", model="agreementpage"
    )[0]
    contact_key = uuid.uuid4()
    points = {
        code: ContactPoint.objects.create(
            name="Exempelby föreningskontor" if code == "sv" else "Exempelby liaison office",
            locale=locale,
            translation_key=contact_key,
            phone="08-465 004 11",
            email="kontakt@exempelby.example",
            **ADDRESS,
        ).pk
        for code, locale in locales.items()
    }
    page_key = uuid.uuid4()
    pages = {}
    for code, path, locale, key, contact in [
        ("sv", "9998", locales["sv"], page_key, points["sv"]),
        ("en", "9997", locales["en"], page_key, points["en"]),
        ("none", "9996", locales["sv"], uuid.uuid4(), None),
    ]:
        pages[code] = AgreementPage.objects.create(
            title="Överenskommelse",
            slug=f"overenskommelse-{code}",
            content_type=agreement_type,
            path=f"{root.path}{path}",
            depth=2,
            url_path=f"/overenskommelse-{code}/",
            locale=locale,
            translation_key=key,
            municipality="Exempelby kommun",
            intro="Före kontakterna.",
            valid_from=clock.years_ago(1),
            valid_to=clock.years_ahead(2),
            contact_id=contact,
        ).pk
    return pages, points


def contact_rows(apps, pk):
    AgreementContact = apps.get_model("agreements", "AgreementContact")
    return [
        (row.contact_point_id, row.side, row.label, row.sort_order, row.translation_key)
        for row in AgreementContact.objects.filter(page_id=pk).order_by("sort_order")
    ]


# serialized_rollback: see test_party_names_migration.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_each_agreements_contact_point_becomes_its_first_contact():
    old = migrate(BEFORE)
    try:
        pages, points = store(old)
        new = migrate(AFTER)
        sv_rows = contact_rows(new, pages["sv"])
        en_rows = contact_rows(new, pages["en"])
        # The same contact point, first, for no party and without a label.
        assert [row[:4] for row in sv_rows] == [(points["sv"], "", "", 0)]
        assert [row[:4] for row in en_rows] == [(points["en"], "", "", 0)]
        # One translation key shared by the language versions' rows.
        assert sv_rows[0][4] == en_rows[0][4]
        assert contact_rows(new, pages["none"]) == []
        # The address is kept, as the postal address; no visiting address is made up.
        point = new.get_model("agreements", "ContactPoint").objects.get(pk=points["sv"])
        assert (point.street_address, point.postal_code, point.city) == tuple(ADDRESS.values())
        assert (point.visiting_address, point.person, point.role) == ("", "", "")

        # Back: the agreement's first contact is its contact point again; forth: the same rows.
        back = migrate(BEFORE)
        Page = back.get_model("agreements", "AgreementPage")
        assert Page.objects.get(pk=pages["sv"]).contact_id == points["sv"]
        assert Page.objects.get(pk=pages["none"]).contact_id is None
        again = migrate(AFTER)
        assert [row[:4] for row in contact_rows(again, pages["sv"])] == [row[:4] for row in sv_rows]
    finally:
        migrate_to_latest()

    # Today's models: the page shows the contact, and it answers applications.
    swedish = AgreementPage.objects.get(pk=pages["sv"])
    office = ContactPoint.objects.get(pk=points["sv"])
    assert swedish.get_contacts() == [("", office)]
    assert swedish.application_contact == office
    assert office.postal_address_lines == ["Box 123", "123 45 Exempelby"]
    assert AgreementPage.objects.get(pk=pages["none"]).application_contact is None
