"""Training data of the NER model: the tokenized-corpus reader and the teacher's silver sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import DocBin, Span
from spacy.util import registry
from spacy.vocab import Vocab

from sinmun.kiwi_tokenizer import KiwiTokenizer
from sinmun.ner.corpus import TokenizedCorpus
from sinmun.ner.data import convert_silver
from sinmun.ner.stage import load_ner_model

# Sentences written for these tests (not from KLUE).
SENTENCES = [
    "한빛은행 김민수 행장은 3일 서울 본점에서 기자들과 만났다.",
    "푸른숲전자는 내년 1분기 신제품 두 종을 공개한다.",
]


def _docbin(path, with_entities: bool) -> list:
    tokenizer = KiwiTokenizer(Vocab())
    docs = []
    for text in SENTENCES:
        doc = tokenizer(text)
        doc.user_data.clear()
        if with_entities:
            doc.ents = [Span(doc, 0, 1, label="ORG")]
        docs.append(doc)
    DocBin(attrs=["ORTH", "TAG", "LEMMA", "SENT_START", "ENT_IOB", "ENT_TYPE"], docs=docs).to_disk(path)
    return docs


def test_reader_is_registered_for_spacy_configs():
    assert registry.readers.get("sinmun.TokenizedCorpus.v1")


def test_reader_keeps_the_stored_kiwi_tokens_and_hides_the_annotation(tmp_path):
    written = _docbin(tmp_path / "a.spacy", with_entities=True)
    nlp = load_ner_model()
    examples = list(TokenizedCorpus(tmp_path)(nlp))
    assert len(examples) == len(written)
    for example, doc in zip(examples, written):
        assert [(t.text, t.tag_, t.whitespace_) for t in example.predicted] == [(t.text, t.tag_, t.whitespace_) for t in doc]
        assert example.predicted.text == doc.text
        assert not example.predicted.ents  # the model must predict them
        assert [(e.start, e.end, e.label_) for e in example.reference.ents] == [(0, 1, "ORG")]


def test_reader_reads_every_file_of_a_folder_and_honours_limit(tmp_path):
    _docbin(tmp_path / "a.spacy", with_entities=True)
    _docbin(tmp_path / "b.spacy", with_entities=False)
    nlp = load_ner_model()
    assert len(list(TokenizedCorpus(tmp_path)(nlp))) == 2 * len(SENTENCES)
    assert len(list(TokenizedCorpus(tmp_path, limit=3)(nlp))) == 3


def test_reader_without_a_path_says_so():
    with pytest.raises(ValueError, match="needs a path"):
        TokenizedCorpus(None)


def test_silver_sentences_carry_the_teachers_entities(tmp_path, klue_dir):
    teacher = load_ner_model()
    counts = convert_silver(tmp_path / "silver.spacy", teacher, SENTENCES)
    docs = list(DocBin().from_disk(tmp_path / "silver.spacy").get_docs(teacher.vocab))
    assert [d.text for d in docs] == SENTENCES
    assert counts["sentences"] == len(SENTENCES)
    assert counts["entities"] == sum(len(d.ents) for d in docs)
    assert counts["entities"] > 0
    assert all(d[0].tag_ for d in docs)  # Kiwi tags are stored for the student's TAG feature


def test_silver_skips_sentences_of_the_dev_and_test_splits(tmp_path, klue_dir):
    from sinmun.ner.data import read_klue, split_of

    sentences = read_klue()
    held = [s.text for s in sentences if split_of(s.index) != "train"][:3]
    kept = [s.text for s in sentences if split_of(s.index) == "train"][:2]
    counts = convert_silver(tmp_path / "silver.spacy", load_ner_model(), held + kept)
    assert counts["sentences"] == len(kept)


def test_training_folder_holds_gold_twice_and_silver_never_dev_or_test(tmp_path):
    from sinmun.ner.training import GOLD_COPIES, _gold_and_silver

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("train", "dev", "test", "silver"):
        (corpus / f"{name}.spacy").write_bytes(name.encode())
    mixed = _gold_and_silver(corpus, tmp_path / "mixed")
    contents = sorted(p.read_bytes().decode() for p in mixed.iterdir())
    assert contents == sorted(["train"] * GOLD_COPIES + ["silver"])


def _silver_part(path, ents_per_doc: list[list[tuple[int, int, str]]]) -> None:
    tokenizer = KiwiTokenizer(Vocab())
    docs = []
    for text, ents in zip(SENTENCES, ents_per_doc):
        doc = tokenizer(text)
        doc.user_data.clear()
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
        docs.append(doc)
    DocBin(attrs=["ORTH", "TAG", "LEMMA", "SENT_START", "ENT_IOB", "ENT_TYPE"], docs=docs).to_disk(path)


def test_voted_silver_keeps_what_most_teachers_found(tmp_path):
    from sinmun.ner.data import vote_silver

    parts = [tmp_path / f"t{i}.spacy" for i in range(3)]
    _silver_part(parts[0], [[(0, 1, "ORG"), (1, 2, "PERSON")], [(0, 1, "ORG")]])
    _silver_part(parts[1], [[(0, 1, "ORG"), (1, 2, "ORG")], []])
    _silver_part(parts[2], [[(0, 1, "LOC"), (1, 2, "PERSON")], [(0, 1, "ORG")]])
    counts = vote_silver(parts, tmp_path / "silver.spacy", min_votes=2)
    docs = list(DocBin().from_disk(tmp_path / "silver.spacy").get_docs(Vocab()))
    assert [d.text for d in docs] == SENTENCES
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in docs] == [
        [(0, 1, "ORG"), (1, 2, "PERSON")],  # 2 of 3 each; the lone ORG and LOC votes lose
        [(0, 1, "ORG")],
    ]
    assert docs[0][2].ent_iob_ == "O"  # unvoted tokens are outside, not missing
    assert counts["entities"] == 3 and counts["by_label"] == {"ORG": 2, "PERSON": 1}


def test_voting_refuses_silver_files_of_different_texts(tmp_path):
    from sinmun.ner.data import vote_silver

    _silver_part(tmp_path / "a.spacy", [[], []])
    tokenizer = KiwiTokenizer(Vocab())
    other = [tokenizer("다른 문장이다."), tokenizer("또 다른 문장.")]
    DocBin(attrs=["ORTH", "TAG"], docs=other).to_disk(tmp_path / "b.spacy")
    with pytest.raises(ValueError, match="same tokens"):
        vote_silver([tmp_path / "a.spacy", tmp_path / "b.spacy"], tmp_path / "out.spacy", min_votes=2)
