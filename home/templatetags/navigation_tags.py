"""Site navigation: main menu and breadcrumbs, a fixed number of queries each."""

from django import template

from wagtail.models import Page, Site

register = template.Library()


def _localized_root(request, page):
    """The home page in the language being read (falls back to the site root)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    if page is not None and page.locale_id != root.locale_id:
        return root.get_translation_or_none(page.locale) or root
    return root


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Top-level pages marked "show in menus", in the current page's language."""
    request = context.get("request")
    page = context.get("page")
    root = _localized_root(request, page) if request else None
    items = list(root.get_children().live().in_menu().specific(defer=True)) if root else []
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
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": []}
    ancestors = list(Page.objects.ancestor_of(page).filter(depth__gt=1).order_by("depth"))
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}
