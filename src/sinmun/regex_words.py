"""Regex alternations of long word lists, written as a trie.

Python's `re` tries the branches of an alternation one after another at every position of the text,
so a list of 700 organization names costs 700 tests per character searched. Written as a trie
(`한국(?:은행|전력)` for 한국은행|한국전력) with the possible first characters checked up front, one
test picks the branch; the pattern matches exactly what the longest-first alternation matches, at
the same places, with the same groups (only non-capturing groups are added).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def longest_first(words: Iterable[str]) -> str:
    """The plain alternation: every word escaped, longest first, so the longest word that lets the
    rest of the pattern match wins (what `alternation` reproduces)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """The words as one trie-shaped alternation, equivalent to `longest_first(words)`. With
    `ignore_case` (the pattern is matched case-insensitively) words that differ only in the case of
    ASCII letters share branches; other cased letters fall back to the plain alternation."""
    words = set(words)
    if not words or "" in words:
        return longest_first(words)
    if ignore_case:
        if any(ch.lower() != ch.upper() and not ch.isascii() for w in words for ch in w):
            return longest_first(words)  # Unicode case folding is not per character: keep re's own
        words = {w.lower() for w in words}
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[None] = True  # a word ends here
    first = "".join(re.escape(ch) for ch in sorted(trie))
    return f"(?=[{first}])" + _branches(trie)


def _branches(node: dict) -> str:
    """The pattern of a trie node's continuations. Longer words are tried first: at any position
    the words that match are prefixes of one another, so going down before stopping tries them
    longest first, as the plain alternation does; a word ending here is the `?` after them."""
    children = sorted(ch for ch in node if ch is not None)
    if not children:
        return ""
    parts = [re.escape(ch) + _branches(node[ch]) for ch in children]
    if len(parts) == 1:
        body = parts[0]
        return f"(?:{body})?" if None in node else body
    body = "(?:" + "|".join(parts) + ")"
    return body + "?" if None in node else body
