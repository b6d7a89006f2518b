"""Agreement models, one module per concern."""

from .agreements import (
    AgreementIndexPage,
    AgreementPage,
    AgreementStatus,
    PeriodKind,
    agreement_status,
)
from .bodies import BodyKind, BodyMember, BodyPage, MemberSide, SeatGroup
from .commitments import AgreementParty, Commitment, Party
from .contacts import AgreementContact, ContactPoint
from .decisions import Decision, DecisionKind, EarlierVersion
from .easy_read import EasyReadPage
from .events import (
    FORUM_KINDS,
    EventAudience,
    EventIndexPage,
    EventKind,
    EventPage,
    event_listing,
    forums_held,
)
from .followup import (
    CommitmentFollowUp,
    CommitmentStatus,
    FollowUpReportPage,
    commitment_history,
    prefilled_entries,
    with_latest_follow_up,
)
from .forum_promises import ForumFrequency, ForumPromise
from .plans import Activity, ActivityPlanPage, ActivityStatus
from .principles import PrinciplePage

__all__ = [
    "Activity",
    "ActivityPlanPage",
    "ActivityStatus",
    "CommitmentFollowUp",
    "CommitmentStatus",
    "FollowUpReportPage",
    "commitment_history",
    "with_latest_follow_up",
    "prefilled_entries",
    "AgreementContact",
    "AgreementIndexPage",
    "AgreementParty",
    "AgreementPage",
    "AgreementStatus",
    "BodyKind",
    "BodyMember",
    "BodyPage",
    "Commitment",
    "ContactPoint",
    "Decision",
    "DecisionKind",
    "EarlierVersion",
    "PeriodKind",
    "EventAudience",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "FORUM_KINDS",
    "ForumFrequency",
    "ForumPromise",
    "SeatGroup",
    "MemberSide",
    "EasyReadPage",
    "Party",
    "PrinciplePage",
    "agreement_status",
    "event_listing",
    "forums_held",
]
