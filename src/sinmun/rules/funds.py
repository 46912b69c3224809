"""Funds: named …펀드 and …기금 mentions (모태펀드, 스타트업 코리아 펀드, 국민연금기금, 녹색 기후 기금) with
their size and period. A name the organizations gazetteer knows (기술보증기금, 국제통화기금) is a body, not a
fund; a kind of fund (사모펀드) names none.

The `sinmun_funds` component runs after `sinmun_money` and `sinmun_dates` and reads their rows:
1. find fund names on the Kiwi tokens: a token ending in 펀드 or 기금, the nouns glued to it (AI혁신펀드) and up to
   two name words before it (스타트업 코리아 펀드), never particles, amounts or words like 규모;
2. attach a size only from an amount written *with* that fund — in a parenthesis right after it
   (`스타트업 코리아 펀드(2조원, ~'27)`), right before it (`3200억원 규모 그로스엑셀러레이션펀드`,
   `약 3조원 규모의 AI 펀드`) or right after it with 규모 (`펀드를 1000억원 규모로`). Members of a list
   (`A 펀드, B 펀드 등 약 3조원 규모의 AI 펀드`) get no share of the total;
3. take the period from the same parenthesis (`~'27` -> ~2027) or a 까지-date earlier in the sentence;
4. a fund named again without its size keeps the size stated for it elsewhere in the article.
`attach_sizes` and `attach_periods` are pure functions over character offsets.
"""

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_ext import add_mention, doc_text
from ..resources import resource_path
from .orgs import gazetteer

FOOTNOTE = r"[*※]{0,3}"
# What may stand between an amount and the fund it sizes.
BEFORE_FUND = re.compile(
    r"^\s?(?:(?:규모|수준|상당|짜리)?\s?(?:의|인)?|규모로\s?(?:조성|결성|운용|출범|설정)(?:하는|한|된|될|할|되는))\s?$")
PAREN_AFTER_FUND = re.compile(rf"^{FOOTNOTE}\s?\(\s?$")
AFTER_FUND = re.compile(rf"^{FOOTNOTE}\s?(?:은|는|이|가|을|를|의)?\s?(?:규모(?:는|가|를|도)?\s?)?(?:총\s?|약\s?)?$")
SIZE_WORD_AFTER = re.compile(r"^\s?(?:규모|으로|로)")
SENTENCE_END = re.compile(r"\n|[.?!](?=\s)|다\.")


@dataclass
class Fund:
    name: str
    start: int
    end: int
    size_value: int | None = None
    size_currency: str | None = None
    period: str | None = None
    size_stated: bool = False

    def row(self, text: str) -> dict:
        return {"name": self.name, "size_value": self.size_value, "size_currency": self.size_currency,
                "text": text[self.start:self.end], "start": self.start, "end": self.end, "period": self.period}


@dataclass(frozen=True)
class FundLexicon:
    heads: tuple[str, ...]
    name_stop: frozenset[str]
    max_words: int
    name_tags: frozenset[str]
    generic: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_lexicon() -> FundLexicon:
    w = tomllib.loads(resource_path("fund_words.toml").read_text(encoding="utf-8"))
    return FundLexicon(tuple(w["heads"]), frozenset(w["name_stop"]), int(w["max_words"]), frozenset(w["name_tags"]),
                       frozenset(w.get("generic", ())))


def names_no_fund(name: str, lex: FundLexicon) -> bool:
    """`name` is a head alone (펀드, 기금), a kind of fund (사모펀드) or an organization the gazetteer knows
    (기술보증기금, 국제통화기금): no fund row."""
    solid = "".join(name.split())
    if solid in lex.heads or solid in lex.generic:
        return True
    senses = gazetteer().senses
    return name in senses or solid in senses


def _name_token(tok, lex: FundLexicon) -> bool:
    return all(t in lex.name_tags for t in tok.tag_.split("+"))


def _word_start(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].whitespace_ or doc[i - 1].tag_.startswith("S")


def find_fund_names(doc: Doc, lex: FundLexicon) -> list[Fund]:
    """Fund names on the tokens of `doc` (see the module docstring)."""
    funds: list[Fund] = []
    text = doc_text(doc)
    if not any(head in text for head in lex.heads):
        return funds
    for tok in doc:
        if not tok.text.endswith(lex.heads) or not tok.tag_.startswith("NN"):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and not tok.whitespace_ and nxt.tag_.startswith("NN") and nxt.text not in ("등",):
            continue  # 펀드매니저, 펀드운용사: the fund is not the head of the word
        first = tok.i
        while first > 0 and not doc[first - 1].whitespace_ and _name_token(doc[first - 1], lex):
            first -= 1
        if first > 0 and doc[first - 1].tag_ == "MM" and _word_start(doc, first - 1):
            first -= 1  # 한빛성장펀드 read 한 + 빛…: a determiner glued to the name at the word's start is its first letter
        words = 0
        while words < lex.max_words and first > 0 and doc[first - 1].whitespace_:
            j = first - 1  # the previous word: tokens back to the previous whitespace
            while j > 0 and not doc[j - 1].whitespace_ and not doc[j - 1].tag_.startswith("S"):
                j -= 1  # an opening quote or bracket ends the name: '요즈마 펀드' 
            word = doc[j:first]
            if word.text in lex.name_stop or not all(_name_token(t, lex) for t in word):
                break
            if any(t.tag_ == "SN" for t in word) and len(word) > 1 and word[-1].tag_ not in ("NNG", "NNP", "SL"):
                break
            first, words = j, words + 1
        start, end = doc[first].idx, tok.idx + len(tok.text)
        name = " ".join(text[start:end].split())
        if names_no_fund(name, lex):
            continue
        funds.append(Fund(name, start, end))
    return funds


def attach_sizes(text: str, funds: list[Fund], amounts: list[dict]) -> None:
    """Give each fund the size written with it; a list's total is not given to its members."""
    sized = [a for a in amounts if a.get("converted_from") is None]
    for f in funds:
        chosen = None
        for a in sized:  # in a parenthesis right after the name: 스타트업 코리아 펀드(2조원, ~'27)
            if a["start"] >= f.end and PAREN_AFTER_FUND.match(text[f.end:a["start"]]):
                chosen = a
                break
        if chosen is None:  # right before the name: 3200억원 규모 그로스엑셀러레이션펀드
            before = [a for a in sized if a["end"] <= f.start and BEFORE_FUND.match(text[a["end"]:f.start])]
            chosen = before[-1] if before else None
        if chosen is None:  # right after, with 규모: 펀드를 1000억원 규모로
            for a in sized:
                if a["start"] >= f.end and AFTER_FUND.match(text[f.end:a["start"]]):
                    between = text[f.end:a["start"]]
                    if "규모" in between or SIZE_WORD_AFTER.match(text[a["end"]:a["end"] + 4]):
                        chosen = a
                    break
        if chosen is not None:
            f.size_value, f.size_currency, f.size_stated = chosen.get("value"), chosen.get("currency"), True


def _period_text(d: dict) -> str | None:
    if d.get("value") is None:
        return None
    qualifier = d.get("qualifier") or ""
    return f"~{d['value']}" if "~" in qualifier or "까지" in qualifier else str(d["value"])


def attach_periods(text: str, funds: list[Fund], dates: list[dict]) -> None:
    """The period stated for a fund: in its parenthesis, else a 까지-date earlier in its sentence."""
    for f in funds:
        paren = re.match(rf"{FOOTNOTE}\s?\(([^()]*)\)", text[f.end:f.end + 80])
        if paren:
            lo, hi = f.end + paren.start(1), f.end + paren.end(1)
            inside = [d for d in dates if lo <= d["start"] and d["end"] <= hi]
            if inside:
                f.period = _period_text(inside[0])
                continue
        until = [d for d in dates if d["end"] <= f.start and "까지" in (d.get("qualifier") or "")
                 and not SENTENCE_END.search(text, d["end"], f.start)]
        if until:
            f.period = _period_text(until[-1])


def share_sizes(funds: list[Fund]) -> None:
    """A fund named again without its size keeps the size stated for it elsewhere in the article."""
    stated: dict[str, Fund] = {}
    for f in funds:
        key = "".join(f.name.split())
        if f.size_stated and key not in stated:
            stated[key] = f
    for f in funds:
        src = stated.get("".join(f.name.split()))
        if src is not None and not f.size_stated:
            f.size_value, f.size_currency = src.size_value, src.size_currency
            f.period = f.period or src.period


@Language.factory("sinmun_funds", assigns=["doc.spans", "doc._.rows"], default_config={"label": "FUND"})
def make_fund_recognizer(nlp: Language, name: str, label: str) -> "FundRecognizer":
    return FundRecognizer(name, label=label)


class FundRecognizer:
    """Fund mentions with size and period; runs after sinmun_money and sinmun_dates (it reads their rows)."""

    def __init__(self, name: str = "sinmun_funds", label: str = "FUND"):
        self.name = name
        self.label = label
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        funds = find_fund_names(doc, self.lexicon)
        if not funds:
            return doc
        text = doc_text(doc)
        rows = doc._.rows
        attach_sizes(text, funds, rows["amounts"])
        attach_periods(text, funds, rows["dates"])
        share_sizes(funds)
        for f in funds:
            span = doc.char_span(f.start, f.end, label=self.label)
            if span is None:
                continue
            add_mention(doc, span, "rule", f.name)
            rows["funds"].append(f.row(text))
        return doc
