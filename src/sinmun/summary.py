"""The run summary printed on stderr at the end of `sinmun extract`.

Everything is read back from the Parquet files the run wrote, so the summary is the same whichever
engine produced them, and shows what a user will actually find in the output folder.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from rich.columns import Columns
from rich.console import Console, Group
from rich.table import Table

from .export import read_table, text_or_empty

TOP = 5  # rows in each "most" list
SENTENCE_CHARS = 60  # a sentence is cut to this many characters in the summary


def _around(sentence: str, part: str, limit: int = SENTENCE_CHARS) -> str:
    """The sentence cut to `limit` characters, keeping `part` (the amount) in view."""
    sentence = " ".join(text_or_empty(sentence).split())
    if len(sentence) <= limit:
        return sentence
    start = max(0, min(sentence.find(part) - limit // 3, len(sentence) - limit))
    window = sentence[start: start + limit]
    if start > 0:
        window = "…" + window[1:]
    if start + limit < len(sentence):
        window = window[:-1] + "…"
    return window


def _small_table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", show_edge=False, pad_edge=False,
                  header_style="dim")
    for i, name in enumerate(columns):
        table.add_column(name, justify="right" if i == len(columns) - 1 else "left", overflow="fold")
    return table


def _overview(articles: pd.DataFrame, rejects: pd.DataFrame, seconds: float) -> Table:
    out = len(articles)
    # A reject of an article that was still written (e.g. an overflowing amount) is not an article lost.
    lost = set(rejects["source"]) - set(articles["source"])
    duplicates = int(articles["duplicate_of"].notna().sum())
    rate = out / seconds if seconds else 0.0
    table = _small_table("run", "", "value")
    table.add_row("articles in", f"{out + len(lost):,}")
    table.add_row("articles out", f"{out:,}")
    table.add_row("near-duplicates", f"{duplicates:,}")  # left out of the lists below
    table.add_row("rejects", f"{len(rejects):,}")
    table.add_row("time", f"{seconds:.1f} s")
    table.add_row("articles/s", f"{rate:.1f}")
    return table


def _counts(title: str, column_name: str, values: pd.Series) -> Table:
    table = _small_table(title, column_name, "n")
    for key, n in values.value_counts().sort_index().items():
        table.add_row(str(key), f"{n:,}")
    if values.empty:
        table.add_row("none", "0")
    return table


def _people(people: pd.DataFrame) -> Table:
    table = _small_table("most-mentioned people", "name", "title", "mentions")
    if people.empty:
        return table
    grouped = people.groupby("name").agg(
        mentions=("mentions", "sum"),
        title=("title", lambda s: ", ".join(dict.fromkeys(t for t in s if isinstance(t, str)))),
        ministry=("ministry", lambda s: next((m for m in s if isinstance(m, str)), "")),
    )
    for name, row in grouped.sort_values("mentions", ascending=False, kind="stable").head(TOP).iterrows():
        role = " ".join(p for p in (row.ministry, row.title) if p) or "—"
        table.add_row(name, role, f"{row.mentions:,}")
    return table


def _organizations(orgs: pd.DataFrame) -> Table:
    table = _small_table("most-mentioned organizations", "name", "kind", "mentions")
    if orgs.empty:
        return table
    grouped = orgs.groupby(["name", "kind"], as_index=False)["mentions"].sum()
    for row in grouped.sort_values("mentions", ascending=False, kind="stable").head(TOP).itertuples():
        table.add_row(row.name, row.kind, f"{row.mentions:,}")
    return table


def _amounts(amounts: pd.DataFrame) -> Table:
    table = _small_table("largest amounts", "amount", "sentence", "value")
    known = amounts[amounts["value"].notna()]
    for row in known.sort_values("value", ascending=False, kind="stable").head(TOP).itertuples():
        table.add_row(row.text, _around(row.sentence, row.text), f"{int(row.value):,} {text_or_empty(row.currency)}".strip())
    return table


def summary_renderable(out_dir: Path, seconds: float) -> Group:
    """The summary of the tables in `out_dir` as one rich renderable."""
    tables = {name: read_table(out_dir, name)
              for name in ("articles", "rejects", "mentions", "people", "organizations", "amounts")}
    # The "most" lists count each story once: rows of near-duplicate articles are left out.
    duplicates = set(tables["articles"].loc[tables["articles"]["duplicate_of"].notna(), "article_id"])
    for name in ("people", "organizations", "amounts"):
        tables[name] = tables[name][~tables[name]["article_id"].isin(duplicates)]
    return Group(
        f"[bold]sinmun extract[/bold] → {out_dir}",
        Columns([_overview(tables["articles"], tables["rejects"], seconds),
                 _counts("rejects", "code", tables["rejects"]["code"]),
                 _counts("mentions", "label", tables["mentions"]["label"])], padding=(1, 4)),
        Columns([_people(tables["people"]), _organizations(tables["organizations"])], padding=(1, 4)),
        _amounts(tables["amounts"]),
    )


def print_summary(result, console: Console) -> None:
    """`result` is an `extract.RunResult`: its out_dir is read back, its seconds give the rate."""
    console.print(summary_renderable(result.out_dir, result.seconds))


def print_append_summary(result, console: Console) -> None:
    """After `extract --append`: what the batch added; `sinmun report` shows the whole archive."""
    from .archive import read_manifest
    from .batch_figures import ALREADY_ARCHIVED

    manifest = read_manifest(result.out_dir) or {}
    batch = (manifest.get("batches") or [{}])[-1]
    held = result.reject_codes.get(ALREADY_ARCHIVED, 0)
    total = manifest.get("tables", {}).get("articles", {}).get("rows", 0)
    console.print(f"[bold]sinmun extract --append[/bold] → {result.out_dir}: batch {batch.get('id', '?')} added "
                  f"{result.counts.get('articles', 0):,} article(s) in {result.seconds:.1f} s; {held:,} already "
                  f"archived, {sum(result.reject_codes.values()) - held:,} other reject(s); the archive holds "
                  f"{total:,} article(s)")
