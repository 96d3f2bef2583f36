# The front door. `make test` is the only set-up command the tests need.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GENERATED := generated/python
DOCS := docs/api.md
TS := overlays/typescript
NODE_STAMP := $(TS)/node_modules/.installed
BENCH_NODE_STAMP := bench/typescript/node_modules/.installed

.DEFAULT_GOAL := help
.PHONY: help install demo reliability bench parity vectors test generate check-generated check-api api-diff api-snapshot spec lint typecheck pytest ts-test dist consumers clean

help:
	@echo "make demo             start the local sandbox and redirect, then hang up, a call with the CLI"
	@echo "make test             set up .venv, then check spec, generated code, lint, types, tests"
	@echo "make reliability      run the whole suite and print the fault / bad-input / load / secrets line"
	@echo "make bench            side-by-side benchmark against raw httpx, aiohttp, twilio-python, fetch, twilio-node"
	@echo "make parity           the shared wire vectors in Python and TypeScript, as a table"
	@echo "make vectors          regenerate tests/vectors/operations.json from the spec and twilio-python"
	@echo "make generate         regenerate generated/ and docs/api.md from spec/openapi.yaml and spec/cxml.yaml"
	@echo "make check-generated  fail with a diff if generated/ or docs/api.md is not what the spec gives"
	@echo "make dist             build the wheel, the sdist and the npm tarball into dist/"
	@echo "make api-diff         the public API's changes since api/*.json, each breaking or not"
	@echo "make api-snapshot     record the public API in api/*.json (after a version bump)"

install: $(STAMP)

$(STAMP): requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

$(NODE_STAMP): $(TS)/package.json $(TS)/package-lock.json
	cd $(TS) && npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

# twilio-node, for the benchmark only: its own package.json and lockfile, not the package's.
$(BENCH_NODE_STAMP): bench/typescript/package.json bench/typescript/package-lock.json
	cd bench/typescript && npm ci --no-audit --no-fund --loglevel=error
	touch $(BENCH_NODE_STAMP)

demo: $(STAMP)
	$(BIN)/python scripts/demo.py

reliability: $(STAMP) $(NODE_STAMP) $(BENCH_NODE_STAMP)
	@mkdir -p build
	@RELIABILITY_REPORT=build/reliability.json $(BIN)/pytest -q -p no:cacheprovider > build/reliability.log 2>&1 \
	  || { tail -40 build/reliability.log; exit 1; }
	@$(BIN)/python -c "import json; print(json.load(open('build/reliability.json'))['line'])"

bench: $(STAMP) $(NODE_STAMP) $(BENCH_NODE_STAMP)
	$(BIN)/python -m bench.run

parity: $(STAMP) $(NODE_STAMP)
	@mkdir -p build/parity
	@PARITY_REPORT=build/parity/python.json $(BIN)/pytest -q -p no:cacheprovider tests/test_vectors.py > build/parity/python.log 2>&1 || true
	@cd $(TS) && npx tsc -p tsconfig.json && PARITY_REPORT=../../build/parity/typescript.json \
	  node --test dist/overlays/typescript/test/vectors.test.js > ../../build/parity/typescript.log 2>&1 || true
	@$(BIN)/python scripts/parity.py build/parity/python.json build/parity/typescript.json

vectors: $(STAMP)
	$(BIN)/python scripts/vectors.py tests/vectors/operations.json

test: $(STAMP) $(NODE_STAMP) spec check-generated check-api lint typecheck pytest ts-test consumers

spec: $(STAMP)
	$(BIN)/openapi-spec-validator spec/openapi.yaml
	$(BIN)/python scripts/cxml_generate.py check

generate: $(STAMP) $(NODE_STAMP)
	scripts/generate.sh $(GENERATED) generated/typescript spec/openapi.yaml $(DOCS)
	$(BIN)/python scripts/version.py

# SPEC can point at another document, to show that a changed spec is caught.
SPEC ?= spec/openapi.yaml
check-generated: $(STAMP) $(NODE_STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	scripts/generate.sh "$$tmp/python" "$$tmp/typescript" "$(SPEC)" "$$tmp/api.md" && \
	status=0; \
	diff -ru -x __pycache__ -x '*.gz' $(GENERATED)/signalwire_compat_client "$$tmp/python/signalwire_compat_client" || status=1; \
	$(BIN)/python scripts/gzipped.py $(GENERATED)/signalwire_compat_client "$$tmp/python/signalwire_compat_client" || status=1; \
	diff -ru generated/typescript "$$tmp/typescript" || status=1; \
	diff -u $(DOCS) "$$tmp/api.md" || status=1; \
	$(BIN)/python scripts/version.py --check || status=1; \
	if [ $$status = 0 ]; then \
	  echo "check-generated: generated/ and $(DOCS) match $(SPEC)"; \
	else \
	  echo "check-generated: generated/ or $(DOCS) differs from what $(SPEC) generates (diff above); run 'make generate'" >&2; \
	  exit 1; \
	fi

# The public API of both packages against the snapshot in api/: a change fails until recorded.
check-api: $(STAMP) $(NODE_STAMP)
	$(BIN)/python scripts/api.py check

api-diff: $(STAMP) $(NODE_STAMP)
	$(BIN)/python scripts/api.py diff

api-snapshot: $(STAMP) $(NODE_STAMP)
	$(BIN)/python scripts/api.py snapshot

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) $(NODE_STAMP) $(BENCH_NODE_STAMP)
	$(BIN)/pytest

ts-test: $(STAMP) $(NODE_STAMP)
	cd $(TS) && npm test --silent

dist: $(STAMP) $(NODE_STAMP)
	rm -rf dist && mkdir -p dist
	$(BIN)/python -m hatchling build -d dist > /dev/null
	$(BIN)/twine check --strict dist/*.whl dist/*.tar.gz
	cd $(TS) && npm pack --pack-destination ../../dist --loglevel=error > /dev/null
	@ls -l dist | tail -n +2

# The packages as users install them: a new virtual environment and a new Node project.
consumers: dist
	$(BIN)/python scripts/consumers.py dist

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist $(TS)/node_modules $(TS)/dist $(TS)/lib $(TS)/build bench/typescript/node_modules
