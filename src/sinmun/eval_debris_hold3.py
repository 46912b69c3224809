"""The `hold3` shape set of `sinmun.eval_debris`: a third never-tuned set, written from how Korean news
pages look when scraped (outlet sites and the two portals' article views), without reading the cleaning
code or its tests.

What it adds to `hold2`:
- eight kinds of outlet (national dailies, economic papers, wire services, broadcasters, regional
  papers, internet outlets, magazines, English-named outlets), each kind with its own pools of bylines,
  datelines and sign-offs;
- a house style per outlet, fixed by its name: menu, title line, date line, head byline, share tools,
  lead byline, tail byline, copyright wording and footers are the same under all its articles (what a
  batch's repetition can learn), while sub-headlines, captions, promos and lists vary per article;
- portal article views (a Naver-like and a Daum-like page) wrapped around a share of the articles:
  the portal's head and tail with the outlet's own byline and copyright inside;
- columns by outside writers (no reporter), multi-reporter, intern, correspondent and 객원 bylines,
  photographers, graphic designers, publishers and interviewees named where a reporter is not;
- look-alike prose: sentences that carry a debris word or shape (an e-mail or phone number in a
  notice, copyright news, a 기자 or 특파원 in a sentence, 구독 or 댓글 as the subject) put among the
  article's paragraphs, mostly as its last paragraph before the tail; they must stay.

Outlet, person, place and product names are invented; portal furniture (menu words, reaction buttons)
is generic. Never tune cleaning on this set: measure it, report it.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from dataclasses import dataclass, field

# (name, e-mail domain, kind): invented, none in resources/outlets.tsv nor in the other sets
OUTLETS = [
    ("으뜸일보", "eutteum.co.kr", "daily"), ("겨레시보", "gyeoresibo.com", "daily"), ("대한공론", "daehangongron.kr", "daily"),
    ("금빛경제", "goldeco.co.kr", "economy"), ("마켓인뉴스", "marketin.kr", "economy"), ("파이낸스온", "financeon.com", "economy"),
    ("코리아통신", "kortong.co.kr", "wire"), ("아시아와이어", "asiawire.kr", "wire"),
    ("HBC", "hbc.co.kr", "broadcast"), ("누리방송", "nuribs.com", "broadcast"), ("채널온", "channelon.tv", "broadcast"),
    ("남도타임즈", "namdotimes.co.kr", "regional"), ("한밭신문", "hanbatnews.kr", "regional"), ("동해안뉴스", "donghaenews.kr", "regional"),
    ("팩트원", "factone.kr", "internet"), ("뉴스클립", "newsclip.co.kr", "internet"), ("데일리픽", "dailypick.kr", "internet"),
    ("주간인사이드", "weeklyinside.kr", "magazine"), ("월간테크앤", "technand.com", "magazine"),
    ("Korea Ledger", "korealedger.com", "english"), ("NewsBridge", "newsbridge.kr", "english"), ("더스퀘어", "thesquare.co.kr", "english"),
]
KINDS = ("daily", "economy", "wire", "broadcast", "regional", "internet", "magazine", "english")
SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송",
            "전", "홍", "유", "고", "문", "양", "손", "배", "백", "허", "노", "하", "제갈", "독고"]
GIVEN = ["솔", "훈", "담", "서진", "도현", "지안", "하준", "수아", "민재", "예린", "시현", "주원", "다인", "우진",
         "나윤", "정훈", "미소", "동건", "혜원", "상철", "영숙", "경호"]
ROMAN = ["sol", "seojin", "dohyun", "jian", "hajun", "sua", "minjae", "yerin", "sihyun", "juwon", "dain", "woojin"]
PLACES = ["서울", "세종", "대구", "광주", "대전", "부산", "인천", "수원", "안동", "목포"]
ABROAD = ["워싱턴", "베이징", "도쿄", "파리", "브뤼셀", "뉴델리", "하노이", "베를린"]
DESKS = ["사회부", "경제부", "정치부", "산업부", "국제부", "문화부", "전국부", "금융부"]
SECTIONS = [("사회", "사건·사고"), ("경제", "금융"), ("정치", "국회"), ("국제", "국제일반"), ("문화", "생활"), ("전국", "지역")]
OCCUPATIONS = ["전통시장 상인", "고등학생", "버스 기사", "요양보호사", "귀농인", "공인중개사"]
UNIVERSITIES = ["가온대", "한바다대", "새솔대", "누리과학기술원"]
CAPTIONS = [
    "지난 12일 오전 열린 출범식에서 참석자들이 손팻말을 들고 있다", "시민들이 새로 문을 연 복합문화공간을 둘러보고 있다",
    "협약식에 참석한 기관장들이 기념사진을 찍고 있다", "폭우로 잠긴 도로를 차량들이 천천히 지나고 있다",
    "수확을 앞둔 농민이 작물 상태를 살피고 있다", "항구에 정박한 화물선 위로 컨테이너가 쌓여 있다",
    "기자간담회에서 대표가 신제품을 소개하는 모습", "텅 빈 상가 골목에 임대 안내문이 붙어 있다",
]
GRAPHICS = ["연도별 수출입 추이", "지역별 지원 예산 현황", "연령대별 응답 비율", "분기별 매출과 영업이익", "주요국 기준금리 비교"]
SUBHEADS = [
    "이달 말까지 의견 수렴 뒤 확정", "\"현장 목소리 반영해야\" 지적도", "관련 예산 1년 새 두 배로", "지자체별 준비 상황 제각각",
    "업계, 후속 조치에 촉각", "전문가 \"장기 대책 병행을\"", "시범 운영 거쳐 전면 확대", "첫 달 신청자 예상 웃돌아",
]
# sentences an article may carry that look like debris but are prose: they must stay in the body
LOOKALIKES = [
    "신청은 이메일(apply@gaon-si.go.kr)이나 우편으로 다음 달 10일까지 받는다.",
    "문의는 시 청년정책과(031-123-4567)로 하면 된다.",
    "자세한 내용은 공단 누리집 공지사항에서 확인할 수 있다.",
    "당시 현장을 취재하던 방송사 기자 1명이 연기를 마셔 병원으로 옮겨졌다.",
    "그는 신문사 워싱턴 특파원과 논설위원을 거쳐 2018년 정계에 입문했다.",
    "법원은 해당 매체가 다른 언론사의 기사를 무단 전재한 사실이 인정된다며 손해배상을 명령했다.",
    "현행 저작권법은 저작권자의 허락 없이 저작물을 복제하거나 배포하는 행위를 금지하고 있다.",
    "회사 측은 \"모든 기사에 무단 전재 및 재배포 금지 문구를 붙이고 있다\"고 설명했다.",
    "유료 구독자는 1년 새 두 배로 늘었고 앱 이용자도 30만 명을 넘어섰다.",
    "해당 게시물에는 하루 만에 댓글 1,200여 개가 달렸고 공감 수도 1만을 넘겼다.",
    "이 기사는 지난해 11월 처음 보도된 뒤 온라인에서 널리 공유됐다.",
    "그는 기자회견에서 \"유튜브 채널 구독자가 10만 명을 넘었다\"고 말했다.",
    "센터는 제보 전화(1588-0000)를 24시간 운영하기로 했다.",
    "피해를 본 회원의 이메일 주소와 전화번호 약 3만 건이 유출된 것으로 조사됐다.",
    "사진작가 한 명이 1년 동안 섬 곳곳을 돌며 찍은 작품 40여 점이 전시된다.",
    "관련 기사가 나간 뒤 구청 게시판에는 항의 글이 200건 넘게 올라왔다.",
    "앵커 출신인 그는 이번 선거에서 처음으로 공천을 받았다.",
    "카카오톡 채널로도 상담을 받을 수 있으며 상담 시간은 오전 9시부터 오후 6시까지다.",
    "연구진은 결과를 국제 학술지에 실었고 논문은 누구나 무료로 내려받을 수 있다.",
    "협회는 \"기자들의 취재 활동을 방해하는 행위에 유감을 표한다\"는 성명을 냈다.",
    "이날 행사에는 지역 언론사 기자와 주민 100여 명이 참석했다.",
    "그는 \"제보를 받고 현장에 가 보니 이미 공사가 끝나 있었다\"고 전했다.",
    "구는 누리집(www.gaon-gu.go.kr)에 신청서 양식을 올려 두었다.",
    "재단은 올해부터 모든 보고서를 저작권 걱정 없이 쓸 수 있도록 공개하기로 했다.",
    "통계청 자료에 따르면 지난달 취업자는 1년 전보다 12만 명 늘었다.",
    "이에 대해 회사 관계자는 \"사진 촬영은 사전에 동의를 받았다\"고 해명했다.",
]


def josa(word: str, after_consonant: str, after_vowel: str) -> str:
    """The particle that fits the word's last sound (a non-Hangul ending counts as a vowel)."""
    last = word[-1]
    if "가" <= last <= "힣" and (ord(last) - ord("가")) % 28:
        return word + after_consonant
    return word + after_vowel


@dataclass
class Persona3:
    """The outlet, the people and the date one article is dressed with."""

    outlet: str
    domain: str
    kind: str
    reporter: str
    reporter2: str      # co-author: named only by shapes that sign two reporters
    intern: str         # an intern signing with the reporter
    photographer: str   # captions and 영상취재 credits: no reporter
    designer: str       # graphics and 영상편집 credits: no reporter
    interviewee: str
    columnist: str      # an outside writer: no reporter
    publisher: str      # footer's 발행인/편집인: no reporter
    email: str
    email2: str
    place: str
    abroad: str
    desk: str
    section: tuple[str, str]
    when: dt.datetime

    @classmethod
    def draw(cls, rng: random.Random, outlet: tuple[str, str, str]) -> Persona3:
        names: list[str] = []
        while len(names) < 8:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            if name not in names:
                names.append(name)
        name, domain, kind = outlet
        when = dt.datetime(rng.randrange(2019, 2026), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(6, 23), rng.randrange(60))

        def mail() -> str:
            user = rng.choice(ROMAN)
            form = rng.randrange(4)
            user = [user, f"{user}{rng.randrange(1, 100)}", f"{user}.{rng.choice(('kim', 'lee', 'park', 'choi'))}", f"{user}_{rng.randrange(70, 99)}"][form]
            return f"{user}@{domain}"

        return cls(name, domain, kind, *names, mail(), mail(), rng.choice(PLACES), rng.choice(ABROAD),
                   rng.choice(DESKS), rng.choice(SECTIONS), when)

    @property
    def handle(self) -> str:
        return self.domain.split(".")[0].replace("-", "")

    @property
    def later(self) -> dt.datetime:
        return self.when + dt.timedelta(minutes=47)

    @property
    def issue(self) -> int:
        return 1000 + zlib.crc32(self.outlet.encode()) % 500 + self.when.isocalendar()[1]

    @property
    def tel(self) -> str:
        code = zlib.crc32(self.domain.encode())
        area = ("062", "042", "033", "055")[code % 4] if self.kind == "regional" else "02"
        return f"{area}-{3000 + code % 6000}-{1000 + code % 9000}"


def dot(t: dt.datetime) -> str:
    return f"{t:%Y.%m.%d %H:%M}"


def dash(t: dt.datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M}"


def naver(t: dt.datetime) -> str:
    half = "오전" if t.hour < 12 else "오후"
    return f"{t:%Y.%m.%d}. {half} {(t.hour - 1) % 12 + 1}:{t:%M}"


def daum(t: dt.datetime) -> str:
    return f"{t.year}. {t.month}. {t.day}. {t:%H:%M}"


def korean(t: dt.datetime) -> str:
    return f"{t.year}년 {t.month:02d}월 {t.day:02d}일 {t.hour:02d}:{t.minute:02d}"


WEEKDAYS = "월화수목금토일"


def _c(p: Persona3, n: int = 0) -> str:
    return CAPTIONS[(zlib.crc32((p.reporter + p.outlet).encode()) + n) % len(CAPTIONS)]


def _g(p: Persona3) -> str:
    return GRAPHICS[zlib.crc32(p.reporter.encode()) % len(GRAPHICS)]


# Every shape returns (text, debris strings that must be gone, reporters it names as the article's).
# A text starting with "+" is glued to the line before it (the last paragraph for a tail).
Shaped = tuple[str, list[str], list[str]]
# fmt: off

# --- the site's head: menu, title line, date line, head byline, share tools (one of each per house) ---
MENUS = [
    lambda p: ("전체기사\n정치\n경제\n사회\n국제\n문화\n스포츠\n오피니언\n포토", ["전체기사", "오피니언"], []),
    lambda p: (f"{p.outlet}\n로그인 회원가입\n전체메뉴\n검색", ["로그인 회원가입", "전체메뉴"], []),
    lambda p: (f"{p.when.year}년 {p.when.month}월 {p.when.day}일 ({WEEKDAYS[p.when.weekday()]})\n구독신청 | 광고문의 | 기사제보",
               [f"{p.when.year}년 {p.when.month}월 {p.when.day}일 ({WEEKDAYS[p.when.weekday()]})", "구독신청 | 광고문의"], []),
    lambda p: (f"메뉴 열기\n{p.outlet} 로고\n검색 열기", ["메뉴 열기", f"{p.outlet} 로고", "검색 열기"], []),
    lambda p: ("KOR | ENG | 中文 | 日本語\n뉴스 | 오피니언 | 데이터 | 영상 | 구독", ["中文 | 日本語", "데이터 | 영상 | 구독"], []),
    lambda p: ("코스피 2,712.34 ▲12.05 (+0.45%) 코스닥 868.12 ▼3.21 (-0.37%) 원/달러 1,351.20",
               ["코스피 2,712.34", "원/달러 1,351.20"], []),
    lambda p: (f"{p.place} 18.2℃ 미세먼지 보통 | 전체메뉴 | 로그인", ["미세먼지 보통", "전체메뉴 | 로그인"], []),
    lambda p: ("홈\n뉴스\n최신기사\n많이 본 기사\n기획·연재\n뉴스레터\n제보하기", ["최신기사", "기획·연재", "제보하기"], []),
]
BREADCRUMBS = [
    lambda p: (f"홈 > {p.section[0]} > {p.section[1]}", [f"홈 > {p.section[0]}"], []),
    lambda p: (f"HOME > 뉴스 > {p.section[0]}", ["HOME > 뉴스"], []),
    lambda p: (f"{p.section[0]}\n{p.section[1]}", [p.section[1]], []),
    lambda p: (f"{p.section[0]} | {p.section[1]}", [f"{p.section[0]} | {p.section[1]}"], []),
    lambda p: (f"[{p.section[0]}] 기사 목록", ["기사 목록"], []),
]
TITLE_LINES = [  # (p, h) -> the line(s) showing the headline; the headline is always expected as the title
    lambda p, h: (h, [], []),
    lambda p, h: (h, [], []),
    lambda p, h: (f"{h} | {p.outlet}\n{h}", [f"| {p.outlet}"], []),
    lambda p, h: (f"{h} - {p.outlet}\n{h}", [f"- {p.outlet}"], []),
    lambda p, h: (f"{h} < {p.section[0]} < 기사본문 - {p.outlet}\n{h}", [f"< 기사본문 - {p.outlet}"], []),
]
SUBHEAD_FORMS = [
    lambda subs: "\n".join(subs),
    lambda subs: "\n".join(f"- {s}" for s in subs),
    lambda subs: "\n".join(f"ㆍ{s}" for s in subs),
    lambda subs: "\n".join(f"◆ {s}" for s in subs),
    lambda subs: " / ".join(subs),
]
DATE_LINES = [
    lambda p: (f"입력 {dot(p.when)} 수정 {dot(p.later)}", [f"수정 {dot(p.later)}"], []),
    lambda p: (f"기사입력 : {korean(p.when)}", [f"기사입력 : {korean(p.when)}"], []),
    lambda p: (f"승인 {dot(p.when)}", [f"승인 {dot(p.when)}"], []),
    lambda p: (f"등록 {dash(p.when)}:17 | 수정 {dash(p.later)}:02", [f"등록 {dash(p.when)}"], []),
    lambda p: (f"입력 : {dash(p.when)} | 최종수정 : {dash(p.later)}", [f"최종수정 : {dash(p.later)}"], []),
    lambda p: (f"게재 일자 : {p.when.year}년 {p.when.month:02d}월 {p.when.day:02d}일({WEEKDAYS[p.when.weekday()]})", ["게재 일자"], []),
    lambda p: (f"Posted : {dash(p.when)} | Updated : {dash(p.later)}", [f"Updated : {dash(p.later)}"], []),
    lambda p: (f"{dot(p.when)} | 조회 {1000 + p.when.minute * 37:,}", [f"조회 {1000 + p.when.minute * 37:,}"], []),
    lambda p: (f"업데이트 {p.later:%Y.%m.%d %H:%M:%S}", [f"업데이트 {p.later:%Y.%m.%d}"], []),
    lambda p: (f"발행일 {p.when:%Y.%m.%d} | 지면 A{p.when.day % 30 + 1}면", ["지면 A"], []),
]
HEAD_BYLINES = [
    lambda p: (f"{p.reporter} 기자", [f"{p.reporter} 기자"], [p.reporter]),
    lambda p: (f"기자명 {p.reporter} 기자", [f"기자명 {p.reporter}"], [p.reporter]),
    lambda p: (f"{p.reporter} 기자 {p.email}", [p.email], [p.reporter]),
    lambda p: (f"{p.reporter}·{p.reporter2} 기자", [f"{p.reporter}·{p.reporter2} 기자"], [p.reporter, p.reporter2]),
    lambda p: (f"{p.desk} {p.reporter} 기자", [f"{p.desk} {p.reporter} 기자"], [p.reporter]),
    lambda p: (f"By {p.reporter} 기자", [f"By {p.reporter}"], [p.reporter]),
    lambda p: (f"{p.reporter} 기자\n{p.reporter} 기자 구독하기", [f"{p.reporter} 기자 구독하기"], [p.reporter]),
    lambda p: (f"{p.reporter} 기자 입력 {dot(p.when)}", [f"{p.reporter} 기자 입력"], [p.reporter]),
    lambda p: (f"{p.reporter} 선임기자", [f"{p.reporter} 선임기자"], [p.reporter]),
]
TOOLS = [
    lambda p: ("가\n가\n공유하기\n인쇄하기", ["공유하기", "인쇄하기"], []),
    lambda p: ("바로가기\n복사하기\n본문 글씨 키우기\n본문 글씨 줄이기", ["본문 글씨 키우기", "본문 글씨 줄이기"], []),
    lambda p: ("페이스북(으)로 기사보내기\n트위터(으)로 기사보내기\n카카오톡(으)로 기사보내기\nURL복사(으)로 기사보내기", ["(으)로 기사보내기"], []),
    lambda p: ("글자크기 가 가 가 가 가 | 프린트 | 스크랩", ["글자크기 가 가", "스크랩"], []),
    lambda p: ("기사 듣기\n번역\nEnglish\n中文", ["기사 듣기"], []),
    lambda p: ("댓글 0\n공유\n북마크", ["북마크"], []),
]
# --- the lead's byline or dateline, by kind: (p, first) -> the first paragraph with it ---
LEADS = {
    "wire": [
        lambda p, f: (f"({p.place}={p.outlet}) {p.reporter} 기자 = {f}", [f"({p.place}={p.outlet})", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"({p.place}={p.outlet}) {p.reporter} {p.reporter2} 기자 = {f}", [f"({p.place}={p.outlet})", f"{p.reporter2} 기자 ="], [p.reporter, p.reporter2]),
        lambda p, f: (f"({p.place}={p.outlet}) {p.reporter} 기자 {p.intern} 인턴기자 = {f}", [f"{p.reporter} 기자", f"{p.intern} 인턴기자 ="], [p.reporter, p.intern]),
        lambda p, f: (f"({p.abroad}={p.outlet}) {p.reporter} 특파원 = {f}", [f"({p.abroad}={p.outlet})", f"{p.reporter} 특파원 ="], [p.reporter]),
        lambda p, f: (f"({p.place}={p.outlet}) {p.desk} = {f}", [f"({p.place}={p.outlet}) {p.desk} ="], []),
        lambda p, f: (f"({p.place}={p.outlet}) {p.reporter} {p.reporter2} {p.intern} 기자 = {f}", [f"({p.place}={p.outlet})", f"{p.intern} 기자 ="], [p.reporter, p.reporter2, p.intern]),
        lambda p, f: (f"[{p.place}={p.outlet}] {p.reporter} 기자 = {f}", [f"[{p.place}={p.outlet}]", f"{p.reporter} 기자 ="], [p.reporter]),
    ],
    "daily": [
        lambda p, f: (f"{p.reporter} 기자 {p.email}\n{f}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p, f: (f"[{p.place}={p.reporter} 기자] {f}", [f"[{p.place}={p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"{p.abroad}｜{p.reporter} 특파원 {p.email}\n{f}", [f"{p.abroad}｜{p.reporter} 특파원", p.email], [p.reporter]),
        lambda p, f: (f"【{p.abroad}={p.reporter} 특파원】{f}", [f"【{p.abroad}={p.reporter} 특파원】"], [p.reporter]),
        lambda p, f: (f"[{p.outlet}] {f}", [f"[{p.outlet}]"], []),
    ],
    "economy": [
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자] {f}", [f"[{p.outlet} {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet}={p.reporter} 기자] {f}", [f"[{p.outlet}={p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.reporter}·{p.reporter2} 기자] {f}", [f"{p.reporter}·{p.reporter2} 기자]"], [p.reporter, p.reporter2]),
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자, {p.intern} 인턴기자] {f}", [f"{p.intern} 인턴기자]"], [p.reporter, p.intern]),
        lambda p, f: (f"{p.outlet} {p.reporter} 기자 = {f}", [f"{p.reporter} 기자 ="], [p.reporter]),
    ],
    "regional": [
        lambda p, f: (f"[{p.outlet}={p.reporter} 기자] {f}", [f"[{p.outlet}={p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"({p.place}={p.outlet}) {p.reporter} 기자 = {f}", [f"({p.place}={p.outlet})", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"【{p.outlet} {p.reporter} 기자】{f}", [f"【{p.outlet} {p.reporter} 기자】"], [p.reporter]),
        lambda p, f: (f"{p.place}/{p.reporter} 기자\n{f}", [f"{p.place}/{p.reporter} 기자"], [p.reporter]),
        lambda p, f: (f"[{p.outlet}] {p.reporter} 객원기자 = {f}", [f"[{p.outlet}]", f"{p.reporter} 객원기자 ="], [p.reporter]),
    ],
    "internet": [
        lambda p, f: (f"[{p.outlet}={p.reporter} 기자] {f}", [f"[{p.outlet}={p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자] {f}", [f"[{p.outlet} {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"{p.reporter} 기자 | {p.email}\n{f}", [p.email, f"{p.reporter} 기자 |"], [p.reporter]),
        lambda p, f: (f"[{p.outlet}] {p.reporter} 기자 = {f}", [f"[{p.outlet}]", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"{p.outlet}={p.reporter} 기자 | {f}", [f"{p.outlet}={p.reporter} 기자 |"], [p.reporter]),
    ],
    "magazine": [
        lambda p, f: (f"글·사진 {p.reporter} 기자\n{f}", [f"글·사진 {p.reporter} 기자"], [p.reporter]),
        lambda p, f: (f"취재 {p.reporter}·{p.reporter2} 기자 | 사진 {p.photographer} 기자\n{f}", [f"취재 {p.reporter}·{p.reporter2}", f"사진 {p.photographer} 기자"], [p.reporter, p.reporter2]),
        lambda p, f: (f"[{p.outlet}={p.reporter} 기자] {f}", [f"[{p.outlet}={p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"정리 {p.reporter} 기자 {p.email}\n{f}", [f"정리 {p.reporter} 기자", p.email], [p.reporter]),
        lambda p, f: (f"{p.outlet} 제{p.issue}호\n{p.reporter} 기자\n{f}", [f"{p.outlet} 제{p.issue}호", f"{p.reporter} 기자"], [p.reporter]),
    ],
    "english": [
        lambda p, f: (f"[{p.outlet}] {p.reporter} 기자 = {f}", [f"[{p.outlet}]", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"({p.outlet}) {p.reporter} 기자 = {f}", [f"({p.outlet})", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"[{p.outlet}={p.place}] {p.reporter} 기자 | {f}", [f"[{p.outlet}={p.place}]", f"{p.reporter} 기자 |"], [p.reporter]),
        lambda p, f: (f"{p.outlet} | {p.reporter} Reporter\n{f}", [f"{p.reporter} Reporter"], [p.reporter]),
    ],
    "broadcast": [
        lambda p, f: (f"[앵커]\n{f}", ["[앵커]"], []),
        lambda p, f: (f"◀ 앵커 ▶\n{f}", ["◀ 앵커 ▶"], []),
        lambda p, f: (f"<앵커>\n{f}", ["<앵커>"], []),
        lambda p, f: (f"●앵커: {f}", ["●앵커:"], []),
        lambda p, f: (f"[앵커멘트]\n{f}", ["[앵커멘트]"], []),
        lambda p, f: (f"{p.outlet} {p.reporter} 기자\n{f}", [f"{p.outlet} {p.reporter} 기자"], [p.reporter]),
    ],
}
# --- the byline after the last paragraph, by kind ---
TAIL_BYLINES = {
    "wire": [
        lambda p: (p.email, [p.email], []),
        lambda p: (f"{p.email}\n(끝)", [p.email, "(끝)"], []),
        lambda p: (f"+{p.email}", [p.email], []),
        lambda p: (f"{p.email}\n{p.when:%Y/%m/%d %H:%M} 송고", [p.email, f"{p.when:%Y/%m/%d %H:%M} 송고"], []),
    ],
    "daily": [
        lambda p: (f"{p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"+ /{p.place}={p.reporter} 기자 {p.email}", [p.email, f"={p.reporter} 기자"], [p.reporter]),
        lambda p: (f"{p.reporter}·{p.reporter2} 기자 {p.email}", [p.email, f"{p.reporter}·{p.reporter2} 기자"], [p.reporter, p.reporter2]),
        lambda p: (f"[{p.reporter} 기자 {p.email}]", [p.email, f"[{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"{p.abroad}=글·사진 {p.reporter} 특파원 {p.email}", [p.email, f"{p.reporter} 특파원"], [p.reporter]),
        lambda p: (f"{p.reporter} {p.desk}장 {p.email}", [p.email, f"{p.reporter} {p.desk}장"], [p.reporter]),
    ],
    "economy": [
        lambda p: (f"{p.reporter} 기자 ({p.email})", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"+ {p.email}", [p.email], []),
        lambda p: (f"+ /{p.reporter} 기자 {p.email}", [p.email, f"/{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"[{p.outlet} {p.reporter} 기자 {p.email}]", [p.email, f"[{p.outlet} {p.reporter} 기자"], [p.reporter]),
        lambda p: (f"{p.reporter} 기자 {p.email}\n{p.reporter2} 기자 {p.email2}", [p.email, p.email2, f"{p.reporter2} 기자"], [p.reporter, p.reporter2]),
    ],
    "broadcast": [
        lambda p: (f"{p.outlet} 뉴스 {p.reporter}입니다.", [f"뉴스 {p.reporter}입니다"], [p.reporter]),
        lambda p: (f"{p.outlet} {p.reporter}입니다.\n(영상취재 : {p.photographer} / 영상편집 : {p.designer})", [f"{p.reporter}입니다", "영상취재 :", "영상편집 :"], [p.reporter]),
        lambda p: (f"영상취재: {p.photographer} 영상편집: {p.designer}\n{p.reporter} 기자 ({p.email})", ["영상취재:", "영상편집:", p.email], [p.reporter]),
        lambda p: (f"[{p.outlet} {p.reporter} 기자]\n[영상편집 {p.designer}]", [f"{p.reporter} 기자]", f"영상편집 {p.designer}"], [p.reporter]),
        lambda p: (f"지금까지 {p.outlet} 뉴스 {p.reporter} 기자였습니다.", [f"{p.reporter} 기자였습니다"], [p.reporter]),
    ],
    "regional": [
        lambda p: (f"{p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"+ /{p.reporter} 기자", [f"/{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"{p.place}={p.reporter} 기자 {p.email}", [p.email, f"={p.reporter} 기자"], [p.reporter]),
        lambda p: (f"[{p.outlet} {p.reporter} 기자]", [f"[{p.outlet} {p.reporter} 기자]"], [p.reporter]),
    ],
    "internet": [
        lambda p: (f"{p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"+{p.email}", [p.email], []),
        lambda p: (f"{p.outlet} {p.reporter} 기자 / {p.email}", [p.email, f"{p.reporter} 기자 /"], [p.reporter]),
        lambda p: (f"<{p.reporter} 기자 {p.email}>", [p.email, f"<{p.reporter} 기자"], [p.reporter]),
    ],
    "magazine": [
        lambda p: (f"{p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"글 {p.reporter} 기자 · 사진 {p.photographer} 기자", [f"글 {p.reporter} 기자", f"사진 {p.photographer} 기자"], [p.reporter]),
        lambda p: (f"+ /정리 {p.reporter} 기자", [f"정리 {p.reporter} 기자"], [p.reporter]),
        lambda p: (f"[이 기사는 {p.outlet} 제{p.issue}호({p.when:%Y.%m.%d})에 실렸습니다]", [f"제{p.issue}호({p.when:%Y.%m.%d})에 실렸습니다"], []),
    ],
    "english": [
        lambda p: (f"{p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"Reporter {p.reporter} {p.email}", [p.email, f"Reporter {p.reporter}"], [p.reporter]),
        lambda p: (f"+ {p.reporter} 기자", [f"{p.reporter} 기자"], [p.reporter]),
    ],
}
# an outside writer's column: the signature and the paper's disclaimer, no reporter
COLUMNS = [
    lambda p: (f"{p.columnist} {UNIVERSITIES[0]} 경영학과 교수", [f"{p.columnist} {UNIVERSITIES[0]} 경영학과 교수"], []),
    lambda p: (f"+ /{p.columnist} 변호사·법무법인 가온", [f"/{p.columnist} 변호사"], []),
    lambda p: (f"<{p.columnist} {UNIVERSITIES[1]} 교수·경제학>\n※ 외부 필자의 원고는 {p.outlet}의 편집 방향과 다를 수 있습니다.",
               [f"<{p.columnist} {UNIVERSITIES[1]} 교수", "외부 필자의 원고는"], []),
    lambda p: (f"글 {p.columnist} 가온연구소 선임연구원\n*이 칼럼은 본지의 편집방향과 다를 수 있습니다.", [f"글 {p.columnist}", "본지의 편집방향과"], []),
    lambda p: (f"{p.columnist} 칼럼니스트 {p.handle}column@gmail.com", [f"{p.columnist} 칼럼니스트", "column@gmail.com"], []),
    lambda p: (f"※ 본 칼럼의 내용은 필자 개인의 의견으로 {josa(p.outlet, '과', '와')} 무관합니다.\n{p.columnist} ({UNIVERSITIES[2]} 겸임교수)",
               ["본 칼럼의 내용은 필자 개인의 의견", f"{p.columnist} ({UNIVERSITIES[2]}"], []),
]
COLUMN_HEADS = [  # above the headline of a column
    lambda p: (f"오피니언 > 기고", ["오피니언 > 기고"], []),
    lambda p: (f"[{p.outlet} 칼럼]", [f"[{p.outlet} 칼럼]"], []),
    lambda p: (f"{p.columnist}의 세상 읽기", [f"{p.columnist}의 세상 읽기"], []),
    lambda p: ("시론", [], []),
]
# --- captions above the lead (head) and among the paragraphs (middle) ---
CAPTIONS_HEAD = [
    lambda p: (f"{_c(p)}. /사진={p.photographer} 기자", [_c(p), f"사진={p.photographer} 기자"], []),
    lambda p: (f"{_c(p)}. {p.when.year}.{p.when.month}.{p.when.day} photo@{p.domain}", [_c(p), f"photo@{p.domain}"], []),
    lambda p: (f"{_c(p)}. [AFP=코리아통신]" if p.outlet != "코리아통신" else f"{_c(p)}. [AFP=아시아와이어]", [_c(p), "[AFP="], []),
    lambda p: (f"{_c(p)}(사진=가온시 제공)", [_c(p), "(사진=가온시 제공)"], []),
    lambda p: (f"{_c(p)}.\n사진=클립아트코리아", [_c(p), "사진=클립아트코리아"], []),
    lambda p: (f"[사진 출처 : 가온구청 누리집]\n{_c(p)}", ["[사진 출처 :", _c(p)], []),
    lambda p: (f"{_c(p)} (왼쪽부터 {p.interviewee}, {p.columnist}) /{p.outlet} DB", [_c(p), f"/{p.outlet} DB"], []),
    lambda p: ("이미지=챗GPT 생성", ["이미지=챗GPT 생성"], []),
    lambda p: (f"△{_c(p)}. ⓒ셔터스톡", [_c(p), "ⓒ셔터스톡"], []),
    lambda p: (f"(화면제공 : 가온소방본부)\n{_c(p)}", ["(화면제공 :", _c(p)], []),
]
MIDDLES = {  # (p, titles) -> a line put before a paragraph; ">" glues the text before that paragraph
    "caption_mid": [
        lambda p, t: (f"{_c(p, 1)}. /{p.outlet} {p.photographer} 기자", [_c(p, 1), f"{p.photographer} 기자"], []),
        lambda p, t: (f"▲{_c(p, 1)}. <사진=가온군 제공>", [_c(p, 1), "<사진=가온군 제공>"], []),
        lambda p, t: (f"> ▲ {_c(p, 1)} (사진={p.photographer} 기자) ", [_c(p, 1), f"(사진={p.photographer} 기자)"], []),
        lambda p, t: ("사진=픽사베이", ["사진=픽사베이"], []),
        lambda p, t: (f"{_c(p, 1)}. 2024.5.13 [{p.outlet} 자료사진]", [_c(p, 1), f"[{p.outlet} 자료사진]"], []),
        lambda p, t: (f"ⓒ게티이미지코리아\n{_c(p, 1)}", ["ⓒ게티이미지코리아", _c(p, 1)], []),
    ],
    "graphic": [
        lambda p, t: (f"그래픽={p.designer} 디자이너", [f"그래픽={p.designer} 디자이너"], []),
        lambda p, t: (f"[그래픽] {_g(p)}\n({p.place}={p.outlet}) {p.designer} 기자 = @{p.handle}_graphics", [f"[그래픽] {_g(p)}", f"@{p.handle}_graphics"], []),
        lambda p, t: (f"<{_g(p)}>\n※자료: 통계청 · 그래픽: {p.designer}", [f"<{_g(p)}>", "※자료: 통계청"], []),
        lambda p, t: (f"[표] {_g(p)} (단위: 억원, %)", [f"[표] {_g(p)}", "(단위: 억원, %)"], []),
        lambda p, t: ("자료=한국은행", ["자료=한국은행"], []),
    ],
    "video": [
        lambda p, t: ("동영상 재생\n00:00 / 02:31", ["동영상 재생", "00:00 / 02:31"], []),
        lambda p, t: (f"[영상] {p.outlet} 유튜브 보기", [f"[영상] {p.outlet} 유튜브"], []),
        lambda p, t: (f"(영상=유튜브 '{p.handle}TV' 캡처)", [f"'{p.handle}TV' 캡처"], []),
        lambda p, t: (f"※ 영상 재생이 원활하지 않을 경우 {p.outlet} 홈페이지에서 보실 수 있습니다.", ["영상 재생이 원활하지 않을 경우"], []),
        lambda p, t: (f"[영상 취재 : {p.photographer} / 편집 : {p.designer}]", [f"[영상 취재 : {p.photographer}"], []),
    ],
    "inline_promo": [
        lambda p, t: (f"▶[관련 기사] {t[0]}", ["[관련 기사]", t[0]], []),
        lambda p, t: (f"☞ 바로가기: {t[0]}", ["☞ 바로가기:", t[0]], []),
        lambda p, t: ("AD", [], []),
        lambda p, t: (f"※ 이 기사는 {p.outlet} 유료 멤버십 '{p.handle} 플러스'에 {p.when.month}월 {p.when.day}일 먼저 게재됐습니다.", ["유료 멤버십", "먼저 게재됐습니다"], []),
        lambda p, t: (f"[{p.outlet} 주최] {p.when.year} 미래산업포럼 사전등록 바로가기 ▶", ["미래산업포럼 사전등록 바로가기"], []),
        lambda p, t: (f"이어서 보기 → {t[0]}", ["이어서 보기 →", t[0]], []),
        lambda p, t: ("광고\n광고 닫기", ["광고 닫기"], []),
    ],
    "broadcast_mid": [
        lambda p, t: ("[기자]", ["[기자]"], []),
        lambda p, t: ("<기자>", ["<기자>"], []),
        lambda p, t: ("◀ 리포트 ▶", ["◀ 리포트 ▶"], []),
        lambda p, t: (f"[{p.reporter} 기자]", [f"[{p.reporter} 기자]"], [p.reporter]),
        lambda p, t: (f"[인터뷰:{p.interviewee}/{OCCUPATIONS[0]}]", [f"[인터뷰:{p.interviewee}"], []),
        lambda p, t: (f"◀ SYNC ▶ {p.interviewee}/{OCCUPATIONS[1]}", ["◀ SYNC ▶"], []),
        lambda p, t: (f"{p.interviewee} / {OCCUPATIONS[2]}", [f"{p.interviewee} / {OCCUPATIONS[2]}"], []),
        lambda p, t: ("[CG]", ["[CG]"], []),
        lambda p, t: ("> ●기자: ", ["●기자:"], []),
        lambda p, t: (f"[화면출처 : 유튜브 '{p.handle}']", ["[화면출처 :"], []),
    ],
}
# --- tails other than bylines ---
TAILS = {
    "profile": [
        lambda p, t: (f"{p.reporter} 기자\n{p.desk} 사건팀 기자입니다. 제보 환영합니다.\n{p.email}\n기자 구독하기", ["사건팀 기자입니다", "기자 구독하기", p.email], [p.reporter]),
        lambda p, t: (f"{p.reporter} 기자의 다른 기사", ["기자의 다른 기사"], [p.reporter]),
        lambda p, t: (f"이 기자의 최신기사\n" + "\n".join(t[:2]), ["이 기자의 최신기사", *t[:2]], []),
        lambda p, t: (f"{p.reporter}\n기자\n구독자 2,{p.when.minute:03d}명\n응원하기", [f"구독자 2,{p.when.minute:03d}명", "응원하기"], [p.reporter]),
        lambda p, t: (f"{p.reporter} 기자 다른기사 보기", ["다른기사 보기"], [p.reporter]),
        lambda p, t: (f"{p.reporter} 기자\n이메일 {p.email}\n페이스북 facebook.com/{p.email.split('@')[0]}", [p.email, "페이스북 facebook.com/"], [p.reporter]),
    ],
    "promo": [
        lambda p, t: (f"▶ {p.outlet} 앱 설치하고 실시간 속보 알림 받기", ["앱 설치하고 실시간 속보"], []),
        lambda p, t: (f"{p.outlet} 뉴스레터 '아침 브리핑' 구독하기 ▶", ["'아침 브리핑' 구독하기"], []),
        lambda p, t: (f"▶ 카카오톡에서 {p.outlet} 채널을 추가하시면 주요 뉴스를 받아보실 수 있습니다.", ["채널을 추가하시면"], []),
        lambda p, t: (f"▶ 제{p.when.year % 100 - 15}회 {p.outlet} 청년창업대상 참가 신청 (~{p.when.month}월 {p.when.day}일)", ["청년창업대상 참가 신청"], []),
        lambda p, t: ("[이벤트] 설문 참여하면 추첨 통해 커피 쿠폰 증정", ["설문 참여하면 추첨"], []),
        lambda p, t: (f"이 기사가 좋으셨다면 {josa(p.outlet, '을', '를')} 후원해 주세요.\n후원하기", ["이 기사가 좋으셨다면", "후원하기"], []),
        lambda p, t: ("독자님의 후원이 좋은 기사를 만듭니다. [후원하기]", ["독자님의 후원이"], []),
        lambda p, t: (f"+ ▷{p.outlet} 유튜브 구독 ▷네이버 포스트 ▷인스타그램", ["유튜브 구독 ▷네이버 포스트"], []),
        lambda p, t: ("종이신문 구독신청 1577-0000 (한 달 무료)", ["종이신문 구독신청"], []),
    ],
    "related": [
        lambda p, t: ("관련 뉴스 더보기\n" + "\n".join(t), ["관련 뉴스 더보기", *t], []),
        lambda p, t: (f"{p.desk} 최신기사\n" + "\n".join(f"· {x}" for x in t), [f"{p.desk} 최신기사", *t], []),
        lambda p, t: ("실시간 인기기사\n" + "\n".join(f"{i} {x}" for i, x in enumerate(t, 1)), ["실시간 인기기사", *t], []),
        lambda p, t: ("에디터 추천 기사\n" + "\n".join(f"[{p.section[0]}] {x}" for x in t) + "\n더보기", ["에디터 추천 기사", *t], []),
        lambda p, t: ("포토뉴스\n" + "\n".join(f"{x} ({p.when:%Y.%m.%d})" for x in t), ["포토뉴스", *t], []),
        lambda p, t: ("헤드라인\n" + "\n".join(f"- {x}" for x in t), ["헤드라인", *t], []),
    ],
    "widget": [
        lambda p, t: ("0개의 댓글\n댓글 정렬\nBEST댓글\nBEST 댓글 답글과 추천수를 합산하여 자동으로 노출됩니다.\n댓글삭제\n삭제한 댓글은 다시 복구할 수 없습니다.\n그래도 삭제하시겠습니까?",
                      ["0개의 댓글", "합산하여 자동으로 노출됩니다", "삭제한 댓글은 다시 복구할 수 없습니다", "그래도 삭제하시겠습니까"], []),
        lambda p, t: ("기사 추천 0 비추천 0", ["비추천 0"], []),
        lambda p, t: ("URL 복사\n기사 URL이 복사되었습니다.", ["기사 URL이 복사되었습니다"], []),
        lambda p, t: ("댓글쓰기\n0 / 400\n등록\n주의! 욕설, 비방, 음란성 댓글은 예고 없이 삭제될 수 있습니다.", ["0 / 400", "예고 없이 삭제될 수 있습니다"], []),
        lambda p, t: ("이 기사 어떠셨나요?\n좋아요 3 싫어요 0", ["이 기사 어떠셨나요", "싫어요 0"], []),
    ],
    "contact": [
        lambda p, t: (f"※ '당신의 제보가 뉴스가 됩니다'\n▷ 카카오톡 : '{p.outlet} 뉴스' 검색\n▷ 전화 : {p.tel}\n▷ 이메일 : jebo@{p.domain}",
                      ["당신의 제보가 뉴스가 됩니다", "카카오톡 : '", f"jebo@{p.domain}"], []),
        lambda p, t: (f"■ 제보하기\n▷ 전화 : {p.tel}\n▷ 이메일 : jebo@{p.domain}\n▷ 뉴스 홈페이지 : https://www.{p.domain}/jebo",
                      ["■ 제보하기", f"jebo@{p.domain}", f"https://www.{p.domain}"], []),
        lambda p, t: (f"제보는 카카오톡 {p.handle}jebo", ["제보는 카카오톡"], []),
        lambda p, t: (f"[기사제보] {p.tel} | jebo@{p.domain}", ["[기사제보]", f"jebo@{p.domain}"], []),
    ],
    "footer": [
        lambda p, t: (f"{p.outlet} | 주소 : 가온시 중앙로 {len(p.domain) * 7} | 전화 : {p.tel} | 팩스 : {p.tel[:-1]}9\n"
                      f"등록번호 : 가온 아00{len(p.domain) * 3} | 등록일 : 2015-03-02 | 발행·편집인 : {p.publisher}\n"
                      "청소년보호책임자 : 김책임 | 개인정보처리방침 | 이메일무단수집거부",
                      ["등록번호 : 가온", "발행·편집인", "청소년보호책임자", "이메일무단수집거부"], []),
        lambda p, t: ("회사소개 | 광고문의 | 제휴문의 | 고충처리인 | 윤리강령 | 개인정보처리방침 | 청소년보호정책", ["고충처리인 | 윤리강령", "청소년보호정책"], []),
        lambda p, t: (f"[{p.outlet} SNS] 페이스북 facebook.com/{p.handle} · 인스타그램 @{p.handle}", [f"facebook.com/{p.handle}", f"인스타그램 @{p.handle}"], []),
        lambda p, t: (f"Copyright by {p.domain} All rights reserved. mail to {p.handle}@{p.domain}", [f"mail to {p.handle}@"], []),
        lambda p, t: (f"{p.outlet}\n대표 : {p.publisher} | 사업자등록번호 : 123-45-{len(p.domain) * 1111:05d}", ["사업자등록번호"], []),
    ],
}
COPYRIGHTS = [  # one wording per house
    lambda p: (f"<저작권자 ⓒ {p.outlet}, 무단 전재 및 재배포 금지>", [f"<저작권자 ⓒ {p.outlet}"], []),
    lambda p: (f"Copyright ⓒ {p.outlet} All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지", [f"Copyright ⓒ {p.outlet}"], []),
    lambda p: (f"ⓒ {p.outlet}(www.{p.domain}), 무단전재 및 수집, 재배포금지", [f"(www.{p.domain}), 무단전재"], []),
    lambda p: (f"[ⓒ {p.outlet} & {p.domain}, 무단 전재 및 재배포 금지]", [f"[ⓒ {p.outlet} & {p.domain}"], []),
    lambda p: (f"<저작권자(c) {p.outlet}, 무단 전재-재배포, AI 학습 및 활용 금지>", [f"<저작권자(c) {p.outlet}"], []),
    lambda p: (f"저작권자 © {p.outlet} 무단전재 및 재배포 금지", [f"저작권자 © {p.outlet}"], []),
    lambda p: (f"※ 이 기사의 저작권은 {p.outlet}에 있습니다. 무단 전재와 재배포를 금합니다.", ["이 기사의 저작권은", "무단 전재와 재배포를 금합니다"], []),
    lambda p: (f"<ⓒ세상을 읽는 눈, {p.outlet} 무단전재 및 재배포금지>", ["<ⓒ세상을 읽는 눈"], []),
    lambda p: (f"ⓒ {p.outlet} ({p.domain}) 무단 전재·재배포 금지", [f"({p.domain}) 무단 전재·재배포"], []),
    lambda p: (f"Copyrights ⓒ {p.when.year} {p.outlet}. All rights reserved.", [f"Copyrights ⓒ {p.when.year}"], []),
    lambda p: (f"※ 저작권자 ⓒ {p.outlet}. 무단전재 및 재배포, AI학습 이용 금지", [f"※ 저작권자 ⓒ {p.outlet}"], []),
    lambda p: (f"저작권자 © {p.outlet} | 무단 전재 및 재배포 금지 | 기사제보 {p.tel}", [f"| 기사제보 {p.tel}"], []),
    lambda p: (f"본 기사는 저작권법의 보호를 받으며, 무단 전재·복사·배포를 금합니다. (c) {p.outlet}", ["본 기사는 저작권법의 보호를 받으며"], []),
    lambda p: (f"+ <ⓒ{p.outlet}-무단 전재 & 재배포 금지>", [f"<ⓒ{p.outlet}-무단 전재"], []),
    lambda p: (f"[저작권자(c) {p.outlet}. 무단 복제-재배포 금지]", ["무단 복제-재배포 금지"], []),
]
# --- portal article views wrapped around the outlet's text ---
PORTAL_HEADS = {
    "naver": lambda p, h: (
        f"{p.outlet}\n구독\n{h}\n입력{naver(p.when)}  수정{naver(p.later)}  기사원문\n{p.reporter} 기자\n추천\n댓글\n"
        "본문 요약봇\n텍스트 음성 변환 서비스 사용하기\n글자 크기 변경하기\nSNS 보내기\n인쇄하기",
        [f"입력{naver(p.when)}", "기사원문", "본문 요약봇", "텍스트 음성 변환 서비스"], [p.reporter]),
    "daum": lambda p, h: (
        f"{p.outlet}\n{h}\n{p.reporter} 기자\n입력 {daum(p.when)}수정 {daum(p.later)}\n타임톡\n번역 설정\n글씨크기 조절하기\n인쇄하기",
        [f"수정 {daum(p.later)}", "번역 설정", "글씨크기 조절하기"], [p.reporter]),
}
PORTAL_TAILS = {
    "naver": lambda p, t: (
        f"Copyright ⓒ {p.outlet}. All rights reserved. 무단 전재 및 재배포 금지.\n기사 섹션 분류 안내\n"
        "기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다. 언론사는 개별 기사를 2개 이상 섹션으로 중복 분류할 수 있습니다.\n"
        "닫기\n구독\n메인에서 바로 보는 언론사 편집 뉴스 지금 바로 구독해보세요!\n이 기사를 추천합니다\n"
        "쏠쏠정보 0 흥미진진 0 공감백배 0 분석탁월 0 후속강추 0\n댓글\n"
        f"{p.outlet} 랭킹 뉴스\n오후 1시~2시까지 집계한 결과입니다.\n" + "\n".join(f"{i}\n{x}" for i, x in enumerate(t, 1)),
        [f"Copyright ⓒ {p.outlet}. All rights reserved", "기사 섹션 분류 안내", "해당 언론사의 분류를 따르고 있습니다",
         "쏠쏠정보 0", "집계한 결과입니다", *t[:2]], []),
    "daum": lambda p, t: (
        f"Copyright © {p.outlet}. 무단전재 및 재배포 금지.\n이 기사에 대해 어떻게 생각하시나요?\n좋아요\n0\n응원해요\n0\n후속 원해요\n0\n"
        f"{p.outlet}에서 직접 확인하세요. 해당 언론사로 이동합니다.\n{p.outlet} 주요 뉴스\n" + "\n".join(t),
        [f"Copyright © {p.outlet}. 무단전재", "이 기사에 대해 어떻게 생각하시나요", "해당 언론사로 이동합니다", f"{p.outlet} 주요 뉴스", *t[:2]], []),
    "tag": lambda p, t: (
        f"기사제공 {p.outlet}\n다른 언론사 기사 보기: {' · '.join(o for o, _, _ in OUTLETS[::7] if o != p.outlet)}\n공감 0 | 댓글 0 | 공유",
        [f"기사제공 {p.outlet}", "다른 언론사 기사 보기", "공감 0 | 댓글 0"], []),
}
# fmt: on


@dataclass
class House:
    """An outlet's fixed layout: which shape of each part its pages show (None: the part is absent)."""

    menu: int | None
    breadcrumb: int | None
    title_line: int
    date_line: int
    head_byline: int | None
    tools: int | None
    lead: int | None
    tail_byline: int
    copyright: int
    footer: str | None
    footer_shape: int


def house_style(outlet: str, kind: str) -> House:
    """The outlet's layout, drawn once from its name."""
    house = random.Random(zlib.crc32(outlet.encode()))

    def maybe(pool: list, chance: float) -> int | None:
        index = house.randrange(len(pool))
        return index if house.random() < chance else None

    footer = house.choice(("footer", "footer", "contact", "widget", "promo", None))
    return House(
        menu=maybe(MENUS, 0.6), breadcrumb=maybe(BREADCRUMBS, 0.5),
        title_line=house.randrange(len(TITLE_LINES)), date_line=house.randrange(len(DATE_LINES)),
        head_byline=maybe(HEAD_BYLINES, 0.6 if kind != "wire" else 0.2), tools=maybe(TOOLS, 0.5),
        lead=maybe(LEADS[kind], 0.95 if kind in ("wire", "broadcast") else 0.7),
        tail_byline=house.randrange(len(TAIL_BYLINES[kind])), copyright=house.randrange(len(COPYRIGHTS)),
        footer=footer, footer_shape=house.randrange(len(TAILS[footer])) if footer else 0,
    )


@dataclass
class Page:
    """A dressed article before scoring: its lines and what they must and must not keep."""

    lines: list[str]
    headline_shown: bool = False
    debris: dict[str, list[str]] = field(default_factory=dict)
    reporters: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    outlet: str = ""


def _or_another(house_shape: int, shapes: int, rng: random.Random) -> int:
    """The house's byline shape, or for a quarter of the articles another of its kind (a correspondent,
    two reporters, an intern signing too)."""
    return house_shape if rng.random() < 0.75 else rng.randrange(shapes)


def compose(title: str, paragraphs: list[str], rng: random.Random, other_titles: list[str]) -> Page:
    """One article laid out as its outlet's site or a portal shows it."""
    p = Persona3.draw(rng, OUTLETS[rng.randrange(len(OUTLETS))])
    house = house_style(p.outlet, p.kind)
    portal = rng.choices(("site", "naver", "daum", "tag"), weights=(50, 25, 12, 13))[0]
    column = portal == "site" and p.kind not in ("wire", "broadcast") and rng.random() < 0.15
    page = Page(lines=[], outlet=p.outlet)

    def note(family: str, shaped: Shaped) -> str:
        text, debris, names = shaped
        page.debris.setdefault(family, []).extend(debris)
        page.reporters.extend(n for n in names if n not in page.reporters and not column)
        return text

    run_in: list[str] = []  # a headline run into the line after it, as one-line portal scrapes show it

    def add(text: str) -> None:
        if text.startswith("+"):
            page.lines[-1] += text[1:]
        else:
            page.lines.extend(text.split("\n"))
            if run_in:
                page.lines[-len(text.split("\n"))] = " ".join(run_in) + " " + page.lines[-len(text.split("\n"))]
                run_in.clear()

    # head
    headline = portal in ("naver", "daum") or rng.random() < 0.85
    if portal in ("naver", "daum"):
        add(note("portal_head", PORTAL_HEADS[portal](p, title)))
        page.headline_shown = True
    elif portal == "tag" and headline and rng.random() < 0.6:
        run_in.append(title)
        page.headline_shown = True
        if rng.random() < 0.5:
            run_in.append(note("masthead", (SUBHEADS[zlib.crc32(title.encode()) % len(SUBHEADS)], [SUBHEADS[zlib.crc32(title.encode()) % len(SUBHEADS)]], [])))
    else:
        if house.menu is not None and portal == "site" and rng.random() < 0.7:
            add(note("menu", MENUS[house.menu](p)))
        if house.breadcrumb is not None and portal == "site":
            add(note("menu", BREADCRUMBS[house.breadcrumb](p)))
        if column:
            add(note("column", COLUMN_HEADS[rng.randrange(len(COLUMN_HEADS))](p)))
        if headline:
            add(note("masthead", TITLE_LINES[house.title_line](p, title)))
            page.headline_shown = True
            if rng.random() < 0.5:
                subs = rng.sample(SUBHEADS, rng.choice((1, 1, 2, 3)))
                form = SUBHEAD_FORMS[zlib.crc32(p.outlet.encode()) % len(SUBHEAD_FORMS)]
                add(note("masthead", (form(subs), list(subs), [])))
            if column:
                add(note("column", (f"{p.columnist} {UNIVERSITIES[3]} 교수", [f"{p.columnist} {UNIVERSITIES[3]} 교수"], [])))
            elif house.head_byline is not None:
                add(note("masthead", HEAD_BYLINES[house.head_byline](p)))
            add(note("masthead", DATE_LINES[house.date_line](p)))
            if house.tools is not None and portal == "site":
                add(note("masthead", TOOLS[house.tools](p)))
    if headline:
        page.debris.setdefault("masthead" if portal not in ("naver", "daum") else "portal_head", []).append(title)
    if rng.random() < 0.35:
        add(note("caption_head", CAPTIONS_HEAD[rng.randrange(len(CAPTIONS_HEAD))](p)))
    first = paragraphs[0]
    if house.lead is not None and not column and rng.random() < 0.9:
        first = note("lead", LEADS[p.kind][_or_another(house.lead, len(LEADS[p.kind]), rng)](p, first))
    add(first)

    # middle: the article's other paragraphs, a line or two of page furniture, look-alike prose
    rest = list(paragraphs[1:])
    inserts: list[tuple[int, str]] = []
    families = ["caption_mid", "graphic", "video", "inline_promo"] + (["broadcast_mid"] * 3 if p.kind == "broadcast" else [])
    for _ in range(rng.choice((0, 1, 1, 2)) if rest else 0):
        family = rng.choice(families)
        shapes = MIDDLES[family]
        inserts.append((rng.randrange(len(rest)), note(family, shapes[rng.randrange(len(shapes))](p, rng.sample(other_titles, 1)))))
    for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
        sentence = rng.choice(LOOKALIKES)
        if sentence in page.lookalikes:
            continue
        page.lookalikes.append(sentence)
        if rest and rng.random() < 0.4:
            inserts.append((rng.randrange(len(rest)), sentence))
        else:
            rest.append(sentence)  # the article's last paragraph, right above the tail
    for index, text in sorted(inserts, key=lambda item: -item[0]):
        if text.startswith(">"):
            rest[index] = text[1:].lstrip() + rest[index]
        else:
            rest.insert(index, text)
    for paragraph in rest:
        add(paragraph)

    # tail: byline or signature, maybe a profile, promos and lists, the house copyright and footer
    if column:
        add(note("column", COLUMNS[rng.randrange(len(COLUMNS))](p)))
    elif rng.random() < 0.75:
        add(note("byline_tail", TAIL_BYLINES[p.kind][_or_another(house.tail_byline, len(TAIL_BYLINES[p.kind]), rng)](p)))
    extras = []
    if not column and rng.random() < 0.15:
        extras.append("profile")
    if rng.random() < 0.35:
        extras.append(rng.choice(("promo", "promo", "related", "widget", "contact")))
    for family in extras:
        shapes = TAILS[family]
        add(note(family, shapes[rng.randrange(len(shapes))](p, rng.sample(other_titles, 3))))
    if portal != "naver" and rng.random() < 0.85:
        add(note("copyright", COPYRIGHTS[house.copyright](p)))
    if portal == "site" and house.footer and house.footer not in extras and rng.random() < 0.7:
        add(note(house.footer, TAILS[house.footer][house.footer_shape](p, rng.sample(other_titles, 3))))
    if portal != "site":
        add(note("portal_tail", PORTAL_TAILS[portal](p, rng.sample(other_titles, 3))))
    return page
