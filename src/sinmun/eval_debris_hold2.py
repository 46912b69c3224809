"""The `hold2` shape set of `sinmun.eval_debris`: a second never-tuned set, written before any cleaning
change of its session from how Korean outlets dress articles (national dailies, economic papers,
broadcasters, regional papers, internet outlets, portal re-posts), not from the dev/check/hold shapes.

It differs from the other sets in three ways that make it a closer proxy for unseen outlets:
- an article's head is composed like a real page: a masthead (headline, sub-headlines, date and
  byline lines; the title is always expected), then maybe a photo caption, then the lead's
  dateline/byline or a broadcast marker;
- every outlet has a house style: its copyright wording and one footer line are the same under all its
  articles (what repetition across a batch can learn); the other tails vary per article;
- bylines name one or two reporters and captions name a photographer, so the reporters cleaning
  reports can be checked (a photographer or a publisher in the footer is no reporter).

Outlet names are invented and shaped unlike the other sets' (no 일보/뉴스 ending for several); names,
captions and wordings are made up. Never tune cleaning on this set: measure it, report it.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass

# (name, e-mail domain): invented, none in resources/outlets.tsv nor in the other sets
OUTLETS = [
    ("뉴스마루", "newsmaru.co.kr"), ("머니온", "moneyon.kr"), ("더리포트", "the-report.co.kr"),
    ("이슈인사이트", "issueinsight.com"), ("한울프레스", "hanulpress.kr"), ("비즈누리", "biznuri.com"),
    ("여울타임즈", "yeoultimes.co.kr"), ("동녘일보", "dongnyeok.com"), ("빛고을신문", "bitgoeul.kr"),
    ("KTN", "ktn.tv"), ("새날TV", "saenaltv.com"), ("청솔경제", "chungsolec.co.kr"),
]
SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "남궁", "선우"]
GIVEN = ["가람", "다솜", "한결", "나래", "보미", "시우", "준서", "채원", "윤호", "소율", "태오", "하린", "건우", "예나"]
PLACES = ["수원", "청주", "창원", "뉴욕", "런던", "춘천", "제주", "울산", "홍콩", "전주"]
ROMAN = ["garam", "dasom", "hangyeol", "narae", "bomi", "siwoo", "junseo", "chaewon", "yunho", "soyul"]
CAPTIONS = [
    "지난 4일 오후 열린 개막식에서 내빈들이 테이프를 자르고 있다", "주민들이 임시 대피소에서 배식을 기다리고 있다",
    "간담회에 참석한 업계 대표들", "관람객들이 전시장을 둘러보고 있다", "현장을 찾은 관계자들이 피해 상황을 점검하는 모습",
    "공사가 한창인 신청사 부지 전경",
]
SUBHEADS = [
    "내년 상반기까지 단계적 시행", "전문가들 \"속도 조절 필요\"", "지역 상권 기대감 커져", "재원 마련 방안은 과제로",
    "관련 업계 \"환영\"…일부선 우려도", "10년 만에 제도 손질",
]
OCCUPATIONS = ["자영업자", "초등학교 교사", "택시 기사", "주부", "대학원생"]


@dataclass
class Persona2:
    outlet: str
    domain: str
    reporter: str
    reporter2: str      # a co-author, named only by the shapes that sign two reporters
    photographer: str   # named by captions: no reporter of the article
    interviewee: str
    email: str
    place: str

    @classmethod
    def draw(cls, rng: random.Random) -> Persona2:
        outlet, domain = OUTLETS[rng.randrange(len(OUTLETS))]
        names = set()
        while len(names) < 4:
            names.add(SURNAMES[rng.randrange(len(SURNAMES))] + GIVEN[rng.randrange(len(GIVEN))])
        # sorted first: a set iterates in an order that changes with the hash seed, and so would the draw
        reporter, reporter2, photographer, interviewee = sorted(sorted(names), key=lambda n: rng.random())
        email = f"{ROMAN[rng.randrange(len(ROMAN))]}{rng.randrange(1, 99)}@{domain}"
        return cls(outlet, domain, reporter, reporter2, photographer, interviewee, email, PLACES[rng.randrange(len(PLACES))])

    @property
    def handle(self) -> str:
        return self.domain.split(".")[0]


def _c(p: Persona2) -> str:
    return CAPTIONS[zlib.crc32((p.reporter + p.outlet).encode()) % len(CAPTIONS)]


# Each shape returns (text, debris strings that must be gone, reporters it names as the article's).
# fmt: off
MASTHEADS = [  # (h, s, p) -> headline block; the title h is expected
    lambda h, s, p: (f"{h}\n{s}\n등록 2024-03-05 10:21 수정 2024-03-05 11:02", [s, "등록 2024-03-05"], []),
    lambda h, s, p: (f"{h}\n입력2024.03.05. 오전 10:21  수정2024.03.05. 오전 11:02  기사원문\n{p.reporter} 기자", ["기사원문", f"{p.reporter} 기자"], [p.reporter]),
    lambda h, s, p: (f"{h}\n송고시간2024-03-05 10:21", ["송고시간"], []),
    lambda h, s, p: (f"{h}\n{p.outlet} 입력 2024. 3. 5. 10:21 업데이트 2024. 3. 5. 11:02", ["업데이트 2024"], []),
    lambda h, s, p: (f"{h}\n{p.reporter} 기자 승인 2024.03.05 10:21 댓글 0", [f"{p.reporter} 기자 승인"], [p.reporter]),
    lambda h, s, p: (f"{h}\n- {s}\n- {SUBHEADS[(SUBHEADS.index(s) + 1) % len(SUBHEADS)]}", [s], []),
    lambda h, s, p: (f"{h}\n{p.outlet} | 기사입력 2024/03/05 [10:21]", ["기사입력 2024/03/05"], []),
    lambda h, s, p: (f"{h}\n{p.reporter} 기자 ・ {p.email}\n2024-03-05 10:21:33", [p.email, "10:21:33"], [p.reporter]),
    lambda h, s, p: (f"{h}\n글씨크기\n공유하기\n{s}", ["글씨크기", "공유하기", s], []),
    lambda h, s, p: (f"{h}\n{s}\n{p.reporter} 기자 {p.email} | 2024.03.05 10:21 | 수정 2024.03.05 11:02", [s, p.email], [p.reporter]),
    lambda h, s, p: (f"{h} {s}", [s], []),  # headline and sub-headline on one line, no separator
    lambda h, s, p: (f"{h}\n{s}\n{p.outlet} {p.reporter} 기자 | 2024-03-05 10:21", [s, f"{p.reporter} 기자 |"], [p.reporter]),
]
CAPTION_HEADS = [  # (p) -> a photo block above the text
    lambda p: (f"사진 확대\n{_c(p)}. [{p.outlet} 자료사진]", ["사진 확대", _c(p)], []),
    lambda p: (f"{_c(p)}. 2024.3.5/{p.outlet} © {p.outlet} {p.photographer} 기자", [_c(p), f"{p.photographer} 기자"], []),
    lambda p: ("[이미지 출처=게티이미지뱅크]", ["이미지 출처=게티이미지뱅크"], []),
    lambda p: (f"{_c(p)}. 게티이미지뱅크", [_c(p), "게티이미지뱅크"], []),
    lambda p: (f"<사진 : {p.outlet}>\n{_c(p)}", [f"<사진 : {p.outlet}>", _c(p)], []),
    lambda p: (f"{_c(p)} (출처: {p.outlet} 유튜브 캡처)", [_c(p), "유튜브 캡처"], []),
    lambda p: ("[그래픽] 2024년 지역별 지원 예산 현황", ["[그래픽] 2024년"], []),
    lambda p: (f"{_c(p)}.【{p.outlet} DB】", [_c(p), f"{p.outlet} DB】"], []),
    lambda p: (f"<이미지를 클릭하시면 크게 보실 수 있습니다>\n{_c(p)}", ["이미지를 클릭하시면", _c(p)], []),
    lambda p: (f"{_c(p)}. /사진={p.photographer} 기자", [_c(p), f"사진={p.photographer}"], []),
]
LEADS = [  # (p, first) -> the first paragraph with the byline or dateline before it
    lambda p, first: (f"[{p.outlet} = {p.reporter} 기자] {first}", [f"{p.reporter} 기자]"], [p.reporter]),
    lambda p, first: (f"({p.place}={p.outlet}) {p.reporter}·{p.reporter2} 기자 = {first}", [f"={p.outlet})", f"{p.reporter2} 기자 ="], [p.reporter, p.reporter2]),
    lambda p, first: (f"[{p.outlet} {p.reporter} 선임기자] {first}", [f"{p.reporter} 선임기자]"], [p.reporter]),
    lambda p, first: (f"글 {p.reporter} 기자 · 사진 {p.photographer} 기자\n{first}", [f"글 {p.reporter} 기자", f"사진 {p.photographer} 기자"], [p.reporter]),
    lambda p, first: (f"<{p.outlet}> {p.reporter} 기자 = {first}", [f"<{p.outlet}>", f"{p.reporter} 기자 ="], [p.reporter]),
    lambda p, first: (f"{p.place}={p.reporter} 특파원\n{first}", [f"{p.place}={p.reporter} 특파원"], [p.reporter]),
    lambda p, first: (f"{p.reporter} 기자 {p.email}\n{first}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
    lambda p, first: (f"[{p.outlet} {p.reporter} 기자 {p.email}]{first}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
    lambda p, first: (f"{p.outlet} {p.reporter} 전문기자 | {first}", [f"{p.reporter} 전문기자 |"], [p.reporter]),
    lambda p, first: (f"({p.place}={p.outlet}) {first}", [f"({p.place}={p.outlet})"], []),
    lambda p, first: (f"【 앵커멘트 】\n{first}", ["앵커멘트"], []),
    lambda p, first: (f"[앵커리포트]\n{first}", ["[앵커리포트]"], []),
    lambda p, first: (f"(앵커 멘트)\n{first}", ["(앵커 멘트)"], []),
    lambda p, first: (f"앵커 : {first}", ["앵커 :"], []),
]
MIDDLES = {  # (p, titles) -> a line put before a paragraph
    "broadcast_mid": [
        lambda p, t: (f"[녹취: {p.interviewee} / {OCCUPATIONS[0]}]", [f"녹취: {p.interviewee}"], []),
        lambda p, t: (f"<인터뷰 : {p.interviewee} {OCCUPATIONS[1]}>", [f"인터뷰 : {p.interviewee}"], []),
        lambda p, t: (f"(녹취) {p.interviewee} / {OCCUPATIONS[2]}", [f"(녹취) {p.interviewee}"], []),
        lambda p, t: (f"[싱크] {p.interviewee} / {OCCUPATIONS[3]}", [f"[싱크] {p.interviewee}"], []),
        lambda p, t: (f"☎ {p.interviewee} / {OCCUPATIONS[4]}", [f"☎ {p.interviewee}"], []),
        lambda p, t: ("【 기자 】", ["【 기자 】"], []),
        lambda p, t: ("[현장 녹취]", ["[현장 녹취]"], []),
    ],
    "caption_mid": [
        lambda p, t: (f"{_c(p)}. / {p.outlet} {p.photographer} 기자", [_c(p), f"{p.photographer} 기자"], []),
        lambda p, t: (f"<사진> {_c(p)}", ["<사진>", _c(p)], []),
        lambda p, t: (f"{_c(p)}. 사진 {p.outlet} DB", [_c(p), f"사진 {p.outlet} DB"], []),
        lambda p, t: ("(사진=게티이미지뱅크)", ["(사진=게티이미지뱅크)"], []),
        lambda p, t: (f"{_c(p)}. 사진제공 {p.outlet}", [_c(p), f"사진제공 {p.outlet}"], []),
        lambda p, t: (f"사진 확대 {_c(p)}", ["사진 확대", _c(p)], []),
    ],
    "inline_promo": [
        lambda p, t: (f"▶ 관련기사 : {t[0]}", ["관련기사 :", t[0]], []),
        lambda p, t: (f"☞ 함께 읽으면 좋은 기사 : {t[0]}", ["함께 읽으면 좋은 기사", t[0]], []),
        lambda p, t: ("[광고]", ["[광고]"], []),
        lambda p, t: (f"※ 이 기사는 {p.outlet} 앱 구독자에게 먼저 제공됐습니다.", ["앱 구독자에게 먼저"], []),
        lambda p, t: (f"(관련 기사: {t[0]})", ["관련 기사:", t[0]], []),
    ],
}
TAILS = {  # (p, titles) -> lines after the last paragraph; "+" glues the text to it
    "email_tail": [
        lambda p, t: (f"+ {p.place}=글·사진 {p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p, t: (f"+ {p.reporter} 선임기자 {p.email}", [p.email, f"{p.reporter} 선임기자"], [p.reporter]),
        lambda p, t: (f"{p.reporter} 기자 / {p.email}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p, t: (f"+ [{p.outlet} {p.reporter} 기자]", [f"{p.reporter} 기자]"], [p.reporter]),
        lambda p, t: (f"+ {p.outlet} {p.reporter}·{p.reporter2} 기자", [f"{p.reporter2} 기자"], [p.reporter, p.reporter2]),
        lambda p, t: (f"({p.outlet} {p.reporter} 기자)", [f"{p.reporter} 기자)"], [p.reporter]),
        lambda p, t: (f"{p.reporter} 기자\n{p.email}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p, t: (f"+ {p.reporter} 객원기자", [f"{p.reporter} 객원기자"], [p.reporter]),
        lambda p, t: (f"지금까지 {p.outlet} {p.reporter}였습니다.", [f"{p.reporter}였습니다"], [p.reporter]),
        lambda p, t: (f"(영상취재 : {p.photographer} / 영상편집 : {p.interviewee})", ["영상취재 :", "영상편집 :"], []),
    ],
    "copyright": [
        lambda p, t: (f"ⓒ{p.outlet}(www.{p.domain}) 무단전재 및 재배포 금지", [f"ⓒ{p.outlet}(www.{p.domain})"], []),
        lambda p, t: (f"<저작권자 ⓒ '{p.outlet}' 무단전재 및 재배포 금지>", [f"'{p.outlet}' 무단전재"], []),
        lambda p, t: (f"Copyright © {p.outlet}. All rights reserved. 무단 전재 및 재배포 금지.", ["All rights reserved"], []),
        lambda p, t: (f"[{p.outlet}] 무단전재, 재배포 및 AI학습 이용 금지", ["AI학습 이용 금지"], []),
        lambda p, t: (f"ⓒ {p.outlet} & {p.domain}, 무단 전재 및 재배포 금지", [f"& {p.domain}"], []),
        lambda p, t: (f"+<©{p.outlet}-무단전재&재배포 금지>", [f"<©{p.outlet}"], []),
        lambda p, t: (f"이 기사는 {p.outlet}의 기사입니다. 무단 전재 및 재배포를 금합니다.", [f"이 기사는 {p.outlet}의 기사입니다"], []),
        lambda p, t: (f"Copyright by {p.domain} All rights reserved.", [f"Copyright by {p.domain}"], []),
        lambda p, t: (f"[저작권자ⓒ{p.outlet}. 무단전재-재배포 금지. AI 학습 이용 금지]", [f"저작권자ⓒ{p.outlet}"], []),
        lambda p, t: (f"{p.outlet}의 모든 콘텐츠는 저작권법의 보호를 받습니다. 무단 전재, 복사, 배포 등을 금합니다.", ["저작권법의 보호를 받습니다"], []),
    ],
    "promo": [
        lambda p, t: (f"{p.outlet} 구독하고 매일 아침 뉴스레터 받아보기", ["매일 아침 뉴스레터 받아보기"], []),
        lambda p, t: ("지금 무료 회원가입하고 기사 전문 보기", ["무료 회원가입하고"], []),
        lambda p, t: (f"+ [{p.outlet} 앱 다운로드] [카카오 채널 추가]", ["앱 다운로드", "카카오 채널 추가"], []),
        lambda p, t: ("이 기사가 좋으셨다면 오늘의 뉴스레터를 구독해보세요.", ["뉴스레터를 구독해보세요"], []),
        lambda p, t: (f"네이버 뉴스에서 {p.outlet}를 구독해 주세요", [f"{p.outlet}를 구독해 주세요"], []),
        lambda p, t: (f"▶ {p.outlet} 공식 인스타그램 팔로우", ["공식 인스타그램 팔로우"], []),
        lambda p, t: (f"[{p.outlet} 멤버십 가입하기]", ["멤버십 가입하기"], []),
        lambda p, t: (f"‘{p.outlet} 투자노트’ 무료로 받아보기 → 클릭", ["투자노트’ 무료로 받아보기"], []),
        lambda p, t: (f"{p.outlet}을(를) 네이버 뉴스스탠드에서 만나보세요", ["뉴스스탠드에서 만나보세요"], []),
    ],
    "contact": [
        lambda p, t: (f"▶ 제보는 카카오톡 {p.handle}", ["제보는 카카오톡"], []),
        lambda p, t: (f"[{p.outlet} 제보] 카카오톡 @{p.handle} / 이메일 {p.email} / 전화 02-6000-1234", ["제보] 카카오톡", p.email, "02-6000-1234"], []),
        lambda p, t: (f"{p.outlet} 독자센터 1588-1234", ["독자센터 1588-1234"], []),
        lambda p, t: (f"(보도자료 및 제보: press@{p.domain})", [f"press@{p.domain}"], []),
        lambda p, t: (f"주소: 서울시 중구 세종대로 123 | 대표전화: 02-123-4567 | 등록번호: 서울 아 01234\n"
                      f"발행인 : {p.photographer} | 편집인 : {p.interviewee} | 청소년보호책임자 : {p.reporter2}",
                      ["세종대로 123", "등록번호", "발행인 :", "청소년보호책임자"], []),
        lambda p, t: (f"[제공={p.outlet}]", [f"[제공={p.outlet}]"], []),
        lambda p, t: (f"☎ 02-6000-1234 | {p.email}", ["02-6000-1234", p.email], []),
        lambda p, t: ("+ ☏ 제보 02-6000-1234", ["☏ 제보"], []),
    ],
    "related": [
        lambda p, t: ("[핫클릭]\n" + "\n".join(f"▶ {x}" for x in t), ["[핫클릭]", *t], []),
        lambda p, t: ("이 기사와 함께 많이 본 뉴스\n" + "\n".join(t), ["함께 많이 본 뉴스", *t], []),
        lambda p, t: (f"{p.outlet} 주요 뉴스\n" + "\n".join(f"· {x}" for x in t), [f"{p.outlet} 주요 뉴스", *t], []),
        lambda p, t: ("<이 기사와 함께 읽어보세요>\n" + "\n".join(t), ["함께 읽어보세요", *t], []),
        lambda p, t: (f"이전기사\n{t[0]}\n다음기사\n{t[1]}", ["이전기사", "다음기사", t[0], t[1]], []),
        lambda p, t: ("[인기기사]\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(t, 1)), ["[인기기사]", *t], []),
        lambda p, t: ("▶ 관련 기사 보기\n" + "\n".join(f"- {x}" for x in t), ["관련 기사 보기", *t], []),
        lambda p, t: ("오늘의 핫뉴스\n" + "\n".join(t), ["오늘의 핫뉴스", *t], []),
    ],
    "widget": [
        lambda p, t: ("좋아요 0 훈훈해요 0 슬퍼요 0 화나요 0 후속기사 원해요 0", ["훈훈해요 0", "후속기사 원해요"], []),
        lambda p, t: ("기사 공유하기\n페이스북 트위터 카카오톡 URL복사", ["기사 공유하기", "URL복사"], []),
        lambda p, t: ("추천해요 12 좋아요 3 감동이에요 0 화나요 1 슬퍼요 0", ["추천해요 12", "감동이에요 0"], []),
        lambda p, t: ("댓글 0\n로그인 후 댓글을 작성할 수 있습니다.", ["로그인 후 댓글을"], []),
        lambda p, t: ("이 기사를 추천합니다\n추천 0", ["이 기사를 추천합니다"], []),
        lambda p, t: ("글자크기 설정 인쇄 스크랩", ["글자크기 설정"], []),
    ],
    "profile": [
        lambda p, t: (f"기자 프로필\n{p.reporter} 기자\n구독자 1,234\n응원수 56", ["기자 프로필", "구독자 1,234", "응원수 56"], [p.reporter]),
        lambda p, t: (f"{p.reporter} 기자\n{p.outlet} 사회부에서 사건·사고를 취재합니다.\n기자 구독", ["사건·사고를 취재합니다", "기자 구독"], [p.reporter]),
        lambda p, t: (f"[{p.reporter} 기자 다른 기사 보기]", ["다른 기사 보기"], [p.reporter]),
        lambda p, t: (f"{p.reporter}\n{p.outlet} 기자\n이메일 {p.email}", [f"{p.outlet} 기자", p.email], [p.reporter]),
    ],
}
# fmt: on
# A house style: every outlet's copyright wording and one footer family are the same under all its articles.
HOUSE_FOOTERS = ("promo", "contact", "widget")


def house_style(outlet: str) -> tuple[int, str, int]:
    """The outlet's copyright shape, its footer family and that family's shape, fixed by its name."""
    house = random.Random(zlib.crc32(outlet.encode()))
    footer = HOUSE_FOOTERS[house.randrange(len(HOUSE_FOOTERS))]
    return house.randrange(len(TAILS["copyright"])), footer, house.randrange(len(TAILS[footer]))
