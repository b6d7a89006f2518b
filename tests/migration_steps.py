"""Moving the test database back and forth through migrations, for tests of data migrations.

Such a test migrates back to before a migration, stores rows with the
historical models, migrates forward and reads them back; afterwards the
database must be fully migrated again (the fixture
`back_to_the_latest_migrations` in tests/conftest.py), as later tests use
today's models.
"""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(targets):
    """Migrate to `targets` [(app, migration)]; the historical apps at that state.

    A target (app, None) unapplies all of the app's migrations; name beside it
    the migrations whose models the test reads (the state is theirs).
    """
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([t for t in targets if t[1] is not None]).apps


def migrate_to_latest():
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
