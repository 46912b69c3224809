"""Every common way Korean news ties a person to a title and an organization, and words that are no one.

Made-up sentences, one form each (DESIGN.md, "Names: what a canonical name is"): `이름 기관 직함`,
`기관 직함 이름`, `기관(직함 이름)`, `기관 직함인 이름`, `이름 직함`, `직함 이름 씨`, a title glued to the
organization or to the name, sport and culture titles, foreign offices, and 전/前 kept out of the title.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyze(analyze_entities):
    return analyze_entities


def people(doc) -> dict[str, dict]:
    return {row["name"]: row for row in doc._.rows["people"]}


# fmt: off
FORMS = [
    # (sentence, name, title, org, former)
    # 기관(직함 이름)
    ("과학기술정보통신부(장관 최민국)는 20일 계획을 발표했다.", "최민국", "장관", "과학기술정보통신부", False),
    ("서울대(총장 오덕민)는 입학 전형을 바꿨다.", "오덕민", "총장", "서울대학교", False),
    ("카카오(대표 정하윤)는 새 서비스를 내놨다.", "정하윤", "대표", "카카오", False),
    ("한국은행(총재 문성규)은 기준금리를 동결했다.", "문성규", "총재", "한국은행", False),
    ("더불어민주당(대표 한정우)은 논평을 냈다.", "한정우", "대표", "더불어민주당", False),
    ("서울가정법원 가사3부(부장 송인철)는 청구를 기각했다.", "송인철", "부장", "서울가정법원", False),
    ("서울행정법원 행정 12부(재판장 홍민수)는 판결했다.", "홍민수", "재판장", "서울행정법원", False),
    ("서울중앙지법 형사합의21부(부장판사 김상돈)는 선고를 미뤘다.", "김상돈", "부장판사", "서울중앙지방법원", False),
    ("특별수사본부(본부장 이영철 서울중앙지검장)는 수사 결과를 발표했다.", "이영철", "본부장", "특별수사본부", False),
    ("영화 '바다의 끝'(감독 김상진)이 개봉했다.", "김상진", "감독", None, False),
    ("한빛카드㈜(대표 이재훈)의 고소로 수사가 시작됐다.", "이재훈", "대표", "한빛카드", False),
    # 기관 직함인 이름
    ("과학기술정보통신부 장관인 최민국은 말했다.", "최민국", "장관", "과학기술정보통신부", False),
    ("카카오 대표인 정하윤은 설명했다.", "정하윤", "대표", "카카오", False),
    ("한국은행 총재인 문성규는 말했다.", "문성규", "총재", "한국은행", False),
    # 기관 직함 이름 (씨, particle)
    ("네이버 대표 김하준 씨는 말했다.", "김하준", "대표", "네이버", False),
    ("카카오 부사장 임도윤은 말했다.", "임도윤", "부사장", "카카오", False),
    ("'한빛홀딩스' 대표 김하준 씨는 말했다.", "김하준", "대표", "한빛홀딩스", False),
    ("전 국방부 장관 김영수 씨는 회고했다.", "김영수", "장관", "국방부", True),
    ("대변인 존 커비는 말했다.", "존 커비", "대변인", None, False),
    ("대변인 론 지글러를 시켜 논평을 냈다.", "론 지글러", "대변인", None, False),
    # 이름 기관 직함
    ("김하준 한빛홀딩스 대표는 말했다.", "김하준", "대표", "한빛홀딩스", False),
    ("박지원 고려대 교수는 분석했다.", "박지원", "교수", "고려대학교", False),
    ("최윤서 네이버 부사장은 밝혔다.", "최윤서", "부사장", "네이버", False),
    ("김철민 WHO 사무총장은 말했다.", "김철민", "사무총장", "세계보건기구", False),
    ("이도현 한국은행 부총재는 말했다.", "이도현", "부총재", "한국은행", False),
    # a title glued to the organization
    ("마르코 폴리니 WHO사무총장은 말했다.", "마르코 폴리니", "사무총장", "세계보건기구", False),
    ("황민철 법무부장관이 답변했다.", "황민철", "장관", "법무부", False),
    ("정민호 국세청장은 말했다.", "정민호", "국세청장", "국세청", False),
    # a name glued to the title
    ("김덕호의원은 반대 의견을 냈다.", "김덕호", "의원", None, False),
    ("옐친대통령은 회담을 제안했다.", "옐친", "대통령", None, False),
    ("박근혜대통령은 말했다.", "박근혜", "대통령", None, False),
    # 이름 직함, sport and culture
    ("강정민 선수는 결승골을 넣었다.", "강정민", "선수", None, False),
    ("박흥민 코치는 타선을 칭찬했다.", "박흥민", "코치", None, False),
    ("김수현 작가는 신작을 냈다.", "김수현", "작가", None, False),
    ("이재훈 시장은 예산안을 발표했다.", "이재훈", "시장", None, False),
    ("홍상민 감독은 시상식에 참석했다.", "홍상민", "감독", None, False),
    ("오지현 배우는 소감을 밝혔다.", "오지현", "배우", None, False),
    ("지난밤 옐런 의장은 성명을 냈다.", "옐런", "의장", None, False),
    ("박성민 나노연구단장은 말했다.", "박성민", "나노연구단장", None, False),
    # foreign offices
    ("세르게이 라브로프 러시아 외무장관은 말했다.", "세르게이 라브로프", "장관", None, False),
    ("척 헤이글 미국 국방장관은 말했다.", "척 헤이글", "장관", None, False),
    ("스가 요시히데 일본 관방장관은 말했다.", "스가 요시히데", "관방장관", None, False),
    ("기시다 후미오 외무상은 통화했다.", "기시다 후미오", "외무상", None, False),
    ("캐럴라인 케네디 주일 미국대사에게 설명했다.", "캐럴라인 케네디", "대사", None, False),
    ("페데리카 모게리니 EU 고위대표는 말했다.", "페데리카 모게리니", "고위대표", "유럽연합", False),
    # nominees, the elect, acting heads
    ("도종민 문체부장관 후보자의 청문회가 열렸다.", "도종민", "후보자", "문화체육관광부", False),
    ("박영희 대통령 당선인은 말했다.", "박영희", "당선인", None, False),
    ("조윤미 당선인 대변인은 말했다.", "조윤미", "대변인", None, False),
    ("정한결 징계위원장 직무대리는 말했다.", "정한결", "직무대리", None, False),
    # acronyms, genitive places, colons
    ("하마둔 뚜레 ITU사무총장은 성명을 냈다.", "하마둔 뚜레", "사무총장", "국제전기통신연합", False),
    ("크리스티아나 피게레즈 UNFCCC 사무총장이 발표했다.", "크리스티아나 피게레즈", "사무총장", "UNFCCC", False),
    ("미국의 척 헤이글 국방장관에게 전화를 걸었다.", "척 헤이글", "장관", None, False),
    ("아제르바이잔의 루스탐 오루조프 선수를 꺾었다.", "루스탐 오루조프", "선수", None, False),
    ("서울행정법원 행정12부(재판장: 홍순민)는 판결했다.", "홍순민", "재판장", "서울행정법원", False),
    ("미 국방장관 도널드 럼즈펠드와 만났다.", "도널드 럼즈펠드", "장관", None, False),
    ("신성민 반부패강력부장은 말했다.", "신성민", "반부패강력부장", None, False),
    ("일전에 독일 앙겔라 메르켈 총리는 반성을 요구했다.", "앙겔라 메르켈", "총리", None, False),
    ("레제프 타이이프 에르도안 터키 대통령은 말했다.", "레제프 타이이프 에르도안", "대통령", None, False),
    ("당구선수 차유민은 결혼했다.", "차유민", "당구선수", None, False),
    # a listed title written in two words
    ("더불어민주당 김도훈 원내 대표는 말했다.", "김도훈", "원내대표", "더불어민주당", False),
    ("김도훈 원내 대표는 말했다.", "김도훈", "원내대표", None, False),
    ("박서진 사무 총장은 말했다.", "박서진", "사무총장", None, False),
    ("한빛당 원내 대표 김도훈 씨는 말했다.", "김도훈", "원내대표", "한빛당", False),
    # the title in a parenthetical glued to the name: 이름(기관 직함), 이름(원어, 기관 직함, 나이)
    ("김철민(서울대 교수)은 분석했다.", "김철민", "교수", "서울대학교", False),
    ("정하윤(카카오 대표)은 설명했다.", "정하윤", "대표", "카카오", False),
    ("김영수(전 국방부 장관)는 회고했다.", "김영수", "장관", "국방부", True),
    ("상은 마르코 폴리니(Marco Pollini, 이탈리아 고려대 교수, 61)에게 돌아갔다.", "마르코 폴리니", "교수", "고려대학교", False),
    ("올해 상은 장 루카 베르니(Jean-Luc Berni, 프랑스 서울대 교수)가 받았다.", "장 루카 베르니", "교수", "서울대학교", False),
    # a foreign given name Kiwi splits into a noun and a particle (알레한드 + 로)
    ("상은 알레한드로 페르난데스 감독에게 돌아갔다.", "알레한드로 페르난데스", "감독", None, False),
    # a field joined by a middle dot before the title
    ("김철수 외교·안보 수석은 말했다.", "김철수", "수석", None, False),
    ("EU 캐서린 몬테로 외무·안보 고위대표와 만났다.", "캐서린 몬테로", "고위대표", "유럽연합", False),
    # the body before a foreign name
    ("WHO 마르코 폴리니 사무총장은 말했다.", "마르코 폴리니", "사무총장", "세계보건기구", False),
    # 직함이었던 이름: who held the title
    ("카카오 대표였던 김하준은 말했다.", "김하준", "대표", "카카오", True),
    ("국방부 장관이었던 김영수 씨는 회고했다.", "김영수", "장관", "국방부", True),
    ("그는 후임으로 COO(최고운영책임자)였던 존 파커를 추천했다.", "존 파커", "COO", None, True),
    # a name Kiwi reads as a verb form, where the sentence's shape says a person stands
    ("고운비 한빛홀딩스 대표는 말했다.", "고운비", "대표", "한빛홀딩스", False),
    ("노란비 카카오 부사장은 말했다.", "노란비", "부사장", "카카오", False),
    # 전 / 前 go to `former`
    ("김영수 전 국방부 장관은 회고했다.", "김영수", "장관", "국방부", True),
    ("김영수 前 국방부 장관은 회고했다.", "김영수", "장관", "국방부", True),
    ("이만섭 전대통령은 회고했다.", "이만섭", "대통령", None, True),
    ("최아람 전 카카오 대표는 말했다.", "최아람", "대표", "카카오", True),
    ("최아람 현 카카오 대표는 말했다.", "최아람", "대표", "카카오", False),
    # military ranks are titles
    ("국방부는 김한결 대령이 부대를 지휘한다고 밝혔다.", "김한결", "대령", None, False),
    ("해군은 박바다 제독을 새 사령관으로 맞았다.", "박바다", "제독", None, False),
]

NOBODY = [
    # a title with no name, or a word that only looks like one
    "민주당의원은 반대했다.",
    "미국대통령은 말했다.",
    "회장 선거가 열렸다.",
    "대표 김 씨는 말했다.",
    "장관 후보 명단이 나왔다.",
    "국가대표 선수들이 입국했다.",
    "주식시장은 하락했다.",
    "이 시장은 성장했다.",
    "감독 교체설이 나왔다.",
    "대변인 브리핑이 있었다.",
    "서울시 대변인은 말했다.",
    "사실을 시인했다.",
    "회장단은 회의를 열었다.",
    "부산시장 선거가 치러졌다.",
    "선수 선발이 끝났다.",
    "작가 지망생이 늘었다.",
    "원내 대표 선거가 열렸다.",
    "이번 사건(지난해 대표 선거)은 논란이 됐다.",
    "그 제도(2010년 도입, 현 회장)는 바뀌었다.",
    "노란비 우산이 팔렸다.",
    "한빛당 서구을 당협위원장은 말했다.",
    "대표이사장은 말했다.",
    "회장단은 사장단과 만났다.",
    "서울로 곤잘레스 감독이 왔다.",
    "위원회는 처분을 재가해 윤 총장은 물러났다.",
    "서울·부산 시장은 말했다.",
]
# fmt: on


@pytest.mark.parametrize("sentence, name, title, org, former", FORMS)
def test_person_title_org_forms(analyze, sentence, name, title, org, former):
    found = people(analyze(sentence))
    assert name in found, f"{name} not found in {sentence!r}: {list(found)}"
    row = found[name]
    assert (row["title"], row["org"], row["former"]) == (title, org, former)
    assert len(found) == 1, f"extra people in {sentence!r}: {list(found)}"


@pytest.mark.parametrize("sentence", NOBODY)
def test_title_words_without_a_person(analyze, sentence):
    assert analyze(sentence)._.rows["people"] == []


@pytest.mark.parametrize("sentence, name, ministry", [
    ("과학기술정보통신부(장관 최민국)는 발표했다.", "최민국", "과학기술정보통신부"),
    ("환경부 장관인 최민국은 말했다.", "최민국", "환경부"),
    ("환경부 장관 최민국은 말했다.", "최민국", "환경부"),
    ("황민철 법무부장관이 답변했다.", "황민철", "법무부"),
    ("최민국 과기정통부 장관은 말했다.", "최민국", "과학기술정보통신부"),
])
def test_ministry_from_the_text(analyze, sentence, name, ministry):
    row = people(analyze(sentence, "2024-05-01"))[name]
    assert row["is_minister"] is True
    assert row["ministry"] == ministry


@pytest.mark.parametrize("sentence", [
    "김영수 전 국방부 장관은 회고했다.",
    "전 국방부 장관 김영수 씨는 회고했다.",
    "세르게이 라브로프 러시아 외무장관은 말했다.",
])
def test_former_and_foreign_ministers_are_no_ministers(analyze, sentence):
    (row,) = analyze(sentence)._.rows["people"]
    assert row["is_minister"] is False
    assert row["ministry"] is None


@pytest.mark.parametrize("text, name, mentions", [
    ("최민국 과기정통부 장관은 말했다. 최 장관은 또 강조했다.", "최민국", 2),
    ("네이버 대표 김하준 씨는 말했다. 김 대표는 덧붙였다.", "김하준", 2),
    ("과학기술정보통신부(장관 최민국)는 발표했다. 최 장관은 설명했다.", "최민국", 2),
])
def test_short_forms_count_for_the_full_name(analyze, text, name, mentions):
    found = people(analyze(text))
    assert set(found) == {name}
    assert found[name]["mentions"] == mentions


def test_a_determiner_is_no_surname(analyze):
    """이 시장 is "this market" unless the person with surname 이 is a 시장."""
    found = people(analyze("이도현 카카오 대표는 말했다. 이 시장은 커지고 있다."))
    assert found["이도현"]["mentions"] == 1


@pytest.mark.parametrize("text, name, title", [
    # the full form of a title the article also shortens is the person's title
    ("정민호 안보실장은 말했다. 정민호 안보실장은 또 말했다. 정민호 국가안보실장은 밝혔다.", "정민호", "국가안보실장"),
    ("김도훈 대표는 말했다. 김도훈 원내대표는 덧붙였다.", "김도훈", "원내대표"),
    # a deputy is another office, not a full form
    ("김철수 회장은 말했다. 김철수 회장은 또 말했다. 김철수 부회장은 밝혔다.", "김철수", "회장"),
    ("이수민 총리는 말했다. 이수민 총리는 또 말했다. 이수민 부총리는 밝혔다.", "이수민", "총리"),
])
def test_the_full_form_of_a_title_wins(analyze, text, name, title):
    assert people(analyze(text))[name]["title"] == title


def test_a_list_with_lost_line_breaks(analyze):
    """`한빛랩 대표김도윤 누리웍스 대표`: one entry's title glued to the next entry's name."""
    found = people(analyze("참석자는 박서진 한빛랩 대표김도윤 누리웍스 대표, 최하람 온새미로 회장이윤재 다온소프트 대표 등이다."))
    assert {n: (r["title"], r["org"]) for n, r in found.items()} == {
        "박서진": ("대표", "한빛랩"), "김도윤": ("대표", "누리웍스"),
        "최하람": ("회장", "온새미로"), "이윤재": ("대표", "다온소프트")}
