# The few commands a person types. DAGSTER_HOME must be absolute.
export DAGSTER_HOME := $(CURDIR)/dagster_home

install:
	python3 -m venv .venv && .venv/bin/pip install -e ".[dev]"

ingest:
	.venv/bin/etl ingest

# `make ui PORT=3001` for another port; Ctrl-C stops the webserver and the daemon
PORT ?= 3000
ui:
	VIRTUAL_ENV=$(CURDIR)/.venv PATH=$(CURDIR)/.venv/bin:$$PATH .venv/bin/dg dev --host 127.0.0.1 --port $(PORT)

check-defs:
	VIRTUAL_ENV=$(CURDIR)/.venv PATH=$(CURDIR)/.venv/bin:$$PATH .venv/bin/dg check defs

test:
	.venv/bin/pytest

lint:
	.venv/bin/ruff check etl tests && .venv/bin/ruff format --check etl tests

bench:
	.venv/bin/python benchmarks/ingest_benchmark.py

bench-scale:
	.venv/bin/python benchmarks/scale_benchmark.py --scales 1,10

bench-parse:
	.venv/bin/python benchmarks/parse_speed.py

.PHONY: install ingest ui check-defs test lint bench bench-scale bench-parse
