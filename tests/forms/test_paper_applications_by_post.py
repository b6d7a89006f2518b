"""A paper application that gives no e-mail address: registered, reviewed, answered by post.

Many organisations apply on paper precisely because they do not use e-mail.
The online form still asks for an address (it is how the applicant hears
back); the reviewer registering a paper form may leave it empty, and then
nothing is sent to the applicant by e-mail and the reviewer is told so at
each decision, while the liaison office is still notified.
"""

from django.core import mail
from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from forms.models import Application, ApplicationStatus, Signature
from tests import clock
from tests.forms.test_paper_applications import ADD_URL, paper_data, register

pytestmark = pytest.mark.django_db


def t(code, message, **values):
    with translation.override(code):
        text = translation.gettext(message)
    return text % values if values else text


def text_of(response):
    return " ".join(BeautifulSoup(response.content.decode(), "html.parser").get_text().split())


def test_a_paper_application_without_an_e_mail_address_is_registered_and_only_the_office_is_told(
    swedish_reviewer_client, agreement_with_contact, django_capture_on_commit_callbacks
):
    response = register(
        swedish_reviewer_client,
        agreement_with_contact,
        django_capture_on_commit_callbacks,
        contact_email="",
    )
    assert response.status_code == 302, response.context["form"].errors
    application = Application.objects.get()
    assert application.contact_email == ""
    # The liaison office hears of it; nobody else is written to.
    assert [message.to for message in mail.outbox] == [["kontakt@exempelby.example"]]
    assert application.confirmation_sent_at is None


def test_the_form_says_what_an_empty_address_means(swedish_reviewer_client, agreement_with_contact):
    page = text_of(swedish_reviewer_client.get(ADD_URL))
    assert (
        t(
            "sv",
            "Empty if the application gives none: then nothing is sent by e-mail, and the receipt "
            "and the decision go by post.",
        )
        in page
    )


@pytest.mark.parametrize(
    "action,data,success",
    [
        (
            "reject",
            {"message": "Föreningen är inte verksam i kommunen."},
            "Application %(reference)s rejected.",
        ),
        (
            "complete",
            {"message": "Beslutet om att ansluta saknas."},
            "Application %(reference)s sent back for completion.",
        ),
    ],
)
def test_a_decision_without_an_address_tells_the_reviewer_to_answer_by_post(
    swedish_reviewer_client,
    agreement_with_contact,
    django_capture_on_commit_callbacks,
    action,
    data,
    success,
):
    register(
        swedish_reviewer_client,
        agreement_with_contact,
        django_capture_on_commit_callbacks,
        contact_email="",
    )
    application = Application.objects.get()
    url = reverse(f"forms_application:{action}", args=[application.pk])
    form = text_of(swedish_reviewer_client.get(url))
    assert (
        t(
            "sv",
            "The application has no e-mail address: nothing is sent. Send this to the "
            "organisation's postal address.",
        )
        in form
    )
    assert t("sv", "Sent to the applicant.") not in form

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = swedish_reviewer_client.post(url, data, follow=True)
    assert response.status_code == 200
    page = text_of(response)
    assert t("sv", success, reference=application.reference) in page
    assert t("sv", "the reason is being sent") not in page
    assert (
        t(
            "sv",
            "%(reference)s has no e-mail address: nothing was sent. Tell the organisation by post.",
            reference=application.reference,
        )
        in page
    )
    assert mail.outbox == []
    application.refresh_from_db()
    assert application.status != ApplicationStatus.SUBMITTED
    assert application.decision_sent_at is None


def test_approving_it_puts_the_organisation_in_the_register_without_any_e_mail(
    swedish_reviewer_client, agreement_with_contact, django_capture_on_commit_callbacks, client
):
    register(
        swedish_reviewer_client,
        agreement_with_contact,
        django_capture_on_commit_callbacks,
        contact_email="",
    )
    application = Application.objects.get()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = swedish_reviewer_client.post(
            reverse("forms_application:approve", args=[application.pk]),
            {"date": clock.today().isoformat()},
        )
    assert response.status_code == 302
    assert Signature.objects.get().organisation.name == application.organisation_name
    assert mail.outbox == []


def test_the_online_form_still_requires_an_address(application_page, submit):
    response = submit(application_page, contact_email="")
    assert response.status_code == 200
    assert not Application.objects.exists()
    assert t("sv", "Enter the contact person's e-mail address.") in text_of(response)


def test_an_address_given_on_paper_is_still_checked(
    swedish_reviewer_client, agreement_with_contact
):
    data = paper_data(agreement_with_contact, contact_email="karin@")
    response = swedish_reviewer_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "contact_email" in response.context["form"].errors
    assert not Application.objects.exists()
