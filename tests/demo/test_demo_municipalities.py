"""The demo serves two municipalities and the national overview, each on its own host."""

from io import StringIO

from django.core.management import call_command
from django.test import Client
from django.utils import translation

from wagtail.models import Site

import pytest
from bs4 import BeautifulSoup

from agreements.models import AgreementPage
from tests import clock


def text_of(response):
    assert response.status_code == 200
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


@pytest.fixture
def demo(db):
    out = StringIO()
    call_command("load_initial_data", stdout=out)
    return out.getvalue()


def test_exempelby_is_shaped_unlike_sodertalje(demo):
    assert "exempelby.localhost:8000" in demo and "oversikt.localhost:8000" in demo
    visitor = Client(HTTP_HOST="exempelby.localhost:8000")
    site = Site.objects.get(hostname="exempelby.localhost")
    assert site.port == 8000
    agreement = AgreementPage.objects.get(slug="overenskommelsen", locale__language_code="sv")
    page = text_of(visitor.get(agreement.get_url_parts()[2]))
    year = clock.today().year
    assert f"{year - 1}–{year + 2}" in page
    assert "Årskonferensen" in page
    assert "Nätverket Idéburna Exempelby" in page
    assert {c.party for c in agreement.commitments.all()} == {"both"}
    council = text_of(visitor.get(agreement.get_url_parts()[2] + "samverkansradet/"))
    assert "8" in council and "utses av Nätverket Idéburna Exempelby" in council
    form = text_of(visitor.get(agreement.get_url_parts()[2] + "anslut/"))
    assert "Biblioteket i Exempelby" in form
    # Nothing of Södertälje on Exempelby's home page.
    assert "Södertälje" not in text_of(visitor.get("/"))


def test_exempelbys_footer_links_its_own_published_statement_and_privacy_notice(demo):
    with translation.override("sv"):
        marker = translation.gettext("To complete")
    visitor = Client(HTTP_HOST="exempelby.localhost:8000")
    footer = BeautifulSoup(visitor.get("/").content, "html.parser").find("footer")
    links = {a.get_text(" ", strip=True): a["href"] for a in footer.find_all("a")}
    statement = next(href for text, href in links.items() if "illgänglighet" in text)
    privacy = next(href for text, href in links.items() if "ersonuppgifter" in text)
    for href in (statement, privacy):
        page = text_of(visitor.get(href))
        assert "Exempelby" in page
        assert "Södertälje" not in page
        assert f"[{marker}]" not in page  # no draft marker left
    assert "Föreningsenheten" in text_of(visitor.get(statement))


def test_the_overview_lists_both_municipalities(demo):
    overview = text_of(Client(HTTP_HOST="oversikt.localhost:8000").get("/"))
    assert "Södertälje kommun" in overview and "Exempelby kommun" in overview
    csv = Client(HTTP_HOST="oversikt.localhost:8000").get("/open-data/national/signatories.csv")
    assert "Exempelby byalag" in csv.content.decode()
    assert "Studieförbundet i Exempelby" not in csv.content.decode()  # not listed


def test_running_twice_creates_nothing_new(demo):
    again = StringIO()
    call_command("load_initial_data", stdout=again)
    assert "0 objects created" in again.getvalue()
