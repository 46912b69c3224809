"""The head and tail zones of a scraped article, found by position and shape, and photo captions
marked by their credits.

- Tail: walking back from the end, debris segments (`segments.is_debris`) and short fragments are
  collected until a sentence of prose; when the run holds debris, it is the page's tail and goes,
  from its first segment on ("…말했다.홍길동 기자 hong@outlet.co.kr▶기사제보▶…ⓒ 무단전재 금지기사제공 …").
- Head: within the first lines, a dateline-byline ("(서울=연합뉴스) 홍길동 기자 =", "[세종=이데일리 홍길동
  기자]", "[아시아경제 홍길동 기자]") or a bracketed outlet tag ("[서울경제]") starts the article:
  the headline, sub-headlines and photo captions run into the text before it go. Sub-headlines glued
  after a bare tag ("[한겨레] 부제“인용”본문…") end where a quote meets a word with no space.
- Captions: a photo credit ("[AP=연합뉴스 자료사진]", "(사진=연합뉴스)", "사진=연합뉴스" or "/연합뉴스" opening a
  line) ends a caption; the caption runs back to the previous sentence end, or over the previous line.

Every stage reports what it removed, so reporters and the outlet can be read from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from sinmun.cleaning import headline
from sinmun.cleaning.boilerplate import boilerplate
from sinmun.cleaning.broadcast import find_marker
from sinmun.cleaning.bylines import byline_rules
from sinmun.cleaning.dates import parse_date_line
from sinmun.cleaning.glue import joins
from sinmun.cleaning.outlets import EMAIL, OUTLET_ENDING, PLACE_PREFIX, alias_alternation, known_place
from sinmun.cleaning.segments import PROMO_WORDS, SIGN_OFF, is_debris, is_fragment, is_prose, segments
from sinmun.cleaning.text import ends_sentence, nospace

TAIL_LINES = 12          # the tail zone is looked for in the last lines only
HEAD_LINES = 3           # a head anchor is looked for in the first lines ...
HEAD_CHARS = 700         # ... with at most this much headline and caption text before it
CAPTION_MAX_CHARS = 160  # a caption is one short clause
CAPTION_TEXT_CHARS = 50  # a caption sentence this long (non-space characters) tells news: it stays once
SUBHEAD_MIN_BODY = 30    # text left after glued sub-headlines must be a sentence's worth
HEADLINE_TEXT_LINES = 15  # a headline is compared with the article's prose in the lines after its start

# A name as written in a byline: a surname-led word of two to four syllables.
_NAME = r"[가-힣]{2,4}"
# Desk titles of staff writers ("[홍길동 정치부장]"); outside columnists (교수, 대사) are no reporters.
_DESK_TITLES = r"[가-힣]{0,6}(?:부장|차장|국장|팀장|데스크|에디터)"
_OUTLET_ENDING = OUTLET_ENDING
# A caption describes the picture in the present progressive or as a noun phrase ("…하고 있다", "…모습").
_CAPTION_ENDING = re.compile(r"(고\s*있다|모습|모습이다)\s*\.?['\"”’)]*$")
# A photo's date and e-mail stamp ending a caption line ("… 있다. 2021.3.2 photo@outlet.co.kr").
_PHOTO_STAMP = re.compile(rf"(?:\d{{4}}\.\s*\d{{1,2}}\.\s*\d{{1,2}}\.?\s*)?{EMAIL}\s*$")
# A date and time after a byline ("| 2023-05-02", "| 2023.05.02 14:31").
_DATE = r"\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
HEADLINE_MIN_CHARS = 4   # non-space characters of the shortest headline ("사드 배치")
HEADLINE_MAX_CHARS = 80  # ... and of the longest
# A dash or bar set off by spaces divides a headline from its sub-headline ("제목 - 부제", "제목 | 부제").
_SEPARATOR = re.compile(r"\s+[-–—|｜]\s+")
# Where a person stands in a photo ("(왼쪽)", "(앞줄 가운데)", "(오른쪽 두 번째)"): captions say it.
_POSITION = re.compile(r"\((?:앞줄|뒷줄|윗줄)?\s*(?:왼쪽|오른쪽|가운데|맨\s*\S+)[^()]{0,10}\)")
_BRACKETED_WHOLE = re.compile(r"^\s*[\[【(<〈《「『][^\[\]【】]*[\]】)>〉》」』]\s*$")
# Any sentence end, glued or not ("…7만8천원.기획", "…있다. "): a head run into a byline or marker has none.
_ANY_SENTENCE_END = re.compile(r"[가-힣A-Za-z0-9)][.!?]['\"”’)]*(?=\s|$|[가-힣A-Za-z])")
# A statement closed by a full stop: "…밝혔다. ", "…있다.”" (headlines end without one).
_FULL_STOP_STATEMENT = re.compile(r"[가-힣]다\.['\"”’)\]]*(?=\s|$)")
_PHOTO_WORDS = re.compile(r"사진|자료|이미지|그래픽|DB|제공|출처|캡처|영상")
# After a closing quote, these continue the sentence ("…”라고 말했다"); any other word starts a new one.
_PARTICLES = (
    "이라고", "라고", "고", "이라며", "라며", "며", "라면서", "면서", "이라는", "라는", "는", "은", "이란", "란", "을", "를",
    "이", "가", "의", "에", "에서", "와", "과", "도", "로", "으로", "처럼", "까지", "만", "이다", "이라", "라", "하고",
    "하며", "한", "할", "해", "했", "등", "식", "라면", "이라면", "였", "이었", "였다", "와의", "과의", "에게", "께",
)


@dataclass
class ZoneEvidence:
    """What the zone stages removed that tells who wrote the article and where."""

    reporters: list[str] = field(default_factory=list)
    outlet_tags: list[str] = field(default_factory=list)   # 기사제공 tags, datelines, bracketed tags
    byline_outlets: list[str] = field(default_factory=list)  # outlets tail bylines name ("가상일보 홍길동 기자")
    placed_outlets: list[str] = field(default_factory=list)  # before "=" in "[광주=홍길동 기자]": a place or an outlet
    site_names: list[str] = field(default_factory=list)      # a page title's site part ("제목 | 가상일보")
    notices: list[str] = field(default_factory=list)       # copyright lines
    emails: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)       # photo credits ("./ 가상조선", "[AP=가상통신]")
    headline: str | None = None                            # the headline run into the head zone

    def add_reporters(self, names: list[str]) -> None:
        self.reporters.extend(n for n in names if n not in self.reporters)


@cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    from sinmun.resources import read_lines

    single, double = set(), set()
    for line in read_lines("surnames.txt"):
        for word in line.split():
            (double if len(word) == 2 else single).add(word)
    return frozenset(single), frozenset(double)


def is_person_name(word: str) -> bool:
    """A 2-4 syllable Hangul word that starts with a surname and is no byline word or outlet."""
    if not re.fullmatch(_NAME, word) or word in byline_rules().not_names:
        return False
    if re.search(_OUTLET_ENDING + "$", word) or re.fullmatch(alias_alternation(), word):
        return False
    if byline_rules().titles.fullmatch(word) or re.fullmatch(_DESK_TITLES, word) or word.endswith("팀"):
        return False  # a title, a desk head, a team ("사건팀"): no one's name
    single, double = _surnames()
    return word[0] in single or (len(word) >= 3 and word[:2] in double)


@cache
def _patterns() -> dict[str, re.Pattern]:
    titles = byline_rules().titles.pattern
    title = rf"(?:{titles}|{_DESK_TITLES})"
    names = rf"{_NAME}\s*{title}?(?:\s*[·,ㆍ/]\s*{_NAME}\s*{title}?)*"
    # after a dateline names may stand apart with spaces only ("(세종=가상통신) 홍길동 김철수 기자 =")
    spaced_names = rf"{_NAME}\s*{title}?(?:(?:\s*[·,ㆍ/]\s*|\s+){_NAME}\s*{title}?)*"
    email = rf"[\(<]?\s*{EMAIL}\s*[\)>]?"
    outlets = alias_alternation()
    shaped = rf"[가-힣A-Za-z]{{1,10}}{_OUTLET_ENDING}"
    opener, closer = r"[\[(【<〈]", r"[\])】>〉]"
    return {
        # every run-in byline holds a title word standing alone: a line without one skips that costly pattern
        "title_word": re.compile(rf"{title}(?![가-힣])"),
        # a desk may stand between the name and the title ("홍길동 경제부 기자"): the name is before it
        "name_title": re.compile(rf"(?<![가-힣])({_NAME})(?:\s+[가-힣]{{1,6}}(?:부|팀|국))?\s*{title}(?![가-힣])"),
        # a name signing with an address opens its piece or follows a sentence end or separator ("홍길동
        # hong@…", "…했다. 홍길동 hong@…"): "2011년 동일본 대지진 hong@…" names no one
        "name_email": re.compile(rf"(?:^|(?<=[.!?\"”’)\]=/|｜·,])|(?<=[.!?\"”’)\]=/|｜·,]\s))\s*({_NAME})\s*[\(<\[]?\s*{EMAIL}"),
        # reporters listed before one title: "홍길동·김철수 기자"
        "name_list": re.compile(rf"(?<![가-힣])({_NAME}(?:\s*[·,ㆍ]\s*{_NAME})+)\s*{title}(?![가-힣])"),
        # a broadcast sign-off: "가상뉴스 홍길동입니다.", "KBS 뉴스 홍길동입니다.", "지금까지 가상온 뉴스 홍길동 기자였습니다."
        "sign_off": SIGN_OFF,
        # (서울=연합뉴스) 홍길동 기자 =   [세종=이데일리 홍길동 기자]   [헤럴드경제=이슈섹션]   [AP=연합뉴스 자료사진]
        "dateline": re.compile(
            rf"{opener}\s*(?P<a>[^\[\]()【】<>〈〉=\n]{{1,20}}?)\s*=\s*(?P<b>[^\[\]()【】<>〈〉=\n]{{1,30}}?)\s*{closer}"
            rf"\s*(?:(?P<names>{spaced_names})\s*{title}(?![가-힣])\s*(?:{email}\s*)?)?=?\s*"
        ),
        # [아시아경제 홍길동 기자]   [디지털뉴스국 홍길동 인턴기자]   [홍길동 기자]
        "bracket_byline": re.compile(
            rf"[\[【<〈]\s*(?P<b>[^\[\]()【】<>〈〉=\n]{{0,20}}?)\s*(?P<eq>=)?\s*(?P<names>{names})\s*{title}\s*(?:{email}\s*)?[\]】>〉]\s*=?\s*"
        ),
        # [서울경제]   [가상일보]   [가상신문 나우뉴스] (an outlet and its section)
        "tag": re.compile(
            rf"[\[【]\s*(?P<b>{outlets}|[가-힣A-Za-z0-9]{{1,12}}{_OUTLET_ENDING})(?:\s+[가-힣A-Za-z0-9]{{1,10}})?\s*[\]】]\s*"
        ),
        # a byline opening a line, with no bracket: "가상일보 홍길동 기자 | 본문", "홍길동 기자" alone,
        # "세종=가상일보 홍길동 기자", "가상일보 | 홍길동 기자 | 2023-05-02" (an outlet after "place=" or
        # before a bar may have any shape)
        "plain_byline": re.compile(
            rf"^\s*(?:{PLACE_PREFIX}(?P<b1>[가-힣A-Za-z0-9]{{2,12}})\s+|(?P<b2>[가-힣A-Za-z0-9]{{2,12}})\s*[|｜]\s*"
            rf"|(?P<b>{outlets}|{shaped})\s+|{PLACE_PREFIX}"
            # an outlet of any shape when a bar closes the byline: "가상프레스 홍길동 전문기자 | 본문"
            # (a lone vowel letter ㅣ stands for the bar on some sites: "가상일보 홍길동 기자 ㅣ 본문")
            rf"|(?P<b3>[가-힣A-Za-z0-9]{{2,12}})\s+(?=(?:{spaced_names})\s*{title}(?![가-힣])\s*[|｜ㅣ]))?"
            rf"(?P<names>{spaced_names})\s*{title}(?![가-힣])\s*"
            rf"(?:{email}\s*)?(?:[|｜ㅣ=]\s*(?:{_DATE}\s*(?=$|[|｜]))?[|｜]?\s*|$)"
        ),
        # a bracketed outlet, then the byline closed by "=": "(가상일보) 홍길동 기자 =", "[가상일보] 세종 홍길동 기자 ="
        "paren_byline": re.compile(
            rf"^\s*[\[(【<〈]\s*(?P<b>[^\[\]()【】<>〈〉=\n]{{1,20}}?)\s*[\])】>〉]\s*(?:[가-힣]{{2,4}}\s+(?={_NAME}\s*{title}))?"
            rf"(?P<names>{spaced_names})\s*{title}\s*(?:{email}\s*)?=\s*"
        ),
        # a lead byline run into the head, closed by "=" or a bar (or ending the line): "…부제가상경제 홍길동
        # 기자 ㅣ 본문", "…캡션(가상시) 홍길동 기자 = 본문", "…캡션가상시= 홍길동 기자"
        "runin_byline": re.compile(
            rf"(?:(?P<place>[가-힣]{{2,8}})\s*=\s*(?P<names1>{spaced_names})\s*{title}(?![가-힣])\s*(?:{email}\s*)?(?:[=ㅣ|｜]\s*|$)"
            rf"|(?:[\[(]\s*[가-힣]{{2,8}}\s*[\])]\s*|[가-힣A-Za-z0-9]{{2,12}}\s+)?"
            rf"(?P<names>{spaced_names})\s*{title}(?![가-힣])\s*(?:{email}\s*)?[=ㅣ|｜]\s*)"
        ),
        # a magazine's issue tag: "[가상주간 제1055호]", "【가상저널 123호】"
        "issue_tag": re.compile(r"[\[【]\s*(?P<b>[가-힣A-Za-z0-9][^\[\]【】\d]{0,20}?)\s+제?\s*\d{1,5}\s*호\s*[\]】]\s*"),
        # a byline right after a bare tag: "[가상일보] 홍길동 기자 = 본문"
        "lead_byline": re.compile(rf"^(?P<names>{spaced_names})\s*{title}(?![가-힣])\s*=?\s*"),
        # a bracketed sub-headline right after the byline: "[가상일보 홍길동 기자] [부제…]본문"
        "lead_subhead": re.compile(r"^\[[^\[\]]{4,80}\]\s*"),
        # credits that end a photo caption
        "credit_inline": re.compile(
            rf"\s*[\[(]\s*(?:(?:사진|이미지|그래픽|자료)\s*(?:출처|제공)?\s*[:：=]\s*[^\[\]()]{{1,40}}"
            rf"|[A-Za-z]{{2,10}}\s*=\s*[^\[\]()]{{1,25}}"
            rf"|[^\[\]()=]{{1,15}}=[^\[\]()]{{1,20}}?\s*(?:자료사진|DB))\s*[\])]"
            # the same credit in angle brackets ("<사진 : 가상일보>")
            rf"|\s*<\s*(?:사진|이미지|그래픽|자료)\s*(?:출처|제공)?\s*[:：=]\s*[^<>\[\]()]{{1,40}}>"
            # an outlet alone in square brackets ("[가상포토]", "[가상통신]"); "(무선데이터통신)" is prose
            rf"|\s*\[\s*(?:{outlets}|{shaped}|[가-힣]{{2,6}}포토)\s*(?:DB|제공|사진|자료사진)?\s*\]"
            # a slash credit right after the caption's end ("…있다./가상통신"); "결과/나쁜 결과" is prose
            rf"|(?<=[.다])\s*/\s*(?:{outlets}|{shaped})(?:\s*DB)?"
        ),
        "credit_line_start": re.compile(
            rf"^(?:(?:사진|자료사진|사진\s*출처|사진\s*제공)\s*[:：=]\s*(?:[A-Za-z]{{2,10}}\s*=\s*)?(?:{outlets}|{shaped}|[^\s\d]{{1,10}}\s*(?:DB|제공))"
            rf"|/\s*(?:[가-힣]{{1,8}}\s*=\s*)?(?:{outlets}|{shaped}|{_NAME}\s*기자)"
            rf"|(?:{outlets})(?=\d)"
            # a credit alone on its line, whatever it names: "사진=가상아트코리아", "(화면제공 : 가상소방본부)", "ⓒ가상이미지"
            rf"|[\[(]?\s*(?:사진|이미지|자료사진|화면|영상)\s*(?:출처|제공)?\s*[:：=]\s*[^\s.\])][^.\n\])]{{0,30}}[\])]?$"
            rf"|[\[(]?\s*(?:ⓒ|©)\s*[가-힣A-Za-z][가-힣A-Za-z0-9 ]{{1,20}}[\])]?$)"
        ),
        # a pool credit glued to the next paragraph ("사진공동취재단그렇기 때문에 …"): only the credit goes
        "pool_credit": re.compile(r"^(?:사진\s*)?(?:공동\s*취재단|기자단)(?=\S)"),
        "caption_mark": re.compile(r"^[▲△]\s*"),
        "glue_open": re.compile(r"(?<=[가-힣A-Za-z0-9…!?])(?=[“‘])"),
        "glue_close": re.compile(r"(?<=[”’])(?=[가-힣])"),
        "sentence_end": re.compile(r"[가-힣][.!?](?=\s|$|[가-힣\d\"'“”‘’(\[])|다(?=\s|$)"),
        # the first sentence after glued sub-headlines: a verb's 다, not the 다 of 보다 or 바다
        "statement_end": re.compile(
            r"(?:었|았|였|했|됐|겠|있|없|이|한|린|된|는|진|온|간|났|왔|웠|혔|켰|쳤|렸|셨|섰|겼|졌|봤|줬|뒀|섰|났|찼|렀)다(?=[\s.]|$)"
        ),
    }


def names_in(text: str) -> list[str]:
    """Reporter names of a byline in any common form: 홍길동 기자, 홍길동기자, [홍길동 정치부장],
    홍길동 (hong@outlet.co.kr), 김철수 기자, 평창/이영희 기자."""
    pats = _patterns()
    found: list[str] = []
    matches = [*pats["name_title"].finditer(text), *pats["name_email"].finditer(text), *pats["sign_off"].finditer(text)]
    matches += pats["name_list"].finditer(text)
    matches.sort(key=lambda m: m.start())
    for match in matches:
        if match.re is pats["sign_off"] and match["outlet"] is None and not match.group(0).lstrip().startswith("지금까지"):
            continue  # "홍길동입니다." alone may be anyone introducing themselves
        if match.re is pats["name_list"]:
            names = byline_rules().names(match.group(1))
        else:
            names = [match["name"] if "name" in match.re.groupindex else match.group(1)]
        for name in names:
            name = _without_title(name) if name else name
            if name and is_person_name(name) and name not in found:
                found.append(name)
    return found


def _without_title(name: str) -> str:
    """A name glued to its title ("홍길동기자 hong@…" read as one word before the address) without it."""
    title = byline_rules().titles.search(name)
    if not title or title.end() != len(name):
        return name
    return name[: title.start()] if title.start() >= 2 else ""  # "김기자": a surname and a title name no one


def _outlet_shaped(text: str) -> bool:
    return re.fullmatch(rf"{alias_alternation()}|.*{_OUTLET_ENDING}", text) is not None


def _maybe_place(tag: str) -> bool:
    """A bracketed tag of one short Hangul word no outlet is known by ("[원주]"): as often the dateline's
    place as an outlet."""
    return re.fullmatch(r"[가-힣]{2,3}", tag) is not None and not _outlet_shaped(tag)


def _outlet_of(text: str) -> str | None:
    """The outlet a dateline or bracket part names: the part without its reporter bylines."""
    rest = _patterns()["name_title"].sub(" ", text)
    rest = re.sub(EMAIL, " ", rest).strip(" =/·,ㅣ|｜_:")  # "[가상일보ㅣ홍길동 기자]": a vowel letter for a bar
    words = rest.split()
    if len(words) == 2 and _outlet_shaped(words[0]) and not _outlet_shaped(rest):
        return words[0]  # "[가상일보 원주] 홍길동 기자 =": the outlet, then the dateline's place
    return " ".join(words) or None


# --- tail ------------------------------------------------------------------------------------


def cut_tail(lines: list[str], evidence: ZoneEvidence, recurring: frozenset[str] = frozenset()) -> list[str]:
    if not lines:
        return lines
    run = []
    has_debris = False
    for seg in reversed(segments(lines, max(0, len(lines) - TAIL_LINES))):
        if is_debris(seg.text, recurring):
            has_debris = True
        elif not is_fragment(seg.text):
            break
        run.append(seg)
    if not has_debris or (run and run[-1].line == 0 and run[-1].start == 0):
        return lines  # the tail follows the text's last sentence: a text with none is no tail
    run.reverse()
    first_debris = next(seg for seg in run if is_debris(seg.text, recurring))
    # a fragment glued before the debris on its line ("…생각된다.오준 교수[서울경제 바로가기]") is the
    # tail's; short lines above it (a related-stories list, "2003년 알제리 지진") are left to the line stage
    while run[0] is not first_debris and run[0].line != first_debris.line:
        run.pop(0)
    run.reverse()
    first = run[-1]
    removed = [seg.text for seg in reversed(run)]
    _read_tail(removed, evidence)
    head = lines[first.line][: first.start].rstrip()
    return lines[: first.line] + ([head] if head else [])


def _read_tail(texts: list[str], evidence: ZoneEvidence) -> None:
    byline_done = False
    for i, text in enumerate(texts):
        evidence.emails.extend(re.findall(EMAIL, text))
        following = texts[i + 1] if i + 1 < len(texts) else ""
        if re.match(rf"\s*[\[(<]\s*{EMAIL}", following):  # "가상방송 홍길동[hong@…]": the address signs the name
            text = text + following
        tag = re.search(r"기사\s*제공\s*[:：]?\s*(.+)$", text)
        if tag:
            evidence.outlet_tags.append(tag.group(1).strip())
            text = text[: tag.start()]
        notice = re.search(r"ⓒ|©|\([cC]\)|(?i:copyright)|무단|재배포", text) or boilerplate().copyright.search(text)
        if notice:
            evidence.notices.append(text[notice.start():])
            if notice.start() > 0:  # "가상일보의 모든 콘텐츠는 저작권법의 …": the owner stands before the match
                evidence.notices.append(text)
            text = text[: notice.start()]  # "세종=홍길동 기자 hong@… ⓒ 가상일보": the byline before it counts
        if text.lstrip()[:1] in "▶▷►☞→※":
            continue
        names = names_in(text)
        if names and not byline_done:  # the first byline of the tail signs the article
            evidence.add_reporters(names)
            byline_done = True
            sign_off = _patterns()["sign_off"].match(text)
            named = byline_rules().end_line_outlet(text.strip()) or (sign_off and sign_off["outlet"])
            if named:
                evidence.byline_outlets.append(named)


# --- head ------------------------------------------------------------------------------------


def _is_credit(match: re.Match) -> bool:
    """[사진=홍길동 기자], [AP=연합뉴스], (사진=연합뉴스), [EPA=연합뉴스 자료사진]: a photo's source, no dateline."""
    a, b = match["a"].strip(), match["b"].strip()
    if _PHOTO_WORDS.search(a):
        return True
    if match["names"] or _patterns()["name_title"].search(b):
        return False
    return bool(_PHOTO_WORDS.search(b) or re.fullmatch(r"[A-Za-z\s.]+", a))


def is_photo_credit(line: str) -> bool:
    """A line that opens with a photo credit shaped like a dateline ("[AFP=연합뉴스]…", "(사진=연합뉴스)…")."""
    match = _patterns()["dateline"].match(line)
    return match is not None and _is_credit(match)


def _anchors(line: str) -> list[tuple[re.Match, str]]:
    pats = _patterns()
    found = []
    has_title = pats["title_word"].search(line) is not None
    for kind in ("dateline", "bracket_byline", "tag", "issue_tag", "plain_byline", "paren_byline", "runin_byline"):
        if kind == "runin_byline" and not has_title:
            continue
        for match in pats[kind].finditer(line):
            if kind == "plain_byline" and not all(is_person_name(n) for n in _byline_names(match["names"])):
                continue
            # "사진=홍길동 기자" credits a photo: no place before the names
            if kind == "runin_byline" and (
                (match["place"] and _PHOTO_WORDS.search(match["place"]))
                or not all(is_person_name(n) for n in _byline_names(match["names"] or match["names1"]))
            ):
                continue
            if kind == "dateline" and _is_credit(match):
                continue
            # "[가상일보 자료사진]" credits a photo, "[가상일보 바로가기]" links: no article starts there
            if kind == "tag" and (_PHOTO_WORDS.search(match.group(0)) or PROMO_WORDS.search(match.group(0))):
                continue
            found.append((match, kind))
    marker = find_marker(line)
    if marker and line[: marker.start()].strip():  # a marker run into the head opens the text: "제목부제◀ 앵커 ▶"
        found.append((marker, "marker"))
    found.sort(key=lambda mk: mk[0].start())
    kept: list[tuple[re.Match, str]] = []
    for match, kind in found:
        # a run-in byline inside another anchor ("(세종=가상일보) 홍길동 기자 =") or right after a tag ("[가상일보]홍길동
        # 기자 =") is its part; of other overlapping readings the last one tells (the caption check skips the others)
        if kept and kind in ("runin_byline", "marker") and not line[kept[-1][0].end(): max(match.start(), kept[-1][0].end())].strip():
            continue
        kept.append((match, kind))
    return kept


def _byline_names(names: str) -> list[str]:
    """The names of a byline's name part, the outlet's name standing before them apart ("가상일보 홍길동")."""
    return [n for n in byline_rules().names(names) if not re.search(_OUTLET_ENDING + "$", n)] or [""]


def cut_head(lines: list[str], evidence: ZoneEvidence) -> list[str]:
    """Drop what stands before the article's dateline, byline or outlet tag in its first lines."""
    window: list[tuple[int, re.Match, str]] = []
    before = 0
    for i in range(min(HEAD_LINES, len(lines))):
        window.extend((i, match, kind) for match, kind in _anchors(lines[i]) if before + match.start() <= HEAD_CHARS)
        before += len(lines[i]) + 1
        if before > HEAD_CHARS:
            break
    for n, (i, match, kind) in enumerate(window):
        line = lines[i]
        prior = lines[:i] + [line[: match.start()]]
        if any(is_prose(p) and len(nospace(p)) > CAPTION_MAX_CHARS for p in prior) or _has_sentences(prior):
            return lines  # the article had begun: an anchor this late is no head
        if kind in ("plain_byline", "runin_byline", "marker") and (
            # a head run into a byline or marker ends no sentence ("…업계 \"지켜보겠다\"(가상시) 홍길동 기자 =" has no
            # full stop; "…7만8천원.기획 · 홍길동 기자 |" has one: the text's)
            any((is_prose(p) if kind == "plain_byline" else _ANY_SENTENCE_END.search(p)) for p in prior)
            or not (line[match.end():].strip() or lines[i + 1:])
        ):
            continue  # after a sentence, or with nothing after it, a byline signs the article's end
        if n + 1 < len(window) and _is_caption_byline(lines, i, match, window[n + 1]):
            continue  # a photographer's byline over a caption; the article's own follows
        if kind != "tag" and _PHOTO_STAMP.search(line[match.end():]):
            continue  # "(서울=연합뉴스) 김도훈 기자 = 캡션. 2021.3.2 photo@…": a photo's byline
        _read_anchor(match, kind, evidence)
        text = [p for p in [line[match.end():]] + lines[i + 1: i + 1 + HEADLINE_TEXT_LINES] if is_prose(p) and not is_debris(p)]
        evidence.headline = pick_headline(prior, statement_ok=True, text=text)
        evidence.captions.extend(p.strip() for p in prior if p.strip() and p.strip() != evidence.headline)
        rest = line[match.end():].strip()
        following = lines[i + 1:]
        subhead = _patterns()["lead_subhead"].match(rest)
        if subhead and len(nospace(rest[subhead.end():])) >= SUBHEAD_MIN_BODY // 2:
            evidence.captions.append(subhead.group(0).strip())
            rest = rest[subhead.end():]
        if kind == "tag" and rest:
            lead = _patterns()["lead_byline"].match(rest)
            if lead:
                evidence.add_reporters([n for n in byline_rules().names(lead["names"]) if is_person_name(n)])
                rest = rest[lead.end():]
            before = len(evidence.captions)
            rest = _after_subheads(rest, following[0] if following else None, evidence)
            if evidence.headline is None and len(evidence.captions) > before:  # "[가상일보] 제목\n본문"
                evidence.headline = pick_headline(evidence.captions[before:], statement_ok=True)
        return ([rest] if rest else []) + following
    return lines


# --- headline --------------------------------------------------------------------------------


def headline_units(text: str, context: str = "") -> list[str]:
    """The pieces a run-in head splits into: its lines, pieces around a dash or bar set off by spaces
    ("제목 - 부제"), pieces glued at a quotation or bracket ("…맞춰”애초 발표보다…", "…논란"현장 의견"") and
    pieces glued with no space where Kiwi sees two ("…배추값 폭등여야, 책임 공방만") and the article's
    text (`context`) does not write glued elsewhere ("미래한국당")."""
    units: list[str] = []
    for line in text.split("\n"):
        for piece in _SEPARATOR.split(line):
            cuts = sorted(set([0] + glued_quote_cuts(piece) + _glued_units(piece, context))) + [len(piece)]
            units.extend(u for a, b in zip(cuts, cuts[1:]) if (u := piece[a:b].strip()))
    return units


# A bracketed tag or marker glued after a headline starts a unit of its own ("…선정[영상] 현장", "…별세[게티이미지]").
_GLUED_BRACKET = re.compile(r"(?<=[가-힣A-Za-z0-9…!?\"”’'])(?=[\[【<◀])")


# One quotation right after another ('…두 배로""지역 정착 도울 것"'): two pieces.
_QUOTE_AFTER_QUOTE = re.compile(r"(?<=[\"”’])(?=[\"“‘])")


def glued_quote_cuts(piece: str) -> list[int]:
    """Where a quotation or a bracketed tag starts right after a word, or a word right after a closing
    quote ("…맞춰”애초", "…논란"현장 의견 더 들어야"", "…별세[게티이미지]"); a particle after a quote
    continues its sentence ("…”라고")."""
    pats = _patterns()
    cuts = [m.start() for m in pats["glue_open"].finditer(piece)]
    for m in pats["glue_close"].finditer(piece):
        word = re.match(r"[가-힣]+", piece[m.start():]).group(0)
        if not any(word == p or (word.startswith(p) and len(word) <= len(p) + 1) for p in _PARTICLES):
            cuts.append(m.start())
    quotes = [k for k, ch in enumerate(piece) if ch == '"']
    # straight quotes: the first, third, … of the piece's marks open a quotation
    cuts += [k for k in quotes[::2] if k > 0 and re.match(r"[가-힣A-Za-z0-9…!?]", piece[k - 1])]
    cuts += [m.start() for m in _QUOTE_AFTER_QUOTE.finditer(piece)]
    return cuts + [m.start() for m in _GLUED_BRACKET.finditer(piece)]


def _glued_units(piece: str, context: str) -> list[int]:
    """Where a headline, its sub-headlines and a caption were glued with no space (`glue.glue_points`:
    "…배추값 폭등여야, 책임 공방만"), when each side holds a headline's worth of text."""
    if len(nospace(piece)) < 2 * HEADLINE_MIN_CHARS:
        return []
    cuts, last = [], 0
    for at in joins(piece, context):
        if len(nospace(piece[last:at])) >= HEADLINE_MIN_CHARS and len(nospace(piece[at:])) >= HEADLINE_MIN_CHARS:
            cuts.append(at)
            last = at
    return cuts


def is_headline(text: str, *, statement_ok: bool = False) -> bool:
    """A headline by its shape: short, no sentence closed by a full stop, no caption, credit, byline or
    debris. `statement_ok` admits headlines written as a statement without a full stop ("…선다"),
    trusted only where a dateline or byline proves the article starts after them."""
    size = len(nospace(text))
    if not HEADLINE_MIN_CHARS <= size <= HEADLINE_MAX_CHARS or not re.search(r"[가-힣A-Za-z]", text):
        return False
    if _FULL_STOP_STATEMENT.search(text) or text.rstrip().endswith((":", "：", ",")):
        return False  # a sentence of prose, or a lead-in
    if _CAPTION_ENDING.search(text) or _PHOTO_STAMP.search(text) or _TRAILING_CREDIT.search(text):
        return False
    pats = _patterns()
    if pats["credit_inline"].search(text) or pats["credit_line_start"].match(text) or pats["name_title"].search(text):
        return False
    if re.fullmatch(rf"\s*(?:{alias_alternation()}|[가-힣A-Za-z0-9]{{1,10}}{_OUTLET_ENDING})\s*", text):
        return False  # an outlet's name alone credits a photo
    if _POSITION.search(text):
        return False  # "홍길동(왼쪽) 장관": who stands where in a photo
    if _PHOTO_MARK.match(text) or _PHOTO_WIDGET.match(text) or parse_date_line(text) is not None:
        return False  # "[그래픽] 지역별 예산 현황": a graphic's caption; the viewer's hint; a date line
    if _BRACKETED_WHOLE.match(text):
        return False  # "【2012년 8월 28일】", "[속보]": a tag or a date, no headline
    if text.lstrip()[:1] in "▲△◇◆■□●○※*-·•▶▷☞":
        return False  # a bulleted caption or section head
    if is_debris(text) or (not statement_ok and is_prose(text)):
        return False
    return True


def pick_headline(pieces: list[str], *, statement_ok: bool = False, text: list[str] | None = None) -> str | None:
    """The first headline-shaped unit of the pieces that stood before the article's start about the
    article's `text` (`headline.about`), else the first headline-shaped one. A headline leads the head:
    after a unit that is none (a caption), a statement is a caption's second sentence."""
    context = "\n".join(text or [])
    units = [unit for piece in pieces for unit in headline_units(piece, context)]
    shaped = [unit for n, unit in enumerate(units) if is_headline(unit, statement_ok=statement_ok and n == 0)]
    if text and shaped:
        article = headline.article_units(text)
        return headline.without_site(next((u for u in shaped if headline.about(u, article)), shaped[0]), article)
    return shaped[0] if shaped else None


def _has_sentences(prior: list[str]) -> bool:
    """Two statements closed by full stops: article text (headlines have none, a caption one)."""
    return sum(len(_FULL_STOP_STATEMENT.findall(p)) for p in prior) >= 2


def _is_caption_byline(lines: list[str], i: int, match: re.Match, following: tuple[int, re.Match, str]) -> bool:
    """Is the text between this anchor and the next one a photo caption ("… 하고 있다. 2021.3.2 e-mail")?"""
    j, nxt, _ = following
    between = lines[i][match.end():] if j != i else lines[i][match.end(): nxt.start()]
    between = between.strip()
    return not between or not is_prose(between) or bool(_CAPTION_ENDING.search(between))


def _read_anchor(match: re.Match, kind: str, evidence: ZoneEvidence) -> None:
    groups = match.groupdict()
    listed = [n for n in byline_rules().names(groups.get("names") or groups.get("names1")) if is_person_name(n)]  # 박진숙·김철수 기자
    evidence.add_reporters(listed + names_in(match.group(0)))
    if kind == "dateline":
        a, b = groups["a"].strip(), groups["b"].strip()
        # [헤럴드경제=이슈섹션]: the outlet stands first; (서울=연합뉴스): the place does
        first = re.fullmatch(alias_alternation(), a) or re.search(_OUTLET_ENDING + "$", a)
        outlet = a if first and not _patterns()["name_title"].search(a) else _outlet_of(b)
        if outlet and not first and not _outlet_shaped(outlet) and not known_place(a):
            # "[가상스퀘어=안동]": neither side known nor shaped as an outlet; maybe the place, maybe the outlet
            evidence.placed_outlets.extend([outlet, a])
        elif outlet:
            evidence.outlet_tags.append(outlet)
    else:
        outlet = _outlet_of(groups.get("b") or groups.get("b1") or groups.get("b2") or groups.get("b3") or "")
        if outlet and (groups.get("eq") or kind == "paren_byline" or _maybe_place(outlet)) and not _outlet_shaped(outlet):
            # "[광주=홍길동 기자]", "(청주) 홍길동 기자 =", "[원주] 홍길동 기자 =": the dateline's place, or an outlet
            evidence.placed_outlets.append(outlet)
        elif outlet:
            evidence.outlet_tags.append(outlet)


def _after_subheads(rest: str, next_line: str | None, evidence: ZoneEvidence) -> str:
    """The text after a bare outlet tag without the sub-headlines glued before the first sentence."""
    pats = _patterns()
    more_lines = next_line is not None
    end = pats["statement_end"].search(rest)
    # "[가상일보] 제목\n본문.": the headline on the tag's line; one written as a statement ("…갖다") only
    # above a sentence closed by a full stop (scrapes that lost theirs start with "[가상일보] 본문")
    if more_lines and not ends_sentence(rest) and (
        is_headline(rest) or (is_headline(rest, statement_ok=True) and _FULL_STOP_STATEMENT.search(next_line))
    ):
        evidence.captions.append(rest)
        return ""
    if end is None and is_prose(rest):
        end = re.search(r"$", rest)
    if end is None:
        if more_lines:  # "[한겨레] 부제1부제2" on a line of its own
            evidence.captions.append(rest)
            return ""
        return rest
    glue = [m.start() for m in pats["glue_open"].finditer(rest, 0, end.start())]
    for m in pats["glue_close"].finditer(rest, 0, end.start()):
        word = re.match(r"[가-힣]+", rest[m.start():]).group(0)
        if not any(word == p or (word.startswith(p) and len(word) <= len(p) + 1) for p in _PARTICLES):
            glue.append(m.start())
    glue = [g for g in glue if len(nospace(rest[g:])) >= SUBHEAD_MIN_BODY]
    if not glue:
        return rest
    cut = max(glue)
    evidence.captions.append(rest[:cut].strip())
    return rest[cut:].strip()


# --- captions --------------------------------------------------------------------------------


# An unbracketed credit closing a caption line: "… 있다. 가상일보 제공", "… 전경 |사진 홍길동 기자",
# "… 모습. 사진 가상일보 DB", "… 있다. ⓒ가상일보".
_TRAILING_CREDIT = re.compile(
    # a photographer after a bar or the word 사진 ("… |사진 홍길동 기자"); "홍길동 기자" and "…/홍길동 기자"
    # sign the text
    rf"(?:\s*[|｜]\s*(?:사진\s*[:=]?\s*)?|\s*/?\s*사진\s*[:=]?\s*){_NAME}\s*기자\s*$"
    rf"|(?:\s*[|/｜]\s*|(?<=\.)\s*|\s+)(?:(?:사진|사진\s*제공|자료)\s*[:=]?\s*)?"
    rf"[가-힣A-Za-z0-9]{{2,12}}(?:\s+[가-힣A-Za-z0-9]{{2,12}})?\s*(?:제공|DB)\s*$"
    rf"|\s*(?:ⓒ|©)\s*[가-힣A-Za-z0-9]{{2,12}}(?:\s*DB|\s+{_NAME}\s*기자)?\s*$"
    # the credit word first: "… 있다. 사진제공 가상재단", "… 전경 | 사진 가상일보"
    rf"|(?:\s*[|｜]\s*|(?<=\.)\s*)(?:사진\s*제공|사진\s*출처|사진|자료)\s*[:=]?\s*[가-힣A-Za-z0-9]{{2,12}}(?:\s*DB)?\s*$"
    # a bracketed archive credit of any outlet: "… 대표들. [가상프레스 자료사진]", "….【가상프레스 DB】"
    rf"|\s*[\[(【<]\s*[^\[\]()【】<>]{{1,20}}?\s*(?:자료\s*사진|DB|제공)\s*[\])】>]\s*$"
    # a slash, the outlet and the photographer: "… 모습. / 가상프레스 홍길동 기자"
    rf"|\s*/\s*[가-힣A-Za-z0-9]{{2,12}}(?:\s+[A-Za-z][A-Za-z0-9]{{1,12}}){{0,2}}\s+{_NAME}\s*기자\s*$"
    # the photo's date stamp, then the photographer: "… 있다. 2024.05.28 홍길동 기자" (a closing byline has
    # no date before the name)
    rf"|\s*(?:19|20)\d{{2}}\s*[.\-/]\s*\d{{1,2}}\s*[.\-/]\s*\d{{1,2}}\.?\s+{_NAME}\s*기자\s*$"
    # an archive credit after a bar: "… 전경 | 가상일보 자료사진"
    rf"|\s*[|｜]\s*[가-힣A-Za-z0-9]{{2,12}}(?:\s+[가-힣A-Za-z0-9]{{2,12}})?\s*자료\s*사진\s*$"
)
# The photo viewer's buttons and hints, which stand over a caption.
_PHOTO_WIDGET = re.compile(
    r"^\s*[<\[(]?\s*(?:(?:사진|이미지)\s*(?:확대|크게\s*보기)"
    r"|[^<>\[\]()]{0,30}(?:클릭|누르)[^<>\[\]()]{0,30}(?:크게|확대|원본)[^<>\[\]()]{0,20})\s*[>\])]?\s*$"
)
# A handout's credit: an organisation "provided" it ("/ 가상부 제공", "가상재단 제공"), not a photo desk or agency.
_HANDOUT = re.compile(r"^(?![^\n]*(?:사진|이미지|DB|기자))[^\n]*제공\s*$")
# One word after a caption's full stop credits the photo ("… 대표들. 가상이미지뱅크"), when what stands
# before it is a caption in shape.
_WORD_CREDIT = re.compile(r"(?<=\.)\s+[가-힣A-Za-z]{2,12}\s*$")
# Both credits above end in a letter, a digit or a closing bracket: a line ending otherwise (a sentence's
# full stop, most lines) holds none, and `re` would try both patterns from each of its positions.
_CREDIT_LAST_CHAR = re.compile(r"[가-힣A-Za-z0-9\])】>]")


def _trailing_credit(line: str) -> re.Match | None:
    """The unbracketed credit closing the line (`_TRAILING_CREDIT`, `_WORD_CREDIT`), or None."""
    tail = line.rstrip()
    if not tail or not _CREDIT_LAST_CHAR.fullmatch(tail[-1]):
        return None
    return _TRAILING_CREDIT.search(line) or _WORD_CREDIT.search(line)


# Captions name a scene: "…하고 있다", "…모습", "기자회견장 전경", "설명회 현장".
# ("…붙어 있다", "…쌓여 있다": a state the picture shows)
_SCENE_ENDING = re.compile(r"(?:[고어아여워해져]\s*있다|모습|모습이다|전경|현장|장면|풍경)\s*\.?['\"”’)]*$")
# A photo's date stamp between a caption and its credit ("… 있다. 2024.5.13 [가상일보 자료사진]").
_DATE_STAMP = re.compile(r"\s*(?:19|20)\d{2}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\.?\s*$")
_CAPTION_BULLET = re.compile(r"^[▲△]\s*")
# A mark naming a photo, graphic or video before its caption: "<사진>", "[그래픽]", "[영상]", "사진 확대" (the
# viewer's button).
_PHOTO_MARK = re.compile(
    r"^\s*(?:[<\[(【〈]\s*(?:사진|자료\s*사진|파일\s*사진|그래픽|인포그래픽|이미지|표|도표|일러스트|영상|동영상|VOD|비디오)\s*[>\])】〉]|(?:사진|이미지)\s*(?:확대|크게\s*보기))\s*(?=\S)"
)
# Clauses joined by an ellipsis, as headlines and subheadings join them ("인명 피해 없어 … 농경지 침수").
_JOINED_CLAUSES = re.compile(r"[^\s.…]\s*(?:…|\.{2,3})\s*[^\s.…]")
_CLOSED = re.compile(r"[가-힣A-Za-z0-9)]\.['\"”’)]*\s*$")  # a caption closed by a full stop


def _credited_caption(text: str) -> bool:
    """May this stretch be a caption, given that a credit follows it? Short, at most one statement, and
    a scene or no statement at all ("기자회견장 전경.", "시민들이 지나가고 있다.")."""
    text = text.strip()
    if not text or len(text) > CAPTION_MAX_CHARS or len(_FULL_STOP_STATEMENT.findall(text)) > 1:
        return False
    return bool(_SCENE_ENDING.search(text)) or (not _FULL_STOP_STATEMENT.search(text) and not is_prose(text))


def is_credited_fragment(text: str, credit: str = "") -> bool:
    """What a photo credit was cut from is a caption to drop whole: a scene or a noun phrase, with or
    without its full stop ("시민들이 지나가고 있다 <사진제공=가상재단>", "간담회에 참석한 대표들. [가상일보
    자료사진]"), as the scrapes gold counts captions; a statement of the article stays. A handout's caption
    written as a sentence ("장관이 인사말을 하고 있다. / 가상부 제공") stays once, as does a long one that names
    who, where and when (the seeds' gold keeps both and reads people and dates from them)."""
    return _credited_caption(text) and not _caption_kept(text, credit)


def _caption_kept(text: str, credit: str) -> bool:
    return bool(_CLOSED.search(text)) and (bool(_HANDOUT.search(credit)) or len(nospace(text)) >= CAPTION_TEXT_CHARS)


def _caption_line(line: str) -> str | None:
    """A line that is a caption by its shape alone, or None: a caption with an unbracketed credit after
    it ("… 있다. / 가상부 제공"), a scene after a ▲ mark ("▲시민들이 지나가고 있다."), or a caption after a
    photo mark ("<사진> 개막식 현장", "사진 확대 …", "[그래픽] 지역별 예산 현황"). It goes whole ("" is
    returned). A bulleted list item ("▲청년 주거 지원 확대") is no scene, so it stays."""
    if byline_rules().end_line(line) is not None:
        return None  # "글 홍길동 기자 · 사진 김철수 기자": the text's byline, for the line stage
    credit = _trailing_credit(line)
    bullet = _CAPTION_BULLET.match(line)
    if credit and credit.start() > 0:
        caption = _DATE_STAMP.sub("", _CAPTION_BULLET.sub("", line[: credit.start()])).strip()
        if _credited_caption(caption) and not is_person_name(caption):
            return "" if bullet or is_credited_fragment(caption, credit.group(0)) else caption
    marked = _PHOTO_MARK.match(line)
    if marked and _credited_caption(line[marked.end():]) and len(_FULL_STOP_STATEMENT.findall(line)) <= 1:
        return ""
    return "" if _scene_bullet(line, bullet) else None


def _scene_bullet(line: str, bullet: re.Match | None) -> bool:
    rest = line[bullet.end():] if bullet else ""
    # one scene only: a credit or a second sentence inside means a caption glued to the text, cut elsewhere
    return (
        bool(bullet) and "▲" not in rest and len(rest) <= 80 and bool(_SCENE_ENDING.search(rest))
        and len(_FULL_STOP_STATEMENT.findall(rest)) <= 1 and not _patterns()["credit_inline"].search(rest)
    )


def is_photo_line(line: str) -> bool:
    """A line of a photo block: a caption in shape, a credit opening the line, a photo mark or the viewer's hint."""
    pats = _patterns()
    return (
        _caption_line(line) is not None or bool(_PHOTO_WIDGET.match(line)) or bool(_PHOTO_MARK.match(line))
        or bool(pats["credit_line_start"].match(line)) or bool(pats["credit_inline"].match(line))
    )


def is_photo_piece(text: str) -> bool:
    """A piece that is all photo furniture: a caption in shape, the viewer's hint or button, or a credit
    with nothing after it ("[가상일보 자료사진] 본문…" is a credit before the text, no such piece)."""
    if _caption_line(text) is not None or _PHOTO_WIDGET.match(text):
        return True
    pats = _patterns()
    credit = pats["credit_line_start"].match(text) or pats["credit_inline"].match(text)
    return bool(credit) and not text[credit.end():].strip()


def cut_captions(lines: list[str], evidence: ZoneEvidence) -> list[str]:
    """Photo captions known by their credits, anywhere in the body."""
    pats = _patterns()
    out: list[str] = []
    credit_alone = False  # the line before was a credit alone: a caption may follow it
    for line in lines:
        if _PHOTO_WIDGET.match(line):  # "사진 확대", "<이미지를 클릭하시면 크게 보실 수 있습니다>" over a caption
            evidence.captions.append(line)
            credit_alone = True
            continue
        kept = _caption_line(line)
        # under a credit or photo button alone, only a caption with no full stop: a sentence there may
        # be the text's own, the photo's caption left out of the scrape
        if (
            kept is None and credit_alone and is_credited_fragment(line) and not _CLOSED.search(line)
            and _SCENE_ENDING.search(line)  # a scene: a subheading under a screen credit is the text's
            and byline_rules().end_line(line) is None  # a byline under the photo signs the text
        ):
            kept = ""  # a caption under its credit; a sentence there is the text's (or a caption kept once)
        credit_alone = False
        if kept is not None:
            evidence.captions.append(line)
            if kept:
                out.append(kept)
            continue
        lead = pats["credit_line_start"].match(line) or pats["credit_inline"].match(line)
        if lead and pats["lead_byline"].match(line[lead.end():].lstrip()):
            lead = None  # "[가상뉴스] 홍길동 기자 = 본문": an outlet tag before the byline, no photo credit
        captioned = False
        # a credit opening a line ends the caption the line before ends with; a byline there is the text's
        if lead and out and byline_rules().end_line(out[-1]) is None:
            caption_at = _caption_start(out[-1], len(out[-1]))
            if caption_at is None and _SCENE_ENDING.search(out[-1]) and is_credited_fragment(out[-1], lead.group(0)):
                caption_at = 0  # a scene alone on its line over its credit, full stop or not ("…있다.\n사진=가상아트")
            # a caption inside a paragraph is glued to its last sentence ("…했다.캡션"); after a
            # spaced sentence end it is the paragraph's own last sentence
            # a subheading joining its clauses with an ellipsis ("피해는 없어 … 농경지 침수") is no caption
            if caption_at is not None and _JOINED_CLAUSES.search(out[-1][caption_at:]):
                caption_at = None
            if caption_at is not None and not (caption_at > 0 and out[-1][caption_at - 1].isspace()):
                evidence.captions.append(out[-1][caption_at:])
                kept = out[-1][:caption_at].rstrip()
                out[-1:] = [kept] if kept else []
                captioned = True
        if lead:
            evidence.credits.append(lead.group(0).strip())
            line = re.sub(r"^(?:제공|DB|자료\s*사진)$", "", line[lead.end():].strip())
            if not captioned and _is_caption_text(line):  # "[가상일보 자료사진] 캡션": the credit leads
                evidence.captions.append(line)
                continue
            credit_alone = not captioned and not line  # "사진=가상일보 제공" over its caption
        pool = pats["pool_credit"].match(line)
        if pool:
            evidence.captions.append(pool.group(0))
            line = line[pool.end():].strip()
        cut = _cut_inline_captions(line, evidence)
        if cut != line and line.startswith(cut) and is_credited_fragment(cut, line[len(cut):]):
            evidence.captions.append(cut)  # "캡션. 2019.09.26 hong@… [사진=…]": the caption before its credits
            continue
        if cut:
            out.append(cut)
    return out


def _is_caption_text(text: str) -> bool:
    """A short description of a picture: a noun phrase or a present progressive ("…하고 있다"), not a
    statement of the article."""
    if not text or len(text) > CAPTION_MAX_CHARS or len(_FULL_STOP_STATEMENT.findall(text)) > 1:
        return False
    return bool(_CAPTION_ENDING.search(text)) or is_fragment(text)


def _cut_inline_captions(line: str, evidence: ZoneEvidence) -> str:
    pats = _patterns()
    while (credit := pats["credit_inline"].search(line)) is not None:
        start = _caption_start(line, credit.start(), credited=True)
        if pats["caption_mark"].match(line) and credit.start() <= CAPTION_MAX_CHARS:
            start = 0  # "▲ 캡션 (사진=…)본문"
        if start is None:  # a caption written as a sentence: the credit stage keeps it once
            return line
        evidence.captions.append(line[start:credit.end()].strip())
        evidence.credits.append(credit.group(0).strip())
        before, after = line[:start].rstrip(), line[credit.end():].lstrip()
        line = f"{before} {after}" if before and after else before or after
    return line


def _caption_start(line: str, end: int, *, credited: bool = False) -> int | None:
    """Where the caption that ends at `end` starts: after the last sentence end before it, or at the
    line's start; None when that stretch is too long to be a caption. With the credit on the same line
    (`credited`), a scene or noun phrase opening the line is the caption even when closed by a full
    stop ("장관이 인사말을 하고 있다. [사진=가상부] 본문…")."""
    head = line[:end]
    last = None
    for match in _patterns()["sentence_end"].finditer(head):
        if match.end() < len(head.rstrip()):
            last = match.end()
    start = last if last is not None else 0
    stretch = head[start:].strip()
    if not stretch or len(stretch) > CAPTION_MAX_CHARS or len(re.findall(r"[가-힣A-Za-z]", stretch)) < 2:
        return None  # "[1]" after the last sentence is its citation, no caption
    if credited and last is None and _credited_caption(stretch) and not _caption_kept(stretch, ""):
        pass
    elif ends_sentence(stretch) and last is None and not _patterns()["caption_mark"].match(stretch):
        return None  # a sentence the credit follows on a line of its own: the credit stage decides
    if last is None and is_prose(stretch) and not _CAPTION_ENDING.search(stretch):
        return None
    while start < len(line) and line[start] == " ":
        start += 1
    return start
