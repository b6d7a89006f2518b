"""The home page and the standard content page."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel

from .blocks import BodyStreamBlock
from .i18n import LocalizedPageMixin


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
    ]

    class Meta:
        verbose_name = _("home page")

    def get_current_agreement(self):
        """The agreement in force (or extended) in this page's language, else the newest."""
        from agreements.models import AgreementPage, AgreementStatus

        agreements = list(
            AgreementPage.objects.live().descendant_of(self).order_by("-valid_from", "path")
        )
        AgreementPage.attach_superseded_dates(agreements)
        for agreement in agreements:
            if agreement.status in (AgreementStatus.IN_FORCE, AgreementStatus.EXTENDED):
                return agreement
        return agreements[0] if agreements else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        agreement = self.get_current_agreement()
        context["agreement"] = agreement
        context["principles"] = list(agreement.get_principles()) if agreement else []
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
