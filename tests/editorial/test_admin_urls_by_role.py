"""The standing guard: every admin URL, for every role, answers exactly as this table says.

The URLs come from Django's resolver (everything under /admin/: Wagtail's
admin and the project's viewsets, one GET per registered bulk action), filled
with the ids of one small tree of real objects (`tests.editorial.admin_urls`).
Each role GETs every one of them and must get exactly the outcome written
below: the page (200), Wagtail's refusal (back to the dashboard with the "no
permission" error), the login page coming back to the URL, a named redirect,
or a named status. No response may carry an applicant's or a registrant's
personal data to a role that may not see it.

A URL that nobody has classified fails `test_every_admin_url_is_classified`:
add it to EXPECTED (or, with a reason, to SKIPPED) when you add a view.

The roles are those every municipality has (see editorial/roles.py and the
roles table in docs/editors.md), written out here so that a change in the product's
constants cannot move the expectations with it; each user is in the first
municipality's group for the role. That no role reaches into a second
municipality is tested in test_admin_urls_across_municipalities.py.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from django.urls import resolve

from wagtail.admin.views.generic import CopyViewMixin
from wagtail.models import Site

import pytest

from tests.editorial.accounts import make_user
from tests.editorial.admin_urls import (
    APPLICANT_EMAIL,
    APPLICANT_NAME,
    APPLICANT_PHONE,
    DENIED,
    LOGIN,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    REGISTRANT_EMAIL,
    REGISTRANT_NAME,
    RESPONDENT_EMAIL,
    AdminTree,
    admin_case_keys,
    admin_cases,
    admin_patterns,
    get,
    outcome,
    redirect_to,
    resolves_to,
)

pytestmark = pytest.mark.django_db

ANONYMOUS = "anonymous"
CONTRIBUTORS = "Skribenter"
SUBJECT_REVIEWERS = "Sakgranskare"
COMMUNICATIONS_REVIEWERS = "Granskare Kommunikation"
PUBLISHERS = "Publicister"
AFFILIATION_REVIEWERS = "Anslutningsgranskare"
REGISTRATION_STAFF = "Anmälningsansvariga"
TRANSLATORS = "Översättare (en)"
SUPERUSER = "superuser"

STAFF = [
    CONTRIBUTORS,
    SUBJECT_REVIEWERS,
    COMMUNICATIONS_REVIEWERS,
    PUBLISHERS,
    AFFILIATION_REVIEWERS,
    REGISTRATION_STAFF,
    TRANSLATORS,
    SUPERUSER,
]
ROLES = [ANONYMOUS, *STAFF]

# Who may receive whose personal data.
SEE_APPLICANTS = {AFFILIATION_REVIEWERS, SUPERUSER}
SEE_REGISTRANTS = {REGISTRATION_STAFF, SUPERUSER}
SEE_RESPONDENTS = {SUPERUSER}  # and the consultation moderators, not a role of this table

# Who adds and changes pages everywhere (translators: in their language's tree).
PAGE_EDITORS = [CONTRIBUTORS, PUBLISHERS, SUPERUSER]
PAGE_USERS = [CONTRIBUTORS, PUBLISHERS, TRANSLATORS, SUPERUSER]


def expect(ok=(), *, others=DENIED, anonymous=LOGIN, but=None):
    """What each role gets from one URL.

    The `ok` roles get the page (200); every other logged-in role gets
    `others` (Wagtail's refusal unless said otherwise); an anonymous visitor
    gets `anonymous` (the login page, coming back here); the roles in `but`
    get what it says.
    """
    outcomes = dict.fromkeys(STAFF, others)
    outcomes.update(dict.fromkeys(ok, OK))
    outcomes.update(but or {})
    outcomes[ANONYMOUS] = anonymous
    return outcomes


def redirect(location):
    """A redirect to `location`, or to `location(tree)` where the path holds an id."""
    return lambda tree: redirect_to(location(tree) if callable(location) else location)


def api_detail(kind, instance):
    """Where the admin API's `find` sends you: the detail, as an absolute URL (on the
    default site's host, whichever municipality the object is in)."""
    return lambda t: (
        f"http://{Site.objects.get(is_default_site=True).hostname}"
        f"/admin/api/main/{kind}/{instance(t).pk}/?"
    )


# URL patterns not requested, each with the reason.
SKIPPED = {
    "admin/failwhale/": "Wagtail's test of its error page: it raises for everyone, by design",
}

# Views that only take a POST: a GET gets 405 from every logged-in role. (What
# a POST may do is for the tests of each feature; copy views: see below.)
POST_ONLY = expect(others=NOT_ALLOWED)

EXPECTED = {
    # -- public, the dashboard, one's own account -------------------------------------
    "admin/login/": expect(others=redirect("/admin/"), anonymous=OK),
    "admin/password_reset/": expect(STAFF, anonymous=OK),
    "admin/password_reset/done/": expect(STAFF, anonymous=OK),
    "admin/password_reset/confirm/<uidb64>/<token>/": expect(
        others=redirect(lambda t: f"/admin/password_reset/confirm/{t.reset_uid}/set-password/"),
        anonymous=redirect(lambda t: f"/admin/password_reset/confirm/{t.reset_uid}/set-password/"),
    ),
    "admin/password_reset/complete/": expect(STAFF, anonymous=OK),
    "admin/jsi18n/": expect(STAFF, anonymous=OK),
    "admin/sprite/": expect(STAFF, anonymous=OK),
    "admin/": expect(STAFF),
    "admin/account/": expect(STAFF),
    "admin/dismissibles/": expect(STAFF),
    "admin/test404/": expect(STAFF),  # Wagtail's 404 page, for styling it
    "admin/.*/$": expect(others=NOT_FOUND),
    # Wagtail's logout refuses a GET (405); it is requested last (see admin_cases).
    "admin/logout/": POST_ONLY,
    # -- the admin API behind the page explorer and the choosers ----------------------
    "admin/api/main/pages/": expect(STAFF),
    "admin/api/main/pages/<int:pk>/": expect(PAGE_EDITORS, others=NOT_FOUND),
    "admin/api/main/pages/find/": expect(
        others=NOT_FOUND,
        but=dict.fromkeys(PAGE_EDITORS, redirect(api_detail("pages", lambda t: t.principle))),
    ),
    "admin/api/main/pages/<int:pk>/action/<str:action_name>/": POST_ONLY,
    "admin/api/main/documents/": expect(STAFF),
    "admin/api/main/documents/<int:pk>/": expect(STAFF),
    "admin/api/main/documents/find/": expect(
        others=redirect(api_detail("documents", lambda t: t.document))
    ),
    "admin/api/main/images/": expect(STAFF),
    "admin/api/main/images/<int:pk>/": expect(STAFF),
    "admin/api/main/images/find/": expect(others=redirect(api_detail("images", lambda t: t.image))),
    # -- pages: the explorer sends translators to their language's tree --------------
    "admin/pages/": expect(
        PAGE_EDITORS,
        but={TRANSLATORS: redirect(lambda t: f"/admin/pages/{t.english_home.pk}/")},
    ),
    "admin/pages/<int:parent_page_id>/": expect(
        PAGE_EDITORS,
        but={TRANSLATORS: redirect(lambda t: f"/admin/pages/{t.english_home.pk}/")},
    ),
    "admin/pages/<int:parent_page_id>/results/": expect(
        PAGE_EDITORS,
        but={TRANSLATORS: redirect(lambda t: f"/admin/pages/{t.english_home.pk}/")},
    ),
    "admin/pages/search/": expect(PAGE_USERS),
    "admin/pages/search/results/": expect(PAGE_USERS),
    "admin/pages/create/<slug:app_label>/<slug:model_name>": expect(STAFF),  # lists no parent
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/": expect(
        PAGE_USERS
    ),
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/": (
        expect(PAGE_USERS)
    ),
    "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/"
    "<int:parent_page_id>/": expect(PAGE_EDITORS),
    "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/"
    "<int:parent_page_id>/preview/": expect(PAGE_EDITORS),
    "admin/pages/<int:parent_page_id>/add_subpage/": expect(PAGE_EDITORS),
    # The principle is in review at step 1: its reviewers may edit it there
    # (Wagtail's workflow lock), and approve; step 2 waits.
    "admin/pages/<int:page_id>/edit/": expect([*PAGE_EDITORS, SUBJECT_REVIEWERS]),
    "admin/pages/<int:page_id>/edit/preview/": expect(PAGE_EDITORS),
    "admin/pages/<int:page_id>/view_draft/": expect([*PAGE_EDITORS, SUBJECT_REVIEWERS]),
    "admin/pages/<int:page_id>/copy/": expect([*PAGE_EDITORS, SUBJECT_REVIEWERS]),
    "admin/pages/<int:page_id>/usage/": expect(PAGE_EDITORS),
    "admin/pages/<int:page_id>/delete/": expect([PUBLISHERS, SUPERUSER]),
    # Locked by the workflow for all but step 1's reviewers, who may not publish.
    "admin/pages/<int:page_id>/unpublish/": expect([SUPERUSER]),
    "admin/pages/<int:page_id>/privacy/": expect([PUBLISHERS, SUPERUSER]),
    "admin/pages/<int:page_id>/convert_alias/": expect(others=NOT_FOUND),  # not an alias
    "admin/pages/<int:page_to_move_id>/move/": expect([PUBLISHERS, SUPERUSER]),
    # Wagtail shows this to anyone; editorial's before_move_page hook checks the move.
    "admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/": expect(
        [PUBLISHERS, SUPERUSER]
    ),
    "admin/pages/<int:page_to_move_id>/set_position/": POST_ONLY,
    "admin/pages/<int:page_id>/lock/": POST_ONLY,
    "admin/pages/<int:page_id>/unlock/": POST_ONLY,
    "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/": expect(
        [SUBJECT_REVIEWERS, SUPERUSER]
    ),
    "admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/"
    "<int:task_state_id>/": expect([SUBJECT_REVIEWERS, SUPERUSER]),
    "admin/pages/workflow/preview/<int:page_id>/<int:task_id>/": expect(
        [SUBJECT_REVIEWERS, SUPERUSER]
    ),
    # Wagtail's "publishing will cancel the workflow" modal checks nothing; it
    # shows the workflow's name and step, and changes nothing.
    "admin/pages/workflow/confirm_cancellation/<int:page_id>/": expect(STAFF),
    "admin/pages/<int:page_id>/revisions/": expect(
        others=redirect(lambda t: f"/admin/pages/{t.principle.pk}/history/")
    ),
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/view/": expect(PAGE_EDITORS),
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/": expect(
        [*PAGE_EDITORS, SUBJECT_REVIEWERS]
    ),
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/": expect(
        [PUBLISHERS, SUPERUSER]
    ),
    r"admin/pages/(?P<pk>\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)"
    r"\.\.\.(?P<revision_id_b>live|latest|\d+)/$": expect(PAGE_EDITORS),
    "admin/pages/<int:page_id>/workflow_history/": expect([*PAGE_EDITORS, SUBJECT_REVIEWERS]),
    "admin/pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/": expect(
        [*PAGE_EDITORS, SUBJECT_REVIEWERS]
    ),
    "admin/pages/<int:page_id>/history/": expect(PAGE_EDITORS),
    "admin/pages/<int:page_id>/history/results/": expect(PAGE_EDITORS),
    # -- bulk actions: Wagtail's confirmation lists what the user may not act on, and
    # the action checks each item; users and applications are refused outright.
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ wagtailcore.page.delete": expect(
        STAFF
    ),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ wagtailcore.page.move": expect(
        STAFF
    ),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ wagtailcore.page.publish": expect(
        STAFF
    ),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ wagtailcore.page.unpublish": (
        expect(STAFF)
    ),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ agreements.contactpoint.delete": (
        expect(STAFF)
    ),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ wagtaildocs.document.add_tags": (
        expect(STAFF)
    ),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ "
    "wagtaildocs.document.add_to_collection": expect(STAFF),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ wagtaildocs.document.delete": (
        expect(STAFF)
    ),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ wagtailimages.image.add_tags": (
        expect(STAFF)
    ),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ "
    "wagtailimages.image.add_to_collection": expect(STAFF),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ wagtailimages.image.delete": (
        expect(STAFF)
    ),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ auth.user.assign_role": expect(
        [PUBLISHERS, SUPERUSER]
    ),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ auth.user.set_active_state": (
        expect([PUBLISHERS, SUPERUSER])
    ),
    # Publishers may not delete users: the confirmation lists the user as not theirs.
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ auth.user.delete": expect(
        [PUBLISHERS, SUPERUSER]
    ),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/ forms.application.approve": (
        expect([AFFILIATION_REVIEWERS, SUPERUSER])
    ),
    # -- choosers and autocompletes, for every editor's forms -------------------------
    "admin/choose-page/": expect(STAFF),
    "admin/choose-page/<int:parent_page_id>/": expect(STAFF),
    "admin/choose-page/search/": expect(STAFF),
    "admin/choose-page/chosen-multiple/": expect(STAFF),
    "admin/choose-external-link/": expect(STAFF),
    "admin/choose-email-link/": expect(STAFF),
    "admin/choose-phone-link/": expect(STAFF),
    "admin/choose-anchor-link/": expect(STAFF),
    "admin/tag-autocomplete/": expect(STAFF),
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/": expect(STAFF),
    "admin/embeds/chooser/": expect(STAFF),
    "admin/embeds/chooser/upload/": expect(STAFF),
    "admin/block-preview/": expect(STAFF),
    "admin/documents/chooser/": expect(STAFF),
    "admin/documents/chooser/results/": expect(STAFF),
    "admin/documents/chooser/chosen/<str:pk>/": expect(PAGE_EDITORS),
    "admin/documents/chooser/chosen-multiple/": expect(STAFF),
    "admin/documents/chooser/create/": expect(PAGE_EDITORS),
    "admin/images/chooser/": expect(STAFF),
    "admin/images/chooser/results/": expect(STAFF),
    "admin/images/chooser/chosen/<str:pk>/": expect(PAGE_EDITORS),
    "admin/images/chooser/chosen-multiple/": expect(STAFF),
    "admin/images/chooser/create/": expect(PAGE_EDITORS),
    "admin/images/chooser/<int:image_id>/select_format/": expect(PAGE_EDITORS),
    "admin/snippets/choose/agreements/contactpoint/": expect(STAFF),
    "admin/snippets/choose/agreements/contactpoint/results/": expect(STAFF),
    "admin/snippets/choose/agreements/contactpoint/chosen/<str:pk>/": expect(STAFF),
    "admin/snippets/choose/agreements/contactpoint/chosen-multiple/": expect(STAFF),
    "admin/snippets/choose/agreements/contactpoint/create/": expect(PAGE_EDITORS),
    "admin/workflows/task_chooser/": expect(STAFF),
    "admin/workflows/task_chooser/results/": expect(STAFF),
    "admin/workflows/task_chooser/create/": expect(STAFF),  # offers a form to task editors only
    "admin/workflows/task_chooser/<int:task_id>/": expect(STAFF),
    # -- workflows and tasks: the service operator's (they cross municipalities) ------
    "admin/workflows/list/": expect([SUPERUSER]),
    "admin/workflows/list/results/": expect([SUPERUSER]),
    "admin/workflows/add/": expect([SUPERUSER]),
    "admin/workflows/edit/<int:pk>/": expect([SUPERUSER]),
    "admin/workflows/disable/<int:pk>/": expect([SUPERUSER]),
    "admin/workflows/enable/<int:pk>/": POST_ONLY,
    "admin/workflows/usage/<int:pk>/": expect([SUPERUSER]),
    "admin/workflows/usage/<int:pk>/results/": expect([SUPERUSER]),
    "admin/workflows/remove/<int:page_pk>/": POST_ONLY,
    "admin/workflows/remove/<int:page_pk>/<int:workflow_pk>/": POST_ONLY,
    "admin/workflows/tasks/index/": expect([SUPERUSER]),
    "admin/workflows/tasks/index/results/": expect([SUPERUSER]),
    "admin/workflows/tasks/select_type/": expect([SUPERUSER]),
    "admin/workflows/tasks/add/<str:app_label>/<str:model_name>/": expect([SUPERUSER]),
    "admin/workflows/tasks/edit/<int:pk>/": expect([SUPERUSER]),
    "admin/workflows/tasks/disable/<int:pk>/": expect([SUPERUSER]),
    "admin/workflows/tasks/enable/<int:pk>/": POST_ONLY,
    "admin/page_type_workflows/": expect([SUPERUSER]),
    "admin/page_type_workflows/results/": expect([SUPERUSER]),
    "admin/page_type_workflows/new/": expect([SUPERUSER]),
    "admin/page_type_workflows/edit/<int:pk>/": expect([SUPERUSER]),
    "admin/page_type_workflows/delete/<int:pk>/": expect([SUPERUSER]),
    "admin/page_type_workflows/history/<int:pk>/": expect([SUPERUSER]),
    "admin/page_type_workflows/history-results/<int:pk>/": expect([SUPERUSER]),
    "admin/page_type_workflows/usage/<int:pk>/": expect([SUPERUSER]),
    "admin/page_type_workflows/copy/<int:pk>/": expect([SUPERUSER]),
    # -- reports -------------------------------------------------------------------------
    "admin/reports/locked/": expect([PUBLISHERS, SUPERUSER]),
    "admin/reports/locked/results/": expect([PUBLISHERS, SUPERUSER]),
    "admin/reports/workflow/": expect(PAGE_USERS),
    "admin/reports/workflow/results/": expect(PAGE_USERS),
    "admin/reports/workflow_tasks/": expect(PAGE_USERS),
    "admin/reports/workflow_tasks/results/": expect(PAGE_USERS),
    "admin/reports/aging-pages/": expect(PAGE_USERS),
    "admin/reports/aging-pages/results/": expect(PAGE_USERS),
    "admin/reports/page-types-usage/": expect(PAGE_USERS),
    "admin/reports/page-types-usage/results/": expect(PAGE_USERS),
    # Each role sees the log entries of what it may see.
    "admin/reports/site-history/": expect(STAFF),
    "admin/reports/site-history/results/": expect(STAFF),
    # -- translation: the project's review step and wagtail-localize -----------------
    "admin/translations/submit/<int:page_id>/": expect(PAGE_USERS),
    "admin/translations/report/": expect(STAFF),
    "admin/localize/jsi18n/": expect(STAFF),
    "admin/localize/reports/translations/": expect(STAFF),
    "admin/localize/reports/translations/results/": expect(STAFF),
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/": expect(STAFF),
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/": expect(STAFF),
    # Starting and updating translations: superusers (publishers start them from
    # the page's menu, which checks wagtail-localize's submit_translation permission).
    "admin/localize/submit/page/<int:page_id>/": expect([SUPERUSER]),
    "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/": expect(
        [SUPERUSER]
    ),
    "admin/localize/update/<int:translation_source_id>/": expect([SUPERUSER]),
    "admin/localize/translate/<int:translation_id>/pofile/download/": expect(PAGE_USERS),
    "admin/localize/translate/<int:translation_id>/preview/": expect(PAGE_USERS),
    # The page has no preview mode called "default": past the permission check, 404.
    "admin/localize/translate/<int:translation_id>/preview/<str:mode>/": expect(
        others=DENIED, but=dict.fromkeys(PAGE_USERS, NOT_FOUND)
    ),
    "admin/localize/page/<int:page_id>/convert_to_alias/": expect(PAGE_USERS),
    "admin/localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/": (
        POST_ONLY
    ),
    "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/"
    "edit/": POST_ONLY,
    "admin/localize/translate/<int:translation_id>/pofile/upload/": POST_ONLY,
    "admin/localize/translate/<int:translation_id>/machine_translate/": POST_ONLY,
    "admin/localize/translate/<int:translation_id>/disable/": POST_ONLY,
    # -- the contact point snippet (in review with the one-step workflow) ------------
    "admin/snippets/": expect(),  # every snippet has its own menu item: the list is empty
    "admin/snippets/agreements/contactpoint/": expect(PAGE_EDITORS),
    "admin/snippets/agreements/contactpoint/results/": expect(PAGE_EDITORS),
    "admin/snippets/agreements/contactpoint/add/": expect(PAGE_EDITORS),
    "admin/snippets/agreements/contactpoint/copy/<int:pk>/": expect(PAGE_EDITORS),
    "admin/snippets/agreements/contactpoint/edit/<int:pk>/": expect(
        [*PAGE_EDITORS, COMMUNICATIONS_REVIEWERS]
    ),
    "admin/snippets/agreements/contactpoint/delete/<int:pk>/": expect([PUBLISHERS, SUPERUSER]),
    "admin/snippets/agreements/contactpoint/usage/<int:pk>/": expect(PAGE_EDITORS),
    "admin/snippets/agreements/contactpoint/history/<int:pk>/": expect(PAGE_EDITORS),
    "admin/snippets/agreements/contactpoint/history-results/<int:pk>/": expect(PAGE_EDITORS),
    "admin/snippets/agreements/contactpoint/history/<int:pk>/revisions/<int:revision_id>/"
    "revert/": expect([*PAGE_EDITORS, COMMUNICATIONS_REVIEWERS]),
    r"admin/snippets/agreements/contactpoint/history/(?P<pk>.+)/revisions/compare/"
    r"(?P<revision_id_a>live|earliest|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/$": expect(
        PAGE_EDITORS
    ),
    "admin/snippets/agreements/contactpoint/history/<int:pk>/revisions/<int:revision_id>/"
    "unschedule/": expect([PUBLISHERS, SUPERUSER]),
    "admin/snippets/agreements/contactpoint/unpublish/<int:pk>/": expect([PUBLISHERS, SUPERUSER]),
    # The reviewers of its step may lock it; only a superuser may unlock another's lock.
    "admin/snippets/agreements/contactpoint/lock/<int:pk>/": expect(
        but=dict.fromkeys([COMMUNICATIONS_REVIEWERS, PUBLISHERS, SUPERUSER], NOT_ALLOWED)
    ),
    "admin/snippets/agreements/contactpoint/unlock/<int:pk>/": expect(but={SUPERUSER: NOT_ALLOWED}),
    "admin/snippets/agreements/contactpoint/workflow/action/<int:pk>/<slug:action_name>/"
    "<int:task_state_id>/": expect([COMMUNICATIONS_REVIEWERS, PUBLISHERS, SUPERUSER]),
    "admin/snippets/agreements/contactpoint/workflow/collect_action_data/<int:pk>/"
    "<slug:action_name>/<int:task_state_id>/": expect(
        [COMMUNICATIONS_REVIEWERS, PUBLISHERS, SUPERUSER]
    ),
    "admin/snippets/agreements/contactpoint/workflow/confirm_cancellation/<int:pk>/": expect(STAFF),
    "admin/snippets/agreements/contactpoint/workflow_history/<int:pk>/": expect(PAGE_EDITORS),
    "admin/snippets/agreements/contactpoint/workflow_history/<int:pk>/detail/"
    "<int:workflow_state_id>/": expect(PAGE_EDITORS),
    # -- documents and images: contributors add, publishers change ------------------
    "admin/documents/": expect(PAGE_EDITORS),
    "admin/documents/results/": expect(PAGE_EDITORS),
    "admin/documents/add/": expect(PAGE_EDITORS),
    "admin/documents/multiple/add/": expect(PAGE_EDITORS),
    "admin/documents/edit/<int:document_id>/": expect([PUBLISHERS, SUPERUSER]),
    "admin/documents/delete/<int:document_id>/": expect([PUBLISHERS, SUPERUSER]),
    "admin/documents/usage/<int:document_id>/": expect([PUBLISHERS, SUPERUSER]),
    "admin/documents/multiple/<int:doc_id>/": POST_ONLY,
    "admin/documents/multiple/<int:doc_id>/delete/": POST_ONLY,
    "admin/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/": POST_ONLY,
    "admin/documents/multiple/delete_upload/<int:uploaded_file_id>/": POST_ONLY,
    "admin/images/": expect(PAGE_EDITORS),
    "admin/images/results/": expect(PAGE_EDITORS),
    "admin/images/add/": expect(PAGE_EDITORS),
    "admin/images/multiple/add/": expect(PAGE_EDITORS),
    "admin/images/<int:image_id>/": expect([PUBLISHERS, SUPERUSER]),
    "admin/images/<int:image_id>/delete/": expect([PUBLISHERS, SUPERUSER]),
    "admin/images/<int:image_id>/preview/<str:filter_spec>/": expect([PUBLISHERS, SUPERUSER]),
    "admin/images/usage/<int:image_id>/": expect([PUBLISHERS, SUPERUSER]),
    # Dynamic image URLs are not served by this site: past the permission check, 404.
    "admin/images/<int:image_id>/generate_url/": expect(but=dict.fromkeys(PAGE_EDITORS, NOT_FOUND)),
    "admin/images/<int:image_id>/generate_url/output/": expect(
        but=dict.fromkeys(PAGE_EDITORS, NOT_FOUND)
    ),
    "admin/images/multiple/<int:image_id>/": POST_ONLY,
    "admin/images/multiple/<int:image_id>/delete/": POST_ONLY,
    "admin/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/": POST_ONLY,
    "admin/images/multiple/delete_upload/<int:uploaded_file_id>/": POST_ONLY,
    # -- event registrations (personal data): Anmälningsansvariga ----------------------
    "admin/events/registrations/": expect([REGISTRATION_STAFF, SUPERUSER]),
    "admin/events/registrations/results/": expect([REGISTRATION_STAFF, SUPERUSER]),
    "admin/events/registrations/new/": expect(),  # registrations come from the public form
    "admin/events/registrations/edit/<int:pk>/": expect([REGISTRATION_STAFF, SUPERUSER]),
    "admin/events/registrations/delete/<int:pk>/": expect(),  # purged, never deleted here
    "admin/events/registrations/inspect/<int:pk>/": expect([REGISTRATION_STAFF, SUPERUSER]),
    "admin/events/registrations/cancel/<int:pk>/": expect([REGISTRATION_STAFF, SUPERUSER]),
    "admin/events/registrations/history/<int:pk>/": expect([REGISTRATION_STAFF, SUPERUSER]),
    "admin/events/registrations/history-results/<int:pk>/": expect([REGISTRATION_STAFF, SUPERUSER]),
    "admin/events/registrations/usage/<int:pk>/": expect([REGISTRATION_STAFF, SUPERUSER]),
    "admin/events/registrations/history/<str:pk>/restore/<int:history_id>/": expect(
        but=dict.fromkeys([REGISTRATION_STAFF, SUPERUSER], NOT_ALLOWED)
    ),
    # -- consultation answers (respondents' contact details): Samrådsmoderatorer -----
    # (not a role of this table: every role here but the superuser is refused;
    # tests/consultations/test_moderation.py lets the moderators in)
    "admin/consultations/answers/": expect([SUPERUSER]),
    "admin/consultations/answers/results/": expect([SUPERUSER]),
    "admin/consultations/answers/new/": expect(),  # answers come from the public form
    "admin/consultations/answers/edit/<int:pk>/": expect([SUPERUSER]),
    "admin/consultations/answers/delete/<int:pk>/": expect(),  # purged, never deleted here
    "admin/consultations/answers/inspect/<int:pk>/": expect([SUPERUSER]),
    "admin/consultations/answers/history/<int:pk>/": expect([SUPERUSER]),
    "admin/consultations/answers/history-results/<int:pk>/": expect([SUPERUSER]),
    "admin/consultations/answers/usage/<int:pk>/": expect([SUPERUSER]),
    "admin/consultations/answers/history/<str:pk>/restore/<int:history_id>/": expect(
        but={SUPERUSER: NOT_ALLOWED}
    ),
    # -- affiliation (applicants' personal data): Anslutningsgranskare ---------------
    "admin/affiliation/applications/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/applications/results/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    # Reviewers register the applications that came on paper or by e-mail.
    "admin/affiliation/applications/new/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/applications/scanned-form/<int:pk>/": expect(
        but=dict.fromkeys([AFFILIATION_REVIEWERS, SUPERUSER], NOT_FOUND)
    ),  # the test application has no scan
    "admin/affiliation/applications/edit/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/applications/delete/<int:pk>/": expect(),  # purged, never deleted here
    "admin/affiliation/applications/inspect/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/applications/approve/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/applications/complete/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/applications/reject/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    # A submitted application cannot be withdrawn: back to it, with the reason.
    "admin/affiliation/applications/withdraw/<int:pk>/": expect(
        but=dict.fromkeys(
            [AFFILIATION_REVIEWERS, SUPERUSER],
            redirect(lambda t: f"/admin/affiliation/applications/inspect/{t.application.pk}/"),
        )
    ),
    "admin/affiliation/applications/invite/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/applications/history/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/applications/history-results/<int:pk>/": expect(
        [AFFILIATION_REVIEWERS, SUPERUSER]
    ),
    "admin/affiliation/applications/usage/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/applications/history/<str:pk>/restore/<int:history_id>/": expect(
        but=dict.fromkeys([AFFILIATION_REVIEWERS, SUPERUSER], NOT_ALLOWED)
    ),
    "admin/affiliation/organisations/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/organisations/results/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/organisations/new/": expect([SUPERUSER]),
    "admin/affiliation/organisations/edit/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/organisations/delete/<int:pk>/": expect([SUPERUSER]),
    "admin/affiliation/organisations/inspect/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/organisations/history/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/organisations/history-results/<int:pk>/": expect(
        [AFFILIATION_REVIEWERS, SUPERUSER]
    ),
    "admin/affiliation/organisations/usage/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/organisations/history/<str:pk>/restore/<int:history_id>/": expect(
        but=dict.fromkeys([AFFILIATION_REVIEWERS, SUPERUSER], NOT_ALLOWED)
    ),
    "admin/affiliation/signatures/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/signatures/results/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/signatures/new/": expect([SUPERUSER]),
    "admin/affiliation/signatures/edit/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/signatures/delete/<int:pk>/": expect([SUPERUSER]),
    "admin/affiliation/signatures/inspect/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/signatures/history/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/signatures/history-results/<int:pk>/": expect(
        [AFFILIATION_REVIEWERS, SUPERUSER]
    ),
    "admin/affiliation/signatures/usage/<int:pk>/": expect([AFFILIATION_REVIEWERS, SUPERUSER]),
    "admin/affiliation/signatures/history/<str:pk>/restore/<int:history_id>/": expect(
        but=dict.fromkeys([AFFILIATION_REVIEWERS, SUPERUSER], NOT_ALLOWED)
    ),
    # -- users: publishers manage the three groups below them -----------------------
    "admin/users/": expect([PUBLISHERS, SUPERUSER]),
    "admin/users/results/": expect([PUBLISHERS, SUPERUSER]),
    "admin/users/new/": expect([PUBLISHERS, SUPERUSER]),
    # Users outside one's municipality's groups are not found; for roles that manage
    # nobody, that is everyone.
    "admin/users/edit/<int:pk>/": expect([PUBLISHERS, SUPERUSER], others=NOT_FOUND),
    "admin/users/copy/<int:pk>/": expect([PUBLISHERS, SUPERUSER]),
    "admin/users/history/<int:pk>/": expect([PUBLISHERS, SUPERUSER], others=NOT_FOUND),
    "admin/users/history-results/<int:pk>/": expect([PUBLISHERS, SUPERUSER], others=NOT_FOUND),
    "admin/users/usage/<int:pk>/": expect([PUBLISHERS, SUPERUSER], others=NOT_FOUND),
    "admin/users/delete/<int:pk>/": expect([SUPERUSER], others=NOT_FOUND, but={PUBLISHERS: DENIED}),
    # -- superusers only: groups (they carry permissions), collections, sites,
    # locales, redirects ----------------------------------------------------------
    # The operator creates municipalities; anyone else gets a plain 403.
    "admin/municipalities/new/": expect([SUPERUSER], others="403"),
    "admin/groups/": expect([SUPERUSER]),
    "admin/groups/results/": expect([SUPERUSER]),
    "admin/groups/new/": expect([SUPERUSER]),
    "admin/groups/edit/<int:pk>/": expect([SUPERUSER]),
    "admin/groups/delete/<int:pk>/": expect([SUPERUSER]),
    "admin/groups/history/<int:pk>/": expect([SUPERUSER]),
    "admin/groups/history-results/<int:pk>/": expect([SUPERUSER]),
    "admin/groups/usage/<int:pk>/": expect([SUPERUSER]),
    "admin/collections/": expect([SUPERUSER]),
    "admin/collections/add/": expect([SUPERUSER]),
    "admin/collections/<int:pk>/": expect([SUPERUSER]),
    "admin/collections/<int:pk>/delete/": expect([SUPERUSER], others=NOT_FOUND),
    "admin/collections/<int:collection_id>/privacy/": expect([SUPERUSER]),
    "admin/sites/": expect([SUPERUSER]),
    "admin/sites/results/": expect([SUPERUSER]),
    "admin/sites/new/": expect([SUPERUSER]),
    "admin/sites/edit/<int:pk>/": expect([SUPERUSER]),
    "admin/sites/delete/<int:pk>/": expect([SUPERUSER]),
    "admin/sites/copy/<int:pk>/": expect([SUPERUSER]),
    "admin/sites/history/<int:pk>/": expect([SUPERUSER]),
    "admin/sites/history-results/<int:pk>/": expect([SUPERUSER]),
    "admin/sites/usage/<int:pk>/": expect([SUPERUSER]),
    "admin/locales/": expect([SUPERUSER]),
    "admin/locales/results/": expect([SUPERUSER]),
    "admin/locales/new/": expect([SUPERUSER]),
    "admin/locales/edit/<int:pk>/": expect([SUPERUSER]),
    "admin/locales/delete/<int:pk>/": expect([SUPERUSER]),
    "admin/locales/copy/<int:pk>/": expect([SUPERUSER]),
    "admin/locales/history/<int:pk>/": expect([SUPERUSER]),
    "admin/locales/history-results/<int:pk>/": expect([SUPERUSER]),
    "admin/locales/usage/<int:pk>/": expect([SUPERUSER]),
    "admin/redirects/": expect([SUPERUSER]),
    "admin/redirects/results/": expect([SUPERUSER]),
    "admin/redirects/add/": expect([SUPERUSER]),
    "admin/redirects/<int:redirect_id>/": expect([SUPERUSER]),
    "admin/redirects/<int:redirect_id>/delete/": expect([SUPERUSER]),
    "admin/redirects/import/": expect([SUPERUSER]),
    "admin/redirects/import/process/": expect(but={SUPERUSER: NOT_ALLOWED}),
    # A municipality's settings (its name, county, logo, colours, sender): the service
    # operator's; no group has home.change_municipalitysettings. The first URL sends a
    # superuser to the settings of the site the request is for (here the default site's).
    "admin/settings/<slug:app_name>/<slug:model_name>/ home.municipalitysettings": expect(
        but={
            SUPERUSER: redirect(
                lambda t: (
                    "/admin/settings/home/municipalitysettings/"
                    f"{Site.objects.get(is_default_site=True).pk}/"
                )
            )
        }
    ),
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/ home.municipalitysettings": (
        expect([SUPERUSER])
    ),
    # The settings have no preview: past the permission check, 404.
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/ "
    "home.municipalitysettings": expect(but={SUPERUSER: NOT_FOUND}),
    # -- editing sessions (the "someone else is editing" pings) -------------------
    "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/"
    "<int:session_id>/": POST_ONLY,
    "admin/editing-sessions/release/<int:session_id>/": POST_ONLY,
}

# Copy views of Wagtail's own viewsets that still save a POST over the original:
# superusers only, who may change the original anyway.
COPY_VIEWS_THAT_SAVE = {
    "admin/locales/copy/<int:pk>/": "Wagtail's locale viewset; superusers only",
    "admin/sites/copy/<int:pk>/": "Wagtail's site viewset; superusers only",
}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The tree and one user per role, built once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        home = Site.objects.get(is_default_site=True).root_page.specific
        user_model = get_user_model()
        tree = AdminTree(home, user_model)
        users = {
            role: make_user(
                user_model,
                f"roll-{number}",
                [] if role == SUPERUSER else [role],
                superuser=role == SUPERUSER,
            )
            for number, role in enumerate(STAFF)
        }
        yield tree, users
        transaction.set_rollback(True)


def client_for(world, role):
    client = Client()
    if role != ANONYMOUS:
        client.force_login(world[1][role])
    return client


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


def test_every_admin_url_is_classified():
    keys = admin_case_keys()
    routes = {pattern.route for pattern in admin_patterns()}
    unclassified = [key for key in keys if key not in EXPECTED and key not in SKIPPED]
    assert not unclassified, f"Classify in EXPECTED (or SKIPPED, with a reason): {unclassified}"
    assert [key for key in EXPECTED if key not in keys] == [], "EXPECTED names URLs that are gone"
    assert [route for route in SKIPPED if route not in routes] == []
    assert not set(EXPECTED) & set(SKIPPED)


def test_each_url_is_filled_to_reach_its_own_pattern(world):
    tree, _users = world
    missed = [
        case.key for case in admin_cases(tree, SKIPPED) if not resolves_to(case.path, case.pattern)
    ]
    assert missed == []


@pytest.mark.parametrize("role", ROLES)
def test_each_admin_url_answers_the_role_as_the_table_says(world, role):
    """Status and, for a redirect, where it goes; and no personal data where not allowed."""
    tree, _users = world
    client = client_for(world, role)
    wrong, leaked, seen = [], [], set()
    for case in admin_cases(tree, SKIPPED):
        response = get(client, case.path)
        expected = EXPECTED[case.key][role]
        expected = expected(tree) if callable(expected) else expected
        got = outcome(case.path, response)
        if got != expected:
            wrong.append(f"{case.path} ({case.key}): expected {expected}, got {got}")
        content = body(response)
        applicant = any(
            data in content for data in (APPLICANT_NAME, APPLICANT_EMAIL, APPLICANT_PHONE)
        )
        registrant = any(data in content for data in (REGISTRANT_NAME, REGISTRANT_EMAIL))
        respondent = RESPONDENT_EMAIL in content
        if respondent:
            seen.add("respondent")
        if applicant:
            seen.add("applicant")
        if registrant:
            seen.add("registrant")
        if (
            (applicant and role not in SEE_APPLICANTS)
            or (registrant and role not in SEE_REGISTRANTS)
            or (respondent and role not in SEE_RESPONDENTS)
        ):
            leaked.append(case.path)
    assert not wrong, "\n".join(wrong)
    assert not leaked, f"personal data reached {role}: " + ", ".join(leaked)
    # The detector works: the roles entitled to the data do find it somewhere.
    assert ("applicant" in seen) is (role in SEE_APPLICANTS)
    assert ("registrant" in seen) is (role in SEE_REGISTRANTS)
    assert ("respondent" in seen) is (role in SEE_RESPONDENTS)


def test_no_copy_view_saves_a_post(world):
    """A copy form posts to "add"; a POST to a copy URL must not save over the original."""
    tree, _users = world
    client = client_for(world, SUPERUSER)
    copy_views = [
        case
        for case in admin_cases(tree, SKIPPED)
        if issubclass(
            getattr(resolve(case.path.split("?")[0]).func, "view_class", object), CopyViewMixin
        )
        and case.key not in COPY_VIEWS_THAT_SAVE
    ]
    assert len(copy_views) >= 3  # users, contact points, page-type workflows
    assert {case.key for case in admin_cases(tree, SKIPPED)} >= set(COPY_VIEWS_THAT_SAVE)
    answers = {case.key: client.post(case.path, {}).status_code for case in copy_views}
    assert answers == dict.fromkeys(answers, 405)
