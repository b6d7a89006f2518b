"""cms.settings.production, for tests that need its values."""

import importlib
import sys
from unittest import mock

# A complete production environment: the settings refuse to load without one.
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x7#kq9-production-check-only-" + "a1B2c3D4e5F6g7H8i9J0" * 2,
    "ALLOWED_HOSTS": "overenskommelse.example.se",
    "REDIS_URL": "redis://127.0.0.1:6379/8",
    "DATABASE_URL": "sqlite:////tmp/production-deploy-check.sqlite3",
}


def production_settings():
    """cms.settings.production as a module, read with PRODUCTION_ENV.

    For a test that must run with one of production's own values (not a copy
    of it that could drift) under the test settings.
    """
    from cms.settings import base

    name = "cms.settings.production"
    with mock.patch.dict(base.env, PRODUCTION_ENV):
        sys.modules.pop(name, None)
        try:
            return importlib.import_module(name)
        finally:
            sys.modules.pop(name, None)
