# The front door. `make test` is the only set-up command the tests need.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GENERATED := generated/python

.DEFAULT_GOAL := help
.PHONY: help install demo reliability test generate check-generated spec lint typecheck pytest clean

help:
	@echo "make demo             start the local sandbox and redirect, then hang up, a call with the CLI"
	@echo "make test             set up .venv, then check spec, generated code, lint, types, tests"
	@echo "make reliability      run the whole suite and print the fault / bad-input / load / secrets line"
	@echo "make generate         regenerate $(GENERATED) from spec/openapi.yaml"
	@echo "make check-generated  fail with a diff if $(GENERATED) is not what the spec gives"

install: $(STAMP)

$(STAMP): requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python scripts/demo.py

reliability: $(STAMP)
	@mkdir -p build
	@RELIABILITY_REPORT=build/reliability.json $(BIN)/pytest -q -p no:cacheprovider > build/reliability.log 2>&1 \
	  || { tail -40 build/reliability.log; exit 1; }
	@$(BIN)/python -c "import json; print(json.load(open('build/reliability.json'))['line'])"

test: $(STAMP) spec check-generated lint typecheck pytest

spec: $(STAMP)
	$(BIN)/openapi-spec-validator spec/openapi.yaml

generate: $(STAMP)
	scripts/generate.sh $(GENERATED)

# SPEC can point at another document, to show that a changed spec is caught.
SPEC ?= spec/openapi.yaml
check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	scripts/generate.sh "$$tmp" "$(SPEC)" && \
	if diff -ru -x __pycache__ $(GENERATED)/signalwire_compat_client "$$tmp/signalwire_compat_client"; then \
	  echo "check-generated: $(GENERATED) matches $(SPEC)"; \
	else \
	  echo "check-generated: $(GENERATED) differs from what $(SPEC) generates (diff above); run 'make generate'" >&2; \
	  exit 1; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
