"""Who may see affiliation applications: reviewers only.

Applications hold personal data (names, e-mail addresses, phone numbers),
so ordinary model permissions are not enough: every action also needs
`forms.review_application`, which only the *Anslutningsgranskare* group
(and superusers) has. Nobody adds applications in the admin (they come
from the public form) and nobody deletes them there (personal data is
removed by `purge_affiliation_personal_data`, keeping the record).
"""

from wagtail.permission_policies import ModelPermissionPolicy

REVIEW_PERMISSION = "forms.review_application"
REVIEWERS_GROUP = "Anslutningsgranskare"


class ApplicationPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, plus the review permission for everything, and no add or delete."""

    never_allowed = {"add", "delete"}

    def user_has_permission(self, user, action):
        if action in self.never_allowed:
            return False
        if not user.has_perm(REVIEW_PERMISSION):
            return False
        if action == "review":
            return True
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        actions = set(actions) - self.never_allowed - {"review"}
        reviewers = self._get_users_with_any_permission_codenames({"review_application"})
        if not actions:
            return reviewers
        return super().users_with_any_permission(actions).filter(pk__in=reviewers.values("pk"))

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])
