"""The whole path through the public form, the admin and the public register."""

import json
import re
from io import StringIO
from urllib.parse import urlsplit

from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from forms.models import Application, ApplicationStatus, Signature
from tests.factories.agreements import AgreementPageFactory
from tests.factories.forms import ApplicationFactory, ApplicationPageFactory, OrganisationFactory
from tests.forms.conftest import VALID, form_data

pytestmark = pytest.mark.django_db


def register_names(client, agreement):
    data = json.loads(client.get(reverse("forms_open_data_json", args=[agreement.pk])).content)
    return [row["organisation_name"] for row in data["signatories"]]


def review(reviewer_client, action, application, data, capture):
    with capture(execute=True):
        response = reviewer_client.post(
            reverse(f"forms_application:{action}", args=[application.pk]), data
        )
    assert response.status_code == 302
    application.refresh_from_db()
    return application


def test_apply_review_approve_then_listed_publicly(
    client,
    submit,
    application_page,
    reviewer_client,
    django_capture_on_commit_callbacks,
):
    agreement = application_page.get_parent().specific
    assert register_names(client, agreement) == []

    response = submit(application_page)

    assert response.status_code == 303
    application = Application.objects.get()
    assert [m.to for m in mail.outbox] == [
        [VALID["contact_email"]],
        ["kontakt@exempelby.example"],
    ]
    listing = reviewer_client.get(reverse("forms_application:index"), {"status": "submitted"})
    assert application in listing.context["object_list"]

    review(reviewer_client, "approve", application, {}, django_capture_on_commit_callbacks)

    assert application.status == ApplicationStatus.APPROVED
    assert register_names(client, agreement) == [VALID["organisation_name"]]
    assert len(mail.outbox) == 3
    assert mail.outbox[2].to == [VALID["contact_email"]]


def test_reject_with_reason(
    client, submit, application_page, reviewer_client, django_capture_on_commit_callbacks
):
    submit(application_page)
    application = Application.objects.get()

    review(
        reviewer_client,
        "reject",
        application,
        {"message": "Organisationen är inte idéburen."},
        django_capture_on_commit_callbacks,
    )

    assert application.status == ApplicationStatus.REJECTED
    assert "Organisationen är inte idéburen." in mail.outbox[-1].body
    assert register_names(client, application_page.get_parent()) == []


def test_withdrawal_removes_from_the_current_list_but_keeps_history(
    client, submit, application_page, reviewer_client, django_capture_on_commit_callbacks
):
    agreement = application_page.get_parent().specific
    submit(application_page)
    application = Application.objects.get()
    review(reviewer_client, "approve", application, {}, django_capture_on_commit_callbacks)
    assert register_names(client, agreement) == [VALID["organisation_name"]]

    review(
        reviewer_client,
        "withdraw",
        application,
        {"date": "2026-01-15"},
        django_capture_on_commit_callbacks,
    )

    assert register_names(client, agreement) == []
    signature = Signature.objects.get()
    assert signature.withdrawn_on.isoformat() == "2026-01-15"
    assert signature.history.count() == 2
    assert application.status == ApplicationStatus.WITHDRAWN


def test_re_sign_invitation_prefills_the_new_versions_form(
    client,
    submit,
    agreement_with_contact,
    agreement_index,
    reviewer,
    django_capture_on_commit_callbacks,
):
    from forms import services

    old = agreement_with_contact
    organisation = OrganisationFactory(name="Trogna föreningen", website="https://trogen.example")
    first = ApplicationFactory(
        agreement=old,
        organisation=organisation,
        organisation_name=organisation.name,
        organisation_number=organisation.organisation_number,
        website=organisation.website,
        contact_email="trogen@person.example",
        language="en",
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(first, reviewer)
    mail.outbox.clear()
    new = AgreementPageFactory(
        parent=agreement_index, replaces=old, contacts=[old.application_contact]
    )
    new_form = ApplicationPageFactory(parent=new)

    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("invite_previous_signatories", str(new.pk), stdout=out)

    assert "Invitations queued: 1" in out.getvalue()
    [invitation] = mail.outbox
    assert invitation.to == ["trogen@person.example"]
    link = re.search(r"https?://\S+\?invitation=\S+", invitation.body).group(0)
    assert "trogen@person.example" not in link
    parts = urlsplit(link)
    assert parts.path == new_form.url

    form_page = client.get(f"{parts.path}?{parts.query}")
    page = BeautifulSoup(form_page.content.decode(), "html.parser")
    assert page.find("input", attrs={"name": "organisation_name"})["value"] == "Trogna föreningen"
    assert page.find("input", attrs={"name": "website"})["value"] == "https://trogen.example"
    assert page.find("input", attrs={"name": "contact_email"}).get("value") is None
    token = page.find("input", attrs={"name": "invitation"})["value"]

    response = submit(
        new_form,
        form_data(
            organisation_name="Trogna föreningen",
            organisation_number=organisation.organisation_number,
            website="https://trogen.example",  # as pre-filled
            invitation=token,
        ),
    )
    assert response.status_code == 303
    second = Application.objects.get(agreement=new)
    assert second.organisation == organisation
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(second, reviewer)
    assert set(
        Signature.objects.filter(organisation=organisation).values_list("agreement_id", flat=True)
    ) == {old.pk, new.pk}

    again = StringIO()
    call_command("invite_previous_signatories", str(new.pk), stdout=again)
    assert "Invitations queued: 0" in again.getvalue()


def test_invitation_is_sent_once_unless_forced(
    agreement_with_contact, agreement_index, reviewer, django_capture_on_commit_callbacks
):
    from forms import services

    application = ApplicationFactory(agreement=agreement_with_contact)
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(application, reviewer)
    new = AgreementPageFactory(parent=agreement_index, replaces=agreement_with_contact)
    ApplicationPageFactory(parent=new)
    mail.outbox.clear()

    for args in [(), (), ("--force",)]:
        with django_capture_on_commit_callbacks(execute=True):
            call_command("invite_previous_signatories", str(new.pk), *args, stdout=StringIO())

    assert len(mail.outbox) == 2


def test_invitation_needs_a_previous_version_and_a_form(agreement):
    with pytest.raises(CommandError, match="does not replace"):
        call_command("invite_previous_signatories", str(agreement.pk), stdout=StringIO())


def test_invitation_from_the_admin(
    reviewer_client,
    agreement_with_contact,
    agreement_index,
    reviewer,
    django_capture_on_commit_callbacks,
):
    from forms import services

    application = ApplicationFactory(agreement=agreement_with_contact)
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(application, reviewer)
    new = AgreementPageFactory(parent=agreement_index, replaces=agreement_with_contact)
    ApplicationPageFactory(parent=new)
    mail.outbox.clear()

    page = reviewer_client.get(reverse("forms_application:invite"))
    assert page.status_code == 200
    assert new.title in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer_client.post(reverse("forms_application:invite"), {"agreement": new.pk})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
