"""Agreement models, one module per concern."""

from .agreements import AgreementIndexPage, AgreementPage, AgreementStatus, agreement_status
from .bodies import BodyKind, BodyMember, BodyPage, MemberSide
from .commitments import Commitment, Party
from .contacts import ContactPoint
from .events import (
    FORUM_KINDS,
    EventAudience,
    EventIndexPage,
    EventKind,
    EventPage,
    event_listing,
    forums_held,
)
from .principles import PrinciplePage
from .registrations import (
    REGISTRANT_PERSONAL_FIELDS,
    Registration,
    RegistrationStatus,
)

__all__ = [
    "AgreementIndexPage",
    "AgreementPage",
    "AgreementStatus",
    "BodyKind",
    "BodyMember",
    "BodyPage",
    "Commitment",
    "ContactPoint",
    "EventAudience",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "FORUM_KINDS",
    "MemberSide",
    "Party",
    "PrinciplePage",
    "REGISTRANT_PERSONAL_FIELDS",
    "Registration",
    "RegistrationStatus",
    "agreement_status",
    "event_listing",
    "forums_held",
]
