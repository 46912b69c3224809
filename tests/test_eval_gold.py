"""The Wikinews gold sets: well-formed against their articles, and the pipeline's scores on them.

The gold files are data (tests/gold/wikinews*.gold.json, conventions in tests/gold/CONVENTIONS.md); the
articles are read from ../shared at test time. The floors sit just under the figures measured when the
set landed (README, "Evaluation"), so a change that costs who-is-who quality on unseen news fails CI;
raise them when a change lifts a figure.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sinmun.eval_facts import NEVER_TUNED as NEVER_TUNED_FACTS
from sinmun.eval_gold import (MEASURES, NEVER_TUNED, SCORER, article_key, evaluate, gold_articles, gold_files,
                               is_never_tuned, read_wikinews, record, row_of)

GOLDS = gold_files()
# The first two annotators drew from their own half of the CSV's data rows; sets c, d, e, f, g and h (never-tuned
# checks when annotated) drew from the whole CSV, avoiding every row of the sets before them and of the facts gold (no
# overlap is tested below). Sets e, f, g and h also avoided the CSV's duplicate rows (the same article under another
# row); sets g and h each drew from a random half of the rows no earlier set used (the other half is the audit batch).
ROW_RANGES = {"wikinews-a": range(0, 322), "wikinews-b": range(322, 644), "wikinews-c": range(0, 644),
              "wikinews-d": range(0, 644), "wikinews-e": range(0, 644), "wikinews-f": range(0, 644),
              "wikinews-g": range(0, 644), "wikinews-h": range(0, 644)}
DRAWN_FROM_THE_WHOLE_CSV = ("wikinews-c", "wikinews-d", "wikinews-e", "wikinews-f", "wikinews-g", "wikinews-h")
# Sets whose rows must not be a copy of a row of any other set (gold or facts) under another row number.
DEDUPLICATED = ("wikinews-e", "wikinews-f", "wikinews-g", "wikinews-h")
FACTS_GOLD = Path(__file__).parent / "gold" / "wikinews.facts.json"
ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2})?)?)?)?$")

# Measured at 54e192b (README, "Evaluation"), minus a margin of about 0.03 (two or three people rows);
# ministers and funds are few, so losing one of them fails. People raised at the issue-15 people session
# (main 67a8205 + people15: people R a .927 b .949 c .943, titled P a .974 b .969 c 1.000), minus about 0.03;
# set a's people recall raised again at the 2026-12-07 people session (main 586ec0d + people: a .963).
FLOORS = {
    "wikinews-a": {"cleaning": 1.0, "metadata": 1.0, "amounts_f1": 0.97, "people_recall": 0.93,
                   "people_precision": 0.94, "ministers_recall": 1.0, "organizations": 0.84,
                   "funds_recall": 1.0, "dates_recall": 0.96},
    "wikinews-b": {"cleaning": 1.0, "metadata": 1.0, "amounts_f1": 0.97, "people_recall": 0.91,
                   "people_precision": 0.93, "ministers_recall": 1.0, "organizations": 0.90,
                   "funds_recall": 1.0, "dates_recall": 0.90},
    # Set c is a never-tuned check (CONVENTIONS.md): its floors sit about 0.05 under the figures measured when it
    # landed (main 2904325: people R .811, titled P .935, orgs .711, dates 1.0), a margin of three or four rows,
    # so only a real regression fails and nobody is led to tune on its rows; its one minister and no fund are
    # too few to floor. From the 2026-12-07 session it is a development set: people floors as for a and b.
    "wikinews-c": {"cleaning": 1.0, "metadata": 1.0, "amounts_f1": 0.95, "people_recall": 0.91,
                   "people_precision": 0.96, "organizations": 0.66, "dates_recall": 0.95},
    # Set d, the next never-tuned check (CONVENTIONS.md), floored the same way: about 0.05 under its figures on main
    # 67a8205 (people R .622, titled P .757, orgs .869, dates .980, amounts 1.0; first measured at 5abddad: .578,
    # .722, .852); no fund to floor. From the 2026-12-07 session it is a development set: its people floors sit
    # about 0.03 under the people session's figures (main 096d134 + people: people R .978, titled P .978, its one
    # minister found), as for a and b.
    "wikinews-d": {"cleaning": 1.0, "metadata": 1.0, "amounts_f1": 0.95, "people_recall": 0.94,
                   "people_precision": 0.94, "ministers_recall": 1.0, "organizations": 0.82, "dates_recall": 0.93},
    # Set e, the third never-tuned check (CONVENTIONS.md; d is a dev set from then on), floored like d: about 0.05
    # under its first figures, measured on main 586ec0d right after its gold was committed (people R .719, titled P
    # .852, orgs .909, dates .927, amounts 1.0); its two ministers (one missed there) and no fund are too few to floor.
    # A development set from the session that wrote f: people floors about 0.03 under the people work of that session
    # (main 59538b9 + people: people R .938, titled P .968).
    "wikinews-e": {"cleaning": 1.0, "metadata": 1.0, "amounts_f1": 0.95, "people_recall": 0.90,
                   "people_precision": 0.93, "organizations": 0.86, "dates_recall": 0.88},
    # Set f, the fourth never-tuned check (CONVENTIONS.md; e is a dev set from the session that wrote f), floored about
    # 0.03 under its first figures, measured on main cec58b0 right after its gold was committed (6242ec1): people R .776,
    # titled P .839, orgs .852, dates .981, its 5 banknote amounts all found (F1 1.0: losing one fails); its one minister
    # (found) and no fund are too few to floor. A development set from the session that wrote g (2026-12-07, second half).
    "wikinews-f": {"cleaning": 1.0, "metadata": 1.0, "amounts_f1": 0.95, "people_recall": 0.74,
                   "people_precision": 0.80, "organizations": 0.82, "dates_recall": 0.95},
    # Set g, the fifth never-tuned check (CONVENTIONS.md; f is a dev set from the session that wrote g), floored about
    # 0.03 under its first figures, measured on main 7145831 right after its gold was committed (20117ca): people R .720,
    # titled P .766, orgs .784, dates .988. The half of the rows it was drawn from holds no money, fund or minister, so
    # its amounts (1.0: no amount found where there is none), ministers and funds are not floored. A development set from
    # the session that wrote h (2026-12-08).
    "wikinews-g": {"cleaning": 1.0, "metadata": 1.0, "people_recall": 0.69, "people_precision": 0.73,
                   "organizations": 0.75, "dates_recall": 0.95},
    # Set h, the sixth never-tuned check (CONVENTIONS.md; g is a dev set from the session that wrote h), floored about
    # 0.03 under its first figures, measured on main f8839e7 right after its gold was committed (789c8a7): people R .529,
    # titled P .794, orgs .756, dates .963. The half of the rows it was drawn from (the other half of the unused rows,
    # beside the audit batch) holds no money, fund or minister, so its amounts (1.0: no amount found where there is
    # none), ministers and funds are not floored.
    "wikinews-h": {"cleaning": 1.0, "metadata": 1.0, "people_recall": 0.50, "people_precision": 0.76,
                   "organizations": 0.72, "dates_recall": 0.93},
    # a + b + c + d (100 articles, measured at 67a8205 .882 / .939 / .923 / .921 / .968), minus about 0.03 like a
    # and b. They sit under the a + b + c floors (people .91 / .94, ministers 1.0) because "all" took in set d (its
    # missed minister among them), not because a, b or c lost anything; a, b and c keep their own floors. Ministers
    # lowered from .92 to .86 when "all" took in set e (120 articles at 586ec0d: ministers 13/15 = .867, set e's missed
    # minister the second miss; people .863, titled P .934, orgs .941, dates .958): losing one more minister still fails.
    # People and ministers raised at the 2026-12-07 people session (main 096d134 + people: people R .915, titled P
    # .957, ministers 15/15), about 0.03 under; ministers one miss under. Taking in set f (146 articles at cec58b0:
    # people R .900, titled P .937, ministers 16/16, orgs .940, amounts 1.0, dates .962) left every "all" floor standing;
    # so did taking in set g (176 articles at 7145831: people R .907, titled P .935, ministers 16/16, orgs .923, amounts
    # 1.0, dates .966), but for the organizations floor below; and taking in set h (206 articles at f8839e7 + 789c8a7:
    # people R .892, titled P .946, ministers 16/16, orgs .924, amounts 1.0, dates .965).
    "all": {"cleaning": 1.0, "metadata": 1.0, "amounts_f1": 0.97, "people_recall": 0.88,
            "people_precision": 0.92, "ministers_recall": 0.93, "organizations": 0.89,
            "funds_recall": 1.0, "dates_recall": 0.93},
}


def _stem(path: Path) -> str:
    return path.name.removesuffix(".gold.json")


def nospace(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("row", [0, 7, 321, 322, 643])
def test_article_key_names_the_record_and_back(row):
    assert row_of(article_key(row)) == row
    assert article_key(row).endswith("#" + record(row, {"출처": "", "제목": "", "작성일": "", "내용": ""})["id"])


@pytest.mark.parametrize("key", ["wikinews-12", "wikinews.jsonl#12", "other.jsonl#wikinews-12", "wikinews.jsonl#wikinews-x"])
def test_a_key_that_is_not_a_batch_record_is_refused(key):
    with pytest.raises(ValueError):
        row_of(key)


def test_the_record_carries_title_and_date_as_metadata():
    made_up = {"출처": "https://example.org/a", "제목": "가상 기사", "작성일": "2012-09-17", "내용": "본문."}
    assert record(3, made_up) == {"id": "wikinews-3", "url": "https://example.org/a", "title": "가상 기사",
                                  "published_at": "2012-09-17", "text": "본문."}


@pytest.fixture(scope="module")
def csv_rows(wikinews_csv):
    return read_wikinews(wikinews_csv)


def test_gold_files_exist():
    assert GOLDS, "no tests/gold/wikinews*.gold.json"
    assert all(len(gold_articles(path)) >= 20 for path in GOLDS)


def test_no_article_is_in_two_sets_or_twice_in_one():
    rows = [row_of(a["file"]) for path in GOLDS for a in gold_articles(path)]
    assert len(rows) == len(set(rows))


# A facts set allowed to hold rows of the entity sets drawn from the whole CSV: hold4 took rows of sets b-e, dev sets
# by then, when the corpus had no other money articles; it was tuned on by no one while it was the never-tuned facts
# check (session 2026-12-07) and is a dev set like those entity sets from session 2026-12-08.
FACTS_SETS_ON_DEV_ENTITY_ROWS = ("hold4",)


def test_sets_drawn_from_the_whole_csv_share_no_row_with_the_facts_gold():
    """A never-tuned check must not hold an article someone tunes on through the facts gold (a never-tuned facts
    set is tuned on by no one; hold4's rows of sets b-e are allowed, above)."""
    facts_rows = {row_of(a["file"]) for a in json.loads(FACTS_GOLD.read_text(encoding="utf-8"))["articles"]
                  if a.get("set", "old") not in (*NEVER_TUNED_FACTS, *FACTS_SETS_ON_DEV_ENTITY_ROWS)}
    drawn = [path for path in GOLDS if _stem(path) in DRAWN_FROM_THE_WHOLE_CSV]
    assert drawn, f"no gold file among {DRAWN_FROM_THE_WHOLE_CSV}"
    shared = {_stem(path): sorted(facts_rows & {row_of(a["file"]) for a in gold_articles(path)}) for path in drawn}
    assert not any(shared.values()), shared


def _opening(article: dict[str, str]) -> tuple[str, str]:
    """Title and first 200 characters, spaces normalised: what a copy of an article under another row shares."""
    return " ".join(article["제목"].split()), " ".join(article["내용"].split())[:200]


def test_deduplicated_sets_hold_no_copy_of_another_sets_row(csv_rows):
    """The CSV holds some articles twice under different rows; a never-tuned set must not hold such a copy."""
    facts_rows = {row_of(a["file"]) for a in json.loads(FACTS_GOLD.read_text(encoding="utf-8"))["articles"]}
    rows_of = {_stem(path): {row_of(a["file"]) for a in gold_articles(path)} for path in GOLDS}
    checked = [name for name in DEDUPLICATED if name in rows_of]
    assert checked, f"no gold file among {DEDUPLICATED}"
    copies = []
    for name in checked:
        others = facts_rows.union(*(rows for other, rows in rows_of.items() if other != name)) - rows_of[name]
        titles = {_opening(csv_rows[row])[0] for row in others}
        openings = {_opening(csv_rows[row])[1] for row in others}
        copies += [(name, row) for row in sorted(rows_of[name])
                   if _opening(csv_rows[row])[0] in titles or _opening(csv_rows[row])[1] in openings]
    assert not copies


def test_every_gold_file_declares_how_its_rows_were_drawn():
    """A new set must say where its rows come from, so the overlap and copy checks above cover it."""
    stems = {_stem(path) for path in GOLDS}
    assert stems <= set(ROW_RANGES), sorted(stems - set(ROW_RANGES))
    assert set(DEDUPLICATED) <= set(DRAWN_FROM_THE_WHOLE_CSV) <= set(ROW_RANGES)


@pytest.mark.parametrize("path", GOLDS, ids=_stem)
def test_rows_come_from_the_annotators_half(path):
    allowed = ROW_RANGES.get(_stem(path))
    if allowed is None:
        pytest.skip(f"{path.name} has no row range declared in ROW_RANGES")
    assert all(row_of(a["file"]) in allowed for a in gold_articles(path))


@pytest.mark.parametrize("path", GOLDS, ids=_stem)
def test_every_gold_string_is_in_its_article(path, csv_rows):
    """Names, titles, quoted clauses, amounts and dates are read off the text, never invented."""
    problems = []
    for article in gold_articles(path):
        row = row_of(article["file"])
        text = csv_rows[row]["내용"]
        meta = article["meta"]
        if meta.get("title") != csv_rows[row]["제목"] or meta.get("published") != f"{csv_rows[row]['작성일']}T00:00":
            problems.append((row, "meta", meta))
        strings = [*article["body_must_contain"], *article["orgs_must_not"],
                   *(p["name"] for p in article["people"]), *(a["text"] for a in article["amounts"]),
                   *(d["text"] for d in article["dates"]), *(f["name"] for f in article["funds"])]
        problems += [(row, s) for s in strings if s not in text]
        problems += [(row, p["title"]) for p in article["people"] if nospace(p["title"]) not in nospace(text)]
    assert not problems


@pytest.mark.parametrize("path", GOLDS, ids=_stem)
def test_rows_follow_the_conventions(path):
    problems = []
    for article in gold_articles(path):
        row = row_of(article["file"])
        names = [p["name"] for p in article["people"]]
        problems += [(row, "person twice", n) for n in set(names) if names.count(n) > 1]
        for p in article["people"]:
            if not p["title"] or " " in p["title"] or p["title"].startswith("前"):
                problems.append((row, "title", p))
        for m in article["ministers"]:
            titled = {p["name"]: p["title"] for p in article["people"]}
            if not titled.get(m["name"], "").endswith(("장관", "부총리")) or not m["ministry"]:
                problems.append((row, "minister", m))
        for d in article["dates"]:
            if not ISO_PREFIX.match(d["value"]):
                problems.append((row, "date value", d))
        for a in article["amounts"]:
            if not (isinstance(a["value"], int) or a["value"] is None and a.get("optional")):
                problems.append((row, "amount value", a))
        problems += [(row, "org listed both ways", o) for o in set(article["orgs_must"]) & set(article["orgs_must_not"])]
    assert not problems


# Organizations raised at the issue-15 organizations session of 2026-12-07 (main 9c6c0d9 + orgs15: a .935,
# b .977, c .947, all .957), minus about 0.03; they replace the organizations floors of FLOORS. Sets d and e keep
# their own floors in FLOORS ("all" with set e: .941 at 586ec0d). Raised again by the organizations session of
# 2026-12-07 15:30 (main 586ec0d + orgs: a .944, d .951 — set d a development set from that session); "all" stays
# .92 because it takes in the never-tuned sets (with set f: .940 at cec58b0). Lowered to .89 when "all" took in set g
# (.923 at 7145831, set g .784 the cause): about 0.03 under, as for the other floors; a-f keep their own floors.
# Raised by the organizations session of 2026-12-07 21:19 (set f a dev set from that session): d 1.000, f .955.
ORGANIZATION_FLOORS = {"wikinews-a": 0.91, "wikinews-b": 0.94, "wikinews-c": 0.91, "wikinews-d": 0.97,
                       "wikinews-f": 0.92, "all": 0.89}


@pytest.fixture(scope="module")
def scores(shared_dir, wikinews_csv, tmp_path_factory):
    if not SCORER.exists():
        pytest.skip(f"{SCORER} is absent: the gold is scored by ../shared/tools/score_gold.py")
    return evaluate(tmp_path_factory.mktemp("eval-gold"), GOLDS, wikinews_csv)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_at_or_above_the_floors(scores, name):
    if name not in scores.sets:
        pytest.skip(f"{name}: no such gold set in tests/gold/ (\"all\" needs two or more)")
    got = scores.sets[name]
    print(scores.table())
    floors = {**FLOORS[name], "organizations": ORGANIZATION_FLOORS.get(name, FLOORS[name]["organizations"])}
    below = {m: (round(got[m], 3), floor) for m, floor in floors.items() if got[m] < floor}
    assert not below, below
    assert set(FLOORS[name]) <= set(MEASURES)


def test_the_never_tuned_set_is_a_gold_file_and_the_only_one_whose_misses_are_hidden():
    """`--misses` leaves out the never-tuned set unless it is named, so its rows are never read by accident."""
    hidden = [g.name for g in GOLDS if is_never_tuned(g)]
    assert sorted(hidden) == sorted(f"{name}.gold.json" for name in NEVER_TUNED)
    assert len(hidden) < len(GOLDS)
