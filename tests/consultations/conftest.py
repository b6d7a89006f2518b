"""Fixtures for consultations: a version in force, a draft of the next one, a consultation on it.

The draft and its principles are not live, and their text is in their latest
revisions only (as when an editor has saved a draft in the admin), so the
tests see the proposal read the way the consultation page must read it.
Spam checks are relaxed as in tests/forms/conftest.py; the tests of them set
their own.
"""

from django.core.cache import cache

import pytest

from agreements.models import AgreementParty, Commitment
from forms.forms import issue_form_token
from tests.editorial.accounts import published
from tests.factories import AgreementPageFactory, PrinciplePageFactory
from tests.factories.consultations import ConsultationPageFactory

DRAFT_COMMITMENT = "Att bjuda in till dialogforum minst tre gånger om året."
DRAFT_PRINCIPLE_SUMMARY = "Föreningarna bestämmer själva över mål och arbetssätt."
WHOLE_COMMITMENT = "Att följa upp överenskommelsen varje år tillsammans."


@pytest.fixture(autouse=True)
def consultation_settings(settings):
    settings.AFFILIATION_MIN_FILL_SECONDS = 0
    settings.CONSULTATION_RATE_LIMIT = "1000/h"
    cache.clear()
    yield settings
    cache.clear()


@pytest.fixture
def current(agreement):
    """The version in force (live), which the draft replaces."""
    return published(agreement)


def revised(page, **fields):
    """`page` with `fields` saved only in a new latest revision, as a draft."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def draft(agreement_index, current):
    """The next version, not live, with one principle and commitments only in revisions."""
    draft = AgreementPageFactory(
        parent=agreement_index,
        title="Överenskommelse 2029–2032 (förslag)",
        slug="forslag-2029-2032",
        live=False,
        replaces=current,
    )
    draft = revised(
        draft,
        party_names=[
            AgreementParty(side="municipality", name="Kommunen", heading="Kommunen åtar sig"),
            AgreementParty(side="both", name="Parterna", heading="Parterna åtar sig"),
        ],
        commitments=[Commitment(party="both", text=WHOLE_COMMITMENT)],
    )
    principle = PrinciplePageFactory(
        parent=draft, title="Självständighet", slug="sjalvstandighet", live=False, summary=""
    )
    revised(
        principle,
        summary=DRAFT_PRINCIPLE_SUMMARY,
        commitments=[Commitment(party="municipality", text=DRAFT_COMMITMENT)],
    )
    return draft


@pytest.fixture
def consultation(agreement_index, draft):
    return published(ConsultationPageFactory(parent=agreement_index, draft=draft, slug="samrad"))


def answer_data(**overrides):
    """A complete answer (organisation, on the whole draft) with a fresh form token."""
    data = {
        "target": "whole",
        "respondent_kind": "organisation",
        "organisation_name": "Föreningen Gröna Gatan",
        "organisation_type": "association",
        "contact_name": "Karin Kontaktsson",
        "contact_email": "karin.kontaktsson@person.example",
        "contact_phone": "070-123 45 67",
        "comment": "Dialogforum tre gånger om året är bra, men lägg dem på kvällstid.",
        "proposed_wording": "",
        "form_token": issue_form_token(),
        **overrides,
    }
    return {key: value for key, value in data.items() if value is not None}


PERSONAL_VALUES = ["Karin Kontaktsson", "karin.kontaktsson@person.example", "070-123 45 67"]
