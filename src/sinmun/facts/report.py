"""The facts sections of `sinmun report`: who commits most, by predicate and by month.

Commitments are the facts of money someone moves (support, invest, fund_create, capital, budget,
raise), planned or actual, in KRW with a value, conversions and near-duplicate articles counted once.
"""

from __future__ import annotations

import pandas as pd

from ..report import EOK, TABLE_ROWS, Section, _bar, _figure, _won

COMMITTING = ("support", "invest", "fund_create", "capital", "budget", "raise")
TOP_SUBJECTS = 20


def _commitments(facts: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    duplicates = set(articles.loc[articles["duplicate_of"].notna(), "article_id"])
    money = facts[(facts["currency"] == "KRW") & facts["value"].notna() & ~facts["article_id"].isin(duplicates)]
    # a conversion in parentheses repeats the fact it converts: keep the first of equal facts per sentence
    money = money.drop_duplicates(["article_id", "sent_idx", "subject", "predicate", "value"])
    meta = articles[["article_id", "published_at"]]
    return money.merge(meta, on="article_id", how="left")


def facts_sections(facts: pd.DataFrame, articles: pd.DataFrame) -> list[Section]:
    money = _commitments(facts, articles)
    moving = money[money["predicate"].isin(COMMITTING) & money["modality"].isin(["planned", "actual"])]
    caption = ("KRW facts of money someone moves (support, invest, fund_create, capital, budget, raise), planned "
               "or actual, summed per subject in 억원; facts with no named subject are left out.")
    named = moving[moving["subject"].notna()]
    pivot = named.pivot_table(index="subject", columns="modality", values="value", aggfunc="sum", fill_value=0)
    for modality in ("planned", "actual"):
        if modality not in pivot.columns:
            pivot[modality] = 0
    who = pivot[["planned", "actual"]].assign(total=lambda d: d["planned"] + d["actual"])
    who.insert(0, "facts", named.groupby("subject").size())
    who = who.reset_index().sort_values("total", ascending=False, kind="stable").head(TOP_SUBJECTS)
    figure = None
    if not who.empty:
        traces = [_bar(who["subject"], who[m] / EOK, name=m, horizontal=True) for m in ("planned", "actual")]
        figure = _figure(traces, "억원", "", horizontal_rows=len(who), barmode="stack", showlegend=True)
    sections = [Section("Facts: who commits most", caption, figure, _money_columns(who, ("planned", "actual", "total")))]

    by_predicate = (money.groupby("predicate", as_index=False)
                    .agg(facts=("value", "size"), named=("subject", "count"), total=("value", "sum"))
                    .sort_values("total", ascending=False))
    figure = _figure([_bar(by_predicate["predicate"], by_predicate["facts"])], "predicate", "facts",
                     xaxis=dict(type="category")) if not by_predicate.empty else None
    sections.append(Section("Facts by predicate", "Every KRW fact with a value, by what kind of money it is "
                            "(named: facts with a subject).", figure, _money_columns(by_predicate, ("total",))))

    when = money["date"].fillna("").str.slice(0, 7)
    published = money["published_at"].map(lambda t: t.strftime("%Y-%m") if pd.notna(t) else "")
    month = when.where(when.str.len() == 7, published)
    dated = money.assign(month=month)[month != ""]
    by_month = (dated.groupby(["month", "predicate"], as_index=False).agg(facts=("value", "size"), total=("value", "sum"))
                .sort_values(["month", "predicate"]))
    figure = None
    if not by_month.empty:
        traces = [_bar(group["month"], group["total"] / EOK, name=p) for p, group in by_month.groupby("predicate")]
        figure = _figure(traces, "month", "억원", barmode="stack", showlegend=True, xaxis=dict(type="category"))
    sections.append(Section("Facts by month", "KRW facts by the month they refer to (their date at month level, "
                            "else their article's publication month), stacked by predicate, in 억원.",
                            figure, _money_columns(by_month.head(TABLE_ROWS), ("total",))))
    return sections


def _money_columns(table: pd.DataFrame, columns) -> pd.DataFrame:
    return table.assign(**{c: table[c].map(_won) for c in columns}).rename(columns={c: f"{c} (KRW)" for c in columns})
