"""Local development: debug on, e-mail to the console, a fixed insecure key."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
CMS_ENVIRONMENT = "dev"
SECRET_KEY = env.get("SECRET_KEY", "django-insecure-local-development-only")
# ".localhost" lets a second municipality answer at e.g. exempelby.localhost:8000.
ALLOWED_HOSTS = ["127.0.0.1", "localhost", ".localhost", "[::1]", "testserver"]
EMAIL_BACKEND = env.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
