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
from .home import StandardPageFactory

__all__ = [
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
