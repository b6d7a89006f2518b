"""Principles (*principer*) of an agreement."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel
from editorial.versions import published_versions
from home.i18n import LocalizedPageMixin

from .commitments import Commitment, parties_in_order
from .party_forms import PrinciplePageForm


class PrinciplePage(LocalizedPageMixin, EditorialPageMixin, Page):
    """One principle of an agreement (e.g. independence, dialogue, diversity).

    A page of its own, under its agreement version, because residents link to
    a principle and read it alone, and each principle carries the
    commitments the parties made under it (when the agreement is laid out
    that way).
    """

    summary = models.TextField(
        _("short summary"),
        max_length=400,
        blank=True,
        help_text=_(
            "One sentence shown in the agreement's list of principles; "
            "leave empty if the text has none."
        ),
    )
    explanation = RichTextField(
        _("explanation"), features=["bold", "italic", "link", "ol", "ul"], blank=True
    )

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("explanation"),
        InlinePanel("commitments", heading=_("Commitments"), label=_("Commitment")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("explanation"),
        # Commitments are Orderables of the page: indexed with it.
        index.RelatedFields("commitments", [index.SearchField("text")]),
    ]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    base_form_class = PrinciplePageForm

    parent_page_types = ["agreements.AgreementPage"]
    subpage_types = ["agreements.EasyReadPage"]

    class Meta:
        verbose_name = _("principle")
        verbose_name_plural = _("principles")

    def get_commitments_by_party(self, annotate=None, agreement=None, named=()):
        """This principle's commitments by party, in the agreement's party order (one query).

        `named` are the agreement's `AgreementParty` rows; `annotate(queryset,
        agreement)` may add annotations, e.g. the latest follow-up.
        """
        queryset = Commitment.objects.filter(page=self)
        if annotate is not None:
            queryset = annotate(queryset, agreement)
        commitments = list(queryset.order_by("sort_order", "pk"))
        return [
            {"party": party, "commitments": [c for c in commitments if c.party == party.side]}
            for party in parties_in_order(named, {c.party for c in commitments})
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        agreement = self.get_parent().specific
        siblings = list(
            PrinciplePage.objects.sibling_of(self)
            .live()
            .order_by("path")
            .only("id", "title", "url_path", "slug", "locale", "path")
        )
        index_of_self = next((i for i, p in enumerate(siblings) if p.pk == self.pk), None)
        groups = agreement.principle_commitments(self, request)
        context.update(
            agreement=agreement,
            commitment_groups=groups,
            # Said only when true: the agreement lists commitments of its own.
            agreement_has_commitments=not groups
            and Commitment.objects.filter(page=agreement).exists(),
            published_versions=published_versions(self, request=request),
            previous_principle=siblings[index_of_self - 1] if index_of_self else None,
            next_principle=siblings[index_of_self + 1]
            if index_of_self is not None and index_of_self + 1 < len(siblings)
            else None,
        )
        return context
