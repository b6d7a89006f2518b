"""Factories for agreements, principles, commitments and contact points."""

import datetime

import factory
import wagtail_factories

from agreements.models import (
    AgreementIndexPage,
    AgreementPage,
    Commitment,
    ContactPoint,
    EasyReadPage,
    Party,
    PrinciplePage,
)


class ContactPointFactory(factory.django.DjangoModelFactory):
    name = "Föreningsstöd"
    unit = "Kultur- och fritidskontoret"
    email = "foreningsstod@kommun.example"
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
    valid_from = datetime.date(2025, 1, 1)
    valid_to = datetime.date(2028, 12, 31)

    class Meta:
        model = AgreementPage


class PrinciplePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Princip {n}")
    slug = factory.Sequence(lambda n: f"princip-{n}")
    summary = "En mening om principen."

    class Meta:
        model = PrinciplePage


class CommitmentFactory(factory.django.DjangoModelFactory):
    page = None
    party = Party.MUNICIPALITY
    text = factory.Sequence(lambda n: f"Att hålla löfte nummer {n}")
    sort_order = factory.Sequence(int)

    class Meta:
        model = Commitment


class EasyReadPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lättläst {n}")
    slug = "lattlast"
    intro = "Här kan du läsa om överenskommelsen."

    class Meta:
        model = EasyReadPage
