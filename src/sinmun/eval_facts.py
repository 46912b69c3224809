"""Score the facts table on our own Wikinews facts gold (`tests/gold/wikinews.facts.json`).

    python -m sinmun.eval_facts [OUT_DIR] [--show]

The gold names its articles `wikinews.jsonl#wikinews-<row>` like the Wikinews entity gold; its
articles are written as that JSONL batch and extracted by eval_gold's harness (`write_batch`,
`run_extract`), and `../shared/tools/score_facts.py` scores the result: each annotation set on its own
(an article's `set`: `old`, the 22 articles the rules were developed on; `new`, annotated later from
the text alone, the better guide to unseen news; `hold`, 12 more annotated from the text alone, a never-tuned
check until it became a dev set; `hold2`, 12 more annotated and committed before the pipeline ever ran on them,
a dev set from the 2026-12-07 session; `hold3`, 13 more annotated the same way, never tuned on; any other value is
reported as its own set) and all together. `--show` lists the misses.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .eval_gold import DEFAULT_CSV, GOLD_DIR, SHARED, read_wikinews, row_of, run_extract, write_batch

GOLD = GOLD_DIR / "wikinews.facts.json"
SCORER = SHARED / "tools" / "score_facts.py"


def gold_rows(gold: Path = GOLD) -> list[int]:
    return [row_of(a["file"]) for a in json.loads(gold.read_text(encoding="utf-8"))["articles"]]


def split_by_set(gold: Path, folder: Path) -> dict[str, Path]:
    """One gold file per annotation set (and `all`), written into `folder` for the scorer."""
    doc = json.loads(gold.read_text(encoding="utf-8"))
    names = sorted({a.get("set", "old") for a in doc["articles"]}, key=lambda s: (s != "old", s))
    paths = {}
    for name in [*names, "all"]:
        arts = [a for a in doc["articles"] if name == "all" or a.get("set", "old") == name]
        path = folder / f"gold.{name}.json"
        path.write_text(json.dumps({"about": doc["about"], "articles": arts}, ensure_ascii=False), encoding="utf-8")
        paths[f"{name} ({len(arts)} articles)"] = path
    return paths


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path("/tmp/sinmun-eval/wikinews-facts")
    if not DEFAULT_CSV.exists() or not SCORER.exists():
        print(f"{DEFAULT_CSV} or {SCORER} not found: the corpus and the scorer live in ../shared")
        return 2
    batch = write_batch(gold_rows(), read_wikinews(DEFAULT_CSV), out)
    run_extract(batch, out / "out")
    worst = 0
    for label, path in split_by_set(GOLD, out).items():
        print(f"-- {label}", flush=True)
        cmd = [sys.executable, str(SCORER), str(out / "out"), str(path)]
        show = "--show" in argv and label.startswith("all")
        worst = max(worst, subprocess.run(cmd + (["--show"] if show else [])).returncode)
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
