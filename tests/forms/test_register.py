"""The public register of signatories: on the agreement page, by type, and as open data."""

import csv
import io
import json

from django.db import connection
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from forms.models import OrganisationType, Signature
from tests import clock
from tests.factories.agreements import AgreementPageFactory
from tests.factories.forms import (
    ApplicationPageFactory,
    OrganisationFactory,
    SignatureFactory,
)

pytestmark = pytest.mark.django_db

TAG = Template("{% load affiliation_tags %}{% signatory_register page %}")


def render_register(agreement, **params):
    request = RequestFactory().get("/", params)
    with translation.override("sv"):
        return TAG.render(Context({"request": request, "page": agreement}))


def names_in(html):
    table = BeautifulSoup(html, "html.parser").find("table")
    return [th.get_text(strip=True) for th in table.select("tbody th")] if table else []


def sign(agreement, name, kind=OrganisationType.ASSOCIATION, **fields):
    organisation = OrganisationFactory(name=name, organisation_type=kind, **fields)
    return SignatureFactory(organisation=organisation, agreement=agreement)


def test_register_lists_current_signatories_in_swedish_order(agreement):
    sign(agreement, "Örnklubben")
    sign(agreement, "Ängens vänner")
    sign(agreement, "Allmänna föreningen")
    sign(agreement, "Zebrornas stiftelse", OrganisationType.FOUNDATION)
    left = sign(agreement, "Lämnade föreningen")
    left.withdrawn_on = clock.days(-1)
    left.save()

    html = render_register(agreement)

    assert names_in(html) == [
        "Allmänna föreningen",
        "Zebrornas stiftelse",
        "Ängens vänner",
        "Örnklubben",
    ]
    assert "Lämnade föreningen" not in html


def test_register_shows_type_date_and_website(agreement):
    signature = sign(
        agreement, "Stiftelsen Ljus", OrganisationType.FOUNDATION, website="https://ljus.example"
    )
    row = BeautifulSoup(render_register(agreement), "html.parser").select_one("tbody tr")
    cells = [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])]
    with translation.override("sv"):
        assert cells[1] == str(OrganisationType.FOUNDATION.label)
    assert row.find("time")["datetime"] == signature.joined_on.isoformat()
    assert row.find("a")["href"] == "https://ljus.example"


def test_register_filters_by_type_with_plain_links_and_counts(agreement):
    for i in range(3):
        sign(agreement, f"Förening {i}")
    sign(agreement, "Stiftelse A", OrganisationType.FOUNDATION)

    html = render_register(agreement, signatory_type="foundation")

    assert names_in(html) == ["Stiftelse A"]
    page = BeautifulSoup(html, "html.parser")
    current = page.select_one('nav.filter a[aria-current="true"]')
    assert current["href"] == "?signatory_type=foundation#signatories"
    assert "(1)" in current.get_text()
    assert (
        page.select_one('a[href="?signatory_type=association#signatories"]')
        .get_text(strip=True)
        .endswith("(3)")
    )
    assert names_in(render_register(agreement, signatory_type="nonsense")) == [
        "Förening 0",
        "Förening 1",
        "Förening 2",
        "Stiftelse A",
    ]


def test_register_counts_organisations_that_chose_not_to_be_listed(agreement):
    sign(agreement, "Synlig förening")
    sign(agreement, "Hemlig förening", listed=False)

    html = render_register(agreement)

    assert names_in(html) == ["Synlig förening"]
    assert "Hemlig förening" not in html
    count = BeautifulSoup(html, "html.parser").select_one(".register__count").get_text()
    assert " ".join(count.split()) == (
        "2 organisationer har anslutit sig till den här versionen av överenskommelsen. "
        "1 av dem har valt att inte visas med namn."
    )


def test_each_version_has_its_own_register(agreement, agreement_index):
    newer = AgreementPageFactory(parent=agreement_index, replaces=agreement)
    sign(agreement, "Bara den gamla")
    both = sign(agreement, "Båda versionerna")
    SignatureFactory(organisation=both.organisation, agreement=newer)

    assert names_in(render_register(agreement)) == ["Bara den gamla", "Båda versionerna"]
    assert names_in(render_register(newer)) == ["Båda versionerna"]


def test_register_links_to_the_application_form(agreement):
    page = ApplicationPageFactory(parent=agreement)
    html = render_register(agreement)
    assert f'href="{page.url}"' in html


def test_register_needs_the_same_queries_for_5_and_50_signatories(agreement_index):
    small = AgreementPageFactory(parent=agreement_index)
    large = AgreementPageFactory(parent=agreement_index)
    for agreement, size in [(small, 5), (large, 50)]:
        ApplicationPageFactory(parent=agreement)
        for i in range(size):
            sign(agreement, f"Förening {agreement.pk}-{i}", list(OrganisationType)[i % 10])

    counts = []
    for agreement in (small, large):
        render_register(agreement)  # warm per-process caches
        with CaptureQueriesContext(connection) as queries:
            html = render_register(agreement)
        counts.append(len(queries))
    assert len(names_in(html)) == 50
    assert counts[0] == counts[1]
    assert counts[0] <= 6


def test_agreement_page_shows_the_count_and_a_link_to_join(client, agreement):
    sign(agreement, "Förening på sidan")
    form_page = ApplicationPageFactory(parent=agreement)

    html = client.get(agreement.url).content.decode()

    page = BeautifulSoup(html, "html.parser")
    register = page.find(id="signatories")
    assert register is not None
    assert "Förening på sidan" in register.get_text()
    assert register.find("a", href=form_page.url)


# -- open data --------------------------------------------------------------------------


def test_open_data_json_and_csv_at_stable_urls(client, agreement):
    sign(
        agreement,
        "Öppna föreningen",
        website="https://oppna.example",
        organisation_number="8029990010",
    )
    sign(agreement, "=Formel i namnet")
    sign(agreement, "Olistad", listed=False)

    json_url = reverse("forms_open_data_json", args=[agreement.pk])
    csv_url = reverse("forms_open_data_csv", args=[agreement.pk])
    assert json_url == f"/open-data/signatories/{agreement.pk}.json"
    assert csv_url == f"/open-data/signatories/{agreement.pk}.csv"

    data = json.loads(client.get(json_url).content)
    assert data["count"] == 2
    assert data["agreement"]["id"] == agreement.pk
    first = data["signatories"][1]
    assert first == {
        "organisation_name": "Öppna föreningen",
        "organisation_number": "802999-0010",
        "organisation_type": "association",
        "organisation_type_label": "Förening",
        "website": "https://oppna.example",
        "joined_on": Signature.objects.get(
            organisation__name="Öppna föreningen"
        ).joined_on.isoformat(),
    }

    response = client.get(csv_url)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r["organisation_name"] for r in rows] == ["'=Formel i namnet", "Öppna föreningen"]


def test_open_data_index_lists_every_live_agreement(client, agreement):
    data = json.loads(client.get(reverse("forms_open_data_index")).content)
    [entry] = data["agreements"]
    assert entry["id"] == agreement.pk
    assert entry["signatories_json"].endswith(f"/open-data/signatories/{agreement.pk}.json")


def test_open_data_of_an_unpublished_agreement_is_not_found(client, agreement):
    sign(agreement, "Föreningen på en opublicerad version")
    json_url = reverse("forms_open_data_json", args=[agreement.pk])
    csv_url = reverse("forms_open_data_csv", args=[agreement.pk])
    assert client.get(json_url).status_code == 200
    assert client.get(csv_url).status_code == 200

    agreement.unpublish()

    assert client.get(json_url).status_code == 404
    assert client.get(csv_url).status_code == 404


@pytest.mark.parametrize("number", ["9223372036854775808", "99999999999999999999", "0" * 30 + "1"])
@pytest.mark.parametrize("suffix", ["json", "csv"])
def test_open_data_of_an_id_no_database_can_hold_is_not_found(agreement, number, suffix):
    visitor = Client(raise_request_exception=False)
    assert visitor.get(f"/open-data/signatories/{number}.{suffix}").status_code == 404
    # The largest id a database can hold is looked up as usual.
    assert visitor.get(f"/open-data/signatories/9223372036854775807.{suffix}").status_code == 404
    assert visitor.get(f"/open-data/signatories/{agreement.pk}.{suffix}").status_code == 200
