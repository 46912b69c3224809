"""Cleaning of scraped Korean news text: one article's scrape in, its clean body and metadata out.

Stages, in order (each kind of debris is known by a sibling module):
1. normalize: NFC, one paragraph per line, invisible characters gone;
2. header: the site menu and other stories' headlines above the article are dropped, and the
   headline line before the 기사입력/read-aloud/byline block becomes the title;
3. tail: related, best-of and comment blocks and the copyright notice end the article;
4. lines: date lines (→ published/modified), widgets, comment boxes, source and promotion lines,
   menus, e-mail lines and bylines (→ reporters, outlet) are dropped; photo credits are cut from
   caption lines (→ captions) and related-article lists are dropped;
5. repeats: a paragraph repeated in the scrape is kept once.
Broadcast transcript markers ([앵커], ◀ 리포트 ▶, [인터뷰] 홍길동 / 시민) go right after the head zone.
The pass is repeated on its own output until nothing changes, so cleaning is idempotent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sinmun.cleaning import headline
from sinmun.cleaning.boilerplate import boilerplate
from sinmun.cleaning.broadcast import drop_markers
from sinmun.cleaning.bylines import FIELD_ROW_MAX_CHARS, byline_rules
from sinmun.cleaning.captions import caption_rules
from sinmun.cleaning.closing import drop_after_text
from sinmun.cleaning.dates import DateLine, parse_date_line, parse_datetime
from sinmun.cleaning.domains import address_names, domain_spells
from sinmun.cleaning.flat import split_flat
from sinmun.cleaning.outlets import (
    EMAIL,
    OUTLET_ENDING,
    alias_alternation,
    imprint_names,
    labelled_source,
    shaped_in_debris,
    names_hosts_spell,
    outlet_in_debris,
    outlet_index,
    page_hosts,
    tag_name,
)
from sinmun.cleaning.recurring import drop_recurring_lines
from sinmun.cleaning.runin import cut_run_in_head
from sinmun.cleaning.signatures import drop_signatures
from sinmun.cleaning.segments import is_debris, is_debris_line, is_inline_furniture, split_line
from sinmun.cleaning.segments import is_prose as is_statement
from sinmun.cleaning.text import ends_sentence, is_prose, normalize_lines, nospace
from sinmun.cleaning.zones import (
    HEADLINE_MAX_CHARS,
    ZoneEvidence,
    is_person_name,
    cut_captions,
    cut_head,
    cut_tail,
    is_credited_fragment,
    is_headline,
    is_photo_credit,
    is_photo_line,
)

# The header (menus, headline lists, title, date and tool lines) sits within the first lines.
HEADER_WINDOW = 40
# Paragraphs shorter than this (without spaces) may repeat legitimately ("감사합니다.").
MIN_REPEAT_KEY = 10
MAX_PASSES = 4
# Headlines may ask or quote ("…선호도는?", "…‘성공적이었다’"); a first sentence that lost its full stop
# ends on a bare 다.
_ASKS_OR_QUOTES = re.compile(r"(?:[?？]|['\"”’」』])\s*$")
# A list of other stories closing the page is looked for in the last lines only.
TAIL_LIST_LINES = 15
# A headline and at most two sub-headlines stand on lines of their own above the first sentence.
MAX_HEADLINE_LINES = 3
# ... and with the masthead's furniture under them (photo, date and byline lines), within these lines.
HEAD_BLOCK_LINES = 8
# Headlines longer than this that read as a sentence are taken for prose.
LONG_HEADLINE = 60
_STATEMENT_END = re.compile(r"[.。]['\"”’」』)\]]*$")
_ELLIPSIS_END = re.compile(r"(\.\.|…)['\"”’」』)\]]*$")
_COUNTER = re.compile(r"^[\d,.\s]{1,6}$")
SITE_NAME_CHARS = 20
HEADLINE_MIN_CHARS = 4  # non-space characters of the shortest headline ("사드 배치")
# A headline line no stage found, read off the head by what it says, says this much (non-space
# characters; 9 of Korean Wikinews' 644 titles say less).
SCANNED_HEADLINE_MIN_CHARS = 8
# A line of the masthead left above the first sentence says this much at most (non-space characters).
HEAD_FURNITURE_MAX_CHARS = 40
# A lone headline line must say this much (non-space characters); shorter lines may be section labels.
LONE_HEADLINE_MIN_CHARS = 12
# The paragraph under a lone headline opens with a full-stop sentence.
_FIRST_SENTENCE = re.compile(r"^.{10,}?[가-힣]다\.(?:\s|$)")
# A full stop closing a sentence ("…밝혔다. "), counted to tell a paragraph from a one-sentence headline.
_SENTENCE_STOP = re.compile(r"[가-힣]다\.(?=\s|$)")
# A reporter's profile under the closing byline speaks of the reporter politely, in one short sentence.
_PROFILE = re.compile(r"^[^.!?]*(?:합니다|입니다|습니다)\.?$")
PROFILE_MAX_CHARS = 80
# An outlet's staff line with no name ("가상일보 기자"), under a name alone in a profile box.
_STAFF_BYLINE = re.compile(r"^(?P<outlet>[가-힣A-Za-z0-9]{2,12})\s*기자$")
# A newsroom's desk, team or section, named in bylines where an outlet could stand.
_DESK = re.compile(r"(?:뉴스국|편집국|보도국|[가-힣]{1,6}(?:부|팀|센터|데스크|섹션|취재반))$")
# A site's tool line under the masthead says this much at most ("텍스트 음성 변환 서비스 사용하기").
HEAD_TOOL_CHARS = 20
_BRACKETED_DATE = re.compile(r"^\s*[\[【(]\s*(?:19|20)\d{2}\s*[년.\-/][\d\s년월일.\-/]*[\]】)]\s*$")
# The weight of a tag or byline naming the outlet: it signs the article, whatever the rest says.
SIGNED = 10.0
# Host-name labels that name no outlet ("www", "co", "com", "news").
_HOST_WORDS = frozenset("www com net org kor kr co news mail gmail naver daum".split())
# A date with its weekday and nothing else, no label, no time: the site's date of the day or the article's.
_BARE_DATE = re.compile(r"[\d\s년월일.\-/()월화수목금토요]+")
# What every copyright or reuse notice holds: pieces without it are not tried as notices.
_NOTICE_HINT = re.compile(r"ⓒ|©|\([cC]\)|(?i:copyright|rights\s+reserved|unauthorized)|무단|저작권|재배포|전재|금지|기사입니다|콘텐츠는")
# A portal's tag naming the outlet that supplied the article: "기사제공 가상일보".
_PORTAL_TAG = re.compile(r"기사\s*제공\s*[:：]?\s*(\S.*)$")
# Words that say what a byline's person did ("취재 홍길동 기자", "글·사진 …", "정리=…"): no outlet.
_ROLE_WORDS = frozenset("글 취재 정리 사진 영상 그래픽 편집 기획 구성 진행 글·사진 글ㆍ사진 취재·정리 작성 작성자 글쓴이 기자 기자명".split())
# A social account alone ("@gasang_graphics"): what a graphic's credit signs with.
_SOCIAL_HANDLE = re.compile(r"\s*@[A-Za-z0-9_.]{2,30}\s*")
# A dash or bullet before a sub-headline ("- 내년부터 단계적 시행").
_SUBHEAD_DASH = re.compile(r"^[-–—·•]\s*")
# An outlet's name and the article's date and time, set off by a bar or slash: "가상일보 | 2024-05-02 10:46",
# "가상일보 / 2024.05.02 17:01" (a portal's or a feed reader's row under the headline).
_OUTLET_DATE_ROW = re.compile(r"^(?P<outlet>[가-힣A-Za-z0-9]{2,12})\s+[|｜/]\s+(?P<rest>(?:19|20)\d{2}\S*(?:\s+\d{1,2}:\d{2})?)\s*$")
# Labels of a feed's or a clipping's fields, which a row's first field may be instead of the outlet.
_FIELD_LABELS = frozenset("일시 일자 날짜 시간 제목 매체 작성 원문 출처 분류 작성자 기자 Date date".split())
# A date line that opens with its label ("입력 2024…", "기사입력 : …"), not with a bare date.
_DATE_LABEL = re.compile(r"^[가-힣A-Za-z\s]{1,10}\s*[:：]?\s*(?:19|20)\d{2}")


@dataclass(frozen=True)
class CleanedArticle:
    body: str                     # clean article text, paragraphs separated by "\n"
    title: str | None
    outlet: str | None
    published_at: datetime | None  # tz-aware, Asia/Seoul
    modified_at: datetime | None
    reporters: list[str]
    captions: list[str]           # photo captions/credits removed from the body
    url: str | None = None


@dataclass
class _Findings:
    """What one pass learned about the article besides its body."""

    title: str | None = None
    published: datetime | None = None
    modified: datetime | None = None
    reporters: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    byline_outlet: str | None = None
    copyright_outlet: str | None = None
    credit_outlet: str | None = None
    stray_notice_outlet: str | None = None  # a notice above the text: the owner only if no notice ends it
    email_outlet: str | None = None
    zone: ZoneEvidence = field(default_factory=ZoneEvidence)

    def add_reporters(self, names: list[str]) -> None:
        self.reporters.extend(n for n in names if n not in self.reporters)


def clean_article(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published_at: datetime | str | None = None,
    recurring: frozenset[str] = frozenset(),
) -> CleanedArticle:
    """Clean one scraped article. Metadata given here wins over what cleaning infers; a given title
    also helps: a headline line equal to it is dropped with the menus above it. `recurring` holds the
    segments (spaces removed) that recur across the batch's articles (`cleaning.recurring`): debris
    wherever they stand in the head or tail. Never raises."""
    text = text if isinstance(text, str) else ("" if text is None else str(text))
    title = title.strip() or None if isinstance(title, str) else None
    try:
        lines = normalize_lines(text)
        lines, found = _clean_pass(lines, title, recurring)
        for _ in range(MAX_PASSES - 1):
            again, _ = _clean_pass(lines, None, recurring)
            if again == lines:
                break
            lines = again
        body = "\n".join(lines)
    except Exception:  # noqa: BLE001 - a scrape that trips a rule still yields its text
        body, found = "\n".join(normalize_lines(text)), _Findings()
    # an outlet shaped like a name ("가상누리 기자") is no reporter
    inferred_outlet = (outlet.strip() or None if isinstance(outlet, str) else None) or _infer_outlet(found, url, text, body)
    return CleanedArticle(
        body=body,
        title=title or found.title or found.zone.headline,
        outlet=inferred_outlet,
        published_at=parse_datetime(published_at) or found.published,
        modified_at=found.modified,
        reporters=[name for name in _reporters(found) or _reporters_by_address(text, body, found) if name != inferred_outlet],
        captions=found.captions + [c for c in found.zone.captions if c not in found.captions],
        url=url,
    )


def _infer_outlet(found: _Findings, url: str | None, text: str = "", body: str = "") -> str | None:
    """The outlet that signs the article (the portal's 기사제공 tag, the dateline or bracketed tag, the
    byline: the first of these), else the one the most other kinds of evidence name: the copyright
    notice, the URL, e-mail domains, the page title's site part, the name the removed promotion lines
    advertise and photo credits; on a tie the one named by the kind listed first. A place before "=" in
    a bracketed byline ("[광주=홍길동 기자]") counts half, as it may be the dateline's, and so does the name
    promotions advertise. A person's name is never an outlet."""
    index, zone = outlet_index(), found.zone
    reporters = _reporters(found)
    removed = _removed_pieces(text, body)
    hosts = page_hosts(removed + zone.emails, url)
    # notices the stages cut without reading (a related list's cut takes the footer with it)
    unread_notices = [] if zone.notices or found.copyright_outlet else [
        index.from_notice(piece[start:]) for piece in removed
        if _NOTICE_HINT.search(piece) and (start := boilerplate().copyright_start(piece)) is not None
    ]
    # a portal's 기사제공 tag a cut took with it (a related list's cut ends the page)
    tags = zone.outlet_tags or [tag.group(1) for piece in removed if (tag := _PORTAL_TAG.search(piece))]
    kinds: list[tuple[float, list[str | None]]] = [
        (SIGNED, [index.canonical(tag_name(tag)) for tag in tags]),
        (SIGNED, [found.byline_outlet] + [index.canonical(name) for name in zone.byline_outlets]),
        (1.0, [index.from_notice(notice) for notice in zone.notices] + [found.copyright_outlet]
         + ([found.stray_notice_outlet] if not zone.notices and not found.copyright_outlet else [])),
        (1.0, [index.from_url(url)]),
        (1.0, [index.from_emails(email) for email in zone.emails] + [found.email_outlet]),
        (1.0, [index.canonical(name) for name in zone.site_names]),
        (0.5, [index.canonical(name) for name in zone.placed_outlets]),
        (0.5, [outlet_in_debris(removed, reporters)]),
        (1.0, [found.credit_outlet] + [index.find_name(credit) for credit in zone.credits]),
        (1.0, unread_notices + [index.canonical(name) for piece in removed for name in imprint_names(piece)]),
        (1.0, [index.canonical(name) for name in names_hosts_spell(removed, hosts)]),
        (1.0, [index.canonical(name) for piece in removed if (name := labelled_source(piece))]),
    ]
    domains = _domain_labels(zone.emails + ([url] if url else []))
    votes: dict[str, float] = {}
    named: dict[str, str] = {}
    for weight, names in kinds:
        for name in names:
            if _may_be_outlet(name, reporters):
                named.setdefault(nospace(name).casefold(), name)
        for key in dict.fromkeys(nospace(n).casefold() for n in names if _may_be_outlet(n, reporters)):
            votes[key] = votes.get(key, 0.0) + weight
    if not votes:  # the name the page's furniture repeats, if it looks like an outlet's
        shaped = shaped_in_debris(removed, reporters)
        return index.canonical(shaped) if shaped and _may_be_outlet(shaped, reporters) else None
    for key in votes:  # a name a domain spells ("NewsBridge", newsbridge.kr; 누리일보, nurilbo.co.kr) has one more kind of evidence
        votes[key] += 1.0 if key in domains or any(domain_spells(host, named[key]) for host in hosts) else 0.0
    best = max(votes, key=lambda key: votes[key])  # the first of the best: dicts keep their order
    return _with_domain_words(named[best], text, domains)


def _may_be_outlet(candidate: str | None, reporters: list[str]) -> bool:
    """"[박재영 기자]" read as outlet 박 and reporter 재영: a piece of a name is no outlet; nor is a desk no
    resource lists ("[디지털뉴스국 홍길동 기자]"), a byline's role word ("취재 홍길동 기자 | 사진 …"), a number
    (the day of a photo's date stamp, "2024.05.28 홍길동 기자") or a bare host label ("com", "gasang" of
    gasang.co.kr: a domain points to its owner, whose name the page writes elsewhere)."""
    if not candidate or len(candidate) < 2 or any(name.startswith(candidate) for name in reporters):
        return False
    if not re.search(r"[가-힣A-Za-z]", candidate) or candidate in _ROLE_WORDS:
        return False
    if re.fullmatch(r"[a-z0-9.-]+", candidate) or candidate.casefold() in _HOST_WORDS:
        return False
    return not (_DESK.search(candidate) and outlet_index().find_name(candidate) is None)


def _domain_labels(addresses: list[str]) -> set[str]:
    """The names of the hosts the page's e-mail addresses and URL point to ("korealedger" of
    hong@korealedger.com): an outlet written in Latin letters spells one."""
    labels = set()
    for address in addresses:
        host = address.rsplit("@", 1)[-1].split("//")[-1].split("/")[0].casefold()
        labels.update(label for label in host.split(".") if len(label) >= 3 and label not in _HOST_WORDS)
    return labels


def _with_domain_words(name: str, text: str, domains: set[str]) -> str:
    """A Latin name cut after its first word ("Korea" of "Korea Ledger") whole, when the page writes it
    whole and a domain spells it."""
    if not domains or not re.fullmatch(r"[A-Za-z][A-Za-z0-9&.-]*", name):
        return name
    for match in re.finditer(rf"(?<![A-Za-z]){re.escape(name)}(?:\s+[A-Z][A-Za-z0-9&.-]*){{1,3}}", text):
        words = match.group(0).split()
        for end in range(len(words), 1, -1):
            if "".join(words[:end]).casefold() in domains:
                return " ".join(words[:end])
    return name


def _removed_pieces(text: str, body: str) -> list[str]:
    """The pieces of the scrape (segments of its lines) that cleaning removed: what is outside the body."""
    if not text:
        return []
    kept = nospace(body)
    return [line[a:b] for line in normalize_lines(text) for a, b in split_line(line) if nospace(line[a:b]) not in kept]


_EMAIL_RE = re.compile(EMAIL)
# A name in the removed debris, standing alone or glued to a title ("홍길동기자", "홍길동 기자").
_DEBRIS_NAME = re.compile(r"(?<![가-힣])[가-힣]{2,4}(?=기자|특파원|[^가-힣]|$)")


def _reporters_by_address(text: str, body: str, found: _Findings) -> list[str]:
    """When no byline was read: the names of the removed debris that the page's e-mail addresses spell
    ("gildong.hong@…" and "홍길동" in a byline of a shape no rule knows). A name the text itself holds
    is one of its people, not its reporter."""
    removed = _removed_pieces(text, body)
    locals_ = {email.rsplit("@", 1)[0] for piece in removed + found.zone.emails for email in _EMAIL_RE.findall(piece)}
    if not locals_:
        return []
    kept = nospace(body)
    names: list[str] = []
    for piece in removed:
        for match in _DEBRIS_NAME.finditer(piece):
            name = match.group(0)
            if name in names or name in kept or not is_person_name(name):
                continue
            # the given name alone spells a common word's end too ("jebo" of 기사제보): then a title must follow
            titled = byline_rules().titles.match(piece, match.end()) is not None or piece.startswith(" 기자", match.end())
            if any(address_names(local, name, given_alone=titled) for local in locals_):
                names.append(name)
    return names


def _reporters(found: _Findings) -> list[str]:
    """Reporters of the head and tail bylines, then of the bylines the line stage found; a fragment of
    a longer name ("재영" of "박재영") is dropped."""
    names: list[str] = []
    for name in found.zone.reporters + found.reporters:
        if name not in names:
            names.append(name)
    return [n for n in names if not any(n != m and m.endswith(n) for m in names)]


def _clean_pass(lines: list[str], given_title: str | None, recurring: frozenset[str] = frozenset()) -> tuple[list[str], _Findings]:
    found = _Findings()
    lines = split_flat(lines)
    page = lines
    lines = _read_field_rows(lines, found)
    lines = _cut_trailing_lists(lines)
    lines = cut_tail(lines, found.zone, recurring)
    cut = cut_head(lines, found.zone)
    if cut is not lines:
        lines = cut
    elif _shows_a_page(page, lines):
        lines = cut_run_in_head(lines, found.zone)
    lines = drop_markers(lines)
    lines = _drop_header(lines, given_title, found)
    lines = _drop_tail(lines, found)
    lines = cut_captions(lines, found.zone)
    lines = _clean_lines(lines, found)
    lines = _drop_debris_after_text(lines, recurring)
    lines = drop_after_text(lines)
    lines, staff_writers = drop_signatures(lines)
    found.add_reporters(staff_writers)
    lines = drop_recurring_lines(lines, recurring)
    lines = _drop_repeats(lines)
    source = _choose_title(page, lines, found) if not given_title else None
    title = given_title or found.title
    if title and lines:
        lines = [ln for i, ln in enumerate(lines) if not (i < 5 and (_same_title(ln, title) or ln == source))]
    if source is not None:
        lines = _drop_masthead(lines)
    return lines, found


def _choose_title(page: list[str], body: list[str], found: _Findings) -> str | None:
    """The headline, told by what it says: the title and the head's headline the stages found, then the
    headline-shaped lines of the page's head (above its first line of prose), each without what dresses
    it (`headline.undecorated`); the first about the article wins. A title the stages found that says
    nothing of the article (a masthead: the outlet's name, "가상일보 - 프린트 화면", a section path, a rule
    or a labelled date) gives way to one about it; with none about it, the stages' title stays (a
    question or a pun may share few words with the text; taking the line that shares most instead
    picked the head's labels as often as its headline on the debris sets)."""
    article = headline.article_units([line for line in body if _is_text(line)])
    if not article:
        return None
    first = next((k for k, line in enumerate(page[:HEADER_WINDOW]) if is_prose(line) and not is_debris(line)), None)
    head = page[: first if first is not None else 0]
    # the text's dateline in brackets ("【2012년 8월 28일】") shares its numbers with the text: no headline
    found_titles = [t for t in (found.title, found.zone.headline) if t and not _BRACKETED_DATE.match(t)]
    titles = [(t, headline.undecorated(t, article)) for t in found_titles]
    for line in head:
        title = headline.undecorated(line, article)
        # a short label of the head ("실시간 뉴스") shares its few words with any text; a line holding a
        # full-stop sentence is the text's first paragraph, whatever follows its stop
        if (
            line not in found_titles and _is_title_like(title) and not _BRACKETED_DATE.match(title)
            and SCANNED_HEADLINE_MIN_CHARS <= len(nospace(title)) <= HEADLINE_MAX_CHARS and not _SENTENCE_STOP.search(title)
        ):
            titles.append((line, title))
    source, chosen = next(((line, title) for line, title in titles if headline.about(title, article)), (None, None))
    if chosen is not None:
        found.title, found.zone.headline = chosen, None
    return source  # the line that dressed it: it goes from the body's first lines with the title


def _drop_masthead(lines: list[str]) -> list[str]:
    """Once the head's headline is known, the short lines the body still opens with above its first
    sentence are the page's masthead and furniture (the outlet's name, a print page's bar, an author
    card, a feed's source line): a line of text is prose or a statement, these state nothing."""
    first = next((k for k, line in enumerate(lines[:HEAD_BLOCK_LINES + 1]) if is_prose(line) or is_statement(line)), None)
    if not first:
        return lines
    if any(len(nospace(line)) > HEAD_FURNITURE_MAX_CHARS or ends_sentence(line) for line in lines[:first]):
        return lines
    # the text's own dateline in brackets ("【2012년 8월 28일】") opens the text
    return [line for line in lines[:first] if _BRACKETED_DATE.match(line)] + lines[first:]


def _shows_a_page(scrape: list[str], kept: list[str]) -> bool:
    """Does the scrape show a page around its text, so that a head may open it: more than one line (or
    piece of a flat line), or debris its tail cut removed? One line and nothing else is a paragraph or a
    sentence as a corpus or a user hands it over ("…기증월드비전은 …" of a corpus that ran its headlines
    into the first sentence labels the headline's words as the text's): no head is cut from it."""
    return len(scrape) > 1 or kept != scrape


# --- header ----------------------------------------------------------------------------------


def _is_title_like(line: str, *, statement_ok: bool = False) -> bool:
    """A line that can be a headline; `statement_ok` admits headlines written as a sentence
    ("…길 열린다."), trusted only right above a date or tool line."""
    rules = boilerplate()
    return (
        4 <= len(line) <= 150
        and (statement_ok or not line.endswith("다."))
        # a long statement is the first paragraph, its full stop lost in the scrape
        and (statement_ok or len(line) <= LONG_HEADLINE or not is_statement(line))
        and byline_rules().end_line(line) is None
        and not rules.is_widget(line)
        and not rules.is_menu(line)
        and not rules.is_comment_widget(line)
        and parse_date_line(line) is None
        and _info_line(line) is None
        and not is_photo_line(line)
        and not is_debris(line)
        # an outlet's name alone ("가상일보" over a portal view's headline) is none
        and not re.fullmatch(rf"\s*(?:{alias_alternation()}|[가-힣A-Za-z0-9]{{1,10}}{OUTLET_ENDING})\s*", line)
    )


def _drop_header(lines: list[str], given_title: str | None, found: _Findings) -> list[str]:
    """Drop the menus and headline lists above the article; find the title."""
    bylines = byline_rules()
    window = min(len(lines), HEADER_WINDOW)
    if given_title:
        for i in range(window):
            if _same_title(lines[i], given_title):
                if not any(is_prose(ln) for ln in lines[:i]):
                    return lines[i + 1:]
                return lines[:i] + lines[i + 1:]
    for i in range(window):
        line = lines[i]
        if _is_header_anchor(line):
            # the title heads the headline block right above the date or tool block
            for j in range(i - 1, -1, -1):
                if _is_title_like(lines[j], statement_ok=_statement_title_ok(lines, j)):
                    top = _headline_block_top(lines, j)
                    article = headline.article_units([ln for ln in lines[i + 1:] if _is_text(ln)])
                    candidates = [k for k in range(j) if _is_title_like(lines[k])] + [j]
                    chosen = headline.pick([lines[k] for k in candidates], article)
                    page = candidates[chosen] if chosen is not None else top
                    top = _page_title_over_headline(lines, page, j)
                    found.title = headline.without_site(lines[top], article)
                    found.zone.site_names.extend(headline.site_names(lines[page], article) or _site_part(lines[page], lines[top]))
                    found.zone.captions.extend(lines[top + 1: j + 1])
                    # a statement closed by a full stop above the masthead is the text's, no menu
                    said = [ln for ln in lines[:page] if is_statement(ln) and _STATEMENT_END.search(ln)]
                    return said + _drop_subheads_below(lines[j + 1:], found)
            if _BARE_DATE.fullmatch(line) and any(_is_header_anchor(ln) for ln in lines[i + 1: i + 1 + HEAD_BLOCK_LINES]):
                continue  # the site's date of the day over the headline ("2024년 5월 2일 (목)"): the next anchor tells
            return _drop_subheads_below(lines[i:], found)
        if bylines.strip_start(line) is not None and not is_photo_credit(line):
            # above a byline: menus, then the title, then its sub-headlines
            candidates = [j for j in range(i) if _is_title_like(lines[j]) and not _starts_article(lines[j])]
            if candidates:
                # the lead after the byline on its line is the article's first paragraph
                article = headline.article_units([bylines.strip_start(line).rest] + [ln for ln in lines[i + 1:] if _is_text(ln)])
                chosen = headline.pick([lines[k] for k in candidates], article)
                page = candidates[chosen] if chosen is not None else candidates[0]
                j = _page_title_over_headline(lines, page, i - 1)
                found.title = headline.without_site(lines[j], article)
                found.zone.site_names.extend(headline.site_names(lines[page], article) or _site_part(lines[page], lines[j]))
                return _drop_subheads_below(lines[j + 1:], found)
            return lines
        if _starts_article(line) and not _statement_title_ok(lines, i):
            return _drop_headline_lines(lines, i, found)
    return lines


def _page_title_over_headline(lines: list[str], k: int, last: int) -> int:
    """A page title ("제목 :: 가상일보", "가상일보 - 제목") stands over the page's own headline, which it holds
    whole: then that line under it (up to line `last`) is the headline."""
    if k < last:
        page, below = nospace(lines[k]), nospace(lines[k + 1])
        if HEADLINE_MIN_CHARS <= len(below) < len(page) and below in page and _is_title_like(lines[k + 1]):
            return k + 1
    return k


def _site_part(page_title: str, headline_line: str) -> list[str]:
    """What a page title adds to the headline it holds ("가상일보" of "가상일보 - 제목", "제목 :: 가상일보"): the
    site's name, when it is one to three words."""
    if page_title == headline_line or headline_line not in page_title:
        return []
    rest = page_title.replace(headline_line, " ").strip(" -–—|｜:<>·")
    return [rest] if rest and len(rest.split()) <= 3 and len(rest) <= SITE_NAME_CHARS else []


def _is_subheadline(line: str) -> bool:
    """A sub-headline: a headline in shape, maybe led by a dash ("- 내년부터 단계적 시행")."""
    return is_headline(_SUBHEAD_DASH.sub("", line))


def _headline_block_top(lines: list[str], nearest: int) -> int:
    """The first line of the headline block that ends at `nearest`: a headline over at most two
    sub-headlines. A longer run of headline-like lines is a list of other stories, so then the nearest
    line alone is the title."""
    top = nearest
    while top > 0 and nearest - top + 1 < MAX_HEADLINE_LINES and _is_subheadline(lines[top]) and _is_title_like(lines[top - 1]):
        top -= 1
    if top < nearest and top > 0 and _is_title_like(lines[top - 1]):
        return nearest
    return top


def _drop_subheads_below(lines: list[str], found: _Findings) -> list[str]:
    """Under the title, maybe below the date, byline or tool lines of the masthead, sub-headlines may
    stand before the first sentence or the photo ("제목\n글씨크기\n공유하기\n부제\n본문"): at most two
    headline-shaped lines in a row go; the masthead's other lines are left to the line stage."""
    rules = boilerplate()
    subheads: list[int] = []
    for k, line in enumerate(lines[:HEADER_WINDOW]):
        if not subheads and (_is_header_anchor(line) or rules.is_widget(line) or byline_rules().end_line(line) is not None):
            continue
        if not _is_subheadline(line):
            break
        if len(subheads) == MAX_HEADLINE_LINES - 1:
            return lines
        subheads.append(k)
    if not subheads or subheads[-1] + 1 >= len(lines):
        return _drop_head_furniture(lines)
    found.zone.captions.extend(lines[k] for k in subheads)
    return _drop_head_furniture([line for k, line in enumerate(lines) if k not in subheads])


def _drop_head_furniture(lines: list[str]) -> list[str]:
    """Between the masthead's date or byline and the first sentence, a site or portal puts its tools
    ("본문 요약봇", "글씨크기 조절하기", "SNS 보내기", "페이스북(으)로 기사보내기", "타임톡"): short lines that state
    nothing. They go whatever their words; date, byline and photo lines stay for the line and caption
    stages, which read them; the first line of prose ends the search."""
    bylines = byline_rules()
    first = next((k for k, line in enumerate(lines[:HEADER_WINDOW]) if is_prose(line) or is_statement(line)), None)
    if first is None:
        return lines
    return [
        line for k, line in enumerate(lines)
        if k >= first or not _is_head_tool(line) or _info_line(line) is not None
        or bylines.end_line(line) is not None or bylines.strip_start(line) is not None or is_photo_line(line)
    ]


def _is_head_tool(line: str) -> bool:
    """A short line that states nothing: no sentence end, at most HEAD_TOOL_CHARS characters, no date
    in brackets (the text's own dateline, "【2012년 8월 28일】")."""
    return len(nospace(line)) <= HEAD_TOOL_CHARS and not ends_sentence(line) and not _BRACKETED_DATE.match(line)


def _drop_headline_lines(lines: list[str], first: int, found: _Findings) -> list[str]:
    """A headline and its sub-headlines on lines of their own above the first sentence, maybe over a
    photo block (credits, captions, the viewer's buttons), bylines or date lines: the first is the title.
    One short line alone there may be a subheading of the text, so it takes two or the furniture under
    it; headlines written as a bare statement ("…선다") are left alone, where nothing but their shape
    tells them from first sentences that lost their full stops."""
    if not 1 <= first <= HEAD_BLOCK_LINES or found.zone.headline:
        return lines
    if not is_headline(lines[0]) and not (_ASKS_OR_QUOTES.search(lines[0]) and is_headline(lines[0], statement_ok=True)):
        return lines
    heads = 1
    while heads < min(first, MAX_HEADLINE_LINES) and (
        _is_subheadline(lines[heads]) or (_ASKS_OR_QUOTES.search(lines[heads]) and is_headline(lines[heads], statement_ok=True))
    ):
        heads += 1
    if not _is_furniture(lines[heads:first]):
        return lines
    if first == 1 and not _lone_headline(lines[0], lines[1]):
        return lines
    found.title = lines[0]
    found.zone.captions.extend(lines[1:heads])
    return lines[heads:]


def _is_furniture(lines: list[str]) -> bool:
    """Lines of a masthead's furniture under the headlines: date and byline lines, widgets, and a photo
    block (credits and captions the caption stage takes whole)."""
    rules, bylines = boilerplate(), byline_rules()
    rest = [
        line for line in lines
        if _info_line(line) is None and not rules.is_widget(line) and bylines.end_line(line) is None
    ]
    return not rest or not cut_captions(rest, ZoneEvidence())


def _lone_headline(line: str, following: str) -> bool:
    """One headline line alone above the first sentence: a headline in shape, clearly shorter than the
    paragraph under it, which opens with a sentence closed by a full stop (a subheading stands between
    paragraphs, not above the first)."""
    return (
        is_headline(line)
        and len(nospace(line)) >= LONE_HEADLINE_MIN_CHARS
        and len(nospace(following)) >= 2 * len(nospace(line))
        and bool(_FIRST_SENTENCE.search(following))
    )


def _same_title(line: str, title: str) -> bool:
    """The headline line of a given title, allowing for a site name or a [속보] tag on either side."""
    a, b = nospace(line), nospace(title)
    if a == b:
        return True
    if ends_sentence(line):  # a first sentence restating the headline is prose
        return False
    short, long = sorted((a, b), key=len)
    return len(short) >= 8 and short in long and len(short) >= 0.7 * len(long)


def _statement_title_ok(lines: list[str], i: int) -> bool:
    """May line i be a headline written as a sentence ("…길 열린다.")? Only when a date line follows
    it, or a tool line follows it and menus or other headlines stand above it: a first paragraph
    followed by a share button is no title."""
    if len(lines[i]) > 100 or i + 1 >= len(lines) or len(_SENTENCE_STOP.findall(lines[i])) > 1:
        return False  # a headline is one sentence at most
    if not any(is_prose(line) for line in lines[i + 2:]):
        return False  # a masthead stands above the article's text, not under it
    following = lines[i + 1]
    if byline_rules().end_line(following) is not None and i + 2 < len(lines):
        following = lines[i + 2]  # "제목\n홍길동 기자\n입력 …": the byline stands between
    return parse_date_line(following) is not None or (i > 0 and boilerplate().is_tool_widget(following))


def _is_header_anchor(line: str) -> bool:
    """A 기사입력/입력 line or a read-aloud/font/print/share line: the title sits right above it."""
    return _info_line(line) is not None or boilerplate().is_tool_widget(line)


@dataclass(frozen=True)
class _Info:
    dates: DateLine | None
    reporters: list[str]
    outlet: str | None = None


def _info_line(line: str) -> _Info | None:
    """The dates, reporters and outlet of a line made of date, reporter and counter fields
    ("기사입력 : 2019년09월26일 13:59", "기자명 홍길동 기자 | 입력 2019.09.26 13:59 | 댓글 0"), maybe led by a
    byline or the outlet's name ("가상일보 홍길동 기자 | 2024-03-05 10:21", "가상일보 입력 2024. 3. 5. 10:21"),
    else None."""
    info = _date_fields(line)
    if info is not None or len(line) > 160:
        return info
    rules = byline_rules()
    lead = rules.info_byline.match(line)
    if lead:
        names = [n for n in rules.names(lead["names"]) if is_person_name(n)]
        rest = _date_fields(lead["rest"])
        if names and rest is not None and rest.dates is not None:
            return _Info(rest.dates, names + [n for n in rest.reporters if n not in names], lead["outlet"])
    lead = rules.info_outlet.match(line)
    # "홍길동 입력 …" would be a reporter without his title; "가상누리 입력 …" is an outlet shaped like a name
    if lead and not (is_person_name(lead["outlet"]) and len(lead["outlet"]) <= 3):
        rest = _date_fields(lead["rest"])
        # only a labelled date ("입력 …") follows an outlet's name: "가상시 2024.03.05 10:21" could be anything
        if rest is not None and rest.dates is not None and not rest.reporters and _DATE_LABEL.match(lead["rest"]):
            return _Info(rest.dates, [], lead["outlet"])
    row = _OUTLET_DATE_ROW.match(line)
    # "일시 | 2024-05-02 22:56": a field's label, no outlet
    if row and not (is_person_name(row["outlet"]) and len(row["outlet"]) <= 3) and row["outlet"] not in _FIELD_LABELS:
        dates = parse_date_line(row["rest"])  # a date with its time: the row of a portal's or a feed's view
        if dates is not None:
            return _Info(dates, [], row["outlet"])
    return None


def _field_row(line: str) -> _Info | None:
    """A row of metadata fields with a byline among them ("2024-05-02 13:35 | 홍길동 기자", "가상일보 · 홍길동
    기자 · 8h", "이야기 작성자: 홍길동"): its reporters, its date and the outlet a field names by its shape."""
    row = byline_rules().field_row(line)
    if row is None:
        return None
    names, others = row
    names = [name for name in names if is_person_name(name)]
    if not names:
        return None
    dates = next((d for field in others if (d := parse_date_line(field)) is not None), None)
    outlet = next((field for field in others if _is_outlet_field(field)), None)
    return _Info(dates, names, outlet)


def _read_field_rows(lines: list[str], found: _Findings) -> list[str]:
    """Rows of metadata fields naming the reporters (`_field_row`) go, read, before the zone and caption
    stages take their byline field for a photo's credit or a tail's fragment. They anchor no head: an
    author's card stands above the headline as often as under it."""
    kept = []
    for line in lines:
        info = _field_row(line) if len(line) <= FIELD_ROW_MAX_CHARS else None
        if info is None or _info_line(line) is not None:  # a date or byline line the line stage reads whole
            kept.append(line)
            continue
        found.add_reporters(info.reporters)
        if info.dates is not None:
            found.published = found.published or info.dates.published
            found.modified = found.modified or info.dates.modified
        if info.outlet and not found.byline_outlet:
            found.byline_outlet = outlet_index().canonical(info.outlet)
        elif not info.outlet:
            # a name field of no outlet's shape ("누리온 | 홍길동 기자", "춘천 | 홍길동 기자"): an outlet or the place
            found.zone.placed_outlets.extend(
                field for field in byline_rules().field_row(line)[1]
                if re.fullmatch(r"[가-힣A-Za-z]{2,12}", field) and field not in _FIELD_LABELS and field not in _ROLE_WORDS
            )
    return kept


def _is_outlet_field(field: str) -> bool:
    return re.fullmatch(rf"\s*(?:{alias_alternation()}|[가-힣A-Za-z0-9]{{1,10}}{OUTLET_ENDING})\s*", field) is not None


def _date_fields(line: str) -> _Info | None:
    dates = parse_date_line(line)
    last = line.rsplit(None, 1)
    if dates is None and len(last) == 2 and not any(ch.isdigit() for ch in last[1]) and boilerplate().is_widget(last[1]):
        dates = parse_date_line(last[0])  # "입력 2024.03.05 10:21 수정 … 기사원문": a link to the source after the dates
    if dates is not None:
        return _Info(dates, [])
    fields = byline_rules().strip_info_fields(line)
    if fields is None or fields.rest == line:
        return None
    if not fields.rest.strip(" |｜·/"):
        return _Info(None, fields.reporters) if fields.reporters else None
    dates = parse_date_line(fields.rest)
    return _Info(dates, fields.reporters) if dates is not None else None


def _starts_article(line: str) -> bool:
    """A line that must be article prose: a statement, not a headline ending in "?" or "…"."""
    return is_prose(line) and bool(_STATEMENT_END.search(line)) and not _ELLIPSIS_END.search(line)


# --- tail ------------------------------------------------------------------------------------


def _cut_trailing_lists(lines: list[str]) -> list[str]:
    """A related-stories or best-of list closing the page (its marker, then only other stories'
    headlines and debris) goes first, so the debris glued to the last sentence above it ends the text."""
    rules = boilerplate()
    for i in range(len(lines) - 1, max(0, len(lines) - TAIL_LIST_LINES) - 1, -1):
        line = lines[i]
        if not (rules.is_related_list_marker(line) or rules.is_tail_marker(line)):
            if rules.is_headline_item(line) or is_debris_line(line):
                continue
            return lines
        if i > 0 and any(is_prose(ln) or is_statement(ln) for ln in lines[:i]):
            return lines[:i]
        return lines
    return lines


def _drop_tail(lines: list[str], found: _Findings) -> list[str]:
    """Cut the page's tail: related/best-of/comment blocks or a copyright notice after the article."""
    rules = boilerplate()
    seen_prose = False
    above_text = ""
    for i, line in enumerate(lines):
        start = rules.copyright_start(line)
        if start is not None:
            if start > 0 or (seen_prose and _prose_chars(lines[:i]) >= _prose_chars(lines[i + 1:])):
                found.copyright_outlet = found.copyright_outlet or outlet_index().from_notice(line[start:])
                head = line[:start].rstrip()
                return lines[:i] + ([head] if head else [])
            # a notice above the text, or above more prose than it follows, ends no article: a photo's
            # credit ("ⓒ가상이미지"), or the page's notice standing out of place, which names the owner
            # only if nothing ends the article
            above_text = above_text or line[start:]
            continue
        if seen_prose and rules.is_tail_marker(line):
            return lines[:i]
        seen_prose = seen_prose or _is_text(line) or len(line) >= 60
    if above_text:
        found.stray_notice_outlet = outlet_index().from_notice(above_text)
    return lines


def _prose_chars(lines: list[str]) -> int:
    return sum(len(line) for line in lines if _is_text(line))


def _is_text(line: str) -> bool:
    """A line of the article's prose, not a notice, note or link that reads like a sentence."""
    rules = boilerplate()
    return (
        is_prose(line) and rules.copyright_start(line) is None and not rules.is_source(line)
        and not rules.is_link_line(line) and not line.startswith("※")
    )


# --- lines -----------------------------------------------------------------------------------


def _join_split_bylines(lines: list[str]) -> list[str]:
    """A reporter's name alone on a line over "가상일보 기자" (a profile box) is one byline: "가상일보 홍길동 기자"."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if out and out[-1] == "" and (staff := _STAFF_BYLINE.match(line)):
            out[-1:] = [f"{staff['outlet']} {lines[i - 1]} 기자"]
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        out.append("" if is_person_name(line) and _STAFF_BYLINE.match(following) else line)
    return [line for line in out if line]


def _clean_lines(lines: list[str], found: _Findings) -> list[str]:
    rules, bylines, captions, index = boilerplate(), byline_rules(), caption_rules(), outlet_index()
    lines = _join_split_bylines(lines)
    kept: list[str] = []
    seen_prose = False
    in_related_list = False
    article_ended = False  # a closing byline or e-mail line was seen after prose
    first_byline_done = False
    notices: list[tuple[str | None, int]] = []  # the owner each copyright notice names, and where it stood
    for line in lines:
        if in_related_list:
            # other stories' headlines: short lines that state nothing ("…도착.", "…예상하세요?" are titles)
            if rules.is_headline_item(line):
                continue
            in_related_list = False
        info = _info_line(line)
        if info is not None:
            if info.dates is not None:
                found.published = found.published or info.dates.published
                found.modified = found.modified or info.dates.modified
            found.add_reporters(info.reporters)
            if info.outlet and not found.byline_outlet:
                found.byline_outlet = index.canonical(info.outlet)
            continue
        if rules.is_related_list_marker(line):
            if article_ended:  # after the closing byline, related lists run to the page's end
                break
            in_related_list = True
            continue
        if (
            rules.is_comment_widget(line)
            or rules.is_widget(line)
            or rules.is_source(line)
            or rules.is_promo(line)
            or rules.is_link_line(line)
            or is_inline_furniture(line)
            or (not seen_prose and rules.is_menu(line))
        ):
            continue
        start = rules.copyright_start(line)
        if start is not None:
            notices.append((index.from_notice(line[start:]), len(kept) + (start > 0)))  # glued: after the line
            line = line[:start].rstrip()
            if not line:
                continue
        if _COUNTER.match(line):  # a bare reaction or comment count
            continue
        if bylines.is_email_line(line):
            found.email_outlet = found.email_outlet or index.from_emails(line)
            article_ended = seen_prose
            continue
        # a byline naming the photographer too ("글 홍길동 기자 · 사진 김철수 기자") is the text's, no caption
        credit = captions.strip_credits(line) if bylines.end_line(line) is None else None
        if credit is not None:
            original = line
            if line not in found.captions:  # a scrape repeating its caption records it once
                found.captions.append(line)
            found.credit_outlet = found.credit_outlet or credit.outlet
            found.email_outlet = found.email_outlet or index.from_emails(line)
            line = credit.rest
            if not line or is_credited_fragment(line, _line_credit(original, line)):
                continue
        names = bylines.end_line(line)
        if names is not None:
            found.add_reporters(names)
            named = bylines.end_line_outlet(line)
            if named and not found.byline_outlet:
                found.byline_outlet = index.canonical(named)
            found.email_outlet = found.email_outlet or index.from_emails(line)
            article_ended = seen_prose
            continue
        byline = bylines.strip_start(line)
        if byline is not None:
            # a caption's byline names the photographer, not the article's reporter; one over a social
            # account alone ("(서울=가상통신) 홍길동 기자 = @gasang_graphics") credits a graphic's maker
            if not first_byline_done and credit is None and not _SOCIAL_HANDLE.fullmatch(byline.rest):
                found.add_reporters(byline.reporters)
                first_byline_done = bool(byline.reporters)
            if byline.outlet and byline.placed and not re.fullmatch(rf"{alias_alternation()}|.*{OUTLET_ENDING}", byline.outlet):
                found.zone.placed_outlets.append(byline.outlet)  # "[광주=홍길동 기자]": a place or an outlet
                found.zone.placed_outlets.extend([byline.other] if byline.other else [])
            elif byline.outlet:
                found.byline_outlet = found.byline_outlet or index.canonical(byline.outlet)
            line = byline.rest
            if not line:
                continue
            dates = parse_date_line(line)  # "(서울=뉴스1) 홍길동 기자 | 2025-02-20 10:00 송고"
            if dates is not None:
                found.published = found.published or dates.published
                found.modified = found.modified or dates.modified
                continue
        trailing = bylines.strip_trailing(line)
        if trailing is not None:
            found.add_reporters(trailing.reporters)
            if trailing.outlet and not found.byline_outlet:
                found.byline_outlet = index.canonical(trailing.outlet)
            found.email_outlet = found.email_outlet or index.from_emails(line)
            line = trailing.rest
            if not line:
                continue
        if article_ended and _PROFILE.search(line) and len(line) <= PROFILE_MAX_CHARS:
            continue  # under the closing byline, the reporter's profile: "가상일보 사회부에서 … 취재합니다."
        seen_prose = seen_prose or is_prose(line)
        kept.append(line)
    # a notice with the article's prose still under it credits a photo ("ⓒ가상이미지" over a caption); the
    # page's own notice follows the text
    last_prose = max((k for k, line in enumerate(kept) if is_prose(line)), default=-1)
    owners = [name for name, at in notices if name and at > last_prose]
    found.copyright_outlet = found.copyright_outlet or (owners[0] if owners else None)
    return kept


def _line_credit(line: str, rest: str) -> str:
    """What the credit stage cut from a line: the line after what was kept of it."""
    return line[len(rest):] if line.startswith(rest) else line


def _drop_debris_after_text(lines: list[str], recurring: frozenset[str]) -> list[str]:
    """Below the last sentence, lines that are debris by their shape go, wherever they stand among
    lines the tail stage stopped at (a related list between a promo and a phone line)."""
    last = max((i for i, line in enumerate(lines) if is_prose(line) or is_statement(line)), default=None)
    if last is None:
        return lines
    return lines[: last + 1] + [line for line in lines[last + 1:] if not is_debris_line(line, recurring)]


def _drop_repeats(lines: list[str]) -> list[str]:
    """Keep the first copy of a paragraph the scrape repeats (whole repeated bodies, caption pairs)."""
    seen: set[str] = set()
    kept = []
    for line in lines:
        key = nospace(line)
        if len(key) >= MIN_REPEAT_KEY:
            if key in seen:
                continue
            seen.add(key)
        kept.append(line)
    return kept
