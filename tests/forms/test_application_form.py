"""The public application form: rendering, validation, spam checks and double submission."""

import datetime
import re
import time

from django.test import Client
from django.utils import translation
from django.utils.html import escape

import pytest
from bs4 import BeautifulSoup

from forms.forms import issue_form_token
from forms.models import Application, ApplicationStatus
from tests.factories.agreements import AgreementPageFactory
from tests.factories.forms import ApplicationPageFactory
from tests.forms.conftest import VALID, form_data

pytestmark = pytest.mark.django_db


def sv(message):
    """`message` as a Swedish visitor sees it (the site's language at "/")."""
    with translation.override("sv"):
        return translation.gettext(message)


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def receipt_reference(response):
    assert response.status_code == 303
    match = re.search(r"\?receipt=(A-\d{4}-[0-9A-Z]{6})$", response["Location"])
    assert match, response["Location"]
    return match.group(1)


# -- rendering -----------------------------------------------------------------------


def test_form_page_renders_every_field_with_label_and_autocomplete(client, application_page):
    page = soup(client.get(application_page.url))
    form = page.find("form", id="application-form")
    assert form["method"] == "post"
    assert form.has_attr("novalidate")
    for name in VALID:
        inputs = form.find_all(attrs={"name": name})
        assert inputs, name
        first = inputs[0]
        if first.get("type") != "radio":
            assert form.find("label", attrs={"for": first["id"]}), f"no label for {name}"
    assert form.find("input", attrs={"name": "contact_email"})["autocomplete"] == "email"
    assert form.find("input", attrs={"name": "contact_phone"})["autocomplete"] == "tel"
    assert form.find("input", attrs={"name": "organisation_name"})["autocomplete"] == "organization"
    assert form.find("input", attrs={"name": "postal_code"})["autocomplete"] == "postal-code"
    for name, inputmode in [
        ("contact_email", "email"),
        ("contact_phone", "tel"),
        ("organisation_number", "numeric"),
    ]:
        field = form.find("input", attrs={"name": name})
        assert field["dir"] == "ltr"
        assert field["inputmode"] == inputmode
    assert form.find("input", attrs={"name": "form_token"})["type"] == "hidden"
    assert len(form.find_all("input", attrs={"name": "organisation_type"})) == 10


def test_privacy_notice_is_linked_right_at_the_form(client, application_page):
    page = soup(client.get(application_page.url))
    privacy = page.find(id="privacy")
    assert "tolv månader" in privacy.get_text()
    form = page.find("form", id="application-form")
    assert form.find("a", href="#privacy")


def test_honeypot_is_hidden_from_people(client, application_page):
    page = soup(client.get(application_page.url))
    honeypot = page.find("input", attrs={"name": "fax"})
    assert honeypot["tabindex"] == "-1"
    assert honeypot["autocomplete"] == "off"
    assert honeypot.find_parent(class_="form-honeypot")["aria-hidden"] == "true"


# -- a valid application -----------------------------------------------------------------


def test_valid_application_is_stored_and_the_receipt_shows_its_reference(
    client, submit, application_page
):
    response = submit(application_page)

    reference = receipt_reference(response)
    application = Application.objects.get()
    assert application.reference == reference
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.organisation_number == "8029990010"
    assert application.postal_code == "151 89"
    assert application.agreement_id == application_page.get_parent().pk
    assert application.language == "sv"
    receipt = client.get(response["Location"])
    assert receipt.status_code == 200
    assert reference in receipt.content.decode()
    assert "application-form" not in receipt.content.decode()


def test_receipt_shows_no_personal_data_even_for_a_forged_reference(client, application_page):
    response = client.get(application_page.url, {"receipt": "<script>alert(1)</script>"})
    assert "<script>alert(1)" not in response.content.decode()
    assert 'id="application-form"' in response.content.decode()


def test_html_is_stored_as_text_and_escaped(client, submit, application_page, admin_client):
    name = '<script>alert("x")</script> Förening & Co'
    response = submit(application_page, organisation_name=name)

    application = Application.objects.get()
    assert application.organisation_name == name
    inspect = admin_client.get(f"/admin/affiliation/applications/inspect/{application.pk}/")
    html = inspect.content.decode()
    assert escape(name) in html
    assert name not in html
    assert receipt_reference(response)


# -- validation ----------------------------------------------------------------------------

REQUIRED_MESSAGES = {
    "organisation_name": "Enter the name of the organisation.",
    "organisation_type": "Choose the type of organisation.",
    "activity": "Tell us briefly what the organisation does.",
    "street_address": "Enter the organisation's postal address.",
    "postal_code": "Enter the postal code.",
    "city": "Enter the city.",
    "contact_name": "Enter the contact person's name.",
    "contact_email": "Enter the contact person's e-mail address.",
    "signatory_name": "Enter the name of the authorised signatory.",
    "signatory_role": "Enter the signatory's role, e.g. chair.",
    "decision_basis": "Tell us how the organisation decided to join, e.g. a board decision.",
    "decision_date": "Enter the date of the decision.",
    "confirms_democratic": "Confirm that the organisation is democratically built.",
    "language": "Choose the language for our replies.",
    "confirms_values": (
        "Confirm that the organisation stands behind the values, principles and commitments."
    ),
}

BAD_VALUES = [
    ("contact_email", "karin@", "Enter an e-mail address like name@example.se."),
    ("contact_phone", "ring mig", "Enter a phone number using digits, e.g. 070-123 45 67."),
    ("postal_code", "1234", "Enter a postal code of five digits, e.g. 151 89."),
    ("website", "inte en adress", "Enter a web address, e.g. https://forening.se."),
    ("decision_date", "12 mars", "Enter the date as year-month-day, e.g. 2026-03-15."),
    ("decision_date", "2999-01-01", "The date of the decision cannot be in the future."),
    ("organisation_type", "sect", "Choose the type of organisation."),
    ("language", "xx", "Choose a language from the list."),
]


def assert_field_error(response, field_name, message):
    """The message is inline at the field, tied to it, and linked from the summary at the top."""
    assert response.status_code == 200
    page = soup(response)
    summary = page.find(id="error-summary")
    assert summary["role"] == "alert"
    assert summary["tabindex"] == "-1"
    links = {a.get_text(strip=True): a["href"] for a in summary.find_all("a")}
    assert message in links, links
    target = page.find(id=links[message][1:])
    assert target is not None and target.get("name") == field_name
    error = page.find(id=f"id_{field_name}_error")
    assert message in error.get_text()
    described = target.get("aria-describedby") or target.find_parent("fieldset")["aria-describedby"]
    assert f"id_{field_name}_error" in described.split()
    assert not Application.objects.exists()


@pytest.mark.parametrize("field_name", sorted(REQUIRED_MESSAGES))
def test_each_missing_required_field_has_its_own_message(submit, application_page, field_name):
    response = submit(application_page, **{field_name: None})
    assert_field_error(response, field_name, sv(REQUIRED_MESSAGES[field_name]))


@pytest.mark.parametrize(("field_name", "value", "message"), BAD_VALUES)
def test_each_bad_value_has_its_own_message(submit, application_page, field_name, value, message):
    response = submit(application_page, **{field_name: value})
    assert_field_error(response, field_name, sv(message))


def test_nothing_typed_is_lost_after_an_error(submit, application_page):
    response = submit(application_page, contact_email="fel", activity="Vi <b>sjunger</b>.")
    page = soup(response)
    assert (
        page.find("input", attrs={"name": "organisation_name"})["value"]
        == VALID["organisation_name"]
    )
    assert page.find("input", attrs={"name": "contact_email"})["value"] == "fel"
    assert page.find("textarea", attrs={"name": "activity"}).get_text().strip() == (
        "Vi <b>sjunger</b>."
    )
    assert page.find("input", attrs={"name": "confirms_values"}).has_attr("checked")
    checked = page.find("input", attrs={"name": "organisation_type", "checked": True})
    assert checked["value"] == "association"


def test_lengths_are_capped(client, submit, application_page):
    page = soup(client.get(application_page.url))
    assert page.find("input", attrs={"name": "organisation_name"})["maxlength"] == "200"
    assert page.find("textarea", attrs={"name": "activity"})["maxlength"] == "500"

    response = submit(application_page, activity="x" * 501, organisation_name="y" * 201)

    assert response.status_code == 200
    assert not Application.objects.exists()
    errors = soup(response).find(id="error-summary").get_text()
    assert "500" in errors and "200" in errors


def test_line_breaks_and_control_characters_are_removed_from_one_line_fields(
    submit, application_page
):
    response = submit(application_page, organisation_name="Föreningen\r\nBcc: x@y\x07")
    assert receipt_reference(response)
    assert Application.objects.get().organisation_name == "Föreningen Bcc: x@y"


# -- the organisation number -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("802999-0010", "8029990010"),
        ("8029990010", "8029990010"),
        (" 802999 0010 ", "8029990010"),
        ("٨٠٢٩٩٩-٠٠١٠", "8029990010"),  # Arabic-Indic digits from a phone keyboard
    ],
)
def test_valid_organisation_numbers_are_stored_as_ten_digits(
    submit, application_page, typed, stored
):
    response = submit(application_page, organisation_number=typed)
    assert receipt_reference(response)
    assert Application.objects.get().organisation_number == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("802999-0011", "This organisation number does not exist: check the digits again."),
        ("802999-001", "An organisation number has ten digits, e.g. 802999-0010."),
        ("80299900AB", "Use only digits and a hyphen, e.g. 802999-0010."),
        (
            "811228-9874",
            "This looks like a personal identity number. Enter the organisation's own number, "
            "or tick the box below if it has none.",
        ),
        (
            "",
            "Enter the organisation number, or tick the box below if the organisation has none.",
        ),
    ],
)
def test_invalid_organisation_numbers_are_refused(submit, application_page, typed, message):
    response = submit(application_page, organisation_number=typed)
    assert_field_error(response, "organisation_number", sv(message))


def test_informal_network_applies_without_a_number_and_says_why(submit, application_page):
    response = submit(
        application_page,
        organisation_number="",
        no_organisation_number="on",
        no_number_reason="Vi är ett nätverk utan stadgar.",
        organisation_type="network",
    )
    assert receipt_reference(response)
    application = Application.objects.get()
    assert application.organisation_number == ""
    assert application.no_number_reason == "Vi är ett nätverk utan stadgar."


def test_without_a_number_the_reason_is_required(submit, application_page):
    response = submit(application_page, organisation_number="", no_organisation_number="on")
    assert_field_error(
        response,
        "no_number_reason",
        sv("Tell us briefly why the organisation has no organisation number."),
    )


# -- spam --------------------------------------------------------------------------------


def test_honeypot_filled_in_stores_nothing(submit, application_page):
    response = submit(application_page, fax="+46 8 123")
    assert response.status_code == 200
    assert not Application.objects.exists()
    summary = soup(response).find(id="error-summary").get_text()
    assert sv("We could not accept the form. Please check your answers and send it again.") in (
        summary
    )


def test_form_sent_back_faster_than_a_person_can_is_refused_then_accepted_later(
    submit, application_page, settings
):
    settings.AFFILIATION_MIN_FILL_SECONDS = 60
    data = form_data()

    first = submit(application_page, data)
    assert first.status_code == 200
    assert not Application.objects.exists()

    settings.AFFILIATION_MIN_FILL_SECONDS = 0
    second = submit(application_page, data)
    assert receipt_reference(second)
    assert Application.objects.count() == 1


def test_forged_or_missing_token_is_refused_and_replaced(submit, application_page):
    response = submit(application_page, form_token="forged")
    assert response.status_code == 200
    assert not Application.objects.exists()
    new_token = soup(response).find("input", attrs={"name": "form_token"})["value"]
    assert new_token != "forged"
    data = form_data(form_token=new_token)
    assert receipt_reference(submit(application_page, data))


def test_rate_limit_gives_a_localized_try_again_page_with_429(submit, application_page, settings):
    settings.AFFILIATION_RATE_LIMIT = "2/h"
    for number in ["802999-0010", "802999-0028"]:
        assert receipt_reference(submit(application_page, organisation_number=number))

    response = submit(application_page, organisation_number="802999-0036")

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert sv("Try again later") in response.content.decode()
    assert Application.objects.count() == 2


def test_rate_limit_is_per_client(submit, application_page, settings):
    settings.AFFILIATION_RATE_LIMIT = "1/h"
    first, second = Client(REMOTE_ADDR="10.0.0.1"), Client(REMOTE_ADDR="10.0.0.2")
    assert receipt_reference(submit(application_page, client=first))
    assert receipt_reference(submit(application_page, client=second))
    assert submit(application_page, client=second).status_code == 429


def test_corrections_do_not_count_against_the_rate_limit(submit, application_page, settings):
    settings.AFFILIATION_RATE_LIMIT = "1/h"
    for _ in range(3):
        assert submit(application_page, contact_email="fel").status_code == 200
    assert receipt_reference(submit(application_page))


# -- double submission ---------------------------------------------------------------------


def test_double_submission_stores_one_application_and_shows_the_same_receipt(
    submit, application_page
):
    data = form_data()
    first = submit(application_page, data)
    second = submit(application_page, data)
    assert receipt_reference(first) == receipt_reference(second)
    assert Application.objects.count() == 1


def test_each_rendering_of_the_form_gets_its_own_token(client, application_page):
    tokens = {
        soup(client.get(application_page.url)).find("input", attrs={"name": "form_token"})["value"]
        for _ in range(3)
    }
    assert len(tokens) == 3


def test_an_old_form_token_expires(submit, application_page, settings, monkeypatch):
    token = issue_form_token()
    settings.AFFILIATION_FORM_MAX_AGE = 10
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 60)
    response = submit(application_page, form_token=token)
    assert response.status_code == 200
    assert not Application.objects.exists()


# -- an agreement that has ended -----------------------------------------------------------


def test_expired_agreement_accepts_no_applications(submit, agreement_index):
    old = AgreementPageFactory(
        parent=agreement_index,
        valid_from=datetime.date(2010, 1, 1),
        valid_to=datetime.date(2013, 12, 31),
    )
    page = ApplicationPageFactory(parent=old)

    response = submit(page)

    assert response.status_code == 200
    assert not Application.objects.exists()
    assert 'id="application-form"' not in response.content.decode()


def test_a_form_sent_at_once_with_field_errors_shows_only_the_field_errors(
    submit, application_page, settings
):
    """The timing message is for the timing alone: a person who sends an empty form at once
    needs to see which fields to fill in, not a message that the form was not received."""
    settings.AFFILIATION_MIN_FILL_SECONDS = 60
    response = submit(application_page, organisation_name="", contact_email="")
    assert not Application.objects.exists()
    summary = soup(response).find(id="error-summary").get_text()
    assert sv("We could not accept the form. Please check your answers and send it again.") not in (
        summary
    )
    assert_field_error(response, "organisation_name", sv("Enter the name of the organisation."))


def test_a_form_sent_at_once_without_field_errors_gets_the_timing_message(
    submit, application_page, settings
):
    settings.AFFILIATION_MIN_FILL_SECONDS = 60
    response = submit(application_page, form_data())
    assert not Application.objects.exists()
    summary = soup(response).find(id="error-summary").get_text()
    assert sv("We could not accept the form. Please check your answers and send it again.") in (
        summary
    )


def test_language_options_carry_their_lang(client, application_page):
    """Each language is named in itself, so each option says which language it is in."""
    page = soup(client.get(application_page.url))
    options = {o["value"]: o for o in page.select("select[name=language] option") if o["value"]}
    assert set(options) == {"sv", "en", "fi", "ar", "so"}
    for code, option in options.items():
        assert option["lang"] == code
    assert options["ar"]["dir"] == "rtl"
