"""Score the facts table on our own Wikinews facts gold (`tests/gold/wikinews.facts.json`).

    python -m sinmun.eval_facts [OUT_DIR]

The gold names its articles `wikinews.jsonl#wikinews-<row>` like the Wikinews entity gold; its
articles are written as that JSONL batch and extracted by eval_gold's harness (`write_batch`,
`run_extract`), and `../shared/tools/score_facts.py` scores the result.
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


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("/tmp/sinmun-eval/wikinews-facts")
    if not DEFAULT_CSV.exists() or not SCORER.exists():
        print(f"{DEFAULT_CSV} or {SCORER} not found: the corpus and the scorer live in ../shared")
        return 2
    batch = write_batch(gold_rows(), read_wikinews(DEFAULT_CSV), out)
    run_extract(batch, out / "out")
    return subprocess.run([sys.executable, str(SCORER), str(out / "out"), str(GOLD)]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
