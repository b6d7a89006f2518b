"""Personal data: removed after the retention period, exportable on request, never public."""

import datetime
import json
import logging
from io import StringIO

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from forms.models import Application, ApplicationStatus, Signature
from tests.factories.forms import ApplicationFactory
from tests.forms.conftest import PERSONAL_VALUES

pytestmark = pytest.mark.django_db


def decided(agreement, status, days_ago, **fields):
    application = ApplicationFactory(agreement=agreement, status=status, **fields)
    Application.objects.filter(pk=application.pk).update(
        reviewed_at=timezone.now() - datetime.timedelta(days=days_ago)
    )
    application.refresh_from_db()
    return application


def purge(*args):
    out = StringIO()
    call_command("purge_affiliation_personal_data", *args, stdout=out)
    return out.getvalue()


# What the retention rule says is personal, stated here rather than taken from the
# product, so that a field dropped from the product's list fails this test.
APPLICANT_PERSONAL_VALUES = {
    "contact_name": "Petra Personsson",
    "contact_role": "Kassör",
    "contact_email": "petra.personsson@person.example",
    "contact_phone": "070-246 80 24",
    "signatory_name": "Sigge Signatärsson",
    "signatory_role": "Vice ordförande",
    "street_address": "Hemliga vägen 7",
    "postal_code": "123 45",
    "city": "Hemlingby",
}
# A second version of each, so that more than one historical record holds personal data.
CORRECTED_VALUES = {
    "contact_name": "Petra Rättadsson",
    "contact_role": "Ledamot",
    "contact_email": "petra.rattad@person.example",
    "contact_phone": "070-135 79 13",
    "signatory_name": "Sigge Rättadsson",
    "signatory_role": "Ordförande",
    "street_address": "Rättade vägen 9",
    "postal_code": "543 21",
    "city": "Rättadby",
}


def all_columns(row):
    """Every column of a row (or historical record) as one text."""
    return " ".join(str(getattr(row, field.attname)) for field in row._meta.concrete_fields)


def test_purge_blanks_every_personal_field_of_old_rejected_and_withdrawn_applications(
    agreement,
):
    old_rejected = decided(agreement, ApplicationStatus.REJECTED, 400, **APPLICANT_PERSONAL_VALUES)
    for field, value in CORRECTED_VALUES.items():
        setattr(old_rejected, field, value)
    old_rejected.save()  # a second historical record, with other personal data
    old_withdrawn = decided(
        agreement, ApplicationStatus.WITHDRAWN, 400, **APPLICANT_PERSONAL_VALUES
    )
    recent_rejected = decided(
        agreement, ApplicationStatus.REJECTED, 30, **APPLICANT_PERSONAL_VALUES
    )
    old_approved = decided(agreement, ApplicationStatus.APPROVED, 400, **APPLICANT_PERSONAL_VALUES)

    output = purge()

    assert "2 application(s)" in output
    typed = [*APPLICANT_PERSONAL_VALUES.values(), *CORRECTED_VALUES.values()]
    for application in (old_rejected, old_withdrawn):
        application.refresh_from_db()
        assert application.personal_data_removed_at is not None
        assert application.organisation_name  # the public part stays
        assert application.activity
        records = list(application.history.all())
        assert len(records) == (2 if application == old_rejected else 1)
        for row in [application, *records]:
            for field in APPLICANT_PERSONAL_VALUES:
                assert getattr(row, field) == "", (field, row)
            for value in typed:
                assert value not in all_columns(row), value
    for application in (recent_rejected, old_approved):
        application.refresh_from_db()
        assert application.personal_data_removed_at is None
        for row in [application, *application.history.all()]:
            for field, value in APPLICANT_PERSONAL_VALUES.items():
                assert getattr(row, field) == value, (field, row)


def test_purge_months_come_from_the_option_or_the_setting(agreement, settings):
    application = decided(agreement, ApplicationStatus.REJECTED, 100)

    assert "Removed the personal data of 0 application(s)" in purge()  # default: 12 months
    assert "1 application(s) would" in purge("--dry-run", "--months", "2")
    application.refresh_from_db()
    assert application.contact_email  # the dry run changed nothing
    settings.AFFILIATION_RETENTION_MONTHS = 3
    assert "Removed the personal data of 1 application(s)" in purge()
    application.refresh_from_db()
    assert application.contact_email == ""


def test_purge_keeps_the_organisations_public_record(
    agreement, reviewer, django_capture_on_commit_callbacks
):
    from forms import services

    application = ApplicationFactory(agreement=agreement)
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(application, reviewer)
        services.withdraw(application, reviewer)
    Application.objects.filter(pk=application.pk).update(
        reviewed_at=timezone.now() - datetime.timedelta(days=800)
    )

    purge("--months", "12")

    signature = Signature.objects.get()
    assert signature.organisation.name == application.organisation_name
    assert signature.withdrawn_on is not None


def test_export_personal_data_prints_everything_about_one_address(agreement):
    application = ApplicationFactory(
        agreement=agreement, contact_email="Anna@Person.example", contact_name="Anna Andersson"
    )
    application.contact_phone = "070-555 44 33"
    application.save()
    ApplicationFactory(agreement=agreement, contact_email="someone.else@person.example")

    out = StringIO()
    call_command("export_personal_data", "anna@person.example", stdout=out)

    data = json.loads(out.getvalue())
    [exported] = data["applications"]
    assert exported["reference"] == application.reference
    assert exported["contact_name"] == "Anna Andersson"
    assert exported["contact_phone"] == "070-555 44 33"
    assert len(exported["history"]) == 2
    assert "someone.else@person.example" not in out.getvalue()


def test_export_finds_an_address_that_was_changed_since(agreement):
    application = ApplicationFactory(agreement=agreement, contact_email="old@person.example")
    application.contact_email = "new@person.example"
    application.save()

    out = StringIO()
    call_command("export_personal_data", "old@person.example", stdout=out)

    assert [a["reference"] for a in json.loads(out.getvalue())["applications"]] == [
        application.reference
    ]


# -- never public -------------------------------------------------------------------------


def test_no_personal_data_on_any_public_page_open_data_file_or_log_line(
    client,
    submit,
    application_page,
    reviewer_client,
    caplog,
    django_capture_on_commit_callbacks,
):
    caplog.set_level(logging.DEBUG)
    agreement = application_page.get_parent().specific
    response = submit(application_page)
    application = Application.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        reviewer_client.post(reverse("forms_application:approve", args=[application.pk]), {})
    assert Signature.objects.count() == 1

    public = [
        client.get(agreement.url),
        client.get(application_page.url),
        client.get(response["Location"]),
        client.get(reverse("forms_open_data_json", args=[agreement.pk])),
        client.get(reverse("forms_open_data_csv", args=[agreement.pk])),
        client.get(reverse("forms_open_data_index")),
    ]
    for page in public:
        assert page.status_code == 200
        body = page.content.decode()
        for value in PERSONAL_VALUES:
            assert value not in body, (value, page.request["PATH_INFO"])
    assert application.organisation_name in public[3].content.decode()
    log_text = caplog.text + " ".join(str(r.args) for r in caplog.records)
    assert application.reference in log_text
    for value in PERSONAL_VALUES:
        assert value not in log_text, value
