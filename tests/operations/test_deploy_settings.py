"""`cms.settings.production`: required variables and a clean `check --deploy`."""

import os
import subprocess
import sys

from django.conf import settings

import pytest

from tests.operations.production import PRODUCTION_ENV


def manage(*args, **overrides):
    env = {**os.environ, **PRODUCTION_ENV, **overrides}
    env = {key: value for key, value in env.items() if value is not None}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL"])
def test_production_refuses_to_start_without(missing):
    result = manage("check", **{missing: ""})
    assert result.returncode != 0
    assert f"{missing} must be set in production" in result.stderr


def test_production_uses_the_database_task_backend_and_hashed_static_files():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.TASKS['default']['BACKEND']);"
        "print(s.STORAGES['staticfiles']['BACKEND']); print(s.SESSION_ENGINE);"
        "print(s.CACHES['default']['BACKEND'])",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django_tasks_db.DatabaseBackend",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "django.contrib.sessions.backends.cached_db",
        "operations.cache_backend.ResilientRedisCache",
    ]


def test_s3_media_when_a_bucket_is_configured():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.STORAGES['default']['BACKEND']);"
        "print(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])",
        AWS_STORAGE_BUCKET_NAME="media-bucket",
        AWS_S3_CUSTOM_DOMAIN="media.example.se",
    )
    assert result.returncode == 0, result.stderr
    assert "storages.backends.s3.S3Storage" in result.stdout
    assert "https://media.example.se" in result.stdout
