"""KLUE-NER data: read the char-level BIO file, split it, and convert it to spaCy `DocBin`s.

The conversion goes through the project's Kiwi tokenizer, so the model is trained on exactly the
tokens it will see in the pipeline. KLUE marks entities on characters; Kiwi cuts morphemes, so an
entity boundary can fall inside a token (e.g. a name glued to a suffix Kiwi keeps in one piece).
Such entities are not dropped: each is widened to whole tokens ("expand"), or narrowed ("contract")
when widening would collide with a neighbour, and only if both fail are its tokens marked *missing*
(neither entity nor O) so the model is not taught a wrong answer. Every case is counted.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..kiwi_tokenizer import KiwiTokenizer

# KLUE tag → spaCy label (the labels of doc_ext.LABELS).
KLUE_TO_LABEL = {"PS": "PERSON", "LC": "LOC", "OG": "ORG", "DT": "DATE", "TI": "TIME", "QT": "QUANTITY"}
LABEL_TO_KLUE = {v: k for k, v in KLUE_TO_LABEL.items()}

KLUE_FILE = "klue-ner-v1.1_dev.tsv"
RAW_FILE = "klue-ner-train-raw-sentences.tsv"
SPLITS = ("train", "dev", "test")
TEST_EVERY = 5  # 0-based position divisible by 5 → test (fixed by the issue)
DEV_EVERY = 10  # of the remaining sentences, every 10th → dev (for early stopping / model choice)


def shared_dir() -> Path:
    """`../shared` beside the repo (or $SINMUN_SHARED), where the corpora live; never copied in."""
    env = os.environ.get("SINMUN_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[4] / "shared"


def klue_dir() -> Path:
    return shared_dir() / "corpora" / "klue-ner"


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str  # spaCy label (PERSON, ...)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int  # 0-based position in the KLUE file: defines the split
    guid: str
    text: str
    entities: tuple[Entity, ...]


def read_klue(path: Path | str | None = None) -> list[Sentence]:
    """All sentences of the KLUE char-level BIO file, in file order."""
    path = Path(path) if path else klue_dir() / KLUE_FILE
    sentences: list[Sentence] = []
    guid: str | None = None
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        nonlocal guid, chars, tags
        if guid is not None and chars:  # the preamble's `## 컬럼명 : CHAR<TAB>NE_TAG` has no characters
            sentences.append(Sentence(len(sentences), guid, "".join(chars), tuple(bio_to_entities(tags))))
        guid, chars, tags = None, [], []

    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("## "):
                head = line[3:]
                if "\t" in head:  # a sentence header `## guid<TAB>inline text`
                    flush()
                    guid = head.split("\t", 1)[0]
                continue
            if not line.strip("\r"):
                flush()
                continue
            char, _, tag = line.rpartition("\t")
            if guid is None or len(char) != 1:
                raise ValueError(f"{path}: unexpected line {line!r}")
            chars.append(char)
            tags.append(tag.strip())
    flush()
    return sentences


def bio_to_entities(tags: list[str]) -> list[Entity]:
    """Character BIO tags → entities. An I- that does not continue its label starts a new entity."""
    entities: list[Entity] = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, klue = tag.partition("-")
        continues = prefix == "I" and klue == label
        if start is not None and not continues:
            entities.append(Entity(start, i, KLUE_TO_LABEL[label]))
            start, label = None, None
        if prefix in ("B", "I") and not continues:
            start, label = i, klue
    return entities


def split_of(index: int) -> str:
    """The fixed split of a sentence by its 0-based position in the KLUE file."""
    if index % TEST_EVERY == 0:
        return "test"
    rank = index - index // TEST_EVERY - 1  # position among the non-test sentences
    return "dev" if rank % DEV_EVERY == 0 else "train"


def sentences_of(split: str, sentences: list[Sentence] | None = None) -> list[Sentence]:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; one of {SPLITS}")
    sentences = sentences if sentences is not None else read_klue()
    return [s for s in sentences if split_of(s.index) == split]


def read_raw_sentences(path: Path | str | None = None) -> list[str]:
    """The unlabelled KLUE train sentences (`guid<TAB>sentence`)."""
    path = Path(path) if path else klue_dir() / RAW_FILE
    texts = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            _, _, text = line.rstrip("\n").partition("\t")
            if text.strip():
                texts.append(text)
    return texts


@dataclass
class AlignmentReport:
    """How the char-level entities landed on Kiwi tokens."""

    entities: int = 0
    exact: int = 0
    expanded: int = 0  # widened to whole tokens
    contracted: int = 0  # narrowed to whole tokens (widening collided with another entity)
    missing: int = 0  # could not be placed: its tokens are marked missing, not O
    by_label: Counter = field(default_factory=Counter)  # unaligned entities per label

    @property
    def unaligned(self) -> int:
        return self.expanded + self.contracted + self.missing

    def add(self, other: "AlignmentReport") -> None:
        self.entities += other.entities
        self.exact += other.exact
        self.expanded += other.expanded
        self.contracted += other.contracted
        self.missing += other.missing
        self.by_label.update(other.by_label)

    def as_dict(self) -> dict:
        return {
            "entities": self.entities,
            "aligned_exactly": self.exact,
            "unaligned": self.unaligned,
            "expanded": self.expanded,
            "contracted": self.contracted,
            "missing": self.missing,
            "unaligned_by_label": dict(sorted(self.by_label.items())),
        }


def annotate(doc: Doc, entities: Iterable[Entity]) -> AlignmentReport:
    """Set `doc.ents` from char-level entities, aligning each to token boundaries (see module doc)."""
    report = AlignmentReport()
    placed: list[Span] = []
    taken: set[int] = set()
    missing: set[int] = set()
    for ent in sorted(entities, key=lambda e: (e.start, e.end)):
        report.entities += 1
        span = doc.char_span(ent.start, ent.end, label=ent.label)
        if span is not None and not taken.intersection(range(span.start, span.end)):
            report.exact += 1
        else:
            report.by_label[ent.label] += 1
            span = None
            for mode in ("expand", "contract"):
                candidate = doc.char_span(ent.start, ent.end, label=ent.label, alignment_mode=mode)
                if candidate is not None and len(candidate) and not taken.intersection(range(candidate.start, candidate.end)):
                    span = candidate
                    if mode == "expand":
                        report.expanded += 1
                    else:
                        report.contracted += 1
                    break
            if span is None:
                report.missing += 1
                wide = doc.char_span(ent.start, ent.end, alignment_mode="expand")
                if wide is not None:
                    missing.update(range(wide.start, wide.end))
                continue
        placed.append(span)
        taken.update(range(span.start, span.end))
    # Spans placed later may have been marked missing by an earlier failure: the entity wins.
    missing -= taken
    doc.set_ents(placed, missing=[doc[i : i + 1] for i in sorted(missing)], default="outside")
    return report


def to_docs(tokenizer: KiwiTokenizer, sentences: list[Sentence]) -> tuple[list[Doc], AlignmentReport]:
    """Annotated Docs for sentences, and the alignment report over all of them."""
    report = AlignmentReport()
    docs: list[Doc] = []
    for sent, doc in zip(sentences, tokenizer.pipe(s.text for s in sentences)):
        report.add(annotate(doc, sent.entities))
        doc.user_data.clear()  # only the annotation goes into the DocBin
        docs.append(doc)
    return docs, report


def convert(out_dir: Path | str, klue_path: Path | str | None = None) -> dict[str, dict]:
    """Write train/dev/test `.spacy` files into out_dir; return the alignment report per split."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tokenizer = KiwiTokenizer(Vocab())
    sentences = read_klue(klue_path)
    reports: dict[str, dict] = {}
    for split in SPLITS:
        part = sentences_of(split, sentences)
        docs, report = to_docs(tokenizer, part)
        DocBin(attrs=["ORTH", "TAG", "LEMMA", "SENT_START", "ENT_IOB", "ENT_TYPE"], docs=docs).to_disk(out_dir / f"{split}.spacy")
        reports[split] = {"sentences": len(part), **report.as_dict()}
    return reports


def held_out_texts(sentences: list[Sentence] | None = None) -> set[str]:
    """Texts of the dev and test sentences: never used as unlabelled training text."""
    sentences = sentences if sentences is not None else read_klue()
    return {s.text.strip() for s in sentences if split_of(s.index) != "train"}


def convert_silver(out_path: Path | str, teacher, texts: Iterable[str] | None = None) -> dict:
    """Label unlabelled sentences with a trained `teacher` pipeline and write them as a `.spacy` file.

    Self-training: the shipped model learns from the 3,600 gold sentences and from the unlabelled
    text (`iter_unlabelled_texts`: ~21,000 raw KLUE train sentences of the same sources, Wikinews
    paragraphs, KLUE-NLI/STS news sentences) as the teacher labelled it. Texts that are sentences of
    the dev or test split are skipped, so neither leaks into training. Returns the counts.
    """
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    held = held_out_texts()
    texts = [t for t in (iter_unlabelled_texts() if texts is None else texts) if t.strip() not in held]
    tokenizer = KiwiTokenizer(teacher.vocab)
    docs: Iterable[Doc] = tokenizer.pipe(texts)
    for _, component in teacher.pipeline:
        docs = component.pipe(docs, batch_size=256)
    out = DocBin(attrs=["ORTH", "TAG", "LEMMA", "SENT_START", "ENT_IOB", "ENT_TYPE"])
    labels: Counter = Counter()
    for doc in docs:
        doc.user_data.clear()
        labels.update(e.label_ for e in doc.ents)
        out.add(doc)
    out.to_disk(out_path)
    return {"sentences": len(texts), "entities": sum(labels.values()), "by_label": dict(sorted(labels.items()))}


def convert_pipeline_silver(out_path: Path | str, teacher: Path | str, texts: Iterable[str] | None = None) -> dict:
    """Label the unlabelled sentences with the whole pipeline — the rules and the `teacher` NER model
    (a shipped name or a directory) — and write them as a `.spacy` file of plain Kiwi tokens.

    The pipeline's mentions (mapped to the NER labels as `make eval-ner` maps them) score higher than
    the model alone on KLUE and KMOU: the rules add the gazetteer's organizations, titled people and
    the numbers' exact extents. A student learning them learns more than its teacher's NER. The
    mentions are placed on the tokenizer's tokens like KLUE's gold (`annotate`); where two overlap,
    the longer is kept. Texts of the dev or test split are skipped. Returns the counts.
    """
    from .evaluation import pipeline_entities

    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    held = held_out_texts()
    texts = [t for t in (iter_unlabelled_texts() if texts is None else texts) if t.strip() not in held]
    found = pipeline_entities(texts, model_dir=teacher)
    tokenizer = KiwiTokenizer(Vocab())
    out = DocBin(attrs=["ORTH", "TAG", "LEMMA", "SENT_START", "ENT_IOB", "ENT_TYPE"])
    labels: Counter = Counter()
    report = AlignmentReport()
    for doc, entities in zip(tokenizer.pipe(texts), found, strict=True):
        kept: list[Entity] = []
        for start, end, klue in sorted(entities, key=lambda e: (e[0] - e[1], e[0])):  # longest first
            if not any(start < k.end and k.start < end for k in kept):
                kept.append(Entity(start, end, KLUE_TO_LABEL[klue]))
        report.add(annotate(doc, kept))
        doc.user_data.clear()
        labels.update(e.label_ for e in doc.ents)
        out.add(doc)
    out.to_disk(out_path)
    return {"sentences": len(texts), "entities": sum(labels.values()), "by_label": dict(sorted(labels.items())),
            "labelled_by": "pipeline", "alignment": report.as_dict()}


def vote_silver(parts: list[Path], out_path: Path | str, min_votes: int) -> dict:
    """Merge the silver files of several teachers (the same texts, the same Kiwi tokens) into one whose
    entities are those at least `min_votes` teachers found with the same tokens and label.

    With a majority (2 of 3), two kept entities never overlap: some teacher found both (with fewer
    votes the longer of two overlapping ones is kept). Returns the counts, like `convert_silver`.
    """
    vocab = Vocab()
    streams = [DocBin().from_disk(path).get_docs(vocab) for path in parts]
    out = DocBin(attrs=["ORTH", "TAG", "LEMMA", "SENT_START", "ENT_IOB", "ENT_TYPE"])
    labels: Counter = Counter()
    sentences = 0
    for docs in zip(*streams, strict=True):
        first = docs[0]
        if any(len(doc) != len(first) or doc.text != first.text for doc in docs):
            raise ValueError(f"silver files {parts} do not hold the same tokens")
        votes = Counter((e.start, e.end, e.label_) for doc in docs for e in doc.ents)
        kept = filter_spans([Span(first, start, end, label=label) for (start, end, label), n in votes.items() if n >= min_votes])
        first.ents = kept  # every other token: O
        labels.update(span.label_ for span in kept)
        out.add(first)
        sentences += 1
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    out.to_disk(out_path)
    return {"sentences": sentences, "entities": sum(labels.values()), "by_label": dict(sorted(labels.items())),
            "teachers": len(parts), "min_votes": min_votes}


def wikinews_path() -> Path:
    return shared_dir() / "corpora" / "ko-wikinews" / "wikinews.csv"


def klue_sentence_pair_paths() -> list[Path]:
    folder = shared_dir() / "corpora" / "klue-nli-sts-dev"
    return [folder / "klue-nli-v1.1_dev.json", folder / "klue-sts-v1.1_dev.json"]


def unlabelled_sources(include_wikinews: bool = True) -> list[Path]:
    paths = [klue_dir() / RAW_FILE]
    if include_wikinews:
        paths += [p for p in [wikinews_path(), *klue_sentence_pair_paths()] if p.exists()]
    return paths


def iter_unlabelled_texts(include_wikinews: bool = True) -> Iterator[str]:
    """Unlabelled Korean text: the raw KLUE train sentences, then (with `include_wikinews`) the
    paragraphs of the Wikinews bodies and the real news sentences of KLUE-NLI/STS (NLI premises,
    STS first sentences — the other halves were written by annotators or machine-translated)."""
    yield from read_raw_sentences()
    if not include_wikinews:
        return
    import csv
    import json

    if wikinews_path().exists():
        with open(wikinews_path(), encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for para in (row.get("내용") or "").splitlines():
                    if para.strip():
                        yield para.strip()
    seen: set[str] = set()
    for path, field_name in zip(klue_sentence_pair_paths(), ("premise", "sentence1")):
        if path.exists():
            for pair in json.loads(path.read_text(encoding="utf-8")):
                text = (pair.get(field_name) or "").strip()
                if text and text not in seen:
                    seen.add(text)
                    yield text


def convert_unlabelled(out_path: Path | str, include_wikinews: bool = True) -> int:
    """Write the unlabelled texts, Kiwi-tokenized and tagged, as one `.spacy` file; return the doc count."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tokenizer = KiwiTokenizer(Vocab())
    docs = DocBin(attrs=["ORTH", "TAG", "LEMMA", "SENT_START"])
    count = 0
    for doc in tokenizer.pipe(iter_unlabelled_texts(include_wikinews)):
        doc.user_data.clear()
        docs.add(doc)
        count += 1
    docs.to_disk(out_path)
    return count


if __name__ == "__main__":  # quick look at the conversion
    import json
    import sys

    print(json.dumps(convert(sys.argv[1] if len(sys.argv) > 1 else "build/ner/corpus"), ensure_ascii=False, indent=2))
