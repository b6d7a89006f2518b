"""What the browser tests visit, found in the demo database (not a hard-coded list).

Run in the server's environment (`python -m tests.browser.discover`): prints
JSON with one live page of every specific page class in every language it
exists in, one "not translated" page per language, and per language the
extra views (404, search results, the affiliation form sent back with
errors, a consultation's report). A page type another engineer adds to the demo is picked up here
without touching the tests.

The default site's targets give paths (the browser asks 127.0.0.1 for
them); every other site's (`site_targets`: Exempelby, the national
overview) give full URLs on the site's own host name, which Chromium
resolves to loopback (`*.localhost`) at the port the demo's sites are set
to (`conftest.demo_site`).
"""

import json
import sys

import django


def path_on_default_site(page):
    """`page`'s path when the default site (the one 127.0.0.1 serves) has it, else None.

    With several sites (the demo has Södertälje, Exempelby and the national
    overview) Wagtail gives full URLs; the browser tests serve the default
    site's host only, so the others' pages are left out here.
    """
    from wagtail.models import Site

    parts = page.get_url_parts()
    if parts is None:
        return None
    site_id, _root_url, path = parts
    default = Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first()
    return path if site_id == default else None


def discover():
    from django.conf import settings
    from django.urls import reverse
    from django.utils import translation

    from wagtail.models import Page

    from home.i18n import content_language_codes

    def prefixed(code, path):
        return path if code == settings.LANGUAGE_CODE else f"/{code}{path}"

    targets = []
    pages = list(
        Page.objects.live()
        .filter(depth__gt=1, alias_of__isnull=True)
        .select_related("locale", "content_type")
        .order_by("path")
    )
    by_locale, languages_of = {}, {}
    for page in pages:
        by_locale.setdefault(page.locale.language_code, set()).add(page.translation_key)
        languages_of[page.translation_key] = languages_of.get(page.translation_key, 0) + 1
    # Per page class and language: the page translated into the most languages
    # (the one most readers see, e.g. the agreement in force), and also the
    # first in the tree when that is another page (e.g. an expired agreement).
    chosen = {}
    for page in sorted(pages, key=lambda p: (-languages_of[p.translation_key], p.path)):
        key = (page.content_type.app_label, page.content_type.model, page.locale.language_code)
        chosen.setdefault(key, []).append(page)
    for (app_label, model, code), candidates in chosen.items():
        picks = [candidates[0]]
        first_in_tree = min(candidates, key=lambda p: p.path)
        if first_in_tree is not candidates[0]:
            picks.append(first_in_tree)
        for number, page in enumerate(picks):
            url = path_on_default_site(page)
            if url is None:
                continue
            targets.append(
                {
                    "kind": "page",
                    "name": f"{app_label}.{model}" + ("-other" if number else ""),
                    "language": code,
                    "url": url,
                    "status": 200,
                }
            )
            targets += comparison_targets(page, code, url, f"{app_label}.{model}")
    targets += revision_comparison_targets(pages)
    source_pages = [
        p
        for p in pages
        if p.locale.language_code == settings.LANGUAGE_CODE
        and p.depth > 2
        and path_on_default_site(p) is not None
    ]
    for code in content_language_codes():
        if code != settings.LANGUAGE_CODE:
            missing = next(
                (p for p in source_pages if p.translation_key not in by_locale.get(code, ())),
                None,
            )
            if missing is not None:
                targets.append(
                    {
                        "kind": "page",
                        "name": "untranslated",
                        "language": code,
                        "url": prefixed(code, path_on_default_site(missing)),
                        "status": 404,
                    }
                )
        targets.append(
            {
                "kind": "page",
                "name": "404",
                "language": code,
                "url": prefixed(code, "/sidan-finns-inte/"),
                "status": 404,
            }
        )
        with translation.override(code):
            try:
                search_url = reverse("search")
            except Exception:  # noqa: BLE001 - the search view is optional for the tests
                search_url = None
        if search_url:
            targets.append(
                {
                    "kind": "page",
                    "name": "search",
                    "language": code,
                    "url": search_url + "?q=dialog",
                    "status": 200,
                }
            )
    for target in list(targets):
        if target["name"] == "forms.applicationpage":
            name = "forms.applicationpage-errors"
            targets.append({**target, "kind": "form-errors", "name": name})
        if target["name"] == "consultations.consultationpage":
            # The consultation report is a route of the (closed) consultation page.
            url = target["url"] + "samradsredogorelse/"
            targets.append({**target, "name": "consultations.report", "url": url})
    event = next((t for t in targets if t["name"].endswith(".eventpage")), None)
    return {
        "targets": targets,
        "site_targets": other_site_targets(pages),
        "event_url": event["url"] if event else None,
    }


def other_site_targets(pages):
    """Per site but the default: one page per page class and language, its 404 and search
    results, the application form sent back with errors, and the overview's filters."""
    from django.conf import settings
    from django.urls import reverse

    from wagtail.models import Site

    from overview.models import OverviewPage

    targets = []
    for site in Site.objects.filter(is_default_site=False).order_by("hostname"):
        label, root = site.hostname.split(".")[0], site.root_url
        chosen = {}
        for page in pages:
            parts = page.get_url_parts()
            if parts is None or parts[0] != site.pk:
                continue
            key = (page.content_type.app_label, page.content_type.model, page.locale.language_code)
            chosen.setdefault(key, (page, root + parts[2]))
        for (app_label, model, code), (page, url) in chosen.items():
            name = f"{label} {app_label}.{model}"
            target = {"kind": "page", "name": name, "language": code, "url": url, "status": 200}
            targets.append(target)
            if model == "applicationpage":
                targets.append({**target, "kind": "form-errors", "name": name + "-errors"})
            if isinstance(page.specific, OverviewPage):
                targets += [
                    {**target, "name": f"{name}-{query}", "url": f"{url}?{query}"}
                    for query in overview_filters(page.specific)
                ]
        code = settings.LANGUAGE_CODE
        common = {"kind": "page", "language": code}
        targets.append(
            {**common, "name": f"{label} 404", "url": root + "/sidan-finns-inte/", "status": 404}
        )
        targets.append(
            {
                **common,
                "name": f"{label} search",
                "url": root + reverse("search") + "?q=dialog",
                "status": 200,
            }
        )
    return targets


def overview_filters(page):
    """The overview filtered by a county it lists, by a status, both, and to nothing at all."""
    from overview.listing import overview_rows, status_choices

    rows = overview_rows()
    county = rows[0].county if rows else ""
    present = {row.status for row in rows}
    status = next((value for value, _label in status_choices() if value in present), "")
    absent = next((value for value, _label in status_choices() if value not in present), status)
    return [
        f"county={county}",
        f"status={status}",
        f"county={county}&status={status}",
        f"county={county}&status={absent}",
    ]


def comparison_targets(page, code, url, name):
    """The agreement version's comparison with the version it replaces."""
    page = page.specific
    targets = []
    if getattr(page, "replaces_id", None) and hasattr(page, "version_comparison_view"):
        targets.append(
            {
                "kind": "page",
                "name": f"{name}-version-comparison",
                "language": code,
                "url": url + "jamforelse/",
                "status": 200,
            }
        )
    return targets


def revision_comparison_targets(pages):
    """Per page class and language, the first page published more than once: its latest change."""
    from django.db.models import Count

    from wagtail.models import PageLogEntry

    from editorial.versions import PUBLISH_ACTIONS, published_versions

    republished = set(
        PageLogEntry.objects.filter(action__in=PUBLISH_ACTIONS)
        .values("page_id")
        .annotate(count=Count("id"))
        .filter(count__gte=2)
        .values_list("page_id", flat=True)
    )
    targets, seen = [], set()
    for page in pages:
        key = (page.content_type_id, page.locale.language_code)
        if page.pk not in republished or key in seen:
            continue
        specific = page.specific
        latest = published_versions(specific, limit=1)
        url = path_on_default_site(specific)
        if not hasattr(specific, "revision_comparison_view") or not url or not latest:
            continue
        seen.add(key)
        targets.append(
            {
                "kind": "page",
                "name": f"{page.content_type.app_label}.{page.content_type.model}"
                "-revision-comparison",
                "language": key[1],
                "url": f"{url}versioner/{latest[0]['revision_id']}/",
                "status": 200,
            }
        )
    return targets


def main():
    django.setup()
    json.dump(discover(), sys.stdout)


if __name__ == "__main__":
    main()
