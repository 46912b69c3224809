"""KMOU reading and the overlap score `make eval-ner` prints (made-up sentences in the corpus's format)."""

import pytest

from sinmun.ner.evaluation import eval_kmou, overlap_score, score
from sinmun.ner.kmou import kmou_sample, parse_marked, read_kmou

# Made-up blocks in the KMOU file format: number, raw sentence, marked sentence, morpheme lines.
BLOCKS = """## 1
## 한빛전자 김민수 대표는 3일 부산에서 말했다.
## <한빛전자:ORG> <김민수:PER> 대표는 <3일:DAT> <부산:LOC>에서 말했다.
한빛전자	한빛전자	NNP	B-ORG

## 2
## 가나은행은 20억원을 내놨다.
## <가나은행:ORG>은 <20억원:MNY>을 내놨다.
가나은행	가나은행	NNP	B-ORG

## 3
## 마크가 어긋난 문장.
## <마크가 다른:ORG> 문장.
"""


@pytest.mark.parametrize("marked, text, spans", [
    ("<김민수:PER> 대표", "김민수 대표", [(0, 3, "PER")]),
    ("오늘 <서울:LOC>과 <부산:LOC>", "오늘 서울과 부산", [(3, 5, "LOC"), (7, 9, "LOC")]),
    ("표시 없음", "표시 없음", []),
])
def test_parse_marked_gives_the_raw_text_and_offsets_into_it(marked, text, spans):
    got_text, got_spans = parse_marked(marked)
    assert got_text == text
    assert got_spans == spans
    assert all(text[s:e] for s, e, _ in got_spans)


def test_read_kmou_maps_four_labels_and_skips_blocks_whose_marks_do_not_match(tmp_path):
    (tmp_path / "00001_NER.txt").write_text(BLOCKS, encoding="utf-8")
    sentences = read_kmou(tmp_path)
    assert [s.text for s in sentences] == ["한빛전자 김민수 대표는 3일 부산에서 말했다.", "가나은행은 20억원을 내놨다."]
    first = sentences[0]
    assert {(first.text[s:e], label) for s, e, label in first.entities} == {
        ("한빛전자", "ORG"), ("김민수", "PERSON"), ("3일", "DATE"), ("부산", "LOC")}
    assert {label for _, _, label in sentences[1].entities} == {"ORG"}  # MNY has no model counterpart here


def test_the_sample_is_the_same_every_time_and_in_corpus_order(tmp_path):
    lines = []
    for i in range(40):
        lines += [f"## {i}", f"## 문장 {i}번.", f"## 문장 {i}번.", ""]
    (tmp_path / "00001_NER.txt").write_text("\n".join(lines), encoding="utf-8")
    first, again = kmou_sample(10, tmp_path), kmou_sample(10, tmp_path)
    assert first == again and len(first) == 10
    numbers = [int(s.text.split()[1][:-2]) for s in first]
    assert numbers == sorted(numbers)
    assert len(kmou_sample(100, tmp_path)) == 40


@pytest.mark.parametrize("gold, predicted, strict_f, overlap_p, overlap_r", [
    ({(0, 3, "PERSON")}, {(0, 3, "PERSON")}, 1.0, 1.0, 1.0),
    ({(0, 5, "ORG")}, {(0, 4, "ORG")}, 0.0, 1.0, 1.0),           # an edge differs: overlap only
    ({(0, 5, "ORG")}, {(0, 5, "LOC")}, 0.0, 0.0, 0.0),           # same span, other label: neither
    ({(0, 3, "PERSON"), (5, 8, "PERSON")}, {(0, 8, "PERSON")}, 0.0, 1.0, 1.0),
    ({(0, 3, "DATE")}, {(0, 3, "DATE"), (10, 12, "DATE")}, 2 / 3, 0.5, 1.0),
])
def test_overlap_score_counts_same_label_overlaps_on_each_side(gold, predicted, strict_f, overlap_p, overlap_r):
    assert score([gold], [predicted])["micro"]["f"] == pytest.approx(strict_f, abs=1e-4)
    micro = overlap_score([gold], [predicted])["micro"]
    assert (micro["p"], micro["r"]) == (pytest.approx(overlap_p), pytest.approx(overlap_r))


def test_eval_kmou_is_none_without_the_corpus(tmp_path):
    assert eval_kmou(corpus=tmp_path / "absent", sentences=10) is None
