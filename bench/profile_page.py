"""In-process profile of public pages, production settings: CPU ms per request and where it goes.

`make bench` says how a page compares with a static file under load; this
says what the page's own work costs and which functions it goes to, without
gunicorn, wrk or a busy machine's scheduling in the way (CPU time,
`time.process_time`, is steady while other work comes and goes; wall time
is printed beside it).

    .venv/bin/python -m bench.profile_page --build       # once: the data set of bench/dataset.py
    .venv/bin/python -m bench.profile_page               # every cache off, agreement page
    .venv/bin/python -m bench.profile_page --profile     # and the functions it spends it in
    .venv/bin/python -m bench.profile_page --caches on --all   # page cache off, fragments warm
    .venv/bin/python -m bench.profile_page --save /tmp/before  # the HTML of the pages compared
    .venv/bin/python -m bench.profile_page --compare /tmp/before   # the same after a change

`--caches off` (the default) is the bench's "no cache at all": page cache,
fragment caches and kept routes off (PAGE_CACHE_TIMEOUT=0,
FRAGMENT_CACHE_TIMEOUT=0, ROUTE_CACHE_TIMEOUT=0); `--caches on` keeps the
fragments and routes (the bench's "uncached"); `--caches page` also the
page cache. The data set lives in PROFILE_DATABASE_URL (default SQLite in
/tmp) and needs Redis at REDIS_URL (default redis://127.0.0.1:6379/0).
`--save`/`--compare` write and compare the HTML of the agreement page in
Swedish, English and Arabic, a principle page and the register's open data,
whitespace collapsed: a change meant to make a page cheaper must not change
what it shows.
"""

import argparse
import cProfile
import difflib
import json
import os
import pstats
import re
import statistics
import sys
import time
from pathlib import Path

DATABASE_URL = os.environ.get(
    "PROFILE_DATABASE_URL", "sqlite:////tmp/overenskommelse-profile.sqlite3"
)
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
# The paths of the data set's pages, beside an SQLite database (else in /tmp).
PATHS_FILE = (
    Path(DATABASE_URL.removeprefix("sqlite:///") + ".paths.json")
    if DATABASE_URL.startswith("sqlite:")
    else Path("/tmp") / (DATABASE_URL.rpartition("/")[2] + ".paths.json")
)
CACHES = {
    "off": {"PAGE_CACHE_TIMEOUT": "0", "FRAGMENT_CACHE_TIMEOUT": "0", "ROUTE_CACHE_TIMEOUT": "0"},
    "on": {"PAGE_CACHE_TIMEOUT": "0"},
    "page": {},
}


def environment(caches):
    from tests.scaleout import servers

    return servers.production_env(
        DATABASE_URL,
        REDIS_URL,
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        STATIC_ROOT=str(Path("/tmp") / f"overenskommelse-profile-static-{os.getuid()}"),
        SCALEOUT_SECRET_KEY="profile-only-not-a-secret-profile-only-not-a-secret",
        **CACHES[caches],
    )


def build():
    """The bench's data set in its own database; its paths kept beside it."""
    from bench.run import shell
    from tests.scaleout import servers

    env = environment("off")
    servers.prepare_database(env, site_script=None)
    script = "import json; from bench.dataset import build; print('PATHS', json.dumps(build()))"
    paths = json.loads(shell(env, script, "PATHS"))
    PATHS_FILE.parent.mkdir(parents=True, exist_ok=True)
    PATHS_FILE.write_text(json.dumps(paths))
    return paths


def pages(paths):
    agreement = paths["agreement"]
    return {
        "agreement page": agreement,
        "agreement page (en)": "/en" + agreement,
        "agreement page (ar)": "/ar" + agreement,
        "principle page": paths["principle"],
        "agreement index": paths["index"],
        "events listing": paths["events"],
        "event page": paths["event"],
        "follow-up report": paths["follow_up"],
        "home page": "/",
        "signatory register (open data)": f"/open-data/signatories/{paths['agreement_id']}.json",
    }


COMPARED = [
    "agreement page",
    "agreement page (en)",
    "agreement page (ar)",
    "principle page",
    "signatory register (open data)",
]


def client():
    from django.test import Client

    return Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")


def normalised(content):
    """The page, runs of whitespace collapsed, without the open data's time of generation."""
    text = re.sub(r'"generated_at": "[^"]*"', '"generated_at": ""', content.decode())
    return re.sub(r"\s+", " ", text).replace("> <", "><").strip()


def timed(browser, path, requests):
    cpu, wall = [], []
    for _ in range(requests):
        started, started_wall = time.process_time(), time.perf_counter()
        response = browser.get(path)
        cpu.append(time.process_time() - started)
        wall.append(time.perf_counter() - started_wall)
        assert response.status_code == 200, (path, response.status_code)
    return statistics.median(cpu) * 1000, statistics.median(wall) * 1000, len(response.content)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="build the data set first")
    parser.add_argument("--caches", choices=sorted(CACHES), default="off")
    parser.add_argument("--requests", type=int, default=30, help="requests per page (median)")
    parser.add_argument("--all", action="store_true", help="every public page type")
    parser.add_argument("--page", action="append", help="a page by its name (repeatable)")
    parser.add_argument("--profile", action="store_true", help="cProfile the first page")
    parser.add_argument("--sort", default="cumulative", help="pstats sort key (also tottime)")
    parser.add_argument("--lines", type=int, default=45)
    parser.add_argument("--save", type=Path, help="write the compared pages' HTML here")
    parser.add_argument("--compare", type=Path, help="compare the pages with a --save")
    args = parser.parse_args()

    paths = build() if args.build else json.loads(PATHS_FILE.read_text())
    os.environ.update(environment(args.caches))
    import django

    django.setup()
    from django.core.management import call_command

    manifest = Path(os.environ["STATIC_ROOT"]) / "staticfiles.json"
    if not manifest.exists():
        call_command("collectstatic", "--noinput", verbosity=0)

    named = pages(paths)
    browser = client()
    if args.save or args.compare:
        different = 0
        for name in COMPARED:
            html = normalised(browser.get(named[name]).content)
            file = (args.save or args.compare) / (re.sub(r"\W+", "-", name) + ".html")
            if args.save:
                file.parent.mkdir(parents=True, exist_ok=True)
                file.write_text(html)
                print(f"saved {name}: {len(html)} characters")
            elif (before := file.read_text()) == html:
                print(f"same  {name}")
            else:
                different += 1
                print(f"DIFF  {name}")
                diff = difflib.unified_diff(
                    before.replace("><", ">\n<").splitlines(),
                    html.replace("><", ">\n<").splitlines(),
                    lineterm="",
                    n=1,
                )
                print("\n".join(list(diff)[:40]))
        return 1 if different else 0

    chosen = list(named) if args.all else (args.page or ["agreement page"])
    print(f"caches {args.caches}; median of {args.requests} requests after one warm-up")
    print("| page | CPU ms | wall ms | bytes | queries |")
    print("|---|---:|---:|---:|---:|")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for name in chosen:
        browser.get(named[name])
        with CaptureQueriesContext(connection) as queries:
            browser.get(named[name])
        # Counted now: every request clears the connection's query log.
        count = len(queries)
        cpu, wall, size = timed(browser, named[name], args.requests)
        print(f"| {name} | {cpu:.1f} | {wall:.1f} | {size} | {count} |", flush=True)

    if args.profile:
        profiler = cProfile.Profile()
        path = named[chosen[0]]
        profiler.enable()
        for _ in range(args.requests):
            browser.get(path)
        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.strip_dirs().sort_stats(args.sort).print_stats(args.lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
