"""The statistical NER stage: the KLUE-trained model shipped in `sinmun/models/ner/`, as a component.

`sinmun_ner` runs after the rule components. The shipped model was trained on the same Kiwi
tokenizer, so it sees exactly the pipeline's tokens; its entities are added to
`doc.spans["mentions"]` with source "ner" wherever no earlier mention (rule or gazetteer) overlaps
them — the rules win where both fire. One exception, `yield_labels` (default LOC): a place-name
gazetteer tags 미국 or 서울 wherever they occur, while the model reads the context (a country acting
as a state is an organization; "서울 마포구 서교동" is one place), so those earlier mentions give way
to an overlapping NER entity.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import kiwi_tokenizer  # noqa: F401  (the model's config names the Kiwi tokenizer)
from .doc_ext import LABELS, MENTIONS, add_mention

MODEL_PACKAGE_DIR = "models/ner"


def model_path(model_dir: Path | str | None = None) -> Path:
    """The NER model directory: the one given, else the one shipped in the package."""
    if model_dir:
        return Path(model_dir)
    return Path(str(resources.files("sinmun").joinpath(MODEL_PACKAGE_DIR)))


@lru_cache(maxsize=2)
def _load(path: str) -> Language:
    if not (Path(path) / "config.cfg").exists():
        raise FileNotFoundError(f"no NER model in {path}: run `make train-ner` to build it")
    return spacy.load(path)


def load_ner_model(model_dir: Path | str | None = None) -> Language:
    """The NER model (tokenizer + tok2vec + ner), loaded once per process, offline."""
    return _load(str(model_path(model_dir).resolve()))


class NerStage:
    """Adds the model's entities that no earlier mention overlaps, as mentions with source "ner"."""

    def __init__(self, name: str, model: str | None, labels: list[str] | None, yield_labels: list[str]):
        self.name = name
        self.model_dir = model
        self.labels = set(labels) if labels else set(LABELS)
        self.yield_labels = set(yield_labels)
        self._model: Language | None = None

    def initialize(self, get_examples=None, nlp=None) -> None:
        self._ensure_model()

    def _ensure_model(self) -> Language:
        if self._model is None:
            self._model = load_ner_model(self.model_dir)
        return self._model

    def predict_ents(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
        """(start_char, end_char, label) of the model's entities, on copies of the docs' tokens."""
        model = self._ensure_model()
        copies = [
            Doc(model.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], tags=[t.tag_ for t in doc])
            for doc in docs
        ]
        for _, component in model.pipeline:
            copies = list(component.pipe(copies))
        return [[(e.start_char, e.end_char, e.label_) for e in copy.ents] for copy in copies]

    def add_mentions(self, doc: Doc, ents: list[tuple[int, int, str]]) -> None:
        existing = list(doc.spans[MENTIONS]) if MENTIONS in doc.spans else []
        yielded: set[int] = set()  # indexes into `existing` replaced by NER entities
        added: list[tuple[int, int, str]] = []
        for start, end, label in ents:
            if label not in self.labels:
                continue
            overlapping = [i for i, m in enumerate(existing) if i not in yielded and start < m.end_char and m.start_char < end]
            if any(existing[i].label_ not in self.yield_labels or existing[i]._.source == "ner" for i in overlapping):
                continue  # a rule span wins
            if any(start < e and s < end for s, e, _ in added):
                continue
            yielded.update(overlapping)
            added.append((start, end, label))
        if yielded:
            doc.spans[MENTIONS] = [m for i, m in enumerate(existing) if i not in yielded]
        for start, end, label in added:
            span = doc.char_span(start, end, label=label)
            if span is not None:  # always, with identical tokens; never invent offsets
                add_mention(doc, span, "ner", None)

    def __call__(self, doc: Doc) -> Doc:
        self.add_mentions(doc, self.predict_ents([doc])[0])
        return doc

    def pipe(self, docs, batch_size: int = 64):
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Doc]):
        for doc, ents in zip(batch, self.predict_ents(batch)):
            self.add_mentions(doc, ents)
            yield doc


@Language.factory(
    "sinmun_ner",
    default_config={"model": None, "labels": None, "yield_labels": ["LOC"]},
)
def make_sinmun_ner(
    nlp: Language, name: str, model: str | None, labels: list[str] | None, yield_labels: list[str]
) -> NerStage:
    """`model`: a model directory (default: the shipped one); `labels`: which NER labels to add (default
    all); `yield_labels`: labels of earlier mentions that give way to an overlapping NER entity."""
    return NerStage(name, model, labels, yield_labels)
