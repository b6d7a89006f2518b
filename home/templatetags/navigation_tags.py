"""Site navigation: main menu and breadcrumbs from one query for the page's ancestors."""

from django import template

from wagtail.models import Page, Site

register = template.Library()


def page_ancestors(request, page):
    """The page's ancestors below the tree root, shallowest first; one query per request."""
    cache = getattr(request, "_page_ancestors", None)
    if cache is None or cache[0] != page.pk:
        ancestors = list(
            Page.objects.ancestor_of(page)
            .filter(depth__gt=1)
            .order_by("depth")
            .only("id", "title", "url_path", "path", "depth", "numchild", "locale_id")
        )
        cache = (page.pk, ancestors)
        request._page_ancestors = cache
    return cache[1]


def language_root(request, page):
    """The home page of the language being read."""
    if isinstance(page, Page):
        if page.depth == 2:
            return page
        ancestors = page_ancestors(request, page)
        if ancestors:
            return ancestors[0]
    site = Site.find_for_request(request)
    return site.root_page.localized if site else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Top-level pages marked "show in menus", in the current page's language."""
    request = context.get("request")
    page = context.get("page")
    root = language_root(request, page) if request else None
    items = list(root.get_children().live().in_menu().only("id", "title", "url_path", "path"))
    current_path = page.path if isinstance(page, Page) else ""
    return {
        "root": root,
        "items": [
            {"page": item, "current": bool(current_path) and current_path.startswith(item.path)}
            for item in items
        ]
        if root
        else [],
        "request": request,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from the home page to the current page (empty on the home page)."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or page.depth <= 2 or request is None:
        return {"ancestors": []}
    return {"ancestors": page_ancestors(request, page), "page": page, "request": request}
