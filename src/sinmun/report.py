"""`sinmun report OUT --html FILE`: one self-contained HTML page of charts over an output folder.

The page embeds plotly.js and every figure's data, so it opens offline and can be mailed as one file.
Each chart has its table underneath (the numbers behind it); an empty table shows "no data" instead.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .errors import REJECT_CODES
from .export import read_table, require_outputs

EOK = 100_000_000  # 억: money charts are drawn in 억원, the unit Korean readers scan
LOG_SCALE_RATIO = 1_000  # largest / smallest bar beyond which a money axis is logarithmic
TOP_ORGS = 20
TABLE_ROWS = 50  # rows shown under a chart; the Parquet files hold the rest
FONT = "Noto Sans CJK KR, Noto Sans KR, Malgun Gothic, Apple SD Gothic Neo, sans-serif"
UNKNOWN = "(unknown)"


@dataclass
class Section:
    title: str
    caption: str
    figure: object | None  # a plotly Figure, or None when there is nothing to draw
    table: pd.DataFrame


def _won(value) -> str:
    return "" if pd.isna(value) else f"{int(value):,}"


def _bar(x, y, name: str = "", horizontal: bool = False, **trace):
    import plotly.graph_objects as go

    if horizontal:
        return go.Bar(x=list(y), y=list(x), name=name, orientation="h", **trace)
    return go.Bar(x=list(x), y=list(y), name=name, **trace)


def _figure(traces, x_title: str, y_title: str, horizontal_rows: int = 0, **layout):
    import plotly.graph_objects as go

    fig = go.Figure(data=list(traces))
    height = max(320, 28 * horizontal_rows + 120) if horizontal_rows else 360
    layout = {"showlegend": len(fig.data) > 1, **layout}
    fig.update_layout(font_family=FONT, height=height, margin=dict(l=10, r=10, t=30, b=10),
                      xaxis_title=x_title, yaxis_title=y_title, template="plotly_white", **layout)
    if horizontal_rows:
        fig.update_yaxes(autorange="reversed", automargin=True)
    return fig


# --- money -------------------------------------------------------------------------------------------

def _krw_amounts(amounts: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """KRW amounts with a value, joined to their article; conversions in parentheses and near-duplicate
    articles (the same wire story twice) are counted once."""
    duplicates = articles.loc[articles["duplicate_of"].notna(), "article_id"]
    money = amounts[(amounts["currency"] == "KRW") & amounts["value"].notna() & ~amounts["article_id"].isin(duplicates)]
    if "converted_from" in money.columns:
        money = money[money["converted_from"].isna()]
    meta = articles[["article_id", "title", "outlet", "published_at"]].assign(article=article_labels(articles))
    return money.merge(meta, on="article_id", how="left")


def article_labels(articles: pd.DataFrame) -> pd.Series:
    """A readable, unique label per article: its title (else its input file), with the id when repeated."""
    labels = articles["title"].where(articles["title"].notna() & (articles["title"] != ""), articles["source"])
    repeated = labels.duplicated(keep=False)
    return labels.where(~repeated, labels + " · " + articles["article_id"].str.slice(0, 8))


def _money_by(money: pd.DataFrame, key: str, label: str) -> pd.DataFrame:
    grouped = money.assign(**{key: money[key].fillna(UNKNOWN)}).groupby(key, sort=False)
    table = grouped.agg(amounts=("value", "size"), total=("value", "sum"), largest=("value", "max")).reset_index()
    return table.rename(columns={key: label})


def money_sections(amounts: pd.DataFrame, articles: pd.DataFrame) -> list[Section]:
    money = _krw_amounts(amounts, articles)
    caption = ("Sum of the KRW amounts with a value (vague amounts such as 수백억원 have none), in 억원; "
               "near-duplicate articles are left out.")
    sections = []

    per_article = _money_by(money, "article", "article")
    per_article = per_article.sort_values("total", ascending=False).head(TABLE_ROWS)
    sections.append(Section("Money mentioned per article", caption,
                            _money_figure(per_article, "article", horizontal=True), _money_table(per_article)))

    per_outlet = _money_by(money, "outlet", "outlet").sort_values("total", ascending=False)
    sections.append(Section("Money mentioned per outlet", caption,
                            _money_figure(per_outlet, "outlet"), _money_table(per_outlet)))

    dated = money[money["published_at"].notna()]
    months = dated.assign(month=dated["published_at"].dt.strftime("%Y-%m"))
    per_month = _money_by(months, "month", "month").sort_values("month")
    undated = len(money) - len(dated)
    month_caption = caption + (f" {undated} amount(s) in undated articles are left out." if undated else "")
    sections.append(Section("Money mentioned per month (publication date)", month_caption,
                            _money_figure(per_month, "month"), _money_table(per_month)))
    return sections


def _money_figure(table: pd.DataFrame, key: str, horizontal: bool = False):
    if table.empty:
        return None
    labels = [_clip(v) for v in table[key]] if horizontal else table[key]
    trace = _bar(labels, table["total"] / EOK, horizontal=horizontal,
                 hovertemplate="%{" + ("y" if horizontal else "x") + "}: %{" + ("x" if horizontal else "y")
                 + ":,.1f}억원<extra></extra>")
    totals = table["total"][table["total"] > 0]
    # Amounts span orders of magnitude (a household-debt 조 next to a 억 grant): log scale then.
    log = len(totals) > 1 and totals.max() / totals.min() > LOG_SCALE_RATIO
    value_axis = dict(tickformat=",", type="log", dtick=1) if log else dict(tickformat=",")
    unit = "억원 (log scale)" if log else "억원"
    if horizontal:
        return _figure([trace], unit, "", horizontal_rows=len(table), xaxis=value_axis)
    return _figure([trace], key, unit, yaxis=value_axis, xaxis=dict(type="category"))


def _money_table(table: pd.DataFrame) -> pd.DataFrame:
    return table.assign(total=table["total"].map(_won), largest=table["largest"].map(_won)).rename(
        columns={"total": "total (KRW)", "largest": "largest (KRW)"})


def _clip(text: str, limit: int = 40) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- organizations, ministers, funds, dates, rejects ---------------------------------------------

def organizations_section(orgs: pd.DataFrame) -> Section:
    caption = f"The {TOP_ORGS} organizations mentioned most across the batch, coloured by kind."
    table = (orgs.groupby(["name", "kind"], as_index=False)
             .agg(mentions=("mentions", "sum"), articles=("article_id", "nunique"))
             .sort_values("mentions", ascending=False, kind="stable").head(TOP_ORGS))
    figure = None
    if not table.empty:
        traces = [_bar(group["name"], group["mentions"], name=kind, horizontal=True)
                  for kind, group in table.groupby("kind", sort=True)]
        figure = _figure(traces, "mentions", "", horizontal_rows=len(table), barmode="stack",
                         yaxis=dict(categoryorder="array", categoryarray=list(table["name"])))
    return Section("Top organizations by kind", caption, figure, table)


def ministers_section(people: pd.DataFrame, articles: pd.DataFrame) -> Section:
    import plotly.graph_objects as go

    caption = "Ministers' mentions per article, by the article's publication date (coreferent 박 장관 counted)."
    ministers = people[people["is_minister"].fillna(False).astype(bool)]
    meta = articles[["article_id", "published_at"]].assign(article=article_labels(articles))
    rows = ministers.drop(columns=["title"]).merge(meta, on="article_id", how="left")
    rows = rows.assign(minister=rows["name"] + " (" + rows["ministry"].fillna("?") + ")")
    dated = rows[rows["published_at"].notna()].sort_values("published_at")
    figure = None
    if not dated.empty:
        traces = [go.Scatter(x=group["published_at"].dt.strftime("%Y-%m-%d").tolist(),
                             y=group["mentions"].tolist(), name=minister, mode="lines+markers",
                             text=group["article"].tolist(), hovertemplate="%{x}<br>%{text}<br>%{y} mentions")
                  for minister, group in dated.groupby("minister", sort=True)]
        days = dated["published_at"].dt.tz_localize(None).dt.normalize()
        # A week either side, so a batch from one day is not drawn on an axis of milliseconds.
        span = [(days.min() - pd.Timedelta(days=7)).strftime("%Y-%m-%d"),
                (days.max() + pd.Timedelta(days=7)).strftime("%Y-%m-%d")]
        figure = _figure(traces, "published", "mentions", showlegend=True,
                         xaxis=dict(type="date", range=span),
                         yaxis=dict(rangemode="tozero", tickformat="d", dtick=1 if dated["mentions"].max() <= 10 else None))
    undated = len(rows) - len(dated)
    if undated:
        caption += f" {undated} row(s) from articles without a publication date are in the table only."
    table = rows.sort_values("published_at")[["minister", "published_at", "article", "mentions"]].head(TABLE_ROWS)
    table = table.assign(published_at=table["published_at"].map(
        lambda t: t.strftime("%Y-%m-%d %H:%M") if pd.notna(t) else ""))
    return Section("Ministers and their mentions over time", caption, figure, table)


def funds_section(funds: pd.DataFrame) -> Section:
    caption = "Funds named in the batch with their stated size (KRW sizes drawn in 억원)."
    sized = (funds[funds["size_value"].notna() & (funds["size_currency"] == "KRW")]
             .groupby("name", as_index=False)["size_value"].max()
             .sort_values("size_value", ascending=False))
    figure = None
    if not sized.empty:
        trace = _bar(sized["name"], sized["size_value"] / EOK, horizontal=True,
                     hovertemplate="%{y}: %{x:,.1f}억원<extra></extra>")
        figure = _figure([trace], "억원", "", horizontal_rows=len(sized), xaxis=dict(tickformat=","))
    table = funds[["name", "size_value", "size_currency", "text", "sentence"]].head(TABLE_ROWS)
    table = table.assign(size_value=table["size_value"].map(_won))
    return Section("Funds with sizes", caption, figure, table)


def dates_section(dates: pd.DataFrame) -> Section:
    caption = "Dates mentioned in the articles, by the year they resolve to (unresolved dates left out)."
    years = dates["value"].dropna().str.slice(0, 4)
    table = years[years.str.fullmatch(r"\d{4}")].value_counts().sort_index().rename_axis("year")
    table = table.reset_index(name="mentions")
    figure = None
    if not table.empty:
        figure = _figure([_bar(table["year"], table["mentions"])], "year", "mentions", xaxis_type="category")
    return Section("Dates mentioned by year", caption, figure, table)


def rejects_section(rejects: pd.DataFrame) -> Section:
    caption = "Inputs that could not be processed, by reject code (see the rejects table for each message)."
    table = (rejects.groupby("code", as_index=False)
             .agg(inputs=("source", "size"), example=("source", "first"))
             .sort_values("inputs", ascending=False))
    table.insert(1, "meaning", table["code"].map(lambda c: REJECT_CODES.get(c, ("",))[0]))
    figure = None
    if not table.empty:
        figure = _figure([_bar(table["code"], table["inputs"], horizontal=True)], "inputs", "",
                         horizontal_rows=len(table))
    return Section("Reject reasons", caption, figure, table)


def build_sections(out_dir: Path) -> list[Section]:
    out_dir = require_outputs(out_dir)
    from .facts.report import facts_sections

    t = {name: read_table(out_dir, name)
         for name in ("articles", "amounts", "organizations", "people", "funds", "dates", "rejects", "facts")}
    return [*money_sections(t["amounts"], t["articles"]),
            *facts_sections(t["facts"], t["articles"]),
            organizations_section(t["organizations"]),
            ministers_section(t["people"], t["articles"]),
            funds_section(t["funds"]),
            dates_section(t["dates"]),
            rejects_section(t["rejects"])]


# --- the page ----------------------------------------------------------------------------------------

STYLE = """
body { font-family: %s; word-break: keep-all; margin: 0 auto; max-width: 1100px; padding: 1.5rem; color: #222; }
h1 { margin-bottom: .2rem; } .meta { color: #666; margin-top: 0; }
nav a { margin-right: 1rem; } section.chart { margin: 2.5rem 0; }
.caption { color: #555; } .no-data { color: #999; font-style: italic; padding: 2rem; background: #f6f6f6; }
table.data { border-collapse: collapse; font-size: .85rem; width: auto; min-width: 40%%; }
table.data th, table.data td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; text-align: left;
                               word-break: keep-all; vertical-align: top; }
table.data .num { text-align: right; white-space: nowrap; }
""" % FONT


NUMBER = re.compile(r"-?[\d,]+(\.\d+)?")


def _cell(value) -> str:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    return " ".join(str(value).split())  # sentences may span lines of the body


def _table_html(frame: pd.DataFrame) -> str:
    """The numbers behind a chart: escaped cells on one line each, numeric columns right-aligned."""
    cells = [[_cell(v) for v in row] for row in frame.itertuples(index=False)]
    numeric = [all(NUMBER.fullmatch(row[i]) for row in cells if row[i]) for i in range(len(frame.columns))]
    align = ['class="num"' if n else "" for n in numeric]
    head = "".join(f"<th {a}>{html.escape(str(c))}</th>" for c, a in zip(frame.columns, align))
    body = "".join("<tr>" + "".join(f"<td {a}>{html.escape(v)}</td>" for v, a in zip(row, align)) + "</tr>"
                   for row in cells)
    return f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _section_html(index: int, section: Section) -> str:
    anchor = f"chart-{index}"
    if section.figure is None:
        body = '<p class="no-data">no data</p>'
    else:
        body = section.figure.to_html(full_html=False, include_plotlyjs=False, div_id=f"{anchor}-plot",
                                      config={"displaylogo": False, "responsive": True})
    table = _table_html(section.table) if not section.table.empty else ""
    has_plot = "true" if section.figure is not None else "false"
    return (f'<section class="chart" id="{anchor}" data-has-plot="{has_plot}">'
            f"<h2>{html.escape(section.title)}</h2><p class=\"caption\">{html.escape(section.caption)}</p>"
            f"{body}{table}</section>")


def _run_line(out_dir: Path) -> str:
    manifest_path = Path(out_dir) / "manifest.json"
    parts = [f"tables in {out_dir}"]
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        rows = {name: info.get("rows", 0) for name, info in manifest.get("tables", {}).items()}
        parts.append(", ".join(f"{name} {n:,}" for name, n in rows.items()))
    parts.append(f"report made {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC")
    return " · ".join(html.escape(p) for p in parts)


def render_report(out_dir: Path) -> str:
    from plotly.offline import get_plotlyjs

    sections = build_sections(out_dir)
    nav = "".join(f'<a href="#chart-{i}">{html.escape(s.title)}</a>' for i, s in enumerate(sections))
    body = "".join(_section_html(i, s) for i, s in enumerate(sections))
    return ("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<link rel=\"icon\" href=\"data:,\"><title>sinmun report</title>"
            f"<style>{STYLE}</style><script>{get_plotlyjs()}</script></head><body>"
            f"<h1>sinmun report</h1><p class=\"meta\">{_run_line(out_dir)}</p><nav>{nav}</nav>{body}"
            "</body></html>")


def write_report(out_dir: Path, target: Path) -> Path:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_report(out_dir), encoding="utf-8")
    return target
