"""Agreement versions and the index that lists them."""

import datetime

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel
from editorial.versions import published_versions
from home.blocks import BodyStreamBlock
from home.i18n import LocalizedPageMixin, locale_code, own_language_or_source, source_version

from .commitments import Commitment, Party, parties_in_order, party_lookup
from .decisions import DecisionKind
from .party_forms import AgreementPageForm
from .principles import PrinciplePage
from .revision_comparison import RevisionComparisonMixin
from .version_comparison import VersionComparisonMixin

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class AgreementStatus(models.TextChoices):
    """Where an agreement version stands today, computed from what its text says."""

    UPCOMING = "upcoming", _("Upcoming")
    IN_FORCE = "in_force", _("In force")
    EXTENDED = "extended", _("Extended")
    EXPIRED = "expired", _("Expired")


class PeriodKind(models.TextChoices):
    """How the adopted text gives its period: each is shown as the text says it."""

    NOT_STATED = "not_stated", _("Not stated")
    DATES = "dates", _("Exact dates")
    YEARS = "years", _("Years only, e.g. 2024–2027")
    LENGTH = "length", _("A length counted from adoption, e.g. four years")
    UNTIL_FURTHER_NOTICE = "until_further_notice", _("Until further notice")


def long_date(value):
    """A date as the agreement pages write it ("3 mars 2025"), in the active language."""
    return date_format(value, "j F Y")


def add_years(date, years):
    """`date` moved `years` ahead; 29 February becomes 28 February."""
    try:
        return date.replace(year=date.year + years)
    except ValueError:
        return date.replace(year=date.year + years, day=28)


def agreement_status(
    *,
    valid_from,
    valid_to,
    extension_years=None,
    superseded_on=None,
    today,
    until_further_notice=False,
):
    """The status of an agreement on `today`, or None when the text does not tell.

    `valid_from` and `valid_to` are the first and last day the text makes
    known (either may be None). An agreement with an automatic extension
    ("unless decided otherwise it runs N more years") is *extended* after its
    period until the extension ends. A newer version that has taken effect
    ends it at once, extension or not: `superseded_on` is the day the
    replacing version took effect. Without a known end an agreement is in
    force only when its text says it runs until further notice.
    """
    if valid_from is not None and today < valid_from:
        return AgreementStatus.UPCOMING
    if superseded_on is not None and today >= superseded_on:
        return AgreementStatus.EXPIRED
    if until_further_notice:
        return AgreementStatus.IN_FORCE
    if valid_from is None or valid_to is None:
        return None
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
    # Consultations on a draft version sit beside the versions (consultations/models.py).
    subpage_types = ["agreements.AgreementPage", "consultations.ConsultationPage"]
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
            AgreementPage.objects.child_of(self)
            .live()
            .order_by(*AgreementPage.NEWEST_FIRST)
            .prefetch_related("decisions")
        )
        AgreementPage.attach_superseded_dates(agreements)
        return agreements


class AgreementPage(
    LocalizedPageMixin,
    EditorialPageMixin,
    VersionComparisonMixin,
    RevisionComparisonMixin,
    Page,
):
    """One version of the local agreement, e.g. "2025–2028".

    Each revision of the agreement adopted by the council is its own page, so
    the earlier version stays readable and each version has its own
    principles, commitments and (later) register of signatories. It links to
    the version it replaces; the old one shows "replaced by". Commitments
    can sit on the principles below it or directly on it: real agreements
    use both layouts.

    What the adopted text does not say, the page does not say. The period is
    given as the text gives it (`period_kind`: exact dates, years only, a
    length from adoption, until further notice, or not stated, as in a
    declaration or leaflet, which is entered as this page type with no
    period, decision or commitment). The status badge is shown only where
    the text makes it determinable: day by day for exact dates; by the year
    for years only (in force from 1 January of the first year to 31
    December of the last: what "2024–2027" says, no more); from the date of
    adoption for a length (no adoption date, no status); from its start, if
    any, until replaced for "until further notice"; never for "not
    stated". See "period and status" below.
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

    period_kind = models.CharField(
        _("how the text gives its period"),
        max_length=30,
        choices=PeriodKind.choices,
        default=PeriodKind.NOT_STATED,
        help_text=_("Choose what the adopted text says; fill in only the fields for that choice."),
    )
    valid_from = models.DateField(
        _("valid from"),
        null=True,
        blank=True,
        help_text=_("Exact dates; also the start of an agreement valid until further notice."),
    )
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    first_year = models.PositiveSmallIntegerField(_("first year"), null=True, blank=True)
    last_year = models.PositiveSmallIntegerField(_("last year"), null=True, blank=True)
    length_years = models.PositiveSmallIntegerField(
        _("length in years"),
        null=True,
        blank=True,
        help_text=_("For a period counted from adoption: how many years, e.g. 4."),
    )
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
    review_year = models.PositiveSmallIntegerField(
        _("review during the year"),
        null=True,
        blank=True,
        help_text=_("When the text gives a year rather than a date, e.g. 2027."),
    )
    review_in_period_year = models.PositiveSmallIntegerField(
        _("review during year … of the period"),
        null=True,
        blank=True,
        help_text=_("When the text says e.g. 'evaluated during the fourth year': 4."),
    )
    # Derived in `save` from the fields above and the decisions, never edited:
    # what status, ordering and the annual cycle compute with.
    starts_on = models.DateField(null=True, editable=False)
    ends_on = models.DateField(null=True, editable=False)
    sort_date = models.DateField(null=True, editable=False, db_index=True)

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
        NAMED_OTHERS_RECOMMENDED = (
            "named_others_recommended",
            _("The committees named below; the others are recommended to follow it"),
        )

    # Blank is "the text does not say": nothing is shown.
    scope = models.CharField(
        _("scope"), max_length=30, choices=Scope.choices, blank=True, default=""
    )
    scope_details = RichTextField(
        _("scope details"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("The committees, departments or companies the agreement binds."),
    )
    affiliation_rules = RichTextField(
        _("joining the agreement"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Who may join, how to apply and how to leave."),
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
    intro_sections = StreamField(
        BodyStreamBlock(),
        verbose_name=_("sections before the agreement"),
        blank=True,
        help_text=_(
            "Background, history, how the agreement came about: shown before the "
            "decision, the principles and the commitments."
        ),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("further sections"), blank=True)

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("municipality"),
        FieldPanel("intro"),
        FieldPanel("purpose"),
        FieldPanel("parties"),
        InlinePanel(
            "party_names",
            heading=_("Parties"),
            help_text=_(
                "Name the parties as the adopted text names them, in the text's order "
                "(e.g. joint commitments first). Only parties with commitments are shown."
            ),
            label=_("Party"),
        ),
        FieldPanel("shared_values"),
        FieldPanel("intro_sections"),
        MultiFieldPanel(
            [
                FieldPanel("period_kind"),
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
                FieldRowPanel([FieldPanel("first_year"), FieldPanel("last_year")]),
                FieldPanel("length_years"),
                FieldPanel("extension_years"),
                FieldRowPanel(
                    [
                        FieldPanel("review_by"),
                        FieldPanel("review_year"),
                        FieldPanel("review_in_period_year"),
                    ],
                    heading=_("Review"),
                ),
                FieldPanel("replaces"),
            ],
            heading=_("Period"),
        ),
        InlinePanel(
            "decisions",
            heading=_("Decisions"),
            help_text=_("Every decision the text records: adopted, revised, reviewed, endorsed."),
            label=_("Decision"),
        ),
        FieldRowPanel([FieldPanel("anchored_how"), FieldPanel("anchored_on")]),
        InlinePanel(
            "earlier_versions",
            heading=_("Earlier versions"),
            help_text=_("Earlier versions the text mentions, without pages of their own."),
            label=_("Earlier version"),
        ),
        MultiFieldPanel([FieldPanel("scope"), FieldPanel("scope_details")], heading=_("Scope")),
        InlinePanel(
            "forum_promises",
            heading=_("Forums the agreement promises"),
            help_text=_(
                "Each forum the text promises and how often, e.g. an annual follow-up "
                "conference open to all, or seminars on request. Leave empty if it promises none."
            ),
            label=_("Forum"),
        ),
        FieldPanel("affiliation_rules"),
        InlinePanel(
            "contacts",
            heading=_("Contacts"),
            help_text=_(
                "The contact points the agreement names, in its order (one per party is "
                "common). The first published one with an e-mail address answers "
                "applications: when applicants reply to our e-mails, it reaches that address."
            ),
            label=_("Contact"),
        ),
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
        # The parties as the text names them: a search for a network's name
        # finds the agreement it concluded.
        index.RelatedFields("party_names", [index.SearchField("name")]),
        index.RelatedFields(
            "forum_promises", [index.SearchField("name"), index.SearchField("description")]
        ),
        index.FilterField("sort_date"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        *(
            SynchronizedField(name, overridable=False)
            for name in (
                "period_kind",
                "valid_from",
                "valid_to",
                "first_year",
                "last_year",
                "length_years",
                "extension_years",
                "review_by",
                "review_year",
                "review_in_period_year",
                "scope",
            )
        ),
    ]

    base_form_class = AgreementPageForm

    comparison_fields = [
        (_("Title"), "title", "text"),
        (_("Introduction"), "intro", "text"),
        (_("Period"), "period_text", "text"),
        (_("To be reviewed"), "review_text", "text"),
        (_("Purpose"), "purpose", "rich"),
        (_("The parties"), "parties", "rich"),
        (_("Shared values"), "shared_values", "rich"),
        (_("Scope details"), "scope_details", "rich"),
        (_("Joining the agreement"), "affiliation_rules", "rich"),
    ]
    comparison_of_commitments = True

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

    #: Newest first: by the date the text makes known (the start, else the
    #: adoption, else the first publication), undated last, then tree order.
    NEWEST_FIRST = (F("sort_date").desc(nulls_last=True), "path")

    # -- period and status --------------------------------------------------
    #
    # The status is computed only from what the text makes known:
    # - exact dates: day by day;
    # - years only ("2024–2027"): at year granularity, in force from the
    #   first day of the first year to the last day of the last year (what
    #   "2024–2027" says, no more), extended to the end of the extension's
    #   last year;
    # - a length from adoption: from the date of the first "adopted"
    #   decision for that many years; without that date, no status;
    # - until further notice: in force from its start (if given) until a
    #   newer version takes effect;
    # - not stated (a declaration or leaflet): no status, no badge.
    # The period is shown as entered: years as years, a length as a length
    # (never a computed end date).

    @cached_property
    def decision_list(self):
        """The decisions in the editor's order (the page view sets it from its memo)."""
        return list(self.decisions.all())

    def adoption_date(self, decisions=None):
        """The date of the first "adopted" decision, else of the first dated decision."""
        if decisions is None:
            decisions = self.decision_list
        decisions = [d for d in decisions if d.date]
        adopted = [d for d in decisions if d.kind == DecisionKind.ADOPTED]
        chosen = adopted or decisions
        return chosen[0].date if chosen else None

    def known_period(self, decisions=None):
        """(first day, last day) as far as the text makes them known; either may be None."""
        kind = self.period_kind
        if kind == PeriodKind.DATES:
            return self.valid_from, self.valid_to
        if kind == PeriodKind.YEARS:
            start = datetime.date(self.first_year, 1, 1) if self.first_year else None
            end = datetime.date(self.last_year, 12, 31) if self.last_year else None
            return start, end
        if kind == PeriodKind.LENGTH:
            adopted = self.adoption_date(decisions)
            if adopted is None or not self.length_years:
                return adopted, None
            return adopted, add_years(adopted, self.length_years) - datetime.timedelta(days=1)
        if kind == PeriodKind.UNTIL_FURTHER_NOTICE:
            return self.valid_from or self.adoption_date(decisions), None
        return None, None

    def save(self, *args, **kwargs):
        decisions = list(self.decisions.all())  # as they are now, not as first read
        self.__dict__.pop("decision_list", None)
        self.starts_on, self.ends_on = self.known_period(decisions)
        published = self.first_published_at.date() if self.first_published_at else None
        self.sort_date = self.starts_on or self.adoption_date(decisions) or published
        # A save limited to some fields (saving a draft revision) leaves the
        # derived ones as the live page has them.
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        kind, errors = self.period_kind, {}
        needed = {
            PeriodKind.DATES: ("valid_from", "valid_to"),
            PeriodKind.YEARS: ("first_year", "last_year"),
            PeriodKind.LENGTH: ("length_years",),
        }.get(kind, ())
        for name in needed:
            if getattr(self, name) in (None, ""):
                errors[name] = _("The chosen kind of period needs this.")
        start, end = {
            PeriodKind.DATES: ("valid_from", "valid_to"),
            PeriodKind.YEARS: ("first_year", "last_year"),
        }.get(kind, (None, None))
        if (
            start
            and getattr(self, start)
            and getattr(self, end)
            and (getattr(self, end) < getattr(self, start))
        ):
            errors[end] = _("The period cannot end before it starts.")
        reviews = [
            n for n in ("review_by", "review_year", "review_in_period_year") if getattr(self, n)
        ]
        if len(reviews) > 1:
            errors[reviews[1]] = _("Give the review as a date, a year or a year of the period.")
        if errors:
            raise ValidationError(errors)

    @cached_property
    def superseded_on(self):
        """The day a live newer version took effect, or None.

        Listings set this in bulk through `attach_superseded_dates` to avoid a
        query per agreement.
        """
        newer = self.live_replacement
        return newer.sort_date if newer else None

    @cached_property
    def live_replacement(self):
        """The live version that replaces this one, if any."""
        return (
            AgreementPage.objects.live()
            .filter(replaces=self)
            .order_by(F("sort_date").asc(nulls_last=True), "path")
            .first()
        )

    @classmethod
    def attach_superseded_dates(cls, agreements):
        """Compute `superseded_on` for many agreements in one query."""
        first_replacement = {}
        for newer in (
            cls.objects.live()
            .filter(replaces__in=[a.pk for a in agreements])
            .order_by(F("sort_date").asc(nulls_last=True), "path")
            .only("replaces_id", "sort_date")
        ):
            first_replacement.setdefault(newer.replaces_id, newer.sort_date)
        for agreement in agreements:
            agreement.superseded_on = first_replacement.get(agreement.pk)

    def status_on(self, today):
        """The status on `today`, or None where the text does not make it known."""
        return agreement_status(
            valid_from=self.starts_on,
            valid_to=self.ends_on,
            extension_years=self.extension_years,
            superseded_on=self.superseded_on,
            today=today,
            until_further_notice=self.period_kind == PeriodKind.UNTIL_FURTHER_NOTICE,
        )

    @property
    def status(self):
        return self.status_on(timezone.localdate())

    @property
    def applies(self):
        """In force today, or extended: the version the municipality works by now."""
        return self.status in (AgreementStatus.IN_FORCE, AgreementStatus.EXTENDED)

    @property
    def extended_until(self):
        """The last day of the automatic extension, if the text makes it known."""
        if not self.extension_years or self.ends_on is None:
            return None
        return add_years(self.ends_on, self.extension_years)

    @property
    def period_text(self):
        """The period as the text gives it, in the active language, or ""."""
        kind = self.period_kind
        if kind == PeriodKind.DATES and self.valid_from and self.valid_to:
            return _("%(start)s – %(end)s") % {
                "start": long_date(self.valid_from),
                "end": long_date(self.valid_to),
            }
        if kind == PeriodKind.YEARS and self.first_year and self.last_year:
            if self.first_year == self.last_year:
                return str(self.first_year)
            return f"{self.first_year}–{self.last_year}"
        if kind == PeriodKind.LENGTH and self.length_years:
            adopted = self.adoption_date()
            if adopted:
                return ngettext(
                    "%(years)s year from adoption on %(date)s",
                    "%(years)s years from adoption on %(date)s",
                    self.length_years,
                ) % {"years": self.length_years, "date": long_date(adopted)}
            return ngettext(
                "%(years)s year from adoption",
                "%(years)s years from adoption",
                self.length_years,
            ) % {"years": self.length_years}
        if kind == PeriodKind.UNTIL_FURTHER_NOTICE:
            if self.valid_from:
                return _("From %(date)s until further notice") % {
                    "date": long_date(self.valid_from)
                }
            return _("Until further notice")
        return ""

    @property
    def status_text(self):
        """What follows the status badge: no more precise than the text."""
        status = self.status
        if status is None:
            return ""
        if status == AgreementStatus.UPCOMING:
            if self.period_kind == PeriodKind.YEARS:
                return _("from %(date)s") % {"date": self.first_year}
            return _("from %(date)s") % {"date": long_date(self.starts_on)}
        if status == AgreementStatus.EXTENDED:
            if self.period_kind == PeriodKind.YEARS:
                return _("extended until the end of %(year)s") % {
                    "year": self.last_year + self.extension_years
                }
            if self.period_kind == PeriodKind.DATES:
                return _("extended until %(date)s") % {"date": long_date(self.extended_until)}
            return ngettext(
                "extended by %(years)s year",
                "extended by %(years)s years",
                self.extension_years,
            ) % {"years": self.extension_years}
        return self.period_text

    @property
    def review_text(self):
        """When the text says the agreement is to be reviewed, as it says it, or ""."""
        if self.review_by:
            return _("By %(date)s") % {"date": long_date(self.review_by)}
        if self.review_year:
            return _("During %(year)s") % {"year": self.review_year}
        if self.review_in_period_year:
            return _("During year %(number)s of the period") % {
                "number": self.review_in_period_year
            }
        return ""

    def review_window(self):
        """(the day the review is due from, the last day for it), or None if unknown."""
        if self.review_by:
            return self.review_by, self.review_by
        if self.review_year:
            return (
                datetime.date(self.review_year, 1, 1),
                datetime.date(self.review_year, 12, 31),
            )
        if self.review_in_period_year and self.starts_on:
            first = add_years(self.starts_on, self.review_in_period_year - 1)
            return first, add_years(first, 1) - datetime.timedelta(days=1)
        return None

    @property
    def review_deadline(self):
        window = self.review_window()
        return window[1] if window else None

    #: How long before its review date (aktualitetsprövning) an agreement is due for
    #: review: the dashboard, the annual cycle and the publishers' reminder all use it.
    REVIEW_WARNING_DAYS = 180

    @classmethod
    def due_for_review(cls, today):
        """Live agreements whose review is past or within the warning period, soonest first."""
        warning = today + datetime.timedelta(days=cls.REVIEW_WARNING_DAYS)
        candidates = (
            cls.objects.live()
            .filter(
                Q(review_by__isnull=False)
                | Q(review_year__isnull=False)
                | Q(review_in_period_year__isnull=False)
            )
            .prefetch_related("decisions")
        )
        due = [
            page
            for page in candidates
            if (window := page.review_window()) is not None and window[0] <= warning
        ]
        return sorted(due, key=lambda page: (page.review_deadline, page.path))

    def get_neighbour_versions(self):
        """(the live version this one replaces, the live version replacing it): one query."""
        neighbours = list(
            AgreementPage.objects.live()
            .filter(Q(pk=self.replaces_id) | Q(replaces=self))
            .order_by(F("sort_date").asc(nulls_last=True), "path")
            .only("id", "title", "url_path", "locale_id", "sort_date", "replaces_id", "path")
        )
        previous = next((p for p in neighbours if p.pk == self.replaces_id), None)
        replacement = next((p for p in neighbours if p.replaces_id == self.pk), None)
        self.__dict__["live_replacement"] = replacement
        return previous, replacement

    # -- forums, bodies and the application page ------------------------------

    def get_forum_promises(self):
        """The forums the agreement promises, in the text's order (one query)."""
        return list(self.forum_promises.all())

    def forums_required(self, promises=None):
        """[(kinds of event counted, how many a year)] that the promises ask for."""
        from .forum_promises import forums_required

        return forums_required(self.get_forum_promises() if promises is None else promises)

    # What the page shows of them: links, and the next forum's time and place
    # (not the events' descriptions, agendas and minutes).
    STRUCTURE_FIELDS = (
        *("id", "path", "depth", "title", "url_path", "content_type_id", "locale_id", "live"),
        "translation_key",
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
        forum's `eventpage` carries its time and place. The same query reads
        what the page shows of its principles (`principles`, with their
        `summary`) and its live neighbour versions (`previous_version`,
        `replacement`; as `get_neighbour_versions`). `changes_at`: when
        the first of those forums ends, and with it what this shows (None
        without one).
        """
        rows = self.structure_rows()
        # The versions this one replaces and is replaced by (its siblings),
        # and its own principles: read in the same query, shown elsewhere.
        neighbours = [r for r in rows if r.depth == self.depth]
        rows = [r for r in rows if r.depth != self.depth]
        principle_type = self.structure_type_ids()["principle"]
        principles = [
            r for r in rows if r.content_type_id == principle_type and r.path.startswith(self.path)
        ]
        rows = [r for r in rows if r.content_type_id != principle_type]
        plan_type = self.structure_type_ids()["plan"]
        # This version's own plans, newest first, for the facts list's
        # current plan (`current_activity_plan`): no query of their own.
        own_plans = [
            r
            for r in rows
            if r.content_type_id == plan_type
            and r.depth == self.depth + 1
            and r.path.startswith(self.path)
        ]
        own_plans.sort(key=lambda r: r.period_start, reverse=True)  # stable: then by path
        # Rows of this version and, for a translation, of the Swedish one: what
        # exists only in Swedish is listed (and marked) rather than left out.
        rows = own_language_or_source(rows, self.locale_id)
        child_types = self.structure_child_types()
        children = [row for row in rows if row.content_type_id in child_types]
        now = timezone.now()
        forums = sorted(
            (
                row
                for row in rows
                if row.content_type_id not in child_types and row.eventpage.end >= now
            ),
            key=lambda row: row.eventpage.start,
        )
        neighbours.sort(key=lambda r: (r.sort_date is None, r.sort_date, r.path))
        type_ids = self.structure_type_ids()
        return {
            "events_index": next(
                (p for p in children if p.content_type_id == type_ids["events_index"]), None
            ),
            "bodies": [p for p in children if p.content_type_id == type_ids["body"]],
            "plans": [p for p in children if p.content_type_id == type_ids["plan"]],
            "application_page": next(
                (p for p in children if p.content_type_id == type_ids["application_page"]), None
            ),
            "next_forum": forums[0] if forums else None,
            "changes_at": min((row.eventpage.end for row in forums), default=None),
            "own_plans": own_plans,
            "principles": principles,
            "previous_version": next((r for r in neighbours if r.pk == self.replaces_id), None),
            "replacement": next((r for r in neighbours if r.replaces_ref == self.pk), None),
        }

    @staticmethod
    def structure_type_ids():
        # The application page belongs to the forms app, which depends on this
        # one: named by its label, as in `subpage_types`, never imported.
        ApplicationPage = apps.get_model("forms", "ApplicationPage")
        from .bodies import BodyPage
        from .events import EventIndexPage
        from .plans import ActivityPlanPage

        types = ContentType.objects.get_for_models(
            EventIndexPage, BodyPage, ApplicationPage, ActivityPlanPage, PrinciplePage
        )
        return {
            "events_index": types[EventIndexPage].pk,
            "body": types[BodyPage].pk,
            "application_page": types[ApplicationPage].pk,
            "plan": types[ActivityPlanPage].pk,
            "principle": types[PrinciplePage].pk,
        }

    @classmethod
    def structure_child_types(cls):
        """The types of the structure's children (the principles are read with them apart)."""
        types = cls.structure_type_ids()
        return {pk for name, pk in types.items() if name != "principle"}

    def structure_rows(self):
        """The rows of `get_structure`: children of those types, forums not yet ended."""
        from .events import FORUM_KINDS

        versions = [self] + [v for v in [source_version(self)] if v is not None]
        # This version's principles and its live neighbour versions.
        below = Q(
            path__startswith=self.path,
            depth=self.depth + 1,
            content_type_id=self.structure_type_ids()["principle"],
        )
        below |= Q(depth=self.depth) & (Q(pk=self.replaces_id) | Q(agreementpage__replaces=self))
        for version in versions:
            below |= Q(path__startswith=version.path) & (
                Q(depth=version.depth + 1, content_type_id__in=self.structure_child_types())
                | Q(
                    depth=version.depth + 2,
                    eventpage__kind__in=FORUM_KINDS,
                    eventpage__end__gte=timezone.now(),
                )
            )
        return list(
            Page.objects.live()
            .filter(below)
            .select_related("eventpage")
            .only(*self.STRUCTURE_FIELDS)
            # An activity plan's period (None on other rows): which plan is current.
            .annotate(
                period_start=F("activityplanpage__period_start"),
                period_end=F("activityplanpage__period_end"),
                summary=F("principlepage__summary"),
                sort_date=F("agreementpage__sort_date"),
                replaces_ref=F("agreementpage__replaces_id"),
            )
            .order_by("path")
        )

    def record_rows(self):
        """What the facts list shows besides the page's own fields: two queries.

        The decisions and the earlier versions (with their documents); the
        current activity plan comes with the structure (`get_structure`).
        """
        return {
            "decisions": list(self.decisions.all()),
            "earlier_versions": list(self.earlier_versions.select_related("document")),
        }

    @staticmethod
    def current_activity_plan(plans, today=None):
        """Of `plans` (newest first), the one covering today, else the newest: the live plan."""
        today = today or timezone.localdate()
        covering = [p for p in plans if p.period_start <= today <= p.period_end]
        return (covering or plans or [None])[0]

    # -- contacts -----------------------------------------------------------

    def get_contacts(self):
        """The contacts the page shows: (heading, contact point), in the editor's order.

        One query (two when a contact speaks for a party and the party names
        were not read yet). Only live contact points: a draft office is not
        published through an agreement. The heading is the editor's label,
        else the name the agreement gives the party the contact speaks for,
        else nothing (no heading is made up).
        """
        rows = [
            row
            for row in self.contacts.select_related("contact_point")
            if row.contact_point is not None and row.contact_point.live
        ]
        parties = (
            party_lookup(self.named_parties()) if any(r.side and not r.label for r in rows) else {}
        )
        return [
            (row.label or (parties[row.side].name if row.side else ""), row.contact_point)
            for row in rows
        ]

    @cached_property
    def application_contact(self):
        """The contact point that answers applications, or None.

        The rule: the first contact in the editor's order whose contact
        point is live and has an e-mail address. Its address is the reply-to
        of every e-mail to applicants, and (without AFFILIATION_NOTIFY_EMAIL)
        where new applications are announced. Editors choose it by putting
        that contact first; the admin's help text says so.
        """
        for row in self.contacts.all():
            point = row.contact_point
            if point is not None and point.live and point.email:
                return point
        return None

    # -- commitments --------------------------------------------------------

    def get_principles(self):
        return PrinciplePage.objects.child_of(self).live().order_by("path")

    def get_matrix_principles(self):
        """The live principles of this version, as the matrix and the principle list need them."""
        return list(
            self.get_principles().only("id", "title", "summary", "url_path", "slug", "locale")
        )

    def get_party_names(self):
        """This agreement's named parties in the order of its text (`AgreementParty`)."""
        return list(self.party_names.all())

    def named_parties(self, request=None):
        """`get_party_names`, read once for this page instance (one request's)."""
        if not hasattr(self, "_named_parties"):
            self._named_parties = self.get_party_names()
        return self._named_parties

    def principle_commitments(self, principle, request=None):
        """`principle`'s commitments by party, each with its latest follow-up (the principle page).

        Here rather than on the principle: the follow-up builds on plans,
        which build on principles.
        """
        from .followup import attach_follow_up, with_latest_follow_up

        groups = principle.get_commitments_by_party(
            with_latest_follow_up, self, self.named_parties(request)
        )
        attach_follow_up(
            [c for g in groups for c in g["commitments"]],
            self.get_url(request) or "",
            self.reverse_subpage,
            locale_code(self.locale_id),
        )
        return groups

    def get_commitment_matrix(self, party=None, principles=None, named=None):
        """Every commitment of this agreement, laid out as the text lays them out.

        Three queries whatever the size (four without `named`, the
        agreement's party names): the principles, then all their commitments
        and the agreement's own, then their latest statuses in the yearly
        follow-up (see `with_latest_follow_up`). The layout follows where the
        commitments sit: `rows` (principles × parties) for commitments under
        principles, `whole` (lists by party) for those made once for the whole
        agreement; "both" when there are both. Only parties with commitments
        get a filter link (`all_parties`), a list (`whole`) or a table column
        (`columns`: those with commitments under principles), in the
        agreement's order and under its names; `party` (a side code) narrows
        them to one.
        """
        if principles is None:
            principles = self.get_matrix_principles()
        if named is None:
            named = self.get_party_names()
        from .followup import attach_follow_up, with_latest_follow_up

        commitments = with_latest_follow_up(
            list(
                Commitment.objects.filter(
                    page_id__in=[self.pk, *(p.pk for p in principles)]
                ).order_by("sort_order", "pk")
            ),
            self,
        )
        all_parties = parties_in_order(named, {c.party for c in commitments})
        if party not in {p.side for p in all_parties}:
            party = None
        parties = [p for p in all_parties if party is None or p.side == party]
        shown = [c for c in commitments if party is None or c.party == party]
        reports = attach_follow_up(
            commitments, self.url or "", self.reverse_subpage, locale_code(self.locale_id)
        )
        by_page = {}
        for commitment in shown:
            by_page.setdefault(commitment.page_id, []).append(commitment)

        def by_party(page_commitments, among):
            return [
                {"party": p, "commitments": [c for c in page_commitments if c.party == p.side]}
                for p in among
            ]

        # The table's columns: the parties with commitments under principles.
        on_principles = {c.party for c in shown if c.page_id != self.pk}
        columns = [p for p in parties if p.side in on_principles]
        rows = [
            {"label": p.title, "page": p, "cells": by_party(by_page[p.pk], columns)}
            for p in principles
            if p.pk in by_page
        ]
        whole = [g for g in by_party(by_page.get(self.pk, []), parties) if g["commitments"]]
        layout = "both" if rows and whole else "principles" if rows else "agreement"
        return {
            "rows": rows,
            "whole": whole,
            "layout": layout,
            "party": party,
            "parties": parties,
            "columns": columns,
            "all_parties": all_parties,
            "principles": principles,
            "total": len(shown),
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
                "party": party_lookup(self.get_party_names())[
                    commitment.party if commitment is not None else entries[-1].party
                ],
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
        # The principles and the neighbour versions come with the structure.
        principles = SimpleLazyObject(lambda: self.structure["principles"])
        named = SimpleLazyObject(self.named_parties)
        record = SimpleLazyObject(self.record_rows)
        replacement = SimpleLazyObject(lambda: self.structure["replacement"])
        self.__dict__["live_replacement"] = replacement  # the status
        self.__dict__["decision_list"] = SimpleLazyObject(lambda: record["decisions"])
        context.update(
            previous_version=SimpleLazyObject(lambda: self.structure["previous_version"]),
            replacement=replacement,
            party=party,
            matrix=SimpleLazyObject(lambda: self.get_commitment_matrix(party, principles, named)),
            principles=principles,
            published_versions=SimpleLazyObject(lambda: published_versions(self)),
            decisions=SimpleLazyObject(lambda: record["decisions"]),
            earlier_versions=SimpleLazyObject(lambda: record["earlier_versions"]),
            activity_plan=SimpleLazyObject(
                lambda: self.current_activity_plan(self.structure["own_plans"])
            ),
            contacts=SimpleLazyObject(self.get_contacts),
            forum_promises=SimpleLazyObject(self.get_forum_promises),
        )
        return context
