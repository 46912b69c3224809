"""Dates: absolute, partial, two-digit-year and relative expressions, resolved to calendar values.

`find_dates(text, anchor, view)` is the rule (pure); the `sinmun_dates` spaCy component runs it on the
Kiwi-tokenized body with `doc._.published_at` as anchor and writes DATE/TIME mentions and `dates` rows.

1. Scan atoms: 2019년, '27, 09월, 26일, 2019.09.26, 올해, 지난달, 이날, 상반기, 1분기, 말, (목), 13:59, 까지, ~ …
2. Chain neighbouring atoms in calendar order (year, then month or period, then day, weekday, time) into
   expressions: `2019년09월26일 13:59`, `지난달 14일`, `'27년까지`, `~'27`, `올해 상반기`, `20일(목)`.
3. Resolve each expression: absolute ones alone; partial (7월 4일, 26일) and relative ones (내년, 지난여름)
   against the anchor (published_at), 이날/전날 against the last day-level date before them. Without an
   anchor the value is null — never a guess.
`value` is an ISO prefix at the expression's granularity: 2027, 2025-H1, 2025-Q3, 2019-summer, 2019-09,
2019-W39, 2019-09-26, 2019-09-26T13, 2019-09-26T13:59.
"""

import calendar
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doc_ext import add_mention, doc_text
from ..resources import resource_path
from .numbers import TILDES, PlainView, TokenView, doc_view

SEOUL = ZoneInfo("Asia/Seoul")
STANDALONE_PARTS = ("연말", "연초", "연내", "연중")
NEAR_DAYS, FAR_DAYS = 62, 183  # see _pick  # parts that name the anchor's year on their own

# Calendar order of atom kinds inside one expression.
SLOT = {"tilde": 0, "dir": 1, "ymd": 2, "year": 2, "yearbare": 2, "relyear": 2, "anayear": 2, "sub": 3, "month": 3,
        "monthbare": 3, "relmonth": 3, "relweek": 3, "relseason": 3, "day": 4, "daybare": 4, "relday": 4,
        "anaday": 4, "part": 4, "weekday": 5, "time": 6, "qual": 7}


@dataclass
class Atom:
    kind: str
    start: int
    end: int
    text: str
    data: dict = field(default_factory=dict)


@dataclass
class DateExpr:
    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    range_start: str | None
    range_end: str | None
    relative: bool
    qualifier: str | None
    label: str = "DATE"

    def row(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                "granularity": self.granularity, "range_start": self.range_start, "range_end": self.range_end,
                "relative": self.relative, "qualifier": self.qualifier}


def _alt(words) -> str:
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s?".join(re.escape(p) for p in w.split(" ")) for w in parts)


def _nospace(s: str) -> str:
    return re.sub(r"\s+", "", s)


@dataclass(frozen=True)
class DateLexicon:
    words: dict
    atom_re: re.Pattern
    bare_range_re: re.Pattern


@lru_cache(maxsize=1)
def load_lexicon() -> DateLexicon:
    w = tomllib.loads(resource_path("date_words.toml").read_text(encoding="utf-8"))
    seasons = "|".join(w["seasons"])
    relseason_prefix = "지난|올|이번\\s?|지난해\\s?|작년\\s?|올해\\s?|내년\\s?"
    parts = _alt(set(w["year_parts"]) | set(w["month_parts"]))
    # Every atom starts with one of these characters: a cheap test before the long alternation.
    tables = ("relative_years", "anaphoric_years", "relative_months", "relative_weeks", "relative_days", "anaphoric_days", "halves",
              "year_parts", "month_parts", "seasons", "directions")
    first_chars = "".join(sorted({word[0] for t in tables for word in w[t]} | {q[0] for q in w["qualifiers"]["after"]}))
    pattern = rf"""
      (?=[\d‘'’(월화수목금토일오새아낮저밤{TILDES}{re.escape(first_chars)}])
      (?:
      (?P<ymd>(?P<ymd_y>(?:19|20)\d{{2}})\s?(?P<sep>[.\-/])\s?(?P<ymd_m>\d{{1,2}})\s?(?P=sep)\s?(?P<ymd_d>\d{{1,2}})(?!\d)(?:\.(?!\d))?)
    | (?P<year>(?P<y4>(?:19|20)\d{{2}})\s?년(?:도)?)
    | (?P<year2>[‘'’](?P<y2>\d{{2}})(?!\d)(?P<y2n>\s?년(?:도)?)?|(?P<y2d>\d{{2}})년도)
    | (?P<relseason>(?:{relseason_prefix})(?:{seasons}))
    | (?P<anayear>{_alt(w["anaphoric_years"])})
    | (?P<relyear>{_alt(w["relative_years"])})
    | (?P<relmonth>{_alt(w["relative_months"])})
    | (?P<relweek>{_alt(w["relative_weeks"])})
    | (?P<relday>{_alt(w["relative_days"])})
    | (?P<anaday>{_alt(w["anaphoric_days"])})
    | (?P<half>{_alt(w["halves"])})
    | (?P<quarter>(?P<q>[1-4])\s?(?:[·/]\s?4\s?)?분기)
    | (?P<month>(?P<mo>\d{{1,2}})\s?월)
    | (?P<day>(?P<dd>\d{{1,2}})\s?일)
    | (?P<weekday>\(\s?(?P<wd>[월화수목금토일])\s?\)|(?P<wd2>[월화수목금토일])요일)
    | (?P<time>(?P<hm_h>\d{{1,2}}):(?P<hm_m>\d{{2}})(?![\d:])
        |(?:(?P<ampm>오전|오후|새벽|아침|낮|저녁|밤)\s?)?(?P<hh>\d{{1,2}})\s?시(?:\s?(?P<mm>\d{{1,2}})\s?분|\s?(?P<halfh>반))?)
    | (?P<season>{seasons})
    | (?P<part>{parts})
    | (?P<dir>{_alt(w["directions"])})
    | (?P<tilde>[{TILDES}])
    | (?P<qual>{_alt(w["qualifiers"]["after"])})
      )
    """
    bare_range = r"(?<![\d.,])(?P<n>\d{1,4})\s?[~∼〜～]\s?(?=[‘'’]?(?P<n2>\d{1,4})\s?(?P<unit>년|월|일))"
    return DateLexicon(w, re.compile(pattern, re.VERBOSE), re.compile(bare_range))


# --- atoms ----------------------------------------------------------------------------------------


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _atoms(text: str, view: TokenView, lex: DateLexicon) -> list[Atom]:
    w = lex.words
    atoms: list[Atom] = []
    bare: dict[int, Atom] = {}
    for m in lex.bare_range_re.finditer(text):
        n, unit = m["n"], m["unit"]
        kind = {"년": "yearbare", "월": "monthbare", "일": "daybare"}[unit]
        if unit == "년" and not (len(n) == 4 or len(n) == 2 and text[m.start() - 1:m.start()] in "‘'’"):
            continue
        start = m.start() - (1 if unit == "년" and len(n) == 2 else 0)
        bare[start] = Atom(kind, start, m.start("n") + len(n), text[start:m.start("n") + len(n)],
                           {"n": int(n), "close": m.start("n2")})
    pos = 0
    while pos < len(text):
        if pos in bare:
            atoms.append(bare[pos])
            pos = bare[pos].end
            continue
        m = lex.atom_re.search(text, pos)
        if not m:
            break
        nxt = min((b for b in bare if pos <= b < m.start()), default=None)
        if nxt is not None:
            pos = nxt
            continue
        atom = _atom(m, text, view, w)
        if atom is not None:
            atoms.append(atom)
            pos = m.end()
        elif (glued := _month_with_part(m, text, view, w) or _day_as_of(m, text, view)) is not None:
            atoms.extend(glued)
            pos = glued[-1].end
        else:
            pos = m.start() + 1
    return _closed_ranges(atoms)


def _month_with_part(m: re.Match, text: str, view: TokenView, w: dict) -> list[Atom] | None:
    """12월말, 3월초: Kiwi keeps 월말/월초 as one noun, so the month ends inside a token; read the month and
    the part of it glued to it as two atoms."""
    if m.lastgroup != "month" and m.group("month") is None:
        return None
    end = m.end()
    part = next((p for p in sorted(w["month_parts"], key=len, reverse=True) if text.startswith(p, end)), None)
    if part is None or not view.boundary(m.start()) or not view.boundary(end + len(part)):
        return None
    after = end + len(part)
    if after < len(text) and _is_hangul(text[after]) and not _starts_atom(text, after):
        tags = view.tags(after, after + 1)
        if tags and not tags[0].startswith(("J", "X", "VCP", "E")):
            return None  # 월말정산-like compounds
    mo = int(m["mo"])
    prev = text[m.start() - 1] if m.start() else " "
    if not 1 <= mo <= 12 or prev.isdigit() or prev in ".,:-/":
        return None
    return [Atom("month", m.start(), end, m.group(), {"m": mo}),
            Atom("part", end, after, part, {"part": part})]


def _day_as_of(m: re.Match, text: str, view: TokenView) -> list[Atom] | None:
    """25일부로 (as of the 25th): Kiwi reads 일부 (some) as one noun, so the day ends inside a token."""
    if m.group("day") is None or not text.startswith("부로", m.end()) or not view.boundary(m.start()):
        return None
    prev = text[m.start() - 1] if m.start() else " "
    d = int(m["dd"])
    if not 1 <= d <= 31 or prev.isdigit() or prev in ".,:-/" or not view.boundary(m.end() + 1):
        return None
    return [Atom("day", m.start(), m.end(), m.group(), {"d": d})]


def _closed_ranges(atoms: list[Atom]) -> list[Atom]:
    """Bare first ends (2 of 2∼3일) whose closing end was found as a date atom; the others go, so a
    duration (2∼3일간, whose 3일 is not a date) leaves no stray "2" behind."""
    starts = {a.start for a in atoms if a.kind in ("ymd", "year", "month", "day")}
    return [a for a in atoms if a.kind not in ("yearbare", "monthbare", "daybare")
            or a.data["close"] in starts or a.data["close"] - 1 in starts]


def _atom(m: re.Match, text: str, view: TokenView, w: dict) -> Atom | None:
    kind = m.lastgroup
    for name in ("ymd", "year", "year2", "relseason", "anayear", "relyear", "relmonth", "relweek", "relday", "anaday",
                 "half", "quarter", "month", "day", "weekday", "time", "season", "part", "dir", "tilde", "qual"):
        if m.group(name) is not None:
            kind = name
            break
    start, end, s = m.start(), m.end(), m.group()
    if kind in ("tilde", "weekday"):
        pass
    elif not (view.boundary(start) and view.boundary(end)):
        return None
    prev = text[start - 1] if start else " "
    if kind in ("ymd", "year", "month", "day", "quarter", "time") and s[0].isdigit() and (prev.isdigit() or prev in ".,:-/"):
        # a digit group of a longer number (1,999) — unless a comma only lists dates (1996년,1999년)
        if not (prev == "," and kind == "year" and text[start - 2:start - 1] in "년월일"):
            return None
    if kind in ("relseason", "anayear", "relyear", "relmonth", "relweek", "relday", "anaday", "half", "season", "dir") and _is_hangul(prev):
        return None  # inside a longer word
    if kind in ("relyear", "relmonth", "relweek", "relday", "anaday") and prev in QUOTES and text[end:end + 1] in QUOTES:
        return None  # '내일' (a name in quotes: the student council 'Tomorrow')
    if kind in GLUE_CHECKED and end < len(text) and _is_hangul(text[end]):
        nxt = view.tags(end, end + 1)
        if nxt and not nxt[0].startswith(("J", "X", "VCP", "E")) and not _starts_atom(text, end):
            return None  # 연말정산, 4월회: the word is part of a longer noun
    data: dict = {}
    if kind == "ymd":
        y, mo, d = int(m["ymd_y"]), int(m["ymd_m"]), int(m["ymd_d"])
        if not _valid(y, mo, d):
            return None
        data = {"y": y, "m": mo, "d": d}
    elif kind == "year":
        if _length_word_after(text, end, view, w["not_after_year"]["words"]):
            return None
        data = {"y": int(m["y4"])}
    elif kind == "year2" and m["y2d"]:  # 98년도, 02년도
        kind, data = "year", {"yy": int(m["y2d"])}
    elif kind == "year2":
        following = text[end:end + 2]
        if not m["y2n"]:
            # A bare '25 is a year only where a year is expected: (200억원, '25), ~'27, ('24 …
            if not (prev in "(~∼〜～," or prev.isspace() and text[start - 2:start - 1] in ",(") or \
                    (following[:1] and (following[0] in "‘'’%" or following[0].isalnum() or following[:1] == "." and following[1:2].isdigit())):
                return None
        kind, data = "year", {"yy": int(m["y2"])}
    elif kind == "relseason":
        word = _nospace(s)
        season = next(x for x in w["seasons"] if word.endswith(x))
        data = {"season": season, "prefix": word[: -len(season)]}
    elif kind in ("anayear", "relyear", "relmonth", "relweek", "relday", "anaday"):
        table = {"anayear": "anaphoric_years", "relyear": "relative_years", "relmonth": "relative_months",
                 "relweek": "relative_weeks", "relday": "relative_days", "anaday": "anaphoric_days"}[kind]
        offsets = {_nospace(k): v for k, v in w[table].items()}
        word = _nospace(s)
        if word == "올" and not _tag_is(view, start, end, "NN"):
            return None
        data = {"offset": offsets[word], "word": word}
    elif kind == "half":
        data = {"half": w["halves"][s]}
        kind = "sub"
        data["sub"] = "half"
    elif kind == "quarter":
        kind, data = "sub", {"sub": "quarter", "quarter": int(m["q"])}
    elif kind == "season":
        kind, data = "sub", {"sub": "season", "season": s}
    elif kind == "month":
        mo = int(m["mo"])
        if not 1 <= mo <= 12 or re.search(r"(?<![\d'‘’])\d{1,3}\s?년\s?$", text[max(0, start - 6):start]):
            return None  # 징역 2년6월: a length of time, not a month
        if _sentence_word_before(text, start, w["not_month_after"]["words"]):
            return None  # 징역 10월, 금고 8월: the length of a sentence, not October or August
        data = {"m": mo}
    elif kind == "day":
        d = int(m["dd"])
        if not 1 <= d <= 31 or _length_word_after(text, end, view, w["not_after_day"]["words"]):
            return None
        if re.search(r"(?:\d\s?박|(?<![가-힣])주)\s?$", text[max(0, start - 4):start]):  # 3박 4일, 주 5일
            return None
        data = {"d": d}
    elif kind == "weekday":
        data = {"wd": "월화수목금토일".index(m["wd"] or m["wd2"])}
    elif kind == "time":
        if m["hm_h"] is not None:
            h, mi, ampm = int(m["hm_h"]), int(m["hm_m"]), None
        else:
            h, mi, ampm = int(m["hh"]), int(m["mm"]) if m["mm"] else (30 if m["halfh"] else None), m["ampm"]
        next_day = ampm in ("밤", "자정") and h == 12  # 밤 12시 is the midnight ending the day
        if next_day:
            h = 0
        elif ampm in ("오후", "저녁", "밤") and h < 12:
            h += 12
        elif ampm in ("오전", "새벽") and h == 12:
            h = 0
        elif ampm == "낮" and h < 6:
            h += 12
        if not (0 <= h <= 24 and (mi is None or 0 <= mi <= 59)):
            return None
        data = {"h": h % 24, "mi": mi, "next_day": next_day if m["hm_h"] is None else False}
    elif kind == "part":
        word = _nospace(s)
        if len(word) == 1 and not _tag_is(view, start, end, "NNB"):
            return None  # 말했다, 초 (seconds): only the bound noun 말/초 is a part of a period
        data = {"part": word}
    elif kind == "dir":
        data = {"dir": w["directions"][s]}
    elif kind == "qual":
        if not view.boundary(start):
            return None
        data = {"qual": s}
    return Atom(kind, start, end, s, data)


QUOTES = "'\"‘’“”「」『』"
GLUE_CHECKED = ("anayear", "relyear", "relmonth", "relweek", "relday", "anaday", "half", "part", "relseason")
_ATOM_AFTER = re.compile(r"\s?(?:\d|상반기|하반기|초|말|중순|하순|상순|봄|여름|가을|겨울|까지|부터|이후|이전|께|경|쯤)")


def _starts_atom(text: str, pos: int) -> bool:
    return bool(_ATOM_AFTER.match(text, pos))


def _next_word(text: str, end: int, view: TokenView) -> str | None:
    """The word right after `end` (one space allowed): 간 in 7일간, 이내 in 30일 이내."""
    at = end + 1 if text[end:end + 1] == " " else end
    words = view.words(at, min(len(text), at + 6))
    if words and words[0][0] == at and not isinstance(view, PlainView):
        return words[0][2]
    m = re.match(r"[가-힣]+", text[at:at + 6])
    return m.group() if m else None


def _length_word_after(text: str, end: int, view: TokenView, words: list[str]) -> bool:
    """A word after 3일 or 10년 that makes it a length of time (7일간, 3일 만에, 3일 전에) — standing as a word of
    its own, particles allowed, not the first syllable of a longer noun Kiwi split off (5∼14일 전점에서:
    전 "all" + 점 "branch", a date)."""
    word = _next_word(text, end, view)
    if word not in words:
        return False
    after = (end + 1 if text[end:end + 1] == " " else end) + len(word)
    if after >= len(text) or not _is_hangul(text[after]):
        return True
    tags = view.tags(after, after + 1)
    return not tags or tags[0].startswith(("J", "E", "VCP", "XS"))


def _sentence_word_before(text: str, start: int, words: list[str]) -> bool:
    """징역 10월, 금고 8월에: the word before a month (one space allowed) names the kind of a court's sentence."""
    m = re.search(r"([가-힣]+)\s?$", text[max(0, start - 8):start])
    return bool(m) and m.group(1) in words


def _tag_is(view: TokenView, start: int, end: int, prefix: str) -> bool:
    tags = view.tags(start, end)
    return not tags or all(t.startswith(prefix) for t in tags)


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


# --- expressions ----------------------------------------------------------------------------------


def _chains(text: str, atoms: list[Atom]) -> list[list[Atom]]:
    """Neighbouring atoms (nothing or one space between) in calendar order form one expression."""
    chains: list[list[Atom]] = []
    cur: list[Atom] = []
    for a in atoms:
        if cur and _joins(text, cur, a):
            cur.append(a)
            continue
        if cur:
            chains.append(cur)
        cur = [a]
    if cur:
        chains.append(cur)
    return chains


def _joins(text: str, cur: list[Atom], a: Atom) -> bool:
    last = cur[-1]
    gap = text[last.end:a.start]
    if gap not in ("", " ") and not (gap.isspace() and len(gap) <= 1):
        return False
    if SLOT[a.kind] <= SLOT[last.kind]:
        # bare first ends of a range (2024~2027년) are followed by a tilde, handled by the range logic
        return False
    kinds = {x.kind for x in cur}
    if a.kind == "relmonth" and kinds & {"ymd", "year", "relyear"}:
        return False
    if a.kind in ("relday", "anaday", "relweek", "relseason") and kinds - {"tilde", "dir"}:
        return False
    if a.kind in ("day",) and "ymd" in kinds:
        return False
    if a.kind == "month" and "ymd" in kinds:
        return False
    if a.kind == "tilde":
        return False
    return True


def _split(chain: list[Atom]) -> list[list[Atom]]:
    """Split a chain where a bare range start begins a new expression (2024 of 2024~2027년 after a date)."""
    out: list[list[Atom]] = []
    cur: list[Atom] = []
    for a in chain:
        if a.kind in ("yearbare", "monthbare", "daybare") and cur and SLOT[a.kind] <= max(SLOT[x.kind] for x in cur):
            out.append(cur)
            cur = []
        cur.append(a)
    if cur:
        out.append(cur)
    return out


@dataclass
class _Resolved:
    value: str | None
    granularity: str
    first: date | None
    last: date | None
    relative: bool


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _shift_month(y: int, m: int, off: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + off
    return idx // 12, idx % 12 + 1


def _two_digit_year(yy: int, anchor: date | None) -> int:
    pivot = (anchor.year % 100 + 20) if anchor else 69
    return 2000 + yy if yy <= pivot else 1900 + yy


def _news_distance(day: date, anchor: date) -> int:
    """Days from the anchor, future days counted twice: news reports past days more often than coming ones."""
    diff = (day - anchor).days
    return 2 * diff if diff > 0 else -diff


def _pick(candidates: list[date], anchor: date, direction: str | None) -> date | None:
    """A partial date's full date: 지난 -> on or before the anchor, 오는 -> on or after; unmarked -> the anchor's
    year (news names other years), unless that is far off and the neighbouring year is close (12월 28일 in
    an article of 2 January)."""
    candidates = sorted(set(candidates))
    if not candidates:
        return None
    if direction == "past":
        past = [c for c in candidates if c <= anchor]
        return past[-1] if past else None
    if direction == "future":
        future = [c for c in candidates if c >= anchor]
        return future[0] if future else None
    same = [c for c in candidates if c.year == anchor.year]
    near = [c for c in candidates if c.year != anchor.year and abs((c - anchor).days) <= NEAR_DAYS]
    if same and (abs((same[0] - anchor).days) <= FAR_DAYS or not near):
        return same[0]
    return min(candidates, key=lambda c: _news_distance(c, anchor))


def _resolve(atoms: list[Atom], anchor: date | None, last_day: tuple[date, bool] | None, w: dict,
             tense: str | None = None) -> _Resolved | None:
    by = {a.kind: a for a in atoms}
    direction = by["dir"].data["dir"] if "dir" in by else None
    relative = False
    year: int | None = None
    need = False  # the expression needs the anchor to be resolved

    if "ymd" in by:
        d = by["ymd"].data
        res = _Resolved(f"{d['y']:04d}-{d['m']:02d}-{d['d']:02d}", "day", date(d["y"], d["m"], d["d"]),
                        date(d["y"], d["m"], d["d"]), False)
        return _with_time(res, by)
    if "year" in by or "yearbare" in by:
        a = by.get("year") or by["yearbare"]
        if "y" in a.data:
            year = a.data["y"]
        elif "yy" in a.data:
            year = _two_digit_year(a.data["yy"], anchor)
        else:
            n = a.data["n"]
            year = n if n >= 1000 else _two_digit_year(n, anchor)
    elif "relyear" in by:
        need = relative = True
        year = anchor.year + by["relyear"].data["offset"] if anchor else None

    if "relseason" in by:
        return _season(by["relseason"].data["season"], by["relseason"].data["prefix"], anchor, w)
    if "relweek" in by:
        if not anchor:
            return _Resolved(None, "week", None, None, True)
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=by["relweek"].data["offset"])
        iso = monday.isocalendar()
        return _Resolved(f"{iso[0]}-W{iso[1]:02d}", "week", monday, monday + timedelta(days=6), True)
    if "relday" in by or "anaday" in by:
        a = by.get("relday") or by["anaday"]
        base, rel = (anchor, True)
        if a.kind == "anaday" and last_day is not None:
            base, rel = last_day
        if base is None:
            return _with_time(_Resolved(None, "day", None, None, True), by)
        day = base + timedelta(days=a.data["offset"])
        return _with_time(_Resolved(day.isoformat(), "day", day, day, rel), by)

    sub = by.get("sub")
    if sub is not None and "month" not in by:
        if year is None and (need or anchor is None):
            return _Resolved(None, sub.data["sub"], None, None, True)
        if year is None:  # 상반기 alone, 올 상반기: the anchor's year
            relative, year = True, anchor.year
            if direction in ("past", "future"):
                year = _period_year(sub.data, anchor, direction, w)
        return _period(sub.data, year, relative, w, by.get("part"))

    month: int | None = None
    if "month" in by or "monthbare" in by:
        a = by.get("month") or by["monthbare"]
        month = a.data.get("m") or a.data.get("n")
        if not 1 <= month <= 12:
            return None
    elif "relmonth" in by:
        relative = need = True
        if anchor:
            year, month = _shift_month(anchor.year, anchor.month, by["relmonth"].data["offset"])
    day_atom = by.get("day") or by.get("daybare")
    day = (day_atom.data.get("d") or day_atom.data.get("n")) if day_atom else None
    if day is not None and not 1 <= day <= 31:
        return None

    if year is None and "part" in by and by["part"].data["part"] in STANDALONE_PARTS and month is None:
        if anchor is None:
            return _Resolved(None, "year", None, None, True)
        return _year_value(anchor.year, True, by["part"], w)
    if month is None and "relmonth" not in by:
        if day is None:
            if year is None:
                return None if "relyear" not in by else _Resolved(None, "year", None, None, True)
            part = by.get("part")
            return _year_value(year, relative, part, w)
        # 26일, 지난 14일: a day of a month near the anchor
        if anchor is None:
            return _with_time(_Resolved(None, "day", None, None, True), by)
        cands = []
        for off in (-1, 0, 1):
            y, m = _shift_month(anchor.year, anchor.month, off)
            if _valid(y, m, day):
                cands.append(date(y, m, day))
        if direction in ("past", "future"):
            picked = _pick(cands, anchor, direction)
        else:  # the nearest such day; the anchor's month on a tie
            picked = min(cands, key=lambda c: (_news_distance(c, anchor), c.month != anchor.month)) if cands else None
        if picked is None:
            return None
        return _with_time(_Resolved(picked.isoformat(), "day", picked, picked, True), by)

    if month is None:  # relative month without anchor
        return _with_time(_Resolved(None, "day" if day else "month", None, None, True), by)
    if year is None:
        if anchor is None:
            return _with_time(_Resolved(None, "day" if day else "month", None, None, True), by)
        relative = True
        if day is not None:
            cands = [date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _valid(y, month, day)]
            picked = _pick(cands, anchor, direction if direction in ("past", "future") else None)
            if direction == "this":
                picked = date(anchor.year, month, day) if _valid(anchor.year, month, day) else None
            if picked is None:
                return None
            year = picked.year
            if direction is None and _valid(_lean(year, month, anchor, tense), month, day):
                year = _lean(year, month, anchor, tense)
        else:
            firsts = [date(y, month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
            if direction == "past":
                year = anchor.year if month <= anchor.month else anchor.year - 1
            elif direction == "future":
                year = anchor.year if month >= anchor.month else anchor.year + 1
            elif direction == "this":
                year = anchor.year
            else:
                year = _lean(_pick(firsts, date(anchor.year, anchor.month, 1), None).year, month, anchor, tense)
    if day is not None:
        if not _valid(year, month, day):
            return None
        d = date(year, month, day)
        return _with_time(_Resolved(d.isoformat(), "day", d, d, relative), by)
    first, last = date(year, month, 1), _month_end(year, month)
    part = by.get("part")
    if part is not None and part.data["part"] in w["month_parts"]:
        lo, hi = w["month_parts"][part.data["part"]]
        first, last = date(year, month, lo), date(year, month, min(hi, last.day))
    return _Resolved(f"{year:04d}-{month:02d}", "month", first, last, relative)


def _with_time(res: _Resolved, by: dict) -> _Resolved:
    t = by.get("time")
    if t is None or res.value is None or res.granularity != "day":
        if t is not None and res.value is None:
            res.granularity = "minute" if t.data["mi"] is not None else "hour"
        return res
    h, mi = t.data["h"], t.data["mi"]
    if t.data.get("next_day"):
        day = res.first + timedelta(days=1)
        res = _Resolved(day.isoformat(), "day", day, day, res.relative)
    if mi is None:
        return _Resolved(f"{res.value}T{h:02d}", "hour", res.first, res.last, res.relative)
    return _Resolved(f"{res.value}T{h:02d}:{mi:02d}", "minute", res.first, res.last, res.relative)


def _year_value(year: int, relative: bool, part: Atom | None, w: dict) -> _Resolved:
    first, last = date(year, 1, 1), date(year, 12, 31)
    if part is not None and part.data["part"] in w["year_parts"]:
        lo, hi = w["year_parts"][part.data["part"]]
        first, last = date(year, lo, 1), _month_end(year, hi)
    return _Resolved(f"{year:04d}", "year", first, last, relative)


def _period(data: dict, year: int | None, relative: bool, w: dict, part: Atom | None) -> _Resolved:
    kind = data["sub"]
    if year is None:
        return _Resolved(None, kind, None, None, relative)
    if kind == "half":
        h = data["half"]
        return _Resolved(f"{year:04d}-H{h}", "half", date(year, 6 * h - 5, 1), _month_end(year, 6 * h), relative)
    if kind == "quarter":
        q = data["quarter"]
        return _Resolved(f"{year:04d}-Q{q}", "quarter", date(year, 3 * q - 2, 1), _month_end(year, 3 * q), relative)
    lo, hi = w["seasons"][data["season"]]
    end_year = year + 1 if hi < lo else year
    season_name = {"봄": "spring", "여름": "summer", "가을": "autumn", "겨울": "winter"}[data["season"]]
    return _Resolved(f"{year:04d}-{season_name}", "season", date(year, lo, 1), _month_end(end_year, hi), relative)


def _period_year(data: dict, anchor: date, direction: str, w: dict) -> int:
    for year in ((anchor.year, anchor.year - 1) if direction == "past" else (anchor.year, anchor.year + 1)):
        r = _period(data, year, True, w, None)
        if direction == "past" and r.last < anchor or direction == "future" and r.first > anchor:
            return year
    return anchor.year


def _season(season: str, prefix: str, anchor: date | None, w: dict) -> _Resolved:
    data = {"sub": "season", "season": season}
    if anchor is None:
        return _Resolved(None, "season", None, None, True)
    prefix = _nospace(prefix)
    if prefix == "지난":
        year = _period_year(data, anchor, "past", w)
    elif prefix in ("지난해", "작년"):
        year = anchor.year - 1
    elif prefix == "내년":
        year = anchor.year + 1
    else:
        year = anchor.year
    return _period(data, year, True, w, None)


def _qualifier(atoms: list[Atom], text: str, expr_end: int) -> str | None:
    words = [a.data["part"] for a in atoms if a.kind == "part"]
    words += ["~" for a in atoms if a.kind == "tilde"]
    words += [a.data["qual"] for a in atoms if a.kind == "qual"]
    return ",".join(words) or None


def _anchor_date(anchor) -> date | None:
    """The anchor's calendar day in Seoul: a tz-aware datetime is converted, a naive one is taken as Seoul
    time, an ISO string is parsed; anything else (None, NaT) means no anchor."""
    if isinstance(anchor, str):
        try:
            anchor = datetime.fromisoformat(anchor)
        except ValueError:
            return None
    if isinstance(anchor, datetime):
        if anchor != anchor:  # pandas NaT
            return None
        return (anchor.astimezone(SEOUL) if anchor.tzinfo else anchor).date()
    if isinstance(anchor, date):
        return anchor
    return None


def _inherit_range_start(text: str, previous: list[Atom], atoms: list[Atom]) -> list[Atom]:
    """2월 26~28일, 2024년 3~5월: the second end of a range takes the year and month written with the first."""
    if not previous or not atoms or not text[previous[-1].end:atoms[0].start].strip(" " + TILDES):
        kinds = {a.kind for a in atoms}
        gap = text[previous[-1].end:atoms[0].start] if previous and atoms else ""
        if previous and atoms and any(c in TILDES for c in gap + (atoms[0].text if atoms[0].kind == "tilde" else "")):
            have = {a.kind for a in previous}
            inherit = []
            if kinds & {"day", "daybare"} and not kinds & {"month", "monthbare", "relmonth", "ymd"}:
                inherit = [a for a in previous if a.kind in ("year", "relyear", "month", "monthbare", "relmonth", "dir")]
            elif kinds & {"month", "monthbare"} and not kinds & {"year", "relyear", "ymd"}:
                inherit = [a for a in previous if a.kind in ("year", "relyear", "dir")]
            if inherit and have:
                at = atoms[0].start
                inherit = [Atom(a.kind, at, at, "", {**a.data, "inherited": True}) for a in inherit]
                return [a for a in atoms if a.kind == "tilde"] + inherit + [a for a in atoms if a.kind != "tilde"]
    return atoms


def date_chains(text: str, view: TokenView | None = None, lexicon: DateLexicon | None = None) -> list[list[Atom]]:
    """The text's date and time atoms joined into expressions: what `find_dates` and `find_times` read."""
    return _chains(text, _atoms(text, view or PlainView(text), lexicon or load_lexicon()))


def find_dates(text: str, anchor=None, view: TokenView | None = None, lexicon: DateLexicon | None = None,
               chains: list[list[Atom]] | None = None) -> list[DateExpr]:
    """Every date expression in `text`, resolved against `anchor` (published_at: datetime, date or None);
    `chains`: the text's `date_chains`, when the caller has them already."""
    lex = lexicon or load_lexicon()
    view = view or PlainView(text)
    anchor_day = _anchor_date(anchor)
    out: list[DateExpr] = []
    last_day: tuple[date, bool] | None = None
    previous: list[Atom] = []
    bare_start: tuple[DateExpr, Atom] | None = None  # the expression of a bare range start (5 of 5∼14일)
    story: _Story | None = None  # the last date whose year was written out (2019년 8월 25일)
    for chain in date_chains(text, view, lex) if chains is None else chains:
        for atoms in _split(chain):
            atoms = [_anaphoric_year(a, story, anchor_day) if a.kind == "anayear" else a for a in atoms]
            atoms = _inherit_range_start(text, previous, atoms)
            atoms = _inherit_listed(text, previous, atoms)
            if story is not None and _tense(text, atoms[-1].end, view, lex.words) != "future":
                atoms = _inherit_story(text, story, atoms, anchor_day)
            previous = atoms
            core = [a for a in atoms if a.kind not in ("tilde", "qual", "dir")]
            if not core:
                continue
            written = [a for a in atoms if not a.data.get("inherited")]
            kinds = {a.kind for a in core}
            if kinds <= {"weekday"}:
                continue  # 말, 초, (목) alone
            if kinds == {"sub"} and core[0].data["sub"] == "season":
                continue  # 여름 alone is not a date of its own
            if kinds == {"time"}:
                continue
            if len(core) == 1 and core[0].data.get("word") == "올":
                continue  # 올 names this year only before another date word (올 4월, 올 상반기)  # 13:59 alone is no date (오후 3시 becomes a TIME mention in the component)
            if "weekday" in kinds and not kinds & {"day", "daybare", "ymd", "relday", "anaday"}:
                core = [a for a in core if a.kind != "weekday"]
            if "time" in kinds and not kinds & {"day", "daybare", "ymd", "relday", "anaday"}:
                core = [a for a in core if a.kind != "time"]
            if core and core[-1].kind == "part" and not kinds & {"year", "yearbare", "relyear", "month", "monthbare", "relmonth"}:
                if core[-1].data["part"] not in STANDALONE_PARTS:
                    continue
            if not core:
                continue
            # The leading 지난/오는 belongs to the text only when it decides the resolution (지난 14일).
            absolute = kinds & {"year", "yearbare", "ymd"}
            written_core = [a for a in core if not a.data.get("inherited")]
            if not written_core:
                continue
            first = written[0] if written[0].kind == "dir" and not absolute else written_core[0]
            start, end = first.start, core[-1].end
            tense = _tense(text, core[-1].end, view, lex.words) if _needs_tense(atoms) else None
            res = _resolve(atoms, anchor_day, last_day, lex.words, tense)
            if res is None:
                continue
            expr = DateExpr(start, end, text[start:end], res.value, res.granularity,
                            res.first.isoformat() if res.first else None, res.last.isoformat() if res.last else None,
                            res.relative, _qualifier(atoms, text, end))
            if bare_start is not None and anchor_day is not None:
                _one_month_for_day_range(bare_start, expr, atoms, anchor_day)
            bare_start = (expr, core[0]) if [a.kind for a in core] == ["daybare"] and res.relative else None
            out.append(expr)
            if res.granularity in ("day", "hour", "minute") and res.first is not None:
                last_day = (res.first, res.relative)
            if (res.first is not None and any(a.kind in ("year", "yearbare", "ymd") for a in written_core)
                    and not _in_parentheses(text, start, end)):
                story = _Story(res.first, res.granularity, end)
            elif res.relative and kinds & _ANCHORED:
                story = None  # 지난 14일, 올해: the article is back at published_at's time
    return out


# --- the story's own time line ----------------------------------------------------------------------


@dataclass
class _Story:
    """The last date of the article whose year is written out: the time line that partial dates after it
    in the same paragraph continue (2019년 8월 25일 … 26일 … 9월 4일), when it is not published_at's year."""
    first: date
    granularity: str
    end: int


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """이대호(1982년 ~ ): a year in parentheses annotates a name; it starts no story."""
    opened = text.rfind("(", max(0, start - 30), start)
    return opened >= 0 and ")" not in text[opened:start] and ")" in text[end:end + 30]


_LISTED = re.compile(r"^\s?(?:과|와|및|,|·|ㆍ|또는|이나|나)\s?$")


def _inherit_listed(text: str, previous: list[Atom], atoms: list[Atom]) -> list[Atom]:
    """올해 5월과 6월, 오는 9월과 11월, 지난 3월 10일과 11일: the second of a list takes the year, direction
    (and, for a bare day, month) written with the first."""
    if not previous or not atoms or not _LISTED.match(text[previous[-1].end:atoms[0].start]):
        return atoms
    kinds = {a.kind for a in atoms}
    if kinds & _ANCHORED or any(a.data.get("inherited") for a in atoms):
        return atoms
    if kinds & {"day", "daybare"} and not kinds & {"month", "monthbare"}:
        wanted = ("year", "relyear", "dir", "month", "monthbare", "relmonth")
    elif kinds & {"month", "monthbare"}:
        wanted = ("year", "relyear", "dir")
    else:
        return atoms
    at = atoms[0].start
    inherit = [Atom(a.kind, at, at, "", {**a.data, "inherited": True}) for a in previous if a.kind in wanted]
    return inherit + atoms if inherit else atoms


def _anaphoric_year(a: Atom, story: _Story | None, anchor: date | None) -> Atom:
    """이듬해, 같은 해: a year counted from the story's year; without one, from published_at's (like 내년)."""
    if story is not None:
        return Atom("year", a.start, a.end, a.text, {"y": story.first.year + a.data["offset"]})
    return Atom("relyear", a.start, a.end, a.text, a.data)


_SENTENCE_BREAK = re.compile(r"[.?!](?=\s)|다\.|\n")
_ANCHORED = {"year", "yearbare", "ymd", "relyear", "relmonth", "relweek", "relday", "anaday", "relseason", "dir"}


def _inherit_story(text: str, story: _Story | None, atoms: list[Atom], anchor: date | None) -> list[Atom]:
    """7월 1일 after 2010년 6월, 26일 after 2019년 8월 25일 in one sentence: a partial date after a date whose
    year is written takes that year (and, for a bare day, that month) — the sentence tells of that time. Not
    when the story's year is published_at's (the news of the day is nearer) or after it, nor after 지난/오는,
    nor in a clause about the future (12월까지 연장할 계획이다 is this December). A bare day follows a month
    or a day only. A month carries the story on across the sentences of its paragraph (2019년 매출은 … 3월에는
    …); a bare day does not: news returns to its own day (기상청은 10일 …) without saying so."""
    if story is None or not atoms:
        return atoms
    kinds = {a.kind for a in atoms}
    if kinds & _ANCHORED or any(a.data.get("inherited") for a in atoms):
        return atoms
    if anchor is not None and (story.first.year == anchor.year or story.first > anchor):
        return atoms  # a story of the future (2037년 10월 석방된다) is a projection, not a time line
    gap = text[story.end:atoms[0].start]
    month_atom = next((a for a in atoms if a.kind in ("month", "monthbare")), None)
    if "\n" in gap or (month_atom is None and _SENTENCE_BREAK.search(gap)):
        return atoms
    day_atom = next((a for a in atoms if a.kind in ("day", "daybare")), None)
    fine = story.granularity in ("month", "day", "hour", "minute")
    at = atoms[0].start
    year, month = story.first.year, story.first.month
    if month_atom is not None:
        m = month_atom.data.get("m") or month_atom.data.get("n")
        if fine and m < month:  # 2019년 11월 … 2월: the time line runs on into the next year
            year += 1
        inherit = [Atom("year", at, at, "", {"y": year, "inherited": True})]
    elif day_atom is not None and fine:
        d = day_atom.data.get("d") or day_atom.data.get("n")
        if story.granularity != "month" and d < story.first.day:  # 28일 … 4일: the next month
            year, month = _shift_month(year, month, 1)
        inherit = [Atom("year", at, at, "", {"y": year, "inherited": True}),
                   Atom("month", at, at, "", {"m": month, "inherited": True})]
    else:
        return atoms
    return [a for a in atoms if a.kind == "tilde"] + inherit + [a for a in atoms if a.kind != "tilde"]


# --- tense: which side of published_at a partial month falls on ----------------------------------------


def _needs_tense(atoms: list[Atom]) -> bool:
    kinds = {a.kind for a in atoms}
    return bool(kinds & {"month", "monthbare"}) and not kinds & _ANCHORED


def _final_consonant(ch: str) -> int:
    return (ord(ch) - 0xAC00) % 28 if "\uac00" <= ch <= "\ud7a3" else -1


def _tense(text: str, end: int, view: TokenView, w: dict) -> str | None:
    """"future", "past" or None for the clause a partial date opens, read from its first predicate:
    마무리할 계획이다, 열릴 (a future ㄹ before a noun), 돌아오겠다 → future; 발표했다, 발생한 → past; the present
    (한다), a plain noun phrase or no tokenization → None, and the date keeps its nearest reading."""
    if isinstance(view, PlainView):
        return None
    stop = _SENTENCE_BREAK.search(text, end, min(len(text), end + 120))
    words = view.words(end, stop.end() if stop else min(len(text), end + 120))
    future_nouns = set(w["tense"]["future_nouns"])
    for i, (s, e, word) in enumerate(words):
        tags = view.tags(s, e)
        tag = tags[0] if tags else ""
        if word in future_nouns and tag.startswith("NN"):
            after = [view.tags(a, b)[0] for a, b, _ in words[i + 1:i + 3] if view.tags(a, b)]
            return None if any("EP" in t for t in after) else "future"  # 예정됐던: which side is unclear
        if "EP" in tag:
            if "겠" in word:
                return "future"
            if word not in ("시", "으시", "셔"):
                return "past"
        elif "ETM" in tag and word in w["tense"]["postpositional"]:
            continue  # 취임을 위한: a postposition in verb form, no tense
        elif "ETM" in tag and tag.split("+")[0] in ("VV", "XSV", "VX", "ETM"):
            jong = _final_consonant(word[-1])
            if jong == 8:  # ㄹ: 할, 열릴
                future_after = any(x in future_nouns or x == "것" for _, _, x in words[i + 1:i + 2])
                return "future" if future_after or tag != "ETM" else None
            if jong == 4 and tag != "ETM":  # ㄴ after a verb: 발생한
                return "past"
            return None
        elif tag.startswith(("EF", "EC")) or "+EF" in tag or "+EC" in tag:
            return None  # 시행한다(고 밝혔다): the present, or a clause joined on — a reporting verb says nothing
    return None


def _lean(year: int, month: int, anchor: date, tense: str | None) -> int:
    """The year of a partial month the clause's tense puts on the other side of published_at: 7월까지 마무리할
    계획 in November is next July, 11월에 발표했다 in March last November. A month or less away stays (the
    article's date may lag the events)."""
    diff = (year * 12 + month) - (anchor.year * 12 + anchor.month)
    if tense == "future" and diff <= -2:
        return year + 1
    if tense == "past" and diff >= 2:
        return year - 1
    return year


def _one_month_for_day_range(start: tuple[DateExpr, Atom], end: DateExpr, atoms: list[Atom], anchor: date) -> None:
    """5∼14일 with no month written: both ends in the months that put the whole range nearest the anchor
    (each end alone may pick another month: 5 -> the coming 5th, 14일 -> the last 14th)."""
    first_expr, bare = start
    kinds = {a.kind for a in atoms}
    day_atom = next((a for a in atoms if a.kind == "day"), None)
    if (day_atom is None or bare.data["close"] not in (day_atom.start, day_atom.start - 1) or "dir" in kinds
            or kinds & {"month", "monthbare", "relmonth", "year", "yearbare", "relyear", "ymd"}
            or end.granularity != "day" or not end.relative):
        return
    lo, hi = bare.data["n"], day_atom.data["d"]
    pairs = []
    for offset in (-1, 0, 1):
        y, m = _shift_month(anchor.year, anchor.month, offset)
        y2, m2 = (y, m) if lo <= hi else _shift_month(y, m, 1)
        if _valid(y, m, lo) and _valid(y2, m2, hi):
            pairs.append((date(y, m, lo), date(y2, m2, hi)))
    if not pairs:
        return
    first, last = min(pairs, key=lambda p: _news_distance(p[0], anchor) + _news_distance(p[1], anchor))
    for expr, day in ((first_expr, first), (end, last)):
        expr.value = expr.range_start = expr.range_end = day.isoformat()


def find_times(text: str, view: TokenView | None = None, lexicon: DateLexicon | None = None,
               chains: list[list[Atom]] | None = None) -> list[tuple[int, int]]:
    """Clock times that stand alone (오후 3시, 오전 10시 30분): TIME mentions, no date rows."""
    spans = []
    for chain in date_chains(text, view, lexicon) if chains is None else chains:
        core = [a for a in chain if a.kind not in ("tilde", "qual", "dir")]
        if len(core) == 1 and core[0].kind == "time" and not re.fullmatch(r"\d{1,2}:\d{2}", core[0].text):
            spans.append((core[0].start, core[0].end))
    return spans


# --- spaCy component ------------------------------------------------------------------------------


def _ranges_as_one(doc: Doc, text: str, found: list[tuple[Span, str | None]]) -> list[tuple[Span, str | None]]:
    """Mentions of the dates found: the two ends of a range joined by a tilde ("12~14일", "2024년 3~5월")
    make one mention, valued as an ISO interval when both ends have a value; the dates table keeps a
    row per end."""
    merged: list[tuple[Span, str | None]] = []
    for span, value in found:
        if merged:
            previous, previous_value = merged[-1]
            gap = text[previous.end_char:span.start_char]
            if gap.strip() and gap.strip() in TILDES and previous.label_ == span.label_:
                interval = f"{previous_value}/{value}" if previous_value and value else None
                merged[-1] = (Span(doc, previous.start, span.end, label=span.label_), interval)
                continue
        merged.append((span, value))
    return merged


@Language.factory("sinmun_dates", assigns=["doc.spans", "doc._.rows"], default_config={"times": True})
def make_date_recognizer(nlp: Language, name: str, times: bool) -> "DateRecognizer":
    return DateRecognizer(name, times=times)


class DateRecognizer:
    """Finds dates on the Kiwi tokenization, resolved against `doc._.published_at`; DATE/TIME mentions and `dates` rows."""

    def __init__(self, name: str = "sinmun_dates", times: bool = True):
        self.name = name
        self.times = times
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        view = doc_view(doc)
        rows = doc._.rows["dates"]
        found = []
        chains = date_chains(text, view, self.lexicon)  # read once: dates and times share them
        for d in find_dates(text, doc._.published_at, view, self.lexicon, chains):
            span = doc.char_span(d.start, d.end, label=d.label, alignment_mode="expand")
            if span is None:
                continue
            d.start, d.end, d.text = span.start_char, span.end_char, span.text
            rows.append(d.row())
            found.append((span, d.value))
        for span, value in _ranges_as_one(doc, text, found):
            add_mention(doc, span, "rule", value)
        if self.times:
            for start, end in find_times(text, view, self.lexicon, chains):
                span = doc.char_span(start, end, label="TIME", alignment_mode="expand")
                if span is not None:
                    add_mention(doc, span, "rule", None)
        return doc
