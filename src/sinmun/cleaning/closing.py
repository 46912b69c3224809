"""What stands below the article's last sentence, told by the style it is written in.

News prose is written in the plain style ("…했다.", "…밝혔다."); the page's furniture under it speaks to
the reader politely or asks, about the page, the news or what the reader may do ("…섹션으로
분류했습니다.", "…받아보세요", "이 기사에 대해 어떻게 생각하시나요?", "제보는 이메일로 부탁드립니다."). So in an
article written in the plain style, such polite lines after its last plain sentence go, and with them the
short fragments next to them (a label over them, "기사 섹션 분류 안내", "나도 한마디"). A speech quoted in
full ("…사퇴합니다. 감사합니다.") speaks of no page, and a quoted sentence ("…하겠습니다.”") is the
article's; a list the last sentence introduces ("…다음과 같다.") stays with it; an article written in the
polite style (a broadcast transcript, a letter) is left alone.
"""

from __future__ import annotations

import re

from sinmun.cleaning.segments import is_plain_statement
from sinmun.cleaning.segments import is_prose as is_sentence
from sinmun.cleaning.text import nospace

# The polite or asking end of a sentence addressing the reader; a closing quote makes it a quotation.
_POLITE_OR_ASKING = re.compile(r"(?:니다|세요|십시오|나요|까요|어요|에요|해요|네요|죠)\s*[.!?~]*\s*$")
# What the page's furniture speaks of: the article, the news and the outlet, and what the reader may do
# with them (subscribe, comment, tip off, share, log in), or the page's own parts.
_PAGE_TOPIC = re.compile(
    r"기사|뉴스|언론사|본지|구독|제보|댓글|섹션|채널|앱|알림|로그인|회원|클릭|좋아요|공유|이메일|메일|문의|광고|칼럼|필자"
    r"|저작권|편집|바로\s*가기|이동합니다|확인하세요|받아\s*보세요"
)
# A sentence introducing the list under it: "…은 다음과 같다.", "주요 내용:".
_INTRODUCES_LIST = re.compile(r"(?:다음|아래)(?:과|와)\s*같(?:다|습니다)\s*[.:]?\s*$|[:：]\s*$")
# Furniture lines are short: a polite line of at most this many characters, a fragment of at most this many.
POLITE_MAX_CHARS = 200
FRAGMENT_MAX_CHARS = 40
LABEL_MAX_CHARS = 15
# Where a line's sentences end: after a full stop, question or exclamation mark and the space after it.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def drop_after_text(lines: list[str]) -> list[str]:
    """The lines without the polite lines and fragments under the last plain sentence, in an article
    written in the plain style."""
    end = max((i for i, line in enumerate(lines) if is_plain_statement(line)), default=None)
    if end is None or end == len(lines) - 1 or _INTRODUCES_LIST.search(lines[end]):
        return lines
    polite = sum(1 for line in lines if is_sentence(line) and _POLITE_OR_ASKING.search(line))
    plain = sum(1 for line in lines if is_plain_statement(line))
    if polite >= plain:
        return lines  # an article written in the polite style
    below = lines[end + 1:]
    gone = [_speaks_of_the_page(line) for line in below]
    for i in range(1, len(below)):  # fragments under a line that went: counters, signatures, lists
        gone[i] = gone[i] or (gone[i - 1] and _is_fragment(below[i]))
    for i in range(len(below) - 1):  # a label right over one: "기사 섹션 분류 안내"
        gone[i] = gone[i] or (gone[i + 1] and _is_fragment(below[i]) and len(nospace(below[i])) <= LABEL_MAX_CHARS)
    return lines[: end + 1] + [line for line, went in zip(below, gone) if not went]


def _speaks_of_the_page(line: str) -> bool:
    """A line of polite or asking sentences only, not quoted, that speaks of the page, the news or the
    reader's part ("*출처 …. …를 구독하세요!" holds a citation: it stays)."""
    if len(nospace(line)) > POLITE_MAX_CHARS or not _PAGE_TOPIC.search(line):
        return False
    return all(_POLITE_OR_ASKING.search(sentence) for sentence in _SENTENCE_END.split(line.strip()))


def _is_fragment(line: str) -> bool:
    return len(nospace(line)) <= FRAGMENT_MAX_CHARS and not is_sentence(line)
