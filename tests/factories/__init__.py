"""Factories for building small page trees in tests."""

from .agreements import (
    AgreementIndexPageFactory,
    AgreementPageFactory,
    CommitmentFactory,
    ContactPointFactory,
    EventIndexPageFactory,
    EventPageFactory,
    PrinciplePageFactory,
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
    "CommitmentFactory",
    "ContactPointFactory",
    "EventIndexPageFactory",
    "EventPageFactory",
    "PrinciplePageFactory",
    "StandardPageFactory",
]
