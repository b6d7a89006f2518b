"""Factories for activity plans and follow-up reports."""

import factory
import wagtail_factories

from agreements.models import (
    Activity,
    ActivityPlanPage,
    ActivityStatus,
    CommitmentFollowUp,
    CommitmentStatus,
    FollowUpReportPage,
    Party,
)
from tests import clock


class ActivityPlanPageFactory(wagtail_factories.PageFactory):
    """A two-year plan from last year to the end of this one."""

    title = factory.LazyAttribute(
        lambda o: f"Aktivitetsplan {o.period_start.year}–{o.period_end.year}"
    )
    slug = factory.Sequence(lambda n: f"aktivitetsplan-{n}")
    period_start = factory.LazyFunction(lambda: clock.years_ago(1))
    period_end = factory.LazyFunction(lambda: clock.years_ahead(0))

    class Meta:
        model = ActivityPlanPage


class ActivityFactory(factory.django.DjangoModelFactory):
    """An activity; pass `page`, and `commitments=[...]` / `principles=[...]` to link them."""

    page = None
    title = factory.Sequence(lambda n: f"Aktivitet {n}")
    description = "Vi gör något konkret tillsammans."
    party = Party.MUNICIPALITY
    responsible = "Exempelby föreningskontor"
    timeframe = factory.LazyFunction(lambda: str(clock.today().year))
    status = ActivityStatus.PLANNED
    sort_order = factory.Sequence(int)

    class Meta:
        model = Activity
        skip_postgeneration_save = True

    @factory.post_generation
    def commitments(self, create, extracted, **kwargs):
        if extracted:
            self.commitments.set(extracted)
            self.save()  # modelcluster keeps m2m in memory until the object is saved

    @factory.post_generation
    def principles(self, create, extracted, **kwargs):
        if extracted:
            self.principles.set(extracted)
            self.save()  # modelcluster keeps m2m in memory until the object is saved


class FollowUpReportPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda o: f"Uppföljning {o.year}")
    slug = factory.Sequence(lambda n: f"uppfoljning-{n}")
    year = factory.LazyFunction(lambda: clock.today().year - 1)  # last year's follow-up

    class Meta:
        model = FollowUpReportPage


class CommitmentFollowUpFactory(factory.django.DjangoModelFactory):
    """An entry for `commitment` (pass it): its key, text and party are copied."""

    page = None
    commitment = None
    commitment_key = factory.LazyAttribute(lambda o: o.commitment.translation_key)
    commitment_text = factory.LazyAttribute(lambda o: o.commitment.text)
    party = factory.LazyAttribute(lambda o: o.commitment.party)
    status = CommitmentStatus.ONGOING
    assessment = "Arbetet har kommit en bit på väg."
    sort_order = factory.Sequence(int)

    class Meta:
        model = CommitmentFollowUp
        exclude = ["commitment"]
