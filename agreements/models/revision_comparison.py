"""A public comparison of each published version of a page with the one before it."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from agreements.comparison import compare_fields, diff_items
from editorial.versions import published_revision_pair


class RevisionComparisonMixin(RoutablePageMixin):
    """Adds `versioner/<revision>/`: what changed in that publication, word by word.

    The page's public list of published versions links each version here
    (`agreements/includes/published_versions.html`). Only published
    revisions are reachable, each compared with the publication before it;
    both are rebuilt from their stored content onto this page, so nothing
    of the live page or of a draft leaks into either side.

    `comparison_fields` are (label, field name, "text" or "rich");
    `comparison_of_commitments` says the page carries inline commitments to
    compare (every page has the relation, since a commitment may sit on any
    page, but only principles and agreements offer it to editors).
    """

    comparison_fields = [(_("Title"), "title", "text")]
    comparison_of_commitments = False

    @path("versioner/<int:revision_id>/", name="revision_comparison")
    def revision_comparison_view(self, request, revision_id):
        pair = published_revision_pair(self, revision_id)
        if pair is None:
            raise Http404
        old, new = (
            {**side, "page": self.with_content_json(side["revision"].content)} for side in pair
        )
        commitments = None
        if self.comparison_of_commitments:
            commitments = diff_items(
                list(old["page"].commitments.all()), list(new["page"].commitments.all())
            )
            if not (commitments["added"] or commitments["removed"] or commitments["reworded"]):
                commitments = None
        return render(
            request,
            "agreements/comparison/revision_comparison.html",
            {
                "page": self,
                "self": self,
                "old": old,
                "new": new,
                "fields": compare_fields(old["page"], new["page"], self.comparison_fields),
                "commitments": commitments,
            },
        )
