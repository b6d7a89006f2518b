"""Factories for agreements, principles, commitments and contact points."""

import datetime

import factory
import wagtail_factories

from agreements.models import (
    AgreementContact,
    AgreementIndexPage,
    AgreementPage,
    AgreementParty,
    BodyKind,
    BodyMember,
    BodyPage,
    Commitment,
    ContactPoint,
    EasyReadPage,
    EventIndexPage,
    EventKind,
    EventPage,
    ForumFrequency,
    ForumPromise,
    MemberSide,
    Party,
    PrinciplePage,
    SeatGroup,
)
from forms.models import Registration, RegistrationStatus
from tests import clock


class ContactPointFactory(factory.django.DjangoModelFactory):
    """An office of the tests' invented municipality (each municipality names its own)."""

    name = "Exempelby föreningskontor"
    unit = "Kultur- och fritidskontoret"
    email = "kontakt@exempelby.example"
    phone = "08-465 004 10"

    class Meta:
        model = ContactPoint


class AgreementIndexPageFactory(wagtail_factories.PageFactory):
    title = "Överenskommelsen"
    slug = factory.Sequence(lambda n: f"overenskommelsen-{n}")

    class Meta:
        model = AgreementIndexPage


class AgreementPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Överenskommelse {n}")
    slug = factory.Sequence(lambda n: f"overenskommelse-{n}")
    municipality = "Exempelby kommun"
    intro = "Vad kommunen och civilsamhället har lovat varandra."
    # A four-year period in force today, whatever day the tests run on.
    period_kind = "dates"
    valid_from = factory.LazyFunction(lambda: clock.years_ago(1))
    valid_to = factory.LazyFunction(lambda: clock.years_ahead(2))

    class Meta:
        model = AgreementPage
        skip_postgeneration_save = True

    @factory.post_generation
    def contacts(obj, create, extracted, **kwargs):
        """`contacts=[contact point, ...]`: the agreement lists them, in that order."""
        for order, point in enumerate(extracted or []):
            AgreementContactFactory(page=obj, contact_point=point, sort_order=order)


class AgreementContactFactory(factory.django.DjangoModelFactory):
    """A contact listed on an agreement (pass `page`; a new contact point unless given)."""

    page = None
    contact_point = factory.SubFactory(ContactPointFactory)
    locale = factory.LazyAttribute(lambda row: row.page.locale)
    sort_order = factory.Sequence(int)

    class Meta:
        model = AgreementContact


class PrinciplePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Princip {n}")
    slug = factory.Sequence(lambda n: f"princip-{n}")
    summary = "En mening om principen."

    class Meta:
        model = PrinciplePage


class AgreementPartyFactory(factory.django.DjangoModelFactory):
    """A party named on an agreement (pass `page`, `side` and `name`)."""

    page = None
    side = Party.MUNICIPALITY
    name = "Kommunen"
    sort_order = factory.Sequence(int)

    class Meta:
        model = AgreementParty


class CommitmentFactory(factory.django.DjangoModelFactory):
    page = None
    party = Party.MUNICIPALITY
    text = factory.Sequence(lambda n: f"Att hålla löfte nummer {n}")
    sort_order = factory.Sequence(int)

    class Meta:
        model = Commitment


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Forum och möten"
    slug = factory.Sequence(lambda n: f"forum-{n}")

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    """A two-hour dialogue forum, by default held three months ago; pass `start` to move it."""

    title = factory.Sequence(lambda n: f"Dialogforum {n}")
    slug = factory.Sequence(lambda n: f"dialogforum-{n}")
    kind = EventKind.DIALOGUE_FORUM
    start = factory.LazyFunction(lambda: clock.at(-90))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    summary = "Vi samtalar om hur överenskommelsen fungerar."
    place = "Stadshuset, Campusgatan 26"

    class Meta:
        model = EventPage


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A registration with a place; invented people only."""

    event = None
    status = RegistrationStatus.CONFIRMED
    name = factory.Sequence(lambda n: f"Deltagare {n}")
    organisation = "Föreningen Exempel"
    email = factory.Sequence(lambda n: f"deltagare{n}@person.example")

    class Meta:
        model = Registration


class BodyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Samrådsgruppen {n}")
    slug = factory.Sequence(lambda n: f"samradsgruppen-{n}")
    kind = BodyKind.CONSULTATION_GROUP
    summary = "Gruppen bereder dialogforum och följer upp överenskommelsen."

    class Meta:
        model = BodyPage


class BodyMemberFactory(factory.django.DjangoModelFactory):
    page = None
    side = MemberSide.CIVIL_SOCIETY
    role = "Ledamot"
    organisation = factory.Sequence(lambda n: f"Förening {n}")
    sort_order = factory.Sequence(int)

    class Meta:
        model = BodyMember


class EasyReadPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lättläst {n}")
    slug = "lattlast"
    intro = "Här kan du läsa om överenskommelsen."

    class Meta:
        model = EasyReadPage


class ForumPromiseFactory(factory.django.DjangoModelFactory):
    """A forum the agreement promises (pass `page`); a dialogue forum twice a year by default."""

    page = None
    name = "Dialogforum"
    frequency = ForumFrequency.TWICE_A_YEAR
    sort_order = factory.Sequence(int)

    class Meta:
        model = ForumPromise


class SeatGroupFactory(factory.django.DjangoModelFactory):
    """Seats in a body (pass `page`)."""

    page = None
    side = MemberSide.CIVIL_SOCIETY
    sort_order = factory.Sequence(int)

    class Meta:
        model = SeatGroup
