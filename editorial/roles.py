"""The editorial roles (groups) and workflows every install has; names are data, in Swedish.

Created by the migration `0002_roles_and_workflows`; tests, the demo content and
the editors' guide (docs/editors.md) refer to them through these constants.
"""

CONTRIBUTORS = "Skribenter"
SUBJECT_REVIEWERS = "Granskare Föreningsstöd"
COMMUNICATIONS_REVIEWERS = "Granskare Kommunikation"
PUBLISHERS = "Publicister"

SUBJECT_REVIEW_TASK = "Sakgranskning (Föreningsstöd)"
PUBLICATION_APPROVAL_TASK = "Publiceringsgodkännande (Kommunikation)"
AGREEMENT_WORKFLOW = "Överenskommelse: sakgranskning och publicering"
STANDARD_WORKFLOW = "Granskning före publicering"

# Page types that follow the two-step agreement workflow wherever they are created.
AGREEMENT_WORKFLOW_PAGE_TYPES = [("agreements", "agreementpage"), ("agreements", "principlepage")]

# Groups a publisher may put users in (never their own group or a superuser).
GROUPS_MANAGED_BY_PUBLISHERS = [CONTRIBUTORS, SUBJECT_REVIEWERS, COMMUNICATIONS_REVIEWERS]
