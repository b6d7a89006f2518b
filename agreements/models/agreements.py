"""Agreement versions and the index that lists them."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel
from editorial.versions import published_versions
from home.blocks import BodyStreamBlock
from home.i18n import LocalizedPageMixin, locale_code

from .commitments import Commitment, Party
from .principles import PrinciplePage

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class AgreementStatus(models.TextChoices):
    """Where an agreement version stands today, computed from its dates."""

    UPCOMING = "upcoming", _("Upcoming")
    IN_FORCE = "in_force", _("In force")
    EXTENDED = "extended", _("Extended")
    EXPIRED = "expired", _("Expired")


def add_years(date, years):
    """`date` moved `years` ahead; 29 February becomes 28 February."""
    try:
        return date.replace(year=date.year + years)
    except ValueError:
        return date.replace(year=date.year + years, day=28)


def agreement_status(*, valid_from, valid_to, extension_years=None, superseded_on=None, today):
    """The status of an agreement on `today`.

    An agreement with an automatic extension ("unless decided otherwise it
    runs N more years") is *extended* after its period until the extension
    ends. A newer version that has taken effect ends it at once, extension
    or not: `superseded_on` is the day the replacing version took effect.
    """
    if today < valid_from:
        return AgreementStatus.UPCOMING
    if superseded_on is not None and today >= superseded_on:
        return AgreementStatus.EXPIRED
    if today <= valid_to:
        return AgreementStatus.IN_FORCE
    if extension_years and today <= add_years(valid_to, extension_years):
        return AgreementStatus.EXTENDED
    return AgreementStatus.EXPIRED


class AgreementIndexPage(LocalizedPageMixin, EditorialPageMixin, Page):
    """Lists every version of the municipality's agreement, newest first.

    Sits under the home page; the current version is one click away, and
    earlier versions stay public because residents and researchers look
    them up.
    """

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)

    content_panels = [EditorialStatePanel(), *Page.content_panels, FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["agreements.AgreementPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("agreement index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Looked up only when the template renders them (not from a fragment cache).
        context["agreements"] = SimpleLazyObject(self.get_agreements)
        return context

    def get_agreements(self):
        """The live agreement versions listed here, newest first (two queries)."""
        agreements = list(
            AgreementPage.objects.child_of(self).live().order_by("-valid_from", "path")
        )
        AgreementPage.attach_superseded_dates(agreements)
        return agreements


class AgreementPage(LocalizedPageMixin, EditorialPageMixin, RoutablePageMixin, Page):
    """One version of the local agreement, e.g. "2025–2028".

    Each revision of the agreement adopted by the council is its own page, so
    the earlier version stays readable and each version has its own
    principles, commitments and (later) register of signatories. It links to
    the version it replaces; the old one shows "replaced by". Commitments
    can sit on the principles below it or directly on it: real agreements
    use both layouts.
    """

    municipality = models.CharField(_("municipality"), max_length=100)
    intro = models.TextField(
        _("short introduction"),
        max_length=600,
        help_text=_("One or two plain sentences shown at the top of the page and in listings."),
    )
    purpose = RichTextField(_("purpose"), features=RICH_TEXT_FEATURES, blank=True)
    parties = RichTextField(
        _("the parties"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Who the parties are: the municipality and the organisations of civil society."
        ),
    )
    shared_values = RichTextField(_("shared values"), features=RICH_TEXT_FEATURES, blank=True)

    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(_("valid to"))
    extension_years = models.PositiveSmallIntegerField(
        _("automatic extension (years)"),
        null=True,
        blank=True,
        help_text=_(
            "If the agreement runs on unless decided otherwise, for how many years. "
            "Leave empty if it simply ends."
        ),
    )
    review_by = models.DateField(
        _("review by"),
        null=True,
        blank=True,
        help_text=_("The date by which the agreement must be reviewed (aktualitetsprövning)."),
    )

    adopted_by = models.CharField(
        _("adopted by"),
        max_length=200,
        blank=True,
        help_text=_("The body that adopted the agreement, e.g. the municipal council."),
    )
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    record_number = models.CharField(
        _("record number"), max_length=50, blank=True, help_text=_("The diarienummer.")
    )
    decision_paragraph = models.CharField(
        _("paragraph"), max_length=50, blank=True, help_text=_("E.g. § 123.")
    )
    decision_url = models.URLField(_("link to the decision"), blank=True)
    anchored_how = models.CharField(
        _("anchored with civil society through"),
        max_length=300,
        blank=True,
        help_text=_("E.g. an open dialogue meeting with the organisations."),
    )
    anchored_on = models.DateField(_("anchored on"), null=True, blank=True)

    class Scope(models.TextChoices):
        ALL = "all", _("All committees and the administration")
        ALL_AND_COMPANIES = (
            "all_and_companies",
            _("All committees, the administration and the municipal companies"),
        )
        NAMED = "named", _("Only the committees and companies named below")

    scope = models.CharField(_("scope"), max_length=30, choices=Scope.choices, default=Scope.ALL)
    scope_details = RichTextField(
        _("scope details"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("The committees, departments or companies the agreement binds."),
    )
    forums_per_year = models.PositiveSmallIntegerField(
        _("dialogue forums per year"),
        default=2,
        help_text=_("The minimum number of dialogue forums the agreement promises each year."),
    )
    affiliation_rules = RichTextField(
        _("joining the agreement"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Who may join, how to apply and how to leave."),
    )
    contact = models.ForeignKey(
        "agreements.ContactPoint",
        verbose_name=_("contact point"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("the agreement as a document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The adopted agreement as a file to download, e.g. an accessible PDF."),
    )
    replaces = models.ForeignKey(
        "agreements.AgreementPage",
        verbose_name=_("replaces"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaced_by",
        help_text=_("The earlier version of the agreement that this one replaces."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("further sections"), blank=True)

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("municipality"),
        FieldPanel("intro"),
        FieldPanel("purpose"),
        FieldPanel("parties"),
        FieldPanel("shared_values"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
                FieldPanel("extension_years"),
                FieldPanel("review_by"),
                FieldPanel("replaces"),
            ],
            heading=_("Period"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("adopted_by"),
                FieldRowPanel([FieldPanel("adopted_on"), FieldPanel("decision_paragraph")]),
                FieldPanel("record_number"),
                FieldPanel("decision_url"),
                FieldRowPanel([FieldPanel("anchored_how"), FieldPanel("anchored_on")]),
            ],
            heading=_("Decision"),
        ),
        MultiFieldPanel([FieldPanel("scope"), FieldPanel("scope_details")], heading=_("Scope")),
        FieldPanel("forums_per_year"),
        FieldPanel("affiliation_rules"),
        FieldPanel("contact"),
        FieldPanel("document"),
        InlinePanel(
            "commitments",
            heading=_("Commitments for the whole agreement"),
            help_text=_(
                "Use these when the agreement lists its commitments once, by party. "
                "Commitments that belong to a principle are added on the principle's page."
            ),
            label=_("Commitment"),
        ),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("purpose"),
        index.SearchField("parties"),
        index.SearchField("shared_values"),
        index.SearchField("affiliation_rules"),
        index.SearchField("body"),
        # Commitments are Orderables of the page: indexed with it, so a search
        # for words in a commitment finds the page that makes it.
        index.RelatedFields("commitments", [index.SearchField("text")]),
        index.FilterField("valid_from"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("record_number"),
        SynchronizedField("decision_paragraph"),
        SynchronizedField("decision_url"),
    ]

    parent_page_types = ["agreements.AgreementIndexPage", "home.HomePage"]
    subpage_types = [
        "agreements.PrinciplePage",
        "agreements.EventIndexPage",
        "agreements.ActivityPlanPage",
        "agreements.FollowUpReportPage",
        "agreements.BodyPage",
        "agreements.EasyReadPage",
        "home.StandardPage",
        "forms.ApplicationPage",
    ]

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    # -- status -------------------------------------------------------------

    @cached_property
    def superseded_on(self):
        """The day a live newer version took effect, or None.

        Listings set this in bulk through `attach_superseded_dates` to avoid a
        query per agreement.
        """
        newer = self.live_replacement
        return newer.valid_from if newer else None

    @cached_property
    def live_replacement(self):
        """The live version that replaces this one, if any."""
        return AgreementPage.objects.live().filter(replaces=self).order_by("valid_from").first()

    @classmethod
    def attach_superseded_dates(cls, agreements):
        """Compute `superseded_on` for many agreements in one query."""
        first_replacement = {}
        for newer in (
            cls.objects.live()
            .filter(replaces__in=[a.pk for a in agreements])
            .order_by("valid_from")
            .only("replaces_id", "valid_from")
        ):
            first_replacement.setdefault(newer.replaces_id, newer.valid_from)
        for agreement in agreements:
            agreement.superseded_on = first_replacement.get(agreement.pk)

    def status_on(self, today):
        return agreement_status(
            valid_from=self.valid_from,
            valid_to=self.valid_to,
            extension_years=self.extension_years,
            superseded_on=self.superseded_on,
            today=today,
        )

    @property
    def status(self):
        return self.status_on(timezone.localdate())

    @property
    def extended_until(self):
        """The last day of the automatic extension, if there is one."""
        if not self.extension_years:
            return None
        return add_years(self.valid_to, self.extension_years)

    #: How long before its review date (aktualitetsprövning) an agreement is due for
    #: review: the dashboard, the annual cycle and the publishers' reminder all use it.
    REVIEW_WARNING_DAYS = 180

    @classmethod
    def due_for_review(cls, today):
        """Live agreements whose review date is past or within the warning period."""
        return cls.objects.live().filter(
            review_by__isnull=False,
            review_by__lte=today + datetime.timedelta(days=cls.REVIEW_WARNING_DAYS),
        )

    def get_neighbour_versions(self):
        """(the live version this one replaces, the live version replacing it): one query."""
        neighbours = list(
            AgreementPage.objects.live()
            .filter(Q(pk=self.replaces_id) | Q(replaces=self))
            .order_by("valid_from")
            .only("id", "title", "url_path", "locale_id", "valid_from", "replaces_id", "path")
        )
        previous = next((p for p in neighbours if p.pk == self.replaces_id), None)
        replacement = next((p for p in neighbours if p.replaces_id == self.pk), None)
        self.__dict__["live_replacement"] = replacement
        return previous, replacement

    # -- forums, bodies and the application page ------------------------------

    # What the page shows of them: links, and the next forum's time and place
    # (not the events' descriptions, agendas and minutes).
    STRUCTURE_FIELDS = (
        *("id", "path", "depth", "title", "url_path", "content_type_id", "locale_id", "live"),
        *("eventpage__kind", "eventpage__start", "eventpage__end", "eventpage__place"),
    )

    @cached_property
    def structure(self):
        """The agreement's supporting structure for its page (see `get_structure`)."""
        return self.get_structure()

    def get_structure(self):
        """The agreement's supporting structure for its page, in one query.

        The live events listing, the bodies (consultation group, working
        groups, network) and the application page directly below the
        agreement, and the next forum (the live dialogue forum or follow-up
        conference that has not ended, soonest first) below its listing.
        Plain `Page` rows (title and URL are all the page needs); the next
        forum's `eventpage` carries its time and place.
        """
        rows = self.structure_rows()
        children = [row for row in rows if row.depth == self.depth + 1]
        now = timezone.now()
        forums = sorted(
            (row for row in rows if row.depth == self.depth + 2 and row.eventpage.end >= now),
            key=lambda row: row.eventpage.start,
        )
        type_ids = self.structure_type_ids()
        return {
            "events_index": next(
                (p for p in children if p.content_type_id == type_ids["events_index"]), None
            ),
            "bodies": [p for p in children if p.content_type_id == type_ids["body"]],
            "application_page": next(
                (p for p in children if p.content_type_id == type_ids["application_page"]), None
            ),
            "next_forum": forums[0] if forums else None,
        }

    @staticmethod
    def structure_type_ids():
        from forms.models import ApplicationPage

        from .bodies import BodyPage
        from .events import EventIndexPage

        types = ContentType.objects.get_for_models(EventIndexPage, BodyPage, ApplicationPage)
        return {
            "events_index": types[EventIndexPage].pk,
            "body": types[BodyPage].pk,
            "application_page": types[ApplicationPage].pk,
        }

    def structure_rows(self):
        """The rows of `get_structure`: children of those types, forums not yet ended."""
        from .events import FORUM_KINDS

        return list(
            Page.objects.live()
            .filter(path__startswith=self.path)
            .filter(
                Q(depth=self.depth + 1, content_type_id__in=self.structure_type_ids().values())
                | Q(
                    depth=self.depth + 2,
                    eventpage__kind__in=FORUM_KINDS,
                    eventpage__end__gte=timezone.now(),
                )
            )
            .select_related("eventpage")
            .only(*self.STRUCTURE_FIELDS)
            .order_by("path")
        )

    # -- commitments --------------------------------------------------------

    def get_principles(self):
        return PrinciplePage.objects.child_of(self).live().order_by("path")

    def get_matrix_principles(self):
        """The live principles of this version, as the matrix and the principle list need them."""
        return list(
            self.get_principles().only("id", "title", "summary", "url_path", "slug", "locale")
        )

    def get_commitment_matrix(self, party=None, principles=None):
        """Principles × parties: every commitment of this agreement, grouped.

        Three queries whatever the size: the principles, then all their
        commitments and the agreement's own, then their latest statuses in
        the yearly follow-up (see `with_latest_follow_up`). A row per principle that has
        commitments, then one for the commitments made for the whole
        agreement; `party` narrows the columns to one party.
        """
        if principles is None:
            principles = self.get_matrix_principles()
        parties = [Party(party)] if party else list(Party)
        from .followup import attach_follow_up, with_latest_follow_up

        commitments = with_latest_follow_up(
            list(
                Commitment.objects.filter(
                    page_id__in=[self.pk, *(p.pk for p in principles)]
                ).order_by("sort_order", "pk")
            ),
            self,
        )
        reports = attach_follow_up(
            commitments, self.url or "", self.reverse_subpage, locale_code(self.locale_id)
        )
        by_page = {}
        for commitment in commitments:
            by_page.setdefault(commitment.page_id, []).append(commitment)

        rows = []
        for label, page, page_commitments in [
            *((p.title, p, by_page.get(p.pk, [])) for p in principles),
            (_("The whole agreement"), None, by_page.get(self.pk, [])),
        ]:
            if not page_commitments:
                continue
            cells = [
                {"party": p, "commitments": [c for c in page_commitments if c.party == p]}
                for p in parties
            ]
            rows.append({"label": label, "page": page, "cells": cells})
        return {
            "rows": rows,
            "parties": parties,
            "principles": principles,
            "total": sum(len(cell["commitments"]) for row in rows for cell in row["cells"]),
            "reports": reports,
        }

    # -- follow-up ----------------------------------------------------------

    @path("atagande/<uuid:key>/", name="commitment_history")
    def commitment_history_view(self, request, key):
        """One commitment and how it went each year, from the live follow-up reports."""
        from .followup import commitment_history

        commitment = (
            Commitment.objects.filter(
                translation_key=key,
                page_id__in=[self.pk, *self.get_principles().values_list("pk", flat=True)],
            )
            .select_related("page")
            .first()
        )
        entries = commitment_history(self, key)
        if commitment is None and not entries:
            raise Http404
        principle = (
            commitment.page if commitment is not None and commitment.page_id != self.pk else None
        )
        return render(
            request,
            "agreements/commitment_history.html",
            {
                "page": self,
                "self": self,
                "commitment": commitment,
                "text": commitment.text if commitment is not None else entries[-1].commitment_text,
                "party": Party(commitment.party if commitment is not None else entries[-1].party),
                "principle": principle,
                "entries": entries,
            },
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        party = request.GET.get("party")
        if party not in Party.values:
            party = None
        # Each is looked up only when the template renders it: a part kept
        # in a fragment cache costs nothing.
        principles = SimpleLazyObject(self.get_matrix_principles)
        neighbours = SimpleLazyObject(lambda: list(self.get_neighbour_versions()))
        self.__dict__["live_replacement"] = SimpleLazyObject(lambda: neighbours[1])  # the status
        context.update(
            previous_version=SimpleLazyObject(lambda: neighbours[0]),
            replacement=SimpleLazyObject(lambda: neighbours[1]),
            party=party,
            party_choices=list(Party),
            matrix=SimpleLazyObject(lambda: self.get_commitment_matrix(party, principles)),
            principles=principles,
            published_versions=SimpleLazyObject(lambda: published_versions(self)),
        )
        return context
