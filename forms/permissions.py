"""Who may see affiliation applications: reviewers only, of their own municipality.

Applications hold personal data (names, e-mail addresses, phone numbers),
so ordinary model permissions are not enough: every action also needs
`forms.review_application`, which only the *Anslutningsgranskare* group
(and superusers) has. Reviewers add an application in the admin only to
register one that came on paper or by e-mail (adding needs the change
permission they review with); nobody deletes them there (personal data is
removed by `purge_affiliation_personal_data`, keeping the record).

Event registrations hold personal data too (names, e-mail addresses,
needs): every action on them needs `forms.manage_registration`, which only
the *Anmälningsansvariga* group (and superusers) has. Nobody adds them in the
admin (they come from the public form) or deletes them there (the personal
data is removed by `purge_event_personal_data`, keeping the count).

Both groups exist once per municipality ("Södertälje: Anslutningsgranskare");
the permissions below say what a member may do, and
`editorial.municipalities.scoped` which rows: those of their municipality's
agreements and events (registered in forms.apps).
"""

from wagtail.permission_policies import ModelPermissionPolicy

from editorial import roles

REVIEW_PERMISSION = "forms.review_application"
# The roles (each municipality's group holding one is named after it).
REVIEWERS_GROUP = roles.APPLICATION_HANDLERS
REGISTRATIONS_GROUP = roles.REGISTRATION_HANDLERS


class GatedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, plus one gate permission for everything, and no add or delete.

    For plain models holding personal data that only one group may see:
    set `gate_app` and `gate_codename`; the action named by the gate's
    codename prefix (e.g. "review") needs the gate alone.
    """

    never_allowed = {"add", "delete"}
    gate_app = "forms"
    gate_codename = "review_application"

    @property
    def gate_action(self):
        return self.gate_codename.split("_", 1)[0]

    def user_has_permission(self, user, action):
        if action in self.never_allowed:
            return False
        if not user.has_perm(f"{self.gate_app}.{self.gate_codename}"):
            return False
        if action == self.gate_action:
            return True
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        actions = set(actions) - self.never_allowed - {self.gate_action}
        gated = self._get_users_with_any_permission_codenames({self.gate_codename})
        if not actions:
            return gated
        return super().users_with_any_permission(actions).filter(pk__in=gated.values("pk"))

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])


class ApplicationPermissionPolicy(GatedPermissionPolicy):
    """Applications: only affiliation reviewers (`forms.review_application`).

    Registering a paper or e-mail application is part of reviewing: "add"
    needs the gate and the change permission, as the reviewer's actions do.
    """

    never_allowed = {"delete"}

    def user_has_permission(self, user, action):
        return super().user_has_permission(user, "change" if action == "add" else action)

    def users_with_any_permission(self, actions):
        actions = {"change" if action == "add" else action for action in actions}
        return super().users_with_any_permission(actions)


class RegistrationPermissionPolicy(GatedPermissionPolicy):
    """Event registrations: only the registrations group (`forms.manage_registration`)."""

    gate_codename = "manage_registration"
