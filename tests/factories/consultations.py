"""Factories for consultations: the page and the answers."""

import factory
import wagtail_factories

from consultations.models import (
    Audience,
    CommentStatus,
    ConsultationComment,
    ConsultationPage,
    RespondentKind,
    TargetKind,
)
from tests import clock


class ConsultationPageFactory(wagtail_factories.PageFactory):
    """A consultation open today (from a week ago to three weeks ahead)."""

    title = factory.Sequence(lambda n: f"Samråd om förslaget {n}")
    slug = factory.Sequence(lambda n: f"samrad-{n}")
    opens_on = factory.LazyFunction(lambda: clock.days(-7))
    closes_on = factory.LazyFunction(lambda: clock.days(21))
    audience = Audience.ANYONE
    intro = "<p>Tyck till om förslaget till ny överenskommelse.</p>"

    class Meta:
        model = ConsultationPage


class ConsultationCommentFactory(factory.django.DjangoModelFactory):
    target_kind = TargetKind.WHOLE
    respondent_kind = RespondentKind.ORGANISATION
    organisation_name = factory.Sequence(lambda n: f"Svarande föreningen {n}")
    organisation_type = "association"
    contact_name = factory.Sequence(lambda n: f"Svar Personsson{n}")
    contact_email = factory.Sequence(lambda n: f"svar{n}@person.example")
    contact_phone = "070-222 33 44"
    comment = factory.Sequence(lambda n: f"Synpunkt nummer {n} på förslaget.")
    status = CommentStatus.PUBLISHED

    class Meta:
        model = ConsultationComment
