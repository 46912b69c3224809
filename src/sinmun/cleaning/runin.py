"""A head run into the first sentence with nothing to mark where the text starts: no dateline, byline
or outlet tag, no line break ("제목부제캡션본문…", as portals' one-line scrapes glue a page's text nodes:
"교과부, 수능 부정행위 예방대책 발표오는 11월 18일 … 발표했다.").

The head is found by what a head is, not by an outlet's layout: pieces glued with no space
(`glue.glue_points`, a quotation or bracket opened right after a word) before the first sentence,
each a headline or a caption in shape; the first of them the headline, which the text under it
repeats or paraphrases (`headline.about`: a line that only looks like one, a sentence's first words
cut at a compound, shares less with what follows it). The text then starts at the last glue point
before the first sentence's end, with a statement's worth of words after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sinmun.cleaning import headline
from sinmun.cleaning.glue import joins, says_who_does
from sinmun.cleaning.text import nospace
from sinmun.cleaning.zones import (
    HEAD_CHARS,
    HEADLINE_MIN_CHARS,
    ZoneEvidence,
    glued_quote_cuts,
    is_headline,
)

# The first sentence: a statement closed by a full stop ("…발표했다. "), within the head's reach.
_FIRST_STATEMENT = re.compile(r"[가-힣]다\.['\"”’)\]]*(?=\s|$)")
# With nothing to mark the head, its headline is trusted at a headline's usual length only (non-space
# characters; 46 at most among Korean Wikinews' 644 titles): a longer "headline" is a sentence's start.
RUN_IN_HEADLINE_MAX_CHARS = 50
# A sub-headline between the headline and the text says this much at most.
SUBHEAD_MAX_CHARS = 40
# The first sentence after the head says this much at least (non-space characters).
LEAD_MIN_CHARS = 20
# The text after the head reads like this much of a first paragraph (the headline is compared with it).
TEXT_CHARS = 600
# A headline, two sub-headlines and a caption fit in this many characters: joins are looked for there.
HEAD_SCAN_CHARS = 160
# The line's first words are a headline only if the text right after them repeats them this much...
ECHO_SHARE = 0.6
ECHO_CHARS = 300  # ... within the first sentence and this many characters after it
ECHO_MAX_WORDS = 8


def cut_run_in_head(lines: list[str], evidence: ZoneEvidence) -> list[str]:
    """The first line without the headline and the sub-headlines or captions glued before its first
    sentence; the headline goes to `evidence.headline`, the rest to the captions. Lines without such a
    head come back as they were."""
    if not lines:
        return lines
    first = lines[0]
    end = _FIRST_STATEMENT.search(first, 0, HEAD_CHARS)
    if end is None or len(nospace(first[: end.start()])) < HEADLINE_MIN_CHARS + LEAD_MIN_CHARS:
        return lines
    stretch = first[: end.end()]
    if not _echoed_start(stretch, first[end.end(): end.end() + ECHO_CHARS]):
        return lines  # nothing the text repeats opens the line: no headline there (and Kiwi is spared)
    # a word the article writes glued elsewhere too is one word ("미래한국당")
    context = first[end.end():] + "\n" + "\n".join(_until(lines[1:], TEXT_CHARS))
    head = stretch[:HEAD_SCAN_CHARS]
    cuts = sorted(set(joins(head, stretch[len(head):] + context)) | set(glued_quote_cuts(head)))
    # the text starts at the last cut that leaves a statement's worth of words after it
    cuts = [at for at in cuts if len(nospace(stretch[at:])) >= LEAD_MIN_CHARS]
    if not cuts:
        return lines
    start = cuts[-1]
    pieces = [first[a:b].strip() for a, b in zip([0] + cuts, cuts) if first[a:b].strip()]
    if not pieces or not all(_head_piece(piece, k) for k, piece in enumerate(pieces)):
        return lines
    if says_who_does(stretch, 0, cuts[0]):
        return lines  # a topic and a subject: a sentence's first words, cut at a compound
    text = [first[start:]] + lines[1:]
    if not headline.about(pieces[0], headline.article_units(_until(text, TEXT_CHARS))):
        return lines  # the text does not repeat it: no headline, maybe a sentence cut at a compound
    evidence.headline = pieces[0]
    evidence.captions.extend(pieces[1:])
    return [first[start:].strip()] + lines[1:]


@lru_cache(maxsize=1 << 10)  # every cleaning pass asks again of an unchanged first line
def _echoed_start(stretch: str, after: str) -> bool:
    """Do the line's first words (a headline's length at most) come back in the text after them? A
    headline's do: the lead repeats or paraphrases it. A cheap test on whole words, before Kiwi looks
    for the joins."""
    words = stretch.split()
    # units never span a space, so the rest's units are the union of its words' units
    rest = [headline.units(" ".join(words[ECHO_MAX_WORDS:]) + " " + after)]
    for word in reversed(words[1:ECHO_MAX_WORDS]):
        rest.append(rest[-1] | headline.units(word))
    rest.reverse()  # rest[k - 1]: the units of words[k:] and of what follows the stretch
    opening: set[str] = set()
    for k in range(1, min(len(words), ECHO_MAX_WORDS)):
        opening |= headline.units(words[k - 1])
        if len(nospace(" ".join(words[:k]))) > RUN_IN_HEADLINE_MAX_CHARS:
            break
        if opening and len(opening & rest[k - 1]) >= ECHO_SHARE * len(opening):
            return True
    return False


def _head_piece(piece: str, k: int) -> bool:
    """A headline (the first piece) or a sub-headline in shape; a sub-headline is short."""
    if len(nospace(piece)) < HEADLINE_MIN_CHARS or not is_headline(piece):
        return False
    return len(nospace(piece)) <= (RUN_IN_HEADLINE_MAX_CHARS if k == 0 else SUBHEAD_MAX_CHARS)


def _until(lines: list[str], chars: int) -> list[str]:
    out, size = [], 0
    for line in lines:
        out.append(line)
        size += len(line)
        if size >= chars:
            break
    return out
