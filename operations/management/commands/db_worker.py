"""`manage.py db_worker`: django-tasks-db's worker, waiting out a database outage.

The library's worker exits at the first database error that is not a
locked SQLite file: PostgreSQL restarted for an upgrade, a failover, a
network blip, and e-mail stops going out until someone starts it again.
This command (it takes the library's name: the operations app comes before
django_tasks_db in INSTALLED_APPS) runs the same worker and, when the
database goes away, logs it, waits (1 s, doubling up to
--database-retry-max, 30 s) and starts it again; tasks queued in the
meantime are waiting in the database and go out then. `--batch` runs are
not retried: whoever started them sees the error. Run it under a supervisor
all the same (docs/operators.md has a systemd unit): a crash of any other kind
still ends the process.
"""

import contextlib
import logging
import time

from django.db import connections
from django.db.utils import InterfaceError, OperationalError

from django_tasks_db.management.commands import db_worker

logger = logging.getLogger("django_tasks_db")

DATABASE_GONE = (OperationalError, InterfaceError)


class Command(db_worker.Command):
    help = "Run a database background worker that waits out database outages"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--database-retry-max",
            type=float,
            default=30.0,
            help="Longest wait in seconds between tries while the database is unreachable "
            "(default: %(default)r)",
        )

    def handle(self, *args, database_retry_max, **options):
        if options["batch"]:
            return super().handle(*args, **options)
        delay = min(1.0, database_retry_max)
        while True:
            started = time.monotonic()
            try:
                return super().handle(*args, **options)
            except DATABASE_GONE as exc:
                if time.monotonic() - started > database_retry_max:
                    delay = min(1.0, database_retry_max)  # it ran a while: a new outage
                logger.warning(
                    "Database unavailable (%s); the worker starts again in %.0f s.",
                    type(exc).__name__,
                    delay,
                )
                close_connections()
                time.sleep(delay)
                delay = min(delay * 2, database_retry_max)


def close_connections():
    """Drop the broken connections, so that the next try opens new ones."""
    for connection in connections.all(initialized_only=True):
        with contextlib.suppress(DATABASE_GONE):
            connection.close()
