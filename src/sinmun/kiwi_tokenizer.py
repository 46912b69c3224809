"""A spaCy tokenizer backed by Kiwi, so rules and NER share one tokenization of the clean body.

Like `spacy/lang/ko` but with Kiwi instead of mecab. A `Doc` token is a *surface* span of the text:
morphemes that share characters (했 = 하+었) become one token whose `tag_` joins their tags with "+"
and whose `lemma_` joins their forms. `doc.text` is always exactly the input text, sentence starts come
from Kiwi's sentence splitter, and the sentence spans themselves are kept in `doc.user_data`.
"""

import re
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import LEMMA, SENT_START, TAG
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .doc_ext import TAGS_KEY, TEXT_KEY
from .morph import Analysis, analyze, analyze_many

SENTENCES_KEY = "sinmun_sentences"
WHITESPACE_TAG = "_SP"
UNKNOWN_TAG = "UNK"
_RUNS = re.compile(r"\s+|\S+")


@registry.tokenizers("sinmun.KiwiTokenizer.v1")
def create_kiwi_tokenizer():
    def make(nlp):
        return KiwiTokenizer(nlp.vocab)

    return make


class KiwiTokenizer:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return doc_from_analysis(self.vocab, text, analyze(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
        """Docs for many texts, analysed through Kiwi's parallel batch API."""
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._docs(batch)
                batch = []
        if batch:
            yield from self._docs(batch)

    def _docs(self, texts: list[str]) -> Iterator[Doc]:
        for text, analysis in zip(texts, analyze_many(texts)):
            yield doc_from_analysis(self.vocab, text, analysis)

    # The tokenizer has no state of its own: Kiwi and its user dictionary come from the package.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "KiwiTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "KiwiTokenizer":
        return self


def _surfaces(analysis: Analysis) -> Iterator[tuple[int, int, str, str]]:
    """Morphemes that overlap in the text merged into surface spans: (start, end, lemma, tag), the
    forms and tags of merged morphemes joined with "+"."""
    current = None  # [start, end, forms, tags] of the surface being built
    for m in analysis.morphemes:
        if current and (m.start < current[1] or m.end <= m.start):
            current[1] = max(current[1], m.end)
            current[2].append(m.form)
            current[3].append(m.tag)
        elif m.end > m.start:
            if current:
                yield current[0], current[1], "+".join(current[2]), "+".join(current[3])
            current = [m.start, m.end, [m.form], [m.tag]]
    if current:
        yield current[0], current[1], "+".join(current[2]), "+".join(current[3])


def doc_from_analysis(vocab: Vocab, text: str, analysis: Analysis) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    lemmas: list[str] = []
    starts: list[int] = []

    def add_gap(gap: str, at: int) -> None:
        # Text Kiwi did not cover: one space after a token is spaCy's `whitespace_`; anything else
        # becomes tokens of its own, so `doc.text` stays identical to the input.
        for run in _RUNS.finditer(gap):
            piece, pos = run.group(), at + run.start()
            if piece.isspace() and words and not spaces[-1] and not words[-1].isspace() and piece[0] == " ":
                spaces[-1] = True
                piece, pos = piece[1:], pos + 1
                if not piece:
                    continue
            words.append(piece)
            spaces.append(False)
            tags.append(WHITESPACE_TAG if piece.isspace() else UNKNOWN_TAG)
            lemmas.append(piece)
            starts.append(pos)

    cursor = 0
    for start, end, lemma, tag in _surfaces(analysis):
        if start < cursor:  # defensive: never emit overlapping tokens
            start = cursor
            if start >= end:
                continue
        if start > cursor:
            if start - cursor == 1 and text[cursor] == " " and words and not spaces[-1]:
                spaces[-1] = True  # the common case: one space between words
            else:
                add_gap(text[cursor:start], cursor)
        words.append(text[start:end])
        spaces.append(False)
        tags.append(tag)
        lemmas.append(lemma)
        starts.append(start)
        cursor = end
    add_gap(text[cursor:], cursor)
    # Tokens were cut from `text` in order with every gap kept, so equal lengths mean equal text.
    assert sum(map(len, words)) + sum(spaces) == len(text), "Kiwi tokenizer lost characters"

    doc = Doc(vocab, words=words, spaces=spaces)
    if words:  # tags, lemmas and sentence starts as one array: `Doc(tags=…)` sets them token by token
        sentence_starts = {s for s, _ in analysis.sentences}
        add = vocab.strings.add
        values = numpy.empty((len(words), 3), dtype="uint64")
        values[:, 0] = [add(t) for t in tags]
        values[:, 1] = [add(lemma) for lemma in lemmas]
        values[:, 2] = numpy.array([1 if i == 0 or pos in sentence_starts else -1 for i, pos in enumerate(starts)],
                                   dtype="int64").astype("uint64")
        doc.from_array([TAG, LEMMA, SENT_START], values)
    doc.user_data[SENTENCES_KEY] = list(analysis.sentences)
    doc.user_data[TEXT_KEY] = (len(words), text)
    doc.user_data[TAGS_KEY] = tags
    return doc
