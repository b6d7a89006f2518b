"""Per-agreement joining rules keep every existing form asking what it asked, and every answer.

Migrates back to before the rules, stores a form page with a draft revision
and an application there, migrates forward and reads them back: the page
and its revision ask all four confirmations and offer every type; the
application keeps its signatory and decision and is marked online.
"""

import uuid

import pytest

from tests import clock
from tests.migration_steps import migrate

BEFORE = [("forms", "0004_registration_moves_to_forms")]
AFTER = [("forms", "0006_joining_rules_keep_todays_form")]

TODAYS_FORM = [
    "asks_democratic",
    "asks_values",
    "asks_signatory",
    "asks_decision",
    "open_to_organisations",
    "open_to_networks",
    "open_to_municipal_bodies",
    "open_to_municipal_companies",
    "open_to_others",
]

pytestmark = pytest.mark.usefixtures("back_to_the_latest_migrations")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_form_pages_and_applications_keep_todays_form():
    old = migrate(BEFORE)
    Page = old.get_model("wagtailcore", "Page")
    ApplicationPage = old.get_model("forms", "ApplicationPage")
    Application = old.get_model("forms", "Application")
    Revision = old.get_model("wagtailcore", "Revision")
    ContentType = old.get_model("contenttypes", "ContentType")
    page_type, _ = ContentType.objects.get_or_create(app_label="forms", model="applicationpage")
    root = Page.objects.get(depth=1)
    page = ApplicationPage.objects.create(
        title="Anslut er",
        slug="anslut-before-rules",
        content_type=page_type,
        path=f"{root.path}9998",
        depth=2,
        locale_id=root.locale_id,
        privacy_notice="<p>Vi sparar uppgifterna.</p>",
    )
    revision = Revision.objects.create(
        content_type=page_type,
        base_content_type=page_type,
        object_id=str(page.pk),
        content={"pk": page.pk, "title": "Anslut er (utkast)", "privacy_notice": "<p>x</p>"},
        created_at=clock.noon(),
    )
    application = Application.objects.create(
        reference="A-2026-ZZZZZZ",
        submission_token=uuid.uuid4(),
        organisation_name="Föreningen Före",
        organisation_type="association",
        activity="Vi träffas.",
        street_address="Gatan 1",
        postal_code="151 89",
        city="Exempelby",
        contact_name="Ada",
        contact_email="ada@example.org",
        signatory_name="Bo Tecknare",
        signatory_role="Ordförande",
        decision_basis="Styrelsebeslut § 3",
        decision_date=clock.days(-10),
        confirms_democratic=True,
        confirms_values=True,
        language="sv",
    )

    new = migrate(AFTER)
    page = new.get_model("forms", "ApplicationPage").objects.get(pk=page.pk)
    assert all(getattr(page, field) for field in TODAYS_FORM)
    assert page.extra_confirmation == "" and page.joins_party == ""
    content = new.get_model("wagtailcore", "Revision").objects.get(pk=revision.pk).content
    assert all(content[field] is True for field in TODAYS_FORM)
    assert content["title"] == "Anslut er (utkast)"
    application = new.get_model("forms", "Application").objects.get(pk=application.pk)
    assert (application.signatory_name, application.signatory_role) == ("Bo Tecknare", "Ordförande")
    assert application.decision_basis == "Styrelsebeslut § 3"
    assert application.decision_date == clock.days(-10)
    assert application.confirms_democratic and application.confirms_values
    assert application.channel == "online"
    assert application.received_on is None and application.received_at == ""
