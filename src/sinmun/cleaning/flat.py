"""Flat scrapes: a page whose line breaks became runs of spaces ("…밝혔다.  재생 00:00 | 02:31  전체화면  다음
문단…"), so paragraphs, captions, player controls and transcript markers share one line.

Such a line is cut at every run of two or more spaces that ends a sentence or stands next to a piece
that is page furniture on its own (a widget, a caption or credit, a marker, a byline, a link, a date);
the pieces then go through the line stages like the lines of any page. A run of spaces inside a
sentence ("차단 마스크를 신설해 마스크  생산량을…", "2022년  9월 8일") joins two pieces that are neither, so
it stays: prose is never cut apart where nothing but spacing shows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sinmun.cleaning.boilerplate import boilerplate
from sinmun.cleaning.text import LINE_CACHE, ends_sentence

# Two or more spaces (a no-break or ideographic space counts) between two pieces of a line.
_JOIN = re.compile(r"[ \t\u00a0\u3000]{2,}")


def split_flat(lines: list[str]) -> list[str]:
    """The lines with every flat one cut into its paragraphs and pieces of furniture."""
    out: list[str] = []
    for line in lines:
        out.extend(_split(line) if _JOIN.search(line) else (line,))
    return out


@lru_cache(maxsize=LINE_CACHE)
def _split(line: str) -> tuple[str, ...]:
    pieces: list[str] = []
    start = 0
    for join in _JOIN.finditer(line):
        piece, following = line[start:join.start()].strip(), _next_piece(line, join.end())
        if piece and (ends_sentence(piece) or is_furniture_piece(piece) or is_furniture_piece(following)):
            pieces.append(piece)
            start = join.end()
    rest = line[start:].strip()
    if rest:
        pieces.append(rest)
    return tuple(pieces)


def _next_piece(line: str, start: int) -> str:
    join = _JOIN.search(line, start)
    return line[start: join.start() if join else len(line)].strip()


@lru_cache(maxsize=LINE_CACHE)
def is_furniture_piece(text: str) -> bool:
    """A piece that would be page furniture standing on a line of its own: a widget or player control,
    a menu or counter, debris by its shape, a caption, credit or photo mark, a transcript marker, a
    byline, a date line, a link or list marker. Never a sentence in the plain written style."""
    from sinmun.cleaning.broadcast import strip_markers  # these stages import this module's neighbours
    from sinmun.cleaning.bylines import byline_rules
    from sinmun.cleaning.dates import parse_date_line
    from sinmun.cleaning.segments import is_debris_line, is_inline_furniture, is_plain_statement
    from sinmun.cleaning.zones import is_photo_piece

    text = text.strip()
    if not text or len(text) > 200 or is_plain_statement(text):
        return False
    rules = boilerplate()
    return (
        rules.is_widget(text) or rules.is_comment_widget(text) or rules.is_link_line(text)
        or rules.is_related_list_marker(text) or rules.is_tail_marker(text) or rules.is_source(text)
        or is_debris_line(text) or is_inline_furniture(text) or is_photo_piece(text)
        or bool(strip_markers(text)[1]) or byline_rules().end_line(text) is not None
        or parse_date_line(text) is not None
    )
