"""Principles (*principer*) of an agreement."""

from django.db import models
from django.utils.functional import SimpleLazyObject
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
from .revision_comparison import RevisionComparisonMixin


class PrinciplePage(LocalizedPageMixin, EditorialPageMixin, RevisionComparisonMixin, Page):
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

    comparison_fields = [
        (_("Title"), "title", "text"),
        (_("Summary"), "summary", "text"),
        (_("Explanation"), "explanation", "rich"),
    ]
    comparison_of_commitments = True

    parent_page_types = ["agreements.AgreementPage"]
    subpage_types = ["agreements.EasyReadPage"]

    class Meta:
        verbose_name = _("principle")
        verbose_name_plural = _("principles")

    def get_commitments_by_party(self, annotate=None, agreement=None, named=()):
        """This principle's commitments by party, in the agreement's party order (one query).

        `named` are the agreement's `AgreementParty` rows; `annotate(commitments,
        agreement)` may add to them, e.g. the latest follow-up.
        """
        commitments = list(Commitment.objects.filter(page=self).order_by("sort_order", "pk"))
        if annotate is not None:
            commitments = annotate(commitments, agreement)
        return [
            {"party": party, "commitments": [c for c in commitments if c.party == party.side]}
            for party in parties_in_order(named, {c.party for c in commitments})
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        agreement = SimpleLazyObject(lambda: self.get_parent().specific)
        neighbours = SimpleLazyObject(self.get_neighbour_principles)
        groups = SimpleLazyObject(lambda: agreement.principle_commitments(self, request))
        # Each is looked up only when the template renders it: a page kept
        # in a fragment cache costs nothing.
        context.update(
            agreement=agreement,
            commitment_groups=groups,
            # Said only when true: the agreement lists commitments of its own.
            agreement_has_commitments=SimpleLazyObject(
                lambda: not groups and Commitment.objects.filter(page=agreement.pk).exists()
            ),
            published_versions=SimpleLazyObject(lambda: published_versions(self)),
            previous_principle=SimpleLazyObject(lambda: neighbours[0]),
            next_principle=SimpleLazyObject(lambda: neighbours[1]),
        )
        return context

    def get_neighbour_principles(self):
        """(the principle before this one, the one after it) among the live siblings."""
        siblings = list(
            PrinciplePage.objects.sibling_of(self)
            .live()
            .order_by("path")
            .only("id", "title", "url_path", "slug", "locale", "path")
        )
        index_of_self = next((i for i, p in enumerate(siblings) if p.pk == self.pk), None)
        previous = siblings[index_of_self - 1] if index_of_self else None
        following = (
            siblings[index_of_self + 1]
            if index_of_self is not None and index_of_self + 1 < len(siblings)
            else None
        )
        return [previous, following]
