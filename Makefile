# The project's interface: `make demo`, `make test`, `make generate`, `make check`, `make bench`.
# Everything installs into .venv from pyproject.toml; a fresh machine needs only python3, pip, git.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV)/bin)
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp
SPEC := openapi/calls-v1.yaml
# tools/generate.py is the one way to generate: it copies overrides/templates, writes spec_facts.jinja
# (overrides/templates/spec_facts.py) and runs the pinned openapi-python-client (api-diff uses it too).
GENERATE := $(PY) tools/generate.py
# api-diff's base: the last release in openapi/releases/ unless BASE=<git ref or spec file>.
BASE ?=

.PHONY: help install generate check-generated api-diff check-api lint-spec lint format typecheck unit contract test check demo bench clean \
	docs docs-serve browser wheel

help:
	@echo "make demo             run the main job against the embedded mock server"
	@echo "make test             install, check generated code, lint, type-check, run every test"
	@echo "make generate         regenerate generated/ from $(SPEC) (commit both)"
	@echo "make check-generated  fail when generated/ is not what $(SPEC) produces"
	@echo "make api-diff         what the spec change breaks for users (BASE=<git ref or spec file>)"
	@echo "make check-api        version and CHANGELOG.md agree with the diff since the last release"
	@echo "make contract         schemathesis CLI against a live mock server"
	@echo "make bench            benchmarks, reported as ratios against a baseline"
	@echo "make docs             build the documentation site into site/ (mkdocs --strict)"
	@echo "make docs-serve       serve the documentation on http://127.0.0.1:8000 while editing"
	@echo "make wheel            build the wheel into dist/"

$(STAMP): pyproject.toml
	@echo "==> installing .[dev,mock] into $(VENV)"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,mock]'
	@touch $(STAMP)

install: $(STAMP)

generate: $(STAMP)
	@echo "==> generating generated/sendbird_calls_api from $(SPEC)"
	@$(GENERATE) $(SPEC) generated/sendbird_calls_api

check-generated: $(STAMP)
	@echo "==> checking generated/ against $(SPEC)"
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; $(GENERATE) $(SPEC) "$$tmp/sendbird_calls_api"; \
	if ! diff -r -u -x __pycache__ generated/sendbird_calls_api "$$tmp/sendbird_calls_api" > "$$tmp/diff"; then \
		head -n 40 "$$tmp/diff"; \
		echo "ERROR: generated/ differs from what $(SPEC) produces."; \
		echo "Fix: run 'make generate', then commit the spec and generated/ together."; \
		exit 1; \
	fi

# api-diff: what the spec (and the Python API) changed for users since BASE; exit 1 when it breaks them.
api-diff: $(STAMP)
	@$(PY) -m tools.api_diff diff $(if $(BASE),--base '$(BASE)',)

# check-api: against the last release, a breaking change needs the version bump the policy asks
# for, and every change its key in CHANGELOG.md's [Unreleased] section.
check-api: $(STAMP)
	@echo "==> api-diff against the last release: version and changelog"
	@$(PY) -m tools.api_diff check

lint-spec: $(STAMP)
	@echo "==> validating $(SPEC)"
	@$(PY) -m openapi_spec_validator $(SPEC)

lint: $(STAMP)
	@echo "==> ruff"
	@$(BIN)/ruff check overrides tests benchmarks tools
	@$(BIN)/ruff format --check overrides tests benchmarks tools

format: $(STAMP)
	@$(BIN)/ruff format overrides tests benchmarks tools
	@$(BIN)/ruff check --fix overrides tests benchmarks tools

typecheck: $(STAMP)
	@echo "==> mypy --strict (hand-written code)"
	@$(BIN)/mypy

unit: $(STAMP)
	@echo "==> pytest"
	@$(BIN)/pytest

contract: $(STAMP)
	@echo "==> schemathesis CLI against a live mock server"
	@$(PY) -m tests.contract_cli

docs: $(STAMP)
	@echo "==> mkdocs build --strict"
	@NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

docs-serve: $(STAMP)
	@NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# The site's browser test (tests/test_docs_site.py) drives Debian's chromium with its chromedriver.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		echo "==> installing chromium and chromium-driver (apt-get)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			chromium chromium-driver >/dev/null; \
	fi

wheel: $(STAMP)
	@$(PY) -m pip wheel --quiet --disable-pip-version-check --no-deps . -w dist
	@ls dist/*.whl

# pytest runs last: CI reads its summary from the last lines.
test: check-generated lint-spec lint typecheck contract docs browser check-api unit

check: test

demo: $(STAMP)
	@$(PY) -m sendbird_calls.demo

# pytest-benchmark files first (their medians go into the report), then the interleaved harness,
# which writes bench/REPORT.md and the README's Speed table. Exit code 5: no such file to collect.
bench: $(STAMP)
	@rm -f bench/pytest-benchmark.json
	@$(BIN)/pytest benchmarks -p no:randomly --benchmark-enable -q -o addopts="" || test $$? -eq 5
	@$(PY) -m benchmarks

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache dist build site
