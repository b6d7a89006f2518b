"""Tests that need something this machine may lack: skip locally, fail in CI.

Browser tests need Chromium, Java and npm; the scale-out test needs
PostgreSQL and Redis. On a laptop without them the tests skip, saying what
is missing; with CI=true (as `.ci/run` sets) they fail instead, so CI can
never pass by skipping.
"""

import os

import pytest


def in_ci():
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def unavailable(message):
    """Skip locally, fail in CI: a test that cannot run must not pass there."""
    if in_ci():
        pytest.fail(f"CI=true but {message}", pytrace=False)
    pytest.skip(message)
