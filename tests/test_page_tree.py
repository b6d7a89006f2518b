"""Every page type may sit only where it belongs in the tree.

Checked twice: in the models' declared parent and subpage types, and in what
the Wagtail admin offers and refuses to an editor.
"""

from django.apps import apps
from django.urls import resolve, reverse

from wagtail.models import Page

import pytest

from agreements.models import (
    ActivityPlanPage,
    AgreementIndexPage,
    AgreementPage,
    BodyPage,
    EasyReadPage,
    EventIndexPage,
    EventPage,
    FollowUpReportPage,
    PrinciplePage,
)
from consultations.models import ConsultationPage
from forms.models import ApplicationPage
from home.models import AccessibilityStatementPage, HomePage, StandardPage
from overview.models import OverviewPage
from tests.admin_forms import assert_refused
from tests.factories import (
    ActivityPlanPageFactory,
    AgreementIndexPageFactory,
    AgreementPageFactory,
    BodyPageFactory,
    EasyReadPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FollowUpReportPageFactory,
    PrinciplePageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db

ALLOWED = {
    # page type: (allowed parent types, allowed subpage types)
    HomePage: (
        {Page},
        {AgreementIndexPage, AgreementPage, StandardPage, AccessibilityStatementPage},
    ),
    StandardPage: ({HomePage, StandardPage, AgreementPage}, {StandardPage}),
    # A consultation on a draft version sits beside the versions (consultations/models.py).
    AgreementIndexPage: ({HomePage}, {AgreementPage, ConsultationPage}),
    AgreementPage: (
        {AgreementIndexPage, HomePage},
        {
            PrinciplePage,
            EventIndexPage,
            ActivityPlanPage,
            FollowUpReportPage,
            StandardPage,
            BodyPage,
            EasyReadPage,
            ApplicationPage,
        },
    ),
    EventIndexPage: ({AgreementPage}, {EventPage}),
    BodyPage: ({AgreementPage}, set()),
    EventPage: ({EventIndexPage}, set()),
    PrinciplePage: ({AgreementPage}, {EasyReadPage}),
    ActivityPlanPage: ({AgreementPage}, set()),
    FollowUpReportPage: ({AgreementPage}, set()),
    ApplicationPage: ({AgreementPage}, set()),
    ConsultationPage: ({AgreementIndexPage}, set()),
    EasyReadPage: ({AgreementPage, PrinciplePage}, set()),
    AccessibilityStatementPage: ({HomePage}, set()),
    # The national overview is the root of a site of its own (overview/models.py).
    OverviewPage: ({Page}, set()),
}


@pytest.mark.parametrize("model", ALLOWED, ids=lambda m: m.__name__)
def test_declared_parent_and_subpage_types(model):
    parents, subpages = ALLOWED[model]
    assert set(model.allowed_parent_page_models()) == parents
    assert set(model.allowed_subpage_models()) == subpages


@pytest.fixture
def one_page_of_each_type(home_page):
    """A parent of every page type, with the home page still free of an agreement index.

    The index sits under a second home page, because an agreement index is
    limited to one per parent and would otherwise hide whether one may be
    added under `home_page`.
    """
    root = Page.get_first_root_node()
    other_home = root.add_child(instance=HomePage(title="Hem 2", slug="hem-2"))
    index = AgreementIndexPageFactory(parent=other_home)
    agreement = AgreementPageFactory(parent=index)
    # An events listing is limited to one per agreement: it sits under another.
    events = EventIndexPageFactory(parent=AgreementPageFactory(parent=index))
    principle = PrinciplePageFactory(parent=agreement)
    return {
        Page: root,
        HomePage: home_page,
        AgreementIndexPage: index,
        AgreementPage: agreement,
        PrinciplePage: principle,
        StandardPage: StandardPageFactory(parent=home_page),
        EventIndexPage: events,
        EventPage: EventPageFactory(parent=events),
        ActivityPlanPage: ActivityPlanPageFactory(parent=agreement),
        FollowUpReportPage: FollowUpReportPageFactory(parent=agreement),
        BodyPage: BodyPageFactory(parent=agreement),
        # Under a second principle: one easy-to-read version per page.
        EasyReadPage: EasyReadPageFactory(parent=PrinciplePageFactory(parent=agreement)),
    }


@pytest.mark.parametrize("model", ALLOWED, ids=lambda m: m.__name__)
def test_can_create_at_exactly_the_declared_parents(one_page_of_each_type, model):
    allowed = {
        parent_type
        for parent_type, parent in one_page_of_each_type.items()
        if model.can_create_at(parent)
    }
    assert allowed == ALLOWED[model][0]


def test_agreement_index_is_limited_to_one_per_home_page(agreement_index):
    home_page = agreement_index.get_parent().specific

    assert not AgreementIndexPage.can_create_at(home_page)
    assert AgreementPage.can_create_at(home_page)
    agreement_index.delete()
    assert AgreementIndexPage.can_create_at(home_page)


@pytest.mark.parametrize(
    ("parent_type", "subpage_types"),
    [
        (Page, {HomePage, OverviewPage}),
        (HomePage, {AgreementIndexPage, AgreementPage, StandardPage, AccessibilityStatementPage}),
        (StandardPage, {StandardPage}),
        (AgreementIndexPage, {AgreementPage, ConsultationPage}),
        (
            AgreementPage,
            {
                PrinciplePage,
                EventIndexPage,
                ActivityPlanPage,
                FollowUpReportPage,
                StandardPage,
                BodyPage,
                EasyReadPage,
                ApplicationPage,
            },
        ),
        (EventIndexPage, {EventPage}),
        (PrinciplePage, {EasyReadPage}),
    ],
)
def test_admin_offers_exactly_the_allowed_page_types(
    admin_client, one_page_of_each_type, parent_type, subpage_types
):
    """The "add child page" view offers exactly the allowed types under each kind of page.

    With a single allowed type Wagtail skips the choice and redirects straight
    to that type's add form.
    """
    parent = one_page_of_each_type[parent_type]

    response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=(parent.pk,)))

    if response.status_code == 302:
        match = resolve(response["Location"])
        assert match.view_name == "wagtailadmin_pages:add"
        assert match.kwargs["parent_page_id"] == parent.pk
        offered = {
            apps.get_model(
                match.kwargs["content_type_app_name"], match.kwargs["content_type_model_name"]
            )
        }
    else:
        assert response.status_code == 200
        offered = {
            apps.get_model(app_label, model_name)
            for _name, app_label, model_name, _description in response.context["page_types"]
        }
    assert offered == subpage_types


def test_admin_offers_no_child_pages_under_an_easy_read_version(
    admin_client, one_page_of_each_type
):
    easy_read = one_page_of_each_type[EasyReadPage]

    response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=(easy_read.pk,)))

    assert_refused(admin_client, response)


def test_one_easy_read_version_per_page(one_page_of_each_type):
    easy_read = one_page_of_each_type[EasyReadPage]
    assert not EasyReadPage.can_create_at(easy_read.get_parent())
    assert EasyReadPage.can_create_at(one_page_of_each_type[PrinciplePage])
