"""Debian's Chromium as Playwright launches it here (it cannot download its own browsers).

Shared by the browser tests and docs/screenshots/take.py: the flags keep it
from reaching the network or updating itself.
"""

import os

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
