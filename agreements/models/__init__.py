"""Agreement models, one module per concern."""

from .agreements import AgreementIndexPage, AgreementPage, AgreementStatus, agreement_status
from .commitments import Commitment, Party
from .contacts import ContactPoint
from .events import (
    FORUM_KINDS,
    EventAudience,
    EventIndexPage,
    EventKind,
    EventPage,
    forums_held,
)
from .principles import PrinciplePage

__all__ = [
    "AgreementIndexPage",
    "AgreementPage",
    "AgreementStatus",
    "Commitment",
    "ContactPoint",
    "EventAudience",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "FORUM_KINDS",
    "Party",
    "PrinciplePage",
    "agreement_status",
    "forums_held",
]
