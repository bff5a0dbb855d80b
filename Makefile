# The two commands of the README are `make run` and `make test`; the rest serve them.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-s3 setup install translations messages lint format worker beat bench clean

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): install python3-venv (apt-get install python3-venv)."; exit 1; }
	$(PIP) install --quiet --disable-pip-version-check -c requirements.lock -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

translations: install
	$(VENV)/bin/pybabel compile --domain django --directory locale --statistics

setup: translations
	@mkdir -p var
	$(MANAGE) migrate --noinput

# Beside the server, a Celery worker with embedded beat on a file-based broker (var/broker,
# portal/settings/dev.py): retries and the sweeper run on schedule, and nothing else to start.
# Both stop together on Ctrl-C. With REDIS_URL set, Redis is the broker instead.
run: setup
	$(MANAGE) seed_demo
	$(MANAGE) create_demo_users
	$(MANAGE) mock_esia_setup
	@$(VENV)/bin/celery -A portal worker -B --pool=solo --loglevel=WARNING \
		--schedule=var/celerybeat-schedule --without-gossip --without-mingle --without-heartbeat & \
	worker=$$!; trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:8000

test: translations
	$(PY) -m pytest $(PYTEST_ARGS)

# The tests that store, read or delete candidates' documents, with the documents in a bucket
# of moto's S3 server (started by the tests on a free port) instead of a folder.
DOCUMENT_TESTS := tests/applications tests/operators -k "document or upload or file or purge or download or answer"
test-s3: translations
	DOCUMENT_STORAGE=s3 $(PY) -m pytest $(DOCUMENT_TESTS) $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Needs GNU gettext (apt-get install gettext); only for developers who add strings.
messages: install
	$(MANAGE) makemessages -l ru -l de -l fr -l es -l it --no-obsolete --ignore=.venv --ignore=var --ignore=tests --ignore=bench

# Without -Q the worker reads every declared queue: forwarding and the candidate e-mails.
worker: setup
	$(VENV)/bin/celery -A portal worker --loglevel=INFO

beat: setup
	$(VENV)/bin/celery -A portal beat --loglevel=INFO --schedule=var/celerybeat-schedule

# The portal beside a bare Django baseline (bench/run.py); needs PostgreSQL and Redis on
# 127.0.0.1. BENCH_QUICK=1 for a smoke run; results go to bench/RESULTS.md.
bench: translations
	BENCH_QUICK=$(BENCH_QUICK) $(PY) bench/run.py

clean:
	rm -rf $(VENV) var
