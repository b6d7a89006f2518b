"""The benchmark's second run: the same installation with 100 municipalities.

`add(count)` (run inside Django) creates `count - 1` more municipalities
beside the data set's one, each through `create_municipality` (the
function behind `manage.py create_municipality` and the admin), each with a
small live agreement; the tree pages are added one by one (treebeard needs
it), the rest in bulk. `HIT_RATIO` (run inside Django, page cache on) reads
the pages of the other municipalities until they are cached, publishes a
page in one municipality and reads them again: the share of hits among
the others must not change.
"""

HOST_SUFFIX = ".bench.localhost"
PRINCIPLES = ["Dialog", "Öppenhet och insyn", "Mångfald"]


def hostname(n):
    return f"kommun-{n:03d}{HOST_SUFFIX}"


def add(count):
    """Municipalities 1 … count-1 (the data set's site is the first); returns their host names.

    Run inside Django (the module itself is also read by bench/run.py, which is not).
    """
    from django.db import transaction

    with transaction.atomic():
        return create(count)


def create(count):
    from agreements.models import AgreementIndexPage, AgreementPage, PrinciplePage
    from agreements.municipalities import create_municipality
    from home.municipality import County

    counties = [value for value, _label in County.choices]
    hosts = []
    for n in range(1, count):
        outcome = create_municipality(
            hostname=hostname(n),
            name=f"Benchby {n:03d} kommun",
            county=counties[n % len(counties)],
            publisher_email=f"publicist-{n:03d}@bench.example",
        )
        home = outcome.site.root_page
        index = AgreementIndexPage.objects.child_of(home).first()
        if not AgreementPage.objects.child_of(index).exists():
            agreement = AgreementPage(
                title=f"Överenskommelse {2024 + n % 3}–{2027 + n % 3}",
                slug="overenskommelse",
                municipality=f"Benchby {n:03d} kommun",
                intro="Vad kommunen och civilsamhället har lovat varandra.",
                period_kind="years",
                first_year=2024 + n % 3,
                last_year=2027 + n % 3,
            )
            index.add_child(instance=agreement)
            agreement.save_revision().publish()
            for slug, title in enumerate(PRINCIPLES):
                principle = PrinciplePage(title=title, slug=f"princip-{slug + 1}")
                agreement.add_child(instance=principle)
                principle.save_revision().publish()
        hosts.append(hostname(n))
    return hosts


# Run with `manage.py shell -c`, HOSTS set to the other municipalities' host names.
HIT_RATIO = """
import json
from django.test import Client
from wagtail.models import Site
from agreements.models import AgreementPage

def read_all():
    hits = 0
    for host in HOSTS:
        for path in ("/", "/overenskommelsen/overenskommelse/"):
            response = Client(HTTP_HOST=host).get(path, HTTP_X_FORWARDED_PROTO="https")
            assert response.status_code == 200, (host, path, response.status_code)
            hits += response.get("X-Page-Cache") == "hit"
    return hits / (2 * len(HOSTS))

def own_page():
    return Client(HTTP_HOST=PUBLISHED_HOST).get("/", HTTP_X_FORWARDED_PROTO="https")

read_all()  # cache every page
own_page()
before = read_all()
published_in = Site.objects.get(hostname=PUBLISHED_HOST)
page = AgreementPage.objects.filter(path__startswith=published_in.root_page.path).first()
page.title = page.title + " (reviderad)"
page.save_revision().publish()
after = read_all()
own = own_page().get("X-Page-Cache")  # its own pages: stale, rendered again
print("HITS" + json.dumps({"before": before, "after": after, "own": own}))
"""
