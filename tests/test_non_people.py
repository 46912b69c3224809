"""Statistical PERSON spans that name no one (rules/non_people.py), family by family, and the people that
stay: made-up sentences; each case names the span the model might give, so the cases hold whatever the
shipped model predicts.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from sinmun.nlp import build_nlp

    return build_nlp()


def _span(sentence: str, words: str) -> tuple[int, int]:
    start = sentence.index(words)
    return start, start + len(words)


# fmt: off
NO_PERSON = [
    # (sentence, the model's span, whether it names no one)
    # one syllable: a surname only before 씨, 모, an age, a title or a word after it
    ("상가는 지상 3층 건물. 융 8억 / 보 2억에 나왔다.", "융", True),
    ("두 배우 부부의 리마인드 화보가 공개됐다.", "리", True),
    ("그는 오후 한 매체와의 인터뷰에서 말했다.", "한", True),
    ("경찰은 김 씨를 불러 조사했다.", "김", False),
    ("경찰은 최모(52)씨를 입건했다.", "최", False),
    ("검찰은 윤모 일병의 사망 경위를 조사했다.", "윤", False),
    ("박 감독은 선수들을 칭찬했다.", "박", False),
    ("김·오 교수가 결선에 올랐다.", "김", False),
    ("홍 재무는 적자를 인정했다.", "홍", False),
    ("박병장님 연기가 최고였다.", "박", False),
    ("커는 이날 3점슛 다섯 개를 넣었다.", "커", False),
    ("한빛일보는 사측의 편집국 점령에 반발했다.", "사", True),
    ("그는 \"양측에 편리한 시기에 만나자\"고 했다.", "양", True),
    # the first part of a name whose head follows it, apart or glued
    ("가람 프러덕션은 출연료를 돌려받지 못했다.", "가람", True),
    ("일본의 미나토 금융그룹이 지분을 팔았다.", "미나토", True),
    ("손님들은 벨루아 호텔 예약을 서둘렀다.", "벨루아", True),
    ("두 사람은 청담동 다온빌라에 산다.", "다온", True),
    ("대회는 미국 로즈크릭골프장에서 열렸다.", "로즈크릭", True),
    ("배들이 바이칼강을 따라 올라갔다.", "바이칼", True),
    ("김하준 센터장은 말했다.", "김하준", False),
    ("김하준 한빛대학교 교수는 분석했다.", "김하준", False),
    ("팬들은 레오나르도 호텔 방문을 반겼다.", "레오나르도", True),
    ("팬들은 강지훈과 호텔에서 만났다.", "강지훈", False),
    # digits beside Hangul: no name; a stage name or a regnal number is one
    ("주문은 11번가 등 쇼핑몰에서 몰렸다.", "11번", True),
    ("새 게임 골프투어 08이 나왔다.", "골프투어 08", True),
    ("교황 베네딕토 16세가 방문했다.", "베네딕토 16세", False),
    ("그룹 2NE1이 무대에 올랐다.", "2NE1", False),
    # a name glued to a head: the body, place or event
    ("그는 한빛코리아오픈에서 첫 우승을 했다.", "한빛코리아오픈", True),
    ("관심사는 8월 열리는 브리즈번올림픽이다.", "브리즈번올림픽", True),
    ("구청은 다온사이언스센터 조성비를 댄다.", "다온사이언스센터", False),  # a body: relabelled, see below
    ("앤더리어스 크리그가 결승골을 넣었다.", "앤더리어스 크리그", False),
    # the words of a work's title, in title brackets or before an author's credit
    ("서점에는 「하민수 생활영어」와 「액티브 잉글리시」가 있다.", "하민수", True),
    ("신간 가람 에세이(방하준 엮음·한빛북스)=1930년대 수필 모음.", "가람 에세이", True),
    ("『시온서재(詩溫書齋)』의 등재가 추진된다.", "詩溫書齋", True),
    ("『모든 눈이 페리에게 집중돼 있다』고 전제했다.", "페리", False),
    ("「김하준」 씨가 말했다.", "김하준", False),
    # real people stay
    ("김하준은 어제 귀국했다.", "김하준", False),
    ("호날두는 결승골을 넣었다.", "호날두", False),
    ("마이클 부블레가 내한한다.", "마이클 부블레", False),
]
# fmt: on


@pytest.mark.parametrize("sentence, span, expected", NO_PERSON)
def test_no_person(nlp, sentence, span, expected):
    from sinmun.rules.non_people import no_person

    doc = nlp.make_doc(sentence)
    assert no_person(doc, *_span(sentence, span)) is expected


@pytest.mark.parametrize("sentence, span, expected", [
    # a name and the word for its government: the government (KLUE-NER marks 아베 정권 an organization)
    ("야당은 ‘김하준 정부와의 전면전’을 선포했다.", "김하준 정부", True),
    ("그는 오바마 행정부의 정책을 비판했다.", "오바마 행정부", True),
    ("시위대는 무르시 정권의 퇴진을 요구했다.", "무르시 정권", True),
    ("김하준은 정부를 비판했다.", "김하준", False),
])
def test_government_of(nlp, sentence, span, expected):
    from sinmun.rules.non_people import government_of

    doc = nlp.make_doc(sentence)
    assert government_of(doc, *_span(sentence, span)) is expected


@pytest.mark.parametrize("sentence, thing", [
    ("가람 프러덕션은 출연료를 돌려받지 못했다.", "가람"),
    ("주문은 11번가 등 쇼핑몰에서 몰렸다.", "11번"),
    ("손님들은 벨루아 호텔 예약을 서둘렀다.", "벨루아"),
])
def test_pipeline_keeps_no_person_mention(sentence, thing):
    """Whatever the model reads, the pipeline's mentions hold no PERSON on the first part of a name."""
    from sinmun.doc_ext import MENTIONS
    from sinmun.nlp import build_nlp

    doc = build_nlp()(sentence)
    people = [m.text for m in doc.spans.get(MENTIONS, []) if m.label_ == "PERSON"]
    assert thing not in people


# fmt: off
LISTS = [
    # (sentence, the model's PERSON spans, the span checked, whether the list makes it no one)
    # a list closed by a noun for things
    ("보상은 라벤토, 미르카, 솔리스 등의 구형 차량을 반납하면 준다.", ["라벤토", "미르카", "솔리스"], "미르카", True),
    ("매장에는 베로니, 카르딘 등 수입 가방이 들어왔다.", ["베로니", "카르딘"], "카르딘", True),
    ("후보는 에르난데스, 로드리고 등 외국인 선수들이다.", ["에르난데스", "로드리고"], "로드리고", False),
    ("행사에는 에르난데스, 로드리고 등 3명이 나왔다.", ["에르난데스", "로드리고"], "로드리고", False),
    # members that are places, bodies or common nouns
    ("난민은 아제르바이잔, 그루지야, 몰다니아 등지에서 왔다.", ["몰다니아"], "몰다니아", True),
    ("재활용함은 휴게실, 연무관, 식당에 놓였다.", ["연무관"], "연무관", True),
    ("호텔은 숙박과 벨리시아 화장품을 함께 준다.", ["벨리시아"], "벨리시아", True),
    # members that are people, or no list at all
    ("산드라 블록과 빌 풀만의 연기가 좋았다.", ["산드라 블록", "빌 풀만"], "빌 풀만", False),
    ("이냐리투 감독과 마이클키튼의 호흡이 좋았다.", ["마이클키튼"], "마이클키튼", False),
    ("그는 2언더파를 쳐 미셸 위와 공동 선두로 나섰다.", ["미셸 위"], "미셸 위", False),
    ("반면, 카터의 방북에는 우려도 있다.", ["카터"], "카터", False),
    ("다무라 사토시(田村聰·51·사진) 씨가 도착했다.", ["田村聰"], "田村聰", False),
]
# fmt: on


@pytest.mark.parametrize("sentence, spans, span, expected", LISTS)
def test_listed_with_things(nlp, sentence, spans, span, expected):
    from sinmun.rules.non_people import listed_with_things

    doc = nlp.make_doc(sentence)
    others = [(*_span(sentence, s), "PERSON") for s in spans]
    assert listed_with_things(doc, *_span(sentence, span), others) is expected


@pytest.mark.parametrize("sentence, span, expected", [
    # 에/에서 after a word not shaped like a name: a place, a site, a firm
    ("사진은 지난 26일 핀터레스트에 올라왔다.", "핀터레스트", True),
    ("회사는 배달요에 서비스 개선을 위해 투자했다.", "배달요", True),
    ("브랜드는 가온패션에 인수된 지 1년이 됐다.", "가온패션", True),
    # a person takes 에 to be compared, followed or spoken of
    ("그는 호날두에 밀려 후보였다.", "호날두", False),
    ("연봉은 데이비스에 이어 2위다.", "데이비스", False),
    ("팬들은 트럼프에 대해 말했다.", "트럼프", False),
    ("감독은 페리에게 기회를 줬다.", "페리", False),
])
def test_taken_as_a_place(sentence, span, expected):
    from sinmun.rules.non_people import taken_as_a_place

    assert taken_as_a_place(sentence, _span(sentence, span)[1]) is expected


@pytest.mark.parametrize("sentence, span, name", [
    # a surname glued to its title: the surname, where Kiwi reads the word as surname + title
    ("이국장은 또 중소기업 대책을 밝혔다.", "이국장", "이"),
    ("설비투자는 김사장 손에서 결정된다.", "김사장", "김"),
    ("박대통령은 회의를 주재했다.", "박대통령", "박"),
    # a name that ends in a title's letters stays whole
    ("개그맨 유상무, 장도연 씨 커플이 화제다.", "유상무", "유상무"),
    ("김하준 대표가 말했다.", "김하준", "김하준"),
    ("이국진은 말했다.", "이국진", "이국진"),
])
def test_surname_before_glued_title(nlp, sentence, span, name):
    from sinmun.rules.non_people import surname_before_glued_title

    doc = nlp.make_doc(sentence)
    start, end = surname_before_glued_title(doc, *_span(sentence, span))
    assert sentence[start:end] == name


@pytest.mark.parametrize("sentence, span, label", [
    # a name glued to the head of a body's or a place's name is that body or place
    ("구청은 다온사이언스센터 조성비를 댄다.", "다온사이언스센터", "ORG"),
    ("대회는 로즈크릭골프장에서 열렸다.", "로즈크릭골프장", "LOC"),
    ("사고는 일죽나들목 부근에서 났다.", "일죽나들목", "LOC"),
    # an event is no entity of these labels (it is dropped as no person), a name stays
    ("그는 한빛코리아오픈에서 우승했다.", "한빛코리아오픈", None),
    ("앤더리어스 크리그가 골을 넣었다.", "앤더리어스 크리그", None),
    ("김하준은 말했다.", "김하준", None),
])
def test_named_by_its_head(nlp, sentence, span, label):
    from sinmun.rules.non_people import named_by_its_head

    doc = nlp.make_doc(sentence)
    assert named_by_its_head(doc, *_span(sentence, span)) == label


@pytest.mark.parametrize("sentence, span, expected", [
    # after 올 뉴, 뉴 or a quoted 더: a model or a title
    ("올 뉴 카렌토 2015년 출시 이후 잘 팔렸다.", "카렌토", True),
    ("한빛자동차 ‘더 넥스트 카렌토’ 출시", "넥스트", True),
    ("신차 뉴 카렌토가 나왔다.", "카렌토", True),
    # a person after 더 ("more") or in a quotation stays
    ("팬들은 더 김하준을 응원했다.", "김하준", False),
    ("‘호날두 효과’가 컸다.", "호날두", False),
])
def test_named_after_a_product_word(nlp, sentence, span, expected):
    from sinmun.rules.non_people import no_person

    doc = nlp.make_doc(sentence)
    assert no_person(doc, *_span(sentence, span)) is expected


@pytest.mark.parametrize("sentence, span, expected", [
    # a word between 전/前 and a title: where the office was held
    ("카를로 벨리니(전 페라리 디자이너)가 참여했다.", "페라리", True),
    ("마르코 로시(前 르노 사장)가 말했다.", "르노", True),
    ("한스 뮐러(전 보쉬 연구원)가 발표했다.", "보쉬", True),
    # a name there is the person
    ("회담 시작 전 박 대통령과 만났다.", "박", False),
    ("이 자리에는 전 김하준 대표도 왔다.", "김하준", False),
    ("로시 전 사장이 말했다.", "로시", False),
])
def test_former_employer(nlp, sentence, span, expected):
    from sinmun.rules.non_people import former_employer

    doc = nlp.make_doc(sentence)
    assert former_employer(doc, *_span(sentence, span)) is expected
