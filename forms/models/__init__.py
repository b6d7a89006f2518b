"""The forms' models, one module per concern: affiliation and event registration."""

from .applications import (
    DECISION_STATUSES,
    PERSONAL_FIELDS,
    Application,
    ApplicationStatus,
    Channel,
)
from .joining import JOINER_TYPES, Confirmation, Joiner, MustJoinBody, PaperFormPlace
from .organisations import TYPES_SHARING_A_NUMBER, Organisation, OrganisationType, Signature
from .pages import ApplicationPage
from .registrations import REGISTRANT_PERSONAL_FIELDS, Registration, RegistrationStatus

__all__ = [
    "DECISION_STATUSES",
    "JOINER_TYPES",
    "PERSONAL_FIELDS",
    "REGISTRANT_PERSONAL_FIELDS",
    "TYPES_SHARING_A_NUMBER",
    "Application",
    "ApplicationPage",
    "ApplicationStatus",
    "Channel",
    "Confirmation",
    "Joiner",
    "MustJoinBody",
    "Organisation",
    "OrganisationType",
    "PaperFormPlace",
    "Registration",
    "RegistrationStatus",
    "Signature",
]
