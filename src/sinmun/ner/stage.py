"""The statistical NER stage: the KLUE-trained model shipped in `sinmun/models/ner/`, as a component.

`sinmun_ner` runs after the rule components. The shipped model was trained on the same Kiwi
tokenizer, so it sees exactly the pipeline's tokens; its entities are added to
`doc.spans["mentions"]` with source "ner" wherever no earlier mention (rule or gazetteer) overlaps
them — the rules win where both fire. One exception, `yield_labels` (default LOC): a place-name
gazetteer tags 미국 or 서울 wherever they occur, while the model reads the context (a country acting
as a state is an organization; "서울 마포구 서교동" is one place), so those earlier mentions give way
to an overlapping NER entity. And a rule date or amount span that holds several model entities, or a
narrower one ("11일 오전 11시" → 11일 + 오전 11시, "약 5만원 이하" → 5만원), is refined into the model's
pieces (see `NerStage._refinement`); the amounts and dates tables keep the rules' full expressions.
Where KLUE's span ends inside a Kiwi token (엠버가 → 엠버, 남북 → 남 + 북, 18일자 → 18일), the model's
whole-token entity is cut to it and the token is split (boundaries.py).
"""

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps

from .. import kiwi_tokenizer  # noqa: F401  (the model's config names the Kiwi tokenizer)
from ..doc_ext import LABELS, MENTIONS, add_mention, doc_text
from ..rules.numbers import TILDES
from . import features  # noqa: F401  (the model's config names the embedding)
from ..settings import DEFAULT_NER_MODEL, NER_MODELS
from .boundaries import klue_pieces, split_tokens_at, state_name
from .prediction import fast_maxouts

MODEL_PACKAGE_DIR = "models/ner"  # one folder per shipped model, named as in settings.NER_MODELS
BEGIN, INSIDE = 3, 1  # spaCy's ENT_IOB codes
# The model's activations grow with the tokens of a pass (the embedding alone is ~5 KB a token), and
# what a pass allocates stays in the process: 64 Wikinews articles at once (~50,000 tokens) peaked a
# worker at 1.7 GiB. 4,000 tokens keep it under 0.9 GiB and are no slower (bench/results.md).
MAX_TOKENS_PER_PASS = 4000
HELD = "sinmun_ner_held"  # NER people not shaped like names: mentions, but kept out of the people table
# Rule mention label → NER labels that may refine it (see NerStage._refinement).
REFINABLE = {
    "DATE": {"DATE", "TIME"},
    "TIME": {"DATE", "TIME"},
    "MONEY": {"QUANTITY"},
    "PERCENT": {"QUANTITY"},
    "QUANTITY": {"QUANTITY"},
}
# NER label → labels of earlier mentions an NER entity takes over when it holds them entirely and is
# longer: a range the rules read as two amounts or dates ("20만∼30만 달러", "12~14일"), a name around
# a gazetteer word ("국회 정보위", "북한 노동신문", "두산 베어스"), a foreign name the title rules read
# only in part ("존 부어만 감독" → 부어만). Tables keep the rules' rows (people: the longer name).
SWALLOWS = {
    "QUANTITY": {"MONEY", "PERCENT", "QUANTITY"},
    "DATE": {"DATE", "TIME"},
    "TIME": {"TIME"},
    "ORG": {"ORG", "LOC"},
    "PERSON": {"PERSON"},
}


def model_path(model: Path | str | None = None) -> Path:
    """The NER model directory: a shipped model's, by name (`accurate`, `fast`; default: settings.DEFAULT_NER_MODEL), or the
    directory given. A name that is neither is an error, not a silent fallback to the default."""
    name = DEFAULT_NER_MODEL if model is None else str(model)
    if name in NER_MODELS:
        return Path(str(resources.files("sinmun").joinpath(MODEL_PACKAGE_DIR, name)))
    if not Path(name).is_dir():
        raise ValueError(f"unknown NER model {name!r}: one of {', '.join(NER_MODELS)}, or a trained model's directory")
    return Path(name)


@lru_cache(maxsize=2)
def _load(path: str) -> Language:
    if not (Path(path) / "config.cfg").exists():
        raise FileNotFoundError(f"no NER model in {path}: run `make train-ner` to build it")
    nlp = spacy.load(path)
    # thinc multiplies matrices with blis by default; numpy's OpenBLAS does the same products 2–3×
    # faster on the tok2vec's shapes (x86-64 with AVX2), and the model's weights are unchanged.
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        for node in component.model.walk():
            node.ops = ops
    features.fuse_for_prediction(nlp.get_pipe("tok2vec").model)  # loaded for prediction only
    fast_maxouts(nlp.get_pipe("tok2vec").model)
    return nlp


def load_ner_model(model: Path | str | None = None) -> Language:
    """The NER model (tokenizer + tok2vec + ner) named or found in `model` (see `model_path`), loaded
    once per process, offline."""
    return _load(str(model_path(model).resolve()))


_HANGUL_WORD = re.compile(r"[가-힣]{2,}")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Name-shaped words that are not people: the name stopwords and the words that describe firms."""
    from ..resources import read_lines
    from ..rules.orgs import name_stopwords

    return name_stopwords() | {w for line in read_lines("org_descriptors.txt") for w in line.split()}


@lru_cache(maxsize=65536)  # asked several times for each NER person (filters, relabelling, holding back)
def person_shaped(text: str) -> bool:
    """A Korean name (known surname + 1–3 syllables, not a dictionary word), or a transliterated
    foreign name of two or three Hangul words (버락 오바마) starting with a word Kiwi does not know.

    People rows go into the people table, so the model's guesses on firm names it has never seen
    (스페이스워크, 유니콘) are held back from `sinmun_resolve` and become mentions only afterwards
    (`sinmun_ner_release`); the rules still find titled people of any shape.
    """
    from ..rules.people import looks_like_korean_name, unknown_noun

    if text in _not_names():
        return False
    if looks_like_korean_name(text):
        return unknown_noun(text)
    parts = re.split(r"[ ·]", text)
    return 2 <= len(parts) <= 3 and all(_HANGUL_WORD.fullmatch(p) for p in parts) and unknown_noun(parts[0])


class NerStage:
    """Adds the model's entities that no earlier mention overlaps, as mentions with source "ner"."""

    def __init__(
        self, name: str, model: str | None, labels: list[str] | None, yield_labels: list[str], person_shape: bool = True
    ):
        self.name = name
        model_path(model)  # an unknown model name fails when the pipeline is built, not on the first article
        self.model_dir = model
        self.labels = set(labels) if labels else set(LABELS)
        self.yield_labels = set(yield_labels)
        self.person_shape = person_shape
        self._model: Language | None = None

    def initialize(self, get_examples=None, nlp=None) -> None:
        self._ensure_model()

    def use_model(self, model_dir: Path | str) -> None:
        """Run another trained model (a candidate being evaluated) instead of the configured one."""
        self.model_dir, self._model = model_dir, None

    def _ensure_model(self) -> Language:
        if self._model is None:
            self._model = load_ner_model(self.model_dir)
        return self._model

    def predict_ents(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
        """(start_char, end_char, label) of the model's entities; `doc.ents` is left as it was.

        The model's components run on the pipeline's own docs: its features (NORM, PREFIX, SUFFIX,
        SHAPE, TAG, syllable endings, spacing) are string hashes or small integers, the same in every
        vocab, so no copy of the tokens is needed —
        only its labels must be known to the docs' string store.
        """
        model = self._ensure_model()
        for vocab in {id(doc.vocab): doc.vocab for doc in docs}.values():
            for label in model.get_pipe("ner").labels:
                vocab.strings.add(label)
        # Preset entities would constrain the model. Docs the rules left unmarked (the usual case) need
        # no clearing; numpy reads that off the array, where `has_annotation` builds a Token per token.
        preset = [bool(doc.to_array(ENT_IOB).any()) for doc in docs]
        saved = [doc.ents if marked else () for doc, marked in zip(docs, preset)]
        for doc, marked in zip(docs, preset):
            if marked:
                doc.ents = []
        found = docs
        for _, component in model.pipeline:
            found = list(component.pipe(found))
        ents = [_entities(doc) for doc in found]
        for doc, previous in zip(docs, saved):
            doc.ents = previous
        return ents

    def add_mentions(self, doc: Doc, ents: list[tuple[int, int, str]]) -> None:
        existing = list(doc.spans[MENTIONS]) if MENTIONS in doc.spans else []
        text = doc_text(doc)
        ents = [piece for e in ents if e[2] in self.labels for piece in klue_pieces(doc, *e)]
        if self.person_shape:
            from ..rules.non_people import (former_employer, government_of, listed_with_things, named_by_its_head, no_person, surname_before_glued_title,
                                            taken_as_a_place)
            from ..rules.people import (named_group, named_thing, not_a_person, person_without_orgs, refine_person_spans, title_follows,
                                        title_past_bodies)
            from ..rules.foreign_names import title_in_parenthesis

            from ..rules.person_rows import row_shaped
            from ..rules.word_pieces import cut_from_a_word, whole_name

            ents = refine_person_spans(doc, ents)
            ents = [(*(whole_name(text, e[0], e[1]) or e[:2]), e[2]) if e[2] == "PERSON" and cut_from_a_word(text, e[0], e[1]) else e
                    for e in ents]
            ents = [e for e in ents if e[2] != "PERSON" or not cut_from_a_word(text, e[0], e[1])]
            ents = [(*surname_before_glued_title(doc, e[0], e[1]), e[2]) if e[2] == "PERSON" else e for e in ents]
            ents = [(*person_without_orgs(doc, e[0], e[1]), e[2]) if e[2] == "PERSON" else e for e in ents]
            ents = [e for e in ents if e[2] != "PERSON" or not not_a_person(doc, e[0], e[1])]
            ents = [(*e[:2], "ORG") if e[2] == "PERSON" and (government_of(doc, e[0], e[1]) or former_employer(doc, e[0], e[1]))
                    else e for e in ents]
            ents = [(*e[:2], named_by_its_head(doc, e[0], e[1]) or e[2]) if e[2] == "PERSON" else e for e in ents]
            ents = [piece for e in ents for piece in (_named_as_organization(doc, *e) if e[2] == "PERSON" else [e])]
            ents = [e for e in ents if e[2] != "PERSON" or not no_person(doc, e[0], e[1])]
            ents = [piece for e in ents for piece in (_organization_without_people(doc, *e) if e[2] == "ORG" else [e])]
            ents = [(e[0], e[1], "ORG") if e[2] == "LOC" and _introduced_firm(doc, e[0], e[1]) else e for e in ents]
            ents = [e for e in ents if e[2] != "PERSON" or person_shaped(text[e[0]:e[1]])
                    or title_follows(doc, e[1]) or title_past_bodies(doc, e[1]) or title_in_parenthesis(doc, e[1])
                    or not named_thing(doc, e[0], e[1]) and not listed_with_things(doc, e[0], e[1], ents)
                    and not taken_as_a_place(text, e[1])]
            ents = [(*e[:2], "ORG") if e[2] == "PERSON" and not person_shaped(text[e[0]:e[1]])
                    and not title_follows(doc, e[1]) and named_group(doc, e[0], e[1]) else e for e in ents]
        yielded: set[int] = set()  # indexes into `existing` replaced by NER entities
        added: list[tuple[int, int, str, str | None]] = []  # start, end, label, normalized
        titled: set[tuple[int, int]] = set()  # NER people around a rule person: a person, whatever the shape
        for group in _tilde_groups(doc, existing):
            pieces = self._refinement([existing[i] for i in group], ents) if len(group) > 1 else []
            if pieces:
                yielded.update(group)
                added += pieces
                continue
            for i in group:
                pieces = self._refinement([existing[i]], ents)
                if pieces:
                    yielded.add(i)
                    added += pieces
        bounds = [(m.start_char, m.end_char) for m in existing]  # read once: each read of a Span's offsets is a call
        for start, end, label in ents:
            overlapping = [i for i, (a, b) in enumerate(bounds) if start < b and a < end and i not in yielded]
            inside = [existing[i] for i in overlapping]
            swallowed = _swallows(start, end, label, inside)
            if not swallowed and any(m.label_ not in self.yield_labels or m._.source == "ner" for m in inside):
                continue  # a rule span wins
            if any(start < e and s < end for s, e, _, _ in added):
                continue
            yielded.update(overlapping)
            if swallowed and label == "QUANTITY" and len({m.label_ for m in inside}) == 1:
                label = inside[0].label_  # "20만∼30만 달러" stays MONEY
            if swallowed and label == "PERSON" and any(m.label_ == "PERSON" for m in inside):
                titled.add((start, end))
            if label == "QUANTITY":
                label = _duration_label(text[start:end]) or label
            elif label == "LOC" and text[start:end].endswith(_suffixes("institution_suffixes.txt")):
                label = "ORG"  # 서울 용산경찰서: an institution, not the place it is named after
            elif label in ("ORG", "PERSON") and text[start:end].endswith(_suffixes("place_suffixes.txt")):
                label = "LOC"  # 일죽나들목, 대전 국립현충원
            elif label == "PERSON" and _place_headed(text[start:end]):
                label = "LOC"  # 영동고속도로, 다저스타디움
            if label == "LOC":
                head, _, last = text[start:end].rpartition(" ")
                if head and last in _suffixes("place_trailers.txt"):
                    end = start + len(head)  # 여수 거문도 남동쪽 → 여수 거문도
            added.append((start, end, label, None))
        if yielded:
            doc.spans[MENTIONS] = [m for i, m in enumerate(existing) if i not in yielded]
        split_tokens_at(doc, {offset for start, end, _, _ in added for offset in (start, end)})
        held = []
        for start, end, label, normalized in sorted(added):
            span = doc.char_span(start, end, label=label)
            if span is None:  # never: tokens are split at every piece's ends; never invent offsets
                continue
            if (self.person_shape and label == "PERSON" and (start, end) not in titled
                    and not (person_shaped(span.text) and row_shaped(span.text))
                    and not title_follows(doc, end) and not title_past_bodies(doc, end) and not title_in_parenthesis(doc, end)):
                held.append(span)  # a mention, but no people row: released after sinmun_resolve
            else:
                add_mention(doc, span, "ner", normalized or state_name(span.text, label))
        if held:
            doc.spans[HELD] = held

    def _refinement(self, group, ents) -> list[tuple[int, int, str, str | None]]:
        """NER pieces that replace a rule number/date mention they sit strictly inside, else [].

        The rules' spans serve the amounts and dates tables: "약 5만원 이하", "11일 오전 11시" in one
        piece. Entity mentions follow the narrower convention the model learned (5만원; 11일 + 오전 11시),
        keeping the rule's label and normalized value where one piece stands for the whole. A `group` of
        several rule dates and times joined by a tilde ("24일 오전 10시" ∼ "오후 1시50분") is refined as one.
        """
        mention = group[0]
        compatible = REFINABLE.get(mention.label_)
        if not compatible or any(m._.source == "ner" for m in group):
            return []
        a, b = mention.start_char, group[-1].end_char
        touching = [e for e in ents if e[0] < b and a < e[1]]
        inside = [e for e in touching if a <= e[0] and e[1] <= b and e[2] in compatible]
        if not inside or len(inside) != len(touching) or (len(inside) == 1 and inside[0][:2] == (a, b)):
            return []
        if len(group) > 1 and not all(any(e[0] < m.end_char and m.start_char < e[1] for e in inside) for m in group):
            return []  # a rule piece the model does not read would be lost
        if len(group) > 1 and len(inside) == len(group) and all(e[:2] == (m.start_char, m.end_char) for e, m in zip(inside, group)):
            return []  # the model agrees with the rules' pieces
        text = doc_text(mention.doc)[a:b]
        tildes = [a + i for i, ch in enumerate(text) if ch in TILDES]
        if not all(any(s <= t < e for s, e, _ in inside) for t in tildes):
            return []  # a range ("12~14일") is not cut down to one of its ends
        pieces = []
        for start, end, label in inside:
            piece_label = mention.label_ if mention.label_ in ("MONEY", "PERCENT") else label
            same = [e for e in inside if (mention.label_ if mention.label_ in ("MONEY", "PERCENT") else e[2]) == mention.label_]
            normalized = mention._.normalized if piece_label == mention.label_ and len(same) == 1 and len(group) == 1 else None
            pieces.append((start, end, piece_label, normalized))
        return pieces

    def __call__(self, doc: Doc) -> Doc:
        self.add_mentions(doc, self.predict_ents([doc])[0])
        return doc

    def pipe(self, docs, batch_size: int = 64, max_tokens: int = MAX_TOKENS_PER_PASS):
        """The docs through the model a few at a time: at most `batch_size` docs and, unless one doc is
        longer, `max_tokens` tokens per pass (the entities do not depend on how docs are grouped)."""
        batch: list[Doc] = []
        tokens = 0
        for doc in docs:
            if batch and (len(batch) >= batch_size or tokens + len(doc) > max_tokens):
                yield from self._run(batch)
                batch, tokens = [], 0
            batch.append(doc)
            tokens += len(doc)
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Doc]):
        for doc, ents in zip(batch, self.predict_ents(batch)):
            self.add_mentions(doc, ents)
            yield doc


def _named_as_organization(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """A statistical PERSON the sentence makes an organization (`업체 쉘라인`, `새로텍 관계자는`, `효성 측은`;
    see `rules.org_context`) becomes one, unless a title follows it (`슈틸리케 감독`: a person). Two words
    after a word introducing a group are the group and its member (`그룹 가온누리 홍길동이`)."""
    from ..rules.org_context import introduced_as_organization, marked_as_organization
    from ..rules.people import looks_like_korean_name, title_follows

    text = doc_text(doc)
    words = text[start:end].split(" ")
    if len(words) == 2 and looks_like_korean_name(words[1]) and introduced_as_organization(text, start):
        return [(start, start + len(words[0]), "ORG"), (end - len(words[1]), end, label)]
    if len(words) > 2 or title_follows(doc, end) or not marked_as_organization(text, start, end, person_shaped(text[start:end])):
        return [(start, end, label)]
    return [(start, end, "ORG")]


def _introduced_firm(doc: Doc, start: int, end: int) -> bool:
    """A statistical place right after a word introducing a body (`결혼정보회사 가온에서`), unless it is a
    place the gazetteer knows (a firm's seat is written so too: `업체 서울 본사`)."""
    from ..rules.org_context import introduced_as_organization
    from ..rules.orgs import gazetteer

    text = doc_text(doc)
    return text[start:end] not in gazetteer().places and introduced_as_organization(text, start)


def _organization_without_people(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """A statistical ORG of several words that runs on into a person: the titles at its end are cut off
    (`가온전자 대표`, `국제연합 수석 고문` → the body), a Korean name at its end is the person
    (`가온 홍길동은` → 가온 + 홍길동; KLUE-NER and KMOU mark the club and the player apart)."""
    from ..rules.orgs import gazetteer
    from ..rules.people import looks_like_korean_name, organization_word, titles, unknown_noun

    text = doc_text(doc)
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    if len(words) < 2:
        return [(start, end, label)]
    title_word = titles().word
    cut = len(words)
    while cut > 1 and title_word.fullmatch(text[words[cut - 1][0]:words[cut - 1][1]]):
        cut -= 1
    if cut < len(words):
        return [(start, words[cut - 1][1], label)]
    last, body = text[words[-1][0]:words[-1][1]], text[start:words[-2][1]]
    if looks_like_korean_name(last) and unknown_noun(last) and not organization_word(last) \
            and body not in gazetteer().places and not any(looks_like_korean_name(w) for w in body.split()):
        return [(start, words[-2][1], label), (words[-1][0], end, "PERSON")]
    return [(start, end, label)]


def _entities(doc: Doc) -> list[tuple[int, int, str]]:
    """(start_char, end_char, label) of `doc.ents`, read from the token arrays: the `doc.ents` getter
    builds a Token and a Span object per token and entity, which cost as much as the model's tagging."""
    iob, types, idx, length = doc.to_array([ENT_IOB, ENT_TYPE, IDX, LENGTH]).T.tolist()
    strings, n = doc.vocab.strings, len(iob)
    ents = []
    for start in (i for i, tag in enumerate(iob) if tag == BEGIN):
        end = start + 1
        while end < n and iob[end] == INSIDE:
            end += 1
        ents.append((idx[start], idx[end - 1] + length[end - 1], strings[types[start]]))
    return ents


# A range of days, months or years ("2∼3일간", "2~3년간") is a DATE in KLUE-NER, of hours or minutes
# ("1∼2시간", "3∼4분") a TIME, as single durations are (3년간, 30분); the model reads ranges as QUANTITY.
DURATION_RANGE = re.compile(rf"\d+\s?[{TILDES}]\s?\d+\s?(?P<unit>일|년|개월|주일|주|달|시간|분|초)(?:간|전|째|여|만)?")
TIME_UNITS = frozenset(("시간", "분", "초"))


def _tilde_groups(doc: Doc, mentions: list) -> list[list[int]]:
    """Indexes of `mentions`, grouped where rule dates and times follow each other across a tilde."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start_char)
    groups: list[list[int]] = []
    for i in order:
        m = groups[-1][-1] if groups else None
        if m is not None and mentions[i].label_ in ("DATE", "TIME") and mentions[m].label_ in ("DATE", "TIME"):
            gap = doc_text(doc)[mentions[m].end_char:mentions[i].start_char].strip()
            if len(gap) == 1 and gap in TILDES:
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups


@lru_cache(maxsize=4)
def _suffixes(name: str) -> tuple[str, ...]:
    """Words or word endings listed in a resource file (institution_suffixes.txt, place_suffixes.txt, …)."""
    from ..resources import read_lines

    return tuple(w for line in read_lines(name) for w in line.split())


def _place_headed(text: str) -> bool:
    """Longer than, and ending in, a facility or area head (place_heads.txt)."""
    return any(text.endswith(head) and len(text) > len(head) for head in _suffixes("place_heads.txt"))


def _duration_label(text: str) -> str | None:
    m = DURATION_RANGE.fullmatch(text)
    if not m:
        return None
    return "TIME" if m["unit"] in TIME_UNITS else "DATE"


def _swallows(start: int, end: int, label: str, inside: list) -> bool:
    """Whether the NER entity (start, end, label) takes over the earlier mentions it overlaps (SWALLOWS).

    A person that ends in a title (`아소 부총리`) does not take over the name the rules read before it."""
    allowed = SWALLOWS.get(label, set())
    if label == "PERSON" and inside:
        from ..rules.people import organization_word, titles

        words = doc_text(inside[0].doc)[start:end].split()
        if words[-1] in titles().kinds:
            return False
        if any(organization_word(w) for w in words):
            return False  # 서지현 창원지검, GS리테일 허연수: the rules' name and an organization
    return bool(inside) and all(
        m.label_ in allowed and m._.source != "ner" and start <= m.start_char and m.end_char <= end
        and (m.start_char, m.end_char) != (start, end)
        for m in inside
    )


@Language.factory(
    "sinmun_ner",
    default_config={"model": None, "labels": None, "yield_labels": ["LOC"], "person_shape": True},
)
def make_sinmun_ner(
    nlp: Language, name: str, model: str | None, labels: list[str] | None, yield_labels: list[str], person_shape: bool
) -> NerStage:
    """`model`: a shipped model's name (fast, accurate; default: settings.DEFAULT_NER_MODEL) or a model directory; `labels`: which NER labels to add (default
    all); `yield_labels`: labels of earlier mentions that give way to an overlapping NER entity;
    `person_shape`: keep only NER people whose text is shaped like a name (see `person_shaped`)."""
    return NerStage(name, model, labels, yield_labels, person_shape)


@Language.component("sinmun_ner_release")
def release_held_mentions(doc: Doc) -> Doc:
    """After `sinmun_resolve`: the NER people held back from the people table become mentions."""
    held = list(doc.spans[HELD]) if HELD in doc.spans else []
    if held:
        del doc.spans[HELD]
        taken = [(m.start_char, m.end_char) for m in doc.spans[MENTIONS]] if MENTIONS in doc.spans else []
        for span in held:
            if not any(span.start_char < e and s < span.end_char for s, e in taken):
                add_mention(doc, span, "ner", None)
    return doc
