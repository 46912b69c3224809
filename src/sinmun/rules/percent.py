"""Percentages (36.8%, 60%, 3~5%, 0.5%p, 2.1%포인트, 50퍼센트) as PERCENT mentions.

A percentage is never money or a date; it gets a mention (normalized `36.8%`, `0.5%p`) and no table row.
"""

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_ext import add_mention, doc_text
from .numbers import ARABIC, PlainView, TokenView, doc_view, plain_number

PERCENT_RE = re.compile(
    rf"(?<![\d.,])(?P<num>{ARABIC})\s?(?P<sign>%|％|퍼센트)(?P<point>\s?(?:p|P|포인트)(?![A-Za-z]))?"
)
RANGE_HEAD_RE = re.compile(rf"(?<![\d.,])(?P<num>{ARABIC})\s?[~∼〜～\-–]\s?$")


@dataclass
class Percent:
    start: int
    end: int
    text: str
    normalized: str


def _normal(num: str, point: bool) -> str:
    value = plain_number(num)
    shown = format(value.normalize(), "f") if value is not None else num
    return f"{shown}%p" if point else f"{shown}%"


def find_percents(text: str, view: TokenView | None = None) -> list[Percent]:
    """Every percentage in `text`; `3~5%` gives 3% and 5%."""
    view = view or PlainView(text)
    out: list[Percent] = []
    for m in PERCENT_RE.finditer(text):
        if not (view.boundary(m.start()) and view.boundary(m.end())):
            continue
        point = bool(m["point"])
        head = RANGE_HEAD_RE.search(text, max(0, m.start() - 12), m.start())
        if head and view.boundary(head.start()) and (not out or out[-1].end <= head.start()):
            out.append(Percent(head.start("num"), head.end("num"), head["num"], _normal(head["num"], point)))
        out.append(Percent(m.start(), m.end(), m.group(), _normal(m["num"], point)))
    return out


@Language.factory("sinmun_percent", assigns=["doc.spans"], default_config={"label": "PERCENT"})
def make_percent_recognizer(nlp: Language, name: str, label: str) -> "PercentRecognizer":
    return PercentRecognizer(name, label=label)


class PercentRecognizer:
    def __init__(self, name: str = "sinmun_percent", label: str = "PERCENT"):
        self.name = name
        self.label = label

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        for p in find_percents(text, doc_view(doc)):
            span = doc.char_span(p.start, p.end, label=self.label, alignment_mode="expand")
            if span is not None:
                add_mention(doc, span, "rule", p.normalized)
        return doc
