"""Reviewing applications in the Wagtail admin: who may, the listing, the actions, the history."""

import datetime
import io

from django.core import mail
from django.urls import reverse

import openpyxl
import pytest
from bs4 import BeautifulSoup

from forms.models import Application, ApplicationStatus, Organisation, Signature
from forms.permissions import REVIEWERS_GROUP
from tests.admin_forms import assert_refused
from tests.editorial.accounts import group as group_named
from tests.factories.forms import ApplicationFactory, OrganisationFactory, SignatureFactory

pytestmark = pytest.mark.django_db

INDEX = "forms_application:index"


def url(name, application=None):
    return reverse(f"forms_application:{name}", args=[application.pk] if application else [])


@pytest.fixture
def application(agreement_with_contact):
    return ApplicationFactory(
        agreement=agreement_with_contact,
        contact_name="Siri Sekretesson",
        contact_email="siri@person.example",
        contact_phone="070-999 88 77",
    )


def post_action(client, name, application, data, capture):
    with capture(execute=True):
        return client.post(url(name, application), data)


# -- who may see applications --------------------------------------------------------


def test_reviewers_group_has_exactly_the_review_permissions():
    group = group_named(REVIEWERS_GROUP)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "view_application", "change_application", "review_application"} <= (
        codenames
    )
    assert "delete_application" not in codenames
    assert "add_application" not in codenames


def test_reviewer_sees_personal_data(reviewer_client, application):
    listing = reviewer_client.get(reverse(INDEX))
    assert listing.status_code == 200
    assert application.organisation_name in listing.content.decode()
    inspect = reviewer_client.get(url("inspect", application))
    assert inspect.status_code == 200
    html = inspect.content.decode()
    for value in ["Siri Sekretesson", "siri@person.example", "070-999 88 77"]:
        assert value in html


@pytest.mark.parametrize("view", ["index", "inspect", "edit", "history", "approve", "reject"])
def test_other_staff_are_refused_even_with_model_permissions(other_staff_client, application, view):
    response = other_staff_client.get(url(view, None if view == "index" else application))
    assert "siri@person.example" not in response.content.decode()
    assert_refused(other_staff_client, response)


def test_other_staff_cannot_export_or_bulk_approve(other_staff_client, application):
    export = other_staff_client.get(reverse(INDEX), {"export": "csv"})
    assert not getattr(export, "streaming", False)
    assert_refused(other_staff_client, export)
    bulk = other_staff_client.post(
        reverse("wagtail_bulk_action", args=["forms", "application", "approve"])
        + f"?id={application.pk}"
    )
    assert_refused(other_staff_client, bulk)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED


def test_applications_cannot_be_deleted_in_the_admin(admin_client, application):
    # Adding registers a paper or e-mail application: tests/forms/test_paper_applications.py.
    assert_refused(admin_client, admin_client.post(url("delete", application)))
    assert Application.objects.filter(pk=application.pk).exists()


# -- listing -------------------------------------------------------------------------


def test_listing_filters_by_status_agreement_type_and_date(
    reviewer_client, agreement_with_contact, agreement_index
):
    from tests.factories.agreements import AgreementPageFactory

    other_agreement = AgreementPageFactory(parent=agreement_index)
    waiting = ApplicationFactory(agreement=agreement_with_contact, organisation_name="Väntar")
    approved = ApplicationFactory(
        agreement=agreement_with_contact,
        organisation_name="Godkänd",
        status=ApplicationStatus.APPROVED,
        organisation_type="foundation",
    )
    other = ApplicationFactory(
        agreement=other_agreement,
        organisation_name="Annan",
        submitted_at=datetime.datetime(2024, 1, 5, tzinfo=datetime.UTC),
    )

    def shown(**params):
        response = reviewer_client.get(reverse(INDEX), params)
        assert response.status_code == 200
        return {a.pk for a in response.context["object_list"]}

    assert shown() == {waiting.pk, approved.pk, other.pk}
    assert shown(status="approved") == {approved.pk}
    assert shown(agreement=other_agreement.pk) == {other.pk}
    assert shown(organisation_type="foundation") == {approved.pk}
    assert shown(submitted_at_from="2024-01-01", submitted_at_to="2024-01-31") == {other.pk}
    assert shown(q="Godkänd") == {approved.pk}
    assert shown(q=waiting.contact_email) == {waiting.pk}


def test_listing_exports_csv_and_excel(reviewer_client, application):
    ApplicationFactory(agreement=application.agreement, organisation_name="=HYPERLINK(1)")

    csv_response = reviewer_client.get(reverse(INDEX), {"export": "csv"})
    assert csv_response.status_code == 200
    assert csv_response["Content-Disposition"] == (
        'attachment; filename="affiliation-applications.csv"'
    )
    csv_text = b"".join(csv_response.streaming_content).decode()
    assert "siri@person.example" in csv_text
    assert application.reference in csv_text
    assert "'=HYPERLINK(1)" in csv_text  # never run as a formula

    xlsx_response = reviewer_client.get(reverse(INDEX), {"export": "xlsx"})
    assert xlsx_response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx_response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert len(rows) == 3
    assert any("siri@person.example" in row for row in rows)


# -- actions -----------------------------------------------------------------------------


def test_approve_creates_the_organisation_and_its_signature(
    reviewer_client, reviewer, application, django_capture_on_commit_callbacks
):
    response = post_action(
        reviewer_client,
        "approve",
        application,
        {"date": "2025-06-01"},
        django_capture_on_commit_callbacks,
    )

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    assert application.reviewed_by == reviewer
    organisation = application.organisation
    assert organisation.name == application.organisation_name
    assert organisation.organisation_number == application.organisation_number
    signature = Signature.objects.get(organisation=organisation)
    assert signature.agreement_id == application.agreement_id
    assert signature.joined_on == datetime.date(2025, 6, 1)
    assert signature.application_id == application.pk
    [decision] = mail.outbox
    assert decision.to == ["siri@person.example"]
    assert application.reference in decision.subject


def test_approval_deduplicates_by_organisation_number_and_changes_the_record_only_as_decided(
    reviewer, application, django_capture_on_commit_callbacks
):
    from forms import services

    existing = OrganisationFactory(
        name="Gamla namnet",
        organisation_number=application.organisation_number,
        website="https://gamla.example",
    )

    with pytest.raises(services.DecisionNeeded) as refused:
        services.approve(application, reviewer)

    assert [(field, old, new) for field, old, new in refused.value.differences] == [
        ("name", "Gamla namnet", application.organisation_name),
        ("website", "https://gamla.example", "https://sokande.example"),
    ]
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED
    existing.refresh_from_db()
    assert existing.name == "Gamla namnet"
    assert existing.history.count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        services.approve(
            application, reviewer, decisions={"name": "application", "website": "register"}
        )

    assert Organisation.objects.count() == 1
    existing.refresh_from_db()
    assert existing.name == application.organisation_name
    assert existing.website == "https://gamla.example"
    decided = existing.history.latest()
    assert decided.history_user == reviewer
    assert decided.history_change_reason == (
        f"Application {application.reference} approved; taken from the application: name; "
        "kept in the register: website"
    )


def test_organisations_without_a_number_are_matched_by_name_and_type(
    reviewer, agreement_with_contact, django_capture_on_commit_callbacks
):
    from forms import services

    existing = OrganisationFactory(
        name="Nätverket Grannar", organisation_number=None, organisation_type="network"
    )
    application = ApplicationFactory(
        agreement=agreement_with_contact,
        organisation_name="nätverket grannar",
        organisation_number="",
        organisation_type="network",
        no_number_reason="Informellt",
        website=existing.website,
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(application, reviewer, decisions={"name": "register"})

    assert Organisation.objects.get() == existing
    assert Organisation.objects.get().name == "Nätverket Grannar"


def test_municipal_committees_sharing_the_municipalitys_number_stay_apart(
    reviewer, agreement_with_contact, django_capture_on_commit_callbacks
):
    from forms import services

    for name in ["Kultur- och fritidsnämnden", "Socialnämnden"]:
        application = ApplicationFactory(
            agreement=agreement_with_contact,
            organisation_name=name,
            organisation_number="2120000142",
            organisation_type="municipal_body",
        )
        with django_capture_on_commit_callbacks(execute=True):
            services.approve(application, reviewer)

    assert sorted(Organisation.objects.values_list("name", "organisation_number")) == [
        ("Kultur- och fritidsnämnden", None),
        ("Socialnämnden", None),
    ]


# -- an organisation already in the register ------------------------------------------


@pytest.fixture
def registered(application):
    """The applicant's organisation, already in the register with other public details."""
    return OrganisationFactory(
        name="Gamla namnet",
        organisation_number=application.organisation_number,
        organisation_type="foundation",
        website="https://gamla.example",
        listed=False,
    )


PUBLIC_DETAILS = ["name", "organisation_type", "website", "listed"]


def public_record(organisation):
    organisation.refresh_from_db()
    return [getattr(organisation, field) for field in PUBLIC_DETAILS]


def test_approval_shows_how_the_register_differs_and_changes_nothing_undecided(
    reviewer_client, application, registered, django_capture_on_commit_callbacks
):
    before = public_record(registered)
    page = BeautifulSoup(reviewer_client.get(url("approve", application)).content, "html.parser")
    table = page.select_one("#public-record table")
    rows = {
        row.find("input")["name"]: [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for row in table.select("tbody tr")
    }
    assert list(rows) == [f"public_{field}" for field in PUBLIC_DETAILS]
    assert rows["public_name"][0].endswith("Gamla namnet")
    assert rows["public_name"][1].endswith(application.organisation_name)
    assert rows["public_website"][0].endswith("https://gamla.example")
    assert rows["public_website"][1].endswith("https://sokande.example")
    for row in table.select("tbody tr"):
        assert [radio["value"] for radio in row.find_all("input")] == ["register", "application"]
        for radio in row.find_all("input"):
            assert row.find("label", attrs={"for": radio["id"]})

    undecided = post_action(
        reviewer_client,
        "approve",
        application,
        {"public_name": "register"},
        django_capture_on_commit_callbacks,
    )

    assert undecided.status_code == 200
    assert set(undecided.context["form"].errors) == {
        "public_organisation_type",
        "public_website",
        "public_listed",
    }
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED
    assert public_record(registered) == before
    assert registered.history.count() == 1
    assert not Signature.objects.exists()
    assert mail.outbox == []


def test_the_reviewer_decides_each_detail_and_the_history_says_who_decided_what(
    reviewer_client, reviewer, application, registered, django_capture_on_commit_callbacks
):
    response = post_action(
        reviewer_client,
        "approve",
        application,
        {
            "public_name": "register",
            "public_organisation_type": "application",
            "public_website": "application",
            "public_listed": "register",
        },
        django_capture_on_commit_callbacks,
    )

    assert response.status_code == 302
    assert public_record(registered) == [
        "Gamla namnet",
        "association",
        "https://sokande.example",
        False,
    ]
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    assert application.organisation == registered
    assert Signature.objects.get().organisation == registered
    decided = registered.history.latest()
    assert decided.history_user == reviewer
    assert decided.history_change_reason == (
        f"Application {application.reference} approved; taken from the application: "
        "type of organisation, website; kept in the register: name, listed in the public register"
    )


@pytest.mark.parametrize("whole", ["register", "application"])
def test_the_reviewer_keeps_or_takes_all_the_details_at_once(
    reviewer_client, reviewer, application, registered, django_capture_on_commit_callbacks, whole
):
    before = public_record(registered)

    response = post_action(
        reviewer_client,
        "approve",
        application,
        {"whole": whole},
        django_capture_on_commit_callbacks,
    )

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    if whole == "register":
        assert public_record(registered) == before
    else:
        assert public_record(registered) == [
            application.organisation_name,
            "association",
            "https://sokande.example",
            True,
        ]
    decided = registered.history.latest()
    assert decided.history_user == reviewer
    assert ("kept in the register" in decided.history_change_reason) == (whole == "register")
    assert ("taken from the application" in decided.history_change_reason) == (
        whole == "application"
    )


def test_bulk_approval_leaves_an_application_that_needs_a_decision(
    reviewer_client, application, registered, django_capture_on_commit_callbacks
):
    other = ApplicationFactory(agreement=application.agreement)
    # Already in the register with the same details: nothing to decide.
    agreeing = OrganisationFactory(
        name=other.organisation_name,
        organisation_number=other.organisation_number,
        website=other.website,
    )
    page = BeautifulSoup(reviewer_client.get(url("approve", other)).content, "html.parser")
    assert page.select_one("#public-record") is None
    before = public_record(registered)
    bulk_url = reverse("wagtail_bulk_action", args=["forms", "application", "approve"])
    query = f"?id={application.pk}&id={other.pk}"

    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer_client.post(bulk_url + query, {}, follow=True)

    statuses = dict(Application.objects.values_list("pk", "status"))
    assert statuses == {
        application.pk: ApplicationStatus.SUBMITTED,
        other.pk: ApplicationStatus.APPROVED,
    }
    assert public_record(registered) == before
    assert Application.objects.get(pk=other.pk).organisation == agreeing
    [warning] = [m for m in response.context["messages"] if m.level_tag == "warning"]
    assert url("approve", application) in str(warning)


def test_reviewer_corrects_an_application_and_the_change_is_kept(reviewer_client, application):
    form = reviewer_client.get(url("edit", application))
    assert form.status_code == 200
    data = {
        field.name: field.value() if field.value() is not None else ""
        for field in form.context["form"]
    }
    data = {key: value for key, value in data.items() if value is not False}
    data["city"] = "Rättad ort"

    response = reviewer_client.post(url("edit", application), data)

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.city == "Rättad ort"
    assert application.history.count() == 2


def test_reject_requires_a_reason_which_is_sent_to_the_applicant(
    reviewer_client, application, django_capture_on_commit_callbacks
):
    refused = post_action(
        reviewer_client,
        "reject",
        application,
        {"message": "  "},
        django_capture_on_commit_callbacks,
    )
    assert refused.status_code == 200
    assert refused.context["form"].errors["message"]
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED

    post_action(
        reviewer_client,
        "reject",
        application,
        {"message": "Organisationen är ett vinstdrivande företag."},
        django_capture_on_commit_callbacks,
    )

    application.refresh_from_db()
    assert application.status == ApplicationStatus.REJECTED
    assert application.decision_message == "Organisationen är ett vinstdrivande företag."
    [decision] = mail.outbox
    assert "Organisationen är ett vinstdrivande företag." in decision.body
    assert not Signature.objects.exists()


def test_ask_for_completion_then_approve(
    reviewer_client, application, django_capture_on_commit_callbacks
):
    post_action(
        reviewer_client,
        "complete",
        application,
        {"message": "Skicka protokollet från styrelsemötet."},
        django_capture_on_commit_callbacks,
    )
    application.refresh_from_db()
    assert application.status == ApplicationStatus.NEEDS_COMPLETION
    assert "Skicka protokollet från styrelsemötet." in mail.outbox[0].body

    post_action(reviewer_client, "approve", application, {}, django_capture_on_commit_callbacks)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    assert len(mail.outbox) == 2


def test_record_withdrawal_keeps_the_history(
    reviewer_client, reviewer, application, django_capture_on_commit_callbacks
):
    from forms import services

    with django_capture_on_commit_callbacks(execute=True):
        services.approve(application, reviewer, joined_on=datetime.date(2025, 5, 1))

    post_action(
        reviewer_client,
        "withdraw",
        application,
        {"date": "2026-02-01", "message": "Föreningen har lagts ned."},
        django_capture_on_commit_callbacks,
    )

    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
    signature = Signature.objects.get()
    assert signature.withdrawn_on == datetime.date(2026, 2, 1)
    assert signature.joined_on == datetime.date(2025, 5, 1)
    assert [h.withdrawn_on for h in signature.history.order_by("history_date")] == [
        None,
        datetime.date(2026, 2, 1),
    ]


def test_actions_not_open_for_the_status_are_refused(
    reviewer_client, application, django_capture_on_commit_callbacks
):
    response = post_action(
        reviewer_client, "withdraw", application, {}, django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED


def test_inspect_offers_the_actions_for_the_status(reviewer_client, application):
    html = reviewer_client.get(url("inspect", application)).content.decode()
    assert url("approve", application) in html
    assert url("reject", application) in html
    assert url("complete", application) in html
    assert url("withdraw", application) not in html


def test_bulk_approve(reviewer_client, agreement_with_contact, django_capture_on_commit_callbacks):
    waiting = ApplicationFactory.create_batch(3, agreement=agreement_with_contact)
    rejected = ApplicationFactory(
        agreement=agreement_with_contact, status=ApplicationStatus.REJECTED
    )
    bulk_url = reverse("wagtail_bulk_action", args=["forms", "application", "approve"])
    query = "?" + "&".join(f"id={a.pk}" for a in [*waiting, rejected])

    confirm = reviewer_client.get(bulk_url + query)
    assert confirm.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer_client.post(bulk_url + query, {})

    assert response.status_code == 302
    statuses = dict(Application.objects.values_list("pk", "status"))
    assert all(statuses[a.pk] == ApplicationStatus.APPROVED for a in waiting)
    assert statuses[rejected.pk] == ApplicationStatus.REJECTED
    assert Signature.objects.count() == 3
    assert len(mail.outbox) == 3


def test_listing_offers_bulk_approval(reviewer_client, application):
    html = reviewer_client.get(reverse(INDEX)).content.decode()
    assert "data-bulk-action-checkbox" in html
    assert reverse("wagtail_bulk_action", args=["forms", "application", "approve"]) in html


# -- history ---------------------------------------------------------------------------


def test_every_change_is_kept_and_shown_with_who_and_what(
    reviewer_client, reviewer, application, django_capture_on_commit_callbacks
):
    post_action(
        reviewer_client,
        "reject",
        application,
        {"message": "Saknar styrelsebeslut."},
        django_capture_on_commit_callbacks,
    )

    records = list(application.history.order_by("history_date"))
    assert [r.status for r in records] == [ApplicationStatus.SUBMITTED, ApplicationStatus.REJECTED]
    assert records[-1].history_user == reviewer
    response = reviewer_client.get(url("history", application))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Greta" in html
    assert "Saknar styrelsebeslut." in html
    assert str(ApplicationStatus.REJECTED.label) in html or "rejected" in html


def test_organisation_history_is_visible_in_the_admin(admin_client, agreement):
    signature = SignatureFactory(agreement=agreement)
    organisation = signature.organisation
    organisation.website = "https://ny.example"
    organisation.save()
    response = admin_client.get(reverse("forms_organisation:history", args=[organisation.pk]))
    assert response.status_code == 200
    assert "https://ny.example" in response.content.decode()
    assert admin_client.get(reverse("forms_signature:index")).status_code == 200


def test_inspect_shows_words_not_python_values(reviewer_client, application):
    """Yes/no in words, a dash for nothing, the language's name: never True, None or "sv"."""
    application.language = "sv"
    application.save()
    page = BeautifulSoup(reviewer_client.get(url("inspect", application)).content, "html.parser")
    values = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True)
        for dt in page.select("dl dt")
    }
    assert values, "the inspect view lists the application's fields"
    shown = set(values.values())
    assert not shown & {"True", "False", "None", "sv", ""}
    assert "Ja" in shown
    assert "—" in shown  # e.g. not reviewed yet
    assert "Svenska" in shown
