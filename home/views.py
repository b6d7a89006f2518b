"""Site-wide error views that know about languages."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language_from_path

from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from operations import routes

from .i18n import render_untranslated


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
