"""The aggregated open data, served only on the overview's own host."""

import json

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_safe

from wagtail.models import Site

from forms.exports import CSV_CONTENT_TYPE

from . import opendata
from .listing import overview_rows
from .models import OverviewPage, fresh


def require_overview_site(request):
    """404 unless the request's site is an overview: no municipality's host serves the aggregate."""
    site = Site.find_for_request(request)
    if site is None or site.root_page.specific_class is not OverviewPage:
        raise Http404


def open_data(response):
    response["Access-Control-Allow-Origin"] = "*"
    return fresh(response)


@require_safe
def signatories_json(request):
    """Every listed signatory of every current agreement, with its municipality, as JSON."""
    require_overview_site(request)
    rows = opendata.signatory_rows(overview_rows())
    data = {
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "count": len(rows),
        "signatories": rows,
    }
    return open_data(
        HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
    )


@require_safe
def signatories_csv(request):
    """The same as CSV (UTF-8 with a byte-order mark, as every open data CSV here)."""
    require_overview_site(request)
    response = HttpResponse(
        opendata.as_csv(opendata.signatory_rows(overview_rows())), content_type=CSV_CONTENT_TYPE
    )
    response["Content-Disposition"] = 'inline; filename="signatories.csv"'
    return open_data(response)
