"""Read the tables back from an output folder, and export them in the layouts analysts already use.

`bigkinds_frame` lays the batch out one row per article with the columns of a BigKinds news export
(뉴스 식별자, 일자, 언론사, 기고자, 제목, 인물, 위치, 기관, 키워드, 본문, URL, 분석제외 여부), so the
result drops into spreadsheets and scripts written for BigKinds downloads.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from .archive import read_parts
from .errors import UsageError
from .tables import SCHEMAS

BIGKINDS_COLUMNS = ["뉴스 식별자", "일자", "언론사", "기고자", "제목", "인물", "위치", "기관", "키워드", "본문",
                    "URL", "분석제외 여부"]
DUPLICATE_MARK = "중복"  # what BigKinds writes in 분석제외 여부 for a duplicate article
KEYWORD_TAGS = {"NNG", "NNP"}  # common and proper nouns, as BigKinds keywords are
EXCEL_CELL_LIMIT = 32_767  # characters an Excel cell holds
FORMATS = ("bigkinds",)


def table_path(out_dir: Path, name: str) -> Path | None:
    """`<name>.parquet`, or a folder of parts `<name>/`; None when the run wrote neither."""
    for path in (Path(out_dir) / f"{name}.parquet", Path(out_dir) / name):
        if path.exists():
            return path
    return None


def read_table(out_dir: Path, name: str) -> pd.DataFrame:
    """One output table as a DataFrame; an absent table reads as empty, with its columns."""
    path = table_path(out_dir, name)
    if path is None:
        table = SCHEMAS[name].empty_table()
    elif path.is_dir():  # an archive's folder of parts, read with today's columns
        table = read_parts(path, SCHEMAS[name])
    else:
        table = pq.read_table(path)
    return table.to_pandas()


def require_outputs(out_dir: Path) -> Path:
    out_dir = Path(out_dir)
    if table_path(out_dir, "articles") is None:
        raise UsageError(f"{out_dir}: no articles table — run `sinmun extract INPUT --out {out_dir}` first")
    return out_dir


def text_or_empty(value) -> str:
    """A cell's text; null (None or NaN, depending on the pandas version) reads as ""."""
    return value if isinstance(value, str) else ""


def _joined(values) -> str:
    """Unique values in first-seen order, comma-separated as in BigKinds cells."""
    return ",".join(dict.fromkeys(v for v in values if isinstance(v, str) and v))


def _names_by_article(frame: pd.DataFrame, column: str) -> dict[str, str]:
    return {aid: _joined(group[column]) for aid, group in frame.groupby("article_id", sort=False)}


def keywords(bodies: list[str]) -> list[str]:
    """Per body, its nouns in first-seen order (Kiwi NNG/NNP, two characters or more)."""
    from .morph import analyze_many

    return [_joined(m.form for m in analysis.morphemes if m.tag in KEYWORD_TAGS and len(m.form) > 1)
            for analysis in analyze_many(bodies)]


def bigkinds_frame(out_dir: Path) -> pd.DataFrame:
    out_dir = require_outputs(out_dir)
    articles = read_table(out_dir, "articles")
    people = _names_by_article(read_table(out_dir, "people"), "name")
    orgs = _names_by_article(read_table(out_dir, "organizations"), "name")
    mentions = read_table(out_dir, "mentions")
    places = mentions[mentions["label"] == "LOC"].assign(place=lambda m: m["normalized"].fillna(m["text"]))
    locations = _names_by_article(places, "place")
    rows = []
    for art, nouns in zip(articles.itertuples(index=False), keywords(articles["body"].tolist())):
        published = art.published_at
        rows.append({
            "뉴스 식별자": art.article_id,
            "일자": published.strftime("%Y%m%d") if pd.notna(published) else "",
            "언론사": text_or_empty(art.outlet),
            "기고자": _joined(art.reporters if art.reporters is not None else []),
            "제목": text_or_empty(art.title),
            "인물": people.get(art.article_id, ""),
            "위치": locations.get(art.article_id, ""),
            "기관": orgs.get(art.article_id, ""),
            "키워드": nouns,
            "본문": art.body,
            "URL": text_or_empty(art.url),
            "분석제외 여부": DUPLICATE_MARK if isinstance(art.duplicate_of, str) else "",
        })
    return pd.DataFrame(rows, columns=BIGKINDS_COLUMNS)


def export(out_dir: Path, target: Path, fmt: str = "bigkinds") -> int:
    """Write the export to `target` (.xlsx or .csv); returns the number of rows."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UsageError(f"{target}: the export file must end in .xlsx or .csv")
    frame = bigkinds_frame(out_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        frame.to_csv(target, index=False, encoding="utf-8-sig")  # the BOM lets Excel read Hangul
    else:
        frame = frame.apply(lambda col: col.str.slice(0, EXCEL_CELL_LIMIT))
        frame.to_excel(target, index=False, sheet_name="sheet", engine="openpyxl")
    return len(frame)
