"""The Swedish admin speaks Swedish: every admin screen, walked as a Swedish editor.

Wagtail's own Swedish catalogs lack some strings ("… created and published",
"Autosave is paused", "There are validation errors, click save to highlight
them"); the project's catalogs complete them (editorial/admin_messages.py).
This walks every admin URL that answers a superuser with a page (the
dashboard, the page explorer, the editor and the create view of every page
type, snippets, applications, registrations, users, workflows, ...) and looks
for English words in what it shows, hidden parts and labels included.
"""

import json
import re

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from wagtail.models import Page, Site, get_page_models

import pytest
from bs4 import BeautifulSoup, Comment

from tests.editorial.accounts import make_user
from tests.editorial.admin_urls import AdminTree, admin_cases, get
from tests.editorial.test_admin_urls_by_role import SKIPPED

# Words that are English and never Swedish. Short words that are also Swedish
# ("in", "by", "for", "and" as a duck, "status") are left out on purpose.
ENGLISH_WORDS = {
    *("the", "is", "are", "was", "were", "to", "of", "with", "this", "that", "these"),
    *("there", "here", "click", "your", "you", "has", "have", "been", "not", "yes"),
    *("save", "saved", "saving", "draft", "page", "pages", "edit", "edited", "delete"),
    *("search", "add", "cancel", "submit", "created", "published", "paused", "display"),
    *("error", "errors", "highlight", "them", "select", "choose", "view", "history"),
    *("settings", "more", "show", "hide", "preview", "autosave", "unsaved", "changes"),
    *("please", "should", "would", "could", "will", "which", "when", "where", "what"),
    *("before", "after", "about", "other", "also", "only", "into", "from", "without"),
}

# What no catalog can translate, each with its reason.
ALLOWED = [
    # Time zone names (the account's time zone menu) are identifiers.
    re.compile(r"^[A-Z][A-Za-z]+/[A-Za-z_/-]+$"),
    # Permission names are data Django and Wagtail store in English
    # (auth.Permission.name), shown as stored in the group editor.
    re.compile(
        r"(^|\| )(Can (add|change|delete|view|submit) |Delete pages with children$"
        r"|Lock/unlock pages you've locked$|Publish any page$|Unlock any page$)"
    ),
    # Labels Wagtail and wagtail-localize derive from a field's or a model's
    # name without gettext: the site's root page, a locale's "sync from", the
    # page chooser of a workflow, the page subscription model.
    re.compile(r"^(Root page|Sync from|Page|Wagtail kärna \| page subscription)$"),
]
# The translation editor's preview shows the public page in the target
# language (English here), not the admin.
SKIPPED_PATHS = re.compile(r"^/admin/localize/translate/\d+/preview/")

# Attributes a reader meets: labels, tooltips, placeholders, alternative text.
READ_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt", "aria-description")
WORD = re.compile(r"[A-Za-zÅÄÖåäö]+")


def english_in(text):
    words = {word.lower() for word in WORD.findall(text)}
    return sorted(words & ENGLISH_WORDS)


def shown_texts(html):
    """Every piece of text and read attribute of the page, in-page templates included."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style", "svg"]):
        if element.name == "script" and element.get("type") == "text/template":
            continue
        element.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    texts = [" ".join(text.split()) for text in soup.stripped_strings]
    for element in soup.find_all(True):
        texts.extend(element.get(name) for name in READ_ATTRIBUTES if element.get(name))
    return [text for text in texts if text and not any(p.search(text) for p in ALLOWED)]


def english_on(html):
    return {text: words for text in shown_texts(html) if (words := english_in(text))}


def page_type_screens(tree):
    """The create view of every page type (under a parent it may have) and its editor."""
    pages = list(Page.objects.filter(depth__gt=1).specific())
    for model in get_page_models():
        if model is Page:
            continue
        parent = next((p for p in pages if model.can_create_at(p)), None)
        if parent is not None:
            meta = model._meta
            yield reverse(
                "wagtailadmin_pages:add", args=(meta.app_label, meta.model_name, parent.pk)
            )
        existing = next((p for p in pages if type(p) is model), None)
        if existing is not None:
            yield reverse("wagtailadmin_pages:edit", args=(existing.pk,))


@pytest.fixture
def swedish_admin(db):
    home = Site.objects.get(is_default_site=True).root_page.specific
    user_model = get_user_model()
    tree = AdminTree(home, user_model)
    editor = make_user(user_model, "svensk-redaktor", [], superuser=True, language="sv")
    client = Client()
    client.force_login(editor)
    return tree, client


def test_every_admin_screen_is_in_swedish(swedish_admin):
    tree, client = swedish_admin
    paths = [case.path for case in admin_cases(tree, SKIPPED)]
    paths += list(page_type_screens(tree))
    found, visited = {}, 0
    for path in paths:
        if "logout" in path or SKIPPED_PATHS.match(path):
            continue
        response = get(client, path)
        content_type = response.get("Content-Type", "")
        if response.status_code != 200 or response.streaming:
            continue
        if "json" in content_type:
            try:
                payload = json.loads(response.content)
            except ValueError:
                continue
            html = payload.get("html") if isinstance(payload, dict) else None
            if not isinstance(html, str):
                continue
        elif "html" in content_type:
            html = response.content.decode()
        else:
            continue
        visited += 1
        for text, words in english_on(html).items():
            found.setdefault(text, (words, path))
    assert visited > 100, f"only {visited} admin screens were read"
    report = "\n".join(
        f"{text!r} {words} at {path}" for text, (words, path) in sorted(found.items())
    )
    assert not found, f"{len(found)} English texts in the Swedish admin:\n{report}"


def contact_point_data(**fields):
    return {"name": "Exempelby föreningskontor", "unit": "", "email": "", "phone": "", **fields}


def test_messages_after_saving_a_snippet_are_in_swedish(swedish_admin):
    """ "… created and published" (Wagtail's Swedish lacks it for snippets)."""
    _tree, client = swedish_admin
    url = reverse("wagtailsnippets_agreements_contactpoint:add")
    response = client.post(url, {**contact_point_data(), "action-publish": "1"}, follow=True)
    assert response.status_code == 200
    shown = [str(message) for message in response.context["messages"]]
    assert shown, "no message after publishing"
    assert any("har skapats och publicerats" in message for message in shown), shown
    assert not any(english_on(message) for message in shown), shown


def test_the_autosave_error_is_in_swedish(swedish_admin):
    """ "There are validation errors, click save to highlight them" (autosave's answer)."""
    tree, client = swedish_admin
    url = reverse("wagtailsnippets_agreements_contactpoint:edit", args=(tree.contact.pk,))
    response = client.post(
        url, contact_point_data(email="inte-en-adress"), HTTP_ACCEPT="application/json"
    )
    payload = response.json()
    assert payload["success"] is False
    message = payload.get("error_message", "")
    assert message and not english_in(message), payload
