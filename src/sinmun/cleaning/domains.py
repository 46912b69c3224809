"""Does a web or e-mail domain spell an outlet's name? An outlet's host name is its name written in Latin
letters: romanized syllable by syllable (부산일보 → busan.com, 시사IN → sisain.co.kr, 누리일보 → nurilbo),
by the initials of its syllables (푸른방송 → prbs), or with its naming words in English (한빛경제 →
hbeconomy, 주간동아 → weekly.donga.com, UPI뉴스 → upinews). Knowing that, an outlet no resource lists
is tied to the domain of its reporters' addresses, and a page's notice that names only its host
("Copyright © sisain.co.kr") still names it.

The romanization admits the spellings Korean hosts use (Revised Romanization, McCune-Reischauer and
common informal ones: 경 kyeong/kyung/gyeong, 서 seo/suh, 이 i/lee); the English words are those of
outlets' naming words (`resources/outlet_words.tsv`)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from sinmun.resources import read_lines

# Latin spellings of the jamo, first the Revised Romanization.
_INITIALS = (
    ("g", "k"), ("kk", "gg", "k"), ("n",), ("d", "t"), ("tt", "dd"), ("r", "l"), ("m",), ("b", "p"), ("pp", "bb"),
    ("s", "sh"), ("ss", "s"), ("",), ("j", "ch"), ("jj", "tch"), ("ch", "c"), ("k", "c"), ("t",), ("p", "f"), ("h",),
)
_MEDIALS = (
    ("a",), ("ae", "ai", "a"), ("ya",), ("yae",), ("eo", "u", "o"), ("e",), ("yeo", "yu", "yo"), ("ye",), ("o",), ("wa",),
    ("wae",), ("oe", "we"), ("yo",), ("u", "oo"), ("wo",), ("we",), ("wi",), ("yu", "yoo"), ("eu", "u", ""), ("ui", "eui"), ("i", "ee"),
)
_FINALS = (
    ("",), ("k", "g", "c", "ck"), ("k",), ("k",), ("n",), ("n",), ("n",), ("t", "d"), ("l", "r"), ("k",), ("m",), ("l",), ("l",),
    ("l",), ("p",), ("l",), ("m",), ("p", "b"), ("p",), ("t", "s"), ("t", "ss"), ("ng",), ("t", "j"), ("t",), ("k",),
    ("t",), ("p",), ("t", "h"),
)
# Initials of the syllables read informally ("이" as lee, "박" as park).
_SYLLABLES = {"이": ("i", "lee", "yi"), "박": ("bak", "park", "pak"), "김": ("gim", "kim"), "최": ("choe", "choi"),
              "정": ("jeong", "jung", "chung"), "신": ("sin", "shin"), "노": ("no", "roh"), "우": ("u", "woo")}
# The host's own words that name no outlet.
_HOST_WORDS = frozenset("www m mobile news com net org co kr or go ac re pe ne tv biz info".split())
# A label shorter than this spells too many names by initials.
MIN_INITIALS = 3


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """Outlets' naming words and their Latin forms (뉴스 → news, 경제 → economy|eco|ec)."""
    table: dict[str, tuple[str, ...]] = {}
    for line in read_lines("outlet_words.tsv"):
        cells = line.split("\t")
        if len(cells) >= 2 and cells[0] != "word":
            table[cells[0].strip()] = tuple(w.strip().casefold() for w in cells[1].split("|") if w.strip())
    return dict(sorted(table.items(), key=lambda kv: len(kv[0]), reverse=True))


def _syllable(char: str) -> tuple[str, ...]:
    """The Latin spellings of one Hangul syllable, a Latin letter or a digit."""
    if not "가" <= char <= "힣":
        return (char.casefold(),)
    code = ord(char) - ord("가")
    spellings = {i + m + f for i in _INITIALS[code // 588] for m in _MEDIALS[(code % 588) // 28] for f in _FINALS[code % 28]}
    # an English-style h after the vowel of a name's syllable ("oh", "ahn", "suh", "sohn")
    spellings |= {i + m + "h" + f for i in _INITIALS[code // 588] for m in _MEDIALS[(code % 588) // 28][:2]
                  for f in _FINALS[code % 28] if m[-1] in "aou" and f in ("", "n")}
    return tuple(sorted(spellings | set(_SYLLABLES.get(char, ())), key=len, reverse=True))


@lru_cache(maxsize=4096)
def _units(name: str) -> list[tuple[tuple[str, ...], bool]]:
    """The name cut into spelling units: naming words (their Latin forms and their own romanization),
    Hangul syllables and Latin runs; the flag tells a syllable (whose initial may stand for it)."""
    words = _words()
    units: list[tuple[tuple[str, ...], bool]] = []
    i = 0
    text = "".join(name.split())
    while i < len(text):
        word = next((w for w in words if text.startswith(w, i)), None)  # longest first
        if word:
            units.append((words[word], False))
            i += len(word)
            continue
        units.append((_syllable(text[i]), "가" <= text[i] <= "힣"))
        i += 1
    return units


def _spelled(units: list[tuple[tuple[str, ...], bool]], label: str, initials: bool) -> bool:
    """Do the units spell the label exactly, each by one of its spellings (or, with `initials`, each
    syllable by its first letter)? A letter shared by two units is written once (누리 + 일보 → nurilbo)."""
    reach = {0}
    for spellings, syllable in units:
        options = {s[:1] for s in spellings if s} if initials and syllable else set(spellings)
        nxt = set()
        for pos in reach:
            for s in options:
                if label.startswith(s, pos):
                    nxt.add(pos + len(s))
                elif not initials and s and pos and label[pos - 1] == s[0] and label.startswith(s[1:], pos):
                    nxt.add(pos + len(s) - 1)
        reach = nxt
        if not reach:
            return False
    return len(label) in reach


@lru_cache(maxsize=4096)
def spells(label: str, name: str) -> bool:
    """Does a host label (or labels joined: "weeklydonga") spell the outlet's name, whole or without its
    last naming word (busan → 부산일보, kyeongin → 경인일보)?"""
    label = label.casefold()
    units = _units(name)
    if not label or not units or not label.isascii():
        return False
    candidates = [units]
    if len(units) > 2 and not units[-1][1]:
        candidates.append(units[:-1])  # 부산 of 부산일보
    for part in candidates:
        if _spelled(part, label, False):
            return True
        if len(label) >= MIN_INITIALS and len(part) >= 2 and _spelled(part, label, True):
            return True
    return False


@lru_cache(maxsize=1024)
def host_labels(host: str) -> tuple[str, ...]:
    """The labels of a host name that may spell its owner, and adjacent ones joined ("weekly.donga.com"
    → weekly, donga, weeklydonga): a magazine's host puts its kind before its parent's name."""
    labels = [label for label in host.casefold().strip(".").split(".") if label and label not in _HOST_WORDS]
    labels = [label.replace("-", "") for label in labels]
    joined = ["".join(labels[i: i + 2]) for i in range(len(labels) - 1)]
    return tuple(labels + joined)


@lru_cache(maxsize=4096)
def _first_letters(name: str) -> frozenset[str]:
    """The letters a spelling of the name can start with (its first unit's first letters)."""
    units = _units(name)
    return frozenset(s[:1] for s in units[0][0]) if units else frozenset()


def domain_spells(host: str, name: str) -> bool:
    """Does any label of the host (or two adjacent ones joined) spell the name? A label that starts
    with no letter the name can start with is not tried (most words of a page are ruled out so)."""
    first = _first_letters(name)
    return any(label[:1] in first and spells(label, name) for label in host_labels(host))


_LOCAL_PARTS = re.compile(r"[._\-]+")


def address_names(local: str, name: str, given_alone: bool = True) -> bool:
    """Does an e-mail's local part spell a person's name ("gildong.hong", "honggildong", "gildong38",
    "hgd" → 홍길동)? Its digits are no part of it; surname and given name may stand in either order, the
    given name alone too when `given_alone` (a one-syllable given name only with the surname)."""
    parts = [p for p in _LOCAL_PARTS.split(re.sub(r"\d+", "", local.casefold())) if p]
    if not parts or not re.fullmatch(r"[가-힣]{2,4}", name):
        return False
    surname_len = 2 if len(name) == 4 else 1
    given = name[surname_len:]
    joined = {"".join(parts), "".join(reversed(parts))}
    if any(spells(label, name) for label in joined):
        return True
    return given_alone and len(given) >= 2 and any(spells(label, given) and not _initials_only(label, given) for label in joined)


def _initials_only(label: str, name: str) -> bool:
    return len(label) == len(name)
