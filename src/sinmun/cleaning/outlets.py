"""Outlet names, aliases and domains (resources/outlets.tsv): find an outlet in a marker, a copyright
line, a credit, an e-mail address or a URL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from sinmun.regex_words import alternation
from sinmun.resources import read_lines

# The local part is ASCII and starts with a letter or digit, so an address glued to the sentence before
# it ("…말했다.hong@outlet.co.kr") starts at "hong".
EMAIL = r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_EMAIL_RE = re.compile(EMAIL)
# Words that end an outlet's name: a shape for outlets no resource lists ("가상일보", "[가상뉴스]").
OUTLET_ENDING = r"(?:뉴스|일보|신문|경제|방송|TV|닷컴|데일리|타임스|투데이|저널|미디어|포스트|통신|뉴스1)"
# A place before "=" in an unbracketed dateline ("세종=가상일보 홍길동 기자", "워싱턴=홍길동 특파원").
PLACE_PREFIX = r"(?:[가-힣A-Za-z]{1,8}\s*=\s*)"
# The name right after a copyright sign, skipping a year and an opening quote or bracket.
_NOTICE_NAME = re.compile(r"(?:ⓒ|©|\([cC]\))\s*(?:(?i:since)\s*)?(?:\d{4}\s*,?\s*)?[\'\"‘“\[(<]?\s*([가-힣A-Za-z][가-힣A-Za-z0-9]{1,15})")
# The owner a notice names in words: "이 기사는 가상일보의 기사입니다", "가상일보의 모든 콘텐츠는 …",
# "이 기사의 저작권은 가상일보에 있으며".
_NOTICE_OWNER = re.compile(
    r"(?:^|\s)([가-힣A-Za-z][가-힣A-Za-z0-9]{1,15})의\s*(?:모든\s*)?(?:기사|콘텐츠)(?:입니다|는|은)"
    r"|저작권은\s*([가-힣A-Za-z][가-힣A-Za-z0-9]{1,15})에\s*있"
)
# The name right before a notice's reuse words ("가상일보 무단전재 …", "[가상일보] 무단 전재 …").
_NAME_BEFORE_REUSE = re.compile(
    r"(?:^|[ⓒ©\[(<「『,]|\([cC]\))\s*([가-힣A-Za-z][가-힣A-Za-z0-9]{1,15})[\])>」』]?[,.]?\s*무단"
)
# A word ending in a particle ("세상을", "제보는", "센터는") is no outlet's name.
_PARTICLE_END = re.compile(r"[을를은는의에가]$|(?<!데)이$")
_DOMAIN_IN_TEXT = re.compile(r"(?:https?://)?(?:www\.)?((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})")
# A host name or e-mail address written in a line (what `find_name` reads as a domain, not for aliases).
_HOST_IN_TEXT = re.compile(r"(?:https?://)?[A-Za-z0-9._%+-]*(?:@[A-Za-z0-9-]+|[A-Za-z0-9-]+\.[A-Za-z0-9-]+)(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:/\S*)?")


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


# Promotion and tip-off debris names its outlet right before the channel it advertises ("[가상일보
# 카카오톡 채널 친구추가]", "지금 가상일보 앱에서", "<가상일보 제보하기>", "가상일보 뉴스를 네이버에서").
_PROMO_CHANNEL = re.compile(
    r"(?<![가-힣A-Za-z0-9])([가-힣A-Za-z][가-힣A-Za-z0-9]{1,11}?)[을를이가의]?\s*"
    r"(?=(?:뉴스를|앱(?:에서|을|으로)?(?![가-힣])|카카오톡|카카오|텔레그램|유튜브|페이스북|인스타그램|네이버|공식(?![가-힣])|제보|구독|"
    r"바로\s*가기|모바일|뉴스레터|홈페이지|프리미엄|멤버십|독자\s*센터|고객\s*센터|대표\s*전화))"
)
# Platforms, promotion words and function words stand in that position too; none is an outlet.
_NOT_OUTLETS = frozenset(
    "네이버 다음 카카오 카카오톡 텔레그램 유튜브 페이스북 인스타그램 트위터 구글 지금 공식 기사 뉴스 모바일 무료 채널 "
    "구독 제보 이메일 전화 메인 홈페이지 친구 바로 더 많은 최신 오늘 매일 모든 프리미엄 기자 사진 영상 독자 에서 "
    "뉴스레터 유료 당신 종이신문 Since Since. By by All Rights Reserved "
    "Copyright Copyrights All".split()
)
# The name after a copyright sign in Latin letters or Hangul ("ⓒKNT뉴스", "© 가상일보").
_SIGNED_NAME = re.compile(r"(?:ⓒ|©|\([cC]\))\s*(?:\d{4}\s*)?['\"‘“\[(<]?\s*([가-힣A-Za-z][가-힣A-Za-z0-9]{1,15})")


def outlet_in_debris(pieces: list[str], not_names: list[str]) -> str | None:
    """The outlet the removed debris names most often by position (before an advertised channel, after a
    copyright sign), when no stronger evidence names one: an outlet no resource lists still signs its
    furniture. A reporter's name (or a piece of one) is never taken; nor is a photo agency's credit
    ("© 가상통신=가상뉴스"), a host name ("© gasang.co.kr") or a word before a word that only begins like a
    channel word ("합병 공식서명")."""
    votes: dict[str, int] = {}
    for piece in pieces:
        promoted = [_whole_name(m) for m in _PROMO_CHANNEL.finditer(piece)]
        notices = [latin_words(m.group(1), piece[m.end():]) for m in _SIGNED_NAME.finditer(piece) if _signs(m, piece)]
        # in the order they stand: votes that tie go to the name seen first, the same on every run
        for name in dict.fromkeys(promoted + notices):
            if name in _NOT_OUTLETS or _PARTICLE_END.search(name) or any(n.startswith(name) or name.startswith(n) for n in not_names):
                continue
            votes[name] = votes.get(name, 0) + 1
    if not votes:
        return None
    best = max(votes.items(), key=lambda kv: (kv[1], re.search(OUTLET_ENDING + "$", kv[0]) is not None))
    return best[0]


def _whole_name(match: re.Match) -> str:
    """The name before a channel word, with the syllable the pattern took for a particle given back when
    the name then ends like an outlet's ("가상투데이 앱": 가상투데 + 이 would lose its 이)."""
    name, whole = match.group(1), match.group(0).rstrip()
    return whole if len(whole) == len(name) + 1 and re.search(OUTLET_ENDING + "$", whole) else name


def _signs(match: re.Match, piece: str) -> bool:
    """Does the name after a copyright sign sign the page? Not an agency's photo credit ("© 가상통신=가상뉴스",
    "ⓒ가상통신 제공") nor a host name."""
    after = piece[match.end():]
    return not re.match(r"\s*(?:=|제공|DB\b)", after) and _may_name(match.group(1), after)


# Words of a notice that follow the owner's Latin name ("ⓒ Gasang Ledger All rights reserved", "Co., Ltd.").
_NOTICE_WORDS = frozenset("All Rights Reserved Co Corp Inc Ltd Since By Copyright Copyrights Unauthorized".split())


def latin_words(name: str, after: str) -> str:
    """A Latin name with the capitalized words that follow it ("Gasang" + " Ledger All rights …" → "Gasang
    Ledger"): an outlet's Latin name may have two or three words; the notice's own words end it."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", name):
        return name
    for word in re.match(r"(?:\s+[A-Z][A-Za-z0-9]*){0,2}", after).group(0).split():
        if word in _NOTICE_WORDS:
            break
        name += " " + word
    return name


def _may_name(word: str, after: str) -> bool:
    """May the word after a copyright sign be the owner's name? Not a word with a particle (a slogan's),
    a word of the notice itself ("Since", "All"), nor a host name ("gasang" of "ⓒ gasang.co.kr")."""
    if _PARTICLE_END.search(word) or word in _NOT_OUTLETS:
        return False
    return not (word.isascii() and (word.islower() or re.match(r"\.[A-Za-z]", after)))


@dataclass(frozen=True)
class OutletIndex:
    by_alias: dict[str, str]
    by_domain: dict[str, str]
    alias_pattern: re.Pattern  # every alias, longest first, not inside a longer Latin word (a Hangul one not after Hangul)

    def find_name(self, text: str) -> str | None:
        """The outlet whose name or alias occurs first in `text` (longest alias at a position wins), else
        the one its host names point to. An alias inside a host name is no name ("DongA" of
        weekly.donga.com, a magazine's host under its parent's): hosts are read by `from_domain`."""
        return self._alias_in(text) or self._domain_in(text)

    def _alias_in(self, text: str) -> str | None:
        match = self.alias_pattern.search(_HOST_IN_TEXT.sub(_blank, text) if "." in text else text)
        return self.by_alias[match.group(0).casefold()] if match else None

    def _domain_in(self, text: str) -> str | None:
        for domain in _DOMAIN_IN_TEXT.findall(text):
            name = self.from_domain(domain)
            if name:
                return name
        return None

    def from_notice(self, notice: str) -> str | None:
        """The outlet of a copyright notice: a known name or domain, else the Korean name after ⓒ
        ("ⓒ 가상일보 무단전재 금지" → 가상일보); a host name last, as the name written beside it may be a
        sister publication's under its parent's host ("ⓒ 가상주간(www.weekly.gasang.com)")."""
        name = self._alias_in(notice)
        if name:
            return name
        written = self._written_owner(notice)
        return written if written else self._domain_in(notice)

    def _written_owner(self, notice: str) -> str | None:
        match = _NOTICE_NAME.search(notice)
        # a slogan may stand after the sign ("ⓒ세상을 읽는 눈, 가상일보 무단전재…"): a word with a particle
        # names no one, the name before the reuse words does
        if match and _may_name(match.group(1), notice[match.end():]):
            return latin_words(match.group(1), notice[match.end():])
        before = _NAME_BEFORE_REUSE.search(notice)
        if before and not _PARTICLE_END.search(before.group(1)):
            return before.group(1)
        owner = _NOTICE_OWNER.search(notice)
        return (owner.group(1) or owner.group(2)) if owner else None

    def from_domain(self, domain: str) -> str | None:
        """The outlet of a host name, trying it and then its parent domains (it.chosun.com, chosun.com)."""
        labels = domain.casefold().strip(".").split(".")
        if labels and labels[0] == "www":
            labels = labels[1:]
        for i in range(len(labels) - 1):
            name = self.by_domain.get(".".join(labels[i:]))
            if name:
                return name
        return None

    def from_url(self, url: str | None) -> str | None:
        if not url:
            return None
        try:
            host = urlsplit(url if "//" in url else "//" + url).hostname
        except ValueError:
            return None
        return self.from_domain(host) if host else None

    def from_emails(self, text: str) -> str | None:
        for email in _EMAIL_RE.findall(text):
            name = self.from_domain(email.rsplit("@", 1)[1])
            if name:
                return name
        return None

    def canonical(self, raw: str) -> str:
        """The canonical name of an outlet as written in a byline marker, else the marker text itself."""
        return self.find_name(raw) or raw.strip()


@cache
def outlet_index() -> OutletIndex:
    by_alias: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    for line in read_lines("outlets.tsv"):
        cells = line.split("\t")
        if cells[0] == "name" or len(cells) < 2:
            continue
        name = cells[0].strip()
        aliases = [name] + [a.strip() for a in cells[1].split("|") if a.strip()]
        for alias in aliases:
            by_alias.setdefault(alias.casefold(), name)
        if len(cells) > 2:
            for domain in cells[2].split("|"):
                if domain.strip():
                    by_domain.setdefault(domain.strip().casefold().split("/")[0], name)
    ordered = sorted(by_alias, key=len, reverse=True)
    pattern = re.compile(
        # nor inside a longer Hangul name: 한경 of 주간한경 is no 한국경제
        "|".join(rf"(?<![A-Za-z{'가-힣' if '가' <= a[0] <= '힣' else ''}]){re.escape(a)}(?![A-Za-z])" for a in ordered), re.IGNORECASE
    )
    return OutletIndex(by_alias, by_domain, pattern)


@cache
def _places() -> frozenset[str]:
    return frozenset(word.lstrip("?") for line in read_lines("places.txt") for word in line.split())


def known_place(word: str) -> bool:
    """A country, region or city of resources/places.txt: the dateline's place, no outlet."""
    return word.strip() in _places()


@cache
def alias_alternation() -> str:
    """A regex alternation of every outlet name and alias, longest first (for other stages' patterns);
    built once: the byline checks ask for it on every word they test."""
    index = outlet_index()
    return f"(?i:{alternation(index.by_alias, ignore_case=True)})"  # longest first, as a trie


# A footer's imprint names the outlet among its registration fields: "가상일보 | 등록번호 서울 아00000 |
# 발행인 홍길동", "대표전화 02-000-0000 | 팩스 … | 가상일보", "(주)가상미디어 · 주소 …".
_IMPRINT_LABEL = re.compile(
    r"등록번호|등록일|발행인|편집인|발행\s*[·ㆍ]\s*편집인|청소년\s*보호\s*책임자|사업자\s*등록|대표\s*전화|대표\s*이사|팩스|주소|통신판매"
)
_IMPRINT_FIELD = re.compile(r"\s*[|｜·ㆍ]\s*")
_IMPRINT_NAME = re.compile(r"(?:\(주\)|㈜|주식회사\s*)?([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14}(?:\s[A-Z][A-Za-z0-9]*)?)")


def imprint_names(piece: str) -> list[str]:
    """The outlet a footer's imprint line names: the field that is a name alone, neither a label with
    its value nor a number, in a line of registration fields."""
    if len(piece) > 200 or len(_IMPRINT_LABEL.findall(piece)) < 1:
        return []
    fields = [f.strip() for f in _IMPRINT_FIELD.split(piece) if f.strip()]
    if len(fields) < 2:
        return []
    names = []
    for field_text in fields:
        match = _IMPRINT_NAME.fullmatch(field_text)
        if match and not _IMPRINT_LABEL.search(field_text) and match.group(1) not in _NOT_OUTLETS:
            names.append(match.group(1))
    return names


# Where a portal's 기사제공 tag runs into a promotion glued after the outlet's name ("가상일보네이버에서
# 가상일보를 구독하세요!"): a platform or channel word, or a particle before one.
_TAG_GLUE = re.compile(r"(?<=..)(?:네이버|다음|카카오|구독|앱(?:에서|을)|모바일|홈페이지|바로\s*가기|에서\s)")


def tag_name(raw: str) -> str:
    """The outlet's name in a 기사제공 tag: its first word, cut where a promotion glued to it starts."""
    raw = raw.strip()
    first = re.match(r"[^\s\[\](){}<>|｜,·]+", raw)
    if not first or first.group(0) == raw:
        word = first.group(0) if first else raw
    else:
        word = latin_words(first.group(0), raw[first.end():])
    glue = _TAG_GLUE.search(word)
    return word[: glue.start()] if glue else word


# The outlet's own name stands in short furniture (credits, promos, footers), not in removed paragraphs.
SPELLED_PIECE_CHARS = 120
_NAME_WORD = re.compile(r"(?<![가-힣A-Za-z0-9])[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14}(?![가-힣A-Za-z0-9@.])")


def names_hosts_spell(pieces: list[str], hosts: set[str]) -> list[str]:
    """Words of the page's debris that one of its hosts spells (시사IN of "사진 : 시사IN DB" and
    sisain.co.kr): the outlet's own name, written where no rule reads it. Words in Latin letters alone
    are the host's own spelling and prove nothing; places are no outlets."""
    from sinmun.cleaning.domains import domain_spells

    if not hosts:
        return []
    found: list[str] = []
    seen: set[str] = set()
    for piece in pieces:
        if len(piece) > SPELLED_PIECE_CHARS:
            continue
        for match in _NAME_WORD.finditer(piece):
            word = match.group(0)
            if word in seen:
                continue
            seen.add(word)
            if word.isascii() or word in _NOT_OUTLETS or known_place(word) or _PARTICLE_END.search(word):
                continue
            if any(domain_spells(host, word) for host in hosts):
                found.append(word)
    return found


def page_hosts(texts: list[str], url: str | None = None) -> set[str]:
    """The host names of a page's e-mail addresses, written host names and URL."""
    hosts = {email.rsplit("@", 1)[1].casefold() for text in texts for email in _EMAIL_RE.findall(text)}
    hosts |= {d.casefold() for text in texts for d in _DOMAIN_IN_TEXT.findall(_EMAIL_RE.sub(" ", text))}
    if url:
        try:
            host = urlsplit(url if "//" in url else "//" + url).hostname
        except ValueError:
            host = None
        hosts |= {host} if host else set()
    return {h[4:] if h.startswith("www.") else h for h in hosts}


# A line labelling where the article comes from: "출처: 가상일보", "언론사 : 가상일보", "source: 가상일보",
# "via 가상일보", "기사 원문: 가상일보", "(가상일보 제공)", "이 기사는 가상일보 제공입니다".
SOURCE_LABEL = re.compile(
    r"^[\[(<〈\-–—\s]*(?:출처|원문|기사\s*원문|원문\s*보기|언론사|매체명?|발행처|(?i:source|via))\s*[:：]?\s*"
    r"(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,15})\s*[\])>〉\-–—]*\s*$"
    r"|^[\[(<]?\s*(?:이\s*기사는\s*)?(?P<given>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,15})\s*제공(?:입니다)?\.?\s*[\])>]?\s*$"
)
_SHAPED = re.compile(rf"[가-힣A-Za-z0-9]{{1,12}}{OUTLET_ENDING}")


def labelled_source(piece: str) -> str | None:
    """The outlet a source line names ("출처: 가상일보"); a name given as a source (제공) must look like an
    outlet (a ministry or a firm provides photos and releases too)."""
    match = SOURCE_LABEL.match(piece.strip()) if len(piece) <= 60 else None
    if not match:
        return None
    name = match["name"] or match["given"]
    if name in _NOT_OUTLETS or _PARTICLE_END.search(name) or known_place(name):
        return None
    if match["given"] and not (_SHAPED.fullmatch(name) or outlet_index()._alias_in(name)):
        return None
    return name


def shaped_in_debris(pieces: list[str], not_names: list[str]) -> str | None:
    """The outlet-shaped word (a known alias or a name ending like an outlet's) that the most removed
    pieces hold, when no piece of evidence named one: a page repeats its own name in its furniture.
    A credit's agency ("사진=가상통신", "/가상통신", "[AP=가상통신]") is not counted."""
    counts: dict[str, int] = {}
    for piece in pieces:
        if len(piece) > 120:
            continue
        for match in _SHAPED.finditer(piece):
            name = match.group(0)
            before = piece[: match.start()].rstrip()
            if before.endswith(("=", "/", "사진", "자료", "출처")) or name in counts and counts[name] < 0:
                continue
            if name in _NOT_OUTLETS or any(n.startswith(name) or name.startswith(n) for n in not_names):
                continue
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda name: counts[name])
    return best if counts[best] >= 2 else None
