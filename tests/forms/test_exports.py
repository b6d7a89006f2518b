"""CSV that Excel opens as UTF-8 (byte-order mark, charset) and open data that answers HEAD."""

from django.urls import reverse

import pytest

from tests.factories.forms import ApplicationFactory, OrganisationFactory, SignatureFactory

pytestmark = pytest.mark.django_db

BOM = b"\xef\xbb\xbf"


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize(
    "index", ["forms_application:index", "forms_organisation:index", "forms_signature:index"]
)
def test_admin_csv_exports_open_as_utf8_in_excel(reviewer_client, agreement_with_contact, index):
    application = ApplicationFactory(
        agreement=agreement_with_contact, organisation_name="Idrottsföreningen Åbo"
    )
    organisation = OrganisationFactory(name="Idrottsföreningen Åbo")
    SignatureFactory(organisation=organisation, agreement=application.agreement)

    response = reviewer_client.get(reverse(index), {"export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    data = body(response)
    assert data.startswith(BOM)
    assert not data[len(BOM) :].startswith(BOM)  # one mark, not one per row
    assert "Idrottsföreningen Åbo" in data.decode("utf-8-sig")


def test_open_data_csv_opens_as_utf8_in_excel(client, agreement):
    response = client.get(reverse("forms_open_data_csv", args=[agreement.pk]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(BOM)


@pytest.mark.parametrize(
    "name, with_id",
    [
        ("forms_open_data_index", False),
        ("forms_open_data_json", True),
        ("forms_open_data_csv", True),
    ],
)
def test_open_data_answers_head_like_get_without_a_body(client, agreement, name, with_id):
    url = reverse(name, args=[agreement.pk] if with_id else [])
    get = client.get(url)
    head = client.head(url)
    assert head.status_code == 200
    assert head["Content-Type"] == get["Content-Type"]
    assert head.content == b""
    assert client.post(url).status_code == 405
