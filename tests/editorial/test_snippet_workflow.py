"""Public content kept as snippets (the contact point) is reviewed like a page."""

from django.test import Client
from django.urls import reverse

from wagtail.models import TaskState

import pytest

from agreements.models import ContactPoint
from editorial import roles
from tests.editorial.accounts import group
from tests.factories import ContactPointFactory

pytestmark = pytest.mark.django_db


def client_for(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, f"{username}@kommun.example", "pw")
    user.groups.add(group(group_name))
    client = Client()
    client.force_login(user)
    return client


def contact_form(contact, **changes):
    data = {
        "name": contact.name,
        "unit": contact.unit,
        "street_address": "",
        "postal_code": "",
        "city": "",
        "phone": contact.phone,
        "email": contact.email,
        "opening_hours": "",
    }
    data.update(changes)
    return data


def test_contact_point_change_is_reviewed_before_it_goes_live(django_user_model):
    contact = ContactPointFactory(phone="08-111 111 11")
    contact.save_revision().publish()
    contributor = client_for(django_user_model, "skribent", roles.CONTRIBUTORS)
    reviewer = client_for(django_user_model, "granskare", roles.COMMUNICATIONS_REVIEWERS)
    edit_url = reverse("wagtailsnippets_agreements_contactpoint:edit", args=(contact.pk,))

    # Contributors cannot publish a snippet directly.
    contributor.post(edit_url, {**contact_form(contact, phone="08-999"), "action-publish": "1"})
    contact.refresh_from_db()
    assert contact.phone == "08-111 111 11"

    response = contributor.post(
        edit_url, {**contact_form(contact, phone="08-222 222 22"), "action-submit": "1"}
    )
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.phone == "08-111 111 11"  # the live snippet is untouched
    assert contact.workflow_in_progress

    task_state = TaskState.objects.get(
        workflow_state__object_id=str(contact.pk), status=TaskState.STATUS_IN_PROGRESS
    )
    response = reviewer.post(
        reverse(
            "wagtailsnippets_agreements_contactpoint:workflow_action",
            args=(contact.pk, "approve", task_state.pk),
        ),
        {"comment": ""},
    )
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.phone == "08-222 222 22"
    assert contact.live and not contact.workflow_in_progress


def test_the_copy_url_cannot_replace_the_live_contact_point(django_user_model):
    """Wagtail's copy view would save a POST over the contact point copied, unreviewed.

    The copy page's form posts to "add"; a POST to the copy URL itself is refused.
    """
    contact = ContactPointFactory(phone="08-111 111 11")
    contact.save_revision().publish()
    contributor = client_for(django_user_model, "skribent", roles.CONTRIBUTORS)
    copy_url = reverse("wagtailsnippets_agreements_contactpoint:copy", args=(contact.pk,))

    page = contributor.get(copy_url).content.decode()
    add_url = reverse("wagtailsnippets_agreements_contactpoint:add")
    assert f'action="{add_url}?locale=sv"' in page

    response = contributor.post(copy_url, contact_form(contact, phone="08-999 999 99"))

    assert response.status_code == 405
    contact.refresh_from_db()
    assert contact.phone == "08-111 111 11"
    assert contact.live
    assert ContactPoint.objects.count() == 1
