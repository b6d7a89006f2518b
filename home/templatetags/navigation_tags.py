"""Site navigation: main menu and breadcrumbs, from one query per page view."""

from django import template
from django.db.models import Q

from wagtail.models import Page, Site

register = template.Library()

STEPLEN = Page.steplen


def navigation(request, page):
    """(ancestors below the tree root, menu pages of the page's home), one query, cached.

    Tree paths encode ancestry, so the ancestors' paths and the language's home
    page (the depth-2 ancestor) are known without asking the database; one
    query then fetches the ancestors and the home page's menu children together.
    """
    cache = getattr(request, "_navigation", None)
    if cache is not None and cache[0] == page.pk:
        return cache[1]
    home_path = page.path[: 2 * STEPLEN]
    ancestor_paths = [page.path[: STEPLEN * depth] for depth in range(2, page.depth)]
    pages = list(
        Page.objects.filter(
            Q(path__in=ancestor_paths)
            | Q(depth=3, path__startswith=home_path, live=True, show_in_menus=True)
        )
        .order_by("path")
        .only("id", "title", "url_path", "path", "depth", "locale_id", "show_in_menus", "live")
    )
    by_path = {p.path: p for p in pages}
    ancestors = [by_path[path] for path in ancestor_paths if path in by_path]
    menu = [p for p in pages if p.depth == 3 and p.live and p.show_in_menus]
    result = (ancestors, menu)
    request._navigation = (page.pk, result)
    return result


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Top-level pages marked "show in menus", in the current page's language."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {"root": None, "items": []}
    if isinstance(page, Page) and page.depth >= 2:
        ancestors, items = navigation(request, page)
        root = page if page.depth == 2 else (ancestors[0] if ancestors else None)
    else:
        site = Site.find_for_request(request)
        root = site.root_page.localized if site else None
        items = list(root.get_children().live().in_menu()) if root else []
    current_path = page.path if isinstance(page, Page) else ""
    return {
        "root": root,
        "items": [
            {"page": item, "current": bool(current_path) and current_path.startswith(item.path)}
            for item in items
        ],
        "request": request,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from the home page to the current page (empty on the home page)."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or page.depth <= 2 or request is None:
        return {"ancestors": []}
    ancestors, _menu = navigation(request, page)
    return {"ancestors": ancestors, "page": page, "request": request}
