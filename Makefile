# sinmun — run `make` (or `make help`) to see the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
RAW ?= data/raw
OUT ?= data/processed
SHARED ?= ../shared

help: ## Show the targets and what they do
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,ray]'
	touch $(INSTALLED)

install: $(INSTALLED) ## Create .venv and install sinmun with its test dependencies

extract: $(INSTALLED) ## Extract data/raw/ into validated tables in data/processed/
	$(BIN)/sinmun extract $(RAW) --out $(OUT)
	$(BIN)/sinmun validate $(OUT)

validate: $(INSTALLED) ## Validate the tables in data/processed/
	$(BIN)/sinmun validate $(OUT)

check-batch: $(INSTALLED) ## Check the input batch in data/raw/ before extraction
	$(BIN)/sinmun check-batch $(RAW)

test: $(INSTALLED) ## Run the whole test suite
	$(BIN)/pytest -q

schemas: $(INSTALLED) ## Regenerate schemas/ from the code
	$(BIN)/sinmun schemas

bench: $(INSTALLED) ## Time bare Kiwi vs the full extract (wikinews ×8 and ×32, seeds); writes bench/results.md
	$(BIN)/python bench/run.py --shared $(SHARED)

train-ner: $(INSTALLED) ## Train the NER model on KLUE-NER from ../shared into src/sinmun/models/ner/
	OMP_NUM_THREADS=1 $(BIN)/python -m sinmun.ner_train

eval-ner: $(INSTALLED) ## Score NER alone and the whole pipeline on the KLUE-NER test split (metrics.json)
	OMP_NUM_THREADS=1 $(BIN)/sinmun eval-ner --split test

score: $(INSTALLED) ## Score the five seed articles of ../shared against their gold
	$(BIN)/sinmun extract $(SHARED)/seeds --out /tmp/sinmun-seeds --quiet
	$(BIN)/python $(SHARED)/tools/score_gold.py /tmp/sinmun-seeds

.PHONY: help install extract validate check-batch test schemas score bench train-ner eval-ner
