"""What changed between agreement versions, and between published versions of a page."""

from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from agreements.models import Decision, DecisionKind, Party
from tests import clock
from tests.agreements.conftest import translate_tree
from tests.agreements.test_public_pages import build_agreement, count_queries
from tests.factories import (
    AgreementPageFactory,
    AgreementPartyFactory,
    CommitmentFactory,
    PrinciplePageFactory,
)

PARTY_NAMES = [
    (Party.BOTH, "Båda parter", "Båda parter åtar sig"),
    (Party.MUNICIPALITY, "Kommunen", "Kommunen åtar sig"),
    (Party.CIVIL_SOCIETY, "Civilsamhället", "Civilsamhället åtar sig"),
]


def sv(message):
    with translation.override("sv"):
        return translation.gettext(message)


def text_of(element):
    return " ".join(element.get_text(" ").split())


def name_parties(agreement, civil_society="Civilsamhället"):
    for side, name, heading in PARTY_NAMES:
        if side == Party.CIVIL_SOCIETY:
            name, heading = civil_society, f"{civil_society} åtar sig"
        AgreementPartyFactory(page=agreement, side=side, name=name, heading=heading)


@pytest.fixture
def versions(agreement_index):
    """An earlier and a newer version: principles renamed, merged, added and removed."""
    year = clock.today().year
    old = AgreementPageFactory(
        parent=agreement_index,
        title="Överenskommelse A",
        period_kind="years",
        valid_from=None,
        valid_to=None,
        first_year=year - 7,
        last_year=year - 4,
        scope="all",
    )
    name_parties(old, civil_society="Idéburen sektor")
    Decision.objects.create(
        page=old, kind=DecisionKind.ADOPTED, body="Kommunstyrelsen", record_number="KS 1/A"
    )
    dialog = PrinciplePageFactory(
        parent=old, slug="dialog", title="Dialog", summary="Vi talar med varandra."
    )
    PrinciplePageFactory(parent=old, slug="oppenhet", title="Öppenhet")
    PrinciplePageFactory(parent=old, slug="kvalitet", title="Kvalitet")
    PrinciplePageFactory(parent=old, slug="langsiktighet", title="Långsiktighet")
    PrinciplePageFactory(parent=old, slug="mangfald", title="Mångfald")
    CommitmentFactory(
        page=dialog,
        party=Party.MUNICIPALITY,
        text="Att bjuda in till dialogforum två gånger om året.",
    )
    CommitmentFactory(page=dialog, party=Party.CIVIL_SOCIETY, text="Att delta i dialogforum.")
    CommitmentFactory(page=dialog, party=Party.BOTH, text="Att sprida kunskap om löftena.")

    new = AgreementPageFactory(
        parent=agreement_index,
        title="Överenskommelse B",
        replaces=old,
        scope="all_and_companies",
    )
    name_parties(new)
    Decision.objects.create(
        page=new, kind=DecisionKind.ADOPTED, body="Kommunfullmäktige", record_number="KS 2/B"
    )
    PrinciplePageFactory(
        parent=new, slug="dialog", title="Dialog", summary="Vi talar och lyssnar på varandra."
    )
    PrinciplePageFactory(parent=new, slug="oppenhet", title="Öppenhet och insyn")
    PrinciplePageFactory(
        parent=new, slug="kvalitet-och-langsiktighet", title="Kvalitet och långsiktighet"
    )
    PrinciplePageFactory(parent=new, slug="samhallsutveckling", title="Samhällsutveckling")
    CommitmentFactory(
        page=new,
        party=Party.MUNICIPALITY,
        text="Att bjuda in till dialogforum minst tre gånger om året.",
    )
    CommitmentFactory(page=new, party=Party.CIVIL_SOCIETY, text="Att delta i dialogforum.")
    CommitmentFactory(page=new, party=Party.BOTH, text="Att följa upp överenskommelsen varje höst.")
    return old, new


def comparison(client, url):
    response = client.get(url + "jamforelse/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def item(soup, kind, title):
    """The principle row of `kind` naming `title`."""
    rows = soup.select(f".comparison__item--{kind}")
    matching = [row for row in rows if title in text_of(row)]
    assert matching, f"no {kind} principle {title!r} in {[text_of(r) for r in rows]}"
    return matching[0]


@pytest.mark.django_db
def test_the_newer_version_links_to_what_changed(client, versions):
    old, new = versions
    soup = BeautifulSoup(client.get(new.url).content, "html.parser")
    link = soup.find("a", string=sv("What changed from the earlier version"))
    assert link["href"] == new.url + "jamforelse/"
    # The first version replaces nothing: no comparison, no link.
    assert client.get(old.url + "jamforelse/").status_code == 404
    old_page = BeautifulSoup(client.get(old.url).content, "html.parser")
    assert old_page.find("a", string=sv("What changed from the earlier version")) is None


@pytest.mark.django_db
def test_principles_added_removed_renamed_and_merged(client, versions):
    old, new = versions
    soup = comparison(client, new.url)
    assert soup.find("h1") and "Överenskommelse A" in text_of(soup.find("h1"))
    assert soup.find("main") is not None
    assert sv("New principle:") in text_of(item(soup, "added", "Samhällsutveckling"))
    assert sv("Removed principle:") in text_of(item(soup, "removed", "Mångfald"))
    renamed = item(soup, "renamed", "Öppenhet och insyn")
    assert "Öppenhet" in text_of(renamed)
    assert "och insyn" in text_of(renamed.find("ins"))
    merged = text_of(item(soup, "merged", "Kvalitet och långsiktighet"))
    assert "Kvalitet" in merged and "Långsiktighet" in merged
    # Merged principles are not also listed as removed.
    assert not [r for r in soup.select(".comparison__item--removed") if "Kvalitet" in text_of(r)]
    reworded = item(soup, "reworded", "Dialog")
    assert "och lyssnar" in text_of(reworded.find("ins"))


@pytest.mark.django_db
def test_commitments_by_party_with_inline_differences_said_in_words(client, versions):
    old, new = versions
    soup = comparison(client, new.url)
    parties = {
        text_of(section.find("h3")): section for section in soup.select(".comparison__party")
    }
    names = list(parties)
    assert names[:2] == ["Båda parter åtar sig", "Kommunen åtar sig"]
    # Listed under the newer version's names, with the earlier name where it changed.
    assert names[2].startswith("Civilsamhället åtar sig") and "Idéburen sektor" in names[2]
    both = parties["Båda parter åtar sig"]
    assert "Att följa upp överenskommelsen varje höst." in text_of(both.find("ins"))
    assert "Att sprida kunskap om löftena." in text_of(both.find("del"))
    municipality = parties["Kommunen åtar sig"]
    reworded = municipality.select_one(".comparison__item--reworded")
    deleted, inserted = reworded.find("del"), reworded.find("ins")
    assert text_of(deleted).startswith(sv("removed:"))
    assert "två" in text_of(deleted)
    assert text_of(inserted).startswith(sv("added:"))
    assert "minst tre" in text_of(inserted)
    # Said in words, hidden from the eye only.
    assert "visually-hidden" in deleted.find("span")["class"]
    civil = [s for name, s in parties.items() if name.startswith("Civilsamhället")][0]
    assert civil.find("ins") is None and civil.find("del") is None


@pytest.mark.django_db
def test_period_scope_and_decisions_side_by_side(client, versions):
    old, new = versions
    soup = comparison(client, new.url)
    table = soup.select_one("table.comparison__table")
    assert table.find("caption") is not None
    headers = [text_of(th) for th in table.select("thead th")]
    assert headers[1:3] == ["Överenskommelse A", "Överenskommelse B"]
    rows = {
        text_of(tr.find("th")): [text_of(td) for td in tr.find_all("td")]
        for tr in table.select("tbody tr")
    }
    year = clock.today().year
    # Years as years, dates as dates: no more precision than entered.
    assert rows[sv("Period")][0] == f"{year - 7}–{year - 4}"
    assert str(new.valid_from.year) in rows[sv("Period")][1]
    assert rows[sv("Binds")][0] == sv("All committees and the administration")
    assert rows[sv("Binds")][2] == sv("Changed")
    assert "Kommunstyrelsen" in rows[sv("Decisions")][0]
    assert "Kommunfullmäktige" in rows[sv("Decisions")][1]


@pytest.mark.django_db
def test_the_comparison_in_another_language(client, versions):
    old, new = versions
    for principle in [*old.get_children(), *new.get_children()]:
        translate_tree(principle, "en")
    english = new.get_translation(new.locale.__class__.objects.get(language_code="en"))
    soup = comparison(client, english.url)
    assert soup.find("html")["lang"] == "en"
    assert "What changed between" in text_of(soup.find("h1"))
    assert "New principle:" in text_of(item(soup, "added", "Samhällsutveckling"))
    assert soup.select_one(".comparison__item--reworded ins").get_text().startswith("added:")
    assert soup.find(string=lambda s: "exists only in" in s) is None
    assert english.url.startswith("/en/")


@pytest.mark.django_db
def test_an_earlier_version_only_in_swedish_is_compared_in_swedish(client, versions):
    old, new = versions
    english = translate_tree(new, "en")
    soup = comparison(client, english.url)
    notice = soup.find("p", class_="notice")
    assert "Swedish" in text_of(notice)
    body = soup.select_one("article.comparison > div[lang]")
    assert body["lang"] == "sv"
    assert "Samhällsutveckling" in text_of(body)


@pytest.mark.django_db
def test_comparison_query_count_does_not_grow_with_size(client, agreement_index):
    urls = []
    for principles, commitments in ((4, 12), (20, 200)):
        old = build_agreement(agreement_index, principles, commitments, own_commitments=2)
        new = build_agreement(
            agreement_index, principles + 1, commitments + 7, own_commitments=3, replaces=old
        )
        urls.append(new.url + "jamforelse/")
    small, large = (count_queries(client, url) for url in urls)
    assert small == large
    print(f"comparison queries: {small[0]} after a publication, then {small[1]}")
    assert small[0] <= 16
    assert small[1] <= 6


# -- published versions of one page ----------------------------------------------


@pytest.mark.django_db
def test_each_published_version_of_a_principle_links_to_what_changed(client, agreement):
    principle = PrinciplePageFactory(
        parent=agreement, title="Dialog", summary="Vi talar med varandra."
    )
    principle.explanation = "<p>Ett samtal två gånger om året.</p>"
    principle.commitments = [
        CommitmentFactory.build(party=Party.MUNICIPALITY, text="Att bjuda in till samtal.")
    ]
    AgreementPartyFactory(page=agreement, side=Party.MUNICIPALITY, name="Kommunen")
    principle.save_revision().publish()
    first = principle.live_revision_id
    principle.title = "Dialog och samtal"
    principle.summary = "Vi talar och lyssnar på varandra."
    principle.explanation = "<p>Ett samtal <b>fyra</b> gånger om året.</p>"
    principle.commitments = [
        CommitmentFactory.build(party=Party.MUNICIPALITY, text="Att bjuda in till samtal varje år.")
    ]
    principle.save_revision().publish()
    principle.refresh_from_db()
    second = principle.live_revision_id

    soup = BeautifulSoup(client.get(principle.url).content, "html.parser")
    links = soup.select(".versions__list a.versions__compare")
    # The newest version links to its comparison; the first has nothing before it.
    assert [a["href"] for a in links] == [f"{principle.url}versioner/{second}/"]

    response = client.get(links[0]["href"])
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("h1") is not None
    texts = {
        text_of(dt): dd
        for dt, dd in zip(
            page.select(".comparison__texts dt"), page.select(".comparison__texts dd"), strict=True
        )
    }
    title = next(dd for label, dd in texts.items() if label.startswith(sv("Title")))
    assert "och samtal" in text_of(title.find("ins"))
    explanation = next(dd for label, dd in texts.items() if label.startswith(sv("Explanation")))
    assert "två" in text_of(explanation.find("del")) and "fyra" in text_of(explanation.find("ins"))
    assert "<b>" not in str(explanation)  # compared as words, escaped
    reworded = page.select_one(".comparison__item--reworded")
    assert "varje år" in text_of(reworded.find("ins"))
    # The first publication has nothing before it; a draft is never shown.
    assert client.get(f"{principle.url}versioner/{first}/").status_code == 404
    principle.title = "Utkast"
    draft = principle.save_revision()
    assert client.get(f"{principle.url}versioner/{draft.pk}/").status_code == 404


@pytest.mark.django_db
def test_word_differences_are_escaped():
    from agreements.comparison import word_diff

    html = word_diff("Att <b>lova</b> något", "Att <script>lova</script> mer")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;lova&lt;/script&gt;" in html


@pytest.mark.django_db
def test_links_in_the_version_list_cost_no_query_per_version(client, agreement):
    few = PrinciplePageFactory(parent=agreement, title="Få")
    many = PrinciplePageFactory(parent=agreement, title="Många")
    for page, publications in ((few, 2), (many, 6)):
        for number in range(publications):
            page.summary = f"Version {number}"
            page.save_revision().publish()
    few_links = BeautifulSoup(client.get(few.url).content, "html.parser").select(
        "a.versions__compare"
    )
    many_links = BeautifulSoup(client.get(many.url).content, "html.parser").select(
        "a.versions__compare"
    )
    assert (len(few_links), len(many_links)) == (1, 5)
    assert count_queries(client, few.url) == count_queries(client, many.url)


@pytest.mark.django_db
def test_an_agreement_republished_shows_what_changed_in_its_text(client, agreement):
    AgreementPartyFactory(page=agreement, side=Party.BOTH, name="Båda parter")
    agreement.intro = "Vad parterna har lovat."
    agreement.commitments = [CommitmentFactory.build(party=Party.BOTH, text="Att ses varje vår.")]
    agreement.save_revision().publish()
    agreement.intro = "Vad parterna har lovat varandra."
    agreement.commitments = [CommitmentFactory.build(party=Party.BOTH, text="Att ses varje höst.")]
    revision = agreement.save_revision()
    revision.publish()
    page = BeautifulSoup(
        client.get(f"{agreement.url}versioner/{revision.pk}/").content, "html.parser"
    )
    added = [text_of(ins) for ins in page.select(".comparison__texts dd ins")]
    assert any("varandra" in text for text in added)
    reworded = page.select_one(".comparison__item--reworded")
    assert "höst" in text_of(reworded.find("ins")) and "vår" in text_of(reworded.find("del"))
