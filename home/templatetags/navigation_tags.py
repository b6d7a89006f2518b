"""Site navigation: main menu, breadcrumbs and the header's and footer's links, in one query.

The links (`site_links`) are looked up first in a page's rendering, and
fetch the page's navigation with them.
"""

from django import template
from django.apps import apps
from django.db.models import F, Q

from wagtail.models import Page, Site

register = template.Library()

STEPLEN = Page.steplen


def navigation(page):
    """(ancestors below the tree root, menu pages of the page's home): one query.

    Tree paths encode ancestry, so the ancestors' paths and the language's home
    page (the depth-2 ancestor) are known without asking the database; one
    query then fetches the ancestors and the home page's menu children together.
    """
    pages = list(
        Page.objects.filter(navigation_condition(page)).order_by("path").only(*NAVIGATION_FIELDS)
    )
    return navigation_of(page, pages)


NAVIGATION_FIELDS = (
    "id",
    "title",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "show_in_menus",
    "live",
)


def ancestor_paths(page):
    return [page.path[: STEPLEN * depth] for depth in range(2, page.depth)]


def navigation_condition(page):
    """The rows of `navigation(page)`: its ancestors and its home page's menu pages."""
    home_path = page.path[: 2 * STEPLEN]
    return Q(path__in=ancestor_paths(page)) | Q(
        depth=3, path__startswith=home_path, live=True, show_in_menus=True
    )


def navigation_of(page, pages):
    """(ancestors, menu pages) of `page` among `pages` (rows in tree order, maybe more)."""
    home_path = page.path[: 2 * STEPLEN]
    by_path = {p.path: p for p in pages}
    ancestors = [by_path[path] for path in ancestor_paths(page) if path in by_path]
    menu = [
        p
        for p in pages
        if p.depth == 3 and p.path.startswith(home_path) and p.live and p.show_in_menus
    ]
    return ancestors, menu


def page_navigation(context, page):
    """`navigation(page)`, once per page rendered (the site name, menu and breadcrumbs share it).

    Kept in the template's render context, which lives exactly as long as
    one rendering of the page.
    """
    key = (__name__, page.pk)
    if key not in context.render_context:
        context.render_context[key] = navigation(page)
    return context.render_context[key]


def menu(context):
    """(the language's home page, its menu pages) for the current page."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return None, []
    if isinstance(page, Page) and page.depth >= 2:
        ancestors, items = page_navigation(context, page)
        root = page if page.depth == 2 else (ancestors[0] if ancestors else None)
    else:
        site = Site.find_for_request(request)
        root = site.root_page.localized if site else None
        items = list(root.get_children().live().in_menu()) if root else []
    return root, items


@register.inclusion_tag("includes/site_name.html", takes_context=True)
def site_name(context):
    """The name of the site, linking to the home page in the current page's language."""
    from ..municipality import for_request

    root, _items = menu(context)
    request = context.get("request")
    return {"root": root, "request": request, "municipality": for_request(request)}


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Top-level pages marked "show in menus", in the current page's language."""
    root, items = menu(context)
    page = context.get("page")
    current_path = page.path if isinstance(page, Page) else ""
    return {
        "root": root,
        "items": [
            {"page": item, "current": bool(current_path) and current_path.startswith(item.path)}
            for item in items
        ],
        "request": context.get("request"),
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from the home page to the current page (empty on the home page)."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or page.depth <= 2 or request is None:
        return {"ancestors": []}
    ancestors, _menu = page_navigation(context, page)
    return {"ancestors": ancestors, "page": page, "request": request}


@register.simple_tag(takes_context=True)
def site_links(context):
    """Links in every page's header and footer, in one query.

    - `page_easy_read`: the easy-to-read version of the page being shown, if
      it has one (easy-to-read texts are Swedish and live in the Swedish
      tree, under the Swedish version of their agreement or principle);
    - `easy_read`: that, else the easy-to-read version of the agreement being
      read (the agreement the page belongs to; outside every agreement, the
      home page's current one), else nothing: never another version's.
    - `accessibility_statement`: in the page's language if translated, else Swedish.

    Once per rendering: the header and the footer both show them.
    """
    key = (__name__, "site_links")
    if key not in context.render_context:
        context.render_context[key] = find_site_links(context)
    return context.render_context[key]


def find_site_links(context):
    """The links of `site_links`, looked up."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import OuterRef, Subquery
    from django.db.models.functions import Left, Length
    from django.utils.translation import get_language

    from ..models import AccessibilityStatementPage, agreement_page_model

    # Named by label: the agreements app builds on this one (home/models.py).
    AgreementPage = agreement_page_model()
    EasyReadPage = apps.get_model("agreements", "EasyReadPage")

    from operations.sites import home_condition, with_home_path

    page = context.get("page")
    request = context.get("request")
    language = get_language() or settings.LANGUAGE_CODE
    home_path = site_home_path(request, page)
    if home_path is None:
        return {"page_easy_read": None, "easy_read": None, "accessibility_statement": None}
    easy_read_type = ContentType.objects.get_for_model(EasyReadPage)
    statement_type = ContentType.objects.get_for_model(AccessibilityStatementPage)
    parents = Page.objects.filter(path=OuterRef("parent_path"))
    links = (
        Q(live=True)
        & home_condition(home_path)
        & (
            Q(content_type=easy_read_type, locale__language_code=settings.LANGUAGE_CODE)
            | Q(
                content_type=statement_type,
                locale__language_code__in={language, settings.LANGUAGE_CODE},
            )
        )
    )
    # The page's navigation (menu, breadcrumbs) in the same query, when it
    # is still to be looked up in this rendering.
    navigation_key = (__name__, page.pk) if isinstance(page, Page) and page.depth >= 2 else None
    if navigation_key in context.render_context:
        navigation_key = None
    found = list(
        with_home_path(Page.objects)
        .filter(links | navigation_condition(page) if navigation_key else links)
        .annotate(parent_path=Left("path", Length("path") - STEPLEN))
        .annotate(
            parent_key=Subquery(parents.values("translation_key")[:1]),
            language_code=F("locale__language_code"),
        )
        .order_by("path")
        .only(*NAVIGATION_FIELDS, "content_type_id")
    )
    if navigation_key:
        context.render_context[navigation_key] = navigation_of(page, found)
    found = [p for p in found if p.live]
    easy_reads = [
        p
        for p in found
        if p.content_type_id == easy_read_type.pk and p.language_code == settings.LANGUAGE_CODE
    ]
    statements = {
        p.language_code: p
        for p in found
        if p.content_type_id == statement_type.pk
        and p.language_code in {language, settings.LANGUAGE_CODE}
    }
    page_easy_read = None
    if isinstance(page, EasyReadPage):
        page_easy_read = page
    elif isinstance(page, Page):
        page_easy_read = next((e for e in easy_reads if e.parent_key == page.translation_key), None)
    read_key = (
        agreement_being_read(context.get("request"), page, AgreementPage) if easy_reads else None
    )
    links = {
        "page_easy_read": page_easy_read,
        "easy_read": page_easy_read
        or next((e for e in easy_reads if read_key and e.parent_key == read_key), None),
        "accessibility_statement": statements.get(language)
        or statements.get(settings.LANGUAGE_CODE),
        "privacy_notice": None,
    }
    return chosen_links(request, links, language)


def site_home_path(request, page):
    """The tree path of the home page the links are looked for under: the page's own
    (any language), else the request's site's; None outside every site."""
    if isinstance(page, Page) and page.depth >= 2:
        return page.path[: 2 * STEPLEN]
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page.path if site is not None else None


def chosen_links(request, links, language):
    """The footer links the municipality chose in its settings, over those found.

    A chosen page is linked in the reader's language where it is translated.
    """
    from ..municipality import for_request

    municipality = for_request(request)
    if municipality is None:
        return links
    chosen = {
        "accessibility_statement": municipality.accessibility_statement,
        "privacy_notice": municipality.privacy_notice,
    }
    for name, chosen_page in chosen.items():
        if chosen_page is not None and chosen_page.live:
            links[name] = localized(chosen_page, language)
    easy_read = municipality.easy_read
    if links["easy_read"] is None and easy_read is not None and easy_read.live:
        links["easy_read"] = easy_read
    return links


def localized(page, language):
    """The live version of `page` in `language`, else `page` itself."""
    translated = (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=language)
        .first()
    )
    return translated or page


def agreement_being_read(request, page, AgreementPage):
    """The translation key of the agreement `page` belongs to, else of the home page's current one.

    Tree paths name the page's ancestors, so one query finds the agreement
    among them; a page outside every agreement (the home page, a standard
    page, search) reads the current document of its language's home page.
    """
    if isinstance(page, Page):
        paths = [page.path[: STEPLEN * depth] for depth in range(2, page.depth + 1)]
        key = (
            AgreementPage.objects.filter(path__in=paths)
            .order_by("-depth")
            .values_list("translation_key", flat=True)
            .first()
        )
        if key is not None:
            return key
        home = Page.objects.filter(path=page.path[: 2 * STEPLEN]).first()
    else:
        site = Site.find_for_request(request) if request is not None else None
        home = site.root_page if site else None
    home = home.specific if home is not None else None
    current = getattr(home, "get_current_agreement", None)
    agreement = current(request) if current else None
    return agreement.translation_key if agreement else None
