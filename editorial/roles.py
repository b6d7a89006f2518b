"""The editorial roles every municipality has, and its two workflows; names are data, in Swedish.

Each municipality (a Wagtail Site) has one group per role, named
"<municipality>: <role>" (`group_name`), linked to its site by
`editorial.models.MunicipalityRole`; `editorial.municipalities.set_up_roles`
creates them. The names below are the roles', the same in every
municipality, and name no municipality's own offices. Tests, the demo
content and the editors' guide (docs/editors.md) refer to them through
these constants.
"""

CONTRIBUTORS = "Skribenter"
SUBJECT_REVIEWERS = "Sakgranskare"
COMMUNICATIONS_REVIEWERS = "Granskare Kommunikation"
PUBLISHERS = "Publicister"
APPLICATION_HANDLERS = "Anslutningsgranskare"
REGISTRATION_HANDLERS = "Anmälningsansvariga"

# Translators: one group per language the municipality offers besides the source
# language ("Översättare (en)"), made by translations.groups when `set_up_roles` runs
# (the translations app registers itself there; this app knows no languages).
TRANSLATORS = "Översättare"


def translator_role(code):
    """The role of the municipality's translators into the content language `code`."""
    return f"{TRANSLATORS} ({code})"


# Every editorial role a municipality has, in the order the admin lists them (the
# translators' roles come on top, one per language).
ROLES = [
    CONTRIBUTORS,
    SUBJECT_REVIEWERS,
    COMMUNICATIONS_REVIEWERS,
    PUBLISHERS,
    APPLICATION_HANDLERS,
    REGISTRATION_HANDLERS,
]

SUBJECT_REVIEW_TASK = "Sakgranskning"
PUBLICATION_APPROVAL_TASK = "Publiceringsgodkännande (Kommunikation)"
AGREEMENT_WORKFLOW = "Överenskommelse: sakgranskning och publicering"
STANDARD_WORKFLOW = "Granskning före publicering"

# Page types that follow the two-step agreement workflow wherever they are created.
AGREEMENT_WORKFLOW_PAGE_TYPES = [("agreements", "agreementpage"), ("agreements", "principlepage")]

# Roles whose groups a publisher may put users in (never their own group or a superuser);
# the translators' groups (`translator_role`) too, whichever languages the municipality offers.
GROUPS_MANAGED_BY_PUBLISHERS = [CONTRIBUTORS, SUBJECT_REVIEWERS, COMMUNICATIONS_REVIEWERS]

# What each role may do. Page permissions are granted on the municipality's
# home page (and its translations), collection permissions on its collection.
PAGE_PERMISSIONS = {
    CONTRIBUTORS: ["add_page", "change_page"],
    PUBLISHERS: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "bulk_delete_page",
    ],
}
# Model permissions. Contact points are scoped to the municipality by their
# `site`; workflows, tasks and groups are the service operator's (superusers),
# as they are shared by the installation's admin and would cross municipalities.
MODEL_PERMISSIONS = {
    CONTRIBUTORS: [
        ("agreements", "add_contactpoint"),
        ("agreements", "change_contactpoint"),
    ],
    PUBLISHERS: [
        ("agreements", "add_contactpoint"),
        ("agreements", "change_contactpoint"),
        ("agreements", "delete_contactpoint"),
        ("agreements", "publish_contactpoint"),
        ("agreements", "lock_contactpoint"),
        ("agreements", "unlock_contactpoint"),
        ("auth", "add_user"),
        ("auth", "change_user"),
    ],
    APPLICATION_HANDLERS: [
        ("forms", "view_application"),
        ("forms", "change_application"),
        ("forms", "review_application"),
        ("forms", "view_organisation"),
        ("forms", "change_organisation"),
        ("forms", "view_signature"),
        ("forms", "change_signature"),
    ],
    REGISTRATION_HANDLERS: [
        ("forms", "view_registration"),
        ("forms", "change_registration"),
        ("forms", "manage_registration"),
    ],
}
COLLECTION_PERMISSIONS = {
    CONTRIBUTORS: [
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
    ],
    PUBLISHERS: [
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "delete_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "delete_image"),
        ("wagtailimages", "choose_image"),
    ],
}


def municipality_name(site):
    """What a municipality is called in its groups' and collection's names."""
    return site.site_name or site.hostname


def group_name(site, role):
    return f"{municipality_name(site)}: {role}"
