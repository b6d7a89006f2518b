"""The page that hosts the affiliation form under an agreement version."""

from django.db import models
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from agreements.models import Party
from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel
from home.i18n import LocalizedPageMixin

from .joining import JOINER_TYPES, Confirmation, Joiner
from .organisations import OrganisationType

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

    # What the form asks applicants to confirm: only what the agreement asks for.
    asks_democratic = models.BooleanField(
        Confirmation.DEMOCRATIC.label,
        default=False,
        help_text=_("A required tick box: the organisation is democratically built."),
    )
    asks_values = models.BooleanField(
        Confirmation.VALUES.label,
        default=False,
        help_text=_(
            "A required tick box: the organisation stands behind the agreement's values, "
            "principles and commitments in full."
        ),
    )
    asks_signatory = models.BooleanField(
        Confirmation.SIGNATORY.label,
        default=False,
        help_text=_("The form asks for the name and role of the person who signs."),
    )
    asks_decision = models.BooleanField(
        Confirmation.DECISION.label,
        default=False,
        help_text=_("The form asks how and when the organisation decided to join."),
    )
    extra_confirmation = models.CharField(
        _("other confirmation"),
        max_length=300,
        blank=True,
        help_text=_(
            "Optional: one more sentence the applicant must confirm, as the agreement words "
            "it. Leave empty for none."
        ),
    )

    # Who may join: the form's types of organisation follow.
    open_to_organisations = models.BooleanField(Joiner.ORGANISATIONS.label, default=False)
    open_to_networks = models.BooleanField(Joiner.NETWORKS.label, default=False)
    open_to_municipal_bodies = models.BooleanField(Joiner.MUNICIPAL_BODIES.label, default=False)
    open_to_municipal_companies = models.BooleanField(
        Joiner.MUNICIPAL_COMPANIES.label, default=False
    )
    open_to_others = models.BooleanField(Joiner.OTHERS.label, default=False)

    joins_party = models.CharField(
        _("signing also means joining"),
        max_length=20,
        choices=Party.choices,
        blank=True,
        help_text=_(
            "Only if the agreement says so: the party (e.g. a named network) that an "
            "organisation also joins by signing. The page and the form name it as the "
            "agreement names the party."
        ),
    )

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("asks_democratic"),
                FieldPanel("asks_values"),
                FieldPanel("asks_signatory"),
                FieldPanel("asks_decision"),
                FieldPanel("extra_confirmation"),
            ],
            heading=_("What applicants confirm"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("open_to_organisations"),
                FieldPanel("open_to_networks"),
                FieldPanel("open_to_municipal_bodies"),
                FieldPanel("open_to_municipal_companies"),
                FieldPanel("open_to_others"),
                FieldPanel("joins_party"),
            ],
            heading=_("Who may join"),
        ),
        InlinePanel(
            "must_join_bodies",
            heading=_("Committees and administrations that must join"),
            label=_("Committee or administration"),
        ),
        InlinePanel(
            "paper_form_places",
            heading=_("Places with a paper form"),
            label=_("Place"),
        ),
        MultiFieldPanel(
            [FieldPanel("privacy_notice"), FieldPanel("privacy_page")],
            heading=_("Personal data"),
        ),
        FieldPanel("receipt_text"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("joins_party"),
    ]

    parent_page_types = ["agreements.AgreementPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("affiliation form")
        verbose_name_plural = _("affiliation forms")

    def get_agreement(self):
        return self.get_parent().specific

    # -- the agreement's rules for joining ----------------------------------------

    ASKS = {
        Confirmation.DEMOCRATIC: "asks_democratic",
        Confirmation.VALUES: "asks_values",
        Confirmation.SIGNATORY: "asks_signatory",
        Confirmation.DECISION: "asks_decision",
    }
    OPEN_TO = {
        Joiner.ORGANISATIONS: "open_to_organisations",
        Joiner.NETWORKS: "open_to_networks",
        Joiner.MUNICIPAL_BODIES: "open_to_municipal_bodies",
        Joiner.MUNICIPAL_COMPANIES: "open_to_municipal_companies",
        Joiner.OTHERS: "open_to_others",
    }

    def asks(self, confirmation):
        return getattr(self, self.ASKS[confirmation])

    def joiners(self):
        """Who may join, as chosen by staff, in the order of `Joiner`; empty if not stated."""
        return [joiner for joiner, field in self.OPEN_TO.items() if getattr(self, field)]

    def organisation_types(self):
        """The form's types of organisation: those of the chosen joiners, or all if none chosen.

        An agreement that does not say who may join restricts nobody; the
        page then says nothing about it either.
        """
        joiners = self.joiners()
        if not joiners:
            return list(OrganisationType)
        allowed = {kind for joiner in joiners for kind in JOINER_TYPES[joiner]}
        return [kind for kind in OrganisationType if kind in allowed]

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
