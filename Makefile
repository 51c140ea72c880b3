# Two commands on a fresh machine (Python 3.11+): `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint schema

$(BIN)/lqs-clinical: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/lqs-clinical

demo: setup
	$(BIN)/lqs-clinical demo --out out/demo

test: setup
	$(BIN)/pytest -q -n auto --dist loadfile

lint: setup
	$(BIN)/ruff check lqs_clinical tests bench tools

schema: setup
	$(BIN)/lqs-clinical schema --out schema/bundle.schema.json
