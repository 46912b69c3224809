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

from .units import PAST_EP, Unit

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


DURATION = re.compile(r"(?:\s?부터)?\s?(\d+)\s?(개월|년|주|일)\s?(?:간|동안)")


RANGE_BETWEEN = re.compile(r"^\s?[~∼〜\-–]\s?$")


def unit_text_between(unit: Unit, start: int, end: int) -> str:
    """The characters of the unit's words between two offsets (spaces between words as one space)."""
    out = []
    for w in unit.words:
        if w.end <= start or w.start >= end:
            continue
        out.append(w.text[max(0, start - w.start):end - w.start])
    return " ".join(out)


LATER = re.compile(r"(\d+)\s?(년|개월)\s?(?:후|뒤)(?:에|에는|인|엔)?(?=\s)")


def years_later(text: str, unit: Unit, amount_start: int, published) -> str | None:
    """`5년 후에는 매년 10조엔`: a time N years (months) after the publication, written in the amount's unit before
    it, as its year (the dates table lists no such offset: CONVENTIONS.md reads `이틀 뒤` as anaphoric)."""
    if published is None:
        return None
    hits = list(LATER.finditer(text, unit.start, amount_start))
    if not hits:
        return None
    n, what = int(hits[-1].group(1)), hits[-1].group(2)
    if what == "년":
        return str(published.year + n)
    return str(published.year + (published.month - 1 + n) // 12)


def period_date(text: str, row: dict | None) -> str | None:
    """The ISO prefix of a time written as a start and a length (`4월부터 3개월간`, `2013년부터 2년간`): the
    start's year — the period runs past the start's month, so the year is the time it can be dated by (the
    facts gold: 2013년부터 2년간 → 2013); else the row's own value (`fact_date`)."""
    if row is None:
        return None
    start = str(row.get("range_start") or row.get("value") or "")
    if DURATION.match(text, row["end"]) and "부터" in (row.get("qualifier") or "") and re.match(r"^\d{4}", start):
        return start[:4]
    return fact_date(row)


def choose_date(unit: Unit, amount_start: int, amount_end: int, dates: list[dict]) -> dict | None:
    """The dates row for an amount at [amount_start, amount_end) of the unit, or None."""
    # a time a figure is compared with dates nothing but the figure inside its own phrase: `2011년 같은 조사
    # 결과(39만 5천원)보다 7만 8천원 증가` dates the 39만 5천원, not the increase
    inside = []
    for d in dates:
        if unit.start <= d["start"] and d["end"] <= unit.end:
            compared = _compared_end(unit, d)
            if compared is None or d["start"] <= amount_start < compared:
                inside.append(d)
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
            # (’10~’19, 460억원): a range of dates in the parenthesis dates it by its end (DESIGN.md)
            if len(mine) > 1 and RANGE_BETWEEN.match(unit_text_between(unit, mine[0]["end"], mine[1]["start"])):
                return mine[1]
            return mine[0]
        # an aside in parentheses: nothing after it, and nothing before the noun phrase it is attached to
        # (`올해 예산(3조원)`; not `A(1500억 투자)는 2010년 1월에 …, B(3019억 투자)는`: the sale's time)
        head = _phrase_start(unit, own[0])
        # and a date right before that phrase (`4월부터 3개월간 위조지폐 5552장(2억원 규모)`) or heading a
        # compared phrase the amount is in (`2011년 같은 조사 결과(39만원)보다`)
        visible = [d for d in visible if (head <= d["start"] and d["end"] <= own[0])
                   or (d["end"] <= head and unit.word_at(d["end"] - 1) + 1 >= unit.word_at(head))
                   or (d["end"] <= head and (_compared_end(unit, d) or 0) > amount_start)]
    # A date of the event (이날, 26일) is no date of the money when a year or month is also given.
    def is_coarse(d: dict) -> bool:
        return (d.get("granularity") or "") in YEARISH or "까지" in (d.get("qualifier") or "")

    coarse = [d for d in visible if is_coarse(d)]
    pool = coarse if coarse or any(is_coarse(d) for d in inside) else visible
    before = [d for d in pool if d["end"] <= amount_start]
    if before:
        if any(before[-1] is g for g in glossed.values()):
            return before[-1]  # 어제(11일) is one day, not a range
        return _year_of_month_span(_month_of_day_range(before[-1], dates), dates)
    # after the amount, only a date of its own clause: `70~80만원을 넘나들었지만, 2022년 기준 … 2만원으로` is not 2022
    after = [d for d in pool if d["start"] >= amount_end and not _finished_between(unit, amount_end, d["start"])]
    return after[0] if after else None


def _finished_between(unit: Unit, start: int, end: int) -> bool:
    """A finished clause between two points: a final ending, or a connective one with its own past tense."""
    return any(start <= w.start < end and w.verbal and (w.ending == "EF" or (w.ending == "EC" and any(
        m.tag == "EP" and m.form in PAST_EP for m in w.morphs))) for w in unit.words)


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


COMPARING = ("대비", "비해", "비하", "비교")
COMPARED_PARTICLES = (None, "JKB:와", "JKB:과", "JC:와", "JC:과", "JKB:에")


def _compared_end(unit: Unit, row: dict) -> int | None:
    """Where the phrase of a time a figure is compared with ends, or None when the time is no such time:
    `2022년보다 25% 늘렸다`, `전년 대비`, and the noun phrase it heads (`2011년 같은 조사 결과(39만 5천원)보다`,
    `2010년 조사 결과(35만4천원)와 비교해서는`): at most five words, with no particle or verb ending before
    the comparing one but an adnominal 같은."""
    if not unit.words:
        return None
    words = unit.words
    k = unit.word_at(row["end"] - 1)
    for j in range(k, min(len(words), k + 5)):
        w = words[j]
        tail = [m for m in w.morphs if m.start >= row["end"]] if j == k else w.morphs
        if any(m.tag == "JKB" and m.form == "보다" for m in tail):
            return w.end
        ends_here = j > k or w.end > row["end"]  # the date's own word ends the phrase only with a particle
        nxt = words[j + 1] if j + 1 < len(words) else None
        if nxt is not None and nxt.text.startswith(COMPARING) and (w.particle in COMPARED_PARTICLES or not ends_here):
            return nxt.end
        if any(m.tag.startswith("J") for m in tail) or (w.verbal and w.ending != "ETM") or \
                (w.ending == "ETM" and not any(m.form == "같" for m in w.morphs)):
            return None
    return None


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


def _year_of_month_span(row: dict, dates: list[dict]) -> dict:
    """`4월부터 오는 12월까지`, `2019년 11월부터 2020년 2월까지`: a period of months is dated by its end year (DESIGN.md:
    a period → its end year), as a day range inside one month is by its month."""
    if (row.get("granularity") or "") != "month" or "까지" not in (row.get("qualifier") or "") or not row.get("value"):
        return row
    start = next((d for d in dates if d["end"] <= row["start"] and row["start"] - d["end"] <= 4
                  and "부터" in (d.get("qualifier") or "") and (d.get("granularity") or "") in ("month", "year")), None)
    if start is None:
        return row
    return {**row, "value": str(row["value"])[:4], "granularity": "year", "text": f"{start['text']}~{row['text']}"}


def _month_of_day_range(row: dict, dates: list[dict]) -> dict:
    """5∼10일: a day range inside one month dates the fact by that month."""
    if (row.get("granularity") or "") != "day" or not row.get("value"):
        return row
    head = next((d for d in dates if d["end"] <= row["start"] and row["start"] - d["end"] <= 2
                 and (d.get("granularity") or "") == "day"), None)
    if head is None or not head.get("value") or head["value"][:7] != row["value"][:7]:
        return row
    return {**row, "value": row["value"][:7], "granularity": "month", "text": f"{head['text']}~{row['text']}"}
