"""Aggregated open data: every register with a municipality column, and no personal data."""

import csv
import io
import json

from forms.models import Application
from tests.factories.forms import ApplicationFactory, OrganisationFactory, SignatureFactory

from .conftest import agreement_in, make_municipality


def two_registers():
    _site, index = make_municipality("Södertälje", county="stockholm")
    first = agreement_in(index)
    SignatureFactory(agreement=first, organisation=OrganisationFactory(name="=Idrottsföreningen"))
    SignatureFactory(agreement=first, organisation=OrganisationFactory(name="Dold", listed=False))
    _site, index = make_municipality("Exempelby", county="uppsala")
    second = agreement_in(index)
    organisation = OrganisationFactory(name="Byalaget")
    SignatureFactory(agreement=second, organisation=organisation)
    ApplicationFactory(
        agreement=second,
        organisation_name="Byalaget",
        contact_name="Anna Andersson",
        contact_email="anna@example.org",
    )
    return first, second


def test_csv_has_a_municipality_column_and_opens_in_excel(overview, overview_client):
    first, second = two_registers()
    response = overview_client.get("/open-data/national/signatories.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(r["municipality"], r["organisation_name"]) for r in rows] == [
        ("Exempelby kommun", "Byalaget"),
        ("Södertälje kommun", "'=Idrottsföreningen"),
    ]
    assert rows[0]["county"] == "uppsala"
    assert rows[0]["agreement_id"] == str(second.pk)


def test_json_holds_only_what_each_site_publishes(overview, overview_client):
    two_registers()
    assert Application.objects.filter(contact_email="anna@example.org").exists()
    response = overview_client.get("/open-data/national/signatories.json")
    body = response.content.decode()
    data = json.loads(body)
    assert data["count"] == 2
    assert {row["municipality"] for row in data["signatories"]} == {
        "Södertälje kommun",
        "Exempelby kommun",
    }
    assert "Dold" not in body
    assert "Anna" not in body and "anna@example.org" not in body
    own = {k for row in data["signatories"] for k in row} - {
        "municipality",
        "county",
        "agreement_id",
        "agreement_title",
    }
    assert own == {
        "organisation_name",
        "organisation_number",
        "organisation_type",
        "organisation_type_label",
        "website",
        "joined_on",
    }
