# Two commands for a fresh machine: `make serve` and `make test`.
# Everything they need is installed by the targets below.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
HOST   ?= 127.0.0.1
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help setup chromium serve build check test lint bench clean import

help:
	@echo "make serve   bouwt de site en toont ze op http://$(HOST):$(PORT)"
	@echo "make test    installeert alles en voert alle tests uit"
	@echo "make build   bouwt de site in site/"
	@echo "make check   controleert de inhoud in content/"
	@echo "make lint    controleert de Python-code met ruff"
	@echo "make bench   meet de snelheid (zie de pagina Prestaties)"
	@echo "make import FILE=vacatures.csv   leest vacatures uit een .csv- of .xlsx-bestand (PROEF=1: alleen controleren)"

# --- set-up --------------------------------------------------------------
$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# --ignore-scripts: vnu-jar's install script would download a Java runtime
# from GitHub when none is installed; the HTML test uses the system's Java.
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed node_modules/.installed

chromium:
	@tools/ensure-chromium.sh

# --- content and site ----------------------------------------------------
check: $(VENV)/.installed
	$(PY) -m inspiratiebox check

import: $(VENV)/.installed
	@if [ -z "$(FILE)" ]; then echo "Geef het bestand mee, bijvoorbeeld: make import FILE=vacatures.csv (of .xlsx). Een sjabloon staat in docs/assets/sjabloon-vacatures.csv."; exit 2; fi
	$(PY) -m inspiratiebox import "$(FILE)" $(if $(PROEF),--proef)

build: setup
	$(PY) -m inspiratiebox build

serve: setup
	$(PY) -m inspiratiebox serve --host $(HOST) --port $(PORT)

# --- tests -----------------------------------------------------------------
lint: $(VENV)/.installed
	$(BIN)/ruff check .

test: setup chromium lint
	$(PY) -m pytest

bench: setup chromium
	$(PY) -m tools.bench

clean:
	rm -rf site .pytest_cache
