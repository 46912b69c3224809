"""Bylines: "[서울=뉴스핌] 박진숙 기자 =", "(서울=연합뉴스) 홍길동 기자 =", "[마이데일리 = 심지원 기자]" at the
start of the article, "심지원 기자 sim@mydaily.co.kr" at its end, and the reporters they name."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache

from sinmun.cleaning.outlets import EMAIL, OUTLET_ENDING, PLACE_PREFIX, alias_alternation, known_place
from sinmun.cleaning.text import LINE_CACHE
from sinmun.resources import resource_path

_NAME = r"[가-힣]{2,4}"
_NAME_SPLIT = re.compile(r"[\s·,ㆍ/및]+")
_HANGUL_NAME = re.compile(r"^[가-힣]{2,4}$")
# A newsroom's desk or team standing before the names ("정치부 홍길동 기자", "사건팀 홍길동 기자").
_DESK_WORD = re.compile(r"^[가-힣]{2,3}(?:부|팀)$")
# A sentence's end before a closing byline: a full stop, "?", "!" or a closing quote or bracket, but not
# the dot of a host name or a date ("hong@gasang.com 홍길동 기자", "… 있다. 2024.05.28 홍길동 기자").
_AFTER_SENTENCE = r"(?<=[.!?\"”’」』)\]])(?<![A-Za-z0-9][.])"
# The dateline's place before a comma opening the names ("[가상스포츠 부산, 홍길동 기자]"): a two-syllable word
# before a full name; reporters who share a byline are joined by a middle dot ("홍길동·김철수 기자").
_PLACE_BEFORE_COMMA = re.compile(r"^\s*[가-힣]{2}\s*,\s*(?=[가-힣]{3,4}(?:\s|$))")
# The dateline's place before a slash or "=" ("평창/홍길동 기자", "세종=홍길동 기자"): no name.
_PLACE_BEFORE_NAME = re.compile(r"(?:^|(?<=\s))[가-힣A-Za-z]{1,8}\s*[/=]\s*(?=[가-힣]{2,4}(?:\s|$))")


# Fields of a metadata row: set off by bars, middle dots or bullets with spaces around them ("A | B",
# "A · B · 8h"), a label's bar ("작성 | 홍길동 기자").
_FIELD_SEPARATOR = re.compile(r"\s+[|｜·•/]\s+|\s*[|｜]\s*")
FIELD_ROW_MAX_CHARS = 80
FIELD_MAX_CHARS = 20
# A field labelling the writer ("작성자: 홍길동", "이야기 작성자: 홍길동", "author: 홍길동 기자", "기자: 홍길동",
# "작성 | 홍길동 기자" once split at its bar): a site's or a feed's label, maybe after a word of the site's
# own ("이야기 작성자", a portal's "story by").
_LABELLED_NAMES = re.compile(
    r"^(?:[가-힣]{1,4}\s+)?(?:기자명|작성자|글쓴이|작성|기자|author|Author|AUTHOR|by|By|BY|writer|Writer)\s*[:：]\s*"
    r"(?P<names>[가-힣]{2,4}(?:\s*[·,ㆍ]\s*[가-힣]{2,4})*)(?:\s*(?:기자|특파원|선임기자|인턴기자))?\s*$"
)


# Separators a site sets between its name and the byline: "가상일보ㅣ홍길동 기자" (a vowel letter for a bar).
_NAME_SEPARATORS = " \tㅣ|｜_·:/"
_PHOTO_ROLE = re.compile(r"^(?:사진|영상|그래픽|촬영|편집)(?:\s*[:：=·]\s*|\s+)")


def _is_outlet_name(text: str) -> bool:
    """A known outlet's name or alias, or a name with an outlet's ending ("가상일보", "가상뉴스")."""
    return re.fullmatch(rf"{alias_alternation()}|[가-힣A-Za-z0-9]{{0,10}}{OUTLET_ENDING}", text.strip()) is not None


@dataclass(frozen=True)
class Byline:
    rest: str                      # the line without its byline
    reporters: list[str] = field(default_factory=list)
    outlet: str | None = None      # outlet as the marker writes it
    placed: bool = False           # the outlet stood before "=" ("[광주=홍길동 기자]"): maybe the dateline's place
    other: str | None = None       # the other side of "[A=B]" when neither side is known as an outlet


@dataclass(frozen=True, eq=False)  # hashed by identity: a cheap key for the line caches
class BylineRules:
    titles: re.Pattern
    not_names: frozenset[str]
    start: tuple[re.Pattern, ...]
    whole_line: tuple[re.Pattern, ...]
    trailing: tuple[re.Pattern, ...]
    email_line: re.Pattern
    trailing_email: re.Pattern
    info_reporter: re.Pattern
    info_counter: re.Pattern
    info_byline: re.Pattern
    info_outlet: re.Pattern

    def names(self, text: str | None) -> list[str]:
        """The names of a byline's name part ("홍길동·김철수", "정치부 홍길동", "평창/홍길동"): a desk
        ("정치부", "사건팀") and the dateline's place before "/" or "=" name no one."""
        if not text:
            return []
        names = []
        text = _PLACE_BEFORE_NAME.sub(" ", self.titles.sub(" ", _PLACE_BEFORE_COMMA.sub(" ", text)))
        for part in _NAME_SPLIT.split(text):
            if _HANGUL_NAME.match(part) and part not in self.not_names and not _DESK_WORD.match(part) and part not in names:
                names.append(part)
        return names

    @lru_cache(maxsize=LINE_CACHE)
    def strip_start(self, line: str) -> Byline | None:
        """The line without its leading bylines, with the reporters and outlet the first one names."""
        first = self._strip_one_start(line)
        if first is None:
            return None
        rest = first.rest
        while rest and (more := self._strip_one_start(rest)) is not None and more.rest != rest:
            rest = more.rest
        return Byline(rest, first.reporters, first.outlet, first.placed)

    def _strip_one_start(self, line: str) -> Byline | None:
        for pattern in self.start:
            match = pattern.match(line)
            if match:
                groups = match.groupdict()
                reporters = self.names(groups.get("names"))
                if groups.get("names") and not reporters:
                    continue
                # a separator glued to the outlet's name is no part of it ("[가상일보ㅣ홍길동 기자]")
                outlet = (groups.get("outlet") or "").strip(_NAME_SEPARATORS) or None
                place = (groups.get("place") or "").strip() or None
                words = outlet.split() if outlet else []
                if len(words) == 2 and _is_outlet_name(words[0]) and not _is_outlet_name(outlet):
                    outlet = words[0]  # "[가상일보 원주] 홍길동 기자 =": the outlet, then the dateline's place
                elif (
                    outlet and not place and not groups.get("eq") and len(words) == 1 and re.fullmatch(r"[가-힣]{2,3}", outlet)
                    and not _is_outlet_name(outlet) and not known_place(outlet)
                ):
                    # "[원주] 홍길동 기자 =": a short word no outlet is known by: maybe the dateline's place
                    return Byline(line[match.end():].strip(), reporters, outlet, True)
                if outlet and not place and known_place(outlet) and not _is_outlet_name(outlet):
                    outlet = None  # "(대전) 홍길동 기자 =": the dateline's place alone, no outlet
                if outlet and place and not _is_outlet_name(outlet) and not known_place(place):
                    # "[가상스퀘어=안동]" as well as "(안동=가상통신)": the side named or shaped like an outlet
                    # is the outlet; with neither, both are maybe the place, maybe the outlet
                    if _is_outlet_name(place):
                        return Byline(line[match.end():].strip(), reporters, place)
                    return Byline(line[match.end():].strip(), reporters, outlet, True, place)
                return Byline(line[match.end():].strip(), reporters, outlet, bool(groups.get("eq")))
        return None

    @lru_cache(maxsize=LINE_CACHE)
    def end_line(self, line: str) -> list[str] | None:
        """Reporters of a line that is only a byline ("심지원 기자 sim@mydaily.co.kr"), else None."""
        if len(line) > 100:
            return None
        match = self._whole_line(line)
        return self.names(match["names"]) if match else None

    def end_line_outlet(self, line: str) -> str | None:
        """The outlet a byline-only line names ("세종=가상일보 홍길동 기자" → 가상일보), else None."""
        match = self._whole_line(line) if len(line) <= 100 else None
        return (match["placed"] or match["outlet"]) if match else None

    def _whole_line(self, line: str) -> re.Match | None:
        """The first byline-only reading of the line that names someone: with a known or shaped outlet,
        then with any word before the names ("가상누리 홍길동 기자")."""
        for pattern in self.whole_line:
            match = pattern.match(line)
            if match and self.names(match["names"]):
                return match
        return None

    @lru_cache(maxsize=LINE_CACHE)
    def strip_trailing(self, line: str) -> Byline | None:
        """A prose line without the bylines or e-mails glued to its end ("…밝혔다. 홍길동 기자 hong@…")."""
        first = self._strip_one_trailing(line)
        if first is None:
            return None
        rest, names, outlet = first.rest, list(first.reporters), first.outlet
        while rest and (more := self._strip_one_trailing(rest)) is not None and more.rest != rest:
            rest = more.rest
            names += [n for n in more.reporters if n not in names]
            outlet = outlet or more.outlet
        return Byline(rest, names, outlet)

    def _strip_one_trailing(self, line: str) -> Byline | None:
        for pattern in self.trailing:
            match = pattern.search(line)
            if match:
                names = self.names(match["names"])
                if names:
                    return Byline(line[: match.start()].rstrip(), names, match["outlet"])
        match = self.trailing_email.search(line)
        if match:
            return Byline(line[: match.start()].rstrip())
        return None

    @lru_cache(maxsize=LINE_CACHE)
    def strip_info_fields(self, line: str) -> Byline | None:
        """A CMS info line without its reporter and counter fields ("기자명 홍길동 기자 … 댓글 0"),
        or None when it has neither."""
        if len(line) > 160:
            return None
        names: list[str] = []
        match = self.info_reporter.search(line)
        if match:
            names = self.names(match["names"])
            line = line[: match.start()] + " " + line[match.end():]
        rest = self.info_counter.sub(" ", line)
        if not match and rest == line:
            return None
        return Byline(" ".join(rest.split()), names)

    @lru_cache(maxsize=LINE_CACHE)
    def field_row(self, line: str) -> tuple[list[str], list[str]] | None:
        """A row of metadata fields naming the reporters, as feeds, clippings, print pages and portals
        lay them out ("2024-05-02 13:35 | 홍길동 기자", "가상일보 · 홍길동 기자 · 8h", "■ 가상일보 | 2024.05.02 |
        2면 | 홍길동 기자", "춘천 | 홍길동·김철수 기자", "작성 | 홍길동 기자", "이야기 작성자: 홍길동"): the names
        of its byline fields, and its other fields (dates, pages, the outlet's or the place's name, a
        label), else None. Every field is short and states nothing; one at least is a byline."""
        if len(line) > FIELD_ROW_MAX_CHARS or _FIELD_SEPARATOR.search(line) is None and not _LABELLED_NAMES.match(line):
            return None
        fields = [f.strip() for f in _FIELD_SEPARATOR.split(line.strip().lstrip("■□▶•·-– ")) if f.strip()]
        names: list[str] = []
        others: list[str] = []
        for field in fields:
            if re.fullmatch(r"[\[【(〔].*[\]】)〕]", field):
                return None  # a bracketed field is the text's own ("【2012년 8월 28일】", its dateline)
            if _PHOTO_ROLE.match(field):
                others.append(field)  # the photographer's or video editor's field: no reporter
                continue
            labelled = _LABELLED_NAMES.match(field)
            found = self.names(labelled["names"]) if labelled else self.end_line(field)
            if found:
                names += [n for n in found if n not in names]
            elif len(field) <= FIELD_MAX_CHARS and len(field.split()) <= 3 and not re.search(r"[가-힣]{2}다\.?$", field):
                others.append(field)
            else:
                return None
        return (names, others) if names else None

    def is_email_line(self, line: str) -> bool:
        return len(line) <= 160 and bool(self.email_line.match(line))


@cache
def byline_rules() -> BylineRules:
    table = tomllib.loads(resource_path("boilerplate.toml").read_text(encoding="utf-8"))["reporters"]
    titles_alt = "|".join(re.escape(t) for t in sorted(table["titles"], key=len, reverse=True))
    title = rf"(?:{titles_alt})"
    names = rf"{_NAME}(?:\s*{title})?(?:\s*[·,ㆍ/]\s*{_NAME}(?:\s*{title})?)*"
    outlets = rf"(?:{alias_alternation()}|[가-힣A-Za-z0-9]{{1,10}}{OUTLET_ENDING})"
    email = rf"[\(<\[]?\s*{EMAIL}\s*[\)>\]]?"
    start = (
        # [마이데일리 = 심지원 기자]   [아시아경제 홍길동 기자]   [홍길동 기자]
        re.compile(
            rf"^[\[\(【<〈]\s*(?:(?P<outlet>[^\]\)】>〉=]{{1,25}}?)\s*(?P<eq>=)?\s*)?(?P<names>{names})\s*{title}\s*(?:{email}\s*)?[\]\)】>〉]\s*=?\s*"
        ),
        # [서울=뉴스핌] 박진숙 기자 =   (서울=연합뉴스) 홍길동 기자 =   【서울=뉴시스】
        re.compile(
            rf"^[\[\(【<〈]\s*(?P<place>[가-힣A-Za-z.·\s]{{1,15}}?)\s*=\s*(?P<outlet>[^\]\)】>〉=]{{1,25}}?)\s*[\]\)】>〉]"
            rf"\s*(?:(?P<names>{names})\s*{title}\s*)?(?:{email}\s*)?=?\s*"
        ),
        # (가상일보) 홍길동 기자 =   <가상일보> 홍길동 기자 =
        re.compile(
            rf"^[\[\(【<〈]\s*(?P<outlet>[^\]\)】>〉=]{{1,20}}?)\s*[\]\)】>〉]\s*(?P<names>{names})\s*{title}\s*(?:{email}\s*)?=\s*"
        ),
        # 머니투데이 홍길동 기자 =    홍길동 기자 =
        re.compile(rf"^(?:(?P<outlet>{outlets})\s*=?\s*)?(?P<names>{names})\s*{title}\s*(?:{email}\s*)?=\s*"),
        # [파이낸셜뉴스]   (서울=연합뉴스) without a reporter is covered above
        re.compile(rf"^[\[【]\s*(?P<outlet>{outlets})\s*[\]】]\s*"),
        # 서울--(가상와이어) 2024년 05월 02일 -- : a wire's dateline, the place, the wire in parentheses, the date
        re.compile(
            r"^(?P<city>[가-힣A-Za-z]{1,12})\s*-{2}\s*\(\s*(?P<outlet>[^()]{1,20}?)\s*\)\s*"
            r"(?:(?:19|20)\d{2}\s*[년.\-/]\s*\d{1,2}\s*[월.\-/]\s*\d{1,2}\s*일?\s*)?-{2}\s*"
        ),
    )
    prefix = r"(?:[/\-–—=▶■]\s*)?(?:(?:글|취재|정리|글·사진|글ㆍ사진)(?:\s*[=:·]\s*|\s+))?"
    # the photographer after the writer: "글 홍길동 기자 · 사진 김철수 기자" (no reporter of the text)
    photographer = rf"(?:\s*[·ㆍ,/|]\s*(?:사진|영상)\s*[=:·]?\s*{_NAME}\s*{title})?"
    # "홍길동 기자 기자 페이지", "김철수 기자 구독": a byline with its profile widget
    # ("홍길동 기자의 다른 기사", "홍길동 기자의 기사 더보기 >": the reporter's page, linked under the text)
    widget = r"(?:\s*(?:기자\s*)?(?:페이지|프로필|구독|구독하기|이메일\s*보내기|다른\s*기사\s*보기)|의\s*(?:다른\s*기사(?:\s*(?:보기|더보기))?|기사\s*더보기)\s*>?)?"
    # an address after the title, set off by a space or a separator ("홍길동 기자 / hong@…", "홍길동 기자 ・ hong@…")
    emails = rf"(?:\s*[/|｜·・]?\s*{email})*"
    whole_line = re.compile(
        rf"^[\[\(<]?\s*(?:{EMAIL}\s+)?{prefix}(?:{PLACE_PREFIX}(?P<placed>[가-힣A-Za-z0-9]{{2,12}})\s+(?={names}\s*{title})|{PLACE_PREFIX})?"
        rf"(?:(?P<outlet>{outlets})\s*=?\s*)?(?P<names>{names})\s*{title}{emails}{photographer}{widget}\s*[\]\)>]?\s*\.?$"
    )
    whole_line_any = re.compile(
        rf"^[\[\(<]?\s*{prefix}(?P<placed>)(?P<outlet>[가-힣A-Za-z0-9]{{2,12}})\s+(?P<names>{names})\s*{title}{emails}{photographer}{widget}\s*[\]\)>]?\s*\.?$"
    )
    trailing = re.compile(
        rf"{_AFTER_SENTENCE}\s*{prefix}(?:(?P<outlet>{outlets})\s*=?\s*)?(?P<names>{names})\s*{title}{emails}\s*$"
    )
    # after the last sentence, the word before the names is the outlet whatever its shape ("…말했다. 가상프레스
    # 홍길동·김철수 기자"); tried when the names alone do not read as a byline
    trailing_any = re.compile(
        rf"{_AFTER_SENTENCE}\s*{prefix}(?P<outlet>[가-힣A-Za-z0-9]{{2,12}})\s+(?P<names>{names})\s*{title}{emails}\s*$"
    )
    return BylineRules(
        titles=re.compile(title),
        not_names=frozenset(table["not_names"]),
        start=start,
        # "By 홍길동": an English-style byline, the title left out
        whole_line=(whole_line, whole_line_any, re.compile(
            rf"^\s*(?:By|BY|by)\s+(?P<placed>)(?P<outlet>)(?P<names>{_NAME}(?:\s*[·,ㆍ]\s*{_NAME})*)(?:\s*{title})?{emails}\s*$"
        )),
        trailing=(trailing, trailing_any),
        email_line=re.compile(rf"^[\[\(<]?\s*(?:{EMAIL})(?:\s*[,/;·]\s*{EMAIL})*\s*[\]\)>]?\.?$"),
        trailing_email=re.compile(rf"(?<=[.!?\"”’」』)\]다])\s*[/\-]?\s*{email}\s*$"),
        info_reporter=re.compile(rf"(?:기자명|작성자|글쓴이)\s*[:：]?\s*(?P<names>{_NAME}(?:\s*[·,ㆍ]\s*{_NAME})*)(?:\s*{title})?(?:\s*{email})?(?=\s|$|[|｜])"),
        info_counter=re.compile(r"(?:댓글|조회수|조회|추천|공감|좋아요)\s*[:：]?\s*[\d,]+(?:\s*회)?"),
        # a byline opening a date line: "가상일보 홍길동 기자 | 2024-03-05 10:21", "홍길동 기자 승인 2024.03.05",
        # "홍길동 기자 hong@… | 2024.03.05 10:21 | 수정 …"
        info_byline=re.compile(
            rf"^(?:(?P<outlet>[가-힣A-Za-z0-9]{{2,12}})\s*[|｜]?\s*)??(?P<names>{names})\s*{title}(?![가-힣])"
            rf"{emails}\s*[|｜·・]?\s*(?P<rest>\S.*)$"
        ),
        # an outlet's name opening a date line: "가상일보 입력 2024. 3. 5. 10:21", "가상일보 | 기사입력 2024/03/05"
        info_outlet=re.compile(r"^(?P<outlet>[가-힣A-Za-z0-9]{2,12})\s*[|｜]?\s*(?P<rest>\S.*)$"),
    )
