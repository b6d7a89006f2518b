"""The admin's list of consultation answers: moderate, handle, export; for the moderators only.

A Wagtail `ModelViewSet` on the affiliation viewsets' base (simple-history
view with restore, spreadsheet export opening as UTF-8, formula-safe text).
The edit view is the moderation form: publish or hide (with a reason) and
the handling (accepted, partly, not accepted, with a reason). What the
respondent wrote is shown in the inspect view and never edited here.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.models import Locale

import django_filters

from consultations.models import (
    CommentStatus,
    ConsultationComment,
    ConsultationPage,
    Handling,
)
from forms.viewsets import AffiliationModelViewSet


def source_consultations():
    try:
        return ConsultationPage.objects.filter(locale=Locale.get_default()).order_by("-opens_on")
    except Locale.DoesNotExist:
        return ConsultationPage.objects.order_by("-opens_on")


class CommentFilterSet(WagtailFilterSet):
    consultation = django_filters.ModelChoiceFilter(
        label=_("Consultation"), queryset=lambda request: source_consultations()
    )
    status = django_filters.ChoiceFilter(label=_("Moderation"), choices=CommentStatus.choices)
    handling = django_filters.ChoiceFilter(label=_("Handling"), choices=Handling.choices)

    class Meta:
        model = ConsultationComment
        fields = ["consultation", "status", "handling"]


class ConsultationCommentViewSet(AffiliationModelViewSet):
    """Answers to consultations; filter by consultation to moderate and handle one."""

    model = ConsultationComment
    name = "consultations_comment"
    url_prefix = "consultations/answers"
    icon = "comment"
    menu_label = _("Consultation answers")
    menu_order = 270
    add_to_admin_menu = True
    filterset_class = CommentFilterSet
    ordering = ["-created_at"]
    list_display = [
        "reference",
        Column("consultation", label=_("Consultation"), accessor="consultation"),
        "target_label",
        "organisation_name",
        "status",
        "handling",
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
    ]
    search_fields = ["reference", "organisation_name", "comment"]
    search_backend_name = None
    inspect_view_fields = [
        "reference",
        "consultation",
        "target_kind",
        "target_label",
        "respondent_kind",
        "organisation_name",
        "organisation_type",
        "contact_name",
        "contact_email",
        "contact_phone",
        "comment",
        "proposed_wording",
        "language",
        "created_at",
        "status",
        "hidden_reason",
        "handling",
        "handling_reason",
        "receipt_sent_at",
        "personal_data_removed_at",
    ]
    # The export is for the report's work: no contact details.
    list_export = [
        "reference",
        "consultation",
        "target_label",
        "get_respondent_kind_display",
        "organisation_name",
        "get_organisation_type_display",
        "comment",
        "proposed_wording",
        "get_status_display",
        "get_handling_display",
        "handling_reason",
        "created_at",
    ]
    export_text_fields = [
        "consultation",
        "target_label",
        "organisation_name",
        "comment",
        "proposed_wording",
        "handling_reason",
    ]
    export_headings = {
        "get_respondent_kind_display": _("Answered as"),
        "get_organisation_type_display": _("Type of organisation"),
        "get_status_display": _("Moderation"),
        "get_handling_display": _("Handling"),
    }
    export_filename = "consultation-answers"
    # The moderator reads what was written beside the form; only the
    # moderation and the handling are edited (and restored from history).
    panels = [
        FieldPanel("target_label", read_only=True),
        FieldPanel("organisation_name", read_only=True),
        FieldPanel("comment", read_only=True),
        FieldPanel("proposed_wording", read_only=True),
        FieldPanel("status"),
        FieldPanel("hidden_reason"),
        FieldPanel("handling"),
        FieldPanel("handling_reason"),
    ]
