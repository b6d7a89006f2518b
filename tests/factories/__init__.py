"""Factories for building small page trees in tests."""

from .agreements import (
    AgreementContactFactory,
    AgreementIndexPageFactory,
    AgreementPageFactory,
    AgreementPartyFactory,
    BodyMemberFactory,
    BodyPageFactory,
    CommitmentFactory,
    ContactPointFactory,
    EasyReadPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ForumPromiseFactory,
    PrinciplePageFactory,
    RegistrationFactory,
    SeatGroupFactory,
)
from .followup import (
    ActivityFactory,
    ActivityPlanPageFactory,
    CommitmentFollowUpFactory,
    FollowUpReportPageFactory,
)
from .home import AccessibilityStatementPageFactory, StandardPageFactory

__all__ = [
    "AgreementContactFactory",
    "ActivityFactory",
    "ActivityPlanPageFactory",
    "CommitmentFollowUpFactory",
    "FollowUpReportPageFactory",
    "AccessibilityStatementPageFactory",
    "AgreementIndexPageFactory",
    "AgreementPageFactory",
    "AgreementPartyFactory",
    "BodyMemberFactory",
    "BodyPageFactory",
    "CommitmentFactory",
    "ContactPointFactory",
    "EventIndexPageFactory",
    "EventPageFactory",
    "ForumPromiseFactory",
    "SeatGroupFactory",
    "EasyReadPageFactory",
    "PrinciplePageFactory",
    "RegistrationFactory",
    "StandardPageFactory",
]
