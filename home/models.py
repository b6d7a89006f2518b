"""The home page and the standard content page."""

from django.apps import apps
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel

from .blocks import BodyStreamBlock
from .i18n import LocalizedPageMixin

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


def agreement_page_model():
    """The agreement page type, by its label: the agreements app builds on this one.

    The home page shows the agreement in force, but `home` is the shell every
    app depends on, so it names the agreement page as Wagtail's
    `subpage_types` do, and never imports the agreements app.
    """
    return apps.get_model("agreements", "AgreementPage")


class HomePage(LocalizedPageMixin, EditorialPageMixin, Page):
    """The root of the public site in each language.

    Points residents straight at the agreement currently in force and its
    principles: that is what almost every visitor comes for.
    """

    intro = models.TextField(_("introduction"), max_length=1000, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "agreements.AgreementIndexPage",
        "agreements.AgreementPage",
        "home.StandardPage",
        "home.AccessibilityStatementPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_agreements(self):
        """The live agreement versions in this page's language, newest first (three queries)."""
        AgreementPage = agreement_page_model()
        agreements = list(
            AgreementPage.objects.live()
            .descendant_of(self)
            .order_by(*AgreementPage.NEWEST_FIRST)
            .prefetch_related("decisions")
        )
        AgreementPage.attach_superseded_dates(agreements)
        return agreements

    def get_current_agreement(self, request=None):
        """The municipality's current document in this page's language.

        The agreement in force (or extended); else the newest document whose
        text gives no status (a declaration or leaflet without a period), if
        nothing replaces it; else the newest version.
        """
        agreements = self.get_agreements()
        for agreement in agreements:
            if agreement.applies:
                return agreement
        for agreement in agreements:
            if agreement.status is None and agreement.superseded_on is None:
                return agreement
        return agreements[0] if agreements else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Looked up only when the template renders them (not from a fragment cache).
        agreement = SimpleLazyObject(lambda: self.get_current_agreement(request))
        context["agreement"] = agreement
        context["principles"] = SimpleLazyObject(
            lambda: list(agreement.get_principles()) if agreement else []
        )
        return context


class StandardPage(LocalizedPageMixin, EditorialPageMixin, Page):
    """A plain content page: about the agreement, how to join, privacy notice.

    Allowed under the home page, under an agreement (for pages that belong
    to one version) and under another standard page (for short sections).
    """

    intro = models.TextField(_("introduction"), max_length=1000, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    parent_page_types = ["home.HomePage", "home.StandardPage", "agreements.AgreementPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class AccessibilityStatementPage(LocalizedPageMixin, EditorialPageMixin, Page):
    """The accessibility statement (*tillgänglighetsredogörelse*) the law requires.

    Swedish public bodies publish it in the structure the Agency for Digital
    Government (DIGG) recommends: how accessible the site is, what to do if
    you cannot use a part of it, how to report a problem, the supervisory
    authority and its enforcement procedure, then the technical statement
    (compliance status, content that is not accessible and why, how the site
    was tested, dates). The headings and the fixed sentences come from the
    template, so every statement has the same structure in every language;
    editors write only what is particular to this site.
    """

    class Compliance(models.TextChoices):
        FULL = "full", _("Fully compliant")
        PARTIAL = "partial", _("Partially compliant")
        NONE = "none", _("Not compliant")

    intro = models.TextField(_("introduction"), max_length=1000, blank=True)
    compliance = models.CharField(
        _("compliance status"),
        max_length=10,
        choices=Compliance.choices,
        default=Compliance.PARTIAL,
        help_text=_(
            "With the law on accessibility of digital public services (WCAG 2.1 AA). "
            "Only choose 'fully' when every requirement has been tested and is met."
        ),
    )
    how_accessible = RichTextField(
        _("how accessible is the website"),
        features=RICH_TEXT_FEATURES,
        help_text=_("A plain summary: what works and what does not yet."),
    )
    alternatives = RichTextField(
        _("if you cannot use parts of the website"),
        features=RICH_TEXT_FEATURES,
        help_text=_("How to get the content in another way, e.g. by phone or e-mail."),
    )
    report_problem = RichTextField(
        _("how to report a problem"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Where to report, and how soon we answer."),
    )
    contact = models.ForeignKey(
        "agreements.ContactPoint",
        verbose_name=_("contact point"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where problems are reported; shown under 'how to report a problem'."),
    )
    enforcement = RichTextField(
        _("supervisory authority and enforcement"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The Agency for Digital Government (DIGG) and how to report to it."),
    )
    non_compliance = RichTextField(
        _("non-compliance with the legal requirements"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Each known shortcoming: what it is, which WCAG criterion, when it is fixed."),
    )
    disproportionate_burden = RichTextField(
        _("disproportionate burden"),
        features=RICH_TEXT_FEATURES,
        blank=True,
    )
    out_of_scope = RichTextField(
        _("content not within the scope of the law"),
        features=RICH_TEXT_FEATURES,
        blank=True,
    )
    testing_method = RichTextField(
        _("how we tested the website"), features=RICH_TEXT_FEATURES, blank=True
    )
    assessed_on = models.DateField(_("last assessed on"), null=True, blank=True)
    statement_published_on = models.DateField(_("statement published on"))
    statement_updated_on = models.DateField(_("statement last updated on"), null=True, blank=True)

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("how_accessible"),
        FieldPanel("alternatives"),
        MultiFieldPanel(
            [FieldPanel("report_problem"), FieldPanel("contact")],
            heading=_("Reporting problems"),
        ),
        FieldPanel("enforcement"),
        MultiFieldPanel(
            [
                FieldPanel("compliance"),
                FieldPanel("non_compliance"),
                FieldPanel("disproportionate_burden"),
                FieldPanel("out_of_scope"),
                FieldPanel("testing_method"),
                FieldPanel("assessed_on"),
            ],
            heading=_("Technical information"),
        ),
        FieldRowPanel([FieldPanel("statement_published_on"), FieldPanel("statement_updated_on")]),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("how_accessible"),
        index.SearchField("non_compliance"),
    ]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")


# The municipality's identity, a site setting (home/municipality.py), made
# known to Django here, where it looks for the app's models.
from .municipality import MunicipalitySettings  # noqa: E402, F401
