"""The rows of an article do not depend on the process that computed them.

Python salts string hashes per process (PYTHONHASHSEED), so code that walks a `set` of strings
meets them in a different order in every worker. Where that order decides which span wins, two
workers — or a run and its re-run — write different rows for the same article. Each check here
analyses the same articles in processes with different hash seeds and compares every row.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = ("0", "1", "2")
WIKINEWS_ARTICLES = 160

# A foreign name that comes back whole after its bare surname: which of the two forms is looked
# for first decided whether the last "넬슨 만델라" was one mention or "만델라" alone.
REPEATED_FOREIGN_NAME = ('넬슨 만델라 전 대통령은 5일 세상을 떠났다. 오바마 대통령은 "만델라는 위대했다"며 '
                         '"넬슨 만델라라는 스승이 없는 삶은 상상할 수 없다"고 말했다.')

ANALYSE = """
import json, sys
from sinmun.ingest import RawArticle
from sinmun.pipeline import analyze_batch
from sinmun.settings import RunSettings

texts = json.load(open(sys.argv[1], encoding="utf-8"))
raws = [RawArticle(source=f"a{i}", input_format="jsonl", text=t) for i, t in enumerate(texts)]
tables = {}
for i in range(0, len(raws), 64):
    for table, rows in analyze_batch(raws[i:i + 64], RunSettings()).tables.items():
        tables.setdefault(table, []).extend(rows)
print(json.dumps({t: sorted(json.dumps(r, sort_keys=True, default=str, ensure_ascii=False) for r in rows)
                  for t, rows in tables.items()}, ensure_ascii=False))
"""


def _rows_with_hash_seed(texts_file: Path, seed: str) -> dict[str, list[str]]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "SINMUN_KIWI_THREADS": "1"}
    done = subprocess.run([sys.executable, "-c", ANALYSE, str(texts_file)], env=env, capture_output=True,
                          text=True, timeout=600, check=True)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def texts_file(tmp_path_factory, wikinews_csv) -> Path:
    with wikinews_csv.open(encoding="utf-8", newline="") as fh:
        bodies = [row["내용"] for row, _ in zip(csv.DictReader(fh), range(WIKINEWS_ARTICLES))]
    path = tmp_path_factory.mktemp("determinism") / "texts.json"
    path.write_text(json.dumps([REPEATED_FOREIGN_NAME, *bodies], ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def rows_by_seed(texts_file) -> dict[str, dict[str, list[str]]]:
    return {seed: _rows_with_hash_seed(texts_file, seed) for seed in SEEDS}


def test_rows_do_not_depend_on_the_hash_seed(rows_by_seed):
    first = rows_by_seed[SEEDS[0]]
    assert len(first["articles"]) == WIKINEWS_ARTICLES + 1
    for seed in SEEDS[1:]:
        for table in first:
            assert rows_by_seed[seed][table] == first[table], \
                f"{table} rows differ between PYTHONHASHSEED={SEEDS[0]} and {seed}"


def test_a_foreign_name_that_comes_back_whole_is_one_mention(rows_by_seed):
    for seed, tables in rows_by_seed.items():
        articles = [json.loads(row) for row in tables["articles"]]
        first_id = next(a["article_id"] for a in articles if a["source"] == "a0")
        people = {(m["start"], m["end"]): m["text"] for m in map(json.loads, tables["mentions"])
                  if m["article_id"] == first_id and m["label"] == "PERSON"}
        whole = REPEATED_FOREIGN_NAME.rindex("넬슨 만델라")
        assert people.get((whole, whole + len("넬슨 만델라"))) == "넬슨 만델라", f"PYTHONHASHSEED={seed}: {people}"
