"""Portal scrapes: debris glued to prose, head tags, copyright wordings, captions and bylines in the
shapes every outlet uses (made-up outlets, names and sentences), and the metadata read from them."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sinmun.cleaning import clean_article
from conftest import assert_body_lines_hold

P1 = "정부는 2일 인공지능 산업 육성 방안을 발표했다"
P2 = "이번 방안에는 중소기업의 데이터 활용을 돕는 지원책이 대거 담겼다"
P3 = "담당 국장은 현장의 목소리를 끝까지 반영하겠다고 말했다"
BODY = f"{P1}\n{P2}\n{P3}"

# fmt: off
GLUED_TAILS = [  # debris glued to the last sentence: (tail, debris strings)
    ("hong@gasang.co.kr▶기사제보 및 문의▶가상 속보 보러가기", ["hong@gasang.co.kr", "▶기사제보"]),
    (".hong@gasang.co.kr ▶ 가상일보 앱 설치하기", ["hong@gasang.co.kr", "앱 설치"]),
    (". 홍길동 기자 hong@gasang.co.kr[카카오 친구맺기] [페이스북]", ["홍길동 기자", "[카카오 친구맺기]"]),
    (". 홍길동 기자(hong@gasang.kr)☞ [특집 사이트 바로 가기] 더 재미있게!", ["홍길동 기자", "☞", "더 재미있게!"]),
    (".홍길동 (hong@gasang.co.kr)▶ 네이버 메인에서 가상일보 구독하기", ["홍길동 (", "구독하기"]),
    ("\n홍길동기자 (hong@gasang.co.kr)[저작권자ⓒ 가상방송 무단복제-재배포 금지]", ["홍길동기자", "저작권자"]),
    (".[홍길동 기자]▶가상 프리미엄 읽을거리 ▶오늘의 주요 뉴스[ⓒ 가상일보 & gasang.co.kr, 무단전재 및 재배포 금지]", ["[홍길동 기자]", "읽을거리", "무단전재"]),
    (".[가상뉴스부 홍길동 인턴기자]▶가상 뉴스 더보기", ["인턴기자", "더보기"]),
    (".[홍길동 정치부장]▶가상 뉴스레터 신청", ["정치부장", "뉴스레터"]),
    (".오갑동 가상대학교 교수[가상경제 바로가기]이제 시세도 가상경제에서 확인하세요 [바로가기▶]", ["교수", "바로가기", "확인하세요"]),
    ("./평창=홍길동기자 hong@gasang.com[가상경제 바로가기]", ["/평창=홍길동기자", "바로가기"]),
    ("\nhong@gasang.co.kr가상 광장 전경\n[AP=가상통신]▶기사제보 및 문의", ["hong@gasang.co.kr", "가상 광장 전경", "[AP=가상통신]"]),
    ("\n김철수 기자, 평창/이영희 기자 kim@gasang.co.kr ▶ 가상신문 절친이 되어 주세요! [신문구독]", ["김철수 기자", "절친", "[신문구독]"]),
    ("\n가상일보 : 02-123-4567(기사문의·제보) 카톡/라인 gasang", ["02-123-4567", "카톡"]),
    ("\n※ '당신의 제보가 뉴스가 됩니다' [카카오톡] 가상방송 검색해 채널 추가", ["당신의 제보", "채널 추가"]),
    ("\n기사제공 가상일보", ["기사제공"]),
    (". ⓒ 가상일보, 무단 전재 및 재배포 금지기사제공 가상일보", ["ⓒ", "기사제공"]),
    ("\n▶10만원대 수량한정 가상 명품 세트!▶가상경제 채널 구독하기 - Copyrights ⓒ 가상경제 & gasang.com, 무단 전재 및 재배포 금지 -", ["명품 세트", "Copyrights"]),
    ("\n공감언론 가상통신이 독자 여러분의 소중한 제보를 기다립니다.\n<저작권자ⓒ 공감언론 가상통신. 무단전재-재배포 금지>", ["소중한 제보", "저작권자"]),
    (".홍길동 기자 hong@gasang.co.kr\n[모바일 가상 구독신청] ⓒ 가상경제 & gasang.com, 무단전재 및 재배포 금지", ["홍길동 기자", "구독신청"]),
    (".가상뉴스 홍길동입니다.(홍길동 기자 hong@gasang.co.kr)[저작권자(c) 가상방송 무단복제-재배포 금지]", ["홍길동입니다", "저작권자"]),
    ("\n가상방송 홍길동[hong@gasang.co.kr]※ '당신의 제보가 뉴스가 됩니다' [전화] 02-398-0000", ["홍길동[", "제보"]),
    (".세종=홍길동 기자 hong@gasang.com ⓒ 세상을 보는 눈, 글로벌 미디어 가상일보", ["세종=", "세상을 보는 눈"]),
    (".▶ 기사 제보 및 보도자료 press@gasang.co.kr, 카카오톡 @가상뉴스[ⓒ 가상뉴스 무단전재 및 재배포 금지]", ["보도자료", "카카오톡"]),
]
COPYRIGHTS = [  # every outlet's wording of the notice, alone on the last line or glued to it
    "[저작권자(c) 가상방송 & 가상 PLUS 무단전재 및 재배포 금지]",
    "Copyright(c) Since 1995 가상일보 All rights reserved.",
    "ⓒ 가상일보 무단 전재-재배포 금지",
    "※ 저작권자 ⓒ 가상뉴스. 무단 전재-재배포 금지",
    "<ⓒ세계를 보는 창 경제를 보는 눈, 가상경제 무단전재 배포금지>",
    "＜ⓒ종합 경제정보 미디어 가상데일리 - 무단전재 & 재배포 금지＞",
    "GoodNews paper ⓒ 가상일보(www.gasang.co.kr), 무단전재 및 재배포금지",
    "[ⓒ가상신문 : 무단전재 및 재배포 금지]",
    "Copyright by 가상방송(http://gasang.co.kr) and 가상 Content Hub Co., Ltd. All Rights Reserved. 무단 전재 및 재배포 금지",
    "© 가상뉴스코리아(gasang.kr), 무단 전재 및 재배포 금지",
    "<저작권자 ⓒ '돈이 보이는 리얼타임 뉴스' 가상투데이, 무단전재 및 재배포 금지>",
    "ⓒ (주)가상데일리 - 무단전재, 변형, 무단배포 금지",
]
HEADS = [  # what stands before the first sentence: (head, debris strings, reporters)
    ("가상 발표보다 1년 빨라…반발 예고 (카이로=가상통신) 홍길동 특파원 = ", ["1년 빨라", "(카이로="], ["홍길동"]),
    ("\"근거 박약…제조업에 타격\"(로스앤젤레스=가상통신) 김철수 특파원 = ", ["근거 박약", "특파원 ="], ["김철수"]),
    ("이번 대회만 메달 5개…통산 금8경기에서 역주하는 선수[EPA=가상통신](평창=가상통신) 이영희 기자 = ", ["메달 5개", "[EPA="], ["이영희"]),
    ("가상 칼럼 필자 교수북 핵위협이 최대 압박 자초[가상경제]\n", ["핵위협", "[가상경제]"], []),
    ("[가상경제] ", ["[가상경제]"], []),
    ("[가상일보 박영수 기자] ", ["[가상일보", "박영수 기자]"], ["박영수"]),
    ("[세종=가상데일리 최민호 기자] ", ["세종=", "최민호 기자"], ["최민호"]),
    ("요약 부제 하나요약 부제 둘 하는 모습\n(사진=가상통신)[가상데일리 정하늘 기자] ", ["요약 부제", "(사진=", "정하늘"], ["정하늘"]),
    ("가상 간담회 개최장관이 서로 악수하고 있다\n가상통신[세종=가상데일리 한지우 기자] ", ["간담회 개최", "악수하고", "한지우"], ["한지우"]),
    ("단일팀 결성흥행 불씨 살려선수들이 모여있다\n/강릉=조사진기자[가상경제] ", ["단일팀", "모여있다", "조사진기자"], []),
    ("[가상뉴스=이슈섹션] ", ["이슈섹션"], []),
    ("【서울=가상통신】배영호 기자 = ", ["【서울=", "배영호"], ["배영호"]),
    ("(세종=가상통신) 홍길동 김철수 기자 = ", ["세종=", "김철수 기자"], ["홍길동", "김철수"]),
    ("[가상일보] 홍길동 기자 ", ["[가상일보]", "홍길동 기자"], ["홍길동"]),
    ("[가상투데이 홍길동 기자] [AI 육성책 발표…\"중기 지원 확대\"]", ["육성책", "중기 지원"], ["홍길동"]),
    ("헤드라인이 붙은 첫 줄[가상신문 나우뉴스]", ["헤드라인", "나우뉴스"], []),
    ("가상 육성책 발표【서울=가상통신】김철수 기자 = 장관이 브리핑하고 있다. 2018.02.25. photo@gasang.com【서울=가상통신】홍길동 기자 = ",
     ["브리핑하고", "김철수"], ["홍길동"]),
]
CAPTIONS = [  # captions known by their credits in the middle of the body: (line, debris strings)
    ("충돌로 숨진 사람은 20명이 넘는다.가상 광장 항의 시위[AP=가상통신 자료사진]협상을 통한 돌파구도 보이지 않는다",
     ["항의 시위", "[AP="]),
    ("▲ 가상 다리 빠져 나오는 대표단 (사진=가상통신)국방부는 군사도로가 아니라는 입장을 밝혔습니다.", ["▲", "사진="]),
    ("협의해나갈 계획이다.바흐 위원장이 만찬에 참석하며 로봇과 악수하고 있다\n/가상통신◇드론도 인기=평창에서는 드론이 인기를 누렸다",
     ["악수하고 있다", "/가상통신"]),
    ("국비 비율은 정하지 못했다.김 여사(오른쪽)가 관중에게 인사하고 있다\n사진=가상통신폐회식에 앞서 만날 가능성이 점쳐진다",
     ["인사하고 있다", "사진="]),
    ("총리는 국산 쌀만 먹는다고 밝혔다.전 총리가 행사장에 들어서고 있다\n[AFP=가상통신]야당 정치인은 들어본 적도 없다고 말했다",
     ["들어서고 있다", "[AFP="]),
    ("그 배후로 지목되고 있다\n사진공동취재단그렇기 때문에 협상에는 적임자라는 평이다", ["사진공동취재단"]),
    ("장관이 2일 브리핑하고 있다 [가상포토]", ["브리핑하고", "[가상포토]"]),
    ("정부는 지원을 늘렸다.장관이 2일 브리핑하고 있다./가상통신다음 달부터 시행된다", ["브리핑하고", "/가상통신"]),
]
KEPT = [  # lines of prose that carry a debris-like word but no debris shape
    "누리꾼들은 페이스북과 트위터에 정책에 대한 의견을 적극적으로 남겼다",
    "신문사는 구독료를 올해 처음으로 인상하기로 했다고 밝혔다",
    "그의 유작은 《개인의 이성이 어떻게 국가를 바꾸는가》이다.",
    "경찰은 제보를 받아 용의자를 이틀 만에 검거했다고 전했다",
    "감사합니다.",
    "【2012년 8월 28일】",
    "두 제품은 NFC(무선데이터통신) 센서를 탑재한 것이 특징이다.",
    "불법도박 규모(2008년 53조원→2012년 75조원)만 키웠다는 점에 주목할 필요가 있다.",
    "한편 도심 탐방로로는 ▶북한산 우이령길 ▶계룡산 갑사길이 있다.",
]
# fmt: on


@pytest.mark.parametrize("tail,debris", GLUED_TAILS, ids=[f"tail{i}" for i in range(len(GLUED_TAILS))])
def test_glued_tail_goes_and_the_last_sentence_stays(tail: str, debris: list[str]) -> None:
    body = clean_article(BODY + tail).body
    assert P3 in body and P1 in body
    for piece in debris:
        assert piece not in body


@pytest.mark.parametrize("notice", COPYRIGHTS, ids=[f"copyright{i}" for i in range(len(COPYRIGHTS))])
@pytest.mark.parametrize("glue", ["\n", ".", ". "])
def test_copyright_wordings(notice: str, glue: str) -> None:
    body = clean_article(BODY + glue + notice).body
    assert P3 in body
    assert "금지" not in body and "ⓒ" not in body and "©" not in body and "opyright" not in body


@pytest.mark.parametrize("head,debris,reporters", HEADS, ids=[f"head{i}" for i in range(len(HEADS))])
def test_head_zone_goes_and_names_the_reporters(head: str, debris: list[str], reporters: list[str]) -> None:
    article = clean_article(head + BODY)
    assert article.body.startswith(P1)
    for piece in debris:
        assert piece not in article.body
    assert article.reporters == reporters


@pytest.mark.parametrize("line,debris", CAPTIONS, ids=[f"caption{i}" for i in range(len(CAPTIONS))])
def test_captions_go_with_their_credits(line: str, debris: list[str]) -> None:
    article = clean_article(f"{P1}\n{line}\n{P3}")
    for piece in debris:
        assert piece not in article.body
    assert P1 in article.body and P3 in article.body
    assert article.captions


@pytest.mark.parametrize("line", KEPT, ids=[f"kept{i}" for i in range(len(KEPT))])
@pytest.mark.parametrize("where", ["middle", "end"])
def test_prose_with_debris_words_is_kept(line: str, where: str) -> None:
    text = f"{P1}\n{line}\n{P2}" if where == "middle" else f"{P1}\n{P2}\n{line}"
    assert line in clean_article(text).body


@pytest.mark.parametrize(
    "text,outlet",
    [
        (f"{BODY}\nhong@gasang.co.kr▶기사제보 및 문의기사제공 가상일보", "가상일보"),
        (f"(서울=가상통신) 홍길동 기자 = {BODY}", "가상통신"),
        (f"[가상뉴스=이슈섹션] {BODY}", "가상뉴스"),
        (f"{BODY}\n[홍길동 기자]▶가상 뉴스[ⓒ 가상경제 & gasang.co.kr, 무단전재 및 재배포 금지]", "가상경제"),
        (f"{BODY}.홍길동 기자 hong@yna.co.kr", "연합뉴스"),
        (f"{BODY}\n[저작권자ⓒ SBS 무단복제-재배포 금지]기사제공 SBS 뉴스", "SBS"),
    ],
)
def test_outlet_from_tags_notices_and_domains(text: str, outlet: str) -> None:
    assert clean_article(text).outlet == outlet


# Pieces of scrape debris and prose for the property tests.
PIECES = [P1, P2, P3, ".", "\n", " ", "▶기사제보 및 문의", "☞ [특집 사이트]", "hong@gasang.co.kr", "[가상경제]",
          "(서울=가상통신) 홍길동 기자 =", "[AP=가상통신 자료사진]", "ⓒ 가상일보 무단전재 및 재배포 금지", "기사제공 가상일보",
          "[카카오 친구맺기]", "홍길동 기자", "사진=가상통신", "/가상통신", "▲ 캡션 (사진=가상통신)", "“인용”", "감사합니다."]
scrapes = st.lists(st.sampled_from(PIECES), max_size=20).map("".join)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(scrapes)
def test_cleaning_a_scrape_is_idempotent(text: str) -> None:
    once = clean_article(text).body
    assert clean_article(once).body == once


SENTENCES = st.sampled_from([
    "시장은 올해 3% 성장할 것으로 전망됐다.", "위원회는 다음 달 회의를 열어 방안을 확정한다.",
    "그는 현장을 둘러본 뒤 대책 마련을 지시했다.", "업계는 규제 완화를 꾸준히 요구해 왔다.",
    "주민들은 공사 소음에 대한 불만을 제기했다.", "연구진은 새 소재의 내구성을 시험하고 있다.",
])


@PROPERTY
@given(st.lists(SENTENCES, min_size=1, max_size=8), st.lists(st.sampled_from(PIECES[3:]), max_size=6))
def test_a_sentence_of_prose_is_never_deleted(sentences: list[str], debris: list[str]) -> None:
    """Lines that are sentences with no debris shape survive whatever debris surrounds them."""
    text = "\n".join(["".join(debris[:3]), *sentences, "".join(debris[3:])])
    body = clean_article(text).body
    for sentence in sentences:
        assert sentence in body


@PROPERTY
@given(scrapes)
def test_body_offsets_stay_valid(text: str) -> None:
    """The body splits into the lines it is made of, none empty or padded: offsets computed on it hold."""
    body = clean_article(text).body
    assert_body_lines_hold(body)
