"""The public comparison of an agreement version with the version it replaces."""

from django.db.models import Q
from django.http import Http404
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale

from agreements.comparison import compare_commitments, compare_principles
from home.i18n import locale_code

from .commitments import AgreementParty, Commitment, parties_in_order
from .decisions import Decision
from .principles import PrinciplePage

#: What the side-by-side table compares, in order: (label, row kind).
SIDE_BY_SIDE = [
    (_("Period"), "period"),
    (_("To be reviewed"), "review"),
    (_("Binds"), "scope"),
    (_("Decisions"), "decisions"),
]


def decision_facts(decision):
    return (decision.kind, decision.body, decision.date, decision.record_number, decision.paragraph)


class VersionComparisonMixin(RoutablePageMixin):
    """Adds `jamforelse/` to an agreement version that replaces another: what changed.

    Principles added, removed, renamed or merged; commitments added, removed
    or reworded per party; period, review, scope and decisions side by side.
    Compared in the reader's language when both versions exist in it;
    otherwise in the source language (Swedish), marked as such, because a
    comparison of a translation with an untranslated text would show every
    word as changed.

    A fixed number of queries whatever the size (see `version_comparison`),
    and the result sits in a fragment cache, so it is computed only when a
    publication has changed something.
    """

    @path("jamforelse/", name="version_comparison")
    def version_comparison_view(self, request):
        pair = self.comparison_pair()
        if pair is None:
            raise Http404
        old, new = pair
        return render(
            request,
            "agreements/comparison/version_comparison.html",
            {
                "page": self,
                "self": self,
                "old": old,
                "new": new,
                "compared_in": locale_code(new.locale_id),
                "in_other_language": new.locale_id != self.locale_id,
                "comparison": SimpleLazyObject(lambda: self.version_comparison(old, new)),
            },
        )

    def comparison_pair(self):
        """(the version replaced, the version replacing it) in one language, or None.

        The replaced version in this page's language if it has one, else this
        page's source version and the version it replaces. Two queries.
        """
        if not self.replaces_id:
            return None
        model = type(self)
        replaced = model.objects.live().filter(pk=self.replaces_id).first()
        if replaced is None:
            return None
        if replaced.locale_id == self.locale_id:
            return replaced, self
        candidates = list(
            model.objects.live().filter(
                Q(translation_key=replaced.translation_key, locale_id=self.locale_id)
                | Q(translation_key=self.translation_key, locale=Locale.get_default())
            )
        )
        for page in candidates:
            if page.translation_key == replaced.translation_key:
                return page, self
        for page in candidates:
            if page.pk != self.pk and page.replaces_id == replaced.pk:
                return replaced, page
        return None

    def version_comparison(self, old, new):
        """Everything the comparison shows, in four queries at any size.

        The live principles of both versions, all their commitments and the
        versions' own, both versions' party names, and both versions'
        decisions.
        """
        principles = list(
            PrinciplePage.objects.live()
            .filter(
                Q(path__startswith=old.path, depth=old.depth + 1)
                | Q(path__startswith=new.path, depth=new.depth + 1)
            )
            .order_by("path")
            .only(
                *("id", "title", "slug", "summary", "explanation", "url_path"),
                *("path", "depth", "locale_id"),
            )
        )
        old_principles = [p for p in principles if p.path.startswith(old.path)]
        new_principles = [p for p in principles if p.path.startswith(new.path)]
        pages = {old.pk: old.pk, new.pk: new.pk}
        pages.update({p.pk: old.pk for p in old_principles})
        pages.update({p.pk: new.pk for p in new_principles})
        commitments = list(
            Commitment.objects.filter(page_id__in=pages).order_by("sort_order", "pk")
        )
        named = list(AgreementParty.objects.filter(page_id__in=[old.pk, new.pk]))
        old_named = [p for p in named if p.page_id == old.pk]
        new_named = [p for p in named if p.page_id == new.pk]
        decisions = list(Decision.objects.filter(page_id__in=[old.pk, new.pk]))
        for version in (old, new):
            version.__dict__["decision_list"] = [d for d in decisions if d.page_id == version.pk]
        old_commitments = [c for c in commitments if pages[c.page_id] == old.pk]
        new_commitments = [c for c in commitments if pages[c.page_id] == new.pk]
        new_sides = {p.side for p in new_named}
        parties = parties_in_order(
            new_named + [p for p in old_named if p.side not in new_sides],
            {c.party for c in commitments},
        )
        old_parties = {}
        for party in old_named:
            old_parties.setdefault(party.side, party)
        principle_rows = compare_principles(old_principles, new_principles)
        party_groups = compare_commitments(old_commitments, new_commitments, parties, old_parties)
        return {
            "principles": principle_rows,
            "principles_changed": any(r["kind"] != "unchanged" for r in principle_rows),
            "parties": party_groups,
            "commitments_changed": any(
                g["added"] or g["removed"] or g["reworded"] for g in party_groups
            ),
            "side_by_side": [
                {"label": label, "kind": kind, "changed": self.row_changed(kind, old, new)}
                for label, kind in SIDE_BY_SIDE
            ],
        }

    @staticmethod
    def row_changed(kind, old, new):
        if kind == "period":
            return (old.period_text, old.extension_years) != (new.period_text, new.extension_years)
        if kind == "review":
            return old.review_text != new.review_text
        if kind == "scope":
            return (old.scope, old.scope_details) != (new.scope, new.scope_details)
        return [decision_facts(d) for d in old.decision_list] != [
            decision_facts(d) for d in new.decision_list
        ]
