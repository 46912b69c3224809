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
EVAL_OUT ?= /tmp/sinmun-eval
KMOU_N ?= 1000
NER_MODEL ?= fast

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

eval: $(INSTALLED) ## Score every dev set side by side: seeds gold, the dev scrapes, KMOU dev (1,000 sentences), the Wikinews gold, Wikinews cleaning retention and synthetic debris
	@rm -rf $(EVAL_OUT) && mkdir -p $(EVAL_OUT)
	@$(BIN)/sinmun extract $(SHARED)/seeds --out $(EVAL_OUT)/seeds --quiet
	@echo "== seeds ($(SHARED)/gold/seeds.gold.json)"
	@$(BIN)/python $(SHARED)/tools/score_gold.py $(EVAL_OUT)/seeds
	@$(BIN)/sinmun extract $(SHARED)/scrapes --out $(EVAL_OUT)/scrapes --quiet
	@echo "== scrapes of ten outlets ($(SHARED)/gold/scrapes.gold.json)"
	@$(BIN)/python $(SHARED)/tools/score_gold.py $(EVAL_OUT)/scrapes $(SHARED)/gold/scrapes.gold.json
	@$(BIN)/python $(SHARED)/tools/kmou.py build $(SHARED)/corpora/kmou-ner $(EVAL_OUT)/kmou $(KMOU_N) >/dev/null
	@$(BIN)/sinmun extract $(EVAL_OUT)/kmou/kmou.jsonl --out $(EVAL_OUT)/kmou/out --quiet
	@echo "== KMOU dev, $(KMOU_N) sentences (evaluation only)"
	@$(BIN)/python $(SHARED)/tools/kmou.py score $(EVAL_OUT)/kmou/out $(EVAL_OUT)/kmou/kmou.gold.json
	@echo "== Wikinews gold: people, ministers, organizations, funds, amounts, dates (tests/gold/wikinews*.gold.json)"
	@SINMUN_SHARED=$(SHARED) $(BIN)/python -m sinmun.eval_gold --out $(EVAL_OUT)/wikinews-gold
	@echo "== Wikinews: prose kept by cleaning"
	@$(BIN)/python -m sinmun.eval_clean
	@echo "== Wikinews dressed in made-up debris of unseen outlets (dev and check shapes)"
	@$(BIN)/python -m sinmun.eval_debris $(SHARED)/corpora/ko-wikinews/wikinews.csv
	@echo "== facts: seeds ($(SHARED)/gold/seeds.facts.json)"
	@$(BIN)/python $(SHARED)/tools/score_facts.py $(EVAL_OUT)/seeds
	@echo "== facts: our gold by set (tests/gold/wikinews.facts.json, with tests/gold/scrapes.facts.json for hold4; never-tuned hold5 = tests/gold/klue.facts.json, kept out of all)"
	@$(BIN)/python -m sinmun.eval_facts $(EVAL_OUT)/wikinews-facts

wheel-check: $(INSTALLED) ## Build the wheel, install it without extras in a fresh venv, extract and validate the seeds
	@set -euo pipefail; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN)/pip wheel --no-deps --quiet -w "$$tmp/dist" . ; \
	$(PYTHON) -m venv "$$tmp/venv"; \
	"$$tmp/venv/bin/pip" install --quiet "$$tmp"/dist/sinmun-*.whl; \
	cd "$$tmp"; \
	venv/bin/sinmun extract "$(abspath $(SHARED))/seeds" --out out --quiet; \
	venv/bin/sinmun validate out; \
	echo "wheel-check: the wheel installs without extras and extracts and validates the seeds"

bench: $(INSTALLED) ## Time bare Kiwi vs the full extract (wikinews ×8 and ×32, seeds), and the Ray driver's CPU growth ×8 → ×32; writes bench/results.md
	$(BIN)/python bench/run.py --shared $(SHARED)

train-ner: $(INSTALLED) ## Distil the fast NER model from the shipped accurate one: the pipeline with it labels the unlabelled text of ../shared, the student learns that and KLUE-NER, into src/sinmun/models/ner/fast/
	OMP_NUM_THREADS=1 $(BIN)/python -m sinmun.ner.training --fast

train-ner-accurate: $(INSTALLED) ## Train the accurate NER model (teachers, silver rounds) into src/sinmun/models/ner/accurate/
	OMP_NUM_THREADS=1 $(BIN)/python -m sinmun.ner.training --accurate

eval-ner: $(INSTALLED) ## Score NER alone and the whole pipeline on the KLUE-NER test split, and NER alone on 3,000 KMOU dev sentences (metrics.json); NER_MODEL=fast for the distilled one
	OMP_NUM_THREADS=1 $(BIN)/sinmun eval-ner --split test --model $(NER_MODEL)

score: $(INSTALLED) ## Score the five seed articles of ../shared against their gold
	$(BIN)/sinmun extract $(SHARED)/seeds --out /tmp/sinmun-seeds --quiet
	$(BIN)/python $(SHARED)/tools/score_gold.py /tmp/sinmun-seeds

.PHONY: help install extract validate check-batch test schemas score eval wheel-check bench train-ner train-ner-accurate eval-ner
