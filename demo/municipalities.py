"""The demo's second municipality (Exempelby) and the national overview, each on its own host.

Exempelby is created as the operator creates any municipality
(`agreements.municipalities.create_municipality`, the code path of
`manage.py create_municipality` and of the admin), then given its
agreement. The overview is an `OverviewPage` at the root of a third site.
Both are idempotent: what exists is kept.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from wagtail.models import Page, Site

from agreements.models import (
    AgreementIndexPage,
    AgreementPage,
    AgreementParty,
    BodyPage,
    Commitment,
    Decision,
    ForumPromise,
    PrinciplePage,
    SeatGroup,
)
from agreements.municipalities import create_municipality
from demo.affiliations import ensure_organisation, ensure_signature
from demo.content import exempelby_sv
from demo.richtext import heading_sections, list_html, paragraphs_html
from forms.models import ApplicationPage, PaperFormPlace
from home.models import AccessibilityStatementPage
from home.municipality import MunicipalitySettings
from overview.models import OverviewPage

DEV_PORT = 8000
OVERVIEW_HOSTNAME = "oversikt.localhost"
OVERVIEW_TITLE = "Lokala överenskommelser i Sverige"
OVERVIEW_INTRO = (
    "Alla överenskommelser mellan kommuner och civilsamhälle som finns på den här tjänsten, "
    "sida vid sida."
)


def ensure_identity(site, name, county, liaison_office):
    """The default site's settings (Södertälje's), created only when it has none."""
    if MunicipalitySettings.objects.filter(site=site).exists():
        return 0
    MunicipalitySettings.objects.create(
        site=site, name=name, county=county, liaison_office=liaison_office
    )
    return 1


def ensure_exempelby(command):
    """Exempelby's site, pages, roles and agreement; returns its agreement."""
    data = exempelby_sv.AGREEMENT
    outcome = create_municipality(
        hostname=exempelby_sv.HOSTNAME,
        name=exempelby_sv.NAME,
        port=DEV_PORT,
        county=exempelby_sv.COUNTY,
        liaison_office=exempelby_sv.LIAISON_OFFICE,
        publisher_email=exempelby_sv.PUBLISHER_EMAIL,
    )
    command.created += len(outcome.created)
    identity = MunicipalitySettings.objects.get(site=outcome.site)
    if not identity.languages:  # Exempelby's pages are in Swedish only: offer no other language
        identity.languages = settings.LANGUAGE_CODE
        identity.save()
    home = outcome.site.root_page.specific
    if not home.intro:
        home.intro = exempelby_sv.HOME_INTRO
        command.publish(home)
    index = AgreementIndexPage.objects.child_of(home).first()
    agreement = AgreementPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if agreement is None:
        year = timezone.localdate().year
        first, last = year - data["years_before"], year + data["years_after"]
        agreement = AgreementPage(
            slug=data["slug"],
            title=data["title"].format(first=first, last=last),
            municipality=exempelby_sv.NAME,
            intro=data["intro"],
            purpose=paragraphs_html(data["purpose"]),
            parties=paragraphs_html(data["parties"]),
            shared_values=list_html(data["values"]),
            period_kind="years",
            first_year=first,
            last_year=last,
            decisions=[Decision(**data["decision"])],
            scope="all",
            affiliation_rules=paragraphs_html(data["affiliation_rules"]),
            party_names=[
                AgreementParty(side=side, name=name, heading=heading, sort_order=order)
                for order, (side, name, heading) in enumerate(data["party_names"])
            ],
            commitments=[
                Commitment(party=party, text=text, sort_order=order)
                for order, (party, text) in enumerate(data["commitments"])
            ],
            forum_promises=[ForumPromise(**data["forum_promise"], sort_order=0)],
        )
        index.add_child(instance=agreement)
        command.publish(agreement)
        command.created += 1
    for slug, title, summary in data["principles"]:
        command.ensure_child(agreement, PrinciplePage, slug, title=title, summary=summary)
    council = data["council"]
    command.ensure_child(
        agreement,
        BodyPage,
        council["slug"],
        title=council["title"],
        kind=council["kind"],
        summary=council["summary"],
        seat_groups=[
            SeatGroup(seats=seats, side=side, chosen_how=how, sort_order=order)
            for order, (seats, side, how) in enumerate(council["seats"])
        ],
    )
    ensure_joining(command, agreement)
    ensure_legal_pages(command, home)
    return agreement


def ensure_legal_pages(command, home):
    """Exempelby's accessibility statement and privacy notice, written and published.

    `create_municipality` leaves both as drafts marked "[To complete]"; a
    municipality publishes them once written. The demo writes Exempelby's, so
    its footer links them as a municipality in service would.
    """
    statement = AccessibilityStatementPage.objects.child_of(home).first()
    if statement is not None and not statement.live:
        data = exempelby_sv.ACCESSIBILITY_STATEMENT
        statement.intro = data["intro"]
        statement.compliance = AccessibilityStatementPage.Compliance.PARTIAL
        for field in ("how_accessible", "alternatives", "report_problem", "testing_method"):
            setattr(statement, field, paragraphs_html(data[field]))
        statement.enforcement = (
            paragraphs_html(data["enforcement"])
            + '<p><a href="https://www.digg.se/">Myndigheten för digital förvaltning '
            "(digg.se)</a></p>"
        )
        statement.non_compliance = list_html(data["non_compliance"])
        statement.assessed_on = statement.statement_published_on
        command.publish(statement)
        command.created += 1
    privacy = MunicipalitySettings.objects.get(site__root_page=home).privacy_notice
    if privacy is not None and not privacy.live:
        privacy = privacy.specific
        privacy.intro = exempelby_sv.PRIVACY_NOTICE["intro"]
        privacy.body = heading_sections(exempelby_sv.PRIVACY_NOTICE["sections"])
        command.publish(privacy)
        command.created += 1


def ensure_joining(command, agreement):
    """The application page with its places for paper forms, and a few signatories."""
    if not ApplicationPage.objects.child_of(agreement).exists():
        page = ApplicationPage(
            **exempelby_sv.APPLICATION_PAGE,
            paper_form_places=[
                PaperFormPlace(name=name, address=address, note=note, sort_order=order)
                for order, (name, address, note) in enumerate(exempelby_sv.PAPER_FORM_PLACES)
            ],
        )
        agreement.add_child(instance=page)
        command.publish(page)
        command.created += 1
    start = agreement.starts_on or timezone.localdate()
    for offset, (serial, name, kind, listed) in enumerate(exempelby_sv.SIGNATORIES):
        organisation, created = ensure_organisation(serial, name, kind, True, listed, "")
        _signature, signed = ensure_signature(
            organisation,
            agreement,
            min(start + timedelta(days=30 * (offset + 1)), timezone.localdate()),
        )
        command.created += created + signed


def ensure_overview(command):
    """The national overview: an OverviewPage at the tree's root, the root of its own site."""
    site = Site.objects.filter(hostname=OVERVIEW_HOSTNAME).first()
    if site is not None:
        return site
    page = OverviewPage.objects.filter(depth=2).first()
    if page is None:
        page = OverviewPage(title=OVERVIEW_TITLE, slug="oversikt", intro=OVERVIEW_INTRO)
        Page.get_first_root_node().add_child(instance=page)
        command.publish(page)
        command.created += 1
    command.created += 1
    return Site.objects.create(
        hostname=OVERVIEW_HOSTNAME, port=DEV_PORT, site_name=OVERVIEW_TITLE, root_page=page
    )
