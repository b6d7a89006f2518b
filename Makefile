# The two commands a newcomer needs: `make run` and `make test`.
# Everything else here is what those two are made of.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install migrate demo lint format messages check-messages lock clean bench

## run: set everything up, build the demo site and serve it at http://127.0.0.1:8000
## (with scheduled publishing and expiry checked every minute in the background)
run: install migrate demo
	@echo "Scheduled publishing: manage.py publish_scheduled runs every minute beside the server."
	@( while sleep 60; do $(MANAGE) publish_scheduled >/dev/null 2>&1; done ) & \
	scheduler=$$!; trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

## test: lint, then the whole test suite (SQLite unless DATABASE_URL is set),
## one pytest-xdist worker per core (`make test WORKERS=0` runs it in one process)
WORKERS ?= auto
test: install lint
	$(BIN)/pytest -n $(WORKERS) --dist loadgroup

## install: the virtual environment with the pinned dependencies
install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required, found " + sys.version' 
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

migrate: install
	$(MANAGE) migrate --noinput

## demo: the demo content (idempotent; `make demo ARGS=--reset` rebuilds it)
demo: install
	$(MANAGE) load_initial_data $(ARGS)

lint: install
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(git ls-files '*.html' 2>/dev/null || find . -name '*.html' -not -path './.venv/*')

## format: fix what lint complains about
format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(git ls-files '*.html')

## messages: extract interface strings into the catalogs, tidy and compile them
## (untranslated: `manage.py tidy_catalogs --missing`; fill: `--fill file.json`, then again)
messages: install
	$(MANAGE) makemessages $$($(BIN)/python -c 'from cms.settings.base import CONTENT_LANGUAGE_CODES as c; print(" ".join("-l " + x for x in c))') --no-obsolete --no-location --ignore='.venv/*' --ignore='tests/*' --ignore='static/*'
	$(MANAGE) tidy_catalogs
	$(MANAGE) compilemessages --ignore='.venv/*'

## lock: re-pin the dependency tree after changing requirements.in
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -r requirements.in
	.lock-venv/bin/python -m pip freeze --exclude-editable > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm media .test-media

## bench: a large data set under load with production settings (needs Redis and wrk;
## PostgreSQL when DATABASE_URL is set); prints requests/s, latency and SQL queries
bench: install
	$(BIN)/python -m bench.run
