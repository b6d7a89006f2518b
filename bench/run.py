"""`make bench`: a large data set served by gunicorn with production settings, under load.

1. Builds the data set of `bench/dataset.py` in its own database
   (PostgreSQL when DATABASE_URL is set, with "_bench" added to its name;
   else SQLite in /tmp) and Redis (REDIS_URL, default db 0 on 127.0.0.1).
2. Counts the SQL queries of each uncached page, without the fragment
   cache: on the first request after a publication (the process's
   per-publication values cold: operations/generation.py), and on the next
   one, which is what every other uncached request costs and what the
   budget is checked on.
3. Serves it with gunicorn (2 workers) and drives it with wrk for a fixed
   time per row: a static file, the agreement page from the page cache,
   then, on a server with the page cache off, the uncached pages ("uncached":
   rendered for every request, with the fragments of the matrix and the
   register in the shared cache and the process's per-publication values
   (routes, menus, language versions: operations/generation.py) warm, as
   for every request but the first after a publication), and finally, for
   comparison, the agreement page with no cache at all (every value
   computed and every query run for every request).
4. Posts 200 affiliation applications from 20 concurrent clients and checks
   that all are stored once and none failed.
5. Prints the table and whether the targets hold (exit status 1 if not).
"""

import concurrent.futures
import json
import os
import re
import statistics
import subprocess
import sys
import time

import requests

from tests.scaleout import servers

PORT = int(os.environ.get("BENCH_PORT", "18050"))
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "8")
SUBMISSIONS, SUBMITTERS = 200, 20
QUERY_BUDGET = 15

COUNT_QUERIES = """
import json
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from operations import pagecache
client = Client(HTTP_HOST="127.0.0.1")
counts = {}
for name, path in PATHS.items():
    client.get(path)
    # The first request after a publication (every per-generation value cold),
    # then the next one (operations/generation.py warm).
    pagecache.purge_all("bench")
    with CaptureQueriesContext(connection) as cold:
        status = client.get(path).status_code
    with CaptureQueriesContext(connection) as warm:
        client.get(path)
    counts[name] = [status, len(cold), len(warm)]
print("COUNTS" + json.dumps(counts))
"""

STORED = """
from forms.models import Application
from django.db.models import Count
numbers = Application.objects.filter(organisation_name__startswith="Bench ")
print("STORED", numbers.count(), numbers.values("organisation_number").distinct().count())
"""


def database_url():
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        base, _, name = url.rpartition("/")
        return f"{base}/{name}_bench"
    return "sqlite:////tmp/overenskommelse-bench.sqlite3"


def shell(env, script, prefix):
    output = servers.manage(env, "shell", "--no-imports", "-c", script).stdout
    line = next(line for line in output.splitlines() if line.startswith(prefix))
    return line[len(prefix) :].strip()


def wrk(url):
    result = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{DURATION}",
            "--timeout",
            "10s",
            "-s",
            "bench/report.lua",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("WRK "))
    return json.loads(line[4:])


def static_url(base):
    html = requests.get(base + "/", headers={"X-Forwarded-Proto": "https"}, timeout=30).text
    return base + re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', html).group(1)


def submit(base, path, serial):
    """One applicant: load the form, fill it in, send it; (status, seconds of the POST)."""
    browser = servers.Browser()
    page = browser.get(base + path)
    token = re.search(r'name="form_token" value="([^"]+)"', page.text).group(1)
    from tests.scaleout.test_scaleout import application

    data = application(servers_number(serial))
    data.update(organisation_name=f"Bench {serial}", form_token=token)
    started = time.monotonic()
    response = browser.post(base + path, data)
    return response.status_code, time.monotonic() - started


def servers_number(serial):
    from stdnum import luhn

    body = f"802999{serial:03d}"
    return body + luhn.calc_check_digit(body)


def submissions(base, path):
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(SUBMITTERS) as pool:
        results = list(pool.map(lambda n: submit(base, path, 500 + n), range(SUBMISSIONS)))
    elapsed = time.monotonic() - started
    seconds = sorted(duration for _status, duration in results)
    return {
        "rps": SUBMISSIONS / elapsed,
        "p50_ms": statistics.median(seconds) * 1000,
        "p95_ms": seconds[int(len(seconds) * 0.95) - 1] * 1000,
        "statuses": sorted({status for status, _duration in results}),
        "server_errors": sum(1 for status, _duration in results if status >= 500),
    }


def main():
    env = servers.production_env(
        database_url(),
        os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
        AFFILIATION_RATE_LIMIT="100000/h",
        AFFILIATION_MIN_FILL_SECONDS="0",
    )
    print(f"Building the data set in {env['DATABASE_URL'].split('@')[-1]} ...", flush=True)
    servers.prepare_database(env, site_script=None)
    build = "import json; from bench.dataset import build; print('PATHS', json.dumps(build()))"
    paths = json.loads(shell(env, build, "PATHS"))
    agreement = paths["agreement"]
    pages = {
        "agreement page": agreement,
        "signatory register (open data)": f"/open-data/signatories/{paths['agreement_id']}.json",
    }
    if paths.get("events"):
        pages["events listing"] = paths["events"]
    uncached_env = {**env, "PAGE_CACHE_TIMEOUT": "0"}
    cold_env = {**uncached_env, "FRAGMENT_CACHE_TIMEOUT": "0", "GENERATION_MEMO": "false"}
    # Queries counted with no page or fragment cache (they would only lower them).
    counts = json.loads(
        shell(
            {**uncached_env, "FRAGMENT_CACHE_TIMEOUT": "0"},
            f"PATHS = {pages!r}\n" + COUNT_QUERIES,
            "COUNTS",
        )
    )
    agreement_only = {"agreement page": agreement}
    no_cache_counts = json.loads(
        shell(cold_env, f"PATHS = {agreement_only!r}\n" + COUNT_QUERIES, "COUNTS")
    )

    rows = {}
    with servers.app_servers(env, [PORT], workers=2) as (base,):
        rows["static file"] = wrk(static_url(base))
        requests.get(base + agreement, headers={"X-Forwarded-Proto": "https"}, timeout=30)
        rows["agreement page, cached"] = wrk(base + agreement)
    with servers.app_servers(uncached_env, [PORT], workers=2) as (base,):
        for name, path in pages.items():
            requests.get(base + path, headers={"X-Forwarded-Proto": "https"}, timeout=30)
            rows[f"{name}, uncached"] = wrk(base + path)
        rows["affiliation submissions"] = submissions(base, agreement + "anslut/")
    # For comparison only (no target): no page cache and no fragment cache at all.
    with servers.app_servers(cold_env, [PORT], workers=2) as (base,):
        rows["agreement page, no cache at all"] = wrk(base + agreement)
    stored, distinct = map(int, shell(env, STORED, "STORED").split())

    print()
    print("| what | requests/s | p50 ms | p95 ms | SQL queries, after a publication / then |")
    print("|---|---:|---:|---:|---:|")
    for name, row in rows.items():
        page = name.replace(", uncached", "").replace(", no cache at all", "")
        queries = ""
        if name.endswith("uncached") and page in counts:
            queries = "{1} / {2}".format(*counts[page])
        elif name.endswith("no cache at all"):
            queries = "{1} / {2}".format(*no_cache_counts["agreement page"])
        print(
            f"| {name} | {row['rps']:.0f} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} | {queries} |"
        )
    static = rows["static file"]["rps"]
    checks = {
        "cached agreement ≥ 50 % of static": rows["agreement page, cached"]["rps"] >= 0.5 * static,
        "uncached agreement ≥ 8 % of static": (
            rows["agreement page, uncached"]["rps"] >= 0.08 * static
        ),
        f"≤ {QUERY_BUDGET} queries per uncached page": all(
            warm <= QUERY_BUDGET and status == 200 for status, _cold, warm in counts.values()
        ),
        "200 submissions stored, none duplicated, no server error": (
            stored == SUBMISSIONS
            and distinct == SUBMISSIONS
            and rows["affiliation submissions"]["server_errors"] == 0
        ),
    }
    print()
    print(
        f"cached/static {rows['agreement page, cached']['rps'] / static:.0%}, "
        f"uncached/static {rows['agreement page, uncached']['rps'] / static:.0%}; "
        f"submissions stored {stored}, distinct {distinct}, "
        f"statuses {rows['affiliation submissions']['statuses']}"
    )
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
