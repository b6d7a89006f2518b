"""Every municipality's current agreement, gathered in a fixed number of queries.

The overview reads across every site of the installation; nothing else
does. Each agreement is read as its own site shows it: the period and the
status through the agreement page's own `period_text` and `status`
(never more precise than the adopted text), the municipality's name and
county from its site's settings. The number of queries does not grow with
the number of municipalities (tests/overview/test_queries.py).

"Current" means live, in the default language, and not replaced by a live
newer version that has taken effect: an agreement whose period has passed
without a successor is still the municipality's latest and is listed as
expired; an adopted successor that has not yet started is listed beside
the version still in force.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F
from django.db.models.functions import Left
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agreements.models import AgreementPage, AgreementStatus, EventPage, PrinciplePage
from agreements.models.events import FORUM_KINDS
from forms.models import Signature
from forms.register import swedish_sort_key
from home.municipality import County, MunicipalitySettings
from operations.sites import STEPLEN, site_of_path, site_roots

UNKNOWN_STATUS = "unknown"
UNKNOWN_STATUS_LABEL = _("Not known from the text")


@dataclass
class Row:
    """One agreement in the overview."""

    agreement: AgreementPage
    site: object
    municipality: str
    county: str
    county_label: str
    status: str  # an AgreementStatus value, or UNKNOWN_STATUS
    principles: list = field(default_factory=list)
    signatories: int = 0
    next_forum: object = None


def municipality_settings():
    """{site id: settings row} for every site that has settings (one query)."""
    return {s.site_id: s for s in MunicipalitySettings.objects.all()}


def under(queryset, parent_paths, levels):
    """`queryset` (pages) kept to those `levels` below one of `parent_paths` (no extra query)."""
    return queryset.annotate(ancestor_path=Left("path", (F("depth") - levels) * STEPLEN)).filter(
        ancestor_path__in=parent_paths
    )


def current_agreements(today):
    """The live default-language versions not replaced by one already in effect (three queries)."""
    agreements = list(
        AgreementPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .prefetch_related("decisions")
    )
    AgreementPage.attach_superseded_dates(agreements)
    return [a for a in agreements if a.superseded_on is None or a.superseded_on > today]


def principles_of(agreements):
    """{agreement path: [principle titles in the page order]} (one query)."""
    paths = [a.path for a in agreements]
    found = {}
    for title, path in (
        under(PrinciplePage.objects.live(), paths, 1).order_by("path").values_list("title", "path")
    ):
        found.setdefault(path[:-STEPLEN], []).append(title)
    return found


def next_forums(agreements, now):
    """{agreement path: the next live forum (dialogue forum or follow-up conference)} (one query).

    Forums sit in the agreement's event index: two levels below it.
    """
    paths = [a.path for a in agreements]
    found = {}
    forums = (
        under(EventPage.objects.live(), paths, 2)
        .filter(kind__in=FORUM_KINDS, end__gt=now)
        .order_by("start", "path")
        .only("title", "start", "end", "kind", "path", "url_path")
    )
    for event in forums:
        found.setdefault(event.path[: -2 * STEPLEN], event)
    return found


def signatory_counts(agreements):
    """{translation key: active signatures} of each agreement's register (one query)."""
    keys = [a.translation_key for a in agreements]
    return dict(
        Signature.objects.active()
        .filter(agreement__translation_key__in=keys)
        .values_list("agreement__translation_key")
        .annotate(count=Count("pk"))
        .values_list("agreement__translation_key", "count")
    )


def overview_rows(today=None, now=None):
    """Every current agreement on the installation, by municipality name (about nine queries)."""
    today = today or timezone.localdate()
    now = now or timezone.now()
    roots = site_roots()
    named = municipality_settings()
    agreements = []
    for agreement in current_agreements(today):
        site = site_of_path(agreement.path, roots)
        if site is not None:  # outside every site: no one can read it
            agreements.append((agreement, site))
    principles = principles_of([a for a, _site in agreements])
    forums = next_forums([a for a, _site in agreements], now)
    counts = signatory_counts([a for a, _site in agreements])
    counties = dict(County.choices)
    rows = []
    for agreement, site in agreements:
        own = named.get(site.pk)
        county = own.county if own else ""
        status = agreement.status_on(today)
        rows.append(
            Row(
                agreement=agreement,
                site=site,
                municipality=(own.name if own else "") or site.site_name or site.hostname,
                county=county,
                county_label=str(counties.get(county, "")),
                status=status or UNKNOWN_STATUS,
                principles=principles.get(agreement.path, []),
                signatories=counts.get(agreement.translation_key, 0),
                next_forum=forums.get(agreement.path),
            )
        )
    rows.sort(key=lambda row: (swedish_sort_key(row.municipality), row.agreement.path))
    return rows


def status_choices():
    """The statuses the filter offers: the agreement's own, and "not stated"."""
    return [*AgreementStatus.choices, (UNKNOWN_STATUS, UNKNOWN_STATUS_LABEL)]
