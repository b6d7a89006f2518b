"""The national overview page: the root of an optional overview site on its own host name."""

from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from home.i18n import LocalizedPageMixin
from home.municipality import County

from . import principles
from .listing import overview_rows, status_choices


def fresh(response):
    """Never kept in the shared page cache: publishing in any municipality changes it.

    The page cache is purged per site (a publication in one municipality
    leaves the others cached), and the overview belongs to no
    municipality's site; `no-cache` makes every reader (and CDN) ask again.
    """
    patch_cache_control(response, no_cache=True)
    return response


def row_label(row, rows):
    """The municipality, and the agreement's title when the municipality has two listed."""
    if sum(1 for other in rows if other.site.pk == row.site.pk) > 1:
        return f"{row.municipality}: {row.agreement.title}"
    return row.municipality


class OverviewPage(LocalizedPageMixin, Page):
    """Every municipality's current agreement side by side, with open data of every register.

    The root page of an overview Site (its own host name, e.g.
    oversikt.localhost), directly below the tree root: it lists what every
    other site publishes and has no pages of its own below it. Open data:
    none: the aggregated open data is at /open-data/national/ on the
    overview's host (overview/urls.py).
    """

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = []

    class Meta:
        verbose_name = _("national overview")

    @staticmethod
    def filters(request):
        """The county and status asked for, when they are ones the page offers."""
        county = request.GET.get("county", "")
        status = request.GET.get("status", "")
        counties = dict(County.choices)
        statuses = dict(status_choices())
        return (county if county in counties else ""), (status if status in statuses else "")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        rows = overview_rows()
        county, status = self.filters(request)
        shown = [
            row
            for row in rows
            if (not county or row.county == county) and (not status or row.status == status)
        ]
        for row in shown:
            row.url = row.agreement.get_full_url(request)
            if row.next_forum is not None:
                row.next_forum_url = row.next_forum.get_full_url(request)
        present = {row.county for row in rows}
        context.update(
            rows=shown,
            total=len(rows),
            county=county,
            status=status,
            filtered=bool(county or status),
            county_choices=[(v, label) for v, label in County.choices if v in present],
            status_choices=status_choices(),
            comparison=principles.comparison(
                [(row_label(row, shown), row.principles) for row in shown]
            ),
        )
        return context

    def serve(self, request, *args, **kwargs):
        return fresh(super().serve(request, *args, **kwargs))
