"""The `hold4` shape set of `sinmun.eval_debris`: a fourth never-tuned set, written from how Korean news
pages of REAL outlets (none of those in ../shared/scrapes, the seeds or the other shape sets) look when
scraped today, without reading the cleaning code, its resources or its tests.

Nine kinds of outlet (national dailies, economic dailies, wire services, broadcasters, regional papers,
IT/trade papers, online-only outlets, English-named outlets, magazines) and six page views:
- `site`: the outlet's desktop page (top bar, section path, kicker, headline, sub-headlines, byline and
  date lines, tool bar, photo, lead byline, body, tail byline, lists, copyright, footer);
- `mobile`: the outlet's mobile page (app banners, previous/next links, back-to-top, PC-version links);
- `naver`, `daum`, `nate`: the portals' article views around the outlet's text;
- `flat`: a one-line portal scrape: the headline and sub-headlines run into the caption or the lead with
  no separator, the tail glued to the last sentence, paragraphs joined by two spaces (or, in half of
  them, split into lines again), ending with the portal's 기사제공 tag.
Each outlet has a house style fixed by its name (what a batch's repetition can learn); captions, graphic
and video credits, promos, link runs, lists, counters, contacts and AI-use notices vary per article.
Look-alike prose (sentences about reporters, copyright, photos, 제보, 구독, e-mail addresses, phone numbers,
another outlet's interview) is put among the paragraphs and must stay.

Outlet names and their domains are real (the layouts are written from memory, not copied); reporters,
captions, phone numbers, e-mail users and promo wordings are invented. Gold follows
../shared/gold/scrapes.gold.json: reporters are the byline's names (with 논설위원, 특파원, 인턴기자, desk
heads); photographers, video editors, graphic designers, publishers, outside columnists, team bylines
and people in the prose are not. Never tune cleaning on this set: measure it, report it.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from dataclasses import dataclass, field

KINDS = ("daily", "economy", "wire", "broadcast", "regional", "trade", "online", "english", "magazine")
VIEWS = ("site", "mobile", "naver", "daum", "nate", "flat")
VIEW_WEIGHTS = (32, 12, 18, 10, 8, 20)

# (name, e-mail domain, kind): real outlets, none named in ../shared/scrapes (연합뉴스, KBS, SBS, 서울경제,
# 국민일보, 매일경제, 이데일리, 아시아경제, 한겨레, 헤럴드경제), the seeds (뉴스핌, 마이데일리, 아주경제, 서울신문,
# IT조선) or the invented outlets of the dev/check/hold/hold2/hold3 sets
OUTLETS = [
    ("조선일보", "chosun.com", "daily"), ("중앙일보", "joongang.co.kr", "daily"), ("동아일보", "donga.com", "daily"),
    ("경향신문", "kyunghyang.com", "daily"), ("한국일보", "hankookilbo.com", "daily"), ("세계일보", "segye.com", "daily"),
    ("문화일보", "munhwa.com", "daily"),
    ("한국경제", "hankyung.com", "economy"), ("머니투데이", "mt.co.kr", "economy"), ("파이낸셜뉴스", "fnnews.com", "economy"),
    ("이투데이", "etoday.co.kr", "economy"), ("비즈니스포스트", "businesspost.co.kr", "economy"),
    ("뉴시스", "newsis.com", "wire"), ("뉴스1", "news1.kr", "wire"),
    ("MBC", "imbc.com", "broadcast"), ("JTBC", "jtbc.co.kr", "broadcast"), ("YTN", "ytn.co.kr", "broadcast"),
    ("MBN", "mbn.co.kr", "broadcast"), ("채널A", "ichannela.com", "broadcast"), ("TV조선", "tvchosun.com", "broadcast"),
    ("KNN", "knn.co.kr", "broadcast"),
    ("부산일보", "busan.com", "regional"), ("국제신문", "kookje.co.kr", "regional"), ("매일신문", "imaeil.com", "regional"),
    ("강원일보", "kwnews.co.kr", "regional"), ("경인일보", "kyeongin.com", "regional"), ("광주일보", "kwangju.co.kr", "regional"),
    ("전북일보", "jjan.kr", "regional"), ("대전일보", "daejonilbo.com", "regional"), ("경남신문", "knnews.co.kr", "regional"),
    ("제주일보", "jejunews.com", "regional"),
    ("전자신문", "etnews.com", "trade"), ("디지털데일리", "ddaily.co.kr", "trade"), ("블로터", "bloter.net", "trade"),
    ("약업신문", "yakup.com", "trade"), ("데일리팜", "dailypharm.com", "trade"), ("농민신문", "nongmin.com", "trade"),
    ("법률신문", "lawtimes.co.kr", "trade"),
    ("오마이뉴스", "ohmynews.com", "online"), ("프레시안", "pressian.com", "online"), ("데일리안", "dailian.co.kr", "online"),
    ("더팩트", "tf.co.kr", "online"), ("미디어오늘", "mediatoday.co.kr", "online"), ("위키트리", "wikitree.co.kr", "online"),
    ("ZDNet Korea", "zdnet.co.kr", "english"), ("UPI뉴스", "upinews.kr", "english"), ("EBN", "ebn.co.kr", "english"),
    ("CNB뉴스", "cnbnews.com", "english"),
    ("시사IN", "sisain.co.kr", "magazine"), ("시사저널", "sisajournal.com", "magazine"), ("주간동아", "weekly.donga.com", "magazine"),
    ("이코노미스트", "economist.co.kr", "magazine"),
]
# photo agencies and other outlets credited under a photo: never the page's outlet
PHOTO_SOURCES = ["연합뉴스", "뉴스1", "뉴시스", "AP", "AFP", "로이터", "EPA", "신화", "UPI"]
STOCK = ["게티이미지뱅크", "게티이미지", "셔터스톡", "픽사베이", "클립아트코리아"]
SURNAMES = [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"), ("조", "cho"),
            ("윤", "yoon"), ("장", "jang"), ("임", "lim"), ("한", "han"), ("오", "oh"), ("서", "seo"), ("신", "shin"),
            ("권", "kwon"), ("황", "hwang"), ("안", "ahn"), ("송", "song"), ("유", "yoo"), ("홍", "hong"), ("전", "jeon"),
            ("고", "ko"), ("문", "moon"), ("손", "son"), ("배", "bae"), ("남궁", "namgung"), ("황보", "hwangbo"), ("선우", "sunwoo")]
GIVEN = [("윤슬", "yunseul"), ("채은", "chaeeun"), ("기범", "kibeom"), ("성민", "sungmin"), ("다현", "dahyun"), ("재원", "jaewon"),
         ("승우", "seungwoo"), ("하영", "hayoung"), ("정민", "jungmin"), ("은호", "eunho"), ("세영", "seyoung"), ("동욱", "dongwook"),
         ("소희", "sohee"), ("규리", "gyuri"), ("태윤", "taeyoon"), ("한별", "hanbyul"), ("지호", "jiho"), ("명숙", "myungsook"),
         ("광수", "kwangsoo"), ("승연", "seungyeon"), ("찬", "chan"), ("결", "gyeol"), ("선영", "sunyoung"), ("인철", "incheol")]
PLACES = ["서울", "세종", "인천", "수원", "춘천", "청주", "대전", "전주", "광주", "대구", "창원", "부산", "제주", "안동", "포항"]
ABROAD = ["뉴욕", "워싱턴", "도쿄", "베이징", "런던", "파리", "브뤼셀", "상하이", "하노이", "두바이"]
DESKS = ["정치부", "경제부", "사회부", "산업부", "국제부", "문화부", "전국부", "증권부", "사건팀", "탐사보도팀"]
SECTIONS = [("정치", "국회·정당"), ("경제", "경제일반"), ("사회", "사회일반"), ("국제", "국제일반"), ("문화", "문화일반"),
            ("IT·과학", "IT일반"), ("지역", "지역종합"), ("산업", "산업일반")]
JOBS = ["자영업자", "대학생", "택배 기사", "어린이집 교사", "전통시장 상인", "귀농 청년", "간호사", "인근 주민"]
SCHOOLS = ["한누리대", "가람대", "새빛대", "온마루대"]
CAPTIONS = [
    "8일 오전 열린 착공식에서 내빈들이 첫 삽을 뜨고 있다", "관람객들이 개막 첫날 전시장을 둘러보고 있다",
    "출근길 시민들이 우산을 쓴 채 횡단보도를 건너고 있다", "선수들이 경기를 마친 뒤 관중석을 향해 인사하고 있다",
    "물이 빠진 저수지 바닥이 거북 등처럼 갈라져 있다", "점심시간 식당 앞에 직장인들이 줄을 서 있다",
    "방역 요원이 공원 산책로에 소독약을 뿌리고 있다", "업무협약을 맺은 두 기관 대표가 협약서를 들어 보이고 있다",
    "크레인이 부두에서 컨테이너를 옮기고 있다", "귀성객들이 기차에 오르기 전 손을 흔들고 있다",
]
GRAPHICS = ["최근 5년간 출생아 수 추이", "업종별 대출 잔액 변화", "시도별 아파트 매매가 변동률", "연령대별 투표율", "국가별 수출 비중"]
SUBHEADS = [
    "다음 달부터 단계적으로 적용", "\"현장 의견 더 들어야\" 반론도", "재정 부담은 여전히 숙제", "지자체마다 온도 차",
    "업계 \"일단 지켜보겠다\"", "5년 만에 제도 개편", "전문가들 \"보완책 시급\"", "첫 주 신청 5만 건 넘어",
    "여야, 책임 공방만", "올해 안 후속 대책 발표",
]
KICKERS = ["[이슈 분석]", "뉴스 따라잡기", "[현장 르포]", "[인터뷰]", "[팩트체크]", "[기획] 지방소멸 10년", "[뉴스 더하기]"]
# sentences that look like debris (a 기자, 저작권, 사진, 제보, 구독, an e-mail, a phone number, another outlet)
# but are prose: they must stay in the body
LOOKALIKES = [
    "사고 소식은 인근 주민의 제보로 처음 알려졌다.",
    "경찰은 목격자를 찾기 위해 전담 제보 전화(02-6677-1122)를 열었다.",
    "주최 측은 참가 신청을 전자우편(entry@hannuri-festa.kr)으로만 받는다고 공지했다.",
    "해당 유튜버는 구독자 수가 50만 명을 넘기자 유료 멤버십을 도입했다.",
    "종이신문 구독률은 10년 전의 절반 수준으로 떨어졌다.",
    "이 사진은 올해 보도사진전에서 대상을 받았다.",
    "법원은 AI 학습에 기사를 무단으로 이용한 업체에 배상 책임을 인정했다.",
    "언론사들은 생성형 AI 업체와 저작권 사용료 협상을 이어가고 있다.",
    "그는 \"기자 여러분의 질문에 성실히 답하겠다\"며 회견을 시작했다.",
    "이 보도로 취재팀 기자 세 명은 올해 기자상을 받았다.",
    "관련 기사에 달린 댓글 가운데 상당수가 조직적으로 작성된 것으로 드러났다.",
    "좋아요와 댓글 수를 조작한 혐의로 마케팅 업체 대표가 구속됐다.",
    "미국 저작권청(Copyright Office)은 AI가 만든 이미지는 보호 대상이 아니라고 판단했다.",
    "무단 전재 여부를 두고 두 매체의 공방은 결국 법정으로 번졌다.",
    "현장에는 취재진 50여 명이 몰렸고 사진기자들은 새벽부터 자리를 잡았다.",
    "이번 의혹은 지난달 접수된 내부 제보에서 시작됐다.",
    "자세한 사항은 콜센터(☎1577-0000)로 문의하면 된다.",
    "그는 방송 인터뷰에서 \"앵커 자리를 내려놓고 현장으로 돌아가겠다\"고 말했다.",
    "시청자 게시판에는 항의 글과 함께 방송 화면을 캡처한 사진이 잇따라 올라왔다.",
    "회사는 해외 사진 공급업체와 이미지 사용 계약을 맺었다고 밝혔다.",
    "그는 한 지역 신문의 객원기자로 일하며 농촌 이야기를 써 왔다.",
    "특파원으로 일한 10년 동안 그는 30여 개국을 취재했다.",
    "뉴스 앱 설치 건수는 출시 한 달 만에 100만 건을 넘었다.",
    "협회는 회원들에게 보낸 이메일에서 \"저작권 침해에 강력히 대응하겠다\"고 밝혔다.",
    "경찰은 범행에 쓰인 이메일 계정(moon_0412@fakemail.com)을 추적하고 있다.",
    "그는 뉴스1과의 통화에서 \"아직 정해진 것은 없다\"고 말했다.",
    "구독 경제가 커지면서 정기 배송 서비스를 내놓는 기업도 늘고 있다.",
    "방송 화면을 무단으로 쓴 쇼핑몰 운영자에게 벌금형이 선고됐다.",
    "재단은 누리집에 올린 보고서를 누구나 출처만 밝히면 쓸 수 있게 했다.",
    "인터뷰를 마친 그는 기자들과 일일이 악수를 나눈 뒤 자리를 떠났다.",
    "당시 사건을 처음 보도한 기자는 지금 시민단체에서 일하고 있다.",
    "연구팀은 사진 한 장으로 나이를 추정하는 모델을 공개했다.",
]


def josa(word: str, consonant: str, vowel: str) -> str:
    """The word with the particle that fits its last sound (a Latin ending counts as a vowel)."""
    last = word[-1]
    return word + (consonant if "가" <= last <= "힣" and (ord(last) - ord("가")) % 28 else vowel)


def fw(text: str) -> str:
    """Full-width brackets, equals and bar, as some sites print them."""
    return text.translate(str.maketrans("()[]=|:", "（）［］＝｜："))


@dataclass
class Persona4:
    """The outlet, the people and the moment one article is dressed with."""

    outlet: str
    domain: str
    kind: str
    reporter: str
    reporter2: str
    reporter3: str
    intern: str          # an intern signing with the reporter
    photographer: str    # caption and 영상취재 credits: no reporter
    editor: str          # 영상편집 and graphic credits: no reporter
    interviewee: str
    columnist: str       # an outside writer: no reporter
    writer: str          # a staff 논설위원: a reporter
    publisher: str       # footer's 발행인: no reporter
    email: str
    email2: str
    place: str
    place2: str
    abroad: str
    desk: str
    section: tuple[str, str]
    when: dt.datetime
    count: int           # a page counter (views, comments, subscribers)

    @classmethod
    def draw(cls, rng: random.Random, outlet: tuple[str, str, str]) -> Persona4:
        people: list[tuple[str, str]] = []
        while len(people) < 11:
            (s, sr), (g, gr) = rng.choice(SURNAMES), rng.choice(GIVEN)
            if s + g not in [n for n, _ in people]:
                people.append((s + g, rng.choice((f"{gr}", f"{sr}{gr}", f"{gr}.{sr}", f"{sr}.{gr}", f"{gr}{rng.randrange(10, 99)}"))))
        name, domain, kind = outlet
        places = rng.sample(PLACES, 2)
        when = dt.datetime(rng.randrange(2021, 2026), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(5, 24), rng.randrange(60))
        names = [n for n, _ in people]
        return cls(name, domain, kind, *names[:10], f"{people[0][1]}@{domain}", f"{people[1][1]}@{domain}",
                   places[0], places[1], rng.choice(ABROAD), rng.choice(DESKS), rng.choice(SECTIONS), when,
                   rng.randrange(0, 2000))

    @property
    def later(self) -> dt.datetime:
        return self.when + dt.timedelta(minutes=23 + self.count % 300)

    @property
    def handle(self) -> str:
        return self.domain.split(".")[0]

    @property
    def tel(self) -> str:
        code = zlib.crc32(self.outlet.encode())
        area = {"regional": ("051", "053", "033", "031", "062", "063", "042", "055", "064")[code % 9]}.get(self.kind, "02")
        return f"{area}-{700 + code % 300}-{1000 + code % 9000}"

    @property
    def issue(self) -> int:
        return 700 + zlib.crc32(self.outlet.encode()) % 900 + self.when.isocalendar()[1]


WEEKDAYS = "월화수목금토일"


def ampm(t: dt.datetime) -> str:
    return f"{'오전' if t.hour < 12 else '오후'} {(t.hour - 1) % 12 + 1}:{t:%M}"


def _cap(p: Persona4, n: int = 0) -> str:
    return CAPTIONS[(zlib.crc32(p.reporter.encode()) + n) % len(CAPTIONS)]


def _graphic(p: Persona4) -> str:
    return GRAPHICS[zlib.crc32(p.photographer.encode()) % len(GRAPHICS)]


def _src(p: Persona4) -> str:
    return PHOTO_SOURCES[zlib.crc32(p.editor.encode()) % len(PHOTO_SOURCES)]


def _stock(p: Persona4) -> str:
    return STOCK[zlib.crc32(p.interviewee.encode()) % len(STOCK)]


# Every shape returns (text, debris strings that must be gone, the names it shows as the article's reporters).
# A text starting with "+" is glued to the line before it; "\n" separates lines.
Shaped = tuple[str, list[str], list[str]]
# fmt: off

# --- the outlet site's head (one shape of each part per house) ---
TOP_BARS = [
    lambda p, t: ("전체메뉴 열기\n" + p.outlet + "\n구독\n로그인", ["전체메뉴 열기"], []),
    lambda p, t: ("뉴스홈 | 정치 | 경제 | 사회 | 국제 | 문화 | 연예 | 스포츠 | 오피니언 | 포토", ["뉴스홈 | 정치"], []),
    lambda p, t: ("지면보기\n구독신청\n이벤트\nE-paper", ["지면보기", "E-paper"], []),
    lambda p, t: (f"오늘의 날씨 {p.place} 맑음 7℃ / 미세먼지 좋음", ["미세먼지 좋음"], []),
    lambda p, t: (f"속보\n{t[0]}", [t[0]], []),
    lambda p, t: (f"{p.when:%Y.%m.%d} ({WEEKDAYS[p.when.weekday()]}) | 오늘의 운세 | 날씨 | 뉴스레터", ["오늘의 운세"], []),
    lambda p, t: ("주요뉴스\n최신뉴스\n랭킹\n영상\n구독", ["최신뉴스"], []),
    lambda p, t: ("본문 바로가기\n메인메뉴 바로가기", ["본문 바로가기", "메인메뉴 바로가기"], []),
]
SECTION_PATHS = [
    lambda p: (f"{p.section[0]} > {p.section[1]}", [f"{p.section[0]} > {p.section[1]}"], []),
    lambda p: (f"뉴스 · {p.section[0]}", [f"뉴스 · {p.section[0]}"], []),
    lambda p: (f"Home / {p.section[0]} / {p.section[1]}", ["Home /"], []),
    lambda p: (f"{p.section[0]} ＞ {p.section[1]}", [f"{p.section[0]} ＞"], []),
    lambda p: (p.section[1], [p.section[1]], []),
]
TITLE_FORMS = [  # (p, h) -> the headline's lines; the headline is always expected as the title
    lambda p, h: (h, [], []),
    lambda p, h: (h, [], []),
    lambda p, h: (f"{h} :: {p.outlet}\n{h}", [f":: {p.outlet}"], []),
    lambda p, h: (f"{p.outlet} - {h}\n{h}", [f"{p.outlet} - "], []),
    lambda p, h: (f"{h} | {p.section[0]} | {p.outlet}\n{h}", [f"| {p.section[0]} | {p.outlet}"], []),
    lambda p, h: (f"{h}\n{h}", [], []),  # og:title and the page's h1
]
SUB_FORMS = [
    lambda subs: "\n".join(subs),
    lambda subs: "\n".join(f"- {s}" for s in subs),
    lambda subs: "\n".join(f"▶{s}" for s in subs),
    lambda subs: "\n".join(f"〈{s}〉" for s in subs),
    lambda subs: "\n".join(f"ㅡ {s}" for s in subs),
    lambda subs: " ".join(subs),
]
DATE_LINES = [
    lambda p: (f"입력 {p.when:%Y-%m-%d %H:%M:%S}", [f"입력 {p.when:%Y-%m-%d}"], []),
    lambda p: (f"수정 {p.later:%Y.%m.%d} {ampm(p.later)}", [f"수정 {p.later:%Y.%m.%d}"], []),
    lambda p: (f"{p.when:%Y.%m.%d %H:%M} | 수정 {p.later:%Y.%m.%d %H:%M}", [f"| 수정 {p.later:%Y.%m.%d}"], []),
    lambda p: (f"기사전송 {p.when:%Y/%m/%d %H:%M}", [f"기사전송 {p.when:%Y/%m/%d}"], []),
    lambda p: (f"등록 {p.when:%Y-%m-%d} {ampm(p.when)}:06", [f"등록 {p.when:%Y-%m-%d}"], []),
    lambda p: (f"최종 업데이트 {p.later:%Y.%m.%d %H:%M}", ["최종 업데이트"], []),
    lambda p: (f"A{p.when.day % 28 + 1}면 | {p.when:%Y-%m-%d}", [f"A{p.when.day % 28 + 1}면 |"], []),
    lambda p: (f"Published {p.when:%Y.%m.%d %H:%M}", ["Published"], []),
    lambda p: (f"작성 {p.when:%Y.%m.%d %H:%M} | 조회수 {p.count * 7 + 100:,}", [f"조회수 {p.count * 7 + 100:,}"], []),
    lambda p: (fw("입력:") + f"{p.when:%Y.%m.%d %H:%M}", [fw("입력:") + f"{p.when:%Y.%m.%d}"], []),
    lambda p: (f"{p.when.year}년 {p.when.month}월 {p.when.day}일 {WEEKDAYS[p.when.weekday()]}요일", [f"{p.when.day}일 {WEEKDAYS[p.when.weekday()]}요일"], []),
]
HEAD_BYLINES = [
    lambda p: (f"{p.reporter} 기자", [f"{p.reporter} 기자"], [p.reporter]),
    lambda p: (f"{p.reporter} 기자 구독", [f"{p.reporter} 기자 구독"], [p.reporter]),
    lambda p: (f"{p.reporter} 기자 {p.email}", [p.email], [p.reporter]),
    lambda p: (f"글·사진 {p.reporter} 기자", [f"글·사진 {p.reporter}"], [p.reporter]),
    lambda p: (f"{p.reporter}·{p.reporter2} 기자", [f"{p.reporter}·{p.reporter2}"], [p.reporter, p.reporter2]),
    lambda p: (f"{p.reporter} 기자, {p.reporter2} 기자", [f"{p.reporter} 기자, {p.reporter2} 기자"], [p.reporter, p.reporter2]),
    lambda p: (f"{p.desk} {p.reporter} 기자", [f"{p.desk} {p.reporter}"], [p.reporter]),
    lambda p: (f"By {p.reporter}", [f"By {p.reporter}"], [p.reporter]),
    lambda p: (f"{p.reporter} 기자 입력 {p.when:%Y.%m.%d %H:%M}", [f"{p.reporter} 기자 입력"], [p.reporter]),
    lambda p: (f"{p.reporter} 기자의 다른 기사 보기", ["기자의 다른 기사 보기"], [p.reporter]),
]
TOOL_BARS = [
    lambda p: ("기사 스크랩\n공유하기\n프린트\n글자 크기 조절", ["기사 스크랩", "글자 크기 조절"], []),
    lambda p: ("오디오 듣기\n00:00 / 03:21", ["오디오 듣기", "00:00 / 03:21"], []),
    lambda p: ("AI 요약\n번역하기\nENG\n中文\n日本語", ["AI 요약", "번역하기"], []),
    lambda p: ("카카오톡\n페이스북\nX\n링크복사", ["링크복사"], []),
    lambda p: ("가 가 가 가 가 | 인쇄 | 메일 | 스크랩 | 공유", ["인쇄 | 메일 | 스크랩"], []),
    lambda p: (f"댓글 {p.count % 40} | 좋아요 {p.count % 90}", [f"좋아요 {p.count % 90}"], []),
]
# --- photos, graphics and video credits (before the lead or between paragraphs) ---
CAPTIONS_AT = [
    lambda p: (f"{_cap(p)}. {p.when:%Y.%m.%d} {p.photographer} 기자", [_cap(p), f"{p.photographer} 기자"], []),
    lambda p: (f"{_cap(p)}. 사진공동취재단", [_cap(p), "사진공동취재단"], []),
    lambda p: (f"{_cap(p)}. (사진={_src(p)})", [_cap(p), f"(사진={_src(p)})"], []),
    lambda p: (f"{_cap(p)}. /뉴스1 DB", [_cap(p), "/뉴스1 DB"], []),
    lambda p: (f"[{_stock(p)}]", [f"[{_stock(p)}]"], []),
    lambda p: (f"{_cap(p)} [AFP=연합뉴스]", [_cap(p), "[AFP=연합뉴스]"], []),
    lambda p: (f"{_cap(p)}. © 로이터=뉴스1", [_cap(p), "© 로이터=뉴스1"], []),
    lambda p: (f"[자료사진] {_cap(p)}", ["[자료사진]", _cap(p)], []),
    lambda p: (f"{_cap(p)}｜{p.outlet} 자료사진", [_cap(p), f"{p.outlet} 자료사진"], []),
    lambda p: (f"{_cap(p)}({p.place2}시 제공)", [_cap(p), f"({p.place2}시 제공)"], []),
    lambda p: (f"사진 확대\n{_cap(p)}", ["사진 확대", _cap(p)], []),
    lambda p: (f"▲{_cap(p)} ⓒ {p.outlet}", [_cap(p), f"ⓒ {p.outlet}"], []),
    lambda p: (f"【사진】{_cap(p)} ({p.photographer} 기자)", [_cap(p), f"({p.photographer} 기자)"], []),
    lambda p: (f"{_cap(p)}. 연합뉴스 제공", [_cap(p), "연합뉴스 제공"], []),
    lambda p: (f"이미지 크게 보기\n{_cap(p)}. 게티이미지", ["이미지 크게 보기", _cap(p)], []),
    lambda p: (f"{_cap(p)} / 사진 : {p.outlet} DB", [_cap(p), f"{p.outlet} DB"], []),
    lambda p: (f"{_cap(p)}.{p.when:%Y.%m.%d}/뉴스1 © News1 {p.photographer} 기자", [_cap(p), "© News1"], []),
    lambda p: (f"{_cap(p)}. 사진=뉴시스", [_cap(p), "사진=뉴시스"], []),
]
GRAPHIC_CREDITS = [
    lambda p: (f"[그래픽] {_graphic(p)}\n그래픽={p.editor} 기자", [f"그래픽={p.editor}"], []),
    lambda p: (f"{_graphic(p)} / 그래픽 : {p.editor} 디자이너", [f"그래픽 : {p.editor}"], []),
    lambda p: (f"<그래픽> {_graphic(p)}", [f"<그래픽> {_graphic(p)}"], []),
    lambda p: (f"{_graphic(p)}. (자료=통계청) 그래픽: {p.outlet} 디자인팀", ["그래픽: ", "디자인팀"], []),
    lambda p: (f"인포그래픽=\u00a0{p.editor}", ["인포그래픽="], []),
    lambda p: (f"{_graphic(p)}\n[그래픽=연합뉴스]", ["[그래픽=연합뉴스]"], []),
]
VIDEO_CREDITS = [
    lambda p: (f"[영상] {p.section[0]} 현장", ["[영상]"], []),
    lambda p: ("▶ 동영상 보기", ["동영상 보기"], []),
    lambda p: (f"[ⓒ {p.outlet} 영상 캡처]", [f"ⓒ {p.outlet} 영상 캡처"], []),
    lambda p: ("영상=유튜브 채널 갈무리", ["유튜브 채널 갈무리"], []),
    lambda p: ("재생 00:00 | 02:31\n전체화면", ["재생 00:00", "전체화면"], []),
    lambda p: (f"(영상취재: {p.photographer} / 영상편집: {p.editor})", [f"영상취재: {p.photographer}", f"영상편집: {p.editor}"], []),
]
# --- the lead's dateline or byline, by kind: (p, f) -> the first paragraph with it ---
LEADS = {
    "wire": [
        lambda p, f: (f"({p.place}={p.outlet}){p.reporter} 기자 = {f}", [f"({p.place}={p.outlet})", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"({p.place}={p.outlet}) {p.reporter} {p.reporter2} 기자 = {f}", [f"({p.place}={p.outlet})", f"{p.reporter2} 기자 ="], [p.reporter, p.reporter2]),
        lambda p, f: (f"({p.place}={p.outlet}) {p.reporter} 기자, {p.intern} 인턴기자 = {f}", [f"{p.reporter} 기자,", f"{p.intern} 인턴기자 ="], [p.reporter, p.intern]),
        lambda p, f: (f"({p.abroad}={p.outlet}) {p.reporter} 특파원 = {f}", [f"({p.abroad}={p.outlet})", f"{p.reporter} 특파원 ="], [p.reporter]),
        lambda p, f: (f"({p.place}={p.outlet}) {p.desk} = {f}", [f"({p.place}={p.outlet}) {p.desk} ="], []),
        lambda p, f: (f"({p.place}={p.outlet}) = {f}", [f"({p.place}={p.outlet}) ="], []),
        lambda p, f: (fw(f"({p.place}={p.outlet})") + f"{p.reporter} 기자 ＝ {f}", [fw(f"({p.place}={p.outlet})"), f"{p.reporter} 기자 ＝"], [p.reporter]),
        lambda p, f: (f"({p.place}·{p.place2}={p.outlet}) {p.reporter} {p.reporter2} {p.reporter3} 기자 = {f}",
                      [f"={p.outlet})", f"{p.reporter3} 기자 ="], [p.reporter, p.reporter2, p.reporter3]),
    ],
    "daily": [
        lambda p, f: (f"[{p.abroad}={p.reporter} 특파원] {f}", [f"[{p.abroad}={p.reporter} 특파원]"], [p.reporter]),
        lambda p, f: (f"{p.abroad}=\u00a0{p.reporter} 특파원\n{f}", [f"{p.abroad}={p.reporter} 특파원"], [p.reporter]),
        lambda p, f: (f"{p.outlet} {p.reporter} 기자 = {f}", [f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"【{p.place}={p.reporter} 기자】{f}", [f"【{p.place}={p.reporter} 기자】"], [p.reporter]),
        lambda p, f: (f"{p.place}=\u00a0{p.reporter}·{p.reporter2} 기자\n{f}", [f"{p.reporter}·{p.reporter2} 기자"], [p.reporter, p.reporter2]),
    ],
    "economy": [
        lambda p, f: (f"[{p.outlet} {p.reporter}기자] {f}", [f"{p.reporter}기자]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet}] {f}", [f"[{p.outlet}]"], []),
        lambda p, f: (f"[{p.outlet}={p.reporter} 기자] {f}", [f"[{p.outlet}={p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"【{p.outlet} {p.reporter} 기자】{f}", [f"【{p.outlet} {p.reporter} 기자】"], [p.reporter]),
        lambda p, f: (f"{p.outlet} {p.reporter} 기자 ㅣ {f}", [f"{p.reporter} 기자 ㅣ"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.reporter}기자, {p.reporter2}기자] {f}", [f"{p.reporter}기자, {p.reporter2}기자]"], [p.reporter, p.reporter2]),
    ],
    "broadcast": [  # the anchor's marker: the reporter's part starts at a marker in the middle
        lambda p, f: (f"[앵커]\n{f}", ["[앵커]"], []),
        lambda p, f: (f"◀ 앵커 ▶\n{f}", ["◀ 앵커 ▶"], []),
        lambda p, f: (f"【 앵커멘트 】\n{f}", ["【 앵커멘트 】"], []),
        lambda p, f: (f"<앵커>\n{f}", ["<앵커>"], []),
        lambda p, f: (f"[앵커]{f}", ["[앵커]"], []),
        lambda p, f: (f"[{p.outlet}] {f}", [f"[{p.outlet}]"], []),
    ],
    "regional": [
        lambda p, f: (f"[{p.place}={p.outlet}] {p.reporter} 기자 = {f}", [f"[{p.place}={p.outlet}]", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"【{p.place}={p.reporter} 기자】{f}", [f"【{p.place}={p.reporter} 기자】"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자] {f}", [f"[{p.outlet} {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"{p.place2}=\u00a0{p.reporter} 기자\n{f}", [f"{p.place2}={p.reporter} 기자"], [p.reporter]),
        lambda p, f: (f"({p.place2}) {p.reporter} 기자 = {f}", [f"({p.place2}) {p.reporter} 기자 ="], [p.reporter]),
    ],
    "trade": [
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자] {f}", [f"[{p.outlet} {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"({p.outlet}={p.reporter} 기자) {f}", [f"({p.outlet}={p.reporter} 기자)"], [p.reporter]),
        lambda p, f: (f"[{p.outlet}={p.reporter} 기자] {f}", [f"[{p.outlet}={p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"{p.outlet} {p.reporter} 기자ㅣ{f}", [f"{p.reporter} 기자ㅣ"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.reporter} 객원기자] {f}", [f"{p.reporter} 객원기자]"], [p.reporter]),
    ],
    "online": [
        lambda p, f: (f"[{p.outlet}ㅣ{p.reporter} 기자] {f}", [f"[{p.outlet}ㅣ{p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} = {p.reporter} 기자] {f}", [f"[{p.outlet} = {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자]\n{f}", [f"[{p.outlet} {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.reporter}·{p.reporter2} 기자] {f}", [f"{p.reporter}·{p.reporter2} 기자]"], [p.reporter, p.reporter2]),
        lambda p, f: (f"[{p.outlet}ㅣ{p.place}={p.reporter} 기자] {f}", [f"[{p.outlet}ㅣ{p.place}={p.reporter} 기자]"], [p.reporter]),
    ],
    "english": [
        lambda p, f: (f"[{p.outlet}] {p.reporter} 기자 = {f}", [f"[{p.outlet}]", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"({p.outlet}={p.reporter} 기자) {f}", [f"({p.outlet}={p.reporter} 기자)"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자] {f}", [f"[{p.outlet} {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"{p.outlet} | {p.reporter} 기자\n{f}", [f"{p.outlet} | {p.reporter} 기자"], [p.reporter]),
    ],
    "magazine": [
        lambda p, f: (f"[{p.outlet}={p.reporter} 기자] {f}", [f"[{p.outlet}={p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} 제{p.issue}호]\n{f}", [f"제{p.issue}호]"], []),
        lambda p, f: (f"{p.reporter} 기자 · {p.reporter2} 인턴기자\n{f}", [f"{p.reporter} 기자 · {p.reporter2} 인턴기자"], [p.reporter, p.reporter2]),
    ],
}
# --- the middle: broadcast markers, inline promos and lists ---
BROADCAST_REPORTER = [
    lambda p: ("[기자]", ["[기자]"], []), lambda p: ("◀ 리포트 ▶", ["◀ 리포트 ▶"], []),
    lambda p: ("【 기자 】", ["【 기자 】"], []), lambda p: ("<기자>", ["<기자>"], []),
    lambda p: ("[리포트]", ["[리포트]"], []), lambda p: ("[기자]", ["[기자]"], []), lambda p: ("[리포트]", ["[리포트]"], []),
]
BROADCAST_MID = [
    lambda p: (f"[인터뷰] {p.interviewee} / {JOBS[len(p.interviewee) % len(JOBS)]}", [f"[인터뷰] {p.interviewee}"], []),
    lambda p: (f"【 인터뷰 : {p.interviewee} / {JOBS[2]} 】", [f"【 인터뷰 : {p.interviewee}"], []),
    lambda p: (f"◀ INT ▶ {p.interviewee}/{JOBS[3]}", ["◀ INT ▶"], []),
    lambda p: ("◀ SYNC ▶", ["◀ SYNC ▶"], []),
    lambda p: ("[현장음]", ["[현장음]"], []),
    lambda p: (f"{p.interviewee} / {JOBS[5]}", [f"{p.interviewee} / {JOBS[5]}"], []),
    lambda p: (f"[녹취] {p.interviewee} / {JOBS[6]}", [f"[녹취] {p.interviewee}"], []),
    lambda p: ("(화면출처 : 유튜브)", ["(화면출처 : 유튜브)"], []),
]
INLINES = [
    lambda p, t: (f"[관련기사] ▶ {t[0]}", ["[관련기사]", t[0]], []),
    lambda p, t: ("- 광고 -", ["- 광고 -"], []),
    lambda p, t: ("AD\n광고", [], []),
    lambda p, t: (f"☞ 함께 보면 좋은 기사: {t[0]}", ["함께 보면 좋은 기사", t[0]], []),
    lambda p, t: (f"▶ 이 기사는 {p.outlet} 프리미엄 구독자에게 먼저 공개됐습니다", ["프리미엄 구독자에게 먼저 공개됐습니다"], []),
    lambda p, t: ("기사 내용과 관련 없는 광고입니다", ["관련 없는 광고입니다"], []),
]
# --- the tail ---
TAIL_BYLINES = {
    "common": [
        lambda p: (f"{p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"+ {p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"+{p.email}", [p.email], []),
        lambda p: (f"/{p.reporter} 기자 {p.email}", [p.email, f"/{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"{p.reporter} 기자 ({p.email})", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"{p.reporter}·{p.reporter2} 기자 {p.email}", [p.email, f"{p.reporter}·{p.reporter2} 기자"], [p.reporter, p.reporter2]),
        lambda p: (f"{p.reporter} 기자, {p.intern} 인턴기자", [f"{p.reporter} 기자,", f"{p.intern} 인턴기자"], [p.reporter, p.intern]),
        lambda p: (f"{p.abroad}=\u00a0{p.reporter} 특파원 {p.email}", [p.email, f"{p.reporter} 특파원"], [p.reporter]),
        lambda p: (f"+ {p.reporter}기자 {p.email}", [p.email, f"{p.reporter}기자"], [p.reporter]),
        lambda p: (f"{p.reporter} 객원기자 {p.email}", [p.email, f"{p.reporter} 객원기자"], [p.reporter]),
        lambda p: (f"{p.email} {p.reporter} 기자", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"+ /{p.reporter} 기자", [f"/{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"정리=\u00a0{p.reporter} 기자", [f"정리={p.reporter} 기자"], [p.reporter]),
        lambda p: (f"{p.place}/{p.reporter} 기자 {p.email}", [p.email, f"{p.place}/{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"[{p.reporter} 기자 {p.email}]", [p.email, f"[{p.reporter} 기자"], [p.reporter]),
        lambda p: (fw(f"[{p.reporter} 기자]"), [fw(f"[{p.reporter} 기자]")], [p.reporter]),
    ],
    "wire": [
        lambda p: (f"+ {p.email}", [p.email], []),
        lambda p: (p.email, [p.email], []),
        lambda p: (f"+{p.email}, {p.email2}", [p.email, p.email2], []),
    ],
    "broadcast": [
        lambda p: (f"{p.outlet} 뉴스 {p.reporter}입니다.", [f"{p.outlet} 뉴스 {p.reporter}입니다"], [p.reporter]),
        lambda p: (f"{p.outlet} {p.reporter}입니다.", [f"{p.outlet} {p.reporter}입니다"], [p.reporter]),
        lambda p: (f"{p.outlet} {p.reporter}[{p.email}]입니다.", [p.email], [p.reporter]),
        lambda p: (f"{p.outlet}뉴스 {p.reporter}입니다. [{p.email}]", [f"{p.outlet}뉴스 {p.reporter}입니다", p.email], [p.reporter]),
        lambda p: (f"{p.reporter} 기자 ({p.email})\n영상취재 : {p.photographer}\n영상편집 : {p.editor}",
                   [p.email, f"영상취재 : {p.photographer}", f"영상편집 : {p.editor}"], [p.reporter]),
        lambda p: (f"{p.outlet} {p.reporter}입니다.\n(영상취재 : {p.photographer} VJ / 영상편집 : {p.editor})",
                   [f"{p.outlet} {p.reporter}입니다", f"영상취재 : {p.photographer}"], [p.reporter]),
    ],
    "online": [
        lambda p: (f"{p.reporter} 기자 {p.email}\n덧붙이는 글 | 이 기사는 {p.reporter} 기자의 개인 블로그에도 실립니다.",
                   [p.email, "덧붙이는 글 |", "개인 블로그에도 실립니다"], [p.reporter]),
        lambda p: (f"{p.reporter}의 다른 기사 보기\n{p.reporter} 기자 {p.email}", [f"{p.reporter}의 다른 기사", p.email], [p.reporter]),
    ],
}
# columns: (head line above the headline, signature after the text). An outside writer names no reporter;
# a staff 논설위원 or desk head signing a column is one
COLUMN_HEADS = {
    "outside": [
        lambda p: (f"[{p.columnist}의 세상 읽기]", [f"{p.columnist}의 세상 읽기"], []),
        lambda p: ("[시론]", ["[시론]"], []),
        lambda p: ("오피니언 · 칼럼", ["오피니언 · 칼럼"], []),
    ],
    "staff": [
        lambda p: ("[논설위원의 시각]", ["논설위원의 시각"], []),
        lambda p: ("[데스크 칼럼]", ["[데스크 칼럼]"], []),
        lambda p: ("오피니언 > 칼럼", ["오피니언 > 칼럼"], []),
    ],
}
COLUMN_TAILS = {
    "outside": [
        lambda p: (f"{p.columnist} {SCHOOLS[len(p.columnist) % 4]} 교수·경제학", [f"{p.columnist} {SCHOOLS[len(p.columnist) % 4]} 교수"], []),
        lambda p: (f"{p.columnist} 변호사\n※ 외부 필자의 칼럼은 본지의 편집 방향과 다를 수 있습니다.", [f"{p.columnist} 변호사", "외부 필자의 칼럼은"], []),
        lambda p: (f"글 : {p.columnist} (소설가)", [f"글 : {p.columnist}"], []),
    ],
    "staff": [
        lambda p: (f"{p.writer} 논설위원 {p.email}", [f"{p.writer} 논설위원", p.email], [p.writer]),
        lambda p: (f"+ /{p.writer} 논설위원", [f"/{p.writer} 논설위원"], [p.writer]),
        lambda p: (f"{p.writer} 수석논설위원", [f"{p.writer} 수석논설위원"], [p.writer]),
        lambda p: (f"{p.writer} {p.desk}장", [f"{p.writer} {p.desk}장"], [p.writer]),
    ],
}
PROFILES = [
    lambda p: (f"{p.reporter} 기자\n{p.desk}에서 국회와 정당을 담당하고 있습니다. 제보는 이메일로 부탁드립니다.",
               [f"{p.desk}에서 국회와 정당을 담당하고 있습니다", "제보는 이메일로 부탁드립니다"], [p.reporter]),
    lambda p: (f"기자 프로필\n{p.reporter}\n{p.outlet} {p.desk}\n구독자 {p.count:,}\n응원수 {p.count // 3:,}",
               ["기자 프로필", f"구독자 {p.count:,}", f"응원수 {p.count // 3:,}"], [p.reporter]),
    lambda p: (f"{p.reporter} 기자의 기사 더보기 >", ["기자의 기사 더보기"], [p.reporter]),
    lambda p: (f"[{p.reporter} 기자의 다른 기사]\n{p.reporter} 기자 구독하기", ["기자의 다른 기사", "기자 구독하기"], [p.reporter]),
]
PROMOS = [
    lambda p: (f"▶ {p.outlet} 뉴스를 네이버에서 받아보세요 ▶ 오늘의 날씨 ▶ 포토 갤러리", ["뉴스를 네이버에서 받아보세요", "▶ 포토 갤러리"], []),
    lambda p: (f"+☞ {p.outlet} 앱 설치하면 실시간 알림 ☞ 구독 신청", ["앱 설치하면 실시간 알림", "☞ 구독 신청"], []),
    lambda p: (f"■ {p.outlet} 추천 콘텐츠 ■ 주간 인기 영상", ["추천 콘텐츠 ■ 주간 인기 영상"], []),
    lambda p: (f"{p.outlet} 뉴스레터를 구독하시면 매일 아침 주요 기사를 보내드립니다.", ["뉴스레터를 구독하시면 매일 아침"], []),
    lambda p: (f"★ {p.outlet} 유튜브 채널 구독하고 경품 받자 ★", ["유튜브 채널 구독하고 경품 받자"], []),
    lambda p: (f"[{p.outlet} 바로가기] [모바일 웹] [정치 뉴스] [연예 뉴스]", [f"[{p.outlet} 바로가기]", "[모바일 웹]"], []),
    lambda p: (f"▶ 네이버 메인에 {p.outlet} 추가하기 ▶ 기사 제보하기", [f"네이버 메인에 {p.outlet} 추가하기", "▶ 기사 제보하기"], []),
    lambda p: ("지금 가입하면 첫 달 구독료 무료! 자세히 보기", ["첫 달 구독료 무료", "자세히 보기"], []),
    lambda p: (f"+ [{p.outlet} 핫뉴스] [오늘의 운세] [화제의 영상]", [f"[{p.outlet} 핫뉴스]", "[오늘의 운세]"], []),
    lambda p: (f"구독 버튼을 누르시면 {p.outlet}의 기사를 네이버 메인에서 보실 수 있습니다.", ["구독 버튼을 누르시면", "네이버 메인에서 보실 수 있습니다"], []),
    lambda p: (f"{p.outlet} 텔레그램 · 카카오 채널에서 속보를 받아보세요", ["카카오 채널에서 속보를 받아보세요"], []),
]
RELATED = [
    lambda p, t: ("[관련기사]\n" + "\n".join(f"▶ {x}" for x in t), ["[관련기사]", *t], []),
    lambda p, t: ("관련 기사\n" + "\n".join(f"· {x}" for x in t), ["관련 기사", *t], []),
    lambda p, t: ("이 기사와 함께 많이 본 뉴스\n" + "\n".join(t), ["이 기사와 함께 많이 본 뉴스", *t], []),
    lambda p, t: ("많이 본 뉴스 " + " ".join(f"{i} {x}" for i, x in enumerate(t, 1)), ["많이 본 뉴스", *t], []),
    lambda p, t: (f"{p.section[0]} 많이 본 기사\n" + "\n".join(f"{i}.{x}" for i, x in enumerate(t, 1)), ["많이 본 기사", *t], []),
    lambda p, t: ("[주요 뉴스] " + " / ".join(t), ["[주요 뉴스]", *t], []),
    lambda p, t: ("추천 기사\n" + "\n".join(f"- {x}" for x in t), ["추천 기사", *t], []),
    lambda p, t: (f"+ ☞ 관련기사 : {t[0]}", ["☞ 관련기사", t[0]], []),
    lambda p, t: ("오늘의 핫 클릭\n" + "\n".join(f"■ {x}" for x in t), ["오늘의 핫 클릭", *t], []),
]
COUNTERS = [
    lambda p: (f"댓글 {p.count % 30}\n좋아요 {p.count % 70}", [f"좋아요 {p.count % 70}"], []),
    lambda p: (f"좋아요 {p.count % 9} 슬퍼요 0 화나요 {p.count % 4} 팬이에요 0 후속기사 원해요 {p.count % 3}", ["후속기사 원해요"], []),
    lambda p: (f"공감 {p.count % 50} · 비공감 {p.count % 7}", [f"비공감 {p.count % 7}"], []),
    lambda p: ("댓글 0개 | 로그인 후 이용 가능합니다", ["로그인 후 이용 가능합니다"], []),
    lambda p: (f"추천 {p.count % 20} | 반대 {p.count % 5} | 댓글 {p.count % 11} | 조회 {p.count * 3:,}", [f"조회 {p.count * 3:,}"], []),
    lambda p: ("첫 번째 댓글을 남겨주세요.", ["첫 번째 댓글을 남겨주세요"], []),
    lambda p: (f"♡ {p.count % 12}  💬 0  ↗ 공유", ["↗ 공유"], []),
    lambda p: ("이 기사가 마음에 드셨나요? 좋아요 누르기", ["이 기사가 마음에 드셨나요", "좋아요 누르기"], []),
]
CONTACTS = [
    lambda p: (f"[제보] 전화 {p.tel} · 이메일 jebo@{p.domain} · 카카오톡 {p.outlet}", ["[제보] 전화", f"jebo@{p.domain}"], []),
    lambda p: (f"▶ 기사제보 : jebo@{p.domain} ▶ 전화 : {p.tel}", ["▶ 기사제보 :", f"jebo@{p.domain}", p.tel], []),
    lambda p: (f"{josa(p.outlet, '은', '는')} 여러분의 제보를 기다립니다. ☎ {p.tel}", ["여러분의 제보를 기다립니다", p.tel], []),
    lambda p: (f"보도자료 및 제보: press@{p.domain}", [f"press@{p.domain}"], []),
    lambda p: (f"구독 문의 {p.tel} | 광고 문의 {p.tel[:-1]}9", ["구독 문의", "광고 문의"], []),
    lambda p: (f"※ 당신의 제보가 세상을 바꿉니다\n[카카오톡] {p.outlet} 검색해 채널 추가\n[전화] {p.tel}\n[메일] social@{p.domain}",
               ["당신의 제보가 세상을 바꿉니다", "검색해 채널 추가", f"social@{p.domain}"], []),
    lambda p: (f"+ (끝) <연락처> {p.tel}", ["<연락처>", p.tel], []),
]
AI_NOTICES = [
    lambda p: ("※ 본 기사는 AI 학습에 이용할 수 없습니다.", ["본 기사는 AI 학습에 이용할 수 없습니다"], []),
    lambda p: ("[AI 학습 및 활용 금지]", ["[AI 학습 및 활용 금지]"], []),
    lambda p: ("Unauthorized reproduction, redistribution and AI training prohibited.", ["Unauthorized reproduction"], []),
    lambda p: ("이 기사는 AI 학습 및 활용을 금지합니다", ["AI 학습 및 활용을 금지합니다"], []),
]
GENERIC_COPYRIGHTS = [
    lambda p: (f"<저작권자 © {p.outlet}, 무단전재 및 재배포 금지>", [f"<저작권자 © {p.outlet}"], []),
    lambda p: (f"Copyright © {p.domain}. All rights reserved.", [f"Copyright © {p.domain}"], []),
    lambda p: (f"ⓒ {p.outlet}(https://www.{p.domain}) 무단전재·재배포 및 AI 학습 이용 금지", [f"(https://www.{p.domain})"], []),
    lambda p: (f"+[ⓒ {p.outlet}. 무단전재-재배포 금지]", [f"[ⓒ {p.outlet}"], []),
    lambda p: (f"&lt;저작권자 ⓒ {p.outlet}, 무단전재 및 재배포 금지&gt;", [f"&lt;저작권자 ⓒ {p.outlet}"], []),
    lambda p: (f"저작권자 ⓒ {p.outlet}. 무단 전재 및 재배포 금지. AI 학습 이용 금지.", [f"저작권자 ⓒ {p.outlet}"], []),
    lambda p: (f"All contents ⓒ {p.outlet}. Unauthorized reproduction prohibited.", [f"All contents ⓒ {p.outlet}"], []),
    lambda p: (f"[{p.outlet} 무단 전재 및 재배포 금지]", [f"[{p.outlet} 무단 전재"], []),
    lambda p: (f"<ⓒ{p.outlet} 무단 전재 - 재배포 금지>", [f"<ⓒ{p.outlet}"], []),
]
# the copyright line as these outlets' pages word it (from memory; others take a generic wording by house)
HOUSE_COPYRIGHTS = {
    "조선일보": lambda p: ("[ⓒ 조선일보 & chosun.com, 무단 전재 및 재배포 금지]", ["[ⓒ 조선일보 & chosun.com"], []),
    "중앙일보": lambda p: ("ⓒ중앙일보(https://www.joongang.co.kr), 무단 전재 및 재배포 금지", ["ⓒ중앙일보(https://www.joongang.co.kr)"], []),
    "동아일보": lambda p: ("ⓒ dongA.com All rights reserved. 무단 전재, 재배포 및 AI학습 이용 금지", ["ⓒ dongA.com All rights reserved"], []),
    "경향신문": lambda p: ("ⓒ 경향신문 & 경향닷컴(www.khan.co.kr), 무단전재 및 재배포 금지", ["ⓒ 경향신문 & 경향닷컴"], []),
    "세계일보": lambda p: ("ⓒ 세상을 보는 눈, 글로벌 미디어 세계일보", ["세상을 보는 눈, 글로벌 미디어"], []),
    "문화일보": lambda p: ("[ⓒ 문화일보 & munhwa.com, 무단 전재 및 재배포 금지(AI학습 이용 포함)]", ["[ⓒ 문화일보 & munhwa.com"], []),
    "한국경제": lambda p: ("ⓒ 한경닷컴, 무단전재 및 재배포 금지", ["ⓒ 한경닷컴"], []),
    "머니투데이": lambda p: ("<저작권자 ⓒ '돈이 보이는 리얼타임 뉴스' 머니투데이, 무단전재 및 재배포 금지>", ["'돈이 보이는 리얼타임 뉴스'"], []),
    "파이낸셜뉴스": lambda p: ("※ 저작권자 ⓒ 파이낸셜뉴스, 무단전재-재배포 금지", ["※ 저작권자 ⓒ 파이낸셜뉴스"], []),
    "뉴시스": lambda p: ("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지>\n*재판매 및 DB 금지",
                      ["공감언론 뉴시스통신사", "*재판매 및 DB 금지"], []),
    "뉴스1": lambda p: ("© 뉴스1코리아(news1.kr), 무단 전재 및 재배포, AI학습 이용 금지", ["© 뉴스1코리아(news1.kr)"], []),
    "MBC": lambda p: ("Copyright(c) Since 1996, MBC&iMBC All rights reserved.", ["Copyright(c) Since 1996, MBC&iMBC"], []),
    "JTBC": lambda p: ("Copyright by JTBC(https://jtbc.co.kr) and JTBC Content Hub Co., Ltd. All Rights Reserved. 무단 전재, 재배포 및 AI학습 이용 금지",
                       ["Copyright by JTBC", "JTBC Content Hub Co., Ltd."], []),
    "YTN": lambda p: ("[저작권자(c) YTN 무단전재, 재배포 및 AI 데이터 활용 금지]", ["[저작권자(c) YTN"], []),
    "채널A": lambda p: ("ⓒ 채널A & ichannela.com, 무단 전재 및 재배포 금지", ["ⓒ 채널A & ichannela.com"], []),
    "TV조선": lambda p: ("Copyrights ⓒ TV조선. 무단전재 및 재배포 금지", ["Copyrights ⓒ TV조선"], []),
    "부산일보": lambda p: ("ⓒ부산일보(www.busan.com), 무단전재 및 수집, 재배포금지", ["ⓒ부산일보(www.busan.com)"], []),
    "매일신문": lambda p: ("ⓒ매일신문 - www.imaeil.com", ["ⓒ매일신문 - www.imaeil.com"], []),
    "오마이뉴스": lambda p: ("Copyright(c) OhmyNews All rights reserved.\n저작권자(c) 오마이뉴스(시민기자), 무단 전재 및 재배포 금지",
                        ["Copyright(c) OhmyNews", "저작권자(c) 오마이뉴스(시민기자)"], []),
    "프레시안": lambda p: ("ⓒ 프레시안", ["ⓒ 프레시안"], []),
    "디지털데일리": lambda p: ("<저작권자 © 디지털데일리 무단전재-재배포금지>", ["<저작권자 © 디지털데일리"], []),
}
FOOTERS = [
    lambda p: (f"{p.outlet} | 등록번호 서울 아0{p.issue} | 발행인 {p.publisher} | 청소년보호책임자 {p.publisher}",
               ["| 등록번호 서울", f"발행인 {p.publisher}", "청소년보호책임자"], []),
    lambda p: ("회사소개 · 이용약관 · 개인정보처리방침 · 청소년보호정책 · 고충처리 · 제휴문의", ["이용약관 · 개인정보처리방침", "고충처리 · 제휴문의"], []),
    lambda p: (f"{p.place}특별시 중구 세종대로 {p.issue % 200} | 대표전화 {p.tel} | Copyright © {p.when.year} {p.domain}. All rights reserved.",
               [f"| 대표전화 {p.tel}", f"Copyright © {p.when.year} {p.domain}"], []),
    lambda p: ("본 사이트의 모든 콘텐츠는 저작권법의 보호를 받습니다.", ["본 사이트의 모든 콘텐츠는 저작권법의 보호를 받습니다"], []),
    lambda p: ("인터넷신문위원회 자율심의 준수 서약사", ["자율심의 준수 서약사"], []),
]
MOBILE_HEADS = [
    lambda p: (f"{p.outlet} 앱에서 보기\n열기", [f"{p.outlet} 앱에서 보기"], []),
    lambda p: ("메뉴\n검색\n닫기", [], []),
    lambda p: (f"{p.outlet} 앱 설치하고 빠른 뉴스 받기 X", ["앱 설치하고 빠른 뉴스 받기"], []),
]
MOBILE_TAILS = [
    lambda p, t: (f"이전기사\n{t[0]}\n다음기사\n{t[1]}", ["이전기사", "다음기사", t[0], t[1]], []),
    lambda p, t: ("맨 위로\nPC버전 | 앱 설치 | 로그인", ["PC버전 | 앱 설치"], []),
    lambda p, t: (f"공유 닫기\n{p.outlet} 앱 다운로드\n© {p.outlet}", ["공유 닫기", f"{p.outlet} 앱 다운로드"], []),
]
PORTAL_HEADS = {
    "naver": lambda p, h: (
        f"{p.outlet}\n{h}\n입력{p.when:%Y.%m.%d}. {ampm(p.when)}\n수정{p.later:%Y.%m.%d}. {ampm(p.later)}\n기사원문\n{p.reporter} 기자\n"
        f"추천\n{p.count % 50}\n댓글\n{p.count % 30}\n요약\n본문 듣기 시작\n닫기\n텍스트 음성 변환 서비스 사용하기\n글자 크기 변경하기\nSNS 보내기\n인쇄하기",
        [f"입력{p.when:%Y.%m.%d}.", "기사원문", "본문 듣기 시작", "텍스트 음성 변환 서비스 사용하기", "글자 크기 변경하기"], [p.reporter]),
    "daum": lambda p, h: (
        f"{p.outlet}\n{h}\n{p.reporter} 기자\n입력 {p.when.year}. {p.when.month}. {p.when.day}. {p.when:%H:%M}\n"
        f"수정 {p.later.year}. {p.later.month}. {p.later.day}. {p.later:%H:%M}\n타임톡{p.count % 20}\n요약보기\n음성으로 듣기\n번역 설정\n글씨크기 조절하기\n인쇄하기",
        [f"입력 {p.when.year}. {p.when.month}. {p.when.day}.", "타임톡", "요약보기", "음성으로 듣기", "글씨크기 조절하기"], [p.reporter]),
    "nate": lambda p, h: (
        f"{h}\n{p.outlet} 원문 기사전송 {p.when:%Y-%m-%d %H:%M} 최종수정 {p.later:%Y-%m-%d %H:%M}\n번역 | 글자크기 | 인쇄 | 공유",
        [f"{p.outlet} 원문 기사전송", "최종수정", "번역 | 글자크기 | 인쇄"], []),
}
PORTAL_TAILS = {
    "naver": lambda p, t: (
        f"{p.reporter} 기자\n구독\n구독자 {p.count:,}\n응원수 {p.count // 4:,}\n"
        f"이 기사는 언론사에서 {p.section[0]} 섹션으로 분류했습니다.\n기사 섹션 분류 안내\n"
        "기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다. 언론사는 개별 기사를 2개 이상 섹션으로 중복 분류할 수 있습니다.\n닫기\n"
        f"Copyright ⓒ {p.outlet}. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.\n"
        f"좋아요 {p.count % 13} 훈훈해요 0 슬퍼요 0 화나요 {p.count % 6} 후속기사 원해요 0\n"
        f"{p.outlet} 언론사홈 바로가기\n함께 볼만한 뉴스\n" + "\n".join(t),
        [f"구독자 {p.count:,}", "섹션으로 분류했습니다", "기사 섹션 분류 안내", "해당 언론사의 분류를 따르고 있습니다",
         f"Copyright ⓒ {p.outlet}. All rights reserved", "훈훈해요 0", "언론사홈 바로가기", "함께 볼만한 뉴스", *t], []),
    "daum": lambda p, t: (
        f"Copyright © {p.outlet}. 무단전재 및 재배포 금지.\n이 기사에 대해 어떻게 생각하시나요?\n"
        f"추천해요\n{p.count % 9}\n좋아요\n{p.count % 17}\n감동이에요\n0\n화나요\n{p.count % 5}\n슬퍼요\n0\n"
        f"{p.outlet}에서 직접 확인하세요. 해당 언론사로 이동합니다.\n댓글 {p.count % 40}",
        [f"Copyright © {p.outlet}. 무단전재", "이 기사에 대해 어떻게 생각하시나요", "감동이에요", "해당 언론사로 이동합니다"], []),
    "nate": lambda p, t: (
        f"기사제공 {p.outlet}\n나도 한마디\n0\n이 기사를 추천합니다\n추천 {p.count % 30}\n오늘의 주요뉴스\n" + "\n".join(t),
        [f"기사제공 {p.outlet}", "나도 한마디", "이 기사를 추천합니다", "오늘의 주요뉴스", *t], []),
}
# fmt: on


@dataclass
class House:
    """An outlet's fixed layout: the shape of each part its pages show (None: the part is absent)."""

    top_bar: int | None
    section_path: int | None
    title_form: int
    sub_form: int
    date_line: int
    date_after_byline: bool
    head_byline: int | None
    tool_bar: int | None
    lead: int | None
    tail_byline: int
    copyright: int
    ai_notice: int | None
    footer: int | None


def _tail_pool(kind: str) -> list:
    return TAIL_BYLINES.get(kind, []) + TAIL_BYLINES["common"]


def house_style(outlet: str, kind: str) -> House:
    """The outlet's layout, drawn once from its name."""
    house = random.Random(zlib.crc32(("hold4:" + outlet).encode()))

    def maybe(pool: list, chance: float) -> int | None:
        index = house.randrange(len(pool))
        return index if house.random() < chance else None

    return House(
        top_bar=maybe(TOP_BARS, 0.6), section_path=maybe(SECTION_PATHS, 0.5),
        title_form=house.randrange(len(TITLE_FORMS)), sub_form=house.randrange(len(SUB_FORMS)),
        date_line=house.randrange(len(DATE_LINES)), date_after_byline=house.random() < 0.5,
        head_byline=maybe(HEAD_BYLINES, 0.2 if kind in ("wire", "broadcast") else 0.6), tool_bar=maybe(TOOL_BARS, 0.5),
        lead=maybe(LEADS[kind], 0.95 if kind in ("wire", "broadcast") else 0.65),
        tail_byline=house.randrange(len(_tail_pool(kind))), copyright=house.randrange(len(GENERIC_COPYRIGHTS)),
        ai_notice=maybe(AI_NOTICES, 0.3), footer=maybe(FOOTERS, 0.6),
    )


@dataclass
class Page:
    """A dressed article before scoring: its lines and what they must and must not keep."""

    lines: list[str]
    view: str = "site"
    headline_shown: bool = False
    debris: dict[str, list[str]] = field(default_factory=dict)
    reporters: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    outlet: str = ""
    kind: str = ""


def _usual(house_shape: int | None, shapes: int, rng: random.Random) -> int:
    """The house's shape, or for a fifth of the articles another of the same pool."""
    return house_shape if house_shape is not None and rng.random() < 0.8 else rng.randrange(shapes)


def compose(title: str, paragraphs: list[str], rng: random.Random, other_titles: list[str]) -> Page:
    """One article laid out as its outlet's site, its mobile page, a portal's view or a flat portal scrape."""
    p = Persona4.draw(rng, OUTLETS[rng.randrange(len(OUTLETS))])
    house = house_style(p.outlet, p.kind)
    view = rng.choices(VIEWS, weights=VIEW_WEIGHTS)[0]
    column = view in ("site", "mobile") and p.kind in ("daily", "economy", "regional", "online", "magazine") and rng.random() < 0.15
    writer = rng.choice(("outside", "staff"))
    broadcast = p.kind == "broadcast"
    page = Page(lines=[], view=view, outlet=p.outlet, kind=p.kind)
    flat = view == "flat"
    pending: list[str] = []  # head pieces run into the next line (flat scrapes)

    def note(family: str, shaped: Shaped) -> str:
        text, debris, names = shaped
        page.debris.setdefault(family, []).extend(debris)
        page.reporters.extend(n for n in names if n not in page.reporters)
        return text

    def add(text: str, run_in: bool = False) -> None:
        """Lines after the page's last; '+' glues the text to the last line; run_in holds it for the next."""
        if run_in:
            pending.append(text.replace("\n", " "))
            return
        if text.startswith("+") and page.lines:
            page.lines[-1] += text[1:]
            return
        lines = text.lstrip("+").split("\n")
        if pending:
            lines[0] = "".join(pending) + lines[0]
            pending.clear()
        page.lines.extend(lines)

    def others(n: int) -> list[str]:
        return rng.sample(other_titles, n)

    # --- head ---
    headline = view in ("naver", "daum", "nate") or rng.random() < 0.85
    if view in ("naver", "daum", "nate"):
        add(note("portal_head", PORTAL_HEADS[view](p, title)))
    elif flat:
        if headline:
            add(title, run_in=True)
            for sub in rng.sample(SUBHEADS, rng.choice((0, 1, 1, 2))):
                add(note("headline", (sub, [sub], [])), run_in=True)
    else:
        if view == "mobile":
            add(note("mobile", MOBILE_HEADS[rng.randrange(len(MOBILE_HEADS))](p)))
        elif house.top_bar is not None and rng.random() < 0.8:
            add(note("menu", TOP_BARS[house.top_bar](p, others(1))))
        if house.section_path is not None and view == "site":
            add(note("menu", SECTION_PATHS[house.section_path](p)))
        if column:
            add(note("column", COLUMN_HEADS[writer][rng.randrange(len(COLUMN_HEADS[writer]))](p)))
        elif rng.random() < 0.12:
            kicker = KICKERS[rng.randrange(len(KICKERS))]
            add(note("headline", (kicker, [kicker], [])))
        if headline:
            add(note("headline", TITLE_FORMS[house.title_form](p, title) if view == "site" else (title, [], [])))
            if rng.random() < 0.45:
                subs = rng.sample(SUBHEADS, rng.choice((1, 1, 2, 3)))
                add(note("headline", (SUB_FORMS[house.sub_form](subs), subs, [])))
            byline = None if column or house.head_byline is None else HEAD_BYLINES[house.head_byline](p)
            date = DATE_LINES[house.date_line](p)
            for part in ([byline, date] if house.date_after_byline else [date, byline]):
                if part is not None:
                    add(note("byline_head" if part is byline else "dateline", part))
            if house.tool_bar is not None and view == "site":
                add(note("tools", TOOL_BARS[house.tool_bar](p)))
    if headline:
        page.headline_shown = True
        page.debris.setdefault("portal_head" if view in ("naver", "daum", "nate") else "headline", []).append(title)
    if rng.random() < 0.35:
        pool = VIDEO_CREDITS if broadcast and rng.random() < 0.5 else CAPTIONS_AT
        add(note("caption", pool[rng.randrange(len(pool))](p)), run_in=flat)
    first = paragraphs[0]
    if house.lead is not None and not column and rng.random() < 0.9:
        first = note("lead", LEADS[p.kind][_usual(house.lead, len(LEADS[p.kind]), rng)](p, first))
    add(first)

    # --- middle: the other paragraphs, furniture between them, look-alike prose ---
    rest = list(paragraphs[1:])
    inserts: list[tuple[int, str]] = []
    if broadcast and rest:
        inserts.append((0, note("broadcast", BROADCAST_REPORTER[_usual(house.lead, len(BROADCAST_REPORTER), rng)](p))))
        if len(rest) > 1 and rng.random() < 0.6:
            inserts.append((1 + rng.randrange(len(rest) - 1), note("broadcast", BROADCAST_MID[rng.randrange(len(BROADCAST_MID))](p))))
    for _ in range(rng.choice((0, 1, 1, 2)) if rest else 0):
        family = rng.choice(("caption", "caption", "graphic", "video", "inline"))
        pool = {"caption": CAPTIONS_AT, "graphic": GRAPHIC_CREDITS, "video": VIDEO_CREDITS, "inline": INLINES}[family]
        shape = pool[rng.randrange(len(pool))]
        shaped = shape(p, others(1)) if family == "inline" else shape(p)
        inserts.append((rng.randrange(len(rest)), note(family, shaped)))
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        sentence = LOOKALIKES[rng.randrange(len(LOOKALIKES))]
        if sentence in page.lookalikes:
            continue
        page.lookalikes.append(sentence)
        where = rng.random()
        if rest and where < 0.35:
            inserts.append((rng.randrange(len(rest) + 1), sentence))
        elif where < 0.45 and rest:
            rest[-1] = f"{rest[-1]} {sentence}"  # inside the last paragraph, right before the tail
        else:
            rest.append(sentence)
    for index, text in sorted(inserts, key=lambda item: -item[0]):
        rest.insert(index, text)
    for paragraph in rest:
        add(paragraph)

    # --- tail ---
    if column:
        add(note("column", COLUMN_TAILS[writer][rng.randrange(len(COLUMN_TAILS[writer]))](p)))
    elif rng.random() < 0.75:
        pool = _tail_pool(p.kind)
        add(note("byline_tail", pool[_usual(house.tail_byline, len(pool), rng)](p)))
    if not column and view in ("site", "mobile") and rng.random() < 0.12:
        add(note("profile", PROFILES[rng.randrange(len(PROFILES))](p)))
    extras = rng.sample(("promo", "promo", "related", "counters", "contact"), rng.choice((0, 0, 1, 1, 2)))
    for family in dict.fromkeys(extras):
        if family == "related":
            add(note("related", RELATED[rng.randrange(len(RELATED))](p, others(3))))
        else:
            pool = {"promo": PROMOS, "counters": COUNTERS, "contact": CONTACTS}[family]
            add(note(family, pool[rng.randrange(len(pool))](p)))
    if view != "naver" and rng.random() < 0.85:
        shape = HOUSE_COPYRIGHTS.get(p.outlet) or GENERIC_COPYRIGHTS[house.copyright]
        text = note("copyright", shape(p))
        add("+" + text if flat and rng.random() < 0.5 else text)
    if house.ai_notice is not None and rng.random() < 0.7:
        add(note("ai_notice", AI_NOTICES[house.ai_notice](p)))
    if view == "site" and house.footer is not None and rng.random() < 0.6:
        add(note("footer", FOOTERS[house.footer](p)))
    if view == "mobile":
        add(note("mobile", MOBILE_TAILS[rng.randrange(len(MOBILE_TAILS))](p, others(2))))
    if view in PORTAL_TAILS:
        add(note("portal_tail", PORTAL_TAILS[view](p, others(3))))
    if flat and rng.random() < 0.8:
        add(note("tag", (f"기사제공 {p.outlet}", [f"기사제공 {p.outlet}"], [])))
    if flat and rng.random() < 0.5:  # the raw one-line scrape: line breaks became two spaces
        page.lines = ["  ".join(line.replace("\n", "  ") for line in page.lines)]
    return page
