# dosering: the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DOSERING := $(VENV)/bin/dosering
# The pages whose command output cog generates (and `make test` checks).
COGGED := README.md $(wildcard docs/*.md)
COG := $(VENV)/bin/cog -I scripts

.PHONY: demo test lint typecheck docs bench clean install dev fuzz

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# The runtime install (what a user gets).
$(VENV)/.installed: $(PY) pyproject.toml
	$(PY) -m pip install --quiet -e .
	touch $@

# The development install (runtime + test tools).
$(VENV)/.installed-dev: $(PY) pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

# The runtime dependencies as wheels, filled while dependencies are installed: the
# install test (tests/test_wheel.py) puts the built wheel into a fresh venv from here,
# with no network during the tests.
WHEELHOUSE := $(VENV)/wheelhouse
$(WHEELHOUSE)/.filled: $(VENV)/.installed-dev
	$(PY) -m pip wheel --quiet --no-build-isolation -w $(WHEELHOUSE) .
	rm -f $(WHEELHOUSE)/dosering-*.whl
	touch $@

install: $(VENV)/.installed
dev: $(VENV)/.installed-dev

demo: $(VENV)/.installed
	@bash scripts/demo.sh

lint: dev
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/lint-imports

typecheck: dev
	$(VENV)/bin/mypy src tests

docs: dev
	$(COG) -r $(COGGED)

test: dev lint typecheck $(WHEELHOUSE)/.filled
	$(COG) --check $(COGGED)
	$(VENV)/bin/coverage run -m pytest
	$(VENV)/bin/coverage report
	$(PY) -m tests.fuzz.run --smoke --seconds $(FUZZ_SMOKE_SECONDS)

# Coverage-guided fuzzing of every reader (atheris): FUZZ_SECONDS per target.
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 30
fuzz: dev
	$(PY) -m tests.fuzz.run --seconds $(FUZZ_SECONDS)

bench: $(VENV)/.installed-dev
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache .coverage
