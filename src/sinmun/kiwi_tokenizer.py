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
from .morph import kiwi_tokens

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
        return next(self._docs([text]))

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
        for text, tokens in zip(texts, kiwi_tokens(texts)):
            yield doc_from_tokens(self.vocab, text, tokens)

    # The tokenizer has no state of its own: Kiwi and its user dictionary come from the package.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "KiwiTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "KiwiTokenizer":
        return self


def _surfaces(tokens) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int]]]:
    """Kiwi's tokens of one text as surface spans and sentences, in one pass over the tokens (each
    attribute read once: Kiwi builds it on every access). Morphemes that overlap in the text (했 = 하+었)
    merge into one surface (start, end, lemma, tag), their forms and tags joined with "+"; a sentence is
    the span of the tokens Kiwi numbered alike."""
    surfaces: list[tuple[int, int, str, str]] = []
    sentences: list[tuple[int, int]] = []
    sentence = None
    # The surface being built: its start, end, forms and tags.
    start = end = -1
    forms: list[str] = []
    tags: list[str] = []
    for tok in tokens:
        m_start, m_end = tok.span
        position = tok.sent_position
        if position != sentence:
            sentence = position
            sentences.append((m_start, m_end))
        elif m_end > sentences[-1][1]:
            sentences[-1] = (sentences[-1][0], m_end)
        if forms and (m_start < end or m_end <= m_start):
            if m_end > end:
                end = m_end
            forms.append(tok.form)
            tags.append(tok.tag)
        elif m_end > m_start:
            if forms:
                surfaces.append((start, end, "+".join(forms), "+".join(tags)))
            start, end, forms, tags = m_start, m_end, [tok.form], [tok.tag]
    if forms:
        surfaces.append((start, end, "+".join(forms), "+".join(tags)))
    return surfaces, sentences


def doc_from_tokens(vocab: Vocab, text: str, kiwi_tokens) -> Doc:
    """The Doc of one text from the tokens Kiwi gave for it."""
    surfaces, sentences = _surfaces(kiwi_tokens)
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
    for start, end, lemma, tag in surfaces:
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
        add = vocab.strings.add
        tag_ids = {tag: add(tag) for tag in set(tags)}  # few distinct tags: one lookup each
        values = numpy.empty((len(words), 3), dtype="uint64")
        values[:, 0] = [tag_ids[t] for t in tags]
        lemma_ids = {lemma: add(lemma) for lemma in dict.fromkeys(lemmas)}  # a lemma recurs: one add each, in order
        values[:, 1] = [lemma_ids[lemma] for lemma in lemmas]
        sentence_starts = {s for s, _ in sentences}
        first = numpy.fromiter((start in sentence_starts for start in starts), dtype=bool, count=len(starts))
        first[0] = True
        values[:, 2] = numpy.where(first, 1, -1).astype("int64").astype("uint64")
        doc.from_array([TAG, LEMMA, SENT_START], values)
    doc.user_data[SENTENCES_KEY] = sentences
    doc.user_data[TEXT_KEY] = (len(words), text)
    doc.user_data[TAGS_KEY] = tags
    return doc
