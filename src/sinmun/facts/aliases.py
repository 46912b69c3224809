"""Short forms an article defines or implies for its own actors, so a subject is the canonical name.

Two shapes, both read from the article itself (no list of names):
- an acronym given in parentheses right after a body or fund (`녹색 기후 기금(Green Climate Fund, GCF)`,
  `한국항공우주산업(KAI)`): the acronym alone later means that body;
- a short name (up to three syllables or letters) that begins exactly one longer organization of the article
  named before it (`삼성전자 … 삼성이`, `교보문고의 … 교보는`, `한화 이글스 … 한화에`): the one the story is about.
The resolver knows neither; the facts stage maps its subjects through them.
"""

from __future__ import annotations

import re

from .actors import Entity

ACRONYM_IN_PARENS = re.compile(r"\(([^()]{0,60}?)\)")
ACRONYM = re.compile(r"(?<![A-Za-z])([A-Z][A-Z0-9&]{1,7})(?![A-Za-z])")
SHORT = 3


def article_aliases(text: str, entities: list[Entity], funds: list[dict], org_names: set[str]) -> dict[str, str]:
    aliases: dict[str, str] = {}
    named = [(e.start, e.end, e.name) for e in entities if e.label == "ORG"]
    named += [(f["start"], f["end"], f["name"]) for f in funds]
    for start, end, name in named:
        m = ACRONYM_IN_PARENS.match(text, end)
        if not m:
            continue
        for acr in ACRONYM.findall(m.group(1).split(",")[-1]):
            if acr != name.replace(" ", ""):
                aliases.setdefault(acr, name)
    first_seen: dict[str, int] = {}
    for start, _, name in sorted(named):
        first_seen.setdefault(name, start)
    for short, at in _unresolved_shorts(text, org_names).items():
        first_seen.setdefault(short, at)
    for short in sorted(org_names | set(first_seen)):
        compact = short.replace(" ", "")
        if short in aliases or len(compact) > SHORT or short not in first_seen:
            continue
        at = first_seen[short]
        longer = [n for n in org_names if n != short and n.replace(" ", "").startswith(compact)
                  and first_seen.get(n, len(text)) < at]
        if len(longer) == 1:
            aliases[short] = longer[0]
    return aliases


def _unresolved_shorts(text: str, org_names: set[str]) -> dict[str, int]:
    """Prefixes of the article's organizations written on their own as a word (교보는), where first."""
    out: dict[str, int] = {}
    for name in org_names:
        compact = name.replace(" ", "")
        for n in range(2, min(SHORT, len(compact) - 1) + 1):
            prefix = compact[:n]
            if prefix not in out and (at := _first_standalone(text, prefix)) >= 0:
                out[prefix] = at
    return out


PARTICLE_STARTS = frozenset("은는이가을를의에도와과")


def _first_standalone(text: str, word: str) -> int:
    """Where `word` first stands with no letter before it and a particle or a space after it, or -1. A
    scan with `str.find`, not a pattern per word: compiling one costs more than the search."""
    at = text.find(word)
    while at >= 0:
        before, after = text[at - 1:at], text[at + len(word):at + len(word) + 1]
        if not (before and ("가" <= before <= "힣" or before.isascii() and before.isalpha())) and (
                after in PARTICLE_STARTS or after.isspace()):
            return at
        at = text.find(word, at + 1)
    return -1
