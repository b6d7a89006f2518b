"""Settings of the affiliation feature, each with a default.

Read through these functions rather than `settings.X` so that a project
need not define any of them, and so that tests can override them with
pytest-django's `settings` fixture (the values are read on every call).
"""

import re

from django.conf import settings

RATE_PATTERN = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")
PERIOD_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def notify_email():
    """The liaison office's address for new applications ("" = the agreement's contact point)."""
    return getattr(settings, "AFFILIATION_NOTIFY_EMAIL", "")


def rate_limit(setting="AFFILIATION_RATE_LIMIT", default="5/h"):
    """(max submissions, window in seconds) per client, from e.g. "5/h" or "20/10m"."""
    value = getattr(settings, setting, default)
    match = RATE_PATTERN.match(str(value))
    if not match:
        raise ValueError(f"{setting} must look like '5/h', not {value!r}")
    count, multiplier, unit = match.groups()
    return int(count), int(multiplier or 1) * PERIOD_SECONDS[unit]


def min_fill_seconds():
    """A form sent back faster than this was filled in by a robot."""
    return getattr(settings, "AFFILIATION_MIN_FILL_SECONDS", 4)


def form_max_age_seconds():
    """How long a rendered form stays valid (a phone left open overnight still works)."""
    return getattr(settings, "AFFILIATION_FORM_MAX_AGE", 7 * 24 * 3600)


def trusted_proxy_count():
    """How many reverse proxies in front of the site append to X-Forwarded-For (0 = none)."""
    return getattr(settings, "AFFILIATION_TRUSTED_PROXY_COUNT", 0)


def retention_months():
    """Months after a rejection or withdrawal until the applicant's personal data is removed."""
    return getattr(settings, "AFFILIATION_RETENTION_MONTHS", 12)


def invitation_max_age_seconds():
    """How long a re-sign invitation link works."""
    return getattr(settings, "AFFILIATION_INVITATION_MAX_AGE", 365 * 24 * 3600)
