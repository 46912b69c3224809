"""`sinmun facts OUT`: the facts table read back, filtered, and laid out for the terminal.

`read_facts` joins each fact to its article's title and publication date and filters by subject (the
canonical name, or a name the subject contains), predicate and a `--since` date (YYYY, YYYY-MM or
YYYY-MM-DD, compared with the fact's date, else the article's publication date).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from rich.table import Table

from ..errors import UsageError
from ..export import read_table, require_outputs, text_or_empty
from .lexicon import PREDICATES

COLUMNS = ("published", "subject", "predicate", "amount", "date", "modality", "recipient", "fund")
WIDE = ("purpose", "sentence")


def read_facts(out_dir: Path, subject: str | None = None, predicate: str | None = None,
               since: str | None = None) -> pd.DataFrame:
    out_dir = require_outputs(Path(out_dir))
    facts = read_table(out_dir, "facts")
    articles = read_table(out_dir, "articles")[["article_id", "title", "published_at", "duplicate_of"]]
    frame = facts.merge(articles, on="article_id", how="left")
    if predicate:
        if predicate not in PREDICATES:
            raise UsageError(f"unknown predicate {predicate!r}: choose one of {', '.join(PREDICATES)}")
        frame = frame[frame["predicate"] == predicate]
    if subject:
        wanted = {"".join(subject.split())}
        orgs = read_table(out_dir, "organizations")
        for name, aliases in zip(orgs["name"], orgs["aliases"]):  # 중기부 -> 중소벤처기업부
            if aliases is not None and subject in list(aliases):
                wanted.add("".join(name.split()))
        names = frame["subject"].fillna("").str.replace(" ", "", regex=False)
        exact = names.isin(wanted)
        frame = frame[exact] if exact.any() else frame[names.map(lambda n: any(w in n for w in wanted) if n else False)]
    if since:
        frame = frame[_when(frame) >= _since(since)]
    return frame.sort_values(["published_at", "article_id", "start"], na_position="last", kind="stable")


def _since(value: str) -> str:
    text = value.strip()
    parts = text.split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4 or len(parts) > 3 or not all(p.isdigit() for p in parts):
        raise UsageError(f"--since {value!r}: give YYYY, YYYY-MM or YYYY-MM-DD")
    return text


def _when(frame: pd.DataFrame) -> pd.Series:
    """The fact's own date, else the month of its article's publication, as a sortable ISO prefix."""
    published = frame["published_at"].map(lambda t: t.strftime("%Y-%m-%d") if pd.notna(t) else "")
    own = frame["date"].fillna("")
    return own.where(own != "", published)


def facts_table(frame: pd.DataFrame, limit: int | None = None, wide: bool = False) -> Table:
    shown = frame.head(limit) if limit else frame
    more = f", first {limit:,} shown" if limit and len(frame) > limit else ""
    table = Table(title=f"facts ({len(frame):,}{more})", title_justify="left", header_style="bold")
    for column in COLUMNS + (WIDE if wide else ()):
        table.add_column(column, overflow="fold")
    for row in shown.itertuples():
        subject = text_or_empty(row.subject)
        if subject and row.subject_implied:
            subject += "*"  # taken from the sentence before or the article's main actor
        fund = ", ".join(row.fund) if row.fund is not None and len(row.fund) else ""
        published = row.published_at.strftime("%Y-%m-%d") if pd.notna(row.published_at) else ""
        cells = [published, subject or "—", row.predicate, row.text, text_or_empty(row.date), row.modality,
                 text_or_empty(row.recipient), fund]
        if wide:
            cells += [text_or_empty(row.purpose), " ".join(text_or_empty(row.sentence).split())]
        table.add_row(*cells)
    return table
