"""Posting the page editor and the workflow actions the way an editor's browser does.

Every edit post sends all the fields of the page type's editor, filled from the
page's latest revision, so that a refusal can only come from the permission or
the workflow, never from a missing required field.
"""

import datetime
import json

from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from agreements.models import AgreementPage, PrinciplePage
from home.models import StandardPage
from tests.admin_forms import denied_message

ACTION_FIELDS = {
    "save": {},
    "submit": {"action-submit": "action-submit"},
    "publish": {"action-publish": "action-publish"},
}


def date(value):
    return value.isoformat() if value else ""


def rich(value):
    return rich_text(value or "<p></p>")


def commitments(page):
    return inline_formset(
        [
            {"id": str(c.pk), "party": c.party, "text": c.text}
            for c in page.commitments.all().order_by("sort_order")
        ],
        initial=page.commitments.count(),
    )


def decisions(page):
    return inline_formset(
        [
            {
                "id": str(d.pk),
                "kind": d.kind,
                "body": d.body,
                "date": date(d.date),
                "record_number": d.record_number,
                "paragraph": d.paragraph,
                "url": d.url,
            }
            for d in page.decisions.all()
        ],
        initial=page.decisions.count(),
    )


def earlier_versions(page):
    return inline_formset(
        [
            {
                "id": str(e.pk),
                "year": str(e.year),
                "decision": e.decision,
                "record_number": e.record_number,
                "document": e.document_id or "",
            }
            for e in page.earlier_versions.all()
        ],
        initial=page.earlier_versions.count(),
    )


def forum_promises(page):
    return inline_formset(
        [
            {
                "id": str(p.pk),
                "name": p.name,
                "description": p.description,
                "frequency": p.frequency,
                "times_a_year": p.times_a_year or "",
                "frequency_text": p.frequency_text,
                "open_to": p.open_to,
                "event_kind": p.event_kind,
            }
            for p in page.forum_promises.all()
        ],
        initial=page.forum_promises.count(),
    )


def party_names(page):
    return inline_formset(
        [
            {"id": str(p.pk), "side": p.side, "name": p.name, "heading": p.heading}
            for p in page.party_names.all().order_by("sort_order")
        ],
        initial=page.party_names.count(),
    )


def contacts(page):
    return inline_formset(
        [
            {
                "id": str(c.pk),
                "contact_point": str(c.contact_point_id),
                "side": c.side,
                "label": c.label,
            }
            for c in page.contacts.all().order_by("sort_order")
        ],
        initial=page.contacts.count(),
    )


def common_fields(page):
    return {
        "title": page.title,
        "slug": page.slug,
        "seo_title": page.seo_title,
        "search_description": page.search_description,
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
    }


def principle_fields(page):
    return {
        **common_fields(page),
        "summary": page.summary,
        "explanation": rich(page.explanation),
        "commitments": commitments(page),
    }


def agreement_fields(page):
    return {
        **common_fields(page),
        "municipality": page.municipality,
        "intro": page.intro,
        "purpose": rich(page.purpose),
        "parties": rich(page.parties),
        "party_names": party_names(page),
        "shared_values": rich(page.shared_values),
        "intro_sections": streamfield([]),
        "period_kind": page.period_kind,
        "valid_from": date(page.valid_from),
        "valid_to": date(page.valid_to),
        **{
            name: getattr(page, name) or ""
            for name in (
                "first_year",
                "last_year",
                "length_years",
                "extension_years",
                "review_year",
                "review_in_period_year",
            )
        },
        "review_by": date(page.review_by),
        "decisions": decisions(page),
        "earlier_versions": earlier_versions(page),
        "anchored_how": page.anchored_how,
        "anchored_on": date(page.anchored_on),
        "scope": page.scope,
        "scope_details": rich(page.scope_details),
        "forum_promises": forum_promises(page),
        "affiliation_rules": rich(page.affiliation_rules),
        "contacts": contacts(page),
        "document": page.document_id or "",
        "replaces": page.replaces_id or "",
        "commitments": commitments(page),
        "body": streamfield([]),
    }


def standard_fields(page):
    return {**common_fields(page), "intro": page.intro, "body": streamfield([])}


FIELDS = {
    PrinciplePage: principle_fields,
    AgreementPage: agreement_fields,
    StandardPage: standard_fields,
}


def editor_data(page, action="save", change_note="", **overrides):
    """The editor's form for `page` as its latest revision stands, with `overrides`."""
    latest = page.get_latest_revision_as_object()
    fields = FIELDS[type(latest)](latest)
    fields.update(overrides)
    data = nested_form_data(fields)
    data["change_note"] = change_note
    data.update(ACTION_FIELDS[action])
    return data


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def post_edit(client, page, action="save", change_note="", **overrides):
    return client.post(edit_url(page), editor_data(page, action, change_note, **overrides))


def post_create(client, model, parent, fields, action="save", change_note=""):
    url = reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )
    data = nested_form_data({"comments": inline_formset([]), **fields})
    data["change_note"] = change_note
    data.update(ACTION_FIELDS[action])
    return client.post(url, data)


def current_task_state(page):
    workflow_state = page.current_workflow_state
    return workflow_state.current_task_state if workflow_state else None


def post_workflow_action(client, page, action_name, comment=None, task_state=None):
    """Press "Approve", "Approve with comment" or "Request changes" for the current step."""
    task_state = task_state or current_task_state(page)
    data = {} if comment is None else {"comment": comment}
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action_name, task_state.pk)),
        data,
    )


def post_editor_workflow_action(client, page, action_name, extra_data=None, **overrides):
    """The same action from the editor's footer: the edit form with the action's data."""
    data = editor_data(page, **overrides)
    data["action-workflow-action"] = "true"
    data["workflow-action-name"] = action_name
    data["workflow-action-extra-data"] = json.dumps(extra_data or {})
    return client.post(edit_url(page), data)


def task_status(task_state):
    return TaskState.objects.get(pk=task_state.pk).status


def local_input(value):
    """A datetime as the admin's date-time widget sends it, in the site's time zone."""
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def in_days(days):
    return timezone.now() + datetime.timedelta(days=days)


def shown_messages(response):
    return [(m.level_tag, str(m).strip()) for m in response.context["messages"]]


def assert_denied(client, response):
    """Wagtail refuses with a redirect to the dashboard and a "no permission" error.

    The message is compared in the site's language and in English: Wagtail
    renders it before the user's preferred admin language is switched on.
    """
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    dashboard = client.get(response["Location"])
    assert dashboard.status_code == 200
    errors = [text for level, text in shown_messages(dashboard) if level == "error"]
    with translation.override("en"):
        in_english = translation.gettext("Sorry, you do not have permission to access this area.")
    assert errors in ([denied_message()], [in_english])
