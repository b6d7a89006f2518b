"""The suite's calendar: every date a test uses is counted from one frozen "today".

A test must pass whatever day it runs on (CI also runs the suite with the
clock moved years ahead), so no test or factory writes a calendar date of its
own: it asks for `today()` and counts from there. `tests/conftest.py` freezes
the date for each test at noon of the day the run started (Stockholm time),
with the clock still ticking, so elapsed-time rules (fill-time tokens, rate
limits, expiring caches) behave as in real life and no test crosses midnight.
"""

import datetime
import zoneinfo

from django.conf import settings

_started = None


def stockholm():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def today():
    """The day this test run takes place on (fixed at the first call of the run)."""
    global _started
    if _started is None:
        _started = datetime.datetime.now(stockholm()).date()
    return _started


def noon(day=None):
    """12:00 local time on `day` (default: today), as an aware datetime."""
    return datetime.datetime.combine(day or today(), datetime.time(12), tzinfo=stockholm())


def years_ago(years, month=1, day=1):
    """A date in an earlier year: `years_ago(1)` is 1 January of last year."""
    return datetime.date(today().year - years, month, day)


def years_ahead(years, month=12, day=31):
    """A date in a later year: `years_ahead(2)` is 31 December two years from now."""
    return datetime.date(today().year + years, month, day)


def days(n):
    """`today() + n` days (negative for the past)."""
    return today() + datetime.timedelta(days=n)


def at(day_offset, hour=17, minute=30):
    """An aware datetime `day_offset` days from today at hour:minute Stockholm time."""
    return datetime.datetime.combine(
        days(day_offset), datetime.time(hour, minute), tzinfo=stockholm()
    )
