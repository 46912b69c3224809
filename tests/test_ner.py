"""The statistical NER stage: KLUE conversion, the strict scorer, the shipped model and the component."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.vocab import Vocab

import sinmun
from sinmun.doc_ext import MENTIONS, add_mention
from sinmun.kiwi_tokenizer import KiwiTokenizer
from sinmun.ner.data import Entity, annotate, bio_to_entities, read_klue, split_of
from sinmun.ner.evaluation import markdown_table, score
from sinmun.ner.stage import load_ner_model, model_path

# Sentences written for these tests (not from KLUE): invented firms and people.
UNSEEN = "한빛은행 김민수 행장은 이날 기자들과 만나 금리 인하 계획을 밝혔다."


@pytest.fixture(scope="module")
def tokenizer() -> KiwiTokenizer:
    return KiwiTokenizer(Vocab())


@pytest.fixture(scope="module")
def ner_model() -> Language:
    return load_ner_model()


# --- conversion ---------------------------------------------------------------------------------


def test_bio_to_entities_reads_spans_and_labels():
    tags = ["B-OG", "I-OG", "O", "B-PS", "B-PS", "I-PS", "I-DT", "O"]
    assert bio_to_entities(tags) == [
        Entity(0, 2, "ORG"),
        Entity(3, 4, "PERSON"),  # a B- right after an entity starts a new one
        Entity(4, 6, "PERSON"),
        Entity(6, 7, "DATE"),  # an I- of another label starts a new entity too
    ]


def test_read_klue_parses_headers_chars_and_spaces(tmp_path: Path):
    path = tmp_path / "mini.tsv"
    rows = ["## 컬럼명 : CHAR\tNE_TAG", "## s0\t<철수:PS> 씨", "철\tB-PS", "수\tI-PS", " \tO", "씨\tO", "", "## s1\t<서울:LC>", "서\tB-LC", "울\tI-LC", ""]
    path.write_text("\n".join(rows), encoding="utf-8")
    sentences = read_klue(path)
    assert [s.guid for s in sentences] == ["s0", "s1"]
    assert sentences[0].text == "철수 씨"
    assert sentences[0].entities == (Entity(0, 2, "PERSON"),)
    assert sentences[1].entities == (Entity(0, 2, "LOC"),)


def test_fixed_split_sizes():
    splits = [split_of(i) for i in range(5000)]
    assert splits.count("test") == 1000
    assert all(split_of(i) == "test" for i in range(0, 5000, 5))
    assert splits.count("dev") == 400 and splits.count("train") == 3600


def test_aligned_entity_is_kept_exactly(tokenizer):
    text = "한빛전자는 서울에 있다."
    doc = tokenizer(text)
    report = annotate(doc, [Entity(0, 4, "ORG"), Entity(6, 8, "LOC")])
    assert [(e.text, e.label_) for e in doc.ents] == [("한빛전자", "ORG"), ("서울", "LOC")]
    assert report.exact == 2 and report.unaligned == 0


def test_unaligned_entity_is_expanded_and_counted(tokenizer):
    text = "한빛전자는 서울에 있다."
    doc = tokenizer(text)
    # "빛전" cuts through a token: widened to whole tokens, counted, never dropped.
    report = annotate(doc, [Entity(1, 3, "ORG")])
    assert report.entities == 1 and report.expanded == 1 and report.unaligned == 1
    (ent,) = doc.ents
    assert ent.start_char <= 1 and ent.end_char >= 3 and ent.label_ == "ORG"


def test_entity_that_fits_no_tokens_is_marked_missing_not_outside():
    from spacy.tokens import Doc

    doc = Doc(Vocab(), words=["한빛전자", "서울시청"], spaces=[False, False])
    # The first entity takes token 0; the second straddles both tokens and contains neither whole.
    report = annotate(doc, [Entity(0, 2, "ORG"), Entity(3, 6, "LOC")])
    assert (report.entities, report.expanded, report.missing, report.unaligned) == (2, 1, 1, 2)
    assert report.by_label == {"ORG": 1, "LOC": 1}
    assert [(e.text, e.label_) for e in doc.ents] == [("한빛전자", "ORG")]
    assert doc[1].ent_iob_ == ""  # unknown to the trainer, not taught as O


def test_klue_file_converts_with_few_unaligned_entities(klue_dir, tokenizer):
    from sinmun.ner.data import sentences_of, to_docs

    sentences = read_klue(klue_dir / "klue-ner-v1.1_dev.tsv")
    assert len(sentences) == 5000
    assert sum(len(s.entities) for s in sentences) == 14257
    train = sentences_of("train", sentences)[:300]
    docs, report = to_docs(tokenizer, train)
    assert report.entities == sum(len(s.entities) for s in train)
    assert report.exact + report.unaligned == report.entities
    assert report.unaligned / report.entities < 0.05
    assert all(doc.text == s.text for doc, s in zip(docs, train))


# --- scorer -------------------------------------------------------------------------------------


def test_strict_score_on_a_hand_made_example():
    gold = [{(0, 2, "PS"), (5, 9, "OG")}, {(0, 3, "DT")}]
    pred = [{(0, 2, "PS"), (5, 8, "OG")}, {(0, 3, "DT"), (4, 6, "LC")}]
    table = score(gold, pred)
    assert table["PS"] == {"p": 1.0, "r": 1.0, "f": 1.0, "support": 1}
    assert table["OG"]["f"] == 0.0  # one character short is wrong: strict match
    assert table["LC"]["p"] == 0.0 and table["LC"]["support"] == 0
    # micro: tp 2, fp 2, fn 1 → p 0.5, r 2/3, f 4/7
    assert table["micro"]["p"] == 0.5 and table["micro"]["r"] == pytest.approx(0.6667, abs=1e-4)
    assert table["micro"]["f"] == pytest.approx(4 / 7, abs=1e-4)
    assert "| micro |" in markdown_table({"ner": table})


def test_strict_score_requires_the_label_to_match():
    table = score([{(0, 2, "PS")}], [{(0, 2, "OG")}])
    assert table["micro"]["f"] == 0.0


# --- the shipped model --------------------------------------------------------------------------


def test_model_ships_inside_the_installed_package():
    path = model_path()
    assert path.is_relative_to(Path(sinmun.__file__).parent)
    assert (path / "config.cfg").exists() and (path / "metrics.json").exists()
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    assert size < 30_000_000


# Invented firms (한빛은행 above was a real bank: Kiwi keeps it as one known proper noun).
@pytest.mark.parametrize("sentence, person, firm", [
    ("새빛은행 김민수 행장은 이날 기자들과 만나 금리 인하 계획을 밝혔다.", "김민수", "새빛은행"),
    ("푸른숲전자 박지훈 대표는 신제품을 공개했다.", "박지훈", "푸른숲전자"),
])
def test_model_finds_person_and_org_in_an_unseen_sentence(ner_model, sentence, person, firm):
    doc = ner_model(sentence)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert (person, "PERSON") in ents
    assert (firm, "ORG") in ents
    assert all(doc.text[e.start_char : e.end_char] == e.text for e in doc.ents)


# --- the pipeline component ---------------------------------------------------------------------


@Language.component("test_rule_org")
def _rule_org(doc):
    """A stand-in rule component: marks 한빛은행 as a gazetteer ORG before the NER runs."""
    start = doc.text.find("한빛은행")
    if start >= 0:
        add_mention(doc, doc.char_span(start, start + 4, label="ORG"), "gazetteer", "한빛은행")
    return doc


@pytest.fixture(scope="module")
def pipeline_with_ner() -> Language:
    nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "sinmun.KiwiTokenizer.v1"}}})
    nlp.add_pipe("test_rule_org")
    nlp.add_pipe("sinmun_ner")
    nlp.initialize()
    return nlp


def test_component_adds_ner_mentions_and_rules_win(pipeline_with_ner):
    doc = pipeline_with_ner(UNSEEN)
    mentions = list(doc.spans[MENTIONS])
    by_text = {m.text: m for m in mentions}
    assert by_text["한빛은행"]._.source == "gazetteer"  # the rule span wins
    assert by_text["김민수"]._.source == "ner" and by_text["김민수"].label_ == "PERSON"
    # No two mentions overlap, and offsets are sacred.
    spans = sorted((m.start_char, m.end_char) for m in mentions)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    assert all(doc.text[m.start_char : m.end_char] == m.text for m in mentions)


def test_component_pipe_matches_call(pipeline_with_ner):
    texts = [UNSEEN, "푸른솔바이오의 이정훈 사장이 부산에서 투자 계획을 밝혔다."]
    def mentions(doc):
        return [(m.start_char, m.end_char, m.label_, m._.source) for m in doc.spans[MENTIONS]]

    piped = [mentions(doc) for doc in pipeline_with_ner.pipe(texts)]
    single = [mentions(pipeline_with_ner(text)) for text in texts]
    assert piped == single
    assert any(source == "ner" for _, _, _, source in piped[1])


def test_place_gazetteer_mentions_yield_to_an_overlapping_ner_entity(tokenizer):
    from sinmun.ner.stage import NerStage

    stage = NerStage("sinmun_ner", model=None, labels=None, yield_labels=["LOC"])
    doc = tokenizer("미국 정부와 한빛전자가 서울 마포구에서 만났다.")
    for text, label in (("미국", "LOC"), ("한빛전자", "ORG"), ("서울", "LOC")):
        start = doc.text.index(text)
        add_mention(doc, doc.char_span(start, start + len(text), label=label), "gazetteer", text)
    place = doc.text.index("서울 마포구")
    firm = doc.text.index("한빛전자")
    # The model's entities, given directly: no model is needed to test the merge.
    stage.add_mentions(doc, [(0, 5, "ORG"), (firm, firm + 2, "PERSON"), (place, place + 6, "LOC")])
    got = {(m.text, m.label_, m._.source) for m in doc.spans[MENTIONS]}
    assert got == {("미국 정부", "ORG", "ner"), ("한빛전자", "ORG", "gazetteer"), ("서울 마포구", "LOC", "ner")}


def test_rule_date_time_and_amount_spans_are_refined_by_ner_pieces_inside_them(tokenizer):
    from sinmun.ner.stage import NerStage

    stage = NerStage("sinmun_ner", model=None, labels=None, yield_labels=["LOC"])
    text = "11일 오전 11시 약 5만원을 냈고 김민수 대표가 왔다."
    doc = tokenizer(text)
    when, money, person = text.index("11일 오전 11시"), text.index("약 5만원"), text.index("김민수 대표")
    add_mention(doc, doc.char_span(when, when + 10, label="DATE"), "rule", "2026-11-11T11:00")
    add_mention(doc, doc.char_span(money, money + 5, label="MONEY"), "rule", "50000")
    add_mention(doc, doc.char_span(person, person + 6, label="PERSON"), "rule", "김민수")
    ents = [(when, when + 3, "DATE"), (when + 4, when + 10, "TIME"), (money + 2, money + 5, "QUANTITY"),
            (person, person + 3, "PERSON")]
    stage.add_mentions(doc, ents)
    got = {(m.text, m.label_, m._.normalized) for m in doc.spans[MENTIONS]}
    assert got == {
        ("11일", "DATE", "2026-11-11T11:00"),
        ("오전 11시", "TIME", None),
        ("5만원", "MONEY", "50000"),  # the rule's label and value, the model's narrower span
        ("김민수 대표", "PERSON", "김민수"),  # people are not refined: the rule span wins
    }
    assert all(doc.text[m.start_char : m.end_char] == m.text for m in doc.spans[MENTIONS])


def test_a_longer_ner_entity_takes_over_the_rule_mentions_it_holds(tokenizer):
    from sinmun.ner.stage import NerStage

    stage = NerStage("sinmun_ner", model=None, labels=None, yield_labels=["LOC"])
    text = "12~14일 국회 정보위는 20만∼30만 달러를 한빛전자 김민수 대표에게 물었다."
    doc = tokenizer(text)
    rule = [("12", "DATE"), ("14일", "DATE"), ("국회", "ORG"), ("20만", "MONEY"), ("30만 달러", "MONEY"),
            ("김민수 대표", "PERSON")]
    for piece, label in rule:
        start = text.index(piece)
        add_mention(doc, doc.char_span(start, start + len(piece), label=label), "rule", piece)
    days, committee, amount = text.index("12~14일"), text.index("국회 정보위"), text.index("20만∼30만 달러")
    firm = text.index("한빛전자 김민수")
    ents = [(days, days + 6, "DATE"), (committee, committee + 6, "ORG"), (amount, amount + 10, "QUANTITY"),
            (firm, firm + 8, "ORG")]  # the last one runs on into the person: the firm alone is kept
    stage.add_mentions(doc, ents)
    got = sorted((m.text, m.label_, m._.source) for m in doc.spans[MENTIONS])
    assert got == sorted([
        ("12~14일", "DATE", "ner"),
        ("국회 정보위", "ORG", "ner"),
        ("20만∼30만 달러", "MONEY", "ner"),  # a range of amounts stays MONEY
        ("한빛전자", "ORG", "ner"),
        ("김민수 대표", "PERSON", "rule"),
    ])


def test_a_rule_range_is_not_cut_down_to_one_of_its_ends(tokenizer):
    from sinmun.ner.stage import NerStage

    stage = NerStage("sinmun_ner", model=None, labels=None, yield_labels=["LOC"])
    text = "행사는 오는 12~14일 열린다."
    doc = tokenizer(text)
    start = text.index("오는 12~14일")
    add_mention(doc, doc.char_span(start, start + 9, label="DATE"), "rule", None)
    stage.add_mentions(doc, [(start + 6, start + 9, "DATE")])  # the model saw only "14일"
    assert [m.text for m in doc.spans[MENTIONS]] == ["오는 12~14일"]
    stage.add_mentions(doc, [(start + 3, start + 9, "DATE")])  # the whole range, without 오는
    assert [m.text for m in doc.spans[MENTIONS]] == ["12~14일"]


def test_ner_people_not_shaped_like_names_skip_resolve_but_stay_mentions(tokenizer):
    from sinmun.ner.stage import HELD, NerStage, release_held_mentions

    stage = NerStage("sinmun_ner", model=None, labels=None, yield_labels=["LOC"])
    text = "스페이스워크와 김민수가 만났다."
    doc = tokenizer(text)
    firm, person = text.index("스페이스워크"), text.index("김민수")
    stage.add_mentions(doc, [(firm, firm + 6, "PERSON"), (person, person + 3, "PERSON")])
    # Before release (what sinmun_resolve sees), only the name-shaped person is a mention.
    assert [m.text for m in doc.spans[MENTIONS]] == ["김민수"]
    assert [s.text for s in doc.spans[HELD]] == ["스페이스워크"]
    release_held_mentions(doc)
    assert sorted((m.text, m._.source) for m in doc.spans[MENTIONS]) == [("김민수", "ner"), ("스페이스워크", "ner")]
    assert HELD not in doc.spans
