"""Helpers for posting Wagtail admin forms the way an editor's browser does."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.test.utils.form_data import nested_form_data


def denied_message():
    """Wagtail's refusal, in the admin's language (the site's, for a new user)."""
    with translation.override(settings.LANGUAGE_CODE):
        return translation.gettext("Sorry, you do not have permission to access this area.")


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )


def publish(admin_client, model, parent, fields):
    """Post the admin add form for `model` under `parent` and press "Publish"."""
    data = nested_form_data(fields)
    data["action-publish"] = "action-publish"
    return admin_client.post(add_url(model, parent), data)


def assert_refused(admin_client, response):
    """Wagtail's admin refuses by redirecting to the dashboard with one error message.

    The dashboard is fetched to show (and so consume) the message, as the
    editor's browser would.
    """
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    dashboard = admin_client.get(response["Location"])
    assert dashboard.status_code == 200
    shown = [(m.level_tag, str(m).strip()) for m in dashboard.context["messages"]]
    assert shown == [("error", denied_message())]
