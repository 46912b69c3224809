"""Article metadata of outlets no resource lists: what is no outlet (a number, a host label, a byline's
role word, a photo agency's or stock library's credit, a common noun before a promotion's channel word),
the outlet the most kinds of evidence name when a dateline's two sides are both unknown, and a photo's
credit that names no reporter. Made-up outlets, names and sentences, in several wordings per family."""

from __future__ import annotations

import pytest

from sinmun.cleaning import clean_article
from sinmun.cleaning.outlets import outlet_in_debris, outlet_index
from sinmun.cleaning.text import nospace

P1 = "가상군은 3일 노후 상수관 교체 사업에 예산 40억원을 새로 편성했다고 밝혔다. 공사는 내년 봄에 끝난다."
P2 = "군은 공사 기간 동안 단수 구역을 미리 알리기로 했다."
P3 = "군 관계자는 \"주민 불편을 줄이도록 야간에 공사하겠다\"고 말했다."
BODY = f"{P1}\n{P2}\n{P3}"

# fmt: off
# A photo's date stamp before the photographer's name: a credit, no closing byline (no reporter, and the
# day is no outlet's name).
STAMPED_CREDITS = [
    "주민들이 새 정수장을 둘러보고 있다. 2024.05.28 한가람 기자",
    "공사 현장 앞을 차량들이 지나가고 있다. 2023.11.02 오누리 기자",
    "관계자들이 시설을 점검하고 있다. 2025-01-09 김바다 기자",
]
# An address before the name signs the article as one after it does; the host's labels name no outlet.
ADDRESS_FIRST = [
    ("garam@nurion.kr 한가람 기자", "한가람"), ("onuri.kim@gasangpost.com 오누리 기자", "오누리"),
    ("bada_77@dailynuri.co.kr 김바다 기자", "김바다"),
]
# The day of a date and the labels of a host are no outlets, whatever else the page says.
NOT_OUTLET_WORDS = ["28", "2024", "com", "co", "kr", "nurion", "취재", "사진", "글"]
# A notice's owner written in two or three Latin words, with no domain to spell it.
LATIN_OWNERS = [
    ("Copyright ⓒ Nuri Ledger All rights reserved.", "Nuri Ledger"),
    ("Copyrights ⓒ 2024 Gasang Daily Post. All rights reserved.", "Gasang Daily Post"),
    ("ⓒ Hanbit Wire(www.hanbitwire.com) 무단전재 및 재배포 금지", "Hanbit Wire"),
]
# Photo agencies' and stock libraries' credits in the middle of the text: no owner of the page.
MID_CREDITS = ["ⓒ가상이미지뱅크", "© 가상포토=누리온", "ⓒ 가상스톡 제공"]
# A noun before a word that only begins like a channel word (공식서명) names no outlet; an outlet's name keeps its last syllable.
PROMO_PIECES = [
    (["- 가상건설, 가상물산과 합병 공식서명"], None),
    (["가상투데이 앱 설치하고 속보 받기"], "가상투데이"),
    (["▶ 누리와이어 카카오톡 채널 추가", "▶ 누리와이어 유튜브 구독"], "누리와이어"),
]
# A dateline's two sides, neither known nor shaped as an outlet: the notice decides which is the outlet.
BOTH_UNKNOWN = [
    "[누리스퀘어=안동] 한가람 기자 | {p}",
    "(목포=누리스퀘어) 한가람 기자 = {p}",
    "(청주) 한가람 기자 = {p}",
]
# fmt: on


@pytest.mark.parametrize("caption", STAMPED_CREDITS)
def test_a_date_stamped_photographer_is_no_reporter(caption: str) -> None:
    cleaned = clean_article(f"{P1}\n{caption}\n{P2}\n{P3}\n오세찬 기자 sechan@nurion.kr")
    assert cleaned.reporters == ["오세찬"]
    assert caption.split(".")[0] not in cleaned.body
    assert cleaned.outlet is None or not cleaned.outlet.isdigit()


@pytest.mark.parametrize("line,reporter", ADDRESS_FIRST)
def test_an_address_before_the_name_signs_the_article(line: str, reporter: str) -> None:
    cleaned = clean_article(f"{BODY}\n{line}")
    assert cleaned.reporters == [reporter]
    assert line.split()[0] not in cleaned.body
    assert cleaned.outlet is None or cleaned.outlet.casefold() not in {"com", "kr", "co"}


@pytest.mark.parametrize("word", NOT_OUTLET_WORDS)
def test_numbers_host_labels_and_role_words_are_no_outlets(word: str) -> None:
    from sinmun.cleaning.article import _may_be_outlet

    assert not _may_be_outlet(word, [])


@pytest.mark.parametrize("notice,owner", LATIN_OWNERS)
def test_a_latin_owner_of_several_words_is_read_whole(notice: str, owner: str) -> None:
    assert outlet_index().from_notice(notice) == owner
    assert clean_article(f"{BODY}\n{notice}").outlet == owner


@pytest.mark.parametrize("credit", MID_CREDITS)
def test_a_credit_in_the_middle_of_the_text_names_no_outlet(credit: str) -> None:
    text = f"{P1}\n{credit}\n주민들이 새 정수장을 둘러보고 있다\n{P2}\n{P3}\nⓒ 누리온 무단전재 및 재배포 금지"
    assert clean_article(text).outlet == "누리온"


@pytest.mark.parametrize("pieces,outlet", PROMO_PIECES)
def test_a_promotions_channel_names_an_outlet_only_when_it_has_a_name(pieces: list[str], outlet: str | None) -> None:
    assert outlet_in_debris(pieces, []) == outlet


@pytest.mark.parametrize("lead", BOTH_UNKNOWN)
def test_a_dateline_of_two_unknown_words_leaves_the_outlet_to_the_notice(lead: str) -> None:
    text = f"{lead.format(p=P1)}\n{P2}\n{P3}\nⓒ 누리스퀘어 무단전재 및 재배포 금지"
    cleaned = clean_article(text)
    assert cleaned.outlet == "누리스퀘어"
    assert cleaned.reporters == ["한가람"]


def test_a_byline_role_word_is_no_outlet() -> None:
    text = f"취재 한가람·오누리 기자 | 사진 김바다 기자\n{BODY}\n[저작권자(c) 누리온. 무단 복제-재배포 금지]"
    cleaned = clean_article(text)
    assert cleaned.outlet == "누리온"
    assert {"한가람", "오누리"} <= set(cleaned.reporters)


# --- the headline among a page's head lines ---------------------------------------------------------

HEADLINE = "가상군 상수관 교체 예산 40억원 편성"
# fmt: off
# A page title with the site's name after "::", a bar or a dash, or before a dash: the site's part goes
# and names the outlet.
PAGE_TITLES = [
    f"{HEADLINE} :: 누리온", f"{HEADLINE} | 사회 | 누리온", f"누리온 - {HEADLINE}", f"{HEADLINE} » 누리온",
]
# The site's name, a mobile app banner or a section label alone above the headline in a portal's or
# mobile page's head: one word, or words that share nothing with the article.
HEADS_ABOVE = [
    "누리온\n{h}\n입력 2024.05.02. 오전 10:21\n한가람 기자",
    "누리온\n{h}\n한가람 기자\n입력 2024. 5. 2. 10:21",
    "누리온 앱에서 보기\n열기\n{h}\n2024년 5월 2일 목요일\n한가람 기자\n[누리온 한가람 기자] ",
    "주요뉴스\n{h}\n입력 2024-05-02 10:21:00",
]
# A headline written as a statement, with the byline between it and the date line.
STATEMENT_HEADS = [
    "가상군, 상수관 교체에 40억원 쓴다", "가상군 상수관 교체 예산 40억원 편성했다", "노후 상수관 내년 봄까지 모두 바꾼다",
]
# fmt: on


@pytest.mark.parametrize("page_title", PAGE_TITLES)
def test_a_page_titles_site_part_goes_wherever_it_stands(page_title: str) -> None:
    text = f"{page_title}\n입력 2024.05.02 10:21\n{BODY}"
    cleaned = clean_article(text)
    assert cleaned.title == HEADLINE
    assert cleaned.outlet == "누리온"


@pytest.mark.parametrize("page_title", PAGE_TITLES)
def test_a_page_title_over_the_pages_headline_gives_the_headline(page_title: str) -> None:
    text = f"{page_title}\n{HEADLINE}\n입력 2024.05.02 10:21\n{BODY}"
    cleaned = clean_article(text)
    assert cleaned.title == HEADLINE
    assert cleaned.outlet == "누리온"


@pytest.mark.parametrize("head", HEADS_ABOVE)
def test_a_sites_name_or_banner_above_the_headline_is_no_title(head: str) -> None:
    head = head.format(h=HEADLINE)
    lead = "" if head.endswith("] ") else "\n"
    caption = "주민들이 새 정수장을 둘러보고 있다|누리온 자료사진"  # the outlet's name in the text, too
    text = f"{head}{lead}{P1}\n{caption}\n{P2}\n{P3}"
    assert clean_article(text).title == HEADLINE


@pytest.mark.parametrize("statement", STATEMENT_HEADS)
def test_a_statement_headline_over_a_byline_and_date_is_the_title(statement: str) -> None:
    text = f"누리온\n{statement}\n한가람 기자\n입력 2024. 5. 2. 10:21\n{BODY}"
    cleaned = clean_article(text)
    assert cleaned.title == statement
    assert statement not in cleaned.body


# --- reporters in more byline forms -------------------------------------------------------------------

# fmt: off
# A staff opinion writer signs as a reporter does; an English-style byline leaves the title out; a lone
# vowel letter ㅣ stands for the bar after a byline.
SIGNED_BYLINES = [
    ("{b}\n한가람 수석논설위원", ["한가람"]), ("{b}\n한가람 논설실장 garam@nurion.kr", ["한가람"]),
    ("{b}\n/한가람 선임논설위원", ["한가람"]), ("By 한가람\n{b}", ["한가람"]), ("By 한가람·오누리\n{b}", ["한가람", "오누리"]),
    ("누리온 한가람 기자 ㅣ {b}", ["한가람"]), ("누리와이어 한가람 기자ㅣ{b}", ["한가람"]),
]
# A dateline-byline over a social account alone credits a graphic's maker: no reporter of the text.
GRAPHIC_CREDITS = [
    "(서울=누리와이어) 김바다 기자 = @nuriwire_graphics",
    "(세종=누리온) 김바다 기자 = @nurion.graphic",
    "[부산=누리와이어] 김바다 기자 = @nw_infographics",
]
# fmt: on


@pytest.mark.parametrize("page,reporters", SIGNED_BYLINES)
def test_more_byline_forms_name_the_reporters(page: str, reporters: list[str]) -> None:
    cleaned = clean_article(page.format(b=BODY))
    assert cleaned.reporters == reporters
    assert nospace(BODY) in nospace(cleaned.body)
    assert all(name not in cleaned.body for name in reporters)


@pytest.mark.parametrize("credit", GRAPHIC_CREDITS)
def test_a_graphics_credit_names_no_reporter(credit: str) -> None:
    text = f"{P1}\n[그래픽] 연도별 상수관 교체 실적\n{credit}\n{P2}\n{P3}\n한가람 기자 garam@nurion.kr"
    assert clean_article(text).reporters == ["한가람"]


@pytest.mark.parametrize("profile", ["사회부 사건팀 기자입니다. 제보 환영합니다.", "탐사보도팀 기자입니다."])
def test_a_team_is_no_reporter(profile: str) -> None:
    cleaned = clean_article(f"{BODY}\n한가람 기자\n{profile}\n기자 구독하기")
    assert cleaned.reporters == ["한가람"]


@pytest.mark.parametrize("link", ["한가람 기자의 기사 더보기 >", "한가람 기자의 기사 더보기", "한가람 기자 다른 기사 보기"])
def test_the_link_to_the_reporters_page_names_the_reporter(link: str) -> None:
    cleaned = clean_article(f"{BODY}\n{link}")
    assert cleaned.reporters == ["한가람"]
    assert "더보기" not in cleaned.body and "다른 기사" not in cleaned.body
