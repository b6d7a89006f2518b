"""Easy-to-read Swedish (*lättläst*) versions of agreements and principles."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel
from home.blocks import BodyStreamBlock
from home.i18n import LocalizedPageMixin


class EasyReadPage(LocalizedPageMixin, EditorialPageMixin, Page):
    """The easy-to-read Swedish version of the agreement or principle it sits under.

    A child page rather than fields on the parent, so that it has its own
    address to link to from the header and from letters, its own review
    and history, and is found by search. It is written in Swedish for
    readers who find ordinary Swedish hard (short sentences, common words,
    one idea at a time), so it lives in the Swedish tree only; the other
    languages link to it marked `lang="sv"`.
    """

    intro = models.TextField(
        _("introduction"),
        max_length=400,
        help_text=_("One or two short sentences: what this page is about."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("text"), blank=True)

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    parent_page_types = ["agreements.AgreementPage", "agreements.PrinciplePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("easy-to-read version")
        verbose_name_plural = _("easy-to-read versions")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["full_version"] = self.get_parent()
        context["easy_read_children"] = list(
            EasyReadPage.objects.live()
            .descendant_of(context["full_version"])
            .filter(depth=self.depth + 1)
            .order_by("path")
        )
        # From a principle's version, the way back to the whole agreement's.
        context["overview"] = (
            EasyReadPage.objects.live()
            .child_of(context["full_version"].get_parent())
            .exclude(pk=self.pk)
            .first()
            if self.depth > 3
            else None
        )
        return context
