"""The national overview on its own host: every municipality's current agreement, as adopted."""

from django.utils import translation

from bs4 import BeautifulSoup

from tests import clock
from tests.factories import EventIndexPageFactory, EventPageFactory, PrinciplePageFactory
from tests.factories.forms import OrganisationFactory, SignatureFactory

from .conftest import agreement_in, make_municipality


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def card_of(page, municipality):
    return next(c for c in page.select(".card") if municipality in c.h3.get_text())


def test_every_site_current_agreement_with_its_facts(overview, overview_client):
    sodertalje, index = make_municipality("Södertälje", county="stockholm")
    in_force = agreement_in(index, title="Överenskommelse 2024–2027")
    SignatureFactory(agreement=in_force)
    SignatureFactory(agreement=in_force, organisation=OrganisationFactory(listed=False))
    SignatureFactory(agreement=in_force, withdrawn_on=clock.days(-1))
    events = EventIndexPageFactory(parent=in_force)
    EventPageFactory(parent=events, title="Förra forumet", start=clock.at(-20))
    EventPageFactory(parent=events, title="Nästa dialogforum", start=clock.at(30))
    EventPageFactory(parent=events, title="Senare forum", start=clock.at(90))
    _site, other_index = make_municipality("Exempelby", county="uppsala")
    agreement_in(
        other_index,
        title="Exempelbys överenskommelse",
        period_kind="years",
        valid_from=None,
        valid_to=None,
        first_year=clock.today().year - 1,
        last_year=clock.today().year + 2,
    )
    page = soup(overview_client.get("/"))

    card = card_of(page, "Södertälje kommun")
    text = card.get_text(" ", strip=True)
    with translation.override("sv"):
        assert translation.gettext("Stockholm County") in text
    assert card.h3.a["href"] == in_force.get_full_url()
    assert "Nästa dialogforum" in text and "Förra forumet" not in text
    # Active signatures of the register, listed or not; not the withdrawn one.
    with translation.override("sv"):
        label = translation.gettext("Signatories")
    signatories = card.find("dt", string=label)
    assert signatories.find_next("dd").get_text() == "2"
    years = f"{clock.today().year - 1}–{clock.today().year + 2}"
    other = card_of(page, "Exempelby kommun").get_text(" ", strip=True)
    # The period as adopted: years only, never a date the text does not give.
    assert years in other
    assert "31 december" not in other and "1 januari" not in other


def test_replaced_and_draft_agreements_are_not_listed(overview, overview_client):
    _site, index = make_municipality("Södertälje", county="stockholm")
    old = agreement_in(
        index,
        title="Gamla överenskommelsen",
        valid_from=clock.years_ago(6),
        valid_to=clock.years_ago(2, 12, 31),
    )
    agreement_in(index, title="Nya överenskommelsen", replaces=old)
    draft = agreement_in(index, title="Utkastet")
    draft.unpublish()
    text = soup(overview_client.get("/")).get_text()
    assert "Nya överenskommelsen" in text
    assert "Gamla överenskommelsen" not in text
    assert "Utkastet" not in text


def test_name_falls_back_to_the_site_name(overview, overview_client):
    _site, index = make_municipality("Ingenstans", settings=False)
    agreement_in(index)
    assert "Ingenstans" in soup(overview_client.get("/")).select_one(".card h3").get_text()


def test_filter_by_county_and_status(overview, overview_client):
    _site, index = make_municipality("Södertälje", county="stockholm")
    agreement_in(index, title="Stockholmsavtalet")
    _site, index = make_municipality("Exempelby", county="uppsala")
    agreement_in(index, title="Uppsalaavtalet")
    agreement_in(
        index,
        title="Kommande avtalet",
        valid_from=clock.days(60),
        valid_to=clock.years_ahead(4),
    )
    page = soup(overview_client.get("/", {"county": "uppsala"}))
    titles = [c.h3.get_text() for c in page.select(".card")]
    assert len(titles) == 2 and all("Exempelby" in t for t in titles)
    page = soup(overview_client.get("/", {"county": "uppsala", "status": "upcoming"}))
    assert [c.h3.get_text() for c in page.select(".card")] == ["Exempelby kommun: Kommande avtalet"]
    # The form works without JavaScript: a GET form with labelled fields, choices kept.
    form = page.find("main").find("form", method="get")
    for name in ("county", "status"):
        select = form.find("select", attrs={"name": name})
        assert form.find("label", attrs={"for": select["id"]})
    assert form.find("option", selected=True)["value"] == "uppsala"
    # Unknown values are ignored, not an error.
    assert len(soup(overview_client.get("/", {"status": "nonsense"})).select(".card")) == 3


def test_status_filter_knows_agreements_without_a_known_status(overview, overview_client):
    _site, index = make_municipality("Exempelby")
    agreement_in(
        index, title="En deklaration", period_kind="not_stated", valid_from=None, valid_to=None
    )
    page = soup(overview_client.get("/", {"status": "unknown"}))
    assert [c.h3.get_text() for c in page.select(".card")] == ["Exempelby kommun: En deklaration"]
    assert not page.select(".card .status--in_force")


def test_principles_compared_in_an_accessible_table(overview, overview_client):
    _site, index = make_municipality("Södertälje")
    first = agreement_in(index)
    for title in ("Dialog", "Öppenhet och insyn", "Mångfald"):
        PrinciplePageFactory(parent=first, title=title)
    _site, index = make_municipality("Exempelby")
    second = agreement_in(index)
    for title in ("dialog", "Öppenhet", "Kvalitet och långsiktighet"):
        PrinciplePageFactory(parent=second, title=title)
    table = soup(overview_client.get("/")).find("table")
    assert table.caption.get_text(strip=True)
    headers = [th.get_text(strip=True) for th in table.thead.find_all("th")]
    assert all(th["scope"] == "col" for th in table.thead.find_all("th"))
    # Matched by name: "dialog" is "Dialog", "Öppenhet" is "Öppenhet och insyn";
    # the merged principle stays as the agreement wrote it.
    assert len(headers) == 1 + 4
    assert "Kvalitet och långsiktighet" in headers
    rows = {
        tr.th.get_text(strip=True): [td.get_text(strip=True) for td in tr.find_all("td")]
        for tr in table.tbody.find_all("tr")
    }
    assert all(tr.th["scope"] == "row" for tr in table.tbody.find_all("tr"))
    yes = rows["Södertälje kommun"][0]
    assert rows["Södertälje kommun"].count(yes) == 3
    assert rows["Exempelby kommun"].count(yes) == 3
    dialogue, openness = 0, headers.index("Kvalitet och långsiktighet") - 1
    assert rows["Södertälje kommun"][dialogue] == rows["Exempelby kommun"][dialogue] == yes
    assert rows["Södertälje kommun"][openness] != yes


def test_not_kept_in_the_shared_page_cache(overview, overview_client):
    response = overview_client.get("/")
    assert "no-cache" in response["Cache-Control"]


def test_the_overview_is_not_part_of_a_municipality_site(overview, overview_client):
    site, index = make_municipality("Exempelby")
    agreement_in(index)
    from django.test import Client

    visitor = Client(HTTP_HOST=site.hostname)
    assert visitor.get("/open-data/national/signatories.csv").status_code == 404
    assert "oversikt" not in visitor.get("/sitemap.xml").content.decode()
    assert "Nationell översikt" not in visitor.get("/sok/", {"q": "översikt"}).content.decode()
