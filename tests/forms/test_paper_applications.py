"""Paper and e-mail applications, registered by an affiliation reviewer in the admin.

They go through the same review, e-mails, register and history as online
ones; the scanned form stays private (only reviewers can download it, no
public address serves it); only reviewers can register one; bad input gets
a message next to its field and nothing typed is lost.
"""

import io

from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from editorial import roles
from forms.models import Application, ApplicationStatus, Channel, Signature
from tests import clock
from tests.editorial.accounts import logged_in, make_user
from tests.forms.conftest import VALID

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/affiliation/applications/new/"
PDF = b"%PDF-1.4\n% skannad ansokan\n"


def t(code, message, **values):
    with translation.override(code):
        text = translation.gettext(message)
    return text % values if values else text


def scan(content=PDF, name="ansokan.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def paper_data(agreement, **overrides):
    data = {
        **{k: v for k, v in VALID.items() if k not in {"organisation_number"}},
        "organisation_number": "802999-0010",
        "agreement": str(agreement.pk),
        "channel": "paper",
        "received_on": clock.days(-2).isoformat(),
        "received_at": "Receptionen i Stadshuset",
        "decision_date": clock.days(-20).isoformat(),
        "internal_note": "",
        "scanned_form": scan(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def register(client, agreement, capture, **overrides):
    with capture(execute=True):
        return client.post(ADD_URL, paper_data(agreement, **overrides))


def test_a_reviewer_registers_a_paper_application_and_it_is_reviewed_like_any_other(
    swedish_reviewer_client, agreement_with_contact, django_capture_on_commit_callbacks, client
):
    client_ = swedish_reviewer_client
    assert client_.get(ADD_URL).status_code == 200
    response = register(client_, agreement_with_contact, django_capture_on_commit_callbacks)
    assert response.status_code == 302, response.context["form"].errors

    application = Application.objects.get()
    assert application.channel == Channel.PAPER
    assert application.received_on == clock.days(-2)
    assert application.received_at == "Receptionen i Stadshuset"
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.organisation_number == "8029990010"
    # The scan is stored privately, outside the public media folder.
    stored = settings.PRIVATE_MEDIA_ROOT / application.scanned_form.name
    assert stored.read_bytes() == PDF
    assert not (settings.MEDIA_ROOT / application.scanned_form.name).exists()
    # The same e-mails as online: a confirmation to the contact, a note to the office.
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted(["kontakt@exempelby.example", VALID["contact_email"]])
    # The same history, with who registered it.
    record = application.history.get()
    assert record.history_user.username == "handlaggare"

    inspect = client_.get(reverse("forms_application:inspect", args=[application.pk]))
    text = " ".join(BeautifulSoup(inspect.content.decode(), "html.parser").get_text().split())
    assert "Receptionen i Stadshuset" in text
    assert t("sv", "Paper form") in text

    with django_capture_on_commit_callbacks(execute=True):
        response = client_.post(
            reverse("forms_application:approve", args=[application.pk]),
            {"date": clock.today().isoformat()},
        )
    assert response.status_code == 302
    signature = Signature.objects.get()
    assert signature.organisation.name == VALID["organisation_name"]
    public = client.get(agreement_with_contact.url).content.decode()
    assert VALID["organisation_name"] in public


def test_the_scan_is_for_reviewers_only(
    reviewer_client, other_staff_client, agreement_with_contact, django_capture_on_commit_callbacks
):
    register(reviewer_client, agreement_with_contact, django_capture_on_commit_callbacks)
    application = Application.objects.get()
    url = reverse("forms_application:scanned_form", args=[application.pk])

    response = reviewer_client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]

    assert other_staff_client.get(url).status_code in (302, 403)
    anonymous = reviewer_client.__class__()
    response = anonymous.get(url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    # No public address: the media URL of the stored name answers nothing.
    assert anonymous.get(settings.MEDIA_URL + application.scanned_form.name).status_code == 404


def test_only_reviewers_may_register(
    other_staff_client,
    agreement_with_contact,
    django_user_model,
    django_capture_on_commit_callbacks,
):
    editor = logged_in(make_user(django_user_model, "redaktor2", [roles.CONTRIBUTORS]))
    for client_ in (other_staff_client, editor):
        assert client_.get(ADD_URL).status_code in (302, 403)
        response = register(client_, agreement_with_contact, django_capture_on_commit_callbacks)
        assert response.status_code in (302, 403)
    assert not Application.objects.exists()
    assert not mail.outbox


def field_block(soup, name):
    """The admin's wrapper of one field: its label, input and error message."""
    return soup.find(attrs={"data-field-wrapper": True, "id": f"panel-child-{name}-section"}) or (
        soup.find(id=f"id_{name}").find_parent(attrs={"data-field-wrapper": True})
    )


def test_bad_input_gets_a_swedish_message_next_to_the_field_and_nothing_typed_is_lost(
    swedish_reviewer_client, agreement_with_contact, django_capture_on_commit_callbacks
):
    response = register(
        swedish_reviewer_client,
        agreement_with_contact,
        django_capture_on_commit_callbacks,
        received_on=clock.days(3).isoformat(),
        scanned_form=scan(b"MZ\x90\x00 not a pdf", "ansokan.pdf"),
        organisation_number="123",
    )
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    received = field_block(soup, "received_on").get_text(" ")
    assert t("sv", "The date received cannot be in the future.") in received
    scanned = field_block(soup, "scanned_form").get_text(" ")
    assert (
        t(
            "sv",
            "The content of this file does not match its type (.%(extension)s).",
            extension="pdf",
        )
        in scanned
    )
    assert soup.find(id="id_organisation_name")["value"] == VALID["organisation_name"]
    assert soup.find(id="id_received_at")["value"] == "Receptionen i Stadshuset"
    assert soup.find(id="id_contact_email")["value"] == VALID["contact_email"]
    assert not Application.objects.exists()
    assert not mail.outbox


def test_online_applications_are_marked_online(application_page, submit):
    assert submit(application_page).status_code == 303
    assert Application.objects.get().channel == Channel.ONLINE


def test_the_purge_deletes_the_scan_with_the_personal_data(
    reviewer_client, agreement_with_contact, django_capture_on_commit_callbacks
):
    register(reviewer_client, agreement_with_contact, django_capture_on_commit_callbacks)
    application = Application.objects.get()
    stored = settings.PRIVATE_MEDIA_ROOT / application.scanned_form.name
    assert stored.exists()
    Application.objects.filter(pk=application.pk).update(
        status=ApplicationStatus.REJECTED, reviewed_at=clock.noon(clock.days(-400))
    )
    call_command("purge_affiliation_personal_data", stdout=io.StringIO())
    assert not stored.exists()
    assert Application.objects.get().scanned_form.name == ""
    assert not application.history.exclude(scanned_form="").exists()
