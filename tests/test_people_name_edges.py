"""Where a person's name ends and which body is theirs, read on Wikinews set g and counted on all Wikinews rows,
KMOU and KLUE (issue 15; made-up sentences, positive and negative):

- a department between a body and a name is theirs both (`서울대 미학과 이름 교수` → 서울대학교);
- a state is never a person's organization, even where the model marks it, particle and all (`대한민국의`);
- a regnal number after a one-word foreign name is part of the name (`엘리자베스 2세`, `베네딕토 16세`), an age
  is not (`50세의 나이로`, `12세 연하`), and a Korean name takes none;
- a state the model reads after a Korean full name is where the office is, not part of the name (`이름 쿠바 주재
  대사`).
"""

from __future__ import annotations

import pytest

from sinmun.rules.people import refine_person_spans
from test_people_foreign_forms import analyze, nlp  # noqa: F401  (fixtures: rules, a model's marks, resolve)


def titled(doc) -> dict[str, tuple[str, str | None]]:
    return {row["name"]: (row["title"], row["org"]) for row in doc._.rows["people"] if row["title"]}


# fmt: off
DEPARTMENTS = [
    ("서울대 미학과 김하준 교수는 말했다.", {"김하준": ("교수", "서울대학교")}),
    ("연세대 화학과 이서윤 교수가 밝혔다.", {"이서윤": ("교수", "연세대학교")}),
    # no body before the department: no org
    ("지구과학과 박도윤 교수는 말했다.", {"박도윤": ("교수", None)}),
]
# fmt: on


@pytest.mark.parametrize("sentence, expected", DEPARTMENTS)
def test_a_department_between_the_body_and_the_name(analyze, sentence, expected):
    assert titled(analyze(sentence)) == expected


@pytest.mark.parametrize("sentence, ner, name", [
    ("이에 대해 대한민국의 천하준 외교안보수석비서관은 말했다.", [("대한민국의", "ORG")], "천하준"),
    ("이에 대해 미국의 조하린 수석비서관은 말했다.", [("미국의", "ORG")], "조하린"),
])
def test_a_state_is_no_persons_organization(analyze, sentence, ner, name):
    assert titled(analyze(sentence, ner))[name][1] is None


@pytest.mark.parametrize("sentence, ner, name", [
    ("한빛전자의 천하준 수석은 말했다.", [("한빛전자", "ORG")], "천하준"),
])
def test_a_body_before_the_name_stays_theirs(analyze, sentence, ner, name):
    assert titled(analyze(sentence, ner))[name][1] == "한빛전자"


def extent(nlp, text: str, words: str) -> str:
    doc = nlp.make_doc(text)
    start = text.index(words)
    spans = refine_person_spans(doc, [(start, start + len(words), "PERSON")])
    return " | ".join(text[s:e] for s, e, _ in spans)


@pytest.mark.parametrize("text, words, name", [
    ("엘리자베스 2세 여왕은 즉위 70년을 맞았다.", "엘리자베스", "엘리자베스 2세"),
    ("마르그레테 2세가 참석했다.", "마르그레테", "마르그레테 2세"),
    ("전임 교황 베네딕토 16세가 지명했다.", "베네딕토", "베네딕토 16세"),
    # an age is no regnal number, and a Korean name takes none
    ("마이클 잭슨이 50세의 나이로 숨졌다.", "마이클 잭슨", "마이클 잭슨"),
    ("그는 엘레나 12세 연하와 결혼했다.", "엘레나", "엘레나"),
    ("이하준 6세 어린이가 다쳤다.", "이하준", "이하준"),
    # a state after a Korean full name is where the office is
    ("매형인 전하준 쿠바 주재 대사가 소환됐다.", "전하준 쿠바", "전하준"),
    ("피터 차드가 말했다.", "피터 차드", "피터 차드"),
])
def test_name_extent(nlp, text, words, name):
    assert extent(nlp, text, words) == name
