"""Our facts gold (Wikinews, portal scrapes for hold4, KLUE-NER dev sentences for hold5): well-formed (check_facts.py
finds no error), scored above floors by score_facts.py, and wired so that the never-tuned hold5 stays out of `all`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from sinmun.eval_facts import (GOLD, KLUE_GOLD, KLUE_NOT_MONEY, KLUE_READ, KLUE_TSV, NEVER_TUNED, SCRAPES_GOLD,
                               gold_rows, klue_index, klue_money_sentences, write_klue_batch)
from sinmun.eval_gold import gold_articles, gold_files, read_wikinews, row_of, write_batch

# Never-tuned facts sets whose rows must be new articles: in no other facts set and no copy (same title or same first
# 200 characters, spaces normalised) of a row there under another row number. `hold3` also avoided the Wikinews entity
# gold; `hold4` took seven rows of entity sets b-e (their amounts had never been read as facts) because the corpus held
# no other money articles, so only the facts gold bounds it (value: whether the entity gold's rows are avoided too).
DEDUPLICATED_SETS = {"hold3": True, "hold4": False}


def test_wikinews_facts_gold_passes_check_facts(shared_dir, wikinews_csv, tmp_path):
    rows = gold_rows()
    assert len(set(rows)) >= 35
    batch = write_batch(rows, read_wikinews(wikinews_csv), tmp_path)
    done = subprocess.run([sys.executable, str(shared_dir / "tools" / "check_facts.py"), str(GOLD), str(batch)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 error(s)" in done.stdout


# Measured on our Wikinews facts gold (README, "Evaluation"), each annotation set on its own, minus a
# margin of about two facts, so a change that costs fact quality on news the rules were not written from
# fails CI. `new` was annotated from the text alone, before the pipeline's output for it was read. `hold` (12
# articles, 21 facts) was a never-tuned check until the fourth round made it a development set; one fact
# moves it by 0.05, so its margin is two facts too. `hold2` (12 articles, 32 facts) became a development set
# in session 2026-12-07; its floors sit about two facts (0.06) under. `hold3` (13 articles, 25 facts, 20
# required) became a development set later in that session (found 1.000, full 0.550, subject 0.550, predicate
# 1.000, date 0.950, modality 0.900); one fact moves it by 0.05, so its floors sit two facts (0.10) under. `hold4`,
# the never-tuned check now, gets no floor: a floor would send whoever changed the rules to read its misses.
FLOORS = {
    "old": {"found": 0.99, "full": 0.76, "subject": 0.90, "predicate": 0.93, "date": 0.84, "modality": 0.87},
    "new": {"found": 0.97, "full": 0.70, "subject": 0.83, "predicate": 0.90, "date": 0.88, "modality": 0.93},
    "hold": {"found": 0.95, "full": 0.47, "subject": 0.71, "predicate": 0.71, "date": 0.76, "modality": 0.81},
    "hold2": {"found": 0.94, "full": 0.65, "subject": 0.65, "predicate": 0.90, "date": 0.87, "modality": 0.50},
    "hold3": {"found": 0.95, "full": 0.45, "subject": 0.45, "predicate": 0.90, "date": 0.85, "modality": 0.80},
}


def test_wikinews_facts_scores_stay_above_their_floors(shared_dir, wikinews_csv, tmp_path):
    from sinmun.eval_facts import split_by_set
    from sinmun.eval_gold import run_extract

    batch = write_batch(gold_rows(), read_wikinews(wikinews_csv), tmp_path)
    run_extract(batch, tmp_path / "out")
    low = {}
    for label, path in split_by_set(GOLD, tmp_path).items():
        name = label.split()[0]
        if name not in FLOORS:
            continue
        done = subprocess.run([sys.executable, str(shared_dir / "tools" / "score_facts.py"), str(tmp_path / "out"),
                               str(path), "--json"], capture_output=True, text=True, check=True)
        scores = json.loads(done.stdout.strip().splitlines()[0])
        low.update({f"{name} {k}": round(scores[k], 3) for k, floor in FLOORS[name].items() if scores[k] < floor})
    assert set(FLOORS) <= {label.split()[0] for label in split_by_set(GOLD, tmp_path)}
    assert not low, f"below the floors {FLOORS}: {low}"


def _opening(article: dict[str, str]) -> tuple[str, str]:
    return " ".join(article["제목"].split()), " ".join(article["내용"].split())[:200]


def test_deduplicated_facts_sets_hold_only_new_articles(wikinews_csv):
    csv_rows = read_wikinews(wikinews_csv)
    facts = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    entity_rows = {row_of(a["file"]) for path in gold_files() for a in gold_articles(path)}
    for name, avoids_entity_gold in DEDUPLICATED_SETS.items():
        mine = {row_of(a["file"]) for a in facts if a.get("set") == name}
        assert mine, f"no facts set {name!r} in {GOLD.name}"
        others = {row_of(a["file"]) for a in facts if a.get("set") != name}
        others |= entity_rows if avoids_entity_gold else set()
        assert not mine & others, (name, sorted(mine & others))
        titles = {_opening(csv_rows[row])[0] for row in others}
        openings = {_opening(csv_rows[row])[1] for row in others}
        copies = [row for row in sorted(mine) if _opening(csv_rows[row])[0] in titles
                  or _opening(csv_rows[row])[1] in openings]
        assert not copies, (name, copies)


def test_scrapes_facts_gold_passes_check_facts(shared_dir):
    """hold4's portal scrapes: keys are file names of ../shared/scrapes, as `sinmun extract` writes `source`."""
    scrapes = shared_dir / "scrapes"
    if not scrapes.is_dir():
        pytest.skip(f"{scrapes} is absent")
    check = shared_dir / "tools" / "check_facts.py"
    done = subprocess.run([sys.executable, str(check), str(SCRAPES_GOLD), str(scrapes)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 error(s)" in done.stdout


def _klue_keys() -> list[int]:
    return [klue_index(a["file"]) for a in json.loads(KLUE_GOLD.read_text(encoding="utf-8"))["articles"]]


def test_klue_facts_gold_passes_check_facts(shared_dir, tmp_path):
    """hold5: one-sentence articles of the KLUE-NER dev split, keys klue.jsonl#klue-dev-<n>, no publication date."""
    if not KLUE_TSV.exists():
        pytest.skip(f"{KLUE_TSV} is absent")
    articles = json.loads(KLUE_GOLD.read_text(encoding="utf-8"))["articles"]
    assert {a.get("set") for a in articles} == {"hold5"}
    assert all(a["published"] is None for a in articles)
    batch = write_klue_batch(_klue_keys(), tmp_path)
    done = subprocess.run([sys.executable, str(shared_dir / "tools" / "check_facts.py"), str(KLUE_GOLD), str(batch)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 error(s)" in done.stdout


def test_klue_facts_gold_follows_its_selection_rule():
    """hold5 holds the first KLUE_READ money sentences of the seeded shuffle, all but those whose match is no money:
    the selection is the rule written in its `about`, not a choice of sentences."""
    from sinmun.ner.data import read_klue

    if not KLUE_TSV.exists():
        pytest.skip(f"{KLUE_TSV} is absent")
    sentences = read_klue(KLUE_TSV)
    order = klue_money_sentences(sentences)
    assert all(sentences[n].guid.endswith("-wikitree") for n in order)
    assert _klue_keys() == [n for n in order[:KLUE_READ] if n not in KLUE_NOT_MONEY]
    assert all(f"{n:05d}" in sentences[n].guid for n in _klue_keys())


def test_never_tuned_sets_stay_out_of_all(tmp_path):
    """`all` (whose misses `--show` lists) holds every tuned set, hold4 included from session 2026-12-08, and no
    never-tuned one (hold5, all KLUE sentences)."""
    from sinmun.eval_facts import split_by_set

    labels = split_by_set([GOLD, SCRAPES_GOLD, KLUE_GOLD], tmp_path)
    sets = {label.split()[0]: json.loads(path.read_text(encoding="utf-8"))["articles"]
            for label, path in labels.items()}
    assert NEVER_TUNED == ("hold5",)
    assert {a.get("set", "old") for a in sets["all"]} == set(sets) - {"all", *NEVER_TUNED}
    assert "hold4" in {a.get("set") for a in sets["all"]}
    assert {a["file"].split("#")[0] for a in sets["hold5"]} == {"klue.jsonl"}
    assert len(sets["hold5"]) >= 60
    sources = {"wikinews" if a["file"].startswith("wikinews.jsonl#") else "scrapes" for a in sets["hold4"]}
    assert sources == {"wikinews", "scrapes"}


# Sets scored across sources, each source extracted on its own and the tables put side by side, as eval_facts does.
# `hold4` (15 articles, 30 required facts: Wikinews rows and portal scrapes) was the never-tuned check of session
# 2026-12-07 and is a development set from session 2026-12-08 (then, on main f8839e7: found 0.967, full 0.400, subject
# 0.600, predicate 0.700, date 0.800, modality 0.667); its floors sit two facts (about 0.07) under. `hold5` (78 KLUE-NER
# dev sentences, 114 required facts) is the never-tuned check of session 2026-12-08 (first figures, main f8839e7:
# found 1.000, full 0.596, subject 0.877, predicate 0.667, date 0.947, modality 0.807); its floors sit about 0.05
# under, so that a change costing it several facts fails CI. A failure prints figures only: never read hold5's misses.
FLOORS_ACROSS_SOURCES = {
    "hold4": {"found": 0.90, "full": 0.33, "subject": 0.53, "predicate": 0.63, "date": 0.73},
    "hold5": {"found": 0.95, "full": 0.54, "subject": 0.82, "predicate": 0.61, "date": 0.89},
}


def test_sets_across_sources_stay_above_their_floors(shared_dir, wikinews_csv, tmp_path):
    from sinmun.eval_facts import SCRAPES, side_by_side, split_by_set
    from sinmun.eval_gold import run_extract

    if not SCRAPES.is_dir() or not KLUE_TSV.exists():
        pytest.skip(f"{SCRAPES} or {KLUE_TSV} is absent")
    hold4 = [a for a in json.loads(GOLD.read_text(encoding="utf-8"))["articles"] if a.get("set") == "hold4"]
    run_extract(write_batch([row_of(a["file"]) for a in hold4], read_wikinews(wikinews_csv), tmp_path), tmp_path / "w")
    run_extract(SCRAPES, tmp_path / "s")
    run_extract(write_klue_batch(_klue_keys(), tmp_path), tmp_path / "k")
    scored = side_by_side([tmp_path / "w", tmp_path / "s", tmp_path / "k"], tmp_path / "scored")
    sources = set(pd.read_parquet(scored / "articles.parquet")["source"].map(lambda s: Path(str(s)).name))
    low = {}
    for label, path in split_by_set([GOLD, SCRAPES_GOLD, KLUE_GOLD], tmp_path).items():
        name = label.split()[0]
        if name not in FLOORS_ACROSS_SOURCES:
            continue
        articles = json.loads(path.read_text(encoding="utf-8"))["articles"]
        assert {Path(a["file"]).name for a in articles} <= sources, name
        done = subprocess.run([sys.executable, str(shared_dir / "tools" / "score_facts.py"), str(scored), str(path),
                               "--json"], capture_output=True, text=True, check=True)
        scores = json.loads(done.stdout.strip().splitlines()[0])
        assert scores["facts"] == sum(not f.get("optional") for a in articles for f in a["facts"]), name
        floors = FLOORS_ACROSS_SOURCES[name]
        low.update({f"{name} {k}": round(scores[k], 3) for k, floor in floors.items() if scores[k] < floor})
    assert not low, f"below the floors {FLOORS_ACROSS_SOURCES}: {low}"
