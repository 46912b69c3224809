"""Broadcast transcripts written out as articles: the markers of who speaks next ("[앵커]", "<기자>",
"◀ 리포트 ▶"), recorded voices with their speaker tag ("[인터뷰] 홍길동 / 시민", "◀ INT ▶ 홍길동(시민)")
and the production credits at the end ("(영상취재 : 홍길동, 영상편집 : 김철수)").

A marker goes wherever it opens a line, with the speaker tag after it; what it introduces stays, a
spoken quote after the tag's colon included ("[녹취] 홍길동 / 시민 : 무서웠어요." keeps "무서웠어요.").
The words are in resources/boilerplate.toml ([broadcast]).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache

from sinmun.cleaning.text import LINE_CACHE
from sinmun.resources import resource_path

# Who speaks, after a voice marker: "홍길동 / 시민", "홍길동(시민)", "시민 홍길동" (short, no sentence).
_SPEAKER = r"(?:[가-힣A-Za-z·]{1,12}(?:\s+[가-힣A-Za-z·]{1,12})?\s*/\s*[^:：/\n.]{1,25}?|[가-힣]{2,4}\s*\([^()\n]{1,20}\))"
# A speaker tag ends at a colon or the line's end; one ending like a sentence is what was said.
_SPEAKER_TAG = re.compile(rf"^(?P<who>{_SPEAKER})\s*(?:[:：]\s*|$)")
_SAID = re.compile(r"(?:다|요|까|죠)[.!?]?['\"”’]?\s*$")
# An interview line in one bracket: "[홍길동/시민 : 무서웠어요.]", "<홍길동/시민> 무서웠어요."
_BRACKET_VOICE = re.compile(
    r"^\s*(?:\[\s*(?P<who1>[가-힣A-Za-z·\s]{1,15}/[^\[\]:：/]{1,20}?)\s*[:：]\s*(?P<quote1>[^\[\]]+?)\s*\]"
    r"|<\s*(?P<who2>[가-힣A-Za-z·\s]{1,15}/[^<>:：/]{1,20}?)\s*>\s*(?P<quote2>.*))\s*$"
)


def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))  # ties ordered too: a set's order varies per run
    return "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in ordered)


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    table = tomllib.loads(resource_path("boilerplate.toml").read_text(encoding="utf-8"))["broadcast"]
    words = _alternation(table["markers"])
    # a marker may carry its speaker inside the bracket: "[녹취: 홍길동 / 시민]", "<인터뷰 : 홍길동 교사>"
    inside = rf"(?:{words})(?:\s*[:：]\s*[^\[\]<>【】〈〉()\n:：]{{1,30}})?"
    bracketed = (
        rf"\[\s*{inside}\s*\]|<\s*{inside}\s*>|【\s*{inside}\s*】|〈\s*{inside}\s*〉|\(\s*{inside}\s*\)"
        rf"|[◀◁]\s*(?:{words})\s*[▶▷]"
        # an arrow-led marker alone on its line ("▶ 앵커 멘트"); an arrow before text is a link or bullet
        rf"|[▶▷►]\s*(?:{words})\s*$"
        # a phone interview's mark before its speaker ("☎ 홍길동 / 시민")
        rf"|☎(?=\s*{_SPEAKER})"
        rf"|(?:{_alternation(table['speaker_roles'])})\s*[:：]"
    )
    marker = re.compile(rf"^\s*(?:{bracketed})\s*", re.IGNORECASE)
    roles = _alternation(table["credit_roles"])
    credit = re.compile(
        rf"^\s*[\[(<]?\s*(?:{roles})\s*[:：]\s*[가-힣A-Za-z]{{2,10}}"
        rf"(?:\s*[,·/]?\s*(?:(?:{roles})\s*[:：]\s*)?[가-힣A-Za-z]{{2,10}})*\s*[\])>]?\s*$"
    )
    return marker, credit


@cache
def _enclosed_marker() -> re.Pattern:
    """A marker in brackets or between ◀ ▶, wherever it stands ("제목부제◀ 앵커 ▶", "…현장<앵커>")."""
    table = tomllib.loads(resource_path("boilerplate.toml").read_text(encoding="utf-8"))["broadcast"]
    words = _alternation(table["markers"])
    return re.compile(
        rf"\[\s*(?:{words})\s*\]|<\s*(?:{words})\s*>|【\s*(?:{words})\s*】|〈\s*(?:{words})\s*〉|[◀◁]\s*(?:{words})\s*[▶▷]",
        re.IGNORECASE,
    )


def find_marker(line: str) -> re.Match | None:
    """The first transcript marker enclosed in brackets or arrows anywhere in the line."""
    return _enclosed_marker().search(line)


@lru_cache(maxsize=LINE_CACHE)
def strip_markers(line: str) -> tuple[str, str]:
    """(the line without its leading transcript markers and speaker tags, what was removed)."""
    marker, credit = _patterns()
    if credit.match(line):
        return "", line
    rest, removed = line, []
    while (match := marker.match(rest)) is not None and match.end() > 0:
        removed.append(match.group(0).strip())
        rest = rest[match.end():]
        tag = _SPEAKER_TAG.match(rest)
        if tag and not _SAID.search(tag["who"]):
            removed.append(tag["who"])
            rest = rest[tag.end():]
    voice = _BRACKET_VOICE.match(rest)
    if voice:
        removed.append(voice["who1"] or voice["who2"])
        rest = voice["quote1"] or voice["quote2"] or ""
    return rest.strip(), " ".join(removed)


def drop_markers(lines: list[str]) -> list[str]:
    """The lines without transcript markers (speaker tags name interviewees, no reporter)."""
    return [rest for line in lines if (rest := strip_markers(line)[0])]
