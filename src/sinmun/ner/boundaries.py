"""KLUE-NER's character spans inside Kiwi tokens.

Kiwi keeps an unknown name and what follows it in one token (엠버가, 남북, 18일자); the model,
trained on KLUE widened to whole tokens, marks the whole token where KLUE marks a part of it.
`klue_pieces` cuts such an entity to KLUE's span (엠버가 → 엠버, 18일자 → 18일) or splits it into the
entities KLUE marks inside it (남북 → 남 + 북), and `split_tokens_at` splits the tokens so that spans can
end there. The cuts are listed, with their counts on the train and dev splits, in
resources/klue_boundaries.toml.
"""

import bisect
import re
from functools import lru_cache

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc

from ..doc_ext import TEXT_KEY, doc_text
from ..kiwi_tokenizer import WHITESPACE_TAG


Piece = tuple[int, int, str]
_JAMO_RUN = re.compile(r"[\u1100-\u119d\u119f-\u11ff\u3131-\u318c]+")  # ᄏᄏ, ᅲᅲ, ㅋㅋ (not ᆞ ㆍ, used as dots)
_PERSON_PAIR = re.compile(r"([가-힣]{2,})와([가-힣]{2,})")  # 델마와루이스: two people (유카와 하루나: one)
_TITLED_YEAR = re.compile(r"[가-힣]{2,} ?(\d{4})")  # 응답하라 1988: the year, in a title Kiwi knows whole


@lru_cache(maxsize=1)
def boundary_words() -> dict:
    """The word lists of the cuts (resources/klue_boundaries.toml); resolve reads the state names too."""
    import tomllib

    from ..resources import resource_path

    return tomllib.loads(resource_path("klue_boundaries.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from ..resources import read_lines

    return frozenset(w.lstrip("?") for line in read_lines("places.txt") for w in line.split() if len(w.lstrip("?")) >= 2)


def klue_pieces(doc: Doc, start: int, end: int, label: str) -> list[Piece]:
    """The KLUE-NER spans for an entity the model found on whole tokens: itself, or the part of it KLUE
    marks (엠버가 → 엠버, 18일자 → 18일), or the entities KLUE marks inside it (남북 → 남 + 북)."""
    text = doc_text(doc)
    s, e = _without_jamo(text, start, end)
    e = s + len(text[s:e].rstrip())  # "루 ": Kiwi glues a space to a copula it reads after the name
    if e <= s:
        return [(start, end, label)]
    word = text[s:e]
    for rule in _RULES.get(label, ()):
        pieces = [(s + a, s + b, lab) for a, b, lab in rule(word, label)]
        # Only where Kiwi kept the parts in one token: when it cut them apart (강산/NNP 이/JKS), the
        # model learned KLUE's own choice for that token, which is often the whole (강산이).
        if pieces and not ({o for p in pieces for o in p[:2]} - {s, e}) & _token_edges(doc):
            return pieces
    return [(s, e, label)]


def _token_edges(doc: Doc) -> set[int]:
    if not len(doc):
        return set()
    spans = doc.to_array([IDX, LENGTH])
    return {*spans[:, 0].tolist(), *(spans[:, 0] + spans[:, 1]).tolist()}


def _without_jamo(text: str, start: int, end: int) -> tuple[int, int]:
    """The last stretch of the entity between runs of bare jamo (ᄒᄒ스텔론 → 스텔론), if any."""
    runs = list(_JAMO_RUN.finditer(text, start, end))
    if not runs:
        return start, end
    cuts = [start, *(b for r in runs for b in (r.start(), r.end())), end]
    stretches = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if b - a >= 2]
    return stretches[-1] if stretches else (start, end)


def _state_pieces(word: str, label: str) -> list[Piece]:
    """남북 → 남 + 북, 한·미 → 한 + 미, 한일전 → 한 + 일, 북측 → 북: states KLUE marks one by one."""
    if label not in ("ORG", "LOC"):
        return []
    b = boundary_words()
    single, compound = b["single_state_trailers"], b["compound_trailers"]
    trailer = next((t for t in (*single, *compound) if word.endswith(t) and len(word) > len(t)), "")
    core = word[: len(word) - len(trailer)]
    if not _state_compound().fullmatch(core):
        return []
    at = [i for i, c in enumerate(core) if c in b["state_syllables"]]
    plain = "".join(core[i] for i in at)
    if plain in b["whole_states"] or (label == "LOC" and plain in b["continents"]):
        return []
    if (len(at) == 1 and trailer not in single) or (len(at) > 1 and trailer and trailer not in compound):
        return []
    return [(i, i + 1, label) for i in at]


def state_name(text: str, label: str) -> str | None:
    """미 → 미국, 북 → 북한: an abbreviation KLUE marks alone, named in full."""
    return boundary_words()["state_names"].get(text) if label in ("ORG", "LOC") else None


@lru_cache(maxsize=1)
def _state_compound() -> re.Pattern:
    b = boundary_words()
    syllable, separator = f"[{b['state_syllables']}]", f"[{b['state_separators']}]"
    return re.compile(f"{syllable}(?:{separator}?{syllable})*")


def _country_piece(word: str, label: str) -> list[Piece]:
    """미국인, 중국판, 미얀마전 → the country."""
    if label in ("ORG", "LOC") and word[-1] in boundary_words()["country_trailers"] and word[:-1] in _countries():
        return [(0, len(word) - 1, label)]
    return []


def _person_piece(word: str, label: str) -> list[Piece]:
    """A name without the honorific, role or particle Kiwi kept in its token: 엠버가, 박선영씨."""
    if label != "PERSON" or " " in word[-3:]:
        return []
    b = boundary_words()
    for ending in b["person_endings"]:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or not stem or any(word.endswith(k) for k in b["person_endings_kept"].get(ending, [])):
            continue
        if ending == "이":  # the particle 이 follows a closed syllable; 탕웨이, 싸이 end in a name's 이
            ok = len(stem) >= 2 and _closed_syllable(stem[-1])
        elif ending in ("씨", "군"):
            ok = "가" <= stem[-1] <= "힣"
        else:
            ok = len(stem) >= 2 and "가" <= stem[-1] <= "힣"
        if ok:
            return [(0, len(stem), label)]
    return []


def _closed_syllable(char: str) -> bool:
    return "가" <= char <= "힣" and (ord(char) - 0xAC00) % 28 != 0


def _unit_piece(word: str, label: str) -> list[Piece]:
    """18일자 → 18일, 11개국 → 11개: the counter after a number, without the noun glued to it."""
    if label not in ("DATE", "QUANTITY"):
        return []
    for ending, kept in boundary_words()["unit_cuts"].items():
        if word.endswith(ending) and word[: -len(ending)][-1:].isdigit():
            return [(0, len(word) - len(ending) + len(kept), label)]
    return []


def _doubled_pieces(word: str, label: str) -> list[Piece]:
    """하나하나 → 하나 + 하나."""
    half = len(word) // 2
    if label == "QUANTITY" and len(word) >= 4 and word[:half] == word[half:] and re.fullmatch(r"[가-힣]+", word):
        return [(0, half, label), (half, len(word), label)]
    return []


def _pair_pieces(word: str, label: str) -> list[Piece]:
    """델마와루이스, 월레스와그로밋: a title of two names, each a person."""
    pair = _PERSON_PAIR.fullmatch(word) if label == "PERSON" else None
    return [(pair.start(1), pair.end(1), label), (pair.start(2), pair.end(2), label)] if pair else []


def _year_piece(word: str, label: str) -> list[Piece]:
    """응답하라 1988 → 1988."""
    year = _TITLED_YEAR.fullmatch(word) if label == "DATE" else None
    return [(year.start(1), year.end(1), label)] if year else []


# The cuts that apply to each label, in the order they are tried (each rule returns [] for other labels).
_RULES = {
    "ORG": (_state_pieces, _country_piece),
    "LOC": (_state_pieces, _country_piece),
    "PERSON": (_person_piece, _pair_pieces),
    "DATE": (_unit_piece, _year_piece),
    "QUANTITY": (_unit_piece, _doubled_pieces),
}


def split_tokens_at(doc: Doc, offsets: set[int]) -> None:
    """Split the tokens that have one of `offsets` inside them, so that spans can end there; every span
    group is anchored again on its characters (its extension values are keyed by characters).

    A piece keeps the token's tag, except a cut-off ending (가 → JKS) and a space (_SP); its lemma is its text.
    """
    inner = offsets - _token_edges(doc)
    if not inner:
        return
    starts = doc.to_array(IDX).tolist()
    cuts: dict[int, list[int]] = {}
    for offset in sorted(inner):
        i = bisect.bisect_right(starts, offset) - 1
        if 0 < offset - starts[i] < len(doc[i].text):  # not in the whitespace after a token
            cuts.setdefault(i, []).append(offset - starts[i])
    if not cuts:
        return
    groups = {name: list(group) for name, group in doc.spans.items()}
    text = doc_text(doc)
    endings = boundary_words()["person_endings"]
    with doc.retokenize() as retokenizer:
        for i, inside in cuts.items():
            token = doc[i]
            bounds = [0, *inside, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            tags = [token.tag_.split("+")[0]] + [
                WHITESPACE_TAG if o.isspace() else endings.get(o, token.tag_.split("+")[-1]) for o in orths[1:]
            ]
            for value in (*tags, *orths):
                doc.vocab.strings.add(value)
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths), attrs={"TAG": tags, "LEMMA": orths})
    # The pieces after a token's first have no sentence-start value; set it where the array says so
    # (iterating the doc would build a Token object per token).
    for i in numpy.flatnonzero(doc.to_array(SENT_START) == 0).tolist():
        doc[i].is_sent_start = False
    doc.user_data[TEXT_KEY] = (len(doc), text)  # the same text in more tokens: spare the next reader rebuilding it
    for name, spans in groups.items():
        doc.spans[name] = [
            doc.char_span(s.start_char, s.end_char, label=s.label, kb_id=s.kb_id, span_id=s.id) for s in spans
        ]
