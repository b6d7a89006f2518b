"""Pages for the consultation group, working groups and the internal network."""

import datetime

from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from agreements.models import BodyKind, MemberSide
from tests.factories import BodyMemberFactory, BodyPageFactory

pytestmark = pytest.mark.django_db


def years_ago(years):
    return timezone.localdate() - datetime.timedelta(days=365 * years)


@pytest.fixture
def council(agreement):
    page = BodyPageFactory(
        parent=agreement,
        title="Samrådsgruppen",
        purpose="<p>Gruppen förbereder dialogforumen.</p>",
        membership="<p>Civilsamhället nominerar sex ledamöter.</p>",
        meeting_rhythm="Fyra gånger om året",
    )
    BodyMemberFactory(
        page=page,
        role="Ordförande",
        organisation="Idrottsföreningen Exempel",
        name="Anna Samtyckt",
        name_consent_on=years_ago(1),
        term_start=years_ago(1),
        term_end=timezone.localdate() + datetime.timedelta(days=365),
    )
    BodyMemberFactory(
        page=page,
        role="Ledamot",
        organisation="Kultur- och fritidsförvaltningen",
        side=MemberSide.MUNICIPALITY,
        name="Bertil Utansamtycke",
        term_start=years_ago(1),
    )
    BodyMemberFactory(
        page=page,
        role="Sekreterare",
        organisation="Studieförbundet Exempel",
        name="Cecilia Tidigare",
        name_consent_on=years_ago(4),
        term_start=years_ago(4),
        term_end=years_ago(2),
    )
    return page


def section_text(page, heading_id):
    return page.find(id=heading_id).find_parent("section").get_text(" ", strip=True)


def test_body_page_shows_purpose_choice_of_members_and_rhythm(client, council):
    response = client.get(council.url)
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert "Gruppen förbereder dialogforumen." in text
    assert "Civilsamhället nominerar sex ledamöter." in text
    assert "Fyra gånger om året" in text


def test_current_and_former_members_are_shown_apart(client, council):
    page = BeautifulSoup(client.get(council.url).content, "html.parser")
    current = section_text(page, "members-heading")
    former = section_text(page, "former-heading")
    assert "Ordförande" in current and "Idrottsföreningen Exempel" in current
    assert "Kultur- och fritidsförvaltningen" in current
    assert "Studieförbundet Exempel" in former and "Studieförbundet Exempel" not in current
    assert "Sekreterare" in former


def test_a_name_is_public_only_with_recorded_consent(client, council):
    html = client.get(council.url).content.decode()
    assert "Anna Samtyckt" in html
    assert "Cecilia Tidigare" in html
    assert "Bertil Utansamtycke" not in html
    # Without consent the role and the organisation stand in for the name.
    rows = BeautifulSoup(html, "html.parser").select("tbody tr")
    [row] = [r for r in rows if "Kultur- och fritidsförvaltningen" in r.get_text()]
    cells = [td.get_text(strip=True) for td in row.find_all("td")]
    assert cells[:3] == ["Ledamot", "Publiceras inte", "Kultur- och fritidsförvaltningen"]


def test_members_names_are_not_in_the_search_index(council):
    indexed = {field.field_name for field in council.search_fields}
    assert "members" not in indexed
    assert {"purpose", "membership", "summary"} <= indexed


def test_each_kind_of_body(client, agreement):
    for kind in BodyKind:
        body = BodyPageFactory(parent=agreement, kind=kind)
        assert client.get(body.url).status_code == 200
