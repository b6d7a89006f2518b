"""Settings of the site and the task worker that tests/operations start as subprocesses.

`make run`'s settings (cms.settings.dev: the database comes from
DATABASE_URL through the product's own base settings, SQLite options
included) with production's task backend, so e-mail goes through
`db_worker`, and what a test needs around them: no minimum fill time and
no per-client rate limit (many posts come from one address at once), no
debug pages, e-mail written to files in TEST_EMAIL_DIR for the test to read.
"""

import tempfile

from cms.settings.dev import *  # noqa: F403
from cms.settings.dev import env

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
AFFILIATION_MIN_FILL_SECONDS = 0
EVENT_REGISTRATION_RATE_LIMIT = "100000/h"
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = env.get("TEST_EMAIL_DIR", tempfile.gettempdir())
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
