"""Activity plans (*aktivitetsplan*): what the parties will do in a period, and how far they got.

A plan is a living document: staff change an activity's status as work goes
on, and every published revision is kept, so the page's revisions are its
history (the public page lists them with their change notes). The yearly
follow-up reads the plan's activities to suggest a status for each commitment.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.forms import EditorialPageForm
from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel
from editorial.versions import published_versions
from home.i18n import LocalizedPageMixin

from .commitments import Commitment, Party, parties_in_order, party_lookup
from .principles import PrinciplePage
from .revision_comparison import RevisionComparisonMixin


class ActivityStatus(models.TextChoices):
    """Where an activity stands. The order is the order of the public filter."""

    PLANNED = "planned", pgettext_lazy("activity", "Planned")
    ONGOING = "ongoing", pgettext_lazy("activity", "Ongoing")
    DONE = "done", pgettext_lazy("activity", "Done")
    POSTPONED = "postponed", pgettext_lazy("activity", "Postponed")
    CANCELLED = "cancelled", pgettext_lazy("activity", "Cancelled")


def agreement_commitments(agreement):
    """Every commitment of `agreement`: on its principles, then on the agreement page."""
    principles = list(PrinciplePage.objects.child_of(agreement).order_by("path"))
    order = {p.pk: i for i, p in enumerate(principles)}
    order[agreement.pk] = len(principles)
    commitments = Commitment.objects.filter(page_id__in=list(order)).order_by("sort_order", "pk")
    return sorted(commitments, key=lambda c: order[c.page_id]), principles


class ActivityPlanPageForm(EditorialPageForm):
    """Offers only the principles and commitments of the plan's own agreement."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        agreement = self.parent_page if self.instance.pk is None else self.instance.get_parent()
        formset = self.formsets.get("activities")
        if agreement is None or formset is None:
            return
        commitments, principles = agreement_commitments(agreement)
        parties = party_lookup(agreement.specific.get_party_names())
        principle_qs = PrinciplePage.objects.filter(pk__in=[p.pk for p in principles])
        commitment_qs = Commitment.objects.filter(pk__in=[c.pk for c in commitments])
        labels = {p.pk: p.title for p in principles}

        def commitment_label(commitment):
            where = labels.get(commitment.page_id)
            text = f"{parties[commitment.party].name}: {commitment.text}"
            return f"{where}: {text}" if where else text

        base_form = formset.form

        class ScopedActivityForm(base_form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields["principles"].queryset = principle_qs
                self.fields["commitments"].queryset = commitment_qs
                self.fields["commitments"].label_from_instance = commitment_label

        formset.form = ScopedActivityForm


class ActivityPlanPage(LocalizedPageMixin, EditorialPageMixin, RevisionComparisonMixin, Page):
    """The activity plan of one agreement version for one period, usually two years.

    Sits under its agreement, beside the principles, because its activities
    carry out that version's principles and commitments.
    """

    period_start = models.DateField(_("period starts"))
    period_end = models.DateField(_("period ends"))
    intro = RichTextField(
        _("introduction"), features=["bold", "italic", "link", "ol", "ul"], blank=True
    )

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")], heading=_("Period")),
        FieldPanel("intro"),
        InlinePanel("activities", heading=_("Activities"), label=_("Activity")),
    ]
    comparison_fields = [(_("Title"), "title", "text"), (_("Introduction"), "intro", "rich")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("period_start", overridable=False),
        SynchronizedField("period_end", overridable=False),
    ]
    base_form_class = ActivityPlanPageForm

    parent_page_types = ["agreements.AgreementPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("activity plan")
        verbose_name_plural = _("activity plans")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The period cannot end before it starts.")})

    def covers_year(self, year):
        return self.period_start.year <= year <= self.period_end.year

    def get_activities(self):
        """The plan's activities with their principles and commitments, in the plan's language.

        Three queries. A translated plan keeps the links of its source (wagtail-localize
        copies many-to-many links as they are), so links to another language are
        replaced by their translations here, with two more queries.
        """
        activities = list(
            self.activities.all()
            .order_by("sort_order", "pk")
            .prefetch_related("principles", "commitments")
        )
        for activity in activities:
            activity.shown_principles = list(activity.principles.all())
            activity.shown_commitments = list(activity.commitments.all())
        foreign = [
            obj
            for a in activities
            for obj in [*a.shown_principles, *a.shown_commitments]
            if obj.locale_id != self.locale_id
        ]
        if foreign:
            keys = {obj.translation_key for obj in foreign}
            local = {
                (type(obj), obj.translation_key): obj
                for queryset in [
                    PrinciplePage.objects.live().filter(translation_key__in=keys),
                    Commitment.objects.filter(translation_key__in=keys),
                ]
                for obj in queryset.filter(locale_id=self.locale_id)
            }
            for activity in activities:
                activity.shown_principles = [
                    local.get((PrinciplePage, p.translation_key), p)
                    for p in activity.shown_principles
                ]
                activity.shown_commitments = [
                    local.get((Commitment, c.translation_key), c)
                    for c in activity.shown_commitments
                ]
        return activities

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        activities = self.get_activities()
        status = request.GET.get("status")
        if status not in ActivityStatus.values:
            status = None
        party = request.GET.get("party")
        if party not in Party.values:
            party = None
        counts = dict.fromkeys(ActivityStatus, 0)
        for activity in activities:
            counts[ActivityStatus(activity.status)] += 1
        shown = [
            a
            for a in activities
            if (status is None or a.status == status) and (party is None or a.party == party)
        ]
        groups = [
            {"status": s, "activities": [a for a in shown if a.status == s]} for s in ActivityStatus
        ]
        agreement = self.get_parent().specific
        # The responsible parties under the agreement's names, in its order: only those
        # that have activities are offered in the filter.
        party_choices = parties_in_order(
            agreement.named_parties(request), {a.party for a in activities}
        )
        named = {p.side: p for p in party_choices}
        for activity in activities:
            activity.party_named = named[activity.party]
        context.update(
            agreement=agreement,
            agreement_url=agreement.get_url(request),
            activity_groups=[g for g in groups if g["activities"]],
            activity_total=len(activities),
            shown_total=len(shown),
            status_counts=[{"status": s, "count": n} for s, n in counts.items()],
            status=status,
            party=party,
            status_choices=list(ActivityStatus),
            party_choices=party_choices,
            published_versions=published_versions(self),
        )
        return context


class Activity(TranslatableMixin, Orderable, ClusterableModel):
    """One activity of a plan: what, who, when, which principles and commitments, how far."""

    page = ParentalKey(ActivityPlanPage, on_delete=models.CASCADE, related_name="activities")
    title = models.CharField(_("activity"), max_length=200)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    party = models.CharField(_("responsible party"), max_length=20, choices=Party.choices)
    responsible = models.CharField(
        _("responsible unit or organisation"),
        max_length=200,
        blank=True,
        help_text=_("E.g. the liaison office, a department or a named organisation."),
    )
    timeframe = models.CharField(
        _("timeframe"), max_length=100, blank=True, help_text=_("E.g. spring 2025, 2025–2026.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ActivityStatus.choices, default=ActivityStatus.PLANNED
    )
    principles = ParentalManyToManyField(
        "agreements.PrinciplePage",
        verbose_name=_("principles"),
        blank=True,
        related_name="+",
    )
    commitments = ParentalManyToManyField(
        "agreements.Commitment",
        verbose_name=_("commitments"),
        blank=True,
        related_name="activities",
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("party"), FieldPanel("responsible")]),
                FieldRowPanel([FieldPanel("timeframe"), FieldPanel("status")]),
            ],
            heading=_("Who, when, how far"),
        ),
        FieldPanel("principles", widget=forms.CheckboxSelectMultiple),
        FieldPanel("commitments", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return self.title
