"""Which line of a page's head is the article's headline, told by what it says.

A headline sums up the article, so its words come back in the first paragraphs; the other lines a
masthead shows in headline shape do not: the site's or the portal's name, a section label or
breadcrumb, a market ticker, a columnist's signature, other stories' headlines. Sub-headlines below
the headline may share words too, but the headline stands above them. The same test cuts a site's
name or section path from a page title ("제목 | 가상일보", "제목 < 정치 < 기사본문 - 가상일보"): a part after
a separator that shares nothing with the article names the page, not the story.

Words are compared as character bigrams of Hangul runs and whole Latin or digit runs, so particles
("러시아의" in the text, "러시아" in the headline) and spacing do not matter.
"""

from __future__ import annotations

import re

# A headline this share of whose units recur in the article's first paragraphs is about the article.
ABOUT_ARTICLE = 0.5
# A part after a separator with at most this share of units in the article names the page, not the story.
SITE_PART = 0.3
SITE_PART_MAX_CHARS = 40
# The article text a headline is compared with: its first paragraphs, this many characters.
ARTICLE_CHARS = 1500
_RUNS = re.compile(r"[가-힣]+|[A-Za-z]+|\d+")
# A page title's separators between the headline and the site's name or section path.
_SITE_SEPARATOR = re.compile(r"\s+(?:[|｜<>»›]|::|-{1,2}|–|—)\s+")
# Bracketed tags and credits inside the article's text, and a byline closed by "=" opening it.
_BRACKETED = re.compile(r"[\[(【<〈][^\[\]()【】<>〈〉]{0,40}[\])】>〉]")
_DATELINE = re.compile(r"^[^=\n]{0,40}?(?:기자|특파원)\s*=\s*")
# A sub-headline's bullet: it hangs under the headline, it is none.
SUBHEAD_BULLET = re.compile(r"^\s*[-–—·ㆍ•◆◇■□▶▷►➤○●]\s*")


def units(text: str) -> set[str]:
    """The comparable units of a text: bigrams of its Hangul runs (a one-syllable run as it is) and its
    Latin or digit runs, lowercased."""
    found: set[str] = set()
    for run in _RUNS.findall(text):
        if "가" <= run[0] <= "힣":
            found.update(run[i:i + 2] for i in range(max(1, len(run) - 1)))
        else:
            found.add(run.casefold())
    return found


def share_in(text: str, article: set[str]) -> float:
    """The share of the text's units found in the article's units (0 for a text with none)."""
    own = units(text)
    return len(own & article) / len(own) if own else 0.0


def article_units(paragraphs: list[str]) -> set[str]:
    """The units of the article's first paragraphs, without their bracketed tags and dateline-bylines
    ("[가상일보] 홍길동 기자 = …", "(서울=가상통신)"): those name the outlet, which is no headline."""
    text = ""
    for paragraph in paragraphs:
        text += _DATELINE.sub(" ", _BRACKETED.sub(" ", paragraph)) + "\n"
        if len(text) >= ARTICLE_CHARS:
            break
    return units(text[:ARTICLE_CHARS])


def about(line: str, article: set[str]) -> bool:
    """Is the line a headline about the article: no sub-headline's bullet leads it, and enough of its
    words (its site part aside) come back in the article's first paragraphs?"""
    return not SUBHEAD_BULLET.match(line) and share_in(without_site(line, article), article) >= ABOUT_ARTICLE


# With no line about the article, the one sharing most with it is the headline when it shares this much
# and clearly more than the others (a site's name or section label shares next to nothing).
LEADING_SHARE = 0.2


def pick(candidates: list[str], article: set[str]) -> int | None:
    """The index of the headline among a masthead's headline-shaped lines: the first about the article,
    else the one that shares the most with it when that is a clear lead, else None (position decides)."""
    # one word alone ("가상일보", "주요뉴스") is a site's name or a label: its name may recur in the text's
    # credits and tags, a headline is a phrase
    phrases = [k for k, line in enumerate(candidates) if len(line.split()) > 1]
    if phrases:
        candidates = [line if k in phrases else "" for k, line in enumerate(candidates)]
    for k, line in enumerate(candidates):
        if line and about(line, article):
            return k
    shares = [0.0 if not line or SUBHEAD_BULLET.match(line) else share_in(without_site(line, article), article) for line in candidates]
    if not shares:
        return None
    best = max(range(len(shares)), key=lambda k: shares[k])
    others = [x for k, x in enumerate(shares) if k != best]
    if shares[best] >= LEADING_SHARE and all(shares[best] >= 2 * x for x in others):
        return best
    return None


def without_site(title: str, article: set[str]) -> str:
    """The title without the site's name or section path a page title appends after a separator ("제목 |
    사회 | 가상일보", "제목 :: 가상일보"): from the first separator whose whole remainder shares (almost)
    nothing with the article, while what stands before it is about the article; or without the site's
    name some pages put first ("가상일보 - 제목")."""
    for separator in _SITE_SEPARATOR.finditer(title):
        head, tail = title[: separator.start()].strip(), title[separator.end():].strip()
        if head and len(tail) <= SITE_PART_MAX_CHARS and share_in(tail, article) <= SITE_PART:
            if share_in(head, article) >= ABOUT_ARTICLE:
                return head
    first = _SITE_SEPARATOR.search(title)
    # a name first takes a dash, bar or "::"; "정치 > 국회" is a section path, a headline is longer than a name
    if first and not re.search(r"[<>»›]", first.group(0)):
        head, tail = title[: first.start()].strip(), title[first.end():].strip()
        if len(tail) > len(head) and _is_site_name(head) and share_in(head, article) <= SITE_PART and share_in(tail, article) >= ABOUT_ARTICLE:
            return tail
    return title


def _is_site_name(text: str) -> bool:
    """A site's name in shape: one to three words of letters or digits, no longer than a name."""
    return 0 < len(text) <= 20 and len(text.split()) <= 3 and _RUNS.fullmatch(text.replace(" ", "")) is not None


def site_names(title: str, article: set[str]) -> list[str]:
    """The site's name a page title appends ("가상일보" of "제목 | 가상일보", of "제목 < 사회 < 기사본문 -
    가상일보"): the last part of the site part, when it is a name (one to three words)."""
    head = without_site(title, article)
    if head == title:
        return []
    if not title.startswith(head):  # "가상일보 - 제목": the name stands first
        first = _SITE_SEPARATOR.split(title, maxsplit=1)[0].strip()
        return [first] if _is_site_name(first) else []
    last = _SITE_SEPARATOR.split(title[len(head):].strip())[-1].strip(" |｜<>»›:-–—")
    return [last] if last and len(last.split()) <= 3 and _RUNS.fullmatch(last.replace(" ", "")) is not None else []


# --- a page's decorations around its headline ---------------------------------------------------

# Fields a feed or clipping lays out on one line, joined by runs of spaces ("No. 18  가상일보  2024.05.02  제목").
_FIELDS = re.compile(r"\s{2,}")
# A tag in brackets leading the headline ("[가상일보] 제목"), a field's label ("title: 제목", "제목 | …").
_LEAD_TAG = re.compile(r"^\s*[\[【〔<〈]([^\[\]【】〔〕<>〈〉]{1,20})[\]】〕>〉]\s*")
_LEAD_LABEL = re.compile(r"^\s*([A-Za-z가-힣]{1,8})\s*(?:[:：]|\s[|｜])\s*")
# Digits and marks alone in parentheses closing it: a feed's time stamp ("(02/25 11:04)").
_TIME_STAMP = re.compile(r"\s*\([\d\s/:.\-年月日]+\)\s*$")


def _symbol(ch: str) -> bool:
    import unicodedata

    return unicodedata.category(ch) in ("So", "Sk", "Sm") or ch.isspace()


def undecorated(title: str, article: set[str], names: tuple[str, ...] = ()) -> str:
    """The headline inside a line that dresses it: a feed's or messenger's mark before it ("📰 제목"), a
    bracketed tag or a field's label before it ("[가상일보] 제목", "title: 제목"), a time stamp after it,
    the other fields of a clipping's line ("No. 3  가상일보  2024.05.02  제목"), the site's name after a
    separator (`without_site`, or one of `names`, the page's outlet: "제목 - 가상일보"). A part goes only
    when it shares (almost) nothing with the article and what stays is about it."""
    def about_rest(rest: str, part: str) -> bool:
        return bool(rest) and share_in(part, article) <= SITE_PART and share_in(rest, article) >= ABOUT_ARTICLE

    text = title.strip()
    for _ in range(4):
        before = text
        fields = [f for f in _FIELDS.split(text) if f.strip()]
        if len(fields) > 1:
            best = max(fields, key=lambda f: share_in(f, article))
            if about_rest(best, " ".join(f for f in fields if f is not best)):
                text = best.strip()
        k = 0
        while k < len(text) and _symbol(text[k]):
            k += 1
        if 0 < k < len(text):
            text = text[k:]
        for pattern in (_LEAD_TAG, _LEAD_LABEL):
            lead = pattern.match(text)
            if lead and about_rest(text[lead.end():], lead.group(1)):
                text = text[lead.end():]
        stamp = _TIME_STAMP.search(text)
        if stamp and stamp.start() > 0:
            text = text[: stamp.start()]
        text = without_site(text, article)
        for name in names:
            for sep in _SITE_SEPARATOR.finditer(text):
                if nospace(text[sep.end():]).rstrip(".") == nospace(name) and share_in(text[: sep.start()], article) >= ABOUT_ARTICLE:
                    text = text[: sep.start()]
                    break
        text = text.strip()
        if text == before:
            break
    return text


def nospace(text: str) -> str:
    return re.sub(r"\s+", "", text)
