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
from .home import StandardPageFactory

__all__ = [
    "AgreementIndexPageFactory",
    "AgreementPageFactory",
    "CommitmentFactory",
    "ContactPointFactory",
    "EventIndexPageFactory",
    "EventPageFactory",
    "PrinciplePageFactory",
    "StandardPageFactory",
]
