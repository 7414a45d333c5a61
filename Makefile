# The few commands a person types. DAGSTER_HOME must be absolute.
export DAGSTER_HOME := $(CURDIR)/dagster_home

install:
	python3 -m venv .venv && .venv/bin/pip install -e ".[dev]"

ingest:
	.venv/bin/etl ingest

ui:
	.venv/bin/dagster dev -m etl.definitions

test:
	.venv/bin/pytest

lint:
	.venv/bin/ruff check etl tests && .venv/bin/ruff format --check etl tests

bench:
	.venv/bin/python benchmarks/ingest_benchmark.py

.PHONY: install ingest ui test lint bench
