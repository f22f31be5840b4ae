# The project's interface: `make demo`, `make test`, `make generate`, `make check`, `make bench`.
# Everything installs into .venv from pyproject.toml; a fresh machine needs python3 (3.11+) with venv and pip,
# make and bash; `make test` also Python 3.12 and 3.13 and Debian's chromium (README, Development).

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
	docs docs-serve browser wheel other-pythons other-pythons-start other-pythons-wait

help:
	@echo "make demo             run the main job against the embedded mock server"
	@echo "make test             install, check generated code, lint, type-check, run every test"
	@echo "make generate         regenerate generated/ from $(SPEC) (commit both)"
	@echo "make check-generated  fail when generated/ is not what $(SPEC) produces"
	@echo "make api-diff         what the spec change breaks for users (BASE=<git ref or spec file>)"
	@echo "make check-api        version and CHANGELOG.md agree with the diff since the last release"
	@echo "make lint-spec        the spec is OpenAPI 3.1 and follows the spec rules (each finding with its fix)"
	@echo "make contract         schemathesis CLI against a live mock server"
	@echo "make other-pythons    the library's unit tests on Python 3.12 and 3.13 (part of make test)"
	@echo "make bench            benchmarks against hand-written httpx, into benchmarks/REPORT.md"
	@echo "make docs             build the documentation site into site/ (mkdocs --strict)"
	@echo "make docs-serve       serve the documentation on http://127.0.0.1:8000 while editing"
	@echo "make browser          install Debian's chromium and chromium-driver for the docs site check (root)"
	@echo "make wheel            build the wheel into dist/"

# The version is read from _version.py into the installed metadata: a bump reinstalls too
# (wildcard: a copy of the project without the package, as tests make, still has the stamp's rule).
$(STAMP): pyproject.toml $(wildcard overrides/sendbird_calls/_version.py)
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

# lint-spec: OpenAPI 3.1 first, then the rules the generator, the mock and the tests rely on
# (tools/lint_spec; one line per finding with its fix; docs/guides/regenerating.md, "Spec rules").
lint-spec: $(STAMP)
	@echo "==> validating $(SPEC)"
	@$(PY) -m openapi_spec_validator $(SPEC)
	@echo "==> spec rules (tools/lint_spec)"
	@$(PY) -m tools.lint_spec $(SPEC)

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

# The library's unit tests on the other Pythons users run, each in its own .venv-X.Y, in parallel;
# a missing interpreter fails with where it was looked for (tests/other_pythons.py). `make test`
# starts them in the background first and collects them before its own pytest run;
# `make test OTHER_PYTHONS=` leaves them out on purpose.
OTHER_PYTHONS ?= 3.12 3.13
other-pythons: $(STAMP)
	@echo "==> pytest (unit tests) on Python $(or $(OTHER_PYTHONS),-)"
	@$(PY) -m tests.other_pythons $(OTHER_PYTHONS)

# Started first, with the plain $(PYTHON) (the driver needs only the standard library), so its
# installs overlap the main venv's.
other-pythons-start:
	@echo "==> pytest (unit tests) on Python $(or $(OTHER_PYTHONS),-), in the background"
	@$(PYTHON) -m tests.other_pythons start $(OTHER_PYTHONS)

other-pythons-wait:
	@echo "==> pytest (unit tests) on Python $(or $(OTHER_PYTHONS),-): results"
	@$(PYTHON) -m tests.other_pythons wait

contract: $(STAMP)
	@echo "==> schemathesis CLI against a live mock server"
	@$(PY) -m tests.contract_cli

docs: $(STAMP)
	@echo "==> mkdocs build --strict"
	@NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

docs-serve: $(STAMP)
	@NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# The site's browser test (tests/test_docs_site.py) drives Debian's chromium with its chromedriver.
# Installing them takes root and the Debian package registry; without either, say so and stop.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		if [ "$$(id -u)" != 0 ]; then \
			echo "error: the docs site check needs Debian's chromium and chromium-driver, and installing them needs root:" >&2; \
			echo "       run 'sudo apt-get install chromium chromium-driver' (or make browser as root), then make test again" >&2; \
			exit 1; \
		fi; \
		echo "==> installing chromium and chromium-driver (apt-get)"; \
		if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			chromium chromium-driver >/dev/null; }; then \
			echo "error: apt-get could not install chromium and chromium-driver: it needs the Debian package registry" >&2; \
			echo "       (and a Debian or Ubuntu system); install both yourself, then make test again" >&2; \
			exit 1; \
		fi; \
	fi

wheel: $(STAMP)
	@$(PY) -m pip wheel --quiet --disable-pip-version-check --no-deps . -w dist
	@ls dist/*.whl

# pytest runs last: CI reads its summary from the last lines (the other Pythons' runs come before).
test: other-pythons-start check-generated lint-spec lint typecheck contract docs browser check-api other-pythons-wait unit

check: test

demo: $(STAMP)
	@$(PY) -m sendbird_calls.demo

# pytest-benchmark files first (their medians go into the report), then the interleaved harness,
# which writes benchmarks/REPORT.md and the README's Speed comparison. Exit code 5: no such file to collect.
bench: $(STAMP)
	@rm -f benchmarks/pytest-benchmark.json
	@$(BIN)/pytest benchmarks -p no:randomly --benchmark-enable -q -o addopts="" || test $$? -eq 5
	@$(PY) -m benchmarks

clean:
	rm -rf $(VENV) .venv-3.* .mypy_cache .ruff_cache .pytest_cache dist build site
