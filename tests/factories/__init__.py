"""Factories for building small page trees in tests."""

from .agreements import (
    AgreementIndexPageFactory,
    AgreementPageFactory,
    CommitmentFactory,
    ContactPointFactory,
    EasyReadPageFactory,
    PrinciplePageFactory,
)
from .home import AccessibilityStatementPageFactory, StandardPageFactory

__all__ = [
    "AccessibilityStatementPageFactory",
    "AgreementIndexPageFactory",
    "AgreementPageFactory",
    "CommitmentFactory",
    "ContactPointFactory",
    "EasyReadPageFactory",
    "PrinciplePageFactory",
    "StandardPageFactory",
]
