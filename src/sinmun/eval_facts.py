"""Score the facts table on our own Wikinews facts gold (`tests/gold/wikinews.facts.json`).

    python -m sinmun.eval_facts [OUT_DIR]

Writes the gold's Wikinews articles as one JSONL batch (`wikinews.jsonl`, records
`{"id": "wikinews-<row>", "url", "title", "published_at": 작성일, "text"}`, row = 0-based CSV data row,
so `source` is `wikinews.jsonl#wikinews-<row>`, the gold's `file`), extracts it and runs
`../shared/tools/score_facts.py` on the result.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
DEFAULT_CSV = SHARED / "corpora" / "ko-wikinews" / "wikinews.csv"
GOLD = REPO / "tests" / "gold" / "wikinews.facts.json"


def wikinews_records(csv_path: Path = DEFAULT_CSV, rows: set[int] | None = None) -> list[dict]:
    """Wikinews articles as JSONL records, id `wikinews-<row>` (0-based over the CSV's data rows)."""
    with Path(csv_path).open(encoding="utf-8", newline="") as fh:
        return [{"id": f"wikinews-{i}", "url": r["출처"], "title": r["제목"], "published_at": r["작성일"],
                 "text": r["내용"]}
                for i, r in enumerate(csv.DictReader(fh)) if rows is None or i in rows]


def write_batch(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def gold_rows(gold: Path = GOLD) -> set[int]:
    articles = json.loads(gold.read_text(encoding="utf-8"))["articles"]
    return {int(a["file"].rsplit("-", 1)[1]) for a in articles}


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("/tmp/sinmun-eval/wikinews-facts")
    if not DEFAULT_CSV.exists():
        print(f"{DEFAULT_CSV} not found: the Wikinews corpus lives in ../shared")
        return 2
    batch = write_batch(out / "wikinews.jsonl", wikinews_records(DEFAULT_CSV, gold_rows()))
    subprocess.run([sys.executable, "-m", "sinmun.cli", "extract", str(batch), "--out", str(out / "out"),
                    "--quiet"], check=True)
    scorer = SHARED / "tools" / "score_facts.py"
    return subprocess.run([sys.executable, str(scorer), str(out / "out"), str(GOLD)]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
