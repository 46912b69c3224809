"""The KMOU NER corpus (the development half in `../shared/corpora/kmou-ner`), read for evaluation only.

Its licence allows non-commercial use, so it is never training data and nothing of it enters the
repository: `make eval-ner` reads it where it lies, to see whether a model that fits KLUE also reads
another annotation of Korean news. Each file holds blocks of `## N`, `## <raw sentence>`,
`## <the sentence with <span:LABEL> marks>`, then morpheme lines (the format `../shared/tools/kmou.py`
reads). Four of its labels have a counterpart in the model's: PER, LOC, ORG, DAT.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .data import shared_dir

KMOU_TO_LABEL = {"PER": "PERSON", "LOC": "LOC", "ORG": "ORG", "DAT": "DATE"}
SAMPLE_SEED = 19  # the sample is drawn once from the corpus order, so every run scores the same sentences
_MARK = re.compile(r"<([^<>]+?):([A-Z]{3})>")
_BLOCK_NUMBER = re.compile(r"## \d+")

CharEntity = tuple[int, int, str]  # (start, end, model label)


@dataclass(frozen=True, slots=True)
class KmouSentence:
    text: str
    entities: frozenset[CharEntity]  # only the labels in KMOU_TO_LABEL


def kmou_dir() -> Path:
    return shared_dir() / "corpora" / "kmou-ner"


def _blocks(path: Path) -> Iterator[tuple[str, str]]:
    """(raw sentence, marked sentence) of every block of one file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i + 2 < len(lines):
        if _BLOCK_NUMBER.fullmatch(lines[i]) and lines[i + 1].startswith("## ") and lines[i + 2].startswith("## "):
            yield lines[i + 1][3:], lines[i + 2][3:]
            i += 3
        else:
            i += 1


def parse_marked(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The sentence without its marks and its (start, end, KMOU label) spans."""
    text: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = last = 0
    for m in _MARK.finditer(marked):
        text.append(marked[last:m.start()])
        pos += m.start() - last
        spans.append((pos, pos + len(m.group(1)), m.group(2)))
        text.append(m.group(1))
        pos += len(m.group(1))
        last = m.end()
    text.append(marked[last:])
    return "".join(text), spans


def read_kmou(corpus: Path | str | None = None) -> list[KmouSentence]:
    """Every sentence of the corpus, files in name order, whose marks spell out exactly its raw text."""
    sentences = []
    for path in sorted(Path(corpus or kmou_dir()).glob("*.txt")):
        for raw, marked in _blocks(path):
            text, spans = parse_marked(marked)
            if text != raw or not raw.strip():
                continue  # a block whose marks do not match its sentence cannot be scored
            entities = frozenset((s, e, KMOU_TO_LABEL[lab]) for s, e, lab in spans if lab in KMOU_TO_LABEL)
            sentences.append(KmouSentence(raw, entities))
    return sentences


def kmou_sample(n: int, corpus: Path | str | None = None) -> list[KmouSentence]:
    """A fixed sample of `n` sentences (seeded, in corpus order), or all of them when there are fewer."""
    sentences = read_kmou(corpus)
    if n >= len(sentences):
        return sentences
    picked = sorted(random.Random(SAMPLE_SEED).sample(range(len(sentences)), n))
    return [sentences[i] for i in picked]
