"""`sinmun check-batch DIR`: find every problem in an input batch before extraction (CI of incoming data).

Runs ingest and cleaning (not the Kiwi analysis) and reports, one line each: unreadable, binary,
undecodable, empty or oversized files, bad JSONL lines and records, duplicate ids and duplicate
contents, pages with no article, non-Korean text, and amounts too large to store.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import Reject
from .ingest import RawArticle, read_inputs
from .pipeline import prepare
from .settings import RunSettings


@dataclass(frozen=True)
class Problem:
    source: str
    code: str
    message: str

    def as_dict(self) -> dict:
        return asdict(self)


def check_batch(inputs: list[Path], settings: RunSettings = RunSettings()) -> tuple[int, list[Problem]]:
    """(number of articles that would be extracted, problems found)."""
    problems: list[Problem] = []
    contents: dict[str, str] = {}
    ok = 0
    for item in read_inputs(inputs, settings.limits):
        if isinstance(item, Reject):
            problems.append(Problem(item.source, item.code, item.message))
            continue
        digest = hashlib.sha256(item.content.encode("utf-8", "surrogatepass")).hexdigest()
        if digest in contents:
            problems.append(Problem(item.source, "S015_DUPLICATE_CONTENT",
                                    f"{item.source}: same content as {contents[digest]} — drop one of them"))
            continue
        contents[digest] = item.source
        result = _prepare(item, settings)
        if isinstance(result, Reject):
            problems.append(Problem(result.source, result.code, result.message))
            continue
        ok += 1  # extracted, even with an amount too large to store: that is a row in rejects too
        for text in _overflowing_amounts(result.cleaned.body):
            reject = Reject.of(item.source, "rules", "S030_AMOUNT_OVERFLOW", repr(text))
            problems.append(Problem(reject.source, reject.code, reject.message))
    return ok, problems


def _overflowing_amounts(body: str) -> list[str]:
    """Amounts too large for int64 (9,999,999,999조 원), found by the money rules without Kiwi."""
    try:
        from .rules.money import find_amounts

        return [a.text for a in find_amounts(body) if a.overflow]
    except Exception:  # noqa: BLE001 - a check must not fail where extraction would not
        return []


def _prepare(item: RawArticle, settings: RunSettings):
    try:
        return prepare(item, settings)
    except Exception as exc:
        return Reject.of(item.source, "clean", "S090_INTERNAL", f"{type(exc).__name__}: {exc}")
