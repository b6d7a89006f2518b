"""Factories for building small page trees in tests."""

from .agreements import (
    AgreementIndexPageFactory,
    AgreementPageFactory,
    BodyMemberFactory,
    BodyPageFactory,
    CommitmentFactory,
    ContactPointFactory,
    EventIndexPageFactory,
    EventPageFactory,
    PrinciplePageFactory,
    RegistrationFactory,
)
from .followup import (
    ActivityFactory,
    ActivityPlanPageFactory,
    CommitmentFollowUpFactory,
    FollowUpReportPageFactory,
)
from .home import StandardPageFactory

__all__ = [
    "ActivityFactory",
    "ActivityPlanPageFactory",
    "CommitmentFollowUpFactory",
    "FollowUpReportPageFactory",
    "AgreementIndexPageFactory",
    "AgreementPageFactory",
    "BodyMemberFactory",
    "BodyPageFactory",
    "CommitmentFactory",
    "ContactPointFactory",
    "EventIndexPageFactory",
    "EventPageFactory",
    "PrinciplePageFactory",
    "RegistrationFactory",
    "StandardPageFactory",
]
