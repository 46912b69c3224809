"""Score the facts table on our own facts gold (`tests/gold/wikinews.facts.json`, `tests/gold/scrapes.facts.json`).

    python -m sinmun.eval_facts [OUT_DIR] [--show]

Each gold file is one source of articles, extracted as a user would: the Wikinews gold names its articles
`wikinews.jsonl#wikinews-<row>` like the Wikinews entity gold (the rows are written as that JSONL batch by
eval_gold's harness, `write_batch`, `run_extract`); the scrapes gold names files of `../shared/scrapes`, which is
extracted as it is (`sinmun extract ../shared/scrapes`). Each source is extracted on its own, so no source changes
another's batch; their `articles` and `facts` tables are then put side by side in `OUT_DIR/scored`, and
`../shared/tools/score_facts.py` scores each annotation set there (an article's `set`: `old`, the 22 articles the
rules were developed on; `new`, annotated later from the text alone; `hold`, `hold2` and `hold3`, each annotated
from the text alone as a never-tuned check and a dev set since; `hold4`, Wikinews rows and portal scrapes annotated
and committed before the pipeline ever ran on them, the never-tuned check of session 2026-12-07; any other value is
reported as its own set) and the tuned sets together (`all`). A never-tuned set stays out of `all`, so `--show`,
which lists the misses of `all`, never shows its misses: look at its figures only.
"""

from __future__ import annotations

import json
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
# Sets nobody tunes on: reported on their own, never in `all` (whose misses `--show` lists).
NEVER_TUNED = ("hold4",)


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


SOURCES = (Source(GOLD, "out", _wikinews_batch), Source(SCRAPES_GOLD, "out-scrapes", lambda out: SCRAPES))


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
