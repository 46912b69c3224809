"""Publication and modification lines (기사입력 : 2019년09월26일 13:59, 입력 2019.09.26 오후 1:59 | 수정 …)
and the date formats Korean news sites use."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

from sinmun.cleaning.text import LINE_CACHE
from sinmun.resources import resource_path

SEOUL = ZoneInfo("Asia/Seoul")

_DATETIME = (
    r"(?P<y>(?:19|20)\d{2})\s*(?:[.\-/년]\s*)(?P<m>\d{1,2})\s*(?:[.\-/월]\s*)(?P<d>\d{1,2})(?!\d)(?:\s*(?:일|\.))?"
    # the weekday after the date ("(토)", "(토요일)", "토요일") marks a masthead's date line, as a time does
    r"(?:\s*[\(（]\s*(?P<wd>[월화수목금토일])(?:요일)?\s*[\)）]|\s+(?P<wd2>[월화수목금토일])요일)?"
    r"(?:\s*(?:T\s*)?(?:(?P<ampm>오전|오후|AM|PM|am|pm)\s*)?(?P<H>\d{1,2})\s*(?::|시)\s*(?P<M>\d{1,2})(?!\d)\s*분?"
    r"(?:\s*:\s*(?P<S>\d{1,2})(?:\.\d+)?|\s*(?P<S2>\d{1,2})\s*초)?"
    r"(?:\s*(?P<ampm2>AM|PM|am|pm))?(?:\s*(?:KST|\+09:?00|Z))?)?"
)
_DATETIME_RE = re.compile(_DATETIME)
_SEPARATORS = re.compile(r"[\s|｜·ㆍ:：/\\,\[\]\(\)<>〈〉【】\-–—]+")


@dataclass(frozen=True)
class DateLine:
    published: datetime | None
    modified: datetime | None


def _attach_clocks(tokens: list[re.Match]) -> list[dict]:
    """Token fields, with a clock that stands apart from its date ("2019/09/26 [13:59]") merged into it."""
    merged: list[dict] = []
    for tok in tokens:
        fields = tok.groupdict()
        clock = fields.get("clock")
        if clock and merged and merged[-1].get("dt") and not merged[-1].get("H"):
            m = re.match(r"(?:(?P<ampm>오전|오후|AM|PM)\s*)?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?", clock)
            merged[-1].update({k: v for k, v in m.groupdict().items() if v})
            continue
        merged.append(fields)
    return merged


def _to_datetime(m) -> datetime | None:
    """The datetime of a date match (or of its fields as a dict), None when it is no calendar date."""
    try:
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
        hour = int(m["H"]) if m["H"] else 0
        minute = int(m["M"]) if m["M"] else 0
        second = int(m["S"] or m["S2"] or 0)
        ampm = (m["ampm"] or m["ampm2"] or "").casefold()
        if ampm in ("오후", "pm") and hour < 12:
            hour += 12
        elif ampm in ("오전", "am") and hour == 12:
            hour = 0
        return datetime(year, month, day, hour, minute, second, tzinfo=SEOUL)
    except (TypeError, ValueError):
        return None


@cache
def _patterns() -> tuple[re.Pattern, frozenset[str]]:
    table = tomllib.loads(resource_path("boilerplate.toml").read_text(encoding="utf-8"))["dates"]
    published, modified = table["published_labels"], table["modified_labels"]
    labels = sorted(set(published) | set(modified), key=lambda w: (-len(w), w))
    # a print edition's page ("A10면", "3면") labels the paper's date, as 입력 does
    label_alt = "|".join(re.escape(label).replace(r"\ ", r"\s*") for label in labels) + r"|[A-Z]?\d{1,2}\s*면"
    token = re.compile(
        rf"(?P<label>(?<![가-힣A-Za-z])(?:{label_alt})(?:\s*(?:일시|일자|시간))?(?![가-힣A-Za-z]))|(?P<dt>{_DATETIME})"
        rf"|(?P<clock>(?<!\d)(?:(?:오전|오후|AM|PM)\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d))"
    )
    return token, frozenset("".join(label.split()).casefold() for label in modified)


@lru_cache(maxsize=LINE_CACHE)
def parse_date_line(line: str, *, bare_needs_time: bool = True) -> DateLine | None:
    """The dates of a line made only of date labels and dates, else None.

    A line without any label counts only when its date carries a time (a bare "2019.09.26 13:59"
    stamp), so a dateline such as "【2012년 8월 28일】" in an article stays.
    """
    if len(line) > 120 or not any(ch.isdigit() for ch in line):
        return None
    token, modified_labels = _patterns()
    tokens = list(token.finditer(line))
    if not tokens or _SEPARATORS.sub("", token.sub("", line)):
        return None
    published = modified = None
    labelled = False
    labels_follow = tokens[0]["dt"] is not None
    tokens = _attach_clocks(tokens)
    for i, tok in enumerate(tokens):
        if tok["label"] is not None:
            labelled = True
            continue
        if tok["clock"] is not None:  # "2019/09/26 [13:59]": a time apart from its date
            continue
        stamp = _to_datetime(tok)
        if stamp is None:
            return None
        before = tokens[i - 1]["label"] if i and tokens[i - 1]["label"] else None
        after = tokens[i + 1]["label"] if i + 1 < len(tokens) and tokens[i + 1]["label"] else None
        if after and labels_follow and _labels_next_date(tokens, i + 1):
            after = None  # "2025.03.14 13:53 | 수정 2025.03.14 14:20": 수정 is the next date's label
        # labels follow their dates when the line starts with a date: "2025-02-20 10:00 송고 | … 최종수정"
        label = (after or before) if labels_follow else (before or after)
        if label is None and bare_needs_time and not _timed(tok):
            return None
        key = "".join((label or "").split()).casefold()
        key = re.sub(r"(일시|일자|시간)$", "", key) if key not in modified_labels else key
        if key in modified_labels or key.rstrip("일") in modified_labels:
            modified = modified or stamp
        else:
            published = published or stamp
    if published is None and modified is None:
        return None
    if not labelled and bare_needs_time and not all(_timed(t) for t in tokens if t["dt"]):
        return None
    return DateLine(published, modified)


def _labels_next_date(tokens: list[dict], k: int) -> bool:
    """Does the label at k stand before a date that no label of its own follows? Then it is that date's
    label, though the line opens with a date."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or nxt.get("dt") is None:
        return False
    return not (k + 2 < len(tokens) and tokens[k + 2]["label"] is not None)


def _timed(fields: dict) -> bool:
    """A date that carries a time or a weekday: a stamp, not a date the text mentions."""
    return bool(fields["H"] or fields.get("wd") or fields.get("wd2"))


def parse_datetime(value) -> datetime | None:
    """A tz-aware datetime (Asia/Seoul when none is given) from a datetime or a date string."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(SEOUL) if value.tzinfo else value.replace(tzinfo=SEOUL)
    text = str(value).strip()
    if not text:
        return None
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return stamp.astimezone(SEOUL) if stamp.tzinfo else stamp.replace(tzinfo=SEOUL)
    except ValueError:
        pass
    match = _DATETIME_RE.search(text)
    return _to_datetime(match) if match else None
