"""A fact's other slots: the funds it sizes or goes into, its recipient and its purpose.

- fund: a fund the amount is the size of (`3200억원 규모 그로스엑셀러레이션펀드`, `펀드(2조원, ~'27)`,
  `펀드를 1000억원 규모로`), or one named with 에/에서 in its clause (`모태펀드에 100억원을 출자`). A
  class of funds listed by name (`A 펀드, B 펀드 등 약 3조원 규모의 AI 펀드`, or a footnote listing them)
  gives the listed names instead of the class.
- recipient: the phrase marked 에/에게 before the governing verb whose head is an actor (a named one,
  canonical, or a class as written: `선정된 스타트업`); for a penalty, the authority imposing it.
- purpose: a non-actor 에-phrase (`AI, 반도체에 지원`), a `…을 위해`/`…위한` phrase, the market of a
  market size (`글로벌 AI 시장`).
"""

from __future__ import annotations

import re

from ..rules.funds import AFTER_FUND, BEFORE_FUND, PAREN_AFTER_FUND
from .actors import Actor
from .lexicon import FactLexicon
from .units import Unit, functional

LIST_SEP = re.compile(r"^\s*(?:[*]{0,3})\s*(?:,|，|및|과|와)\s*$")
LIST_END = re.compile(r"^\s*[*]{0,3}\s*등\s*(?:의)?\s*$")


def sized_fund(text: str, amount: dict, funds: list[dict]) -> dict | None:
    """The fund row the amount is the size of, by where it is written next to the fund's name."""
    for f in funds:
        if f["end"] <= amount["start"] and PAREN_AFTER_FUND.match(text[f["end"]:amount["start"]]):
            return f
    for f in funds:
        if amount["end"] <= f["start"] and BEFORE_FUND.match(text[amount["end"]:f["start"]]):
            return f
    for f in funds:
        if f["end"] <= amount["start"] and AFTER_FUND.match(text[f["end"]:amount["start"]]):
            between = text[f["end"]:amount["start"]]
            if "규모" in between or re.match(r"^\s?(?:규모|으로|로)", text[amount["end"]:amount["end"] + 4]):
                return f
    return None


def listed_funds(text: str, fund: dict, funds: list[dict]) -> list[str]:
    """Funds listed right before a class of funds: `A 펀드, B 펀드 등 … 규모의 AI 펀드`."""
    before = [f for f in funds if f["end"] <= fund["start"] and fund["start"] - f["end"] < 80]
    chain: list[dict] = []
    pos = None
    for f in reversed(before):
        if pos is None:
            gap = text[f["end"]:fund["start"]]
            if "등" not in gap or re.search(r"[.!?]\s|다\.", gap):
                return []
        else:
            if not LIST_SEP.match(text[f["end"]:pos]):
                break
        chain.insert(0, f)
        pos = f["start"]
    if not chain:
        return []
    last = chain[-1]
    gap = text[last["end"]:fund["start"]]
    if not re.match(r"^\s*[*]{0,3}\s*등\s", gap):
        return []
    return [f["name"] for f in chain]


def footnote_funds(text: str, fund: dict, funds: list[dict], units: list[Unit]) -> list[str]:
    """`AI 펀드**` with a footnote `** A 펀드(…), B 펀드(…) 등`: the names the footnote lists."""
    stars = re.match(r"[*]+", text[fund["end"]:fund["end"] + 4])
    if not stars:
        return []
    mark = stars.group()
    for u in units:
        if u.start > fund["end"] and u.footnote == mark:
            return [f["name"] for f in funds if u.start <= f["start"] < u.end]
    return []


def recipient_and_purpose(unit: Unit, actors: list[Actor], first: int, cue_word: int | None,
                          predicate: str, lex: FactLexicon) -> tuple[str | None, str | None]:
    words = unit.words
    if predicate in ("revenue", "price", "asset", "market_size", "valuation", "cost"):
        purpose = None
        if predicate == "market_size":
            purpose = _market(unit, first)
        return None, purpose
    stop = cue_word if cue_word is not None and cue_word > first else len(words)
    recipient = purpose = None
    for a in actors:
        if a.role != "target" or a.last >= stop:
            continue
        if a.last < first and any(w.verbal and w.ending == "EF" for w in words[a.last + 1:first]):
            continue
        if a.last + 1 < len(words) and functional(words[a.last + 1]):
            continue  # 이들에 따르면, 법에 의해: a source or a rule, not who receives
        text = _modified(unit, a)
        if a.named:
            recipient = a.names[0]
        elif a.generic or _head_is_actor(a.text, lex):
            recipient = text
        elif purpose is None and not _timeish(a.text):
            purpose = text
    for i in range(0, min(stop, len(words))):
        w = words[i]
        if any(m.form in ("위하", "위한") for m in w.morphs) and i > 0 and purpose is None:
            k = i - 1
            start = k
            while start - 1 >= 0 and not words[start - 1].verbal and not words[start - 1].particles and i - start < 5:
                start -= 1
            purpose = " ".join(x.text for x in words[start:i])
            purpose = re.sub(r"(을|를)$", "", purpose).strip() or None
    return recipient, purpose


def _modified(unit: Unit, a: Actor) -> str:
    """The recipient phrase with an adnominal verb right before it: 선정된 스타트업."""
    words = unit.words
    text = a.text
    if a.first > 0:
        prev = words[a.first - 1]
        if prev.ending == "ETM" and not prev.particles:
            text = f"{prev.text} {text}"
    return text


def _head_is_actor(text: str, lex: FactLexicon) -> bool:
    last = text.split()[-1] if text.split() else ""
    return any(last.endswith(g) for g in lex.generic if len(g) >= 2)


def _timeish(text: str) -> bool:
    return bool(re.search(r"\d+\s?(년|월|일)|올해|내년|지난해|이날|당시", text))


def _market(unit: Unit, first: int) -> str | None:
    words = unit.words
    for i in range(first - 1, -1, -1):
        if any(m.form == "시장" for m in words[i].morphs):
            start = i
            while start - 1 >= 0 and not words[start - 1].particles and not words[start - 1].verbal and i - start < 3:
                start -= 1
            text = " ".join(w.text for w in words[start:i + 1])
            return re.sub(r"(은|는|이|가|의)$", "", text).strip() or None
    return None
