"""Cross-article evidence within a batch: a segment that recurs in the head or tail of several different
stories is boilerplate, whatever its shape ("이 기사는 가상일보 제휴 콘텐츠입니다", an outlet's slogan).

Web boilerplate removers use the same repetition signal. It lets a batch from an outlet no resource
knows clean itself: the outlet's furniture is the same under every story, the stories are not. A
sentence that recurs because several outlets ran the same wire story is no boilerplate, so a segment
counts only when it stands under stories that differ (their longest sentences differ).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sinmun.cleaning.flat import split_flat
from sinmun.cleaning.segments import is_prose, segments
from sinmun.cleaning.text import normalize_lines, nospace
from sinmun.cleaning.zones import HEAD_LINES, TAIL_LINES

MIN_STORIES = 3     # a segment under this many different stories is boilerplate
MIN_KEY_CHARS = 6   # shorter segments ("기자", "사진") recur by chance
MAX_KEY_CHARS = 200


def _story_key(lines: list[str]) -> str:
    """What tells stories apart: the article's longest line, spaces removed."""
    return max((nospace(line) for line in lines), key=len, default="")


def _zone_keys(lines: list[str]) -> set[str]:
    edges = segments(lines[:HEAD_LINES]) + segments(lines, max(HEAD_LINES, len(lines) - TAIL_LINES))
    keys = set()
    for seg in edges:
        key = nospace(seg.text)
        if MIN_KEY_CHARS <= len(key) <= MAX_KEY_CHARS:
            keys.add(key)
    return keys


def recurring_segments(texts: Iterable[str]) -> frozenset[str]:
    """The head and tail segments (spaces removed) that recur under at least MIN_STORIES different stories."""
    stories: dict[str, set[str]] = defaultdict(set)
    for text in set(texts):
        lines = split_flat(normalize_lines(text or ""))
        if not lines:
            continue
        story = _story_key(lines)
        for key in _zone_keys(lines):
            stories[key].add(story)
    return frozenset(key for key, where in stories.items() if len(where) >= MIN_STORIES)


def drop_recurring_lines(lines: list[str], recurring: frozenset[str]) -> list[str]:
    """Whole lines that are recurring boilerplate, wherever they stand; prose is never dropped this way."""
    if not recurring:
        return lines
    return [line for line in lines if nospace(line) not in recurring or is_prose(line)]
