# Plainsight — `make run` serves the engine, `make test` runs the tests. `make help` lists all.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
DATA_DIR ?= $(or $(ENGINE_DATA_DIR),var)
DEMO := engine/data/demo_vacancies.jsonld
# make run: where it listens (GUNICORN_BIND, else 127.0.0.1:PORT, PORT 8000) and where the links in ads
# point (ENGINE_PUBLIC_URL, else this machine at that port); logs as text on a terminal, else JSON
BIND := $(or $(GUNICORN_BIND),127.0.0.1:$(or $(PORT),8000))
PUBLIC_URL ?= $(or $(ENGINE_PUBLIC_URL),http://$(patsubst 0.0.0.0:%,127.0.0.1:%,$(BIND)))
LOG_FORMAT := $(or $(ENGINE_LOG_FORMAT),auto)
DEMO_WRITTEN_ON := 2026-11-25
# make run has no proxy in front, so it runs threaded workers: a client sending its body a byte at
# a time holds one of 8 threads, not a whole worker. Production puts nginx in front (deploy/), which
# buffers bodies, and keeps the faster sync workers (gunicorn.conf.py).
RUN_WORKER_CLASS := $(or $(GUNICORN_WORKER_CLASS),gthread)
RUN_THREADS := $(or $(GUNICORN_THREADS),8)

FUZZ_EXAMPLES ?= 400

.PHONY: help setup models docs translations run test fuzz lint bench clean

print-%: # the value of a variable of this file (tests start servers as make run does)
	@echo '$($*)'

help: ## list the tasks
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

setup: $(STAMP) ## create .venv with the pinned requirements (idempotent)

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $@

models: setup ## rebuild nlp_models/ from the taxonomy in the repo (ESCO=DIR: an ESCO CSV download read on top, not to commit)
	$(BIN)/python -m engine.nlp.build $(if $(ESCO),--esco $(ESCO))

docs: setup ## regenerate docs/system.md (technical documentation with evaluation figures) and docs/configuration.md
	$(BIN)/python -m engine.ops.docs

translations: setup ## extract the text of engine/ and templates/, update the Dutch catalogue, compile it (commit both)
	$(BIN)/pybabel -q extract -F babel.cfg -c TRANSLATORS: --add-location=file -o $(VENV)/messages.pot .
	$(BIN)/pybabel -q update -i $(VENV)/messages.pot -d engine/translations -l nl --init-missing \
		--ignore-obsolete --ignore-pot-creation-date
	$(BIN)/pybabel compile -d engine/translations -l nl --statistics

run: setup ## the local demo: demo catalogue and slots, an admin token, the server on PORT (8000) and the page reader; prints where to go
	@mkdir -p $(DATA_DIR)
	@test -n "$$ENGINE_SECRET_KEY" || test -s $(DATA_DIR)/secret_key || (umask 077; \
		$(BIN)/python -c "import secrets; print(secrets.token_urlsafe(48))" > $(DATA_DIR)/secret_key)
	@test -n "$$ENGINE_ADMIN_TOKEN" || test -s $(DATA_DIR)/admin_token || (umask 077; \
		$(BIN)/python -c "import secrets; print(secrets.token_urlsafe(32))" > $(DATA_DIR)/admin_token)
	@export ENGINE_DATA_DIR=$(DATA_DIR) ENGINE_SECRET_KEY="$${ENGINE_SECRET_KEY:-$$(cat $(DATA_DIR)/secret_key)}" \
		ENGINE_ADMIN_TOKEN="$${ENGINE_ADMIN_TOKEN:-$$(cat $(DATA_DIR)/admin_token)}" ENGINE_PUBLIC_URL=$(PUBLIC_URL) \
		GUNICORN_BIND=$(BIND) ENGINE_LOG_FORMAT=$(LOG_FORMAT) \
		GUNICORN_WORKER_CLASS=$(RUN_WORKER_CLASS) GUNICORN_THREADS=$(RUN_THREADS); \
		$(BIN)/flask --app wsgi vacancies import $(DEMO) --written-on $(DEMO_WRITTEN_ON) && \
		$(BIN)/python -m engine.ops.demo slots && \
		{ $(BIN)/python -m engine.jobs.worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		PLAINSIGHT_DEMO_BANNER=1 $(BIN)/gunicorn -c gunicorn.conf.py wsgi:app; }

test: setup ## run the test suite (real Redis, real pipelines)
	$(BIN)/python -m pytest

EVAL_SET ?= both
ESCO_EVAL = $(or $(ESCO),../shared/external/esco)
.PHONY: eval eval-esco

eval: setup ## language judgments: held-out and development figures side by side (EVAL_SET, EVAL_JSON=file)
	$(BIN)/python -m engine.ops.judgments --set $(EVAL_SET) $(if $(EVAL_JSON),--json $(EVAL_JSON))

eval-esco: setup ## occupation understanding on ESCO's occupations (ESCO=DIR; says so when DIR is missing)
	$(BIN)/python -m engine.ops.judgments --esco $(ESCO_EVAL) $(if $(EVAL_JSON),--json $(EVAL_JSON))

fuzz: setup ## a long fuzz pass: every OpenAPI operation and property, FUZZ_EXAMPLES (400) examples (make test: 25)
	PLAINSIGHT_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest tests/test_fuzz.py tests/test_properties.py

lint: setup ## ruff, the layer contracts (import-linter) and the type checker (mypy)
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

bench: setup ## render throughput and latency against bare Flask: the repeating mix, then the cold mix (needs wrk)
	$(BIN)/python bench/render_bench.py
	$(BIN)/python bench/cold_bench.py

bench-scale: setup ## render latency, memory per worker and freshness at 1k, 10k, 100k vacancies (~15 min, wrk)
	$(BIN)/python bench/scale_bench.py

bench-load: setup ## 60 s at 64 connections of render + OpenRTB bid; fails on any error (needs wrk)
	$(BIN)/python bench/load_bench.py

bench-pacing: setup ## a simulated day of bid requests: daily budgets spent within 10 % of even, hour by hour
	$(BIN)/python bench/pacing_bench.py

bench-faults: setup ## kill and restart Redis under load for 60 s; fails on a failed render or a lost write
	$(BIN)/python bench/fault_bench.py

clean: ## remove the virtualenv and local state
	rm -rf $(VENV) var .pytest_cache .ruff_cache
