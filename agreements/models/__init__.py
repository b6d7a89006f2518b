"""Agreement models, one module per concern."""

from .agreements import AgreementIndexPage, AgreementPage, AgreementStatus, agreement_status
from .commitments import Commitment, Party
from .contacts import ContactPoint
from .easy_read import EasyReadPage
from .principles import PrinciplePage

__all__ = [
    "AgreementIndexPage",
    "AgreementPage",
    "AgreementStatus",
    "Commitment",
    "ContactPoint",
    "EasyReadPage",
    "Party",
    "PrinciplePage",
    "agreement_status",
]
