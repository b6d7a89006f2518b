"""A pg_dump of the site restored into an empty database serves the same pages.

The backup and restore steps of docs/operators.md, on PostgreSQL: `pg_dump
--format=custom`, `createdb`, `pg_restore`. Each site is then read through
Django's test client in a process of its own pointed at the database.
"""

import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys

from django.conf import settings
from django.db import connection

import pytest

from tests.factories import AgreementPageFactory, PrinciplePageFactory
from tests.factories.forms import SignatureFactory

# serialized_rollback: earlier transactional tests flush what migrations created.
pytestmark = [
    pytest.mark.restore,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PATHS = ["/", "/overenskommelsen/", "/overenskommelsen/2025-2028/", "/open-data/signatories.json"]

# The open-data files carry the time they were generated: left out of the comparison.
READ_PAGES = """
import hashlib, json, re
from django.test import Client
client = Client()
result = {}
for path in PATHS:
    response = client.get(path)
    content = re.sub(rb'"generated_at": "[^"]*"', b"", response.content)
    result[path] = [response.status_code, hashlib.sha256(content).hexdigest()]
print("PAGES" + json.dumps(result))
"""


def postgres_tool(name):
    found = shutil.which(name)
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if candidates:
        return candidates[-1]
    if found:
        return found
    pytest.fail(f"{name} not found (Debian's postgresql-client)")


def read_pages(database_url):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": database_url,
    }
    script = f"PATHS = {PATHS!r}\n" + READ_PAGES
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("PAGES"))
    return json.loads(line[len("PAGES") :])


@pytest.fixture
def postgres_url():
    if connection.vendor != "postgresql":
        pytest.skip("backup and restore are tested on PostgreSQL (set DATABASE_URL)")
    config = connection.settings_dict
    auth = config["USER"] + (f":{config['PASSWORD']}" if config["PASSWORD"] else "")
    return f"postgres://{auth}@{config['HOST']}:{config['PORT'] or 5432}"


def test_restored_dump_serves_the_same_pages(postgres_url, home_page, agreement_index, tmp_path):
    agreement_index.slug = "overenskommelsen"
    agreement_index.save()
    agreement = AgreementPageFactory(parent=agreement_index, slug="2025-2028")
    PrinciplePageFactory(parent=agreement, title="Självständighet")
    SignatureFactory(agreement=agreement, organisation__name="Föreningen Backup")

    source_name = connection.settings_dict["NAME"]
    target_name = f"{source_name}_restored"
    dump = tmp_path / "site.dump"
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    subprocess.run(
        [postgres_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={dump}",
         f"{postgres_url}/{source_name}"],
        check=True, env=env, timeout=300,
    )  # fmt: skip
    subprocess.run(
        [postgres_tool("dropdb"), "--if-exists", f"--maintenance-db={postgres_url}/postgres",
         target_name],
        check=True, env=env, timeout=60,
    )  # fmt: skip
    subprocess.run(
        [postgres_tool("createdb"), f"--maintenance-db={postgres_url}/postgres", target_name],
        check=True, env=env, timeout=60,
    )  # fmt: skip
    try:
        subprocess.run(
            [postgres_tool("pg_restore"), "--no-owner", "--exit-on-error",
             f"--dbname={postgres_url}/{target_name}", str(dump)],
            check=True, env=env, timeout=300,
        )  # fmt: skip
        original = read_pages(f"{postgres_url}/{source_name}")
        restored = read_pages(f"{postgres_url}/{target_name}")
    finally:
        subprocess.run(
            [postgres_tool("dropdb"), "--if-exists", f"--maintenance-db={postgres_url}/postgres",
             target_name],
            env=env, timeout=60,
        )  # fmt: skip
    assert [status for status, _digest in original.values()] == [200] * len(PATHS)
    assert restored == original
    assert hashlib.sha256(b"").hexdigest() not in {digest for _s, digest in original.values()}
