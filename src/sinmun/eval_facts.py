"""Score the facts table on our own facts gold (`tests/gold/*.facts.json`: Wikinews, portal scrapes, KLUE).

    python -m sinmun.eval_facts [OUT_DIR] [--show]

Each gold file is one source of articles, extracted as a user would: the Wikinews gold names its articles
`wikinews.jsonl#wikinews-<row>` like the Wikinews entity gold (the rows are written as that JSONL batch by
eval_gold's harness, `write_batch`, `run_extract`); the scrapes gold names files of `../shared/scrapes`, which is
extracted as it is (`sinmun extract ../shared/scrapes`); the KLUE gold (`tests/gold/klue.facts.json`) names
sentences of the KLUE-NER dev split as `klue.jsonl#klue-dev-<n>`, each written as a one-sentence article with no
date (`write_klue_batch`; `klue_money_sentences` chose them). Each source is extracted on its own, so no source
changes another's batch; their `articles` and `facts` tables are then put side by side in `OUT_DIR/scored`, and
`../shared/tools/score_facts.py` scores each annotation set there (an article's `set`: `old`, the 22 articles the
rules were developed on; `new`, annotated later from the text alone; `hold`, `hold2` and `hold3`, each annotated
from the text alone as a never-tuned check and a dev set since; `hold4`, Wikinews rows and portal scrapes annotated
and committed before the pipeline ever ran on them, the never-tuned check of session 2026-12-07 and a dev set from
session 2026-12-08; `hold5`, KLUE-NER dev news sentences annotated and committed the same way, the never-tuned check
of session 2026-12-08; any other value is reported as its own set) and the tuned sets together (`all`). A
never-tuned set stays out of `all`, so `--show`, which lists the misses of `all`, never shows its misses: look at its
figures only.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd

from .eval_gold import DEFAULT_CSV, GOLD_DIR, SHARED, read_wikinews, row_of, run_extract, write_batch

GOLD = GOLD_DIR / "wikinews.facts.json"
SCRAPES_GOLD = GOLD_DIR / "scrapes.facts.json"
SCRAPES = SHARED / "scrapes"
SCORER = SHARED / "tools" / "score_facts.py"
KLUE_GOLD = GOLD_DIR / "klue.facts.json"
KLUE_TSV = SHARED / "corpora" / "klue-ner" / "klue-ner-v1.1_dev.tsv"
KLUE_BATCH = "klue.jsonl"
KLUE_PREFIX = "klue-dev-"
# hold5's selection rule (klue_money_sentences): a KLUE-NER dev news sentence is a candidate when a figure (or 수 and
# a unit) is followed by a currency word; the candidates, in file order, are shuffled with KLUE_SEED and read in that
# order. The first KLUE_READ were read; all became hold5 but KLUE_NOT_MONEY, whose match is no money.
KLUE_MONEY = re.compile(r"(?:\d[\d,.]*\s*(?:[십백천만억조]\s*)*|수\s*[십백천만억조]+\s*)(?:\d[\d,.]*\s*[십백천만억조]*\s*)*"
                        r"(?:원|달러|유로|엔|위안|파운드|프랑|루블|페소|바트|루피)")
KLUE_SEED = 20261208
KLUE_READ = 80
KLUE_NOT_MONEY = {2206: "4파운드 is a weight", 3710: "1원 is 제1원자력발전소"}
# Sets nobody tunes on: reported on their own, never in `all` (whose misses `--show` lists).
NEVER_TUNED = ("hold5",)


@dataclass(frozen=True)
class Source:
    """One gold file, the input its articles come from, and the sub-folder of OUT_DIR it is extracted into."""

    gold: Path
    output: str
    write_input: Callable[[Path], Path]

    def extract(self, out: Path) -> Path:
        run_extract(self.write_input(out), out / self.output)
        return out / self.output


def _wikinews_batch(out: Path) -> Path:
    return write_batch(gold_rows(GOLD), read_wikinews(DEFAULT_CSV), out)


def klue_money_sentences(sentences: list) -> list[int]:
    """The wikitree (news) sentences of the KLUE-NER dev split that write money, in the order hold5 read them."""
    candidates = sorted(s.index for s in sentences if s.guid.endswith("-wikitree") and KLUE_MONEY.search(s.text))
    random.Random(KLUE_SEED).shuffle(candidates)
    return candidates


def klue_index(key: str) -> int:
    """`klue.jsonl#klue-dev-<n>` -> n, the sentence's 0-based position in the tsv (the number in its guid)."""
    batch, _, rid = key.partition("#")
    if batch != KLUE_BATCH or not rid.startswith(KLUE_PREFIX) or not rid[len(KLUE_PREFIX):].isdigit():
        raise ValueError(f"gold article {key!r} is not named {KLUE_BATCH}#{KLUE_PREFIX}<n>")
    return int(rid[len(KLUE_PREFIX):])


def write_klue_batch(indices: list[int], folder: Path, tsv: Path = KLUE_TSV) -> Path:
    """The KLUE sentences as one-sentence articles {id: klue-dev-<n>, guid, text}, one JSONL record each (no date)."""
    from .ner.data import read_klue

    sentences = read_klue(tsv)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / KLUE_BATCH
    with path.open("w", encoding="utf-8") as f:
        for n in sorted(set(indices)):
            record = {"id": f"{KLUE_PREFIX}{n}", "guid": sentences[n].guid, "text": sentences[n].text}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _klue_batch(out: Path) -> Path:
    keys = [a["file"] for a in json.loads(KLUE_GOLD.read_text(encoding="utf-8"))["articles"]]
    return write_klue_batch([klue_index(k) for k in keys], out)


SOURCES = (Source(GOLD, "out", _wikinews_batch), Source(SCRAPES_GOLD, "out-scrapes", lambda out: SCRAPES),
           Source(KLUE_GOLD, "out-klue", _klue_batch))


def gold_rows(gold: Path = GOLD) -> list[int]:
    return [row_of(a["file"]) for a in json.loads(gold.read_text(encoding="utf-8"))["articles"]]


def split_by_set(golds: Path | list[Path], folder: Path) -> dict[str, Path]:
    """One gold file per annotation set, and `all` for the tuned sets, written into `folder` for the scorer."""
    docs = [json.loads(path.read_text(encoding="utf-8")) for path in ([golds] if isinstance(golds, Path) else golds)]
    articles = [a for doc in docs for a in doc["articles"]]
    names = sorted({a.get("set", "old") for a in articles}, key=lambda s: (s != "old", s))
    paths = {}
    for name in [*names, "all"]:
        arts = [a for a in articles
                if a.get("set", "old") == name or (name == "all" and a.get("set", "old") not in NEVER_TUNED)]
        path = folder / f"gold.{name}.json"
        path.write_text(json.dumps({"about": docs[0]["about"], "articles": arts}, ensure_ascii=False), encoding="utf-8")
        paths[f"{name} ({len(arts)} articles)"] = path
    return paths


def side_by_side(outs: list[Path], folder: Path) -> Path:
    """The `articles` and `facts` tables of several extract outputs in one folder, as score_facts.py reads them."""
    folder.mkdir(parents=True, exist_ok=True)
    for table in ("articles", "facts"):
        parts = [pd.read_parquet(out / f"{table}.parquet" if (out / f"{table}.parquet").exists() else out / table)
                 for out in outs]
        pd.concat(parts, ignore_index=True).to_parquet(folder / f"{table}.parquet", index=False)
    return folder


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path("/tmp/sinmun-eval/wikinews-facts")
    if not DEFAULT_CSV.exists() or not SCORER.exists():
        print(f"{DEFAULT_CSV} or {SCORER} not found: the corpus and the scorer live in ../shared")
        return 2
    sources = [s for s in SOURCES if s.gold.exists()]
    if SCRAPES_GOLD.exists() and not SCRAPES.is_dir():
        print(f"{SCRAPES} not found: the scrapes of set hold4 live in ../shared")
        return 2
    if KLUE_GOLD.exists() and not KLUE_TSV.exists():
        print(f"{KLUE_TSV} not found: the KLUE-NER sentences of set hold5 live in ../shared")
        return 2
    outs = [source.extract(out) for source in sources]
    scored = side_by_side(outs, out / "scored")
    worst = 0
    for label, path in split_by_set([s.gold for s in sources], out).items():
        print(f"-- {label}", flush=True)
        cmd = [sys.executable, str(SCORER), str(scored), str(path)]
        show = "--show" in argv and label.startswith("all")
        worst = max(worst, subprocess.run(cmd + (["--show"] if show else [])).returncode)
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
