"""Page furniture around an article: widgets, menus, comment boxes, copyright and reuse notices, source
and promotion lines, related/best-of blocks. Phrases and patterns come from resources/boilerplate.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache

from sinmun.cleaning.text import LINE_CACHE, ends_plain, ends_sentence, is_prose
from sinmun.resources import resource_path

# What may surround widget and menu words on their lines: counters, separators, bullets.
_FILLER = re.compile(r"[\s\d|｜·ㆍ•/\\,:：\-–—_+=*#>《》<〈〉\[\]\(\)【】{}▶▷◀◁►■□▲△▼▽◆◇○●★☆※…'\"“”‘’.!?]+")
# Tool widgets that sit between a headline and the article (read-aloud, font, print, share):
# a line of them anchors the header.
# Everything up to the last sentence end.
_LAST_SENTENCE = re.compile(r".*[.!?。]['\"”’」』)\]]*")
# A declarative sentence's end with its full stop ("…밝혔다.", "…있습니다."): list headlines end
# otherwise ("…멈춰 선다", "…도착.", "…예상하세요?").
_DECLARATIVE_END = re.compile(r"(?:다|니다|어요|에요)[.!]['\"”’」』)\]]*\s*$")
# A photo or video credit signed with the copyright sign ("[ⓒ 가상일보 영상 캡처]", "ⓒ가상일보 DB"): a
# caption's credit, no notice closing the article.
_MEDIA_CREDIT = re.compile(
    r"^\s*[\[(<]?\s*(?:ⓒ|©)\s*[^\[\]()<>]{1,30}?\s*(?:캡처|캡쳐|갈무리|DB|제공|자료\s*사진)\s*[\])>]?\s*$"
)
_TOOL_WORDS = re.compile(r"읽어주기|듣기|폰트|글자|글씨|프린트|인쇄|공유|스크랩|URL|복사|북마크|기사저장")


@dataclass(frozen=True, eq=False)
class _WordList:
    """Words a whole line may be made of, with the starts of those words for a cheap first check."""

    pattern: re.Pattern
    starts: frozenset[str]  # the first two characters of each word (the word itself when shorter)

    def could_start(self, text: str) -> bool:
        head = _FILLER.sub("", text[:12]).casefold()
        return head[:2] in self.starts or head[:1] in self.starts


def _word_list(words: list[str]) -> _WordList:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))  # ties ordered too: a set's order varies per run
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in ordered)
    starts = frozenset("".join(w.split()).casefold()[:2] for w in ordered)
    return _WordList(re.compile(rf"(?:{alternation})", re.IGNORECASE), starts)


def _any(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@dataclass(frozen=True, eq=False)  # hashed by identity: a cheap key for the line caches
class Boilerplate:
    widget_words: _WordList
    menu_words: _WordList
    comments: re.Pattern
    copyright: re.Pattern
    sources: re.Pattern
    promo_lead: re.Pattern
    promo_words: re.Pattern
    promo_max: int
    tail: re.Pattern
    related_list: re.Pattern
    link_line: re.Pattern
    headline_max: int

    def _only_words(self, line: str, words: _WordList) -> bool:
        # widget and menu lines are short and start with one of the words; prose skips the big alternation
        if len(line) > 100 or not words.could_start(line):
            return False
        rest = words.pattern.sub(" ", line)
        return not _FILLER.sub("", rest) and _FILLER.sub("", line) != ""

    @lru_cache(maxsize=LINE_CACHE)
    def is_widget(self, line: str) -> bool:
        return self._only_words(line, self.widget_words)

    @lru_cache(maxsize=LINE_CACHE)
    def is_tool_widget(self, line: str) -> bool:
        return self.is_widget(line) and bool(_TOOL_WORDS.search(line))

    @lru_cache(maxsize=LINE_CACHE)
    def is_menu(self, line: str) -> bool:
        return self._only_words(line, self.menu_words) or (
            len(line) <= 60 and self._only_words(self.widget_words.pattern.sub(" ", line).strip(), self.menu_words)
        )

    @lru_cache(maxsize=LINE_CACHE)
    def is_comment_widget(self, line: str) -> bool:
        return len(line) <= 120 and bool(self.comments.search(line))

    def is_source(self, line: str) -> bool:
        return len(line) <= 160 and bool(self.sources.search(line))

    def is_promo(self, line: str) -> bool:
        return (
            len(line) <= self.promo_max
            and bool(self.promo_lead.search(line))
            and bool(self.promo_words.search(line))
        )

    @lru_cache(maxsize=LINE_CACHE)
    def copyright_start(self, line: str) -> int | None:
        """Where a copyright or reuse notice starts in the line (0: the whole line), else None.

        A notice glued to the end of a prose paragraph ("…밝혔다. ⓒ 뉴스1 무단전재 금지") starts after
        the paragraph's last sentence, so the paragraph stays; a long sentence that merely mentions
        reuse is no notice.
        """
        match = self.copyright.search(line)
        if match is None or len(line) - match.start() > 150 or _MEDIA_CREDIT.match(line):
            return None
        if is_prose(line) and ends_plain(line):
            return None  # a sentence of the article about reuse ("…재배포 금지 문구를 붙인다\"고 설명했다.")
        head = _LAST_SENTENCE.match(line[: match.start()])
        if head and is_prose(head.group(0).strip()):
            return head.end()
        return 0

    def is_tail_marker(self, line: str) -> bool:
        return len(line) <= 40 and bool(self.tail.search(line))

    def is_related_list_marker(self, line: str) -> bool:
        return len(line) <= 30 and bool(self.related_list.search(line))

    def is_link_line(self, line: str) -> bool:
        """A link to one other story on its own line ("▶ 관련기사 : 다른 기사 제목"): the label, a colon and a
        headline, no sentence closed by a full stop."""
        return len(line) <= self.headline_max + 30 and bool(self.link_line.search(line)) and not _DECLARATIVE_END.search(line)

    def is_headline_item(self, line: str) -> bool:
        """A line of a related-stories list: a short line that is no declarative sentence ("…했다.")."""
        return len(line) <= self.headline_max and not _DECLARATIVE_END.search(line) or line.startswith(
            ("-", "·", "▶", "☞", "•")
        )


@cache
def boilerplate() -> Boilerplate:
    table = tomllib.loads(resource_path("boilerplate.toml").read_text(encoding="utf-8"))
    related = table["related"]
    return Boilerplate(
        widget_words=_word_list(table["widgets"]["words"]),
        menu_words=_word_list(table["menus"]["words"]),
        comments=_any(table["comments"]["line_patterns"]),
        copyright=_any(table["copyright"]["patterns"]),
        sources=_any(table["sources"]["line_patterns"]),
        promo_lead=re.compile(table["promos"]["lead"]),
        promo_words=_word_list(table["promos"]["words"]).pattern,
        promo_max=int(table["promos"]["max_chars"]),
        tail=_any(related["tail_line_patterns"]),
        related_list=_any(related["list_line_patterns"]),
        link_line=_any(related["link_line_patterns"]),
        headline_max=int(related["max_headline_chars"]),
    )
