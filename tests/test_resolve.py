"""Resolution within an article: coreference, ministers' ministries by date, NER spans, the gold seeds."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from sinmun.doc_ext import add_mention
from sinmun.nlp import build_nlp

SEOUL = ZoneInfo("Asia/Seoul")


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


@pytest.fixture(scope="module")
def analyze(nlp):
    def run(text: str, published: str | None = None, ner=(), meta=None):
        """The rule components, then `ner` spans (start, end, label) as a statistical model would add them."""
        doc = nlp.make_doc(text)
        doc._.published_at = datetime.fromisoformat(published).replace(tzinfo=SEOUL) if published else None
        doc._.article_meta = meta
        for name in ("sinmun_orgs", "sinmun_people"):
            doc = nlp.get_pipe(name)(doc)
        for start, end, label in ner:
            add_mention(doc, doc.char_span(start, end, label=label), "ner", text[start:end])
        return nlp.get_pipe("sinmun_resolve")(doc)

    return run


def people(doc) -> dict[str, dict]:
    return {row["name"]: row for row in doc._.rows["people"]}


def orgs(doc) -> dict[str, dict]:
    return {row["name"]: row for row in doc._.rows["organizations"]}


def test_short_forms_count_for_the_full_name(analyze):
    doc = analyze("박영선 중소벤처기업부 장관은 26일 말했다. 박 장관은 \"지원하겠다\"고 했다. 박영선 장관은 웃었다. 박 장관이 떠났다.")
    (row,) = doc._.rows["people"]
    assert (row["name"], row["title"], row["mentions"]) == ("박영선", "장관", 4)
    shorts = [s for s in doc.spans["mentions"] if s.text == "박"]  # the surname alone, as KLUE marks it
    assert len(shorts) == 2 and all(s.label_ == "PERSON" and s._.normalized == "박영선" for s in shorts)


def test_each_short_form_links_to_the_only_fit_so_far(analyze):
    doc = analyze("이준표 가온벤처스 대표는 말했다. 이 대표는 웃었다. 이용재 매스프레소 대표도 왔다. 이 대표는 떠났다.")
    found = people(doc)
    assert found["이준표"]["mentions"] == 2  # the second 이 대표 fits two people: left alone
    assert found["이용재"]["mentions"] == 1
    assert set(found) == {"이준표", "이용재"}


def test_short_form_before_any_full_name_is_no_one(analyze):
    doc = analyze("손 회장은 말했다. 손정의 소프트뱅크 회장은 웃었다.")
    assert people(doc)["손정의"]["mentions"] == 1
    assert len(doc._.rows["people"]) == 1


def test_minister_gets_the_ministry_the_article_is_about(analyze):
    doc = analyze("중기부는 20일 대책을 발표했다. 오영주 장관은 \"적극 지원하겠다\"고 밝혔다. 중기부는 또 예산을 늘린다.")
    row = people(doc)["오영주"]
    assert row["is_minister"] and row["ministry"] == "중소벤처기업부"


def test_minister_named_with_an_abbreviation(analyze):
    row = people(analyze("오영주 중기부 장관은 말했다."))["오영주"]
    assert row["is_minister"] and row["ministry"] == "중소벤처기업부" and row["org"] == "중소벤처기업부"


ARTICLE_2011 = ("이주호 교과부 장관과 최중경 지경부 장관은 16일 회의를 열었다. 행안부와 국토부도 참석했다. "
                "이 장관은 \"연구개발을 늘리겠다\"고 말했다.")
ARTICLE_2025 = ("이주호 교육부 장관과 안덕근 산업부 장관은 16일 회의를 열었다. 행안부와 국토부도 참석했다. "
                "안 장관은 \"수출을 늘리겠다\"고 말했다.")


def test_a_2011_article_and_a_2025_article_resolve_by_their_dates(analyze):
    old = analyze(ARTICLE_2011, "2011-05-16T09:00")
    new = analyze(ARTICLE_2025, "2025-05-16T09:00")
    assert {(r["name"], r["ministry"]) for r in old._.rows["people"]} == {
        ("이주호", "교육과학기술부"), ("최중경", "지식경제부")}
    assert {(r["name"], r["ministry"]) for r in new._.rows["people"]} == {
        ("이주호", "교육부"), ("안덕근", "산업통상자원부")}
    assert {"교육과학기술부", "지식경제부", "행정안전부", "국토해양부"} <= set(orgs(old))
    assert {"교육부", "산업통상자원부", "행정안전부", "국토교통부"} <= set(orgs(new))
    assert people(old)["이주호"]["mentions"] == 2  # 이 장관: 이주호 is the only 이 with 장관
    assert people(new)["안덕근"]["mentions"] == 2


def test_without_a_date_abbreviations_take_current_names(analyze):
    assert "산업통상부" in orgs(analyze("산업부는 발표했다."))
    assert "산업통상자원부" in orgs(analyze("산업부는 발표했다.", "2024-01-01T09:00"))


def test_ner_people_and_organizations_flow_into_the_tables(analyze):
    text = "홍길순은 말했다. 가나다상사와 중기부가 협약했다. 박영선 중소벤처기업부 장관도 왔다."
    ner = [
        (0, 3, "PERSON"),              # a person the rules have no title for
        (10, 15, "ORG"),               # an organization no gazetteer knows
        (17, 20, "ORG"),               # 중기부: overlaps a gazetteer span, which wins
        (text.index("박영선"), text.index("박영선") + 3, "PERSON"),  # the rules' person: counted once
    ]
    doc = analyze(text, ner=ner)
    found = people(doc)
    assert found["홍길순"]["title"] is None and found["홍길순"]["source"] == "ner"
    assert found["박영선"]["source"] == "rule" and found["박영선"]["mentions"] == 1
    assert orgs(doc)["가나다상사"]["kind"] == "other" and orgs(doc)["가나다상사"]["source"] == "ner"
    assert orgs(doc)["중소벤처기업부"]["source"] == "gazetteer"
    spans = [(s.start_char, s.end_char) for s in doc.spans["mentions"] if s.label_ in ("PERSON", "ORG", "LOC")]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:])), "entity spans overlap"


def test_ner_person_with_a_title_after_it(analyze):
    text = "가리온 대표는 말했다."
    doc = analyze(text, ner=[(0, 3, "PERSON")])
    assert people(doc)["가리온"]["title"] == "대표"


def test_reporters_are_not_people(analyze):
    doc = analyze("김기자 기자는 현장을 찾았다. 박영선 장관은 말했다.", meta={"reporters": ["김기자"]})
    assert set(people(doc)) == {"박영선"}


def test_organization_rows(analyze):
    doc = analyze("중소벤처기업부(이하 중기부)는 기보, 신보와 협약했다. 중기부는 기보에 출연한다.")
    rows = orgs(doc)
    assert rows["중소벤처기업부"] == {"name": "중소벤처기업부", "country": "KR", "kind": "ministry", "aliases": ["중기부"],
                                 "mentions": 3, "source": "gazetteer"}
    assert rows["기술보증기금"]["mentions"] == 2 and rows["신용보증기금"]["aliases"] == ["신보"]
    assert all(doc.text[s.start_char:s.end_char] == s.text for s in doc.spans["mentions"])


@pytest.fixture(scope="module")
def seeds_scores(seeds_dir, gold_path, tmp_path_factory):
    scorer = gold_path.parents[1] / "tools" / "score_gold.py"
    out = tmp_path_factory.mktemp("seeds_out")
    from sinmun.extract import extract

    extract([seeds_dir], out)
    result = subprocess.run([sys.executable, str(scorer), str(out), str(gold_path), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.splitlines()[0])


def test_seed_people_ministers_and_organizations_meet_the_gold(seeds_scores):
    assert seeds_scores["people_recall"] >= 0.95
    assert seeds_scores["people_precision"] >= 0.90
    assert seeds_scores["ministers_recall"] == 1.0
    assert seeds_scores["organizations"] == 1.0


def test_minister_in_an_article_naming_several_ministries(analyze):
    text = "외교부와 국방부, 국방부 관계자가 대책을 논의했다. 윤병세 장관은 \"검토하겠다\"고 말했다."
    row = people(analyze(text, "2016-03-04T09:00"))["윤병세"]
    assert row["is_minister"] and row["ministry"] == "외교부"  # the ministry he led then, not the one named most


def test_part_of_a_foreign_name_is_that_person_in_either_order(analyze):
    doc = analyze("아베 총리는 말했다. 아베 신조 일본 총리는 웃었다. 도널드 트럼프 미국 대통령과 트럼프 대통령.")
    assert {(r["name"], r["mentions"]) for r in doc._.rows["people"]} == {("아베 신조", 2), ("도널드 트럼프", 2)}


# fmt: off
NER_ORG_ROWS = [
    ("정부는 지원을 늘리기로 했다.", "정부", False),            # a common word the model guessed at
    ("네트워크를 구축했다.", "네트워크", False),
    ("AI 모델 개발을 지원한다.", "AI 모델 개발", False),       # a phrase ending in a common noun
    ("DNA 분석을 했다.", "DNA", False),                         # a short acronym
    ("루미놀라텍은 투자를 받았다.", "루미놀라텍", True),         # an unseen firm name
    ("한빛에너지솔루션즈가 참여했다.", "한빛에너지솔루션즈", True),
]
# fmt: on


@pytest.mark.parametrize("text,surface,kept", NER_ORG_ROWS)
def test_only_name_shaped_ner_organizations_get_rows(text, surface, kept):
    from sinmun.nlp import build_nlp
    from sinmun.resolve import Resolver

    doc = build_nlp().make_doc(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface), label="ORG", alignment_mode="expand")
    span._.source = "ner"
    assert Resolver()._org_shaped(span, {}) is kept


# fmt: off
# (sentence, state pieces the NER step cut: (surface, label, its full name), organizations rows expected)
STATE_PIECES = [
    ("한미 정상회담이 열렸다.", [("한", "ORG", "한국"), ("미", "ORG", "미국")], {"한국", "미국"}),
    ("남북 정상은 만났다.", [("남", "ORG", "한국"), ("북", "ORG", "북한")], {"한국", "북한"}),
    ("한·일 관계가 악화됐다.", [("한", "ORG", "한국"), ("일", "ORG", "일본")], {"한국", "일본"}),
    ("한미가 과소평가했다.", [("한", "ORG", "한국"), ("미", "ORG", "미국")], {"한국", "미국"}),
    ("북측은 거부했다.", [("북", "ORG", "북한")], {"북한"}),                 # a trailer the cut leaves out
    ("한중일 3국 정상이 모였다.", [("한", "LOC", "한국"), ("중", "LOC", "중국"), ("일", "LOC", "일본")], set()),
    ("회의 중 일어났다.", [("중", "ORG", "중국")], set()),                  # 중 (during), no state
    ("한 사람이 왔다.", [("한", "ORG", "한국")], set()),                   # 한 (one)
    ("남은 과제가 많다.", [("남", "ORG", "한국")], set()),                 # a verb's stem
    ("한국어 교육을 했다.", [("한", "ORG", "한국")], set()),              # a syllable of a longer word
]
# fmt: on


@pytest.mark.parametrize("text,pieces,expected", STATE_PIECES)
def test_state_pieces_of_a_split_compound_are_their_states(nlp, text, pieces, expected):
    """The NER step cuts 한미 into 한 + 미 (KLUE's spans) and names each in full: each ORG piece is its
    state's row, though a word character follows it; ordinary one-syllable words stay out."""
    doc = nlp.make_doc(text)
    for name in ("sinmun_orgs", "sinmun_people"):
        doc = nlp.get_pipe(name)(doc)
    offsets, at = [], 0
    for surface, label, full in pieces:
        start = text.index(surface, at)
        offsets.append((start, start + len(surface), label, full))
        at = start + len(surface)
    _split_tokens_at(doc, {o for s, e, _, _ in offsets for o in (s, e)})
    for start, end, label, full in offsets:
        add_mention(doc, doc.char_span(start, end, label=label), "ner", full)
    doc = nlp.get_pipe("sinmun_resolve")(doc)
    assert set(orgs(doc)) == expected
    for name in expected:
        assert orgs(doc)[name]["aliases"] and len(orgs(doc)[name]["aliases"][0]) == 1


def _split_tokens_at(doc, offsets: set[int]) -> None:
    """Cut tokens at character offsets, each piece keeping the token's tag, as the NER step does."""
    cuts = {}
    for token in doc:
        inside = sorted(o - token.idx for o in offsets if token.idx < o < token.idx + len(token.text))
        if inside:
            cuts[token.i] = inside
    with doc.retokenize() as retokenizer:
        for i, inside in cuts.items():
            token = doc[i]
            bounds = [0, *inside, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            tag = token.tag_.split("+")[0]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths), attrs={"TAG": [tag] * len(orths)})
