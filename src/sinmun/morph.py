"""Kiwi morphological analysis: one warmed analyzer per process, with the project's user dictionary."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import kiwipiepy
from kiwipiepy import Kiwi

from .resources import resource_path

USER_DICT = "kiwi_user_dict.tsv"


@dataclass(frozen=True, slots=True)
class Morpheme:
    form: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """Morphemes of one text and its sentence spans (character offsets into that text)."""

    morphemes: list[Morpheme]
    sentences: list[tuple[int, int]]


def kiwi_version() -> str:
    model = getattr(kiwipiepy, "__model_version__", None)
    try:
        import kiwipiepy_model

        model = kiwipiepy_model.__version__
    except Exception:  # the model package has no version attribute in some releases
        pass
    return f"kiwipiepy {kiwipiepy.__version__}; model {model}"


def _num_workers() -> int:
    # Kiwi's own thread pool; SINMUN_KIWI_THREADS lets worker processes use one thread each.
    return int(os.environ.get("SINMUN_KIWI_THREADS", "0")) or (os.cpu_count() or 1)


@lru_cache(maxsize=1)
def get_kiwi() -> Kiwi:
    """The process's Kiwi, with user dictionary loaded and warmed (a user dictionary can't be pickled)."""
    kiwi = Kiwi(num_workers=_num_workers())
    kiwi.load_user_dictionary(str(resource_path(USER_DICT)))
    from .resources import user_words

    for word, tag in user_words():
        kiwi.add_user_word(word, tag)
    kiwi.tokenize("워밍업 문장입니다.")
    return kiwi


@lru_cache(maxsize=32768)
def word_reading(word: str) -> tuple[list, float]:
    """Kiwi's best reading of a word on its own, `(tokens, score)`, remembered: the rules ask it of the
    same words again and again, in one article and across articles."""
    return get_kiwi().analyze(word, top_n=1)[0]


def _analysis(tokens) -> Analysis:
    """Morphemes of one text, and its sentences: the spans of the tokens Kiwi numbered alike."""
    morphemes: list[Morpheme] = []
    spans: list[tuple[int, int]] = []
    sentence = None
    for tok in tokens:
        start, end = tok.start, tok.end
        morphemes.append(Morpheme(tok.form, tok.tag, start, end))
        if tok.sent_position != sentence:
            sentence = tok.sent_position
            spans.append((start, end))
        elif end > spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
    return Analysis(morphemes, spans)


def analyze_many(texts):
    """Analyses of many texts through Kiwi's batch API (parallel inside Kiwi), in input order."""
    for tokens in kiwi_tokens(texts):
        yield _analysis(tokens)


def kiwi_tokens(texts):
    """Kiwi's own tokens of many texts through its batch API (parallel inside Kiwi), in input order."""
    # `tokenize` numbers each token's sentence; `split_into_sents` finds the same sentences and
    # morphemes but builds sentence objects on top, which costs a tenth more.
    return get_kiwi().tokenize(list(texts))
