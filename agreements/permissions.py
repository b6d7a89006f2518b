"""Who may see event registrations: the group *Anmälningsansvariga* (and superusers).

Registrations hold personal data (names, e-mail addresses, needs), so every
action also needs `agreements.manage_registration`. Nobody adds them in the
admin (they come from the public form) or deletes them there (the personal
data is removed by `purge_event_personal_data`, keeping the count).
"""

from forms.permissions import GatedPermissionPolicy

MANAGE_PERMISSION = "agreements.manage_registration"
REGISTRATIONS_GROUP = "Anmälningsansvariga"


class RegistrationPermissionPolicy(GatedPermissionPolicy):
    gate_app = "agreements"
    gate_codename = "manage_registration"
