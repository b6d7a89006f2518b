"""Agreements shaped as real ones are: parties named in their own words, commitments laid out
per principle, for the whole agreement, only joint, or not at all.

Each agreement is entered through the admin by a contributor (the editor role), submitted,
approved in both review steps and read at its public URLs as a resident would, in Swedish and
in English. What the editor did not enter (a party, a column, a count) is never shown.
"""

import json
import re

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest

from agreements.models import AgreementPage, Party, PrinciplePage
from editorial import roles
from tests import clock
from tests.agreements.test_public_pages import count_queries
from tests.editorial.accounts import logged_in, make_user
from tests.editorial.editor import post_create, post_edit, post_workflow_action
from tests.factories import (
    ActivityFactory,
    ActivityPlanPageFactory,
    AgreementPageFactory,
    AgreementPartyFactory,
    CommitmentFactory,
    CommitmentFollowUpFactory,
    FollowUpReportPageFactory,
    PrinciplePageFactory,
)

pytestmark = pytest.mark.django_db

NETWORK = "Nätverket Idéburna i Exempelby"


def sv(message, plural=None, count=None):
    """`message` as a Swedish visitor reads it (the site's language at "/")."""
    with translation.override("sv"):
        if plural is None:
            return translation.gettext(message)
        return translation.ngettext(message, plural, count) % {"total": count}


def en(message, plural=None, count=None):
    with translation.override("en"):
        if plural is None:
            return translation.gettext(message)
        return translation.ngettext(message, plural, count) % {"total": count}


@pytest.fixture
def editors(django_user_model):
    """(contributor, subject reviewer, publisher) clients, in the groups every install has."""
    return tuple(
        logged_in(make_user(django_user_model, username, [group]))
        for username, group in [
            ("skribent", roles.CONTRIBUTORS),
            ("sakgranskare", roles.SUBJECT_REVIEWERS),
            ("publicist", roles.PUBLISHERS),
        ]
    )


def through_workflow(editors, model, parent, fields):
    """Entered and submitted by the contributor, approved in both steps: the live page."""
    contributor, subject_reviewer, publisher = editors
    response = post_create(
        contributor, model, parent, fields, action="submit", change_note="Som antagen."
    )
    assert response.status_code == 302, response.context["form"].errors
    page = model.objects.get(slug=fields["slug"])
    for reviewer in (subject_reviewer, publisher):
        assert post_workflow_action(reviewer, page, "approve").status_code == 302
    page = model.objects.get(pk=page.pk)
    assert page.live
    return page


def agreement_fields(slug, parties=(), commitments=()):
    """The admin form of an agreement naming `parties` [(side, name, heading)]."""
    return {
        "title": f"Överenskommelse {slug}",
        "slug": slug,
        "municipality": "Exempelby kommun",
        "intro": "Vad staden och föreningslivet har lovat varandra.",
        "purpose": rich_text("<p>Samverkan.</p>"),
        "parties": rich_text("<p></p>"),
        "shared_values": rich_text("<p></p>"),
        "period_kind": "dates",
        "valid_from": clock.years_ago(1).isoformat(),
        "valid_to": clock.years_ahead(2).isoformat(),
        "intro_sections": streamfield([]),
        "decisions": inline_formset([]),
        "earlier_versions": inline_formset([]),
        "scope": "all",
        "scope_details": rich_text("<p></p>"),
        "forum_promises": inline_formset([]),
        "affiliation_rules": rich_text("<p></p>"),
        "party_names": inline_formset(
            [{"side": side, "name": name, "heading": heading} for side, name, heading in parties]
        ),
        "commitments": inline_formset([{"party": p, "text": t} for p, t in commitments]),
        "contacts": inline_formset([]),
        "body": streamfield([]),
    }


def principle_fields(slug, commitments=()):
    return {
        "title": slug.capitalize(),
        "slug": slug,
        "summary": f"Om {slug}.",
        "explanation": rich_text("<p></p>"),
        "commitments": inline_formset([{"party": p, "text": t} for p, t in commitments]),
    }


def column_heads(html):
    return re.findall(r'<th scope="col">([^<]*)</th>', html)


def filter_links(html):
    return re.findall(r'<a href="\?party=(\w+)#commitments"[^>]*>([^<]*)</a>', html)


def open_data(anonymous, agreement):
    response = anonymous.get(reverse("forms_open_data_commitments", args=[agreement.pk]))
    assert response.status_code == 200
    return json.loads(response.content)


# -- layout 1: commitments per principle, "Staden" and "Sektorn" ---------------------------------


@pytest.fixture
def per_principle(editors, agreement_index):
    agreement = through_workflow(
        editors,
        AgreementPage,
        agreement_index,
        agreement_fields(
            "per-princip",
            parties=[
                ("municipality", "Staden", "Staden åtar sig"),
                ("civil_society", "Sektorn", ""),
            ],
        ),
    )
    for slug, commitments in [
        ("dialog", [("civil_society", "Att delta i dialogen"), ("municipality", "Att bjuda in")]),
        ("oberoende", [("municipality", "Att respektera föreningarnas oberoende")]),
    ]:
        through_workflow(editors, PrinciplePage, agreement, principle_fields(slug, commitments))
    return agreement


def test_per_principle_commitments_show_the_agreements_names_in_a_principle_table(
    anonymous, per_principle
):
    html = anonymous.get(per_principle.url).content.decode()
    assert column_heads(html) == [sv("Principle"), "Staden", "Sektorn"]
    assert (
        sv(
            "%(total)s commitment, by principle and by party.",
            "%(total)s commitments, by principle and by party.",
            3,
        )
        in html
    )
    assert filter_links(html) == [("municipality", "Staden"), ("civil_society", "Sektorn")]
    # Nothing the editor did not name: no joint column, no generic labels.
    for unnamed in ["Båda parter", "Kommunen", "Civilsamhället", sv("Both parties")]:
        assert unnamed not in html
    assert "Att respektera föreningarnas oberoende" in html


def test_per_principle_filter_shows_one_party_under_its_name(anonymous, per_principle):
    html = anonymous.get(per_principle.url, {"party": "civil_society"}).content.decode()
    assert column_heads(html) == [sv("Principle"), "Sektorn"]
    assert "Att delta i dialogen" in html
    assert "Att bjuda in" not in html
    # A principle without commitments of the chosen party has no row.
    assert "Att respektera" not in html and ">Oberoende</a></th>" not in html
    assert 'href="?party=civil_society#commitments" aria-current="true"' in html


def test_per_principle_principle_page_uses_the_heading_or_the_name(anonymous, per_principle):
    principle = PrinciplePage.objects.get(slug="dialog")
    html = anonymous.get(principle.url).content.decode()
    assert "<h3>Staden åtar sig</h3>" in html
    assert "<h3>Sektorn</h3>" in html
    # The text's order of parties, not the order the commitments were typed in.
    assert html.index("Staden åtar sig") < html.index("<h3>Sektorn</h3>")


# -- layout 2: the whole agreement, a named network, joint commitments first -------------------


@pytest.fixture
def whole_agreement(editors, agreement_index):
    agreement = through_workflow(
        editors,
        AgreementPage,
        agreement_index,
        agreement_fields(
            "hela",
            parties=[
                ("both", "Parterna", "Parterna åtar sig gemensamt"),
                ("municipality", "Staden", ""),
                ("civil_society", NETWORK, ""),
            ],
            commitments=[
                ("municipality", "Att bjuda in till dialogforum"),
                ("civil_society", "Att sprida överenskommelsen bland medlemmarna"),
                ("both", "Att följa upp överenskommelsen varje år"),
            ],
        ),
    )
    through_workflow(editors, PrinciplePage, agreement, principle_fields("mangfald"))
    return agreement


def test_whole_agreement_commitments_are_listed_by_party_in_the_texts_order(
    anonymous, whole_agreement
):
    html = anonymous.get(whole_agreement.url).content.decode()
    assert "<table" not in html.split('id="commitments"')[1].split("</section>")[0]
    headings = re.findall(r"<h3>([^<]*)</h3>", html.split('id="commitments"')[1])
    assert headings[:3] == ["Parterna åtar sig gemensamt", "Staden", NETWORK]
    assert sv("%(total)s commitment, by party.", "%(total)s commitments, by party.", 3) in html
    assert filter_links(html) == [
        ("both", "Parterna"),
        ("municipality", "Staden"),
        ("civil_society", NETWORK),
    ]
    for unnamed in ["Kommunen", "Civilsamhället", "Båda parter"]:
        assert unnamed not in html


def test_whole_agreement_principle_page_points_to_the_agreements_list(anonymous, whole_agreement):
    html = anonymous.get(PrinciplePage.objects.get(slug="mangfald").url).content.decode()
    assert sv("The commitments of this agreement are listed for the whole agreement.") in html
    assert f'href="{whole_agreement.url}#commitments"' in html
    assert f'<h2 id="commitments-heading">{sv("Commitments")}</h2>' not in html


def test_whole_agreement_open_data_names_the_parties(anonymous, whole_agreement):
    data = open_data(anonymous, whole_agreement)
    assert data["agreement"]["parties"] == [
        {"side": "both", "name": "Parterna"},
        {"side": "municipality", "name": "Staden"},
        {"side": "civil_society", "name": NETWORK},
    ]
    assert [(c["principle"], c["side"], c["party"]) for c in data["commitments"]] == [
        (None, "both", "Parterna"),
        (None, "municipality", "Staden"),
        (None, "civil_society", NETWORK),
    ]
    assert data["count"] == 3


def translate(page, locale, strings):
    """`page` translated with wagtail-localize, `strings` giving each segment's translation."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    target = Translation.objects.create(source=source, target_locale=locale)
    offered = []
    for segment in source.stringsegment_set.select_related("string"):
        offered.append(segment.string.data)
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=strings.get(segment.string.data, segment.string.data),
        )
    target.save_target(publish=False)
    translated = type(page).objects.get(pk=page.get_translation(locale).pk)
    translated.get_latest_revision().publish()
    return type(page).objects.get(pk=translated.pk), offered


def test_whole_agreement_in_english_names_the_parties_as_translated(
    anonymous, home_page, agreement_index, whole_agreement
):
    locale = Locale.objects.get(language_code="en")
    for page in [home_page, agreement_index]:
        page.copy_for_translation(locale).save_revision().publish()
    english, offered = translate(
        whole_agreement,
        locale,
        {
            "Parterna": "The parties",
            "Parterna åtar sig gemensamt": "The parties jointly commit to",
            "Staden": "The city",
            NETWORK: "The Exempelby network of non-profits",
        },
    )
    # The names are offered for translation; the side codes are synchronised, never offered.
    assert {"Parterna", "Staden", NETWORK} <= set(offered)
    assert not {"both", "municipality", "civil_society"} & set(offered)
    assert [p.side for p in english.party_names.all()] == ["both", "municipality", "civil_society"]

    html = anonymous.get(english.url).content.decode()
    headings = re.findall(r"<h3>([^<]*)</h3>", html.split('id="commitments"')[1])
    assert headings[:3] == [
        "The parties jointly commit to",
        "The city",
        "The Exempelby network of non-profits",
    ]
    assert en("%(total)s commitment, by party.", "%(total)s commitments, by party.", 3) in html
    for unnamed in ["Staden", "The municipality", "Civil society", "Both parties"]:
        assert unnamed not in html.split('id="commitments"')[1].split("</section>")[0]


# -- layout 3: joint commitments only -------------------------------------------------------------


def test_joint_commitments_only_get_one_column_and_no_filter(editors, anonymous, agreement_index):
    agreement = through_workflow(
        editors,
        AgreementPage,
        agreement_index,
        # The text names the city too, but only joint commitments are made.
        agreement_fields(
            "gemensamt",
            parties=[("municipality", "Staden", ""), ("both", "Båda parter", "")],
        ),
    )
    through_workflow(
        editors,
        PrinciplePage,
        agreement,
        principle_fields("dialog", [("both", "Att mötas två gånger om året")]),
    )
    html = anonymous.get(agreement.url).content.decode()
    assert column_heads(html) == [sv("Principle"), "Båda parter"]
    assert sv("Commitments by principle") in html
    assert sv("%(total)s commitment, by principle.", "%(total)s commitments, by principle.", 1) in (
        html
    )
    assert filter_links(html) == []
    assert sv("Show commitments made by") not in html
    assert "Staden" not in html

    data = open_data(anonymous, agreement)
    assert [(c["principle"], c["party"]) for c in data["commitments"]] == [
        ("Dialog", "Båda parter")
    ]


# -- layout 4: no commitments at all ---------------------------------------------------------------


def test_agreement_without_commitments_shows_no_commitment_section(
    editors, anonymous, agreement_index
):
    agreement = through_workflow(
        editors, AgreementPage, agreement_index, agreement_fields("deklaration")
    )
    principle = through_workflow(editors, PrinciplePage, agreement, principle_fields("dialog"))

    html = anonymous.get(agreement.url).content.decode()
    assert 'id="commitments"' not in html
    assert "åtagande" not in html.lower().split("<main")[1]
    assert sv("No commitments have been published yet.") not in html

    principle_html = anonymous.get(principle.url).content.decode()
    assert sv("Commitments") not in principle_html.split("<main")[1]
    assert sv("The commitments of this agreement are listed for the whole agreement.") not in (
        principle_html
    )

    data = open_data(anonymous, agreement)
    assert (data["count"], data["commitments"], data["agreement"]["parties"]) == (0, [], [])


# -- the admin: name the party first -------------------------------------------------------------


def test_a_commitment_of_an_unnamed_party_is_refused_with_a_hint(editors, agreement_index):
    contributor = editors[0]
    response = post_create(
        contributor,
        AgreementPage,
        agreement_index,
        agreement_fields(
            "onamnd",
            parties=[("municipality", "Staden", "")],
            commitments=[("civil_society", "Att delta")],
        ),
    )
    assert response.status_code == 200
    assert not AgreementPage.objects.filter(slug="onamnd").exists()
    errors = response.context["form"].formsets["commitments"].forms[0].errors
    with translation.override("en"):
        assert "Add it under “Parties” on the agreement first" in str(errors["party"])


def test_a_side_named_twice_is_refused(editors, agreement_index):
    response = post_create(
        editors[0],
        AgreementPage,
        agreement_index,
        agreement_fields(
            "tva-namn", parties=[("municipality", "Staden", ""), ("municipality", "Kommunen", "")]
        ),
    )
    assert response.status_code == 200
    assert "side" in response.context["form"].formsets["party_names"].forms[1].errors


def test_a_principle_commitment_needs_the_party_named_on_its_agreement(editors, agreement_index):
    agreement = through_workflow(
        editors,
        AgreementPage,
        agreement_index,
        agreement_fields("bara-staden", parties=[("municipality", "Staden", "")]),
    )
    response = post_create(
        editors[0],
        PrinciplePage,
        agreement,
        principle_fields("dialog", [("both", "Att mötas")]),
    )
    assert response.status_code == 200
    assert "party" in response.context["form"].formsets["commitments"].forms[0].errors
    assert not PrinciplePage.objects.filter(slug="dialog").exists()


def test_an_unnamed_party_built_in_code_falls_back_to_its_plain_label(anonymous, agreement_index):
    """Pages published before their parties were named still read truthfully."""
    agreement = AgreementPageFactory(parent=agreement_index)
    AgreementPartyFactory(page=agreement, side=Party.BOTH, name="Parterna")
    principle = PrinciplePageFactory(parent=agreement)
    CommitmentFactory(page=principle, party=Party.CIVIL_SOCIETY, text="Att delta")
    CommitmentFactory(page=principle, party=Party.BOTH, text="Att mötas")
    html = anonymous.get(agreement.url).content.decode()
    # The named party first, the unnamed side after it under its plain label.
    assert column_heads(html) == [sv("Principle"), "Parterna", sv("Civil society")]


# -- cost --------------------------------------------------------------------------------------


def named_agreement(parent, principles, commitments):
    agreement = AgreementPageFactory(parent=parent)
    for order, (side, name) in enumerate(
        [(Party.BOTH, "Parterna"), (Party.MUNICIPALITY, "Staden"), (Party.CIVIL_SOCIETY, NETWORK)]
    ):
        AgreementPartyFactory(page=agreement, side=side, name=name, sort_order=order)
    pages = [PrinciplePageFactory(parent=agreement) for _ in range(principles)]
    sides = list(Party)
    for i in range(commitments):
        CommitmentFactory(page=pages[i % principles], party=sides[i % 3], text=f"Löfte {i}")
        CommitmentFactory(page=agreement, party=sides[i % 3], text=f"Gemensamt {i}")
    return agreement, pages[0]


def test_named_parties_keep_the_query_count_flat(client, agreement_index):
    small, small_principle = named_agreement(agreement_index, 3, 6)
    large, large_principle = named_agreement(agreement_index, 20, 120)
    assert count_queries(client, small.url) == count_queries(client, large.url)
    assert count_queries(client, small_principle.url) == count_queries(client, large_principle.url)
    assert count_queries(client, small.url)[1] <= 4  # as test_public_pages: the Swedish lookup


def test_a_party_the_principles_still_use_cannot_be_removed(editors, agreement_index):
    agreement = through_workflow(
        editors,
        AgreementPage,
        agreement_index,
        agreement_fields(
            "ta-bort", parties=[("municipality", "Staden", ""), ("both", "Parterna", "")]
        ),
    )
    through_workflow(
        editors, PrinciplePage, agreement, principle_fields("dialog", [("both", "Att mötas")])
    )
    staden, parterna = agreement.party_names.all()
    response = post_edit(
        editors[0],
        agreement,
        party_names=inline_formset(
            [
                {"id": str(staden.pk), "side": "municipality", "name": "Staden", "heading": ""},
                {
                    "id": str(parterna.pk),
                    "side": "both",
                    "name": "Parterna",
                    "heading": "",
                    "DELETE": "1",
                },
            ],
            initial=2,
        ),
    )
    assert response.status_code == 200
    errors = response.context["form"].non_field_errors()
    # The refusal names the side (read here in the site's language).
    assert any(sv("Both parties") in str(error) for error in errors)
    assert [p.side for p in AgreementPage.objects.get(pk=agreement.pk).party_names.all()] == [
        "municipality",
        "both",
    ]


def test_both_layouts_give_a_principle_table_then_the_whole_agreements_lists(
    anonymous, agreement_index
):
    agreement = AgreementPageFactory(parent=agreement_index)
    AgreementPartyFactory(page=agreement, side=Party.MUNICIPALITY, name="Staden", sort_order=0)
    AgreementPartyFactory(page=agreement, side=Party.BOTH, name="Parterna", sort_order=1)
    principle = PrinciplePageFactory(parent=agreement, title="Dialog")
    CommitmentFactory(page=principle, party=Party.MUNICIPALITY, text="Att bjuda in")
    CommitmentFactory(page=agreement, party=Party.BOTH, text="Att följa upp")
    section = anonymous.get(agreement.url).content.decode().split('id="commitments"')[1]
    assert column_heads(section) == [sv("Principle"), "Staden"]
    assert section.index("Att bjuda in") < section.index(sv("The whole agreement"))
    assert f'<h3 id="commitments-whole">{sv("The whole agreement")}</h3>' in section
    assert "<h4>Parterna</h4>" in section
    assert section.index("<h4>Parterna</h4>") < section.index("Att följa upp")


def test_follow_up_report_activity_plan_and_history_use_the_agreements_names(
    anonymous, agreement_index
):
    agreement = AgreementPageFactory(parent=agreement_index)
    AgreementPartyFactory(page=agreement, side=Party.BOTH, name="Parterna", sort_order=0)
    AgreementPartyFactory(
        page=agreement, side=Party.CIVIL_SOCIETY, name=NETWORK, heading="Nätverket åtar sig"
    )
    joint = CommitmentFactory(page=agreement, party=Party.BOTH, text="Att följa upp")
    own = CommitmentFactory(page=agreement, party=Party.CIVIL_SOCIETY, text="Att sprida")
    report = FollowUpReportPageFactory(parent=agreement)
    for commitment in (own, joint):
        CommitmentFollowUpFactory(page=report, commitment=commitment)
    plan = ActivityPlanPageFactory(parent=agreement)
    ActivityFactory(page=plan, party=Party.CIVIL_SOCIETY, title="Medlemsmöte")

    html = anonymous.get(report.url).content.decode()
    assert f'<span class="follow-up__party">{NETWORK}:</span> Att sprida' in html
    assert '<span class="follow-up__party">Parterna:</span> Att följa upp' in html
    # The summary by party: the agreement's names, in its order.
    assert html.index(">Parterna<") < html.index(f">{NETWORK}<")
    for unnamed in ["Civilsamhället", "Båda parter", "Kommunen"]:
        assert unnamed not in html

    html = anonymous.get(plan.url).content.decode()
    # Only the party responsible for an activity is offered in the filter.
    assert re.findall(r'href="\?party=(\w+)#activities"[^>]*>([^<]*)<', html) == [
        ("civil_society", NETWORK)
    ]
    assert f"<dd>{NETWORK}: <bdi>" in html

    history = anonymous.get(f"{agreement.url}atagande/{own.translation_key}/").content.decode()
    assert "<h1>Nätverket åtar sig: Att sprida</h1>" in history
