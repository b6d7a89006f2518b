"""Who may moderate and handle consultation answers: the moderators group only.

Answers hold personal data (contact name, e-mail, phone), so every action
needs `consultations.moderate_comment`, which only the *Samrådsmoderatorer*
group (and superusers) has. Nobody adds answers in the admin (they come from
the public form) and nobody deletes them there (the personal data is removed
by `purge_consultation_personal_data`, keeping the answer).
"""

from forms.permissions import GatedPermissionPolicy

MODERATE_PERMISSION = "consultations.moderate_comment"
MODERATORS_GROUP = "Samrådsmoderatorer"


class CommentPermissionPolicy(GatedPermissionPolicy):
    """Consultation answers: only the moderators (`consultations.moderate_comment`)."""

    gate_app = "consultations"
    gate_codename = "moderate_comment"
