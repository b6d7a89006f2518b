"""Admin integration: translation review and its authors, the report, the dashboard panel."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from .localize_views import MunicipalitySnippetViewSet, MunicipalityTranslationsReportView
from .status import translation_status
from .views import submit_translation_for_review, translation_for_page, translation_report


@hooks.register("register_admin_urls", order=-1)
def register_localize_urls_within_municipalities():
    """wagtail-localize's report and snippet API at its own URLs, narrowed to the user's
    municipalities; ahead of wagtail-localize's (order -1), so these answer there."""
    return [
        path(
            "localize/reports/translations/",
            MunicipalityTranslationsReportView.as_view(),
            name="translations_localize_report",
        ),
        path(
            "localize/reports/translations/results/",
            MunicipalityTranslationsReportView.as_view(results_only=True),
            name="translations_localize_report_results",
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
            MunicipalitySnippetViewSet.as_view({"get": "list"}),
            name="translations_localize_snippets_listing",
        ),
    ]


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        path(
            "translations/submit/<int:page_id>/",
            submit_translation_for_review,
            name="translations_submit_for_review",
        ),
        path("translations/report/", translation_report, name="translations_report"),
    ]


@hooks.register("editorial_change_authors")
def string_translators(obj, since):
    """Who translated the strings of a translated page since its live version.

    Their text is in the draft that "Submit translation for review" saves
    under someone else's name, so four eyes counts them as its authors too.
    """
    if not isinstance(obj, Page):
        return []
    translation = translation_for_page(obj)
    if translation is None:
        return []
    strings = StringTranslation.objects.filter(
        locale_id=translation.target_locale_id,
        context__object_id=translation.source.object_id,
        last_translated_by__isnull=False,
    )
    if since is not None:
        strings = strings.filter(updated_at__gt=since)
    return strings.values_list("last_translated_by", flat=True).distinct()


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return MenuItem(_("Translations"), reverse("translations_report"), icon_name="globe", order=700)


@hooks.register("register_page_header_buttons")
def submit_translation_button(page, user, view_name=None, next_url=None):
    if translation_for_page(page) is None:
        return
    if page.workflow_in_progress or not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        _("Submit translation for review"),
        reverse("translations_submit_for_review", args=(page.pk,)),
        icon_name="resubmit",
        priority=5,
    )


class TranslationStatusPanel(Component):
    """Missing and outdated translations per language, at a glance."""

    name = "translation_status"
    template_name = "translations/dashboard_panel.html"
    order = 160

    def get_context_data(self, parent_context):
        return {
            "languages": translation_status(parent_context["request"].user),
            "report_url": reverse("translations_report"),
        }


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panels.append(TranslationStatusPanel())
