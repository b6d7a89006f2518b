"""When to try again after the mail server refused or could not be reached.

Delays grow from one minute to an hour and stop after about two days, so a
weekend-long outage of the mail server loses no notification.
"""

import datetime

from django.utils import timezone

MAX_ATTEMPTS = 60


def retry_delay(attempt):
    """The time of the next try after `attempt` failed ones, or None to give up."""
    if attempt >= MAX_ATTEMPTS:
        return None
    minutes = min(2 ** (attempt - 1), 60)
    return timezone.now() + datetime.timedelta(minutes=minutes)
