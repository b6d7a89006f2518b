"""The register's rows, written without the template filters they used to go through.

`forms.register` writes each row's date and website address itself
(hundreds of rows: the `date` and `cut` filters per row were most of the
agreement page's rendering). These tests hold it to what the filters wrote,
in every content language and every month.
"""

from django.conf import settings
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from django.utils.formats import date_format

import pytest
from bs4 import BeautifulSoup

from tests import clock
from tests.factories.forms import OrganisationFactory, SignatureFactory

pytestmark = pytest.mark.django_db

TAG = Template("{% load affiliation_tags %}{% signatory_register page %}")


def rows(agreement, language):
    request = RequestFactory().get("/")
    with translation.override(language):
        html = TAG.render(Context({"request": request, "page": agreement}))
    return BeautifulSoup(html, "html.parser").select("tbody tr")


@pytest.mark.parametrize("language", settings.CONTENT_LANGUAGE_CODES)
def test_dates_are_written_as_the_date_filter_writes_them(agreement, language):
    joined = [clock.years_ago(1, month, 10 + month) for month in range(1, 13)]
    for number, day in enumerate(joined):
        organisation = OrganisationFactory(name=f"Förening {number:02d}")
        SignatureFactory(organisation=organisation, agreement=agreement, joined_on=day)

    shown = [row.find("time") for row in rows(agreement, language)]

    with translation.override(language):
        expected = [date_format(day, "j F Y") for day in joined]
    assert [time.get_text() for time in shown] == expected
    assert [time["datetime"] for time in shown] == [day.isoformat() for day in joined]


def test_website_is_shown_without_its_scheme_and_linked_in_full(agreement):
    for name, website in [
        ("A", "https://a.example/sida"),
        ("B", "http://b.example"),
        ("C", ""),
    ]:
        organisation = OrganisationFactory(name=name, website=website)
        SignatureFactory(organisation=organisation, agreement=agreement)

    cells = [row.find_all("td")[-1] for row in rows(agreement, "sv")]

    assert [cell.get_text() for cell in cells] == ["a.example/sida", "b.example", ""]
    assert [cell.a["href"] for cell in cells[:2]] == ["https://a.example/sida", "http://b.example"]
    assert cells[2].a is None
