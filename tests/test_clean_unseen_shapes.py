"""Debris shapes of outlets no resource lists, recognized by shape and position: transcript markers in
any bracket, bylines under the headline or opening the lead with an outlet of any shape, unbracketed
`place=outlet` datelines, bylines closing the text. Made-up outlets, names and sentences."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sinmun.cleaning import clean_article
from sinmun.cleaning.broadcast import strip_markers
from sinmun.cleaning.text import nospace
from conftest import assert_body_lines_hold

P1 = "가상시는 2일 청년 주거 지원 예산을 두 배로 늘린다고 밝혔다. 지원 대상도 만 39세까지 넓힌다."
P2 = "시는 올해 안에 임대주택 500호를 새로 공급할 계획이다."
P3 = "시 관계자는 \"청년들이 지역에 머물 수 있도록 하겠다\"고 말했다."
BODY = f"{P1}\n{P2}\n{P3}"
HEADLINE = "가상시 청년 주거 지원 두 배로"
SUBHEAD = "내년부터 단계적 시행"

# fmt: off
MARKERS = [  # a transcript marker line of any bracket, with the speaker it names: (line, removed)
    "(앵커)", "(앵커 멘트)", "▶ 앵커 멘트", "[앵커 맨트]", "【 앵커멘트 】", "[앵커리포트]", "<Anchor>", "(기자)",
    "(인터뷰) 한가람 / 회사원", "[녹취: 한가람 / 자영업자]", "<인터뷰 : 한가람 초등학교 교사>", "☎ 한가람 / 대학원생",
    "[현장 녹취]", "(녹취) 한가람 / 택시 기사", "[싱크] 한가람 / 주부", "【 기자 】", "[전화 연결] 한가람 / 상인",
]
SPEAKER_TURNS = [  # a speaker's role before a colon opens the turn; what is said stays
    ("앵커 : 오늘 첫 소식입니다.", "오늘 첫 소식입니다."), ("기자: 현장은 아직 혼란스럽습니다.", "현장은 아직 혼란스럽습니다."),
    ("진행자 : 말씀 감사합니다.", "말씀 감사합니다."),
]
NOT_MARKERS = [  # prose that opens with such words or brackets stays whole
    "▶ 기자가 찾은 현장은 참혹했다.", "앵커는 방송을 마치며 인사했다.", "(사진) 전시는 다음 달까지 이어진다.",
    "기자회견은 오후 2시에 열렸다.", "인터뷰 : 한가람 가상시장과의 일문일답은 다음과 같다.",
]
HEAD_BYLINES = [  # (head lines before P1, reporters, outlet)
    ("(누리온) 한가람 기자 = ", ["한가람"], "누리온"),
    ("<누리온> 한가람 기자 = ", ["한가람"], "누리온"),
    ("[누리온] 세종 한가람 기자 = ", ["한가람"], "누리온"),
    ("[누리온 = 한가람 기자] ", ["한가람"], "누리온"),
    ("세종=누리온 한가람 기자\n", ["한가람"], "누리온"),
    ("워싱턴=한가람 특파원\n", ["한가람"], None),
    (f"{HEADLINE}\n{SUBHEAD}\n누리온 | 한가람 기자 | 2023-05-02\n", ["한가람"], "누리온"),
    (f"{HEADLINE}\n{SUBHEAD}\n가상일보 | 한가람 기자 | 2023.05.02 14:31\n", ["한가람"], "가상일보"),
    (f"{HEADLINE}\n세종=가상경제 한가람·오누리 기자\n", ["한가람", "오누리"], "가상경제"),
]
TAIL_BYLINES = [  # (closing line, reporters, outlet)
    ("세종=누리온 한가람 기자", ["한가람"], "누리온"),
    ("광주=가상일보 한가람 기자", ["한가람"], "가상일보"),
    ("워싱턴=한가람 특파원", ["한가람"], None),
    ("가상일보 한가람 기자 garam@gasang.co.kr", ["한가람"], "가상일보"),
    ("가상경제 한가람 기자", ["한가람"], "가상경제"),
]
# fmt: on


@pytest.mark.parametrize("marker", MARKERS)
@pytest.mark.parametrize("where", ["first", "middle"])
def test_transcript_markers_of_any_bracket_go(marker: str, where: str) -> None:
    text = f"{marker}\n{BODY}" if where == "first" else f"{P1}\n{marker}\n{P2}\n{P3}"
    body = clean_article(text).body
    assert nospace(marker) not in nospace(body)
    assert body == BODY


@pytest.mark.parametrize("line,said", SPEAKER_TURNS)
def test_speaker_roles_before_a_colon_go_and_the_turn_stays(line: str, said: str) -> None:
    assert strip_markers(line)[0] == said


@pytest.mark.parametrize("line", NOT_MARKERS)
def test_prose_opening_with_marker_words_stays(line: str) -> None:
    assert strip_markers(line)[0] == line
    assert line in clean_article(f"{P1}\n{line}\n{P2}").body


@pytest.mark.parametrize("head,reporters,outlet", HEAD_BYLINES)
def test_head_bylines_of_unknown_outlets(head: str, reporters: list[str], outlet: str | None) -> None:
    cleaned = clean_article(head + BODY)
    assert cleaned.body == BODY
    assert cleaned.reporters == reporters
    assert cleaned.outlet == outlet
    if head.startswith(HEADLINE):
        assert cleaned.title == HEADLINE


@pytest.mark.parametrize("tail,reporters,outlet", TAIL_BYLINES)
def test_closing_bylines_with_a_place_or_an_unknown_outlet(tail: str, reporters: list[str], outlet: str | None) -> None:
    cleaned = clean_article(f"{BODY}\n{tail}")
    assert cleaned.body == BODY
    assert cleaned.reporters == reporters
    assert cleaned.outlet == outlet


# fmt: off
CAPTION_LINES = [  # a caption known by an unbracketed credit or a ▲ scene mark: (line, strings that must go)
    ("기자회견장 전경 |사진 한가람 기자", ["기자회견장 전경", "한가람 기자"]),
    ("시민들이 광장 앞을 지나가고 있다 | 사진=한가람 기자", ["광장 앞을", "한가람 기자"]),
    ("지난달 열린 설명회 현장 | 누리온 제공", ["설명회 현장", "누리온 제공"]),
    ("행사장 전경 사진 누리온 DB", ["행사장 전경", "누리온 DB"]),
    ("▲관계자가 질문에 답하고 있다. ⓒ누리온", ["질문에 답하고", "ⓒ누리온"]),
    ("▲참석자들이 기념 촬영을 하고 있다.", ["기념 촬영을"]),
    ("▲ 개막식 현장", ["개막식 현장"]),
    ("시민들이 광장 앞을 지나가고 있다 <사진제공=가상재단>", ["광장 앞을", "가상재단"]),
    ("기자회견장 전경 ⓒ누리온 한가람 기자", ["기자회견장 전경", "ⓒ누리온"]),
]
SENTENCE_CAPTIONS = [  # a handout's caption written as a sentence stays once; only its credit goes
    ("관계자가 질문에 답하고 있다. 누리온 제공", "관계자가 질문에 답하고 있다.", "누리온 제공"),
    ("장관이 인사말을 하고 있다. / 가상부 제공", "장관이 인사말을 하고 있다.", "가상부 제공"),
    # a long caption naming who, where and when is news: it stays once, whatever the credit
    ("2일 가상시 중구 가상홀에서 열린 협약식에서(왼쪽부터) 한가람 가상재단 이사장과 오누리 가상시장이 기념촬영을 하고 있다. [사진=가상시]",
     "오누리 가상시장이 기념촬영을 하고 있다.", "[사진=가상시]"),
]
PHOTO_CAPTIONS = [  # a photo desk's or agency's credit takes its caption along, full stop or not
    ("참석자들이 인사를 나누고 있다. 사진제공 가상재단", ["인사를 나누고", "가상재단"]),
    ("기자회견장 전경. 사진 누리온 DB", ["기자회견장 전경", "누리온 DB"]),
    ("설명회 현장 모습. ⓒ누리온 한가람 기자", ["설명회 현장 모습", "ⓒ누리온"]),
    ("간담회에 참석한 업계 대표들. [누리프레스 자료사진]", ["업계 대표들", "자료사진"]),
    ("간담회에 참석한 업계 대표들.【누리프레스 DB】", ["업계 대표들", "DB】"]),
    ("관람객들이 전시장을 둘러보고 있다. 가상이미지뱅크", ["둘러보고", "가상이미지뱅크"]),
    ("관람객들이 전시장을 둘러보고 있다. / 누리프레스 한가람 기자", ["둘러보고", "한가람 기자"]),
    ("관람객들이 전시장을 둘러보고 있다. /사진=한가람 기자", ["둘러보고", "사진=한가람"]),
    ("관람객들이 전시장을 둘러보고 있다 (출처: 누리프레스 유튜브 캡처)", ["둘러보고", "캡처"]),
    ("대표가 발표하고 있다. 2019.09.26 garam@nuri.kr [사진=한가람 기자]", ["발표하고", "garam@"]),
    ("<사진> 관람객들이 전시장을 둘러보고 있다", ["<사진>", "둘러보고"]),
    ("사진 확대 간담회에 참석한 업계 대표들", ["사진 확대", "업계 대표들"]),
    ("[그래픽] 2024년 지역별 지원 예산 현황", ["[그래픽]", "예산 현황"]),
    ("사진 확대\n간담회에 참석한 업계 대표들. [누리프레스 자료사진]", ["사진 확대", "업계 대표들"]),
    ("<사진 : 누리프레스>\n관람객들이 전시장을 둘러보고 있다", ["<사진", "둘러보고"]),
    ("<이미지를 클릭하시면 크게 보실 수 있습니다>\n관람객들이 전시장을 둘러보고 있다", ["클릭하시면", "둘러보고"]),
]
NOT_CAPTIONS = [  # lines that look close but are the article's: list items, closing bylines, prose
    "▲청년 주거 지원 확대", "▲일자리 예산 두 배로 늘려",
    "최근 몇 개월 동안 가스 대금을 둘러싸고 두 나라의 대립이 치닫고 있다./한가람 기자",
    "시는 이번 사업의 운영을 가상재단에 맡기고 재원은 시가 제공한다.",
]
# fmt: on


def cleaned_with_line(line: str, where: str):
    """The article cleaned with `line` standing over it ("head") or between its paragraphs ("middle")."""
    return clean_article(f"{line}\n{BODY}" if where == "head" else f"{P1}\n{line}\n{P2}\n{P3}")


@pytest.mark.parametrize("line,gone", CAPTION_LINES)
@pytest.mark.parametrize("where", ["head", "middle"])
def test_captions_by_unbracketed_credit_or_scene_mark(line: str, gone: list[str], where: str) -> None:
    cleaned = cleaned_with_line(line, where)
    assert cleaned.body == BODY
    for piece in gone:
        assert nospace(piece) not in nospace(cleaned.body)
    assert line in cleaned.captions


@pytest.mark.parametrize("line,kept,gone", SENTENCE_CAPTIONS)
def test_a_caption_written_as_a_sentence_stays_once(line: str, kept: str, gone: str) -> None:
    body = clean_article(f"{P1}\n{line}\n{P2}").body
    assert body.count(kept) == 1
    assert gone not in body


@pytest.mark.parametrize("line,gone", PHOTO_CAPTIONS)
@pytest.mark.parametrize("where", ["head", "middle"])
def test_a_photo_credit_takes_its_caption_along(line: str, gone: list[str], where: str) -> None:
    cleaned = cleaned_with_line(line, where)
    assert cleaned.body == BODY
    for piece in gone:
        assert nospace(piece) not in nospace(cleaned.body)


@pytest.mark.parametrize("line", NOT_CAPTIONS)
def test_lines_close_to_captions_stay(line: str) -> None:
    body = clean_article(f"{P1}\n{P2}\n{line}\n{P3}").body
    kept = line.split("./")[0] + ("." if "./" in line else "")
    assert nospace(kept) in nospace(body)


@pytest.mark.parametrize("caption", ["관계자가 질문에 답하고 있다", "개막식 현장 모습"])
def test_a_credit_alone_on_its_line_takes_the_caption_under_it(caption: str) -> None:
    cleaned = clean_article(f"사진=누리온 제공\n{caption}\n{BODY}")
    assert cleaned.body == BODY
    assert caption in cleaned.captions


# fmt: off
OUTLET_IN_DEBRIS = [  # an outlet no resource lists, named only by the furniture around the text
    ("[누리온 카카오톡 채널 친구추가]", "누리온"), ("☞ 지금 누리온 앱에서 확인하세요", "누리온"),
    ("<누리온 제보하기>\n이메일 : garam@nurion.kr", "누리온"), ("누리온 뉴스를 네이버 메인에서 보세요. [구독 클릭]", "누리온"),
    ("▶ 네이버에서 가상경제를 구독하세요", "가상경제"), ("<ⓒKTN 무단전재 및 재배포금지>", "KTN"),
    ("[한가람 기자 다른 기사 보기]", None), ("▶ 카카오톡 채널 추가하고 속보 받기", None),
]
# fmt: on


@pytest.mark.parametrize("tail,outlet", OUTLET_IN_DEBRIS)
def test_outlet_named_by_the_removed_furniture(tail: str, outlet: str | None) -> None:
    cleaned = clean_article(f"{BODY}\n{tail}")
    assert cleaned.body == BODY
    assert cleaned.outlet == outlet


# Property tests over the shapes above: whatever of them surrounds a text, cleaning is idempotent, keeps
# every line that is a sentence with no debris shape, and leaves a body whose lines are offsets-exact.
NEW_PIECES = [
    "(앵커)", "▶ 앵커 멘트", "[녹취: 한가람 / 주부]", "☎ 한가람 / 상인", "앵커 : ", "(누리온) 한가람 기자 = ", "세종=누리온 한가람 기자",
    "누리온 | 한가람 기자 | 2023-05-02", "기자회견장 전경 |사진 한가람 기자", "설명회 현장. 누리온 제공", "▲개막식 현장",
    "사진=누리온 제공", "[누리온 카카오톡 채널 친구추가]", "ⓒ누리온", "관계자가 질문에 답하고 있다", "\n", " ", ".",
]
SENTENCES = st.sampled_from([
    "시장은 올해 3% 성장할 것으로 전망됐다.", "위원회는 다음 달 회의를 열어 방안을 확정한다.",
    "연구진은 새 소재의 내구성을 시험하고 있다.", "주민들은 공사 소음에 대한 불만을 제기했다.",
])
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.lists(st.sampled_from(NEW_PIECES + [P1, P2]), max_size=16).map("".join))
def test_cleaning_the_new_shapes_is_idempotent_and_offsets_hold(text: str) -> None:
    body = clean_article(text).body
    assert clean_article(body).body == body
    assert_body_lines_hold(body)


@PROPERTY
@given(st.lists(SENTENCES, min_size=1, max_size=6), st.lists(st.sampled_from(NEW_PIECES), max_size=6))
def test_no_sentence_of_prose_is_deleted_among_the_new_shapes(sentences: list[str], debris: list[str]) -> None:
    text = "\n".join(["".join(debris[:3]), *sentences, "".join(debris[3:])])
    body = clean_article(text).body
    for sentence in sentences:
        assert sentence in body


# fmt: off
LONE_HEADLINES = [  # one headline line alone above a first paragraph that opens with a full-stop sentence
    "가상시, 청년 주거 지원 두 배로 확대", "\"예상보다 빨라\" 가상시 주거 대책 발표", "가상대 연구팀, 새 소재 개발 성공",
]
NO_LONE_HEADLINES = [  # a short label, a caption, a sentence: no title, and it stays
    "주요 내용", "시민들이 광장 앞을 지나가고 있다", "가상시는 이번 대책으로 청년 유입을 기대한다.",
]
# fmt: on


@pytest.mark.parametrize("headline", LONE_HEADLINES)
def test_a_lone_headline_line_above_the_text_is_the_title(headline: str) -> None:
    cleaned = clean_article(f"{headline}\n{BODY}")
    assert cleaned.title == headline
    assert cleaned.body == BODY


@pytest.mark.parametrize("line", NO_LONE_HEADLINES)
def test_a_short_label_or_sentence_above_the_text_is_no_title(line: str) -> None:
    cleaned = clean_article(f"{line}\n{BODY}")
    assert cleaned.title != line
