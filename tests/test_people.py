"""People with titles: the shapes Korean news uses, and title words in ordinary prose that are no one."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyze(analyze_entities):
    return analyze_entities


def people(doc) -> dict[str, dict]:
    return {row["name"]: row for row in doc._.rows["people"]}


# fmt: off
SHAPES = [
    # (sentence, name, title, org)
    ("박민수 산업통상자원부 장관은 20일 기자들과 만났다.", "박민수", "장관", "산업통상자원부"),
    ("김하늘 소프트뱅크벤처스 대표는 투자 계획을 밝혔다.", "김하늘", "대표", "소프트뱅크벤처스"),
    ("한덕수 권한대행은 회의를 주재했다.", "한덕수", "권한대행", None),
    ("최민호 대통령 권한대행이 회의를 주재했다.", "최민호", "권한대행", None),
    ("최민호 스카이칩스 부사장은 설명했다.", "최민호", "부사장", "스카이칩스"),
    ("손정의 일본 소프트뱅크 회장과 만났다.", "손정의", "회장", "소프트뱅크"),
    ("'머니브레인'의 장세영 대표는 설명했다.", "장세영", "대표", "머니브레인"),
    ("이용재 '매스프레소' 대표는 말했다.", "이용재", "대표", "매스프레소"),
    ("LG전자 박형세 사장은 말했다.", "박형세", "사장", "LG전자"),
    ("김철수 서울대 교수는 분석했다.", "김철수", "교수", "서울대학교"),
    ("이영희 고려대 경영학과 교수는 말했다.", "이영희", "교수", "고려대학교"),
    ("박지훈 한국개발연구원 연구위원은 말했다.", "박지훈", "연구위원", "한국개발연구원"),
    ("홍길동 더불어민주당 의원은 비판했다.", "홍길동", "의원", "더불어민주당"),
    ("최상목 부총리 겸 기획재정부 장관은 말했다.", "최상목", "부총리", "기획재정부"),
    ("도널드 트럼프 미국 대통령은 발표했다.", "도널드 트럼프", "대통령", None),
    ("젠슨 황 엔비디아 CEO는 말했다.", "젠슨 황", "CEO", "엔비디아"),
    ("샘 올트먼 오픈AI CEO는 말했다.", "샘 올트먼", "CEO", "오픈AI"),
    ("아베 신조 일본 총리는 말했다.", "아베 신조", "총리", None),
    ("김민재 기획조정실장은 말했다.", "김민재", "기획조정실장", None),
    ("이수진 국세청장은 말했다.", "이수진", "국세청장", "국세청"),
    ("정은보 금융감독원장은 말했다.", "정은보", "금융감독원장", "금융감독원"),
    ("황보민수 공동대표는 말했다.", "황보민수", "공동대표", None),
    ("남궁훈 카카오 대표는 말했다.", "남궁훈", "대표", "카카오"),
    ("임지훈 카카오 대표이사는 말했다.", "임지훈", "대표이사", "카카오"),
    ("김동연 경기도지사는 말했다.", "김동연", "지사", "경기도"),
    ("서지현 KOTRA 사장은 말했다.", "서지현", "사장", "대한무역투자진흥공사"),
    ("이재용 삼성전자 회장은 말했다.", "이재용", "회장", "삼성전자"),
    ("최태원 SK그룹 회장은 말했다.", "최태원", "회장", "SK그룹"),  # a group written as such is the group
    ("김부겸 국무총리는 말했다.", "김부겸", "국무총리", None),
    ("이창용 한국은행 총재는 말했다.", "이창용", "총재", "한국은행"),
    ("신영자 롯데복지재단 이사장은 말했다.", "신영자", "이사장", "롯데복지재단"),
    ("윤창호 연구원은 말했다.", "윤창호", "연구원", None),
    ("박상민 변호사는 말했다.", "박상민", "변호사", None),
    ("조태영 외교부 대변인은 말했다.", "조태영", "대변인", "외교부"),
    ("정해린 토스 창업자는 말했다.", "정해린", "창업자", "토스"),
    ("김수연 한국벤처캐피탈협회 회장은 말했다.", "김수연", "회장", "한국벤처캐피탈협회"),
    ("이동훈 한국과학기술원 총장은 말했다.", "이동훈", "총장", "한국과학기술원"),
    ("추경호 경제부총리는 말했다.", "추경호", "경제부총리", None),
    ("조현우 중기부 차관은 말했다.", "조현우", "차관", "중소벤처기업부"),
    ("김나래 네이버 최고경영자는 말했다.", "김나래", "최고경영자", "네이버"),
    ("송민지 뤼튼테크놀로지스 대표가 말했다.", "송민지", "대표", "뤼튼테크놀로지스"),
    ("조경원 중기부 창업정책관은 말했다.", "조경원", "창업정책관", "중소벤처기업부"),
    ("박영선 중소벤처기업부(이하 중기부) 장관은 말했다.", "박영선", "장관", "중소벤처기업부"),
    ("이준표 소프트뱅크벤처스 대표와 만났다.", "이준표", "대표", "소프트뱅크벤처스"),
    ("정책 발표에는 문재인 대통령이 참석했다.", "문재인", "대통령", None),
    ("대법원 3부(주심 민일영 대법관)는 원심을 확정했다.", "민일영", "대법관", None),
    ("천영우 대통령 외교안보수석은 말했다.", "천영우", "외교안보수석", None),
]

NOBODY = [
    "AI 스타트업 대표 기업들이 발표했다.",
    "대표적인 사례로 꼽힌다.",
    "국가대표 선수들이 입국했다.",
    "AI 국가대표 스타트업을 육성한다.",
    "스타트업 대표들은 지원을 요청했다.",
    "정부 대표단이 도착했다.",
    "이번 회의에서 장관은 말했다.",
    "중기부 장관은 이날 발표했다.",
    "한국 대표로 참석했다.",
    "신임 사장은 취임식을 했다.",
    "심지원 기자 sim@example.co.kr",
    "[서울=뉴스핌] 박진숙 기자 = 중기부는 발표했다.",
    "공무원 대표들과 만났다.",
    "노조 위원장은 반발했다.",
    "현 정부의 장관들은 모였다.",
    "서울시 대변인은 말했다.",
    "미국 대통령은 말했다.",
    "글로벌 기업 대표 10명이 참석했다.",
    "업계 대표 기업인 삼성전자는 발표했다.",
    "박모 교수와 김모 과장이 입건됐다.",
    # a withheld name is no people row, whatever form ties a title to it
    "가나연대 대표 양모씨와 회원들을 고발했다.",
    "구단 관계자는 코치 이모(41)씨가 사표를 냈다고 말했다.",
    "병원 원장인 최모씨는 혐의를 부인했다.",
    "한빛전자 김모 상무는 납품 대가로 돈을 받았다.",
    "트위터 CEO인 그는 말했다.",
]
# fmt: on


@pytest.mark.parametrize("sentence, name, title, org", SHAPES)
def test_person_shapes(analyze, sentence, name, title, org):
    doc = analyze(sentence)
    found = people(doc)
    assert name in found, f"{name} not found in {sentence!r}: {list(found)}"
    assert found[name]["title"] == title
    assert found[name]["org"] == org
    assert len(found) == 1, f"extra people in {sentence!r}: {list(found)}"


@pytest.mark.parametrize("sentence", NOBODY)
def test_title_words_in_prose_are_no_one(analyze, sentence):
    assert analyze(sentence)._.rows["people"] == []


def test_person_mention_is_the_name_only(analyze):
    text = "손정의 일본 소프트뱅크 회장은 말했다."
    doc = analyze(text)
    persons = [s for s in doc.spans["mentions"] if s.label_ == "PERSON"]
    assert [(s.text, s.start_char, s.end_char, s._.source) for s in persons] == [("손정의", 0, 3, "rule")]
    assert all(text[s.start_char:s.end_char] == s.text for s in doc.spans["mentions"])


@pytest.fixture(scope="module")
def full_nlp():
    from sinmun.nlp import build_nlp

    return build_nlp()


@pytest.mark.parametrize("sentence, withheld", [
    ("경찰은 회사원 황모(41)씨를 입건했다.", "황모"),
    ("검찰은 브로커 조모 씨를 구속했다.", "조모"),
    ("재판부는 피고인 신모씨에게 징역 2년을 선고했다.", "신모"),
])
def test_withheld_name_is_a_mention_without_a_row(full_nlp, sentence, withheld):
    """`김모 씨`: the name as written is the mention (a person whose name is withheld), and no people row."""
    doc = full_nlp(sentence)
    assert doc._.rows["people"] == []
    assert withheld in [s.text for s in doc.spans["mentions"] if s.label_ == "PERSON"]


def test_firm_named_only_by_a_title_becomes_an_organization(analyze):
    doc = analyze("이민규 '가온누리랩스' 대표는 말했다.")
    orgs = {row["name"]: row for row in doc._.rows["organizations"]}
    assert people(doc)["이민규"]["org"] == "가온누리랩스"
    assert orgs["가온누리랩스"]["kind"] == "company"


@pytest.mark.parametrize("sentence, minister, ministry", [
    ("박민수 산업통상자원부 장관은 말했다.", True, "산업통상자원부"),
    ("김영수 전 국방부 장관은 회고했다.", False, None),
    ("스가 요시히데 일본 관방장관은 말했다.", False, None),
    ("조현우 중기부 차관은 말했다.", False, None),
    ("최상목 부총리 겸 기획재정부 장관은 말했다.", True, "기획재정부"),
    ("김성호 통일부장관은 말했다.", True, "통일부"),
])
def test_ministers(analyze, sentence, minister, ministry):
    (row,) = analyze(sentence)._.rows["people"]
    assert row["is_minister"] is minister
    assert row["ministry"] == ministry


# fmt: off
FOREIGN_NAME_OR_ORG = [
    # (sentence, person, org): before a political title, the proper nouns after a name-shaped word
    # finish a foreign name; before a business title they are the firm.
    ("미국에서 도널트 트럼프 후보자가 당선되었다.", "도널트 트럼프", None),
    ("미하엘 그로세 브뢰머 의원은 합의했다.", "미하엘 그로세 브뢰머", None),
    ("호스니 무바라크 대통령은 사임했다.", "호스니 무바라크", None),
    ("최민호 스카이칩스 부사장은 설명했다.", "최민호", "스카이칩스"),
    ("정해린 토스 창업자는 말했다.", "정해린", "토스"),
    ("홍길동 더불어민주당 의원은 비판했다.", "홍길동", "더불어민주당"),
]
# fmt: on


@pytest.mark.parametrize("sentence, name, org", FOREIGN_NAME_OR_ORG)
def test_a_persons_name_is_no_organization(analyze, sentence, name, org):
    doc = analyze(sentence)
    assert set(people(doc)) == {name}
    assert people(doc)[name]["org"] == org
    rows = {row["name"] for row in doc._.rows["organizations"]}
    assert rows == ({org} if org else set()), f"organizations in {sentence!r}: {rows}"
