"""The guides name only what exists: make targets, commands, settings, paths, links.

README.md and docs/*.md tell people to type `make bench`, run
`manage.py purge_event_personal_data`, set `PAGE_CACHE_TIMEOUT` or open
`operations/pagecache.py`. When code moves or a setting is renamed, the
guide silently goes wrong; these tests make it fail instead.

What is checked is read from the code in the guides (inline `code` and
fenced blocks), never from prose, with these rules:

- `make <target>`: a target of the Makefile.
- `manage.py <command>`: a command Django knows (`get_commands()`).
- A code span that is a whole UPPER_CASE name (`PAGE_CACHE_TIMEOUT`), and
  every `NAME=` in a code span (`GENERATION_MEMO=false`): a Django setting,
  a name assigned in `cms/settings/*.py`, a name read from the environment
  in the repository's Python (`env.get("NAME")`, `env_bool("NAME")`,
  `os.environ["NAME"]`, ...), an optional setting read with a default
  (`getattr(settings, "NAME", ...)`, `rate_limit("NAME", ...)`), a
  variable of the Makefile (`make demo ARGS=--reset`), or one of
  the few names listed in NOT_SETTINGS with the reason they are not one.
- A word of a code span that looks like a repository path (it contains a
  `/`, or is a file name such as `README.md`), unless it is an address
  (`/admin/`, `https://…`), a placeholder (`<id>`, `…`) or listed in
  NOT_IN_REPOSITORY: it exists in the repository (a `*` must match a file).
- A relative markdown link or image: the file exists, and an `#anchor` into
  a markdown file is one of its headings. Every image has alt text of at
  least three words.

Each rule also asserts that it found something, so a broken pattern cannot
make the test pass by finding nothing.
"""

import ast
import glob
import re
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management import get_commands

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

# Upper-case names in the guides that are not settings, and why.
NOT_SETTINGS = {
    "TZID": "an iCalendar parameter (TZID=Europe/Stockholm), not a setting",
    "IMMEDIATE": "SQLite's BEGIN IMMEDIATE, the transaction mode, not a setting",
}
# Paths the guides name that are deliberately not in the repository.
NOT_IN_REPOSITORY = {
    "../shared/seeds/": "the seed agreements the demo is modelled on, beside the repository",
    "test-results/screenshots/375/": "written by the browser tests, never committed",
}
# File names without a "/" that count as repository paths (at the root).
ROOT_FILE = re.compile(r"^[\w.-]+\.(py|md|toml|lock|in|example|cfg|ini)$")
UPPER_NAME = re.compile(r"^[A-Z][A-Z0-9_]{2,}$")
ASSIGNED_NAME = re.compile(r"(?<![\w.$/-])([A-Z][A-Z0-9_]{2,})=")
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
INLINE = re.compile(r"`([^`\n]+)`")
LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.MULTILINE)


def split_code(text):
    """(fenced blocks, inline code spans, prose without any code)."""
    fenced = FENCE.findall(text)
    outside = FENCE.sub("", text)
    inline = INLINE.findall(outside)
    prose = INLINE.sub("", outside)
    return fenced, inline, prose


def doc_id(path):
    return str(path.relative_to(ROOT))


def code_of(path):
    fenced, inline, _prose = split_code(path.read_text())
    return fenced, inline


# -- what exists ---------------------------------------------------------------


def make_targets():
    text = (ROOT / "Makefile").read_text()
    return set(re.findall(r"^([A-Za-z][\w.-]*)\s*:(?!=)", text, re.MULTILINE)) - {"PHONY"}


def repository_python_files():
    listed = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.split()
    if listed:
        return [ROOT / name for name in listed]
    return [p for p in ROOT.rglob("*.py") if ".venv" not in p.parts]


def literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def dotted(node):
    """ "os.environ.get" for the expression os.environ.get, "" for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr}" if base else ""
    return ""


ENV_CALLS = re.compile(r"^(env\.get|os\.environ\.get|environ\.get|os\.getenv|env_\w+)$")
ENV_MAPPINGS = {"env", "os.environ", "environ"}


def names_in_code():
    """(names assigned in cms/settings, names read from the environment, optional settings)."""
    assigned, from_env, optional = set(), set(), set()
    for path in repository_python_files():
        try:
            tree = ast.parse(path.read_text(), str(path))
        except (SyntaxError, UnicodeDecodeError):
            continue
        in_settings = path.parent == ROOT / "cms" / "settings"
        for node in ast.walk(tree):
            if in_settings and isinstance(node, ast.Assign):
                assigned.update(t.id for t in node.targets if isinstance(t, ast.Name))
            if isinstance(node, ast.Call) and node.args:
                name = dotted(node.func)
                first = literal(node.args[0])
                if first and ENV_CALLS.match(name):
                    from_env.add(first)
                if name.endswith("rate_limit") and first:
                    optional.add(first)
                if name == "getattr" and len(node.args) >= 2 and dotted(node.args[0]) == "settings":
                    optional.add(literal(node.args[1]))
            if isinstance(node, ast.Subscript) and dotted(node.value) in ENV_MAPPINGS:
                from_env.add(literal(node.slice))
    return assigned - {None}, from_env - {None}, optional - {None}


def make_variables():
    """Variables the Makefile sets or uses (`make demo ARGS=--reset`)."""
    text = (ROOT / "Makefile").read_text()
    set_here = re.findall(r"^([A-Z][A-Z0-9_]*)\s*[:?+]?=", text, re.MULTILINE)
    return set(set_here) | set(re.findall(r"\$\(([A-Z][A-Z0-9_]*)\)", text))


def known_setting_names():
    assigned, from_env, optional = names_in_code()
    known = set(dir(settings)) | assigned | from_env | optional
    return known | make_variables() | set(NOT_SETTINGS)


def github_slug(heading):
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path):
    return {github_slug(h) for h in HEADING.findall(FENCE.sub("", path.read_text()))}


# -- what the guides name --------------------------------------------------------


def named_make_targets(path):
    fenced, inline = code_of(path)
    return {t for block in [*fenced, *inline] for t in re.findall(r"\bmake ([a-z][\w-]*)", block)}


def named_commands(path):
    fenced, inline = code_of(path)
    return {c for block in [*fenced, *inline] for c in re.findall(r"manage\.py\s+([a-z_]+)", block)}


def named_settings(path):
    _fenced, inline = code_of(path)
    names = {span for span in inline if UPPER_NAME.match(span)}
    for span in inline:
        names.update(ASSIGNED_NAME.findall(span))
    return names


def path_candidates(span):
    for word in span.split():
        word = word.strip("\"'(),;:")
        if not word or word in NOT_IN_REPOSITORY:
            continue
        if word.startswith(("/", "-", "$")) or re.search(r"://|…|\.\.\.|[<>=$|]", word):
            continue  # an address, an option, a placeholder or a shell expression
        if not re.match(r"^[A-Za-z._]", word):
            continue  # a cron field (`*/15`) or a rate (`5/h`), not a path
        if "/" in word or ROOT_FILE.match(word):
            yield word


def named_paths(path):
    _fenced, inline = code_of(path)
    return {candidate for span in inline for candidate in path_candidates(span)}


def links(path):
    _fenced, _inline, prose = split_code(path.read_text())
    return [
        (bool(bang), alt, target)
        for bang, alt, target in LINK.findall(prose)
        if not re.match(r"^[a-z]+:", target)
    ]


# -- the tests -------------------------------------------------------------------


def test_every_guide_is_found():
    assert ROOT / "README.md" in DOCS
    assert {"editors.md", "operators.md", "developers.md"} <= {p.name for p in DOCS}


@pytest.mark.parametrize("kind", ["make", "manage", "settings", "paths", "links"])
def test_the_rules_find_something(kind):
    """A pattern that stopped matching would make every other test pass."""
    found = {
        "make": named_make_targets,
        "manage": named_commands,
        "settings": named_settings,
        "paths": named_paths,
        "links": links,
    }[kind]
    assert any(found(path) for path in DOCS), f"no {kind} found in any guide"


@pytest.mark.parametrize("doc", DOCS, ids=doc_id)
def test_make_targets_exist(doc):
    missing = sorted(named_make_targets(doc) - make_targets())
    assert not missing, f"{doc_id(doc)} names make targets the Makefile lacks: {missing}"


@pytest.mark.parametrize("doc", DOCS, ids=doc_id)
def test_management_commands_exist(doc):
    missing = sorted(named_commands(doc) - set(get_commands()))
    assert not missing, f"{doc_id(doc)} names management commands that do not exist: {missing}"


@pytest.mark.parametrize("doc", DOCS, ids=doc_id)
def test_settings_exist(doc):
    missing = sorted(named_settings(doc) - known_setting_names())
    assert not missing, (
        f"{doc_id(doc)} names settings that are neither Django settings, nor assigned in "
        f"cms/settings, nor read from the environment or with a default: {missing}"
    )


@pytest.mark.parametrize("doc", DOCS, ids=doc_id)
def test_repository_paths_exist(doc):
    missing = sorted(
        name
        for name in named_paths(doc)
        if name.startswith("../")
        or not (glob.glob(str(ROOT / name)) if "*" in name else (ROOT / name).exists())
    )
    assert not missing, f"{doc_id(doc)} names paths that are not in the repository: {missing}"


@pytest.mark.parametrize("doc", DOCS, ids=doc_id)
def test_relative_links_and_images_exist(doc):
    broken = []
    for _is_image, _alt, target in links(doc):
        file_part, _hash, anchor = target.partition("#")
        linked = (doc.parent / file_part).resolve() if file_part else doc
        if not linked.exists() or (
            anchor and linked.suffix == ".md" and anchor not in anchors(linked)
        ):
            broken.append(target)
    assert not broken, f"{doc_id(doc)} has links to missing files or headings: {broken}"


@pytest.mark.parametrize("doc", DOCS, ids=doc_id)
def test_images_have_alt_text(doc):
    bare = [target for is_image, alt, target in links(doc) if is_image and len(alt.split()) < 3]
    assert not bare, f"{doc_id(doc)} has images without a real description: {bare}"
