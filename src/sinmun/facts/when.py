"""When a fact takes place: a row of the `dates` table, chosen and read the way DESIGN.md fixes it.

The date is taken from the amount's own unit: one in the amount's parenthesis first
(`스타트업 코리아 펀드(2조원, ~'27)`, or the one right after it: `60여조 원(2014년 기준)`), else the nearest before the amount, else the nearest after it;
a date inside another parenthesis belongs to what that parenthesis says (`최대 100억원('25년 4,666억원)`:
'25 dates the 4,666억원, not the 100억원). A time a figure is compared with (`2022년보다`, `전년 대비`) dates nothing. Days and times of the event itself (이날, 26일, 13:59) are
news context, not the money's time, when a year-level date is also there. A footnote line without a
date of its own takes the date of the phrase its stars point to. The value is an ISO prefix: `N년까지`
gives the end year, `N년부터` the start year, a range or period its end year, halves and quarters their
year; an unresolved relative date (no publication date) gives null.
"""

from __future__ import annotations

import re

from .units import Unit

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$")
YEARISH = ("year", "half", "quarter", "season", "month")


def fact_date(row: dict | None) -> str | None:
    """The ISO prefix a fact gets from a dates row."""
    if row is None:
        return None
    value = row.get("value")
    if not value:
        return None
    value = str(value)
    range_end = row.get("range_end")
    granularity = row.get("granularity") or ""
    if ISO.match(value) and granularity not in ("range",):
        if "T" in value:
            return value.split("T")[0]
        return value
    if range_end and ISO.match(str(range_end)):
        return str(range_end)[:4]
    return value[:4] if value[:4].isdigit() else None


def choose_date(unit: Unit, amount_start: int, amount_end: int, dates: list[dict]) -> dict | None:
    """The dates row for an amount at [amount_start, amount_end) of the unit, or None."""
    inside = [d for d in dates if unit.start <= d["start"] and d["end"] <= unit.end and not _compared_with(unit, d)]
    if not inside:
        return None
    own = unit.paren_of(amount_start)
    if own is None:  # 60여조 원(2014년 기준): a parenthesis right after the amount that only dates it
        own = _dating_paren(unit, amount_end, inside)
    # 어제(11일): a date in parentheses glued to a date word states that date's day; it replaces the word
    glossed = {id(e): d for d in inside for e in inside
               if (p := unit.paren_of(d["start"])) is not None and e["end"] == p[0] and e is not d}
    visible = []
    for d in inside:
        if id(d) in glossed:
            continue
        paren = unit.paren_of(d["start"])
        if paren is not None and paren != own and not (own and own[0] <= paren[0] and paren[1] <= own[1]) \
                and d not in glossed.values():
            continue  # a date inside a parenthesis the amount is not in belongs to that parenthesis
        visible.append(d)
    if own is not None:
        mine = [d for d in visible if own[0] <= d["start"] < own[1]]
        if mine:
            return mine[0]
        # an aside in parentheses: nothing after it, and nothing before the noun phrase it is attached to
        # (`올해 예산(3조원)`; not `A(1500억 투자)는 2010년 1월에 …, B(3019억 투자)는`: the sale's time)
        head = _phrase_start(unit, own[0])
        visible = [d for d in visible if head <= d["start"] and d["end"] <= own[0]]
    # A date of the event (이날, 26일) is no date of the money when a year or month is also given.
    def is_coarse(d: dict) -> bool:
        return (d.get("granularity") or "") in YEARISH or "까지" in (d.get("qualifier") or "")

    coarse = [d for d in visible if is_coarse(d)]
    pool = coarse if coarse or any(is_coarse(d) for d in inside) else visible
    before = [d for d in pool if d["end"] <= amount_start]
    if before:
        if any(before[-1] is g for g in glossed.values()):
            return before[-1]  # 어제(11일) is one day, not a range
        return _month_of_day_range(before[-1], dates)
    after = [d for d in pool if d["start"] >= amount_end]
    return after[0] if after else None


def _phrase_start(unit: Unit, pos: int) -> int:
    """Where the noun phrase ending at character `pos` begins: back over words with no verb ending and no
    particle but the genitive 의 (`'25년 융자, 보증 등 … 공급총량*(9.8조원)의 60%(5.7조원)`), at most ten."""
    k = unit.word_at(pos)
    if k < len(unit.words) and unit.words[k].start >= pos:
        k -= 1
    first = k
    while first - 1 >= 0 and k - first < 10:
        prev = unit.words[first - 1]
        if prev.verbal or (prev.particles and prev.particle != "JKG:의"):
            break
        first -= 1
    return unit.words[max(first, 0)].start


def _compared_with(unit: Unit, row: dict) -> bool:
    """`2022년보다 25% 늘렸다`, `전년 대비`: the time a figure is compared with is not the fact's time."""
    if not unit.words:
        return False
    k = unit.word_at(row["end"] - 1)
    w = unit.words[k]
    if w.end > row["end"] and any(m.tag == "JKB" and m.form == "보다" for m in w.morphs if m.start >= row["end"]):
        return True
    nxt = unit.words[k + 1].text if k + 1 < len(unit.words) and w.end == row["end"] else ""
    return nxt.startswith(("대비", "비해"))


def _dating_paren(unit: Unit, amount_end: int, inside: list[dict]) -> tuple[int, int] | None:
    """The parenthesis opened right after the amount when it holds a date and no other figure
    (`(2014년 기준)`; not `최대 100억원('25년 4,666억원)`, whose date belongs to the 4,666억원)."""
    paren = next((p for p in unit.parens if p[0] == amount_end), None)
    if paren is None:
        return None
    held = [d for d in inside if paren[0] <= d["start"] < paren[1]]
    if not held:
        return None
    digits = sum(ch.isdigit() for w in unit.words if paren[0] <= w.start < paren[1] or w.start <= paren[0] < w.end
                 for ch in w.text[max(0, paren[0] - w.start):paren[1] - w.start])
    return paren if digits <= sum(ch.isdigit() for d in held for ch in d["text"]) else None


def _month_of_day_range(row: dict, dates: list[dict]) -> dict:
    """5∼10일: a day range inside one month dates the fact by that month."""
    if (row.get("granularity") or "") != "day" or not row.get("value"):
        return row
    head = next((d for d in dates if d["end"] <= row["start"] and row["start"] - d["end"] <= 2
                 and (d.get("granularity") or "") == "day"), None)
    if head is None or not head.get("value") or head["value"][:7] != row["value"][:7]:
        return row
    return {**row, "value": row["value"][:7], "granularity": "month", "text": f"{head['text']}~{row['text']}"}
