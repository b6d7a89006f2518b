"""The page that hosts the affiliation form under an agreement version."""

from django.db import models
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel
from home.i18n import LocalizedPageMixin

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class ApplicationPage(LocalizedPageMixin, EditorialPageMixin, Page):
    """ "Join the agreement": the online application form of one agreement version.

    Sits directly under its `AgreementPage` (one per version), because an
    organisation joins a particular version and each version has its own
    register. The introduction and the privacy notice are page content, so
    editors write them and wagtail-localize translates them; the form itself
    is code (`forms.forms.ApplicationForm`), so its field names and the
    addresses it posts to never change with the language. `serve` handles
    the form, the receipt and the rate limit (see `forms.views`).
    """

    intro = RichTextField(
        _("introduction"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Who may join, what joining means and what happens after applying."),
    )
    privacy_notice = RichTextField(
        _("privacy notice"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Shown beside the form: what personal data is asked for, why, who sees it "
            "and how long it is kept."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("full privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: the site's complete privacy notice, linked from the form."),
    )
    receipt_text = RichTextField(
        _("text after sending"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown with the reference number once the application has been received."),
    )

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("privacy_notice"), FieldPanel("privacy_page")],
            heading=_("Personal data"),
        ),
        FieldPanel("receipt_text"),
    ]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    parent_page_types = ["agreements.AgreementPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("affiliation form")
        verbose_name_plural = _("affiliation forms")

    def get_agreement(self):
        return self.get_parent().specific

    # The form's view builds on the forms and services, which build on these
    # models: named by its path, as Django names middleware, never imported.
    form_view = "forms.views.serve_application_page"

    @classmethod
    def for_agreement(cls, agreement):
        """The live application page of an agreement version, if it has one."""
        return cls.objects.child_of(agreement).live().first()

    def serve(self, request, *args, **kwargs):
        return self.untranslated_response(request) or import_string(self.form_view)(
            self, request, *args, **kwargs
        )
