"""`sinmun show OUT ARTICLE_ID`: one article in the terminal, its mentions highlighted, its tables below."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .errors import UsageError
from .export import read_table, require_outputs, text_or_empty

LABEL_STYLES = {
    "PERSON": "bold black on bright_cyan",
    "ORG": "bold black on bright_green",
    "LOC": "black on yellow",
    "MONEY": "bold black on bright_magenta",
    "FUND": "bold white on magenta",
    "DATE": "black on bright_blue",
    "TIME": "black on blue",
    "PERCENT": "black on bright_red",
    "QUANTITY": "black on white",
}
FACT_STYLE = "bold magenta"
TABLE_COLUMNS = {
    "people": ["name", "title", "former", "org", "is_minister", "ministry", "mentions"],
    "organizations": ["name", "kind", "aliases", "mentions"],
    "amounts": ["text", "value", "currency", "approximate", "qualifier"],
    "dates": ["text", "value", "granularity", "relative", "qualifier"],
    "facts": ["text", "subject", "predicate", "recipient", "fund", "date", "modality"],
}


def show_article(out_dir: Path, article_id: str | None, console: Console) -> None:
    """Print an article's clean body with mentions highlighted by label, then its entity tables.

    `article_id` may be the full id, or a unique prefix of the id or of the input file name; without
    one, the articles of the run are listed. Raises `UsageError` when the folder or article is unknown.
    """
    out_dir = require_outputs(Path(out_dir))
    articles = read_table(out_dir, "articles")
    if not article_id:
        console.print(_article_list(articles))
        return
    article = _find_article(articles, article_id)
    aid = article["article_id"]
    header = " · ".join(x for x in (text_or_empty(article.get("outlet")), text_or_empty(article.get("title")),
                                     _when(article.get("published_at"))) if x)
    mentions = _rows(out_dir, "mentions", aid)
    facts = _rows(out_dir, "facts", aid)
    console.print(Panel(highlighted_body(text_or_empty(article["body"]), mentions, facts),
                        title=header or aid, subtitle=f"{aid} · {article['source']}"))
    console.print(_legend())
    for name, columns in TABLE_COLUMNS.items():
        console.print(_table(name, _rows(out_dir, name, aid), columns))


def highlighted_body(body: str, mentions: pd.DataFrame, facts: pd.DataFrame | None = None) -> Text:
    """The body with every mention styled by its label (outer mentions first, inner ones on top), and
    each amount followed by its fact: `⟨subject · predicate⟩`."""
    text = Text(body)
    if len(mentions):
        ordered = mentions.assign(length=mentions["end"] - mentions["start"]).sort_values("length", ascending=False)
        for row in ordered.itertuples():
            style = LABEL_STYLES.get(row.label)
            if style and 0 <= row.start < row.end <= len(body):
                text.stylize(style, int(row.start), int(row.end))
    if facts is None or not len(facts):
        return text
    marked = Text()
    pos = 0
    for row in facts.sort_values("end").itertuples():
        end = int(row.end)
        if not pos <= end <= len(body):
            continue
        marked.append_text(text[pos:end])
        marked.append(f"⟨{fact_label(row)}⟩", style=FACT_STYLE)
        pos = end
    marked.append_text(text[pos:])
    return marked


def fact_label(row) -> str:
    subject = row.subject if isinstance(row.subject, str) else "—"
    if isinstance(row.subject, str) and getattr(row, "subject_implied", False):
        subject += "*"
    return f"{subject} · {row.predicate}"


def _rows(out_dir: Path, table: str, aid: str) -> pd.DataFrame:
    frame = read_table(out_dir, table)
    rows = frame[frame["article_id"] == aid]
    return rows.sort_values("start") if "start" in rows else rows


def _find_article(articles: pd.DataFrame, wanted: str) -> pd.Series:
    exact = articles[(articles["article_id"] == wanted) | (articles["source"] == wanted)]
    if len(exact) == 0:
        exact = articles[articles["article_id"].str.startswith(wanted)
                         | articles["source"].map(lambda s: Path(str(s)).name.startswith(wanted))]
    if len(exact) == 0:
        raise UsageError(f"no article {wanted!r} — run `sinmun show OUT` to list the articles")
    if len(exact) > 1:
        raise UsageError(f"{wanted!r} matches {len(exact)} articles — give more of the id")
    return exact.iloc[0]


def _article_list(articles: pd.DataFrame) -> Table:
    table = Table(title="articles", title_justify="left")
    for column in ("article_id", "source", "outlet", "title", "published_at"):
        table.add_column(column)
    for row in articles.itertuples():
        table.add_row(row.article_id, str(row.source), text_or_empty(row.outlet), text_or_empty(row.title),
                      _when(row.published_at))
    return table


def _table(name: str, rows: pd.DataFrame, columns: list[str]) -> Table:
    table = Table(title=f"{name} ({len(rows)})", title_justify="left")
    present = [c for c in columns if c in rows.columns]
    for column in present:
        table.add_column(column, justify="right" if column in ("value", "mentions") else "left")
    for row in rows[present].itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    return table


def _legend() -> Text:
    legend = Text("labels: ")
    for label, style in LABEL_STYLES.items():
        legend.append(f" {label} ", style=style)
        legend.append(" ")
    return legend


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "yes" if value else ""
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist") and not isinstance(value, str):
        items = value.tolist() if hasattr(value, "tolist") else value
        return ", ".join(map(str, items)) if isinstance(items, list) else str(items)
    if isinstance(value, float) and pd.isna(value):
        return ""
    if value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return f"{int(value):,}"
    return str(value)


def _when(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return pd.Timestamp(value).strftime("%Y-%m-%d %H:%M")
