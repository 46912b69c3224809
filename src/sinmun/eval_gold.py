"""Who-is-who on news the pipeline was not built on: the Wikinews gold sets scored like the seeds.

    python -m sinmun.eval_gold [--out DIR] [--csv WIKINEWS_CSV] [--misses] [GOLD_JSON ...]
    python -m sinmun.eval_gold draft ROW [ROW ...] [--out DIR]

The gold files (`tests/gold/wikinews*.gold.json`, conventions in `tests/gold/CONVENTIONS.md`) name
their articles `wikinews.jsonl#wikinews-<row>`, a 0-based data row of the Wikinews CSV. The articles are
written as one JSONL batch of that name (title and 작성일 as record metadata, which wins over what
cleaning would infer), extracted, and scored by `../shared/tools/score_gold.py`: each gold file on its
own and, when there are several, all together; `--misses` then lists, article by article, the gold
people, ministers, organizations and funds the output gets wrong and its titled rows the gold lacks —
except for the never-tuned set (`NEVER_TUNED`), whose misses are listed only when its file is named, so
that nobody who changes the rules reads them by accident.
No article text lives in the repository.

`draft` prints the pipeline's entities for some rows in the gold format: a starting point for an
annotator, who must check every row against the text (the pipeline's mistakes must not become gold).
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("SINMUN_SHARED", REPO.parent / "shared"))
DEFAULT_CSV = SHARED / "corpora" / "ko-wikinews" / "wikinews.csv"
SCORER = SHARED / "tools" / "score_gold.py"
GOLD_DIR = REPO / "tests" / "gold"
GOLD_GLOB = "wikinews*.gold.json"
BATCH_NAME = "wikinews.jsonl"
RECORD_PREFIX = "wikinews-"
# The set annotated last and not tuned on: scored with the others, its misses never listed by default.
NEVER_TUNED = ("wikinews-h",)

# The measures score_gold.py prints, in its order; people precision is over titled predicted rows.
MEASURES = ("cleaning", "metadata", "amounts_p", "amounts_r", "amounts_f1", "people_recall", "people_precision",
            "ministers_recall", "organizations", "funds_recall", "dates_recall")

_ARTICLE_KEY = re.compile(rf"^{re.escape(BATCH_NAME)}#{re.escape(RECORD_PREFIX)}(\d+)$")


def article_key(row: int) -> str:
    """The gold article's `file`: what score_gold.py reads from the articles table's `source`."""
    return f"{BATCH_NAME}#{RECORD_PREFIX}{row}"


def row_of(key: str) -> int:
    m = _ARTICLE_KEY.match(key)
    if not m:
        raise ValueError(f"gold article {key!r} is not named {article_key(0).replace('0', '<row>')}")
    return int(m.group(1))


def gold_files(gold_dir: Path = GOLD_DIR) -> list[Path]:
    return sorted(gold_dir.glob(GOLD_GLOB))


def is_never_tuned(path: Path) -> bool:
    return path.name.removesuffix(".gold.json") in NEVER_TUNED


def gold_articles(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def read_wikinews(csv_path: Path = DEFAULT_CSV) -> list[dict[str, str]]:
    """The CSV's data rows (columns 작성일, 출처, 제목, 내용), index = row number."""
    with open(csv_path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def record(row: int, article: dict[str, str]) -> dict[str, str]:
    return {"id": f"{RECORD_PREFIX}{row}", "url": article["출처"], "title": article["제목"],
            "published_at": article["작성일"], "text": article["내용"]}


def write_batch(rows: list[int], csv_rows: list[dict[str, str]], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / BATCH_NAME
    with path.open("w", encoding="utf-8") as f:
        for row in sorted(set(rows)):
            f.write(json.dumps(record(row, csv_rows[row]), ensure_ascii=False) + "\n")
    return path


def run_extract(batch: Path, out_dir: Path) -> None:
    """The same run a user makes (`sinmun extract BATCH --out OUT`), in this process, one worker."""
    from sinmun.extract import extract
    from sinmun.settings import RunSettings

    extract([batch], out_dir, RunSettings(workers=1), force=True, use_cache=False)


def score(out_dir: Path, gold_path: Path, scorer: Path = SCORER) -> dict:
    """score_gold.py's measures (its --json line) for one gold file."""
    done = subprocess.run([sys.executable, str(scorer), str(out_dir), str(gold_path), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[0])


@dataclass(frozen=True)
class GoldScores:
    sets: dict[str, dict]  # gold file stem (and "all" for several) -> score_gold.py's measures
    articles: dict[str, int]

    def table(self) -> str:
        names = list(self.sets)
        lines = ["| measure | " + " | ".join(f"{n} ({self.articles[n]})" for n in names) + " |",
                 "|---|" + "---:|" * len(names)]
        for m in MEASURES:
            lines.append(f"| {m} | " + " | ".join(f"{self.sets[n][m]:.3f}" for n in names) + " |")
        return "\n".join(lines)


def evaluate(out_dir: Path, golds: list[Path] | None = None, csv_path: Path = DEFAULT_CSV) -> GoldScores:
    """Build the batch for every gold article, extract it once, score each gold file and their union."""
    golds = golds if golds is not None else gold_files()
    if not golds:
        raise FileNotFoundError(f"no {GOLD_GLOB} in {GOLD_DIR}")
    by_file = {path.name.removesuffix(".gold.json"): gold_articles(path) for path in golds}
    rows = [row_of(a["file"]) for articles in by_file.values() for a in articles]
    batch = write_batch(rows, read_wikinews(csv_path), out_dir / "batch")
    run_extract(batch, out_dir / "out")
    paths = dict(zip(by_file, golds))
    if len(by_file) > 1:
        union = out_dir / "all.gold.json"
        union.write_text(json.dumps({"articles": [a for arts in by_file.values() for a in arts]},
                                    ensure_ascii=False), encoding="utf-8")
        paths["all"] = union
        by_file["all"] = [a for name, arts in by_file.items() for a in arts]
    sets = {name: score(out_dir / "out", path) for name, path in paths.items()}
    for name, result in sets.items():
        if result["missing_articles"]:
            raise RuntimeError(f"{name}: articles missing from the output: {result['missing_articles']}")
    return GoldScores(sets, {name: len(arts) for name, arts in by_file.items()})


# --- what was missed -------------------------------------------------------------------------------
def misses(out_dir: Path, golds: list[Path]) -> list[str]:
    """One line per gold row the output gets wrong, per article: where to look after `evaluate`."""
    import pandas as pd

    tables = {n: pd.read_parquet(out_dir / "out" / f"{n}.parquet") for n in ("articles", "people", "organizations", "funds")}
    aid_of = dict(zip(tables["articles"]["source"], tables["articles"]["article_id"]))
    lines = []
    for article in (a for path in golds for a in gold_articles(path)):
        pick = {n: t[t["article_id"] == aid_of.get(article["file"])] for n, t in tables.items() if n != "articles"}
        people = {(r["name"], r["title"]): r for _, r in pick["people"].iterrows()}
        titled = {k for k in people if isinstance(k[1], str) and k[1]}
        found = []
        for p in article["people"]:
            key = (p["name"], p["title"])
            if key not in people:
                got = [f"{n}/{t}" for n, t in titled if n == p["name"]] or ["-"]
                lines.append(f"{article['file']}: person {p['name']}/{p['title']}/{p['org']} missed (got {', '.join(got)})")
            elif p["org"] and _nospace(people[key]["org"]) != _nospace(p["org"]):
                lines.append(f"{article['file']}: person {p['name']}/{p['title']} org {_nospace(people[key]['org']) or '-'} (gold {p['org']})")
            found.append(key)
        lines += [f"{article['file']}: extra titled row {n}/{t}/{_nospace(people[(n, t)]['org']) or '-'}"
                  for n, t in sorted(titled - set(found))]
        ministers = {(r["name"], r["ministry"]) for _, r in pick["people"].iterrows() if r["is_minister"]}
        lines += [f"{article['file']}: minister {m['name']}/{m['ministry']} missed"
                  for m in article["ministers"] if (m["name"], m["ministry"]) not in ministers]
        orgs = {_nospace(n) for n in pick["organizations"]["name"]}
        lines += [f"{article['file']}: org {o} missing" for o in article["orgs_must"] if _nospace(o) not in orgs]
        lines += [f"{article['file']}: org {o} present (non-canonical)" for o in article["orgs_must_not"] if _nospace(o) in orgs]
        funds = {_nospace(n) for n in pick["funds"]["name"]}
        lines += [f"{article['file']}: fund {f['name']} missed" for f in article["funds"] if _nospace(f["name"]) not in funds]
    return lines


def _nospace(text) -> str:
    return "".join(str(text).split()) if isinstance(text, str) else ""


# --- drafting -------------------------------------------------------------------------------------
def draft(rows: list[int], out_dir: Path, csv_path: Path = DEFAULT_CSV) -> list[dict]:
    """The pipeline's reading of some rows in the gold format (to be checked by a reader, row by row)."""
    import pandas as pd

    csv_rows = read_wikinews(csv_path)
    run_extract(write_batch(rows, csv_rows, out_dir / "batch"), out_dir / "out")
    tables = {n: pd.read_parquet(out_dir / "out" / f"{n}.parquet")
              for n in ("articles", "people", "organizations", "funds", "amounts", "dates")}
    arts = tables["articles"]
    drafts = []
    for row in rows:
        aid = arts.loc[arts["source"] == article_key(row), "article_id"].iloc[0]
        pick = {n: t[t["article_id"] == aid] for n, t in tables.items()}
        people = pick["people"]

        def value(v):
            return None if v is None or (isinstance(v, float) and pd.isna(v)) else v

        drafts.append({
            "file": article_key(row),
            "meta": {"title": csv_rows[row]["제목"], "published": f"{csv_rows[row]['작성일']}T00:00"},
            "people": [{"name": r["name"], "title": r["title"], "org": value(r["org"])}
                       for _, r in people.iterrows() if isinstance(r["title"], str) and r["title"]],
            "untitled_people": [r["name"] for _, r in people.iterrows() if not isinstance(r["title"], str)],
            "ministers": [{"name": r["name"], "ministry": r["ministry"]} for _, r in people.iterrows() if r["is_minister"]],
            "orgs_must": list(pick["organizations"]["name"]),
            "funds": [{"name": r["name"], "size_value": value(r["size_value"]) and int(r["size_value"])}
                      for _, r in pick["funds"].iterrows()],
            "amounts": [{"text": r["text"], "value": value(r["value"]) and int(r["value"]),
                         "currency": r["currency"]} for _, r in pick["amounts"].iterrows()],
            "dates": [{"text": r["text"], "value": r["value"]} for _, r in pick["dates"].iterrows()],
        })
    return drafts


def main(argv: list[str]) -> int:
    args = list(argv)
    out_dir = Path("/tmp/sinmun-eval-gold")
    csv_path = DEFAULT_CSV
    for flag in ("--out", "--csv"):
        if flag in args:
            i = args.index(flag)
            value = Path(args[i + 1])
            del args[i:i + 2]
            out_dir, csv_path = (value, csv_path) if flag == "--out" else (out_dir, value)
    if not csv_path.exists() or not SCORER.exists():
        print(f"{csv_path} or {SCORER} not found: this evaluation reads ../shared beside the repo")
        return 2
    if args[:1] == ["draft"]:
        print(json.dumps(draft([int(a) for a in args[1:]], out_dir, csv_path), ensure_ascii=False, indent=1))
        return 0
    show_misses = "--misses" in args
    golds = [Path(a) for a in args if a != "--misses"] or gold_files()
    result = evaluate(out_dir, golds, csv_path)
    print(result.table())
    if show_misses:
        named = any(a != "--misses" for a in args)
        print("\n".join(misses(out_dir, golds if named else [g for g in golds if not is_never_tuned(g)])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
