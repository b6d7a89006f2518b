"""The shape of the house (issue 17's "Done when"), checked where it can be read from the files.

A grab-bag `home/`, a README that grows back to 40 KB, a Wagtail private
attribute used again, or a new app left out of the import contract all
happen one small commit at a time; these checks make each of them fail the
suite instead. Whether the contract holds is `lint-imports`' job, run by
`make lint` before the suite in `make test`: here we check that it is run
there and that every app of the project is in it.
"""

import os
import re
import tomllib
from pathlib import Path

from django.apps import apps

ROOT = Path(__file__).resolve().parent.parent
README_LIMIT = 10_000  # bytes: a newcomer's one screen or two; the rest is in docs/
HOME_LIMIT = 1_500  # lines of home/ without migrations: the home page, the shell, the shared base
PRIVATE_WAGTAIL = "_wagtail_"
# Not the project's own code: dependencies, history, and the tests (which may name
# the private attributes to prove they are not used).
NOT_OURS = {".venv", ".lock-venv", ".git", "node_modules", "tests", "__pycache__"}


def python_files(top, skip=frozenset()):
    for folder, subfolders, files in os.walk(top):
        subfolders[:] = [name for name in subfolders if name not in NOT_OURS | skip]
        yield from (Path(folder) / name for name in files if name.endswith(".py"))


def test_the_readme_is_under_ten_kilobytes():
    size = (ROOT / "README.md").stat().st_size
    assert size < README_LIMIT, f"README.md is {size} bytes; move the detail into docs/"


def test_home_is_under_fifteen_hundred_lines_without_migrations():
    files = list(python_files(ROOT / "home", skip={"migrations"}))
    assert ROOT / "home" / "models.py" in files
    sizes = {str(path.relative_to(ROOT)): len(path.read_text().splitlines()) for path in files}
    total = sum(sizes.values())
    largest = sorted(sizes.items(), key=lambda item: -item[1])[:5]
    assert total < HOME_LIMIT, f"home/ has {total} lines; give a feature its own app: {largest}"


def test_no_code_outside_the_tests_uses_wagtails_private_attributes():
    files = list(python_files(ROOT))
    assert ROOT / "cms" / "urls.py" in files
    assert not any(path.is_relative_to(ROOT / "tests") for path in files)
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in files
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if PRIVATE_WAGTAIL in line
    ]
    assert not found, f"Wagtail's private attributes, which an upgrade may change: {found}"


def import_contracts():
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]


def test_every_app_of_the_project_has_its_place_in_the_import_contract():
    """An app outside the contract could import any other: the one-way order would not hold."""
    ours = {
        config.name.split(".")[0]
        for config in apps.get_app_configs()
        if Path(config.path).is_relative_to(ROOT)
        and "site-packages" not in Path(config.path).parts  # a virtualenv inside the clone
    }
    assert {"home", "agreements", "operations"} <= ours
    linter = import_contracts()
    layers = next(c for c in linter["contracts"] if c["type"] == "layers")["layers"]
    layered = {name.strip() for layer in layers for name in layer.split("|")}
    acyclic = next(c for c in linter["contracts"] if c["type"] == "acyclic_siblings")
    for listed in (set(linter["root_packages"]), layered, set(acyclic["ancestors"])):
        assert not ours - listed, f"apps missing from the import contract: {ours - listed}"


def test_make_test_runs_lint_imports():
    """`make test` runs `make lint` first, and `make lint` runs the import contract."""
    makefile = (ROOT / "Makefile").read_text()
    targets = dict(re.findall(r"^([\w-]+):([^\n=]*)$", makefile, re.MULTILINE))
    assert "lint" in targets["test"].split()
    lint_recipe = re.search(r"^lint:[^\n]*\n((?:\t[^\n]*\n)+)", makefile, re.MULTILINE).group(1)
    assert "lint-imports" in lint_recipe
