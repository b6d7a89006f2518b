"""Searching the site for a party's name finds the agreement that names it.

An agreement concluded by a named network is looked up by the network's
name; the parties are indexed with the agreement page (as its commitments
are), so the public search finds the agreement and says the match is a party.
"""

import pytest

from agreements.models import AgreementPage
from tests.agreements.test_agreement_shapes import (
    agreement_shape_fields,
    publish_through_workflow,
)
from tests.agreements.test_shape_contacts import index, parties, workflow  # noqa: F401
from tests.sitesearch.test_search import results

pytestmark = pytest.mark.django_db


def test_a_search_for_a_networks_name_finds_the_agreement_it_concluded(
    workflow,  # noqa: F811
    index,  # noqa: F811
    client,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        page = publish_through_workflow(
            workflow,
            AgreementPage,
            index,
            agreement_shape_fields(
                party_names=parties(
                    ("municipality", "Staden"), ("civil_society", "Nätverket Kvarnbäcksforum")
                ),
            ),
        )

    response, found = results(client, "/sok/?q=Kvarnbäcksforum")

    assert found == [page.pk]
    html = response.content.decode()
    assert "Träff i part:" in html
    assert "<mark>Kvarnbäcksforum</mark>" in html
    assert f'href="{page.url}"' in html
