"""The sentence says a word names an organization: the word before or after it, not the word's shape.

Firms, bands and clubs are named with words of any shape (코베아, 쉘라인, 장미여관), which the statistical
model often reads as people. The sentence tells them apart:
- a word introducing a body right before the name, alone or ending a compound (`업체 쉘라인`, `캠핑레저기업
  코베아가`, `밴드 장미여관의`; `org_descriptors.txt`);
- what follows it: `X 관계자` (an official of X), `X 멤버`, `X(대표 홍길동)` (the head of X in parentheses);
- and, for a word not shaped like a name, `X의 홍길동 대표` / `X 홍길동 대표` (a person with a title right
  after X), or X as the subject or owner of what only a firm does, later in its clause (`X는 … 신제품을
  출시했다`, `X의 매출`, `X의 영업이익`; `BUSINESS_WORDS`). A list of names is followed by this too (홍길동
  김민수 의원), so a name-shaped word needs one of the first cues. `X 측은` (X's side) is no cue: it follows
  people as often (트럼프 측은).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import read_lines
from .orgs import _alternation, reads_as_name


@lru_cache(maxsize=1)
def descriptor_before() -> re.Pattern:
    """A word introducing a body, as a word of its own or the end of a compound, then a space (and a quote)
    right before a position."""
    words = [w for line in read_lines("org_descriptors.txt") for w in line.split()]
    return re.compile(rf"(?<![A-Za-z0-9&])(?P<prefix>[가-힣]*?)(?:{_alternation(words)})\s['‘\"“]?$")


@lru_cache(maxsize=1)
def _title_alternation() -> str:
    from .people import titles

    return _alternation(titles().kinds)


# After any word: an official of it, a member of it, its head in parentheses.
OFFICIAL_AFTER = r" 관계자| ?멤버|\((?:{titles}) [가-힣]{{2,4}}\)"
# After a word not shaped like a name: a person with a title right after it.
NAMED_HEAD_AFTER = r"(?:의)? [가-힣]{{2,4}} (?:{titles})(?:[은는이가의을도과]|$|(?![가-힣]))"


# What a firm does or has, after its name as subject, topic or owner, in the same clause (no full stop or
# quote between): results, shares, shops and launches.
BUSINESS_WORDS = ("출시", "신제품", "내놨", "내놓았", "매출", "영업이익", "영업손실", "순이익", "주가", "상장", "매장", "점포",
                  "가맹점", "론칭", "런칭", "브랜드")
BUSINESS_CLAUSE = re.compile(rf"(?:은|는|이|가|의) [^.!?”\"’]{{0,40}}?(?:{'|'.join(BUSINESS_WORDS)})"
                             # its shops and plants right after it (X 매장에서), money put into it (X에 … 투자한)
                             r"| (?:매장|점포|가맹점|대리점|본사|공장)(?:에서|에|의|을|를|은|는|이|가|도)?(?![가-힣])|에 [^.!?”\"’]{0,20}?투자(?:한|했|하)")


@lru_cache(maxsize=1)
def _after_patterns() -> tuple[re.Pattern, re.Pattern]:
    titles = _title_alternation()
    return re.compile(OFFICIAL_AFTER.format(titles=titles)), re.compile(NAMED_HEAD_AFTER.format(titles=titles))


def introduced_as_organization(text: str, start: int, alone: bool = False) -> bool:
    """A word introducing a body stands right before `start` (`업체 쉘라인`, `레저기업 코베아`). Glued to
    common words only: a name before it makes it a body's own name (삼성그룹, 신한은행), no introduction;
    with `alone`, only a word of its own (before a word shaped like a person's name)."""
    m = descriptor_before().search(text[max(0, start - 20):start])
    if m is None or not m.group("prefix"):
        return m is not None
    return not alone and not reads_as_name(m.group("prefix"))


def marked_as_organization(text: str, start: int, end: int, name_shaped: bool) -> bool:
    """The words around text[start:end] make it an organization (see the module's docstring)."""
    if introduced_as_organization(text, start, alone=name_shaped):
        return True
    official, named_head = _after_patterns()
    if official.match(text, end):
        return True
    if name_shaped:
        return False
    if BUSINESS_CLAUSE.match(text, end):
        return True
    head = named_head.match(text, end)
    if head is None:
        return False
    from .people import looks_like_korean_name

    name = text[end:head.end()].split()[-2]
    return looks_like_korean_name(name)

