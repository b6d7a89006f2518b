"""The create view names the workflow a new page will really enter.

A page type can be bound to its own workflow (PageTypeWorkflow): a new
agreement or principle enters the agreement workflow wherever it is created,
so the button must not name the workflow the parent page happens to have.
"""

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from agreements.models import AgreementPage, PrinciplePage
from editorial import roles
from home.models import StandardPage

pytestmark = pytest.mark.django_db


def submit_button(client, model, parent):
    url = reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )
    response = client.get(url)
    assert response.status_code == 200
    button = BeautifulSoup(response.content, "html.parser").find(
        "button", attrs={"name": "action-submit"}
    )
    assert button is not None, "the create view offers no submit for review"
    return " ".join(button.get_text().split())


@pytest.mark.parametrize(
    ("model", "parent", "workflow"),
    [
        (AgreementPage, "home_page", roles.AGREEMENT_WORKFLOW),
        (PrinciplePage, "live_agreement", roles.AGREEMENT_WORKFLOW),
        (StandardPage, "home_page", roles.STANDARD_WORKFLOW),
        (StandardPage, "live_agreement", roles.STANDARD_WORKFLOW),
    ],
)
def test_submit_button_names_the_workflow_the_new_page_enters(
    request, contributor_client, model, parent, workflow
):
    label = submit_button(contributor_client, model, request.getfixturevalue(parent))
    assert workflow in label
    others = {roles.AGREEMENT_WORKFLOW, roles.STANDARD_WORKFLOW} - {workflow}
    assert not any(other in label for other in others), label
