"""A standing guard: no hostile input to a public address or form gives a server error.

What is walked is found, not listed by hand, so a new public address or form
is covered without touching this file:

- every page of a small tree holding a page of every type (built with the
  factories; `test_the_tree_has_a_live_page_of_every_type` fails when a page
  type is added without one here), in the default language, translated, and
  untranslated under every other language's prefix, with every route of the
  routable pages (calendar feeds, registration, cancel links, a commitment's
  history);
- every URL pattern of the URLconf outside the admin (open data, sitemap,
  robots, search, Wagtail's login and password views, documents, ...) under
  every language prefix it takes, and /healthz (answered by a middleware);
- the same on the national overview's own host (`OVERVIEW_HOST`): the
  overview under every language prefix, its filters by county and status,
  and the national open data (/open-data/national/signatories.csv|json),
  which only that host serves;
- every form found on those pages (affiliation, event registration,
  cancelling, password, login, search, filters), sent to the host it was on.

Each address is requested as it is and with a hostile query string; then
Hypothesis sends `FUZZ_EXAMPLES` more requests (default 100 in `make test`,
more in CI): hostile path parameters, query strings and bodies (non-integers,
NUL, huge numbers, control and direction characters, over-long values,
repeated keys, bytes that are not UTF-8), to addresses and to forms.

The properties: no answer is 5xx; a form sent back with errors stored
nothing; whatever a form did store passes its model's validation and holds
no control or direction-changing character. The production middleware (page
and fragment caches included) is on, as on the live site.
"""

import datetime
import os
import re
from urllib.parse import quote, urljoin, urlsplit

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.forms import BaseForm
from django.test import Client
from django.test.utils import ContextList
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
from django.utils import timezone

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
    get_page_models,
)

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from home.i18n import content_language_codes
from home.municipality import MunicipalitySettings
from home.text import INVISIBLE
from operations import conf as operations_conf
from operations.health import HEALTH_PATH
from overview.models import OverviewPage
from tests.agreements.conftest import REGISTRANT
from tests.factories import (
    AccessibilityStatementPageFactory,
    ActivityFactory,
    ActivityPlanPageFactory,
    AgreementIndexPageFactory,
    AgreementPageFactory,
    BodyMemberFactory,
    BodyPageFactory,
    CommitmentFactory,
    CommitmentFollowUpFactory,
    ContactPointFactory,
    EasyReadPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FollowUpReportPageFactory,
    PrinciplePageFactory,
    RegistrationFactory,
    StandardPageFactory,
)
from tests.factories.consultations import ConsultationCommentFactory, ConsultationPageFactory
from tests.factories.forms import ApplicationPageFactory, SignatureFactory
from tests.forms.conftest import VALID

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "100"))

# Addresses for staff only, behind a login: not the public site.
STAFF_PREFIXES = ("admin/", "django-admin/")
OVERVIEW_HOST = "oversikt.localhost"  # the national overview's site (the default site: testserver)
PAGE_PASSWORD = "samrad-2025"  # noqa: S105 - the test tree's password-protected page
# Apps whose rows a public form may create: watched for what an invalid form stores.
WATCHED_APPS = ("forms", "agreements", "home", "editorial", "translations", "operations")

# A value that a person meant to type into each field of the public forms.
SAMPLE_VALUES = {**VALID, **REGISTRANT, "q": "dialog", "password": PAGE_PASSWORD}


# -- the tree ---------------------------------------------------------------------------------


def build_tree(home_page):
    """A small site like the demo: one live page of every type, and what hangs off them."""
    today = timezone.localdate()
    now = timezone.now()
    index = AgreementIndexPageFactory(parent=home_page)
    agreement = AgreementPageFactory(
        parent=index,
        valid_from=today - datetime.timedelta(days=400),
        valid_to=today + datetime.timedelta(days=1000),
        contacts=[ContactPointFactory()],
    )
    principle = PrinciplePageFactory(parent=agreement)
    commitment = CommitmentFactory(page=principle)
    principle.save_revision().publish()
    EasyReadPageFactory(parent=principle)
    events = EventIndexPageFactory(parent=agreement)
    event = EventPageFactory(
        parent=events,
        start=now + datetime.timedelta(days=20),
        registration_enabled=True,
        capacity=3,
        waiting_list=True,
    )
    EventPageFactory(parent=events, start=now - datetime.timedelta(days=40))
    registration = RegistrationFactory(event=event)
    body = BodyPageFactory(parent=agreement)
    BodyMemberFactory(page=body)
    plan = ActivityPlanPageFactory(parent=agreement)
    ActivityFactory(page=plan, commitments=[commitment])
    report = FollowUpReportPageFactory(parent=agreement, year=today.year - 1)
    CommitmentFollowUpFactory(page=report, commitment=commitment)
    ApplicationPageFactory(parent=agreement)
    SignatureFactory(agreement=agreement)
    # A consultation open today on a draft of the next version, with a published answer.
    draft = AgreementPageFactory(parent=index, live=False, replaces=agreement)
    PrinciplePageFactory(parent=draft, live=False)
    consultation = ConsultationPageFactory(parent=index, draft=draft)
    ConsultationCommentFactory(consultation=consultation)
    StandardPageFactory(parent=home_page)
    AccessibilityStatementPageFactory(parent=home_page)
    protected = StandardPageFactory(parent=home_page, slug="losenord")
    PageViewRestriction.objects.create(
        page=protected, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    private = StandardPageFactory(parent=home_page, slug="inloggning")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    document = get_document_model().objects.create(
        title="Protokoll", file=ContentFile(b"Protokoll\n", name="protokoll.txt")
    )
    private_collection = Collection.get_first_root_node().add_child(name="Internt")
    CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    private_document = get_document_model().objects.create(
        title="Internt",
        file=ContentFile(b"Internt\n", name="internt.txt"),
        collection=private_collection,
    )
    # The national overview is the root of a site of its own, on its own host; it lists
    # the default site's agreement under the municipality's county.
    overview = Page.get_first_root_node().add_child(
        instance=OverviewPage(title="Nationell översikt", slug="oversikt")
    )
    overview.save_revision().publish()
    Site.objects.create(hostname=OVERVIEW_HOST, port=80, site_name="Översikt", root_page=overview)
    MunicipalitySettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"name": "Exempelby kommun", "county": "vastmanland"},
    )
    # The agreement and its principle in a second language; the rest stays untranslated.
    second = next(code for code in content_language_codes() if code != settings.LANGUAGE_CODE)
    locale = Locale.objects.get(language_code=second)
    for page in (home_page, index, agreement, principle):
        page.specific.copy_for_translation(locale).save_revision().publish()
    return {
        "agreement": agreement,
        "consultation": consultation,
        "event": event,
        "registration": registration,
        "commitment": commitment,
        "document": document,
        "private_document": private_document,
    }


def path_of(page):
    """The page's path on its own site (with two sites, `page.url` is a full URL)."""
    return page.get_url_parts()[2]


def tree_addresses(tree):
    """Addresses of real objects of the tree whose parameters no single known value fills."""
    event, agreement = tree["event"], tree["agreement"]
    urls = [
        tree["document"].url,
        tree["private_document"].url,
        f"{path_of(event)}cancel/{tree['registration'].cancel_token}/",
        f"{path_of(agreement)}atagande/{tree['commitment'].translation_key}/",
        f"/open-data/signatories/{agreement.pk}.json",
        f"/open-data/signatories/{agreement.pk}.csv",
    ]
    return [Address([url], f"real {url}") for url in urls]


def known_values(tree):
    """Values that make path parameters point at something real, so views get past the lookup."""
    return sorted(
        {
            *(str(pk) for pk in Page.objects.values_list("pk", flat=True)),
            *(str(pk) for pk in PageViewRestriction.objects.values_list("pk", flat=True)),
            str(tree["document"].pk),
            tree["document"].filename,
            tree["registration"].cancel_token,
            str(tree["commitment"].translation_key),
        }
    )


# -- finding the public addresses -------------------------------------------------------------

CONVERTER_PART = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<parameter>[^>]+)>")


class Address:
    """A public URL pattern: literal text, and parameters with the regex their converter takes."""

    def __init__(self, parts, name, host=None):
        self.parts = parts  # str (literal) or (parameter, regex) tuples
        self.name = name
        self.host = host  # None: the default site's

    def __repr__(self):
        return f"<Address {self.name}: {self.host or ''}{self.pattern_text()}>"

    def pattern_text(self):
        return "".join(p if isinstance(p, str) else f"<{p[0]}>" for p in self.parts)

    @property
    def parameters(self):
        return [p for p in self.parts if not isinstance(p, str)]

    def fill(self, values):
        """The path with `values` (parameter name to text) percent-encoded into it."""
        return "".join(
            p if isinstance(p, str) else quote(values[p[0]].encode("utf-8"), safe="")
            for p in self.parts
        )


def route_parts(pattern):
    """Literal and parameter parts of one RoutePattern or RegexPattern."""
    if isinstance(pattern, RoutePattern):
        route, parts, position = str(pattern), [], 0
        for match in CONVERTER_PART.finditer(route):
            parts.append(route[position : match.start()])
            name = match["parameter"]
            parts.append((name, pattern.converters[name].regex))
            position = match.end()
        parts.append(route[position:])
        return [p for p in parts if p != ""]
    regex = pattern._regex.removeprefix("^").removesuffix("$").removesuffix(r"\Z")
    if not regex:
        return []
    if re.fullmatch(r"[\w\-./]*", regex):
        return [regex]
    return [("regex_" + re.sub(r"\W", "", regex)[:30], regex)]


LOCALE = object()  # where i18n_patterns puts the language prefix


def url_patterns(resolver=None, prefix=()):
    """Every URLPattern of the URLconf, with the parts leading to it (language prefixes marked)."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if isinstance(entry.pattern, LocalePrefixPattern):
                yield from url_patterns(entry, (*prefix, LOCALE))
            else:
                yield from url_patterns(entry, (*prefix, *route_parts(entry.pattern)))
        elif isinstance(entry, URLPattern):
            yield (*prefix, *route_parts(entry.pattern)), entry


def without_language(path):
    """`path` without its language prefix, if it has one."""
    for prefix in language_prefixes():
        if prefix and path.startswith(f"/{prefix}"):
            return path[len(prefix) :]
    return path


def language_prefixes():
    return [
        "" if code == settings.LANGUAGE_CODE else f"{code}/" for code in content_language_codes()
    ]


def public_addresses():
    """Every non-staff URL pattern but the page route (the pages come from the tree)."""
    addresses = []
    for parts, pattern in url_patterns():
        if pattern.name == "wagtail_serve":
            continue
        for prefix in language_prefixes() if LOCALE in parts else [""]:
            filled = ["/"]
            for part in parts:
                filled.append(prefix if part is LOCALE else part)
            merged = []
            for part in filled:
                if isinstance(part, str) and merged and isinstance(merged[-1], str):
                    merged[-1] += part
                elif part != "":
                    merged.append(part)
            address = Address(merged, pattern.name or repr(pattern))
            if not address.pattern_text().lstrip("/").startswith(STAFF_PREFIXES):
                addresses.append(address)
    addresses.append(Address([HEALTH_PATH], "healthz"))
    return addresses


def page_addresses():
    """Every live page of the default site (every language version), every route of the
    routable ones, and each page of the default language under a prefix it has no
    translation for."""
    addresses = []
    default = Site.objects.get(is_default_site=True).pk
    pages = Page.objects.live().filter(depth__gt=1).specific().order_by("path")
    # The overview is the root of a site of its own: `overview_addresses`.
    pages = [page for page in pages if (page.get_url_parts() or [None])[0] == default]
    source = [p for p in pages if p.locale.language_code == settings.LANGUAGE_CODE]
    for page in pages:
        url = path_of(page)
        addresses.append(Address([url], f"page {type(page).__name__} {page.locale}"))
        if isinstance(page, RoutablePageMixin):
            for route in page.get_subpage_urls():
                parts = route_parts(route.pattern)
                if parts:
                    addresses.append(Address([url, *parts], f"{type(page).__name__}:{route.name}"))
    # Each page under a language it has no translation in: "not translated yet".
    prefix = language_prefixes()[-1]
    for page in source:
        addresses.append(Address([f"/{prefix}{path_of(page).lstrip('/')}"], f"{prefix} {page}"))
    return addresses


def overview_addresses():
    """The overview's host: its page under every language prefix, and every public address
    (the national open data among them) as that host answers it."""
    pages = [
        Address([f"/{prefix}"], f"overview {prefix or settings.LANGUAGE_CODE}", OVERVIEW_HOST)
        for prefix in language_prefixes()
    ]
    return pages + [
        Address(address.parts, address.name, OVERVIEW_HOST) for address in public_addresses()
    ]


# -- what a visitor can send ------------------------------------------------------------------

HOSTILE_CHARACTERS = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9f"  # control characters, NUL first
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"  # zero-width, bidi
    "\u2060\u2066\u2067\u2068\u2069\ufeff\u2028\u2029\u061c"
    "\r\n\t %&+=;#?/\\<>\"'`{}[]$*|"  # what quoting and parsing care about
    "åäöÅÄÖéüßعربي١٢٣٤"  # letters and digits of other scripts
    "\U0001f600\U0001f468\u200d\U0001f469"  # emoji, a joined sequence
)
hostile_alphabet = st.one_of(st.sampled_from(HOSTILE_CHARACTERS), st.characters(codec="utf-8"))
hostile_text = st.text(alphabet=hostile_alphabet, max_size=30)
numbers = st.one_of(
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
    st.sampled_from(
        [
            "0",
            "-1",
            "1.5",
            "1e400",
            "NaN",
            "inf",
            "0x10",
            " 7",
            "٣",
            "9223372036854775807",
            "9223372036854775808",
            "99999999999999999999",
            "1" * 4400,  # more digits than int() converts
        ]
    ),
)
over_long = st.builds(
    lambda text, times: text * times,
    st.sampled_from(["a", "å", "9", "\u202e", "\x00", "<b>", "%"]),
    st.sampled_from([101, 256, 1001, 5001]),
)
hostile_value = st.one_of(hostile_text, numbers, over_long, st.just(""))


def as_bytes(value):
    return value if isinstance(value, bytes) else value.encode("utf-8")


def not_utf8():
    """Bytes that are not UTF-8 (a forged request can send anything)."""
    return st.binary(min_size=1, max_size=12).map(lambda b: b"\xff" + b + b"\xc3")


def encode_pairs(pairs):
    """A query string or form body, every byte percent-encoded as needed."""
    return "&".join(
        f"{quote(as_bytes(key), safe='')}={quote(as_bytes(value), safe='')}" for key, value in pairs
    )


def hostile_pairs(names):
    """Key-value pairs for a query string or body: known names repeated, and made-up ones."""
    key = st.one_of(st.sampled_from(names), hostile_text) if names else hostile_text
    value = st.one_of(hostile_value, not_utf8())
    return st.lists(st.tuples(key, value), max_size=8)


def parameter_values(address, known):
    """For each parameter of `address`: a real value, one matching its pattern, or anything."""
    drawn = {}
    for name, regex in address.parameters:
        drawn[name] = st.one_of(
            st.sampled_from(known),
            st.from_regex(regex, fullmatch=True, alphabet=st.characters(codec="utf-8")),
            st.text(alphabet=hostile_alphabet, min_size=1, max_size=30),
            numbers,
            over_long,
        )
    return st.fixed_dictionaries(drawn)


# Each sent, before any random example, as every query parameter and as every path parameter.
FIXED_HOSTILE_VALUES = [
    "a\x00b",
    "abc",  # not a number (a page number, a year, an id)
    "99999999999999999999",  # more than 64 bits
    'a "b',  # a stray quote: full-text query syntax (wagtail/wagtail#13227)
    "\u202eevil\u2066\u200b" + "x" * 5001,  # direction overrides, zero-width, over-long
]
FIXED_HOSTILE_PATH_VALUES = [
    "99999999999999999999",
    "9223372036854775808",
    "-1",
    "abc",
    "a\x00b",
    "a" * 300,
]


def fixed_hostile_queries(names):
    """One query string per fixed value: every known name twice (a repeated key), the value last.

    Views read the last value of a repeated key, so each value reaches every parameter.
    """
    return [
        encode_pairs([(name, "1") for name in names] + [(name, value) for name in names])
        + f"&{quote(value.encode())}=1&%FF%FE=%C3%28&=&&"
        for value in FIXED_HOSTILE_VALUES
    ]


# -- forms ------------------------------------------------------------------------------------


class FoundForm:
    """A form found on a public page: where it sends what, and what a person would type."""

    def __init__(self, page_url, form, host=None):
        self.host = host
        self.method = (form.get("method") or "get").lower()
        self.action = urlsplit(urljoin(page_url, form.get("action") or page_url)).path
        self.base = []  # (name, value) a browser would send untouched
        self.names = []
        self.free_text = set()  # fields where a person types words
        for field in form.find_all(["input", "select", "textarea"]):
            name = field.get("name")
            if not name:
                continue
            if name not in self.names:
                self.names.append(name)
            kind = (field.get("type") or "").lower()
            if field.name == "textarea" or (field.name == "input" and kind in ("", "text")):
                self.free_text.add(name)
            if any(key == name for key, _value in self.base):
                continue  # the other options of a radio group
            if name in SAMPLE_VALUES:
                value = SAMPLE_VALUES[name]
            elif kind in ("checkbox", "radio"):
                if not field.has_attr("checked"):
                    continue  # a browser sends only what is ticked
                value = field.get("value", "on")
            elif field.name == "select":
                options = field.find_all("option")
                value = next((o.get("value") for o in options if o.get("value")), "")
            else:
                value = field.get("value") or field.get_text() or ""
            self.base.append((name, value))

    def same_as(self, other):
        return (self.host, without_language(self.action), self.names) == (
            other.host,
            without_language(other.action),
            other.names,
        )

    def __repr__(self):
        return f"<FoundForm {self.method.upper()} {self.host or ''}{self.action} {self.names}>"


def find_forms(url, response, host=None):
    if "html" not in response.get("Content-Type", ""):
        return []
    soup = BeautifulSoup(response.content, "html.parser")
    return [FoundForm(url, form, host) for form in soup.find_all("form")]


# -- the checks -------------------------------------------------------------------------------


def watched_models():
    return [
        model
        for label in WATCHED_APPS
        for model in apps.get_app_config(label).get_models()
        if model._meta.managed and not model._meta.proxy
    ]


def snapshot(models_):
    state = {}
    for model in models_:
        pk = model._meta.pk
        integer = isinstance(pk, models.AutoField | models.BigAutoField | models.IntegerField)
        last = model.objects.aggregate(last=models.Max("pk"))["last"] if integer else None
        state[model] = (model.objects.count(), last, integer)
    return state


def new_rows(before):
    rows = []
    for model, (count, last, integer) in before.items():
        if model.objects.count() != count:
            if integer:
                rows.extend(model.objects.filter(pk__gt=last or 0))
            else:
                rows.append(model)
    return rows


def forms_with_errors(response):
    contexts = response.context
    if contexts is None:
        return []
    if not isinstance(contexts, ContextList):
        contexts = [contexts]
    found = []
    for context in contexts:
        for value in context.flatten().values():
            if isinstance(value, BaseForm) and value.is_bound and value.errors:
                found.append(value)
    return found


def is_historical(obj):
    return type(obj).__name__.startswith("Historical")


def check_stored(obj):
    """A row a public form stored: valid for its model, no invisible characters in its text."""
    assert not isinstance(obj, type), f"new {obj.__name__} rows"
    if is_historical(obj):
        return
    obj.full_clean(validate_unique=False, validate_constraints=False)
    for field in obj._meta.concrete_fields:
        if isinstance(field, models.CharField | models.TextField):
            value = getattr(obj, field.attname) or ""
            assert not INVISIBLE.search(value), (type(obj).__name__, field.name, value)


class Visitor:
    """Sends requests the way a browser could, and checks each answer."""

    def __init__(self, watched, capture):
        self.client = Client(raise_request_exception=False)
        self.watched = watched
        self.capture = capture

    def send(self, method, path, query="", body=None, host=None):
        url = f"{path}?{query}" if query else path
        extra = {"HTTP_HOST": host} if host else {}
        before = None
        if method == "post":
            cache.clear()  # the rate-limit counters: every post has a fresh allowance
            before = snapshot(self.watched)
        savepoint = transaction.savepoint()
        try:
            with self.capture(execute=True):
                if method == "post":
                    response = self.client.post(
                        url, body or "", content_type="application/x-www-form-urlencoded", **extra
                    )
                elif method == "head":
                    response = self.client.head(url, **extra)
                else:
                    response = self.client.get(url, **extra)
            description = f"{method.upper()} {host or ''}{url[:300]!r} body {str(body)[:300]!r}"
            assert response.status_code < 500, f"{response.status_code} for {description}"
            stored = new_rows(before) if before is not None else []
            invalid = forms_with_errors(response)
            assert not (invalid and stored), (
                f"{description}: a form with errors {[f.errors for f in invalid]} stored {stored}"
            )
            for obj in stored:
                check_stored(obj)
            return response
        finally:
            transaction.savepoint_rollback(savepoint)
            self.client.cookies.clear()


@pytest.fixture
def production_like(settings):
    """The live site's middleware, page cache and fragment cache; spam checks a test passes."""
    settings.MIDDLEWARE = operations_conf.production_middleware(
        settings.MIDDLEWARE, whitenoise=False
    )
    settings.PAGE_CACHE_TIMEOUT = 600
    settings.FRAGMENT_CACHE_TIMEOUT = 600
    settings.AFFILIATION_MIN_FILL_SECONDS = 0
    settings.AFFILIATION_RATE_LIMIT = "100000/h"
    settings.EVENT_REGISTRATION_RATE_LIMIT = "100000/h"
    cache.clear()
    yield settings
    cache.clear()


def first_fill(address, known):
    """Each parameter of `address` filled with the first known value its pattern takes."""
    return {
        name: next((v for v in known if re.fullmatch(regex, v)), "1")
        for name, regex in address.parameters
    }


@pytest.fixture
def site(home_page, production_like, django_capture_on_commit_callbacks):
    """The tree, every public address, and the forms found by visiting them all once."""
    tree = build_tree(home_page)
    known = known_values(tree)
    visitor = Visitor(watched_models(), django_capture_on_commit_callbacks)
    addresses = public_addresses() + page_addresses() + tree_addresses(tree) + overview_addresses()
    forms, names = [], {"page", "q"}
    for address in addresses:
        path = address.fill(first_fill(address, known))
        response = visitor.send("get", path, host=address.host)
        for form in find_forms(path, response, address.host):
            if form.method == "post":
                # The same form under another language prefix is the same view: once is enough.
                if not any(f.same_as(form) for f in forms):
                    forms.append(form)
            else:
                names.update(form.names)
        if response.get("Content-Type", "").startswith("text/html"):
            soup = BeautifulSoup(response.content, "html.parser")
            for link in soup.find_all("a", href=True):
                query = urlsplit(link["href"]).query
                names.update(pair.split("=", 1)[0] for pair in query.split("&") if pair)
    return {
        "tree": tree,
        "known": known,
        "visitor": visitor,
        "addresses": addresses,
        "forms": forms,
        "names": sorted(names),
    }


# -- the tests --------------------------------------------------------------------------------


def test_the_tree_has_a_live_page_of_every_type(home_page):
    """A new page type must get a page in `build_tree`, so that its views are walked."""
    build_tree(home_page)
    live = {type(page) for page in Page.objects.live().specific()}
    missing = [model.__name__ for model in get_page_models() if model is not Page]
    missing = [name for name in missing if name not in {cls.__name__ for cls in live}]
    assert missing == []


def test_the_walk_finds_the_public_addresses_and_forms(site):
    """The walk is not vacuous: the addresses and forms the site is known to have are in it."""
    names = {address.name for address in site["addresses"]}
    assert {
        "search",
        "sitemap",
        "robots_txt",
        "forms_open_data_index",
        "forms_open_data_json",
        "forms_open_data_csv",
        "wagtailcore_login",
        "wagtailcore_authenticate_with_password",
        "wagtaildocs_serve",
        "healthz",
        "EventPage:register",
        "EventPage:cancel",
        "EventPage:calendar_file",
        "EventIndexPage:calendar_feed",
        "AgreementPage:commitment_history",
    } <= names, names
    assert not any(a.pattern_text().lstrip("/").startswith("admin/") for a in site["addresses"])
    actions = {form.action for form in site["forms"]}
    event = path_of(site["tree"]["event"])
    assert event + "register/" in actions
    assert any(a.startswith(path_of(site["tree"]["consultation"])) for a in actions)
    assert f"{event}cancel/{site['tree']['registration'].cancel_token}/" in actions
    assert any("/_util/authenticate_with_password/" in a for a in actions)
    assert any(a.endswith("/_util/login/") for a in actions)
    assert any("organisation_name" in form.names for form in site["forms"])
    assert {"q", "kind", "year", "party", "county", "status"} <= set(site["names"])
    on_overview = {a.name for a in site["addresses"] if a.host == OVERVIEW_HOST}
    assert {"overview sv", "overview_signatories_json", "overview_signatories_csv"} <= on_overview


def test_the_overview_host_answers_with_the_overview_and_its_open_data(site):
    """The walk reaches the overview itself, not the default site under another name."""
    visitor = site["visitor"]
    page = visitor.send("get", "/", host=OVERVIEW_HOST)
    assert page.status_code == 200 and b'name="county"' in page.content
    assert b"Exempelby kommun" in page.content
    data = visitor.send("get", "/open-data/national/signatories.json", host=OVERVIEW_HOST)
    assert data.status_code == 200 and data.json()["count"] >= 1


def test_fixed_hostile_values_to_every_public_address_and_form_get_no_server_error(site):
    """Every address with each fixed hostile value in every query and path parameter, every
    form with each in every field; then what a person would type, with invisible characters
    in the free text: what is stored is clean."""
    visitor, names, known = site["visitor"], site["names"], site["known"]
    queries = fixed_hostile_queries(names)
    for address in site["addresses"]:
        filled = first_fill(address, known)
        for query in queries:
            visitor.send("get", address.fill(filled), query, host=address.host)
        for name in filled:
            for value in FIXED_HOSTILE_PATH_VALUES:
                visitor.send("get", address.fill({**filled, name: value}), host=address.host)
    for form in site["forms"]:
        for value in FIXED_HOSTILE_VALUES:
            pairs = [(name, "1") for name in form.names] + [(name, value) for name in form.names]
            visitor.send("post", form.action, body=encode_pairs(pairs), host=form.host)
        wrapped = [
            (name, f"\u202e\u200b{value}\u2066\x07" if value and name in form.free_text else value)
            for name, value in form.base
        ]
        visitor.send("post", form.action, body=encode_pairs(wrapped), host=form.host)


# Half the examples go to the forms, half to the addresses: two tests, so that
# pytest-xdist runs them side by side.
@pytest.mark.parametrize("target", ["forms", "addresses"])
def test_random_hostile_input_is_answered_without_a_server_error(site, target):
    visitor, names, known = site["visitor"], site["names"], site["known"]
    if target == "forms":
        assert site["forms"], "the walk found no form to send to"

    @hypothesis_settings(
        max_examples=max(1, EXAMPLES // 2),
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def fuzz(data):
        if target == "forms":
            form = data.draw(st.sampled_from(site["forms"]), label="form")
            pairs = list(form.base)
            for name in data.draw(st.sets(st.sampled_from(form.names), max_size=4)):
                pairs = [(k, v) for k, v in pairs if k != name]
                pairs += data.draw(
                    st.lists(st.tuples(st.just(name), hostile_value), max_size=3), label=name
                )
            pairs += data.draw(hostile_pairs(form.names), label="extra")
            visitor.send("post", form.action, body=encode_pairs(pairs), host=form.host)
        else:
            address = data.draw(st.sampled_from(site["addresses"]), label="address")
            values = data.draw(parameter_values(address, known), label="parameters")
            method = data.draw(st.sampled_from(["get", "get", "head", "post"]), label="method")
            query = encode_pairs(data.draw(hostile_pairs(names), label="query"))
            body = encode_pairs(data.draw(hostile_pairs(names), label="body"))
            visitor.send(
                method,
                address.fill(values),
                query,
                body if method == "post" else None,
                host=address.host,
            )

    fuzz()
