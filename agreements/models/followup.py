"""The yearly follow-up (*uppföljning*): how it went with every commitment, year by year.

A `FollowUpReportPage` per agreement version and year holds one entry per
commitment. An entry names its commitment by the commitment's
`translation_key`, which is the same in every language and survives every
revision of the agreement, so one commitment's history can be read across
years and languages. The entry also keeps the commitment's text and party as
they were when the report was written: a published report is a record, and
it must not change when the agreement is edited later.
"""

import re
from collections import Counter

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Case, Value, When
from django.db.models.functions import Left, Length
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.forms import EditorialPageForm
from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel
from editorial.versions import published_versions
from home.i18n import LocalizedPageMixin, language_info, locale_code

from .commitments import Party, parties_in_order
from .events import forums_of_year
from .plans import Activity, ActivityPlanPage, ActivityStatus, agreement_commitments
from .revision_comparison import RevisionComparisonMixin


class CommitmentStatus(models.TextChoices):
    """How it went with a commitment in a year. The order is the order of the summary."""

    FULFILLED = "fulfilled", pgettext_lazy("commitment", "Fulfilled")
    PARTLY_FULFILLED = "partly_fulfilled", pgettext_lazy("commitment", "Partly fulfilled")
    ONGOING = "ongoing", pgettext_lazy("commitment", "Ongoing")
    NOT_STARTED = "not_started", pgettext_lazy("commitment", "Not started")
    NOT_FULFILLED = "not_fulfilled", pgettext_lazy("commitment", "Not fulfilled")


LINK_LINE = re.compile(r"^(?:(?P<label>.*?)\s*\|\s*)?(?P<url>\S+)$")


def parse_evidence(text):
    """Evidence links, one a line: "label | https://..." or a bare address."""
    links = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        match = LINK_LINE.match(line)
        if match is None:
            raise ValidationError(_("Write one link a line: a label, a bar and the address."))
        url = match["url"]
        URLValidator(schemes=["http", "https"])(url)
        links.append({"label": match["label"] or url, "url": url})
    return links


def validate_evidence(text):
    try:
        parse_evidence(text)
    except ValidationError as error:
        raise ValidationError(
            _("Write one link a line, e.g. “Minutes of the forum | https://…”.")
        ) from error


def suggest_from_activities(activities):
    """A status suggested by the plan's activities for one commitment, or None.

    Every activity done: fulfilled; some done or under way: ongoing; the rest
    (planned, postponed, cancelled) suggests nothing.
    """
    active = [a for a in activities if a.status != ActivityStatus.CANCELLED]
    if active and all(a.status == ActivityStatus.DONE for a in active):
        return CommitmentStatus.FULFILLED
    if any(a.status in (ActivityStatus.DONE, ActivityStatus.ONGOING) for a in active):
        return CommitmentStatus.ONGOING
    return None


def previous_report(agreement, year):
    """The latest live report of `agreement` before `year`, or None."""
    return (
        FollowUpReportPage.objects.live()
        .child_of(agreement)
        .filter(year__lt=year)
        .order_by("-year")
        .first()
    )


def default_report_year(agreement, today=None):
    """The year a new report most likely covers: the one after the latest, else last year."""
    latest = (
        FollowUpReportPage.objects.child_of(agreement)
        .order_by("-year")
        .values_list("year", flat=True)
        .first()
    )
    if latest is not None:
        return latest + 1
    today = today or timezone.localdate()
    if agreement.starts_on is None:
        return today.year - 1
    return max(agreement.starts_on.year, today.year - 1)


def prefilled_entries(agreement, year):
    """One unsaved entry per commitment of `agreement`, prefilled for the report of `year`.

    The status and assessment come from the previous live report; the
    activities of the live activity plans covering `year` that are linked to
    the commitment suggest a status and are named in the assessment. Text is
    written in the agreement's language.
    """
    commitments, principles = agreement_commitments(agreement)
    titles = {p.pk: p.title for p in principles}
    previous = previous_report(agreement, year)
    earlier = {e.commitment_key: e for e in previous.entries.all()} if previous else {}
    plans = [
        plan
        for plan in ActivityPlanPage.objects.live().child_of(agreement)
        if plan.covers_year(year)
    ]
    by_commitment = {}
    for activity in (
        Activity.objects.filter(page__in=plans)
        .prefetch_related("commitments")
        .order_by("page__period_start", "sort_order")
    ):
        for commitment in activity.commitments.all():
            by_commitment.setdefault(commitment.translation_key, []).append(activity)

    entries = []
    with translation.override(locale_code(agreement.locale_id)):
        activities_prefix = gettext("Activities in the plan: %(activities)s.").split("%(")[0]
        for order, commitment in enumerate(commitments):
            before = earlier.get(commitment.translation_key)
            activities = by_commitment.get(commitment.translation_key, [])
            status = (
                suggest_from_activities(activities)
                or (before.status if before else None)
                or CommitmentStatus.NOT_STARTED
            )
            # Last year's own words carry over; its list of activities is replaced.
            paragraphs = [
                p
                for p in (before.assessment.split("\n\n") if before else [])
                if p.strip() and not p.startswith(activities_prefix)
            ]
            if activities:
                paragraphs.append(
                    gettext("Activities in the plan: %(activities)s.")
                    % {
                        "activities": "; ".join(
                            f"{a.title} ({ActivityStatus(a.status).label.lower()})"
                            for a in activities
                        )
                    }
                )
            entries.append(
                CommitmentFollowUp(
                    commitment_key=commitment.translation_key,
                    commitment_text=commitment.text,
                    party=commitment.party,
                    principle=titles.get(commitment.page_id, ""),
                    status=status,
                    assessment="\n\n".join(paragraphs),
                    evidence=before.evidence if before else "",
                    sort_order=order,
                    locale_id=agreement.locale_id,
                )
            )
    return entries


class FollowUpReportPageForm(EditorialPageForm):
    """A new report starts from the previous one and from the activity plan.

    When the add form is first shown, the report gets the year after the
    latest report and one prefilled entry for every commitment of the
    agreement; the editor corrects and completes them before saving.
    """

    def __init__(self, *args, **kwargs):
        instance = kwargs.get("instance")
        parent = kwargs.get("parent_page")
        bound = bool(args and args[0] is not None) or kwargs.get("data") is not None
        if instance is not None and instance.pk is None and parent is not None and not bound:
            agreement = parent.specific
            if not instance.year:
                instance.year = default_report_year(agreement)
            if not instance.title:
                instance.title = gettext("Follow-up %(year)s") % {"year": instance.year}
                instance.slug = str(instance.year)
            instance.entries = prefilled_entries(agreement, instance.year)
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        year = cleaned_data.get("year")
        agreement = self.parent_page if self.instance.pk is None else self.instance.get_parent()
        if year and agreement is not None:
            others = FollowUpReportPage.objects.child_of(agreement).filter(year=year)
            if self.instance.pk:
                others = others.exclude(pk=self.instance.pk)
            if others.exists():
                self.add_error("year", _("This agreement already has a report for that year."))
        return cleaned_data


class FollowUpReportPage(LocalizedPageMixin, EditorialPageMixin, RevisionComparisonMixin, Page):
    """The follow-up of one agreement version for one year.

    Sits under its agreement. Once published, the public page shows that
    revision: later drafts wait for review, and the entries keep the
    commitments' text as it was, so the report stays what it said. The next
    year's report starts from it.
    """

    year = models.PositiveSmallIntegerField(_("year"))
    intro = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_("How the follow-up was made and the main conclusions."),
    )

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("year"),
        FieldPanel("intro"),
        InlinePanel(
            "entries",
            heading=_("Commitments"),
            label=_("Commitment"),
            help_text=_(
                "One entry for every commitment of the agreement, prefilled from last "
                "year's report and the activity plan when the report is created."
            ),
        ),
    ]
    comparison_fields = [(_("Title"), "title", "text"), (_("Introduction"), "intro", "rich")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.FilterField("year")]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("year", overridable=False),
    ]
    base_form_class = FollowUpReportPageForm

    parent_page_types = ["agreements.AgreementPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("follow-up report")
        verbose_name_plural = _("follow-up reports")

    def get_entries(self):
        return list(self.entries.all().order_by("sort_order", "pk"))

    def get_summary(self, entries, named=()):
        """Counts by status, per principle (in report order) and per party.

        The parties are named and ordered as the agreement names them (`named`,
        its `AgreementParty` rows); each entry gets its party as `party_named`.
        """
        parties = parties_in_order(named, {entry.party for entry in entries})
        by_side = {party.side: party for party in parties}
        for entry in entries:
            entry.party_named = by_side[entry.party]
        statuses = list(CommitmentStatus)

        def rows(key, labels):
            counts = {}
            for entry in entries:
                counts.setdefault(key(entry), Counter())[entry.status] += 1
            return [
                {
                    "label": labels(group),
                    "counts": [counter[s] for s in statuses],
                    "total": sum(counter.values()),
                }
                for group, counter in counts.items()
            ]

        totals = Counter(entry.status for entry in entries)
        return {
            "statuses": statuses,
            "by_principle": rows(
                lambda e: e.principle, lambda title: title or gettext("The whole agreement")
            ),
            "by_party": sorted(
                rows(lambda e: e.party, lambda side: by_side[side].name),
                key=lambda row: [p.name for p in parties].index(row["label"]),
            ),
            "totals": [totals[s] for s in statuses],
            "total": len(entries),
        }

    def forum_record(self, agreement):
        """The forums of the report's year held by now, and when that changes: one query.

        `forums`, `required` (a year, as the agreement promises), `attended`
        (organisations in all) and `changes_at`: when the next of the year's
        forums ends and is held (None without one).
        """
        now = timezone.now()
        year_forums = forums_of_year(agreement, self.year).only(
            "id", "title", "start", "end", "organisations_attended", "url_path", "locale_id"
        )
        forums, coming = [], []
        for forum in year_forums:
            (forums if forum.end <= now else coming).append(forum)
        return {
            "forums": forums,
            "required": sum(count for _kinds, count in agreement.forums_required()),
            "attended": sum(f.organisations_attended or 0 for f in forums),
            "changes_at": min((f.end for f in coming), default=None),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Each is looked up only when the template renders it (not from a
        # fragment cache); the forums held by now change when one ends.
        agreement = SimpleLazyObject(lambda: self.get_parent().specific)
        entries = SimpleLazyObject(self.get_entries)
        summary = SimpleLazyObject(
            lambda: self.get_summary(entries, agreement.named_parties(request))
        )
        record = SimpleLazyObject(lambda: self.forum_record(agreement))

        def entry_groups():
            groups = []
            for entry in entries:
                if not groups or groups[-1]["principle"] != entry.principle:
                    groups.append({"principle": entry.principle, "entries": []})
                groups[-1]["entries"].append(entry)
            return groups

        context.update(
            agreement=agreement,
            agreement_url=SimpleLazyObject(lambda: agreement.get_url(request)),
            entry_groups=SimpleLazyObject(entry_groups),
            summary=summary,
            summary_tables=SimpleLazyObject(
                lambda: [
                    {
                        "caption": _("Commitments by principle and status"),
                        "heading": _("Principle"),
                        "rows": summary["by_principle"],
                    },
                    {
                        "caption": _("Commitments by party and status"),
                        "heading": _("Party"),
                        "rows": summary["by_party"],
                    },
                ]
            ),
            forum_record=record,
            forums=SimpleLazyObject(lambda: record["forums"]),
            forums_required=SimpleLazyObject(lambda: record["required"]),
            organisations_attended=SimpleLazyObject(lambda: record["attended"]),
            published_versions=SimpleLazyObject(lambda: published_versions(self)),
        )
        return context


class CommitmentFollowUp(TranslatableMixin, Orderable):
    """How one commitment went in the report's year: status, assessment, evidence."""

    page = ParentalKey(FollowUpReportPage, on_delete=models.CASCADE, related_name="entries")
    commitment_key = models.UUIDField(
        _("commitment key"),
        db_index=True,
        help_text=_("The commitment's translation key: the same in every language and revision."),
    )
    commitment_text = models.TextField(
        _("commitment"),
        max_length=1000,
        help_text=_("The commitment as it read when the report was written."),
    )
    party = models.CharField(_("party"), max_length=20, choices=Party.choices)
    principle = models.CharField(
        _("principle"),
        max_length=255,
        blank=True,
        help_text=_("The principle the commitment belonged to; empty for the whole agreement."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CommitmentStatus.choices,
        default=CommitmentStatus.NOT_STARTED,
    )
    assessment = models.TextField(_("assessment"), max_length=4000, blank=True)
    evidence = models.TextField(
        _("evidence links"),
        max_length=4000,
        blank=True,
        validators=[validate_evidence],
        help_text=_("One link a line: a label, a bar and the address, e.g. “Minutes | https://…”."),
    )

    panels = [
        FieldPanel("commitment_key", widget=forms.HiddenInput),
        FieldPanel("party", widget=forms.HiddenInput),
        FieldPanel("principle", widget=forms.HiddenInput),
        FieldPanel("commitment_text", widget=forms.Textarea(attrs={"rows": 2})),
        FieldPanel("status"),
        FieldPanel("assessment"),
        FieldPanel("evidence", widget=forms.Textarea(attrs={"rows": 2})),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("commitment follow-up")
        verbose_name_plural = _("commitment follow-ups")

    def __str__(self):
        return self.commitment_text

    @property
    def evidence_links(self):
        try:
            return parse_evidence(self.evidence)
        except ValidationError:
            return []


def reports_of(agreement):
    """The live follow-up reports of `agreement` in any of its language versions.

    A report is often written in Swedish only. Readers of another language
    version of the agreement still see how each commitment went: statuses are
    language-neutral (their labels are translated), and the report is linked
    in its own language. Where a year's report exists in the reader's
    language, it is preferred (see `own_language_first`). A queryset, for
    subqueries: no query of its own.
    """
    versions = Page.objects.live().filter(translation_key=agreement.translation_key)
    return (
        FollowUpReportPage.objects.live()
        .annotate(parent_path=Left("path", Length("path") - Page.steplen))
        .filter(parent_path__in=versions.values("path"))
    )


def own_language_first(entries, agreement):
    """Follow-up entries, newest year first and, within a year, the agreement's language first."""
    return entries.annotate(
        other_language=Case(
            When(page__locale_id=agreement.locale_id, then=Value(0)),
            default=Value(1),
            output_field=models.IntegerField(),
        )
    ).order_by("-page__year", "other_language")


def with_latest_follow_up(commitments, agreement):
    """`commitments` (a list) with their entry in the latest live report of `agreement`.

    Sets `follow_up_status`, `follow_up_year`, and the report's `url_path`
    and language (`follow_up_url_path`, `follow_up_language`) from one query
    for all of them: the entries of the agreement's live reports for these
    commitments, newest year and the agreement's language first (see
    `own_language_first`); the first entry per commitment wins. Reports in
    the agreement's other languages count too (see `reports_of`). (Four
    correlated subqueries in the commitments' query did the same, but
    compiling them cost as much as rendering the principle page.)
    """
    latest = {}
    keys = {commitment.translation_key for commitment in commitments}
    if keys:
        entries = own_language_first(
            CommitmentFollowUp.objects.filter(
                commitment_key__in=keys, page__in=reports_of(agreement).values("pk")
            ),
            agreement,
        ).values_list(
            "commitment_key",
            "status",
            "page__year",
            "page__url_path",
            "page__locale__language_code",
        )
        for key, *entry in entries:
            latest.setdefault(key, entry)
    for commitment in commitments:
        status, year, url_path, language = latest.get(commitment.translation_key, [None] * 4)
        commitment.follow_up_status = status
        commitment.follow_up_year = year
        commitment.follow_up_url_path = url_path
        commitment.follow_up_language = language
    return commitments


def attach_follow_up(commitments, agreement_url, reverse_subpage, language=None):
    """Set `latest_status` and `history_url` on annotated commitments; the reports they name.

    The reports are (year, URL, language) newest first, one a year: the one
    in `language` (the agreement's) when some commitment's status came from it.
    """
    reports = {}
    for commitment in commitments:
        commitment.history_url = agreement_url + reverse_subpage(
            "commitment_history", args=(commitment.translation_key,)
        )
        status = getattr(commitment, "follow_up_status", None)
        if status:
            commitment.latest_status = {
                "status": CommitmentStatus(status),
                "year": commitment.follow_up_year,
            }
            found = reports.setdefault(commitment.follow_up_year, {})
            found[commitment.follow_up_language] = commitment.follow_up_url_path
        else:
            commitment.latest_status = None
    listed = []
    for year, by_language in sorted(reports.items(), reverse=True):
        report_language = language if language in by_language else next(iter(by_language))
        listed.append(
            {
                "year": year,
                "url": Page(url_path=by_language[report_language]).get_url(),
                "language": report_language,
                "other_language": report_language != language,
                "language_name": language_info(report_language)["name_local"],
            }
        )
    return listed


def commitment_history(agreement, key):
    """One entry a year for one commitment in the live reports of `agreement`, oldest first.

    From the report in the agreement's language where there is one, else
    from a report of another language version (see `reports_of`).
    """
    entries = own_language_first(
        CommitmentFollowUp.objects.filter(
            commitment_key=key, page__in=reports_of(agreement).values("pk")
        ).select_related("page"),
        agreement,
    )
    by_year = {}
    for entry in entries:
        by_year.setdefault(entry.page.year, entry)
    return [by_year[year] for year in sorted(by_year)]


__all__ = [
    "CommitmentFollowUp",
    "CommitmentStatus",
    "FollowUpReportPage",
    "commitment_history",
    "reports_of",
    "attach_follow_up",
    "with_latest_follow_up",
    "parse_evidence",
    "prefilled_entries",
]
