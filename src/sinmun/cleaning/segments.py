"""Debris known by its shape wherever it sits in a line.

A portal scrape glues the page's furniture to the prose ("…말했다.hong@outlet.co.kr▶기사제보 및 문의▶…",
"[서울경제 바로가기]이제 …", "…있다./연합뉴스[서울경제] 본문"). A line is cut into segments where such
glue shows (a sentence end followed by a non-space, an arrow, a bracket, the end of an e-mail), and each
segment is judged on its own: debris (e-mail, arrow run, bracketed tag, copyright, 기사제공, contact or
promotion words, byline), prose (a sentence of some length) or neither (a short fragment: a caption,
a sub-headline, a promo slogan). The zone stages (`zones.py`) decide from these judgements where the
article's head ends and where its tail starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sinmun.cleaning.boilerplate import boilerplate
from sinmun.cleaning.outlets import EMAIL
from sinmun.cleaning.text import LINE_CACHE, ends_plain, nospace

# Link and promotion runs open with an arrow; a run lasts up to the next arrow or the line's end.
ARROWS = "▶▷►☞➤"  # not →: prose writes changes with it ("53조원→75조원")
_ARROW_RUN = re.compile(rf"[{ARROWS}][^{ARROWS}]*")
# Where a segment starts inside a line (besides arrow runs): an opening bracket, right after a
# closing one, after a sentence end glued to the next word, after an e-mail glued to a word.
_OPEN = "[【<＜〈《"
_CLOSE = "]】>＞〉》"
_BOUNDARY = re.compile(
    rf"(?=[{re.escape(_OPEN)}])"
    rf"|(?<=[{re.escape(_CLOSE)}])(?=[^\s{re.escape(_CLOSE)},.])"
    r"|(?<=[가-힣])(?=[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+\.)"
    r"|(?<=[가-힣][.!?])(?=\s*[^\s\d.,!?'\"”’」』)\]])"
    r"|(?<=[가-힣][.!?]['\"”’」』])(?=\s*[^\s\d.,'\"”’」』)\]])"
)
# `_BOUNDARY` is a test at every position of a line, and `re` runs each of its branches there. Outside an
# e-mail (no @ in the line) a boundary stands only at an opening bracket or right after a closing bracket,
# a sentence end or a quote: `_boundaries` finds those characters and tests the places they make.
_BOUNDARY_MARK = re.compile(rf"[{re.escape(_OPEN + _CLOSE)}.!?'\"”’」』]")
_EMAIL_RE = re.compile(EMAIL)
_EMAIL_END = re.compile(rf"{EMAIL}(?![A-Za-z0-9.-])\)?(?=[^\s\])>.,;)])")
# A bracketed tag or link ("[카카오 친구맺기]", "[신문구독]"); 《책 제목》 and 〈작품〉 brackets are prose.
_BRACKETED = re.compile(r"^\s*[\[【](?P<inside>[^\[\]【】]{1,60})[\]】]\s*$")
_FULL_STOP = re.compile(r"[가-힣]\.['\"”’」』)\]]*$")
_DATE_OR_NUMBER = re.compile(r"[\d\s년월일.:/\-~]+")
_COPYRIGHT_SIGN = re.compile(r"ⓒ|©|\([cC]\)|(?i:copyrights?\b)")
_PORTAL_TAG = re.compile(r"기사\s*제공\s*[:：]?\s*\S")
# A broadcast reporter's sign-off ("가상뉴스 홍길동입니다.", "가상온 홍길동입니다.", "지금까지 가상온 뉴스 홍길동
# 기자였습니다."): an outlet of any shape, when the name after it is a person's (`zones.is_person_name`) and
# the word is no subject ("그는 …", "이곳이 …"; 이 ends an outlet's name only in "…투데이").
SIGN_OFF = re.compile(
    r"^\s*(?:지금까지\s*)?(?P<outlet>[A-Za-z]{2,8}|[가-힣A-Za-z0-9]{1,12}(?<![는은가을를의에도와과로])(?<![^데]이))?"
    r"\s*(?:뉴스\s*)?(?P<name>[가-힣]{2,4}?)\s*(?:기자)?(?:입니다|였습니다|이었습니다)\.?\s*$"
)
# Phone numbers: area or mobile codes ("02-123-4567", "010-1234-5678") and the national four-digit
# service numbers of reader centres ("1588-1234").
_PHONE = re.compile(r"(?<!\d)(?:0\d{1,2}\s*[-)]\s*\d{3,4}|1[5-9]\d{2})\s*-\s*\d{4}(?!\d)")
# Words of promotion, subscription, tip-off and channel lines (the segment must be short).
PROMO_WORDS = re.compile(
    r"구독|바로\s*가기|바로가기|기사\s*제보|제보|클릭|친구\s*(맺기|추가)|채널\s*추가|앱\s*(설치|다운)|다운로드|"
    r"카카오톡|카톡|페이스북|트위터|인스타그램|유튜브|네이버\s*(메인|홈|뉴스)|뉴스레터|무료\s*(체험|구독|상담)|"
    r"특집\s*사이트|이벤트|확인하세요|확인하기|검색하세요|지금\s*보러|보러\s*가기|회원\s*가입|팔로우|받아\s*보기|"
    # news by channel or app: "… 텔레그램 · 카카오 채널에서 속보를 받아보세요", "알림 받기"
    r"텔레그램|카카오\s*채널|받아\s*보세요|알림\s*(?:받기|설정|신청)|앱(?:에서|으로)\s*(?:보기|열기|읽기)"
)
PROMO_MAX_CHARS = 60
# Reader support requests of internet outlets ("후원하기", "…를 후원해 주세요", "원고료로 응원하기").
PROMO_WORDS = re.compile(PROMO_WORDS.pattern + r"|후원\s*하기|후원해\s*주세요|원고료로\s*응원")
# Furniture between paragraphs, known by shape (`is_inline_furniture`):
_PLAYER_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?")  # a video player's "00:00 / 02:31"
_HANDLE = re.compile(r"@[A-Za-z0-9_.]{3,30}")  # a social account alone on its line
# A graphic's or table's source and maker: "자료=가상은행", "※자료: 가상청 · 그래픽: 홍길동", "그래픽=홍길동 디자이너".
_SOURCE_CREDIT = re.compile(r"^[※*]?\s*[\[(]?\s*(?:자료|출처|인포그래픽|그래픽|디자인|일러스트|제작|화면\s*(?:제공|출처)|영상\s*(?:제공|출처))\s*[=:：]")
# A line of hashtags ("#국회 #예산안 #여야") or a tag or keyword label with its list ("태그", "키워드 : 국회, 예산안").
_HASHTAGS = re.compile(r"(?:#[^\s#]{1,20}\s*)+")
_TAG_LIST = re.compile(r"(?:태그|키워드|관련\s*태그|Tags?|TAGS?)\s*(?:[:：]\s*(?:[^,·\s][^,·]{0,15}(?:\s*[,·]\s*[^,·\s][^,·]{0,15})*)?)?")
# A feed item dumped as its fields (RSS 2.0's item elements): "link: https://…", "pubDate: Tue, 14 Oct 2025 …",
# "category: 국제", "description:"; the value is short (a field holding the text is prose and stays).
_FEED_FIELD = re.compile(
    r"(?:title|link|description|author|category|comments|enclosure|guid|pubDate|source)\s*:\s*(?:\S+(?:\s+\S+){0,6})?",
    re.IGNORECASE,
)
# A photo gallery's counter alone on its line: "1 / 4".
_GALLERY_COUNT = re.compile(r"\d{1,2}\s*/\s*\d{1,2}")
# A graphic's title alone in angle brackets: "<연도별 수출입 추이>".
_ANGLE_TITLE = re.compile(r"<[^<>]{2,40}>")
# A link to other stories labelled as further reading: "이어서 보기 → …", "[관련 기사] …", "함께 읽기: …".
_LINK_LABEL = re.compile(
    r"^[▶▷►☞➤\s]*[\[(<]?\s*(?:관련\s*기사|관련\s*뉴스|이어서\s*보기|함께\s*(?:보기|읽기)|같이\s*보기|더\s*보기|바로\s*가기)"
    r"(?:\s*[\])>]|\s*[:：→▶]|\s*$)"
)
# A bar of short items: a menu or footer ("회사소개 | 광고문의 | 제휴문의", "KOR | ENG | 中文", "공감 0 | 댓글 0 | 공유").
_BAR_ITEMS = re.compile(r"[^|｜\n]{1,12}(?:\s*[|｜]\s*[^|｜\n]{1,12}){2,}")
# A bar of reader counters: short labels each with a bare count ("추천 10 | 반대 0 | 댓글 5", "공감 24 · 비공감 6",
# "좋아요 6 슬퍼요 0 화나요 1"); a table row's numbers carry units ("찬성 52%", "서울 30명").
_COUNTER_PAIR = r"[^\d\s|｜·,.%]{1,8}(?:\s[^\d\s|｜·,.%]{1,6})?\s*\d[\d,]*(?![\d%.가-힣])"
_COUNTER_BAR = re.compile(rf"{_COUNTER_PAIR}(?:\s*[|｜·]\s*{_COUNTER_PAIR})+|{_COUNTER_PAIR}(?:\s+{_COUNTER_PAIR}){{2,}}")
_BRACKET_LEAD = re.compile(r"^\s*[\[【][^\[\]【】]{1,20}[\]】]")
# Other stories' headlines listed on one line after a label naming them: "[주요 뉴스] 제목 / 제목 / 제목",
# "많이 본 뉴스 1 제목 2 제목 3 제목", "정치 많이 본 기사 1.제목 2.제목".
_STORY_LABEL = re.compile(
    r"^[\[【<〈■▶]?\s*(?:[가-힣A-Za-z·/]{1,8}\s+)?(?:가장\s*)?(?:많이\s*(?:본|읽은|공유한)|주요|인기|추천|핫|화제의?|최신"
    r"|오늘의|실시간|베스트|함께\s*볼\s*만한|관련|연관)\s*(?:기사|뉴스|클릭)\s*[\]】>〉:：]?\s*"
)
_STORY_ITEMS = re.compile(r"\s+/\s+|(?:^|\s)\d{1,2}(?:[.)]\s*|\s+)(?=\S)")
# A sentence: declarative or polite endings, optionally closed by a full stop and quotes.
_SENTENCE = re.compile(r"(?:[가-힣]다|[가-힣]요|[.!?])['\"”’」』)\]]*\.?\s*$")
# Imperatives and slogans end like sentences but are promotions ("…확인하세요", "…되어 주세요!").
_IMPERATIVE = re.compile(r"(세요|십시오|해요|하자|보자|기다립니다)[.!~♥]*['\"”’]?\s*$")
PROSE_MIN_CHARS = 20   # non-space characters of the shortest sentence counted as prose ...
STATEMENT_MIN_CHARS = 10  # ... or of the shortest statement ending in 다 ("출전하지 않았다")
_STATEMENT = re.compile(r"[가-힣]다[.!]?['\"”’」』)\]]*\s*$")
# A polite sentence end addressing the reader ("…다를 수 있습니다.", "…주세요.").
_POLITE_END = re.compile(r"(?:니다|세요|십시오)[.!]?['\"”’」』)\]]*\s*$")
BRACKETED_NAME_CHARS = 12  # a credit alone in brackets names one agency or stock library
FRAGMENT_MAX_CHARS = 40  # longer segments that are no debris are content, whatever their ending


@dataclass(frozen=True)
class Segment:
    line: int   # index of the line
    start: int  # offsets into that line
    end: int
    text: str


def split_line(line: str) -> list[tuple[int, int]]:
    """The (start, end) spans of a line's segments; together they cover the line."""
    cuts = {0, len(line)}
    for match in _ARROW_RUN.finditer(line):
        cuts.add(match.start())
        cuts.add(match.end())
    arrow_spans = [(m.start(), m.end()) for m in _ARROW_RUN.finditer(line)]
    for pos in _boundaries(line):
        if not any(s < pos < e for s, e in arrow_spans):  # an arrow run keeps its brackets
            cuts.add(pos)
    for match in _EMAIL_END.finditer(line):
        if not any(s < match.end() < e for s, e in arrow_spans):
            cuts.add(match.end())
    ordered = sorted(cuts)
    return [(a, b) for a, b in zip(ordered, ordered[1:]) if line[a:b].strip()]


def _boundaries(line: str) -> list[int]:
    """The positions where `_BOUNDARY` matches in the line, in order."""
    if "@" in line:
        return [m.start() for m in _BOUNDARY.finditer(line)]
    places = sorted({m.start() if m.group() in _OPEN else m.end() for m in _BOUNDARY_MARK.finditer(line)})
    return [pos for pos in places if _BOUNDARY.match(line, pos)]


def segments(lines: list[str], first_line: int = 0) -> list[Segment]:
    out = []
    for i in range(first_line, len(lines)):
        line = lines[i]
        out.extend(Segment(i, a, b, line[a:b]) for a, b in split_line(line))
    return out


@lru_cache(maxsize=LINE_CACHE)
def is_debris(text: str, recurring: frozenset[str] = frozenset()) -> bool:
    """A segment that is page furniture by its shape alone (or recurs across the batch's articles)."""
    text = text.strip()
    if not text:
        return False
    key = nospace(text)
    if key in recurring:
        return True
    if text.startswith("※"):  # a note after the text: tip-off lines, copyright
        return True
    if text[0] in ARROWS:  # "▶계룡산 갑사길이 있다." is an arrow bulleting a sentence of the text
        # ... but one before a label naming other stories leads a link, whatever its headline ends with
        return not _STATEMENT.search(text) or bool(_LINK_LABEL.match(text) or boilerplate().is_link_line(text))
    if _PORTAL_TAG.search(text):
        return True
    # An article's own sentence may give an address or a number, or report on copyright ("신청은 이메일
    # (apply@…)로 받는다.", "문의는 …(031-123-4567)로 하면 된다."): the plain written style of news prose
    # tells it from the furniture, which addresses the reader politely ("…금합니다.") or not in sentences.
    plain = is_plain_statement(text)
    if _EMAIL_RE.search(text) and not plain:
        return True
    if (_COPYRIGHT_SIGN.search(text) or boilerplate().copyright.search(text)) and not plain:
        return True
    bracketed = _BRACKETED.match(text)
    if bracketed and not _DATE_OR_NUMBER.fullmatch(bracketed["inside"]):  # [1], 【2012년 8월 28일】 are text
        return True
    if len(key) <= PROMO_MAX_CHARS and _PHONE.search(text) and not plain:
        return True
    if is_sign_off(text) or is_bar_menu(text) or is_story_list(text):
        return True
    # a sentence may talk about subscriptions or Facebook; a slogan that does is a promotion
    return len(key) <= PROMO_MAX_CHARS and bool(PROMO_WORDS.search(text)) and not is_prose(text)


def is_inline_furniture(line: str) -> bool:
    """A line between paragraphs that is page furniture by its shape: a video player's clock, a social
    account, a line of hashtags or a tag list, a feed item's field, a graphic's source or maker, a graphic's title in angle brackets, a labelled link to other
    stories, a note (※) or a bracket- or arrow-led line that promotes; never a sentence in the plain
    written style ("※ 사망자 수는 기준에 따라 다르다." stays)."""
    text = line.strip()
    pieces = [text[a:b].strip() for a, b in split_line(text)]
    if not text or any(is_plain_statement(piece) for piece in pieces):
        return False
    if is_bar_menu(text) or _COUNTER_BAR.fullmatch(text) or _PLAYER_TIME.fullmatch(text) or _HANDLE.fullmatch(text) or _SOURCE_CREDIT.match(text) or _LINK_LABEL.match(text):
        return True
    if _HASHTAGS.fullmatch(text) or _TAG_LIST.fullmatch(text) or _FEED_FIELD.fullmatch(text) or _GALLERY_COUNT.fullmatch(text):
        return True
    if _ANGLE_TITLE.fullmatch(text) and not _SENTENCE.search(text[1:-1]):
        return True
    # a name alone in square brackets between paragraphs: a stock photo's credit ("[가상이미지뱅크]")
    bracketed = _BRACKETED.match(text)
    if bracketed and len(bracketed["inside"].split()) <= 2 and len(nospace(bracketed["inside"])) <= BRACKETED_NAME_CHARS:
        return not _DATE_OR_NUMBER.fullmatch(bracketed["inside"]) and not _SENTENCE.search(bracketed["inside"])
    if text[0] == "※" or (text[0] == "*" and _POLITE_END.search(pieces[0])):  # not a promo glued after it
        return True
    led = text[0] in ARROWS or _BRACKET_LEAD.match(text)
    return bool(led) and len(nospace(text)) <= PROMO_MAX_CHARS and bool(PROMO_WORDS.search(text)) and not is_prose(text)


def is_story_list(text: str) -> bool:
    """A label naming other stories followed by two or more of their headlines on the same line, set
    apart by slashes or numbers, none a sentence in the plain written style closed by a full stop."""
    label = _STORY_LABEL.match(text)
    if not label or label.end() >= len(text):
        return False
    items = [item.strip() for item in _STORY_ITEMS.split(text[label.end():]) if item and item.strip()]
    return len(items) >= 2 and not any(_FULL_STOP.search(item) and ends_plain(item) for item in items)


def is_bar_menu(text: str) -> bool:
    """Three or more short items between bars, none a sentence and none with a number: a menu or footer
    bar ("회사소개 | 광고문의 | 제휴문의"); a table row flattened into a line ("찬성 52% | 반대 48% | …") stays."""
    text = text.strip()
    items = [item.strip() for item in re.split(r"[|｜]", text)]
    return bool(_BAR_ITEMS.fullmatch(text)) and not any(re.search(r"\d", item) or (_SENTENCE.search(item) and len(item) > 3) for item in items)


def is_plain_statement(text: str) -> bool:
    """A sentence of prose in the plain written style of news ("…받는다.", "…했다"), not the polite style
    notices and promotions address the reader in ("…금합니다.", "…있습니다.")."""
    return is_prose(text) and ends_plain(text)


def is_sign_off(text: str) -> bool:
    """A broadcast reporter's sign-off closing the text: an outlet, maybe 뉴스, a person's name (maybe 기자)
    and 입니다 or 였습니다."""
    from sinmun.cleaning.zones import is_person_name  # zones reads segments: imported when first needed

    match = SIGN_OFF.match(text)
    return bool(match) and (match["outlet"] is not None or text.lstrip().startswith("지금까지")) and is_person_name(match["name"])


def is_debris_line(line: str, recurring: frozenset[str] = frozenset()) -> bool:
    """A whole line of debris: debris by its shape, with no segment that is a sentence of prose
    ("…시도하는 것이다. /서울=홍길동 기자 hong@…" holds one, so it is no debris line)."""
    return is_debris(line, recurring) and not any(is_prose(line[a:b]) for a, b in split_line(line))


def is_prose(text: str) -> bool:
    """A segment that reads as a sentence of the article (scraped prose often lost its full stops)."""
    text = text.strip()
    size = len(nospace(text))
    if _IMPERATIVE.search(text):
        return False
    return (size >= STATEMENT_MIN_CHARS and bool(_STATEMENT.search(text))) or (
        size >= PROSE_MIN_CHARS and bool(_SENTENCE.search(text))
    )


def is_fragment(text: str) -> bool:
    """A short piece that is neither debris nor prose: a caption, a sub-headline, a slogan. A short
    sentence with its full stop ("감사합니다.") is text."""
    text = text.strip()
    return len(nospace(text)) <= FRAGMENT_MAX_CHARS and not is_prose(text) and not _FULL_STOP.search(text)
