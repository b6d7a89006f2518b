"""Settings for take.py: the development settings without Gravatar.

The machine that takes the screenshots may have no network, and a broken
avatar image in every picture teaches an editor nothing.
"""

from cms.settings.dev import *  # noqa: F403

WAGTAIL_GRAVATAR_PROVIDER_URL = None
