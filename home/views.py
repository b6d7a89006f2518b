"""Site-wide error views that know about languages."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language_from_path
from django.views.decorators.http import require_safe

from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from operations import routes

from .i18n import render_untranslated
from .municipality import for_request


def find_source_page(request, path):
    """The live page at `path` in the source language's tree, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    try:
        page, _args, _kwargs = site.root_page.specific.route(request, components)
    except Http404:
        return None
    return page if page.live else None


def serve(request, path):
    """Wagtail's page serving, with "not translated yet" instead of a bare 404.

    Handled here rather than only in handler404 so that it also works with
    DEBUG on (`make run`), where Django shows its technical 404 page.
    """
    try:
        return routes.serve(request, path)
    except Http404:
        response = untranslated_response(request)
        if response is None:
            raise
        return response


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's password form of a restricted page, sending the visitor back to a local path.

    Wagtail passes the form's `return_url` to `redirect()`, which takes a
    value without "/" for the name of a URL pattern and fails with a server
    error when there is none; anything that is not a path on this site goes
    back to the page itself.
    """
    if request.method == "POST" and not request.POST.get("return_url", "").startswith("/"):
        page = Page.objects.filter(pk=page_id).first()
        data = request.POST.copy()
        data["return_url"] = (page.url if page is not None else None) or "/"
        request.POST = data
    return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)


@require_safe
def site_theme(request):
    """The site's accent colour as a stylesheet (the policy allows no inline style).

    Linked only by sites that chose a colour (home/municipality.py, which
    keeps white text on it at WCAG AA contrast); the darker shade of the
    menu bar and headings is the same colour darkened, so its contrast on
    white only grows.
    """
    municipality = for_request(request)
    colour = municipality.accent_colour if municipality else ""
    rules = ""
    if colour:
        dark = "#" + "".join(f"{int(int(colour[i : i + 2], 16) * 0.7):02x}" for i in (1, 3, 5))
        rules = f":root {{ --color-accent: {colour}; --color-accent-dark: {dark}; }}\n"
    response = HttpResponse(rules, content_type="text/css; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response


def untranslated_response(request):
    language = get_language_from_path(request.path_info)
    if language and language != settings.LANGUAGE_CODE:
        rest = request.path_info[len(language) + 2 :]
        source_page = find_source_page(request, rest)
        if source_page is not None:
            return render_untranslated(request, source_page)
    return None


def page_not_found(request, exception=None):
    """404, or "not translated yet" when the page exists in the source language."""
    return untranslated_response(request) or render(request, "404.html", status=404)
