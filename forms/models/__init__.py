"""Affiliation models, one module per concern."""

from .applications import (
    DECISION_STATUSES,
    PERSONAL_FIELDS,
    Application,
    ApplicationStatus,
)
from .organisations import TYPES_SHARING_A_NUMBER, Organisation, OrganisationType, Signature
from .pages import ApplicationPage

__all__ = [
    "DECISION_STATUSES",
    "PERSONAL_FIELDS",
    "TYPES_SHARING_A_NUMBER",
    "Application",
    "ApplicationPage",
    "ApplicationStatus",
    "Organisation",
    "OrganisationType",
    "Signature",
]
