"""Settings split by environment: base, dev (default for manage.py), test, production."""
