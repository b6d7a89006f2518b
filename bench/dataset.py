"""The benchmark's data set: one large, realistic agreement in five languages.

An agreement version with 7 principles, 60 commitments, 300 signatories, in
Swedish and four translations, 40 events and 4 follow-up reports. Run inside Django:
`manage.py shell -c "from bench.dataset import build; build()"`.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction

from wagtail.models import Locale, Site

from agreements.models import CommitmentStatus, EventKind, FollowUpReportPage, prefilled_entries
from demo.affiliations import fictional_organisation_number
from forms.models import OrganisationType
from tests.factories import (
    AgreementIndexPageFactory,
    AgreementPageFactory,
    CommitmentFactory,
    EventIndexPageFactory,
    EventPageFactory,
    PrinciplePageFactory,
)
from tests.factories.agreements import ContactPointFactory
from tests.factories.forms import ApplicationPageFactory, OrganisationFactory, SignatureFactory

LANGUAGES = ["en", "fi", "ar", "so"]
PARTIES = ["municipality", "civil_society", "both"]
PRINCIPLES = 7
COMMITMENTS = 60
SIGNATORIES = 300
EVENTS = 40
FOLLOW_UP_REPORTS = 4


def add_events(agreement, count=EVENTS):
    """`count` published events under an events listing; returns the listing's URL path.

    Spread over the agreement's years, two of three in the past, every kind
    represented, as on a real agreement's listing.
    """
    listing = EventIndexPageFactory(parent=agreement, slug="forum-och-moten", title="Forum")
    kinds = [choice for choice, _label in EventKind.choices]
    first = datetime.datetime(2025, 2, 3, 16, 0, tzinfo=datetime.UTC)
    for n in range(count):
        EventPageFactory(
            parent=listing,
            slug=f"forum-{n + 1}",
            title=f"Forum {n + 1}",
            kind=kinds[n % len(kinds)],
            start=first + datetime.timedelta(days=n * 30),
            organisations_attended=20 + n % 15,
        )
    home_path = agreement.get_site().root_page.url_path
    return listing.url_path[len(home_path) - 1 :]


def add_follow_up_reports(agreement, count=FOLLOW_UP_REPORTS):
    """`count` published follow-up reports, one a year, each prefilled from the one before."""
    statuses = [choice for choice, _label in CommitmentStatus.choices]
    for n in range(count):
        year = 2025 + n
        report = FollowUpReportPage(title=f"Uppföljning {year}", slug=f"uppfoljning-{year}")
        report.year = year
        entries = prefilled_entries(agreement, year)
        for i, entry in enumerate(entries):
            entry.status = statuses[(i + n) % len(statuses)]
            entry.assessment = entry.assessment or f"Bedömning {year} av åtagande {i + 1}."
        report.entries = entries
        agreement.add_child(instance=report)
        report.save_revision().publish()


def translate(page, locale):
    translated = page.copy_for_translation(locale)
    translated.title = f"{page.title} ({locale.language_code})"
    translated.save_revision().publish()
    return translated


@transaction.atomic
def build():
    """Build the data set; returns the URL paths the benchmark drives."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    contact = ContactPointFactory(live=True, email="kontakt@exempelby.example")
    index = AgreementIndexPageFactory(
        parent=home, slug="overenskommelsen", title="Överenskommelsen"
    )
    agreement = AgreementPageFactory(
        parent=index,
        slug="2025-2028",
        title="Överenskommelse 2025–2028",
        contacts=[contact],
        valid_from=datetime.date(2025, 1, 1),
        valid_to=datetime.date(2028, 12, 31),
    )
    principles = [
        PrinciplePageFactory(parent=agreement, title=f"Princip {n + 1}", slug=f"princip-{n + 1}")
        for n in range(PRINCIPLES)
    ]
    for n in range(COMMITMENTS):
        page = principles[n % PRINCIPLES] if n % 4 else agreement
        CommitmentFactory(
            page=page,
            party=PARTIES[n % 3],
            text=f"Åtagande {n + 1}: parterna samråder i god tid om förändringar som berör "
            "föreningslivet och redovisar hur synpunkterna har tagits till vara.",
        )
    ApplicationPageFactory(parent=agreement, slug="anslut")
    types = [choice for choice, _label in OrganisationType.choices]
    for n in range(SIGNATORIES):
        organisation = OrganisationFactory(
            name=f"Förening {n + 1:03d} i Exempelby",
            organisation_number=fictional_organisation_number(n),
            organisation_type=types[n % len(types)],
        )
        SignatureFactory(
            agreement=agreement,
            organisation=organisation,
            joined_on=datetime.date(2025, 1, 1) + datetime.timedelta(days=n % 300),
        )
    for code in LANGUAGES:
        locale, _ = Locale.objects.get_or_create(language_code=code)
        for page in [home, index, agreement, *principles]:
            if not page.has_translation(locale):
                translate(page, locale)
    events_path = add_events(agreement)
    add_follow_up_reports(agreement)
    get_user_model().objects.filter(username="bench").delete()

    def local(page):
        return page.url_path[len(home.url_path) - 1 :]

    return {
        "index": local(index),
        "agreement": local(agreement),
        "agreement_id": agreement.pk,
        "principle": local(principles[0]),
        "events": events_path,
        "event": f"{events_path}forum-1/",
        "follow_up": f"{local(agreement)}uppfoljning-2025/",
    }
