"""Settings of the demo site the browser tests serve: the test settings, plus
what a robot-driven browser needs (no minimum fill time, no rate limit)."""

from cms.settings.test import *  # noqa: F403

DEBUG = False
# The keyboard journey sends the form within a second or two, and every
# language's error page posts it again.
AFFILIATION_MIN_FILL_SECONDS = 0
AFFILIATION_RATE_LIMIT = "10000/h"
