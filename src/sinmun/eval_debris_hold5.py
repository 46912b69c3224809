"""The `hold5` shape set of `sinmun.eval_debris`: a fifth never-tuned set, written from how Korean news
pages of REAL outlets look when they reach a user's hands today, without reading the cleaning code, its
resources or its tests, and committed before the cleaner's results on it were read.

Outlets (their real names and domains) are none of ../shared/scrapes, the seeds or the sets dev..hold4:
ten kinds (national dailies, economic papers, broadcasters, regional papers, internet outlets, trade
papers, English-named outlets, magazines, sports and entertainment papers, a press-release wire). Each has
a house layout fixed by its name. Eleven views, none of them hold4's:
- `copy`: the outlet's desktop page selected and copied from a browser (skip links, menus, breadcrumb,
  series label, headline, sub-headlines, reporter card and dates, share and translation buttons, AI
  summary box, photo galleries, ad labels, live-blog stamps between paragraphs, tail byline, corrections
  and funding notes, hashtags, reaction counters, copyright, reporter profile, comments, recommended
  lists, promos, paywall prompts, footer);
- `reader` (a browser's reader mode or a read-later app) and `print` (the site's print page);
- `naver_m`, `naver_ent`, `daum_m`, `zum`, `msn`: portals' mobile, entertainment/sports and aggregator
  article views around the outlet's text;
- `rss` (a feed reader's item or a feed dumped as labelled fields), `clip` (a clipping service's or a PR
  team's news-clipping dump), `share` (an article shared to a messenger or a channel: link, hashtags).
Look-alike prose (sentences with (사진), 기자, 구독, 댓글, 광고, 저작권, 해시태그, 번역, AI 요약, an e-mail or
a phone number in them) is put among the paragraphs and must stay.

Gold follows ../shared/gold/scrapes.gold.json as hold4 does: reporters are the byline's names (with
선임·전문·인턴기자, 특파원, 논설위원 and desk heads signing); photographers, video and graphic editors,
publishers, outside columnists, press-release contacts, commenters and people in the prose are not; the
outlet of a press release is the wire that carried it. Never tune cleaning on this set: measure it,
report it.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from dataclasses import dataclass, field

KINDS = ("daily", "economy", "broadcast", "regional", "internet", "trade", "english", "magazine", "sports", "release")
VIEWS = ("copy", "reader", "print", "naver_m", "naver_ent", "daum_m", "zum", "msn", "rss", "clip", "share")
VIEW_WEIGHTS = (30, 5, 5, 12, 5, 8, 5, 5, 9, 9, 7)
PORTAL_VIEWS = ("naver_m", "naver_ent", "daum_m", "zum", "msn")
RELEASE_VIEWS = ("copy", "copy", "zum", "rss", "clip", "share", "print")

# (name, e-mail domain, kind): real outlets, none named in ../shared/scrapes, the seeds or the sets dev..hold4
OUTLETS = [
    ("내일신문", "naeil.com", "daily"), ("아시아투데이", "asiatoday.co.kr", "daily"), ("신아일보", "shinailbo.co.kr", "daily"),
    ("매일일보", "m-i.kr", "daily"), ("전국매일신문", "jeonmae.co.kr", "daily"),
    ("조선비즈", "chosunbiz.com", "economy"), ("뉴스웨이", "newsway.co.kr", "economy"), ("서울파이낸스", "seoulfn.com", "economy"),
    ("브릿지경제", "viva100.com", "economy"), ("머니S", "moneys.co.kr", "economy"), ("뉴스토마토", "newstomato.com", "economy"),
    ("비즈워치", "bizwatch.co.kr", "economy"), ("한국금융신문", "fntimes.com", "economy"), ("글로벌이코노믹", "g-enews.com", "economy"),
    ("에너지경제", "ekn.kr", "economy"),
    ("OBS", "obs.co.kr", "broadcast"), ("EBS", "ebs.co.kr", "broadcast"), ("TJB", "tjb.co.kr", "broadcast"),
    ("G1", "g1tv.co.kr", "broadcast"), ("KBC광주방송", "ikbc.co.kr", "broadcast"), ("JIBS", "jibs.co.kr", "broadcast"),
    ("BBS", "bbsi.co.kr", "broadcast"), ("KTV", "ktv.go.kr", "broadcast"),
    ("영남일보", "yeongnam.com", "regional"), ("경북일보", "kyongbuk.co.kr", "regional"), ("경상일보", "ksilbo.co.kr", "regional"),
    ("중부일보", "joongboo.com", "regional"), ("인천일보", "incheonilbo.com", "regional"), ("경기일보", "kyeonggi.com", "regional"),
    ("충청투데이", "cctoday.co.kr", "regional"), ("중도일보", "joongdo.co.kr", "regional"), ("강원도민일보", "kado.net", "regional"),
    ("무등일보", "mdilbo.com", "regional"), ("새전북신문", "sjbnews.com", "regional"), ("한라일보", "ihalla.com", "regional"),
    ("경남도민일보", "idomin.com", "regional"),
    ("CBS노컷뉴스", "nocutnews.co.kr", "internet"), ("뉴데일리", "newdaily.co.kr", "internet"), ("미디어스", "mediaus.co.kr", "internet"),
    ("민중의소리", "vop.co.kr", "internet"), ("뉴스타파", "newstapa.org", "internet"), ("인사이트", "insight.co.kr", "internet"),
    ("폴리뉴스", "polinews.co.kr", "internet"), ("여성신문", "womennews.co.kr", "internet"),
    ("디지털타임스", "dt.co.kr", "trade"), ("아이뉴스24", "inews24.com", "trade"), ("바이라인네트워크", "byline.network", "trade"),
    ("메디게이트뉴스", "medigatenews.com", "trade"), ("청년의사", "docdocdoc.co.kr", "trade"), ("한국대학신문", "unn.net", "trade"),
    ("전기신문", "electimes.com", "trade"), ("보안뉴스", "boannews.com", "trade"), ("게임메카", "gamemeca.com", "trade"),
    ("한국농어민신문", "agrinet.co.kr", "trade"),
    ("TechM", "techm.kr", "english"), ("NSP통신", "nspna.com", "english"), ("KNS뉴스통신", "kns.tv", "english"),
    ("MTN", "mtn.co.kr", "english"), ("AI타임스", "aitimes.com", "english"), ("CEO스코어데일리", "ceoscoredaily.com", "english"),
    ("더스쿠프", "thescoop.co.kr", "magazine"), ("일요시사", "ilyosisa.co.kr", "magazine"), ("시사위크", "sisaweek.com", "magazine"),
    ("시사오늘", "sisaon.co.kr", "magazine"), ("일요신문", "ilyo.co.kr", "magazine"), ("주간한국", "weekly.hankooki.com", "magazine"),
    ("이코노믹리뷰", "econovill.com", "magazine"),
    ("OSEN", "osen.co.kr", "sports"), ("엑스포츠뉴스", "xportsnews.com", "sports"), ("스타뉴스", "starnewskorea.com", "sports"),
    ("텐아시아", "tenasia.co.kr", "sports"), ("스포츠서울", "sportsseoul.com", "sports"), ("일간스포츠", "isplus.com", "sports"),
    ("뉴스엔", "newsen.com", "sports"), ("스포티비뉴스", "spotvnews.co.kr", "sports"), ("조이뉴스24", "joynews24.com", "sports"),
    ("뉴스와이어", "newswire.co.kr", "release"),
]
AGENCIES = ["AP", "AFP", "EPA", "로이터", "신화", "교도", "UPI", "dpa", "ANSA", "타스"]
STOCK = ["게티이미지코리아", "아이클릭아트", "어도비스톡", "언스플래시", "이미지투데이"]
SURNAMES = [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jeong"), ("강", "kang"), ("조", "jo"),
            ("윤", "yun"), ("장", "jang"), ("임", "im"), ("한", "han"), ("오", "oh"), ("서", "suh"), ("신", "sin"),
            ("권", "kwon"), ("황", "hwang"), ("안", "an"), ("송", "song"), ("류", "ryu"), ("백", "baek"), ("허", "heo"),
            ("노", "noh"), ("하", "ha"), ("곽", "kwak"), ("성", "sung"), ("차", "cha"), ("주", "joo"), ("우", "woo"),
            ("구", "koo"), ("민", "min"), ("진", "jin"), ("엄", "eom"), ("제갈", "jegal"), ("독고", "dokgo")]
GIVEN = [("나연", "nayeon"), ("준혁", "junhyuk"), ("서율", "seoyul"), ("민기", "mingi"), ("아름", "areum"), ("종현", "jonghyun"),
         ("혜진", "hyejin"), ("상훈", "sanghoon"), ("윤아", "yuna"), ("경민", "kyungmin"), ("보영", "boyoung"), ("지석", "jiseok"),
         ("가은", "gaeun"), ("형준", "hyungjun"), ("수정", "soojung"), ("영재", "youngjae"), ("다빈", "dabin"), ("창호", "changho"),
         ("은지", "eunji"), ("희망", "heemang"), ("솔지", "solji"), ("건", "geon"), ("율", "yul"), ("재필", "jaepil"),
         ("미란", "miran"), ("대성", "daesung"), ("로운", "rowoon"), ("슬기", "seulgi")]
NICKS = ["하늘바라기", "sky***", "익명의시민", "kmj8****", "지나가던사람", "오늘도맑음", "qwe12**", "동네주민"]
COMPANIES = [("한결바이오", "hangyeolbio.com"), ("온새미로테크", "onsaemiro.co.kr"), ("가람에너지", "garamenergy.kr"),
             ("누리솔루션", "nurisolution.com"), ("다올푸드", "daolfood.co.kr"), ("미르모빌리티", "mirmobility.com")]
PLACES = ["서울", "세종", "인천", "수원", "의정부", "춘천", "원주", "강릉", "청주", "천안", "대전", "전주", "군산", "광주", "목포",
          "대구", "구미", "포항", "울산", "창원", "진주", "부산", "제주", "서귀포"]
ABROAD = ["뉴욕", "워싱턴", "도쿄", "베이징", "런던", "파리", "베를린", "모스크바", "싱가포르", "자카르타", "호찌민", "실리콘밸리"]
DESKS = ["정치부", "경제부", "사회부", "산업부", "국제부", "문화부", "지역사회부", "금융부", "디지털뉴스부", "스포츠부", "연예부", "보도국"]
SECTIONS = [("정치", "정치일반"), ("경제", "금융·증권"), ("사회", "사건·사고"), ("국제", "해외토픽"), ("문화", "공연·전시"),
            ("IT", "과학·IT"), ("지역", "지방자치"), ("생활", "건강"), ("스포츠", "야구"), ("연예", "방송·TV")]
KEYWORDS = {"정치": ["국회", "여야", "선거", "예산안"], "경제": ["금리", "환율", "증시", "물가"], "사회": ["경찰", "사고", "재판", "안전"],
            "국제": ["미국", "중국", "외교", "전쟁"], "문화": ["전시", "공연", "축제", "출판"], "IT": ["AI", "반도체", "플랫폼", "보안"],
            "지역": ["지자체", "지역경제", "주민", "의회"], "생활": ["건강", "날씨", "교통", "복지"], "스포츠": ["KBO", "K리그", "국가대표", "올림픽"],
            "연예": ["드라마", "예능", "컴백", "시청률"]}
JOBS = ["편의점 점주", "고3 수험생", "버스 운전기사", "요양보호사", "청년 창업자", "어민", "초등학교 교사", "시장 상인"]
INSTITUTES = ["한빛정책연구원", "새누리경제연구소", "미래사회연구원", "가온법률사무소"]
CAPTIONS = [
    "주민들이 새로 놓인 징검다리를 건너고 있다", "학생들이 도서관 열람실에서 시험공부를 하고 있다",
    "소방대원들이 화재 현장에서 잔불을 정리하고 있다", "어민들이 갓 잡은 대게를 선별하고 있다",
    "관광객들이 눈 덮인 산책로를 걷고 있다", "자원봉사자들이 골목길에서 연탄을 나르고 있다",
    "참석자들이 개회식에서 국민의례를 하고 있다", "상인들이 문을 닫은 점포 앞에서 이야기를 나누고 있다",
    "연구원이 실험실에서 시료를 분석하고 있다", "배달 오토바이들이 교차로에서 신호를 기다리고 있다",
    "팬들이 응원 도구를 흔들며 환호하고 있다", "공연을 마친 배우들이 무대 인사를 하고 있다",
]
GRAPHICS = ["월별 취업자 증감 추이", "지역별 인구 순유출 현황", "주요 업종 수출 증감률", "연도별 가계부채 규모", "세대별 주택 보유율"]
SUBHEADS = [
    "내년 1월부터 시범 사업", "\"사각지대 여전\" 지적 잇따라", "관련 예산은 3배로", "시민단체 \"실효성 의문\"",
    "정부, 연내 세부안 확정", "업계는 '반색'…소비자는 '글쎄'", "10곳 중 7곳 \"준비 부족\"", "국회 논의는 제자리걸음",
    "첫날부터 접속자 몰려", "지역 간 격차 더 벌어져", "전문가 \"단계적 접근 필요\"", "올해만 세 번째",
]
SERIES = ["지방이 희망이다", "기후위기 최전선", "인구절벽 보고서", "청년, 집을 묻다", "AI와 일자리", "바다가 아프다"]
# sentences that look like debris (사진, 기자, 구독, 댓글, 광고, 저작권, 해시태그, 번역, AI 요약, 보도자료, an e-mail,
# a phone number, another outlet) but are prose: they must stay in the body
LOOKALIKES = [
    "김 대표(사진)는 간담회에서 \"내년 상반기 안에 해외 법인을 세우겠다\"고 밝혔다.",
    "이 소식은 한 시민이 찍어 SNS에 올린 영상으로 처음 알려졌다.",
    "참가 신청은 이메일(join@saemaeul-expo.kr)로 이달 20일까지 받는다.",
    "피해 신고는 전용 상담 전화(1644-0000)로 하면 된다.",
    "자세한 문의는 군청 민원과(063-000-1234)로 하면 된다.",
    "해당 채널의 구독자는 한 달 새 20만 명 늘었다.",
    "지역 신문들의 구독료 인상은 5년 만이다.",
    "그는 \"기자 생활 30년 동안 이런 현장은 처음\"이라고 회고했다.",
    "현장을 지키던 한 지역 방송사 기자는 \"물이 순식간에 불어났다\"고 전했다.",
    "재판부는 타사 기사를 그대로 베껴 쓴 행위가 저작권 침해에 해당한다고 판단했다.",
    "업체는 무단 전재를 막으려고 기사마다 보이지 않는 워터마크를 넣었다.",
    "포털이 도입한 AI 요약 기능을 두고 언론계의 반발이 커지고 있다.",
    "이 앱은 번역 버튼을 누르면 식당 메뉴판을 다섯 개 언어로 보여준다.",
    "SNS에는 '#우리동네_지키기' 해시태그를 단 게시물이 2만 건 넘게 올라왔다.",
    "광고 문의는 지난해보다 세 배 가까이 늘었다고 업계 관계자는 전했다.",
    "댓글 실명제를 다시 도입하자는 주장도 나왔다.",
    "영상은 공개 하루 만에 조회수 100만 회를 넘겼다.",
    "그는 자신의 블로그에 \"좋아요와 공유가 큰 힘이 된다\"고 적었다.",
    "사진작가 출신인 그는 이번 전시에 작품 40여 점을 내놓았다.",
    "경찰은 용의자가 쓴 이메일 주소(qwer_1234@fakemail.net)를 확보했다.",
    "협회는 출처 표시 없이 퍼 나른 게시물이 수천 건에 이른다고 밝혔다.",
    "방송사 앵커 출신인 그는 이번 선거에 처음 출마했다.",
    "법원은 해당 기사가 공익 목적의 보도였다고 인정했다.",
    "시는 누리집에 올린 보도자료에서 \"시민 불편을 최소화하겠다\"고 밝혔다.",
    "그는 KBS와의 인터뷰에서 \"당장 결론을 내리기는 어렵다\"고 말했다.",
    "특파원들은 현지 통신 사정 탓에 기사를 위성 전화로 송고했다.",
    "뉴스레터 구독자는 출시 1년 만에 5만 명을 넘었다.",
    "청소년보호법 위반 혐의로 업주 2명이 입건됐다.",
    "개인정보처리방침을 바꾸면서 이용자 동의를 받지 않은 업체에 과징금이 부과됐다.",
    "대표전화가 먹통이 되자 민원인들은 직접 사무실을 찾아갔다.",
    "그는 \"제보해 주신 분께 감사드린다\"며 고개를 숙였다.",
    "무료 체험 기간이 끝나면 월 9900원의 구독료가 자동으로 결제된다.",
    "사진 속 인물은 1950년대 부산 국제시장의 상인으로 확인됐다.",
    "인터뷰 전문은 재단 유튜브 채널에서 볼 수 있다.",
    "이 노래의 저작권은 작곡가 유족에게 있는 것으로 확인됐다.",
    "경찰은 '010-0000-0000' 번호로 온 택배 문자를 열지 말라고 당부했다.",
    "당시 보도를 맡았던 박모 기자는 2년 동안 재판을 받았다.",
    "관계자는 \"자세한 내용은 홈페이지를 참고해 달라\"고 말했다.",
    "수상작은 전시관 2층에서 사진과 함께 공개된다.",
    "한 누리꾼은 댓글에서 \"이제라도 다행\"이라고 적었다.",
]


def josa(word: str, consonant: str, vowel: str) -> str:
    """The word with the particle that fits its last sound (a Latin ending counts as a vowel)."""
    last = word[-1]
    return word + (consonant if "가" <= last <= "힣" and (ord(last) - ord("가")) % 28 else vowel)


WEEKDAYS = "월화수목금토일"
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def ampm(t: dt.datetime) -> str:
    return f"{'오전' if t.hour < 12 else '오후'} {(t.hour - 1) % 12 + 1}:{t:%M}"


def rfc822(t: dt.datetime) -> str:
    return f"{DAYS_EN[t.weekday()]}, {t.day:02d} {MONTHS_EN[t.month - 1]} {t.year} {t:%H:%M:%S} +0900"


@dataclass
class Persona5:
    """The outlet, the people and the moment one article is dressed with."""

    outlet: str
    domain: str
    kind: str
    reporter: str
    reporter2: str
    reporter3: str
    intern: str          # an intern signing with the reporter
    photographer: str    # photo and 촬영 credits: no reporter
    editor: str          # 영상편집, graphic and 편집 credits: no reporter
    interviewee: str
    columnist: str       # an outside writer: no reporter
    writer: str          # a staff writer signing a column: a reporter
    publisher: str       # footer's 발행인: no reporter
    contact: str         # a press release's PR contact: no reporter
    email: str
    email2: str
    place: str
    place2: str
    abroad: str
    desk: str
    section: tuple[str, str]
    when: dt.datetime
    count: int           # a page counter (views, comments, reactions)
    company: tuple[str, str]

    @classmethod
    def draw(cls, rng: random.Random, outlet: tuple[str, str, str]) -> Persona5:
        people: list[tuple[str, str, str]] = []
        while len(people) < 12:
            (s, sr), (g, gr) = rng.choice(SURNAMES), rng.choice(GIVEN)
            if s + g not in [n for n, _, _ in people]:
                people.append((s + g, sr, gr))
        name, domain, kind = outlet

        def mail(sr: str, gr: str) -> str:
            user = rng.choice((gr, f"{sr}{gr}", f"{gr}.{sr}", f"{sr}_{gr}", f"{gr}{rng.randrange(10, 99)}", f"{sr[0]}{gr}"))
            host = domain if rng.random() < 0.88 else rng.choice(("naver.com", "gmail.com", "hanmail.net"))
            return f"{user}@{host}"

        if kind == "sports":
            section = rng.choice(SECTIONS[-2:])
        else:
            section = rng.choice(SECTIONS[:-2])
        places = rng.sample(PLACES, 2)
        when = dt.datetime(rng.randrange(2020, 2027), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(6, 24), rng.randrange(60))
        names = [n for n, _, _ in people]
        return cls(name, domain, kind, *names[:11], mail(people[0][1], people[0][2]), mail(people[1][1], people[1][2]),
                   places[0], places[1], rng.choice(ABROAD), rng.choice(DESKS), section, when, rng.randrange(0, 5000),
                   rng.choice(COMPANIES))

    @property
    def later(self) -> dt.datetime:
        return self.when + dt.timedelta(minutes=11 + self.count % 400)

    @property
    def handle(self) -> str:
        return self.domain.split(".")[0].replace("-", "")

    @property
    def code(self) -> int:
        return zlib.crc32(self.outlet.encode())

    @property
    def tel(self) -> str:
        area = {"regional": ("053", "054", "052", "031", "032", "042", "033", "062", "063", "064", "055")[self.code % 11]}.get(self.kind, "02")
        return f"{area}-{600 + self.code % 390}-{1000 + self.code % 8999}"

    @property
    def article_id(self) -> int:
        return 100000 + (self.code + self.count * 7919) % 900000

    @property
    def url(self) -> str:
        return f"https://www.{self.domain}/news/articleView.html?idxno={self.article_id}"

    @property
    def page_no(self) -> int:
        return 1 + (self.count + self.code) % 28

    @property
    def keywords(self) -> list[str]:
        return KEYWORDS[self.section[0]]


def _cap(p: Persona5, n: int = 0) -> str:
    return CAPTIONS[(zlib.crc32(p.reporter.encode()) + n) % len(CAPTIONS)]


def _graphic(p: Persona5) -> str:
    return GRAPHICS[zlib.crc32(p.photographer.encode()) % len(GRAPHICS)]


def _agency(p: Persona5) -> str:
    return AGENCIES[zlib.crc32(p.editor.encode()) % len(AGENCIES)]


def _stock(p: Persona5) -> str:
    return STOCK[zlib.crc32(p.interviewee.encode()) % len(STOCK)]


def _series(p: Persona5) -> tuple[str, int]:
    return SERIES[p.count % len(SERIES)], 1 + p.count % 7


def _circled(n: int) -> str:
    return "①②③④⑤⑥⑦⑧⑨⑩"[n - 1]


# Every shape returns (text, debris strings that must be gone, the names it shows as the article's reporters).
# A text starting with "+" is glued to the line before it; "\n" separates lines.
Shaped = tuple[str, list[str], list[str]]
# fmt: off

# --- the copied desktop page's head (house shapes) ---
MENUS = [
    lambda p: (f"주요 서비스 바로가기\n본문 바로가기\n{p.outlet}\n전체기사 정치 경제 사회 국제 문화 스포츠 연예 오피니언",
               ["주요 서비스 바로가기", "전체기사 정치 경제 사회"], []),
    lambda p: (f"로그인  회원가입  고객센터\n{p.outlet}\n검색어를 입력하세요\n검색", ["로그인 회원가입 고객센터", "검색어를 입력하세요"], []),
    lambda p: (f"≡\n{p.outlet}\nMY\n뉴스 | 오피니언 | 포토 | 영상 | 기획·연재 | 구독신청", ["뉴스 | 오피니언 | 포토 | 영상"], []),
    lambda p: (f"{p.when:%Y년 %m월 %d일} {WEEKDAYS[p.when.weekday()]}요일\n{p.outlet} 홈  |  전체 섹션 보기", ["전체 섹션 보기"], []),
    lambda p: ("PC버전 보기\n실시간 뉴스\n인기 키워드 : " + " · ".join(p.keywords[:3]), ["실시간 뉴스", "인기 키워드 :"], []),
    lambda p: (f"Skip to content\n{p.outlet}\n구독하기 | 후원하기 | 로그인", ["Skip to content", "구독하기 | 후원하기"], []),
    lambda p: ("HOME\n최신기사\n정치\n경제\n사회\n전국\n스포츠\n연예\n포토·영상", ["최신기사", "포토·영상"], []),
    lambda p: ("사이트 전체 메뉴\u200b\n닫기\n기사검색\n상세검색", ["사이트 전체 메뉴", "상세검색"], []),
    lambda p: (f"{p.outlet} 뉴스레터 신청\nENGLISH\n日本語\n中文", ["뉴스레터 신청", "ENGLISH"], []),
]
BREADCRUMBS = [
    lambda p: (f"HOME > 뉴스 > {p.section[0]}", ["HOME > 뉴스 >"], []),
    lambda p: (f"{p.section[0]}｜{p.section[1]}", [f"{p.section[0]}｜{p.section[1]}"], []),
    lambda p: (f"현재 위치 : 홈 > {p.section[0]} > {p.section[1]}", ["현재 위치 : 홈"], []),
    lambda p: (f"{p.section[1]}  ›  기사보기", ["›  기사보기"], []),
    lambda p: (f"뉴스 - {p.section[0]} - {p.section[1]}", [f"뉴스 - {p.section[0]} - {p.section[1]}"], []),
    lambda p: (f"# {p.section[0]}", [f"# {p.section[0]}"], []),
]
SUB_FORMS = [
    lambda subs: "\n".join(subs),
    lambda subs: "\n".join(f"· {s}" for s in subs),
    lambda subs: "\n".join(f"ㄴ{s}" for s in subs),
    lambda subs: "\n".join(f"▷ {s}" for s in subs),
    lambda subs: " / ".join(subs),
    lambda subs: "\n".join(f"[{s}]" for s in subs),
    lambda subs: "\n".join(f"-{s}-" for s in subs),
]
# the head's byline and date, as one card (house shapes); ndsoft-like CMSs print 기자명 … 입력 … 댓글 on one line
BYLINE_CARDS = [
    lambda p: (f"기자명 {p.reporter} 기자   입력 {p.when:%Y.%m.%d %H:%M}   댓글 {p.count % 9}",
               [f"기자명 {p.reporter} 기자", f"입력 {p.when:%Y.%m.%d %H:%M}", f"댓글 {p.count % 9}"], [p.reporter]),
    lambda p: (f"{p.reporter} 기자\n다른기사 보기\n승인 {p.when:%Y.%m.%d %H:%M}", [f"{p.reporter} 기자", "다른기사 보기", f"승인 {p.when:%Y.%m.%d}"], [p.reporter]),
    lambda p: (f"{p.reporter} 기자 ＋구독\n기사입력 : {p.when:%Y-%m-%d %H:%M}  |  최종수정 : {p.later:%Y-%m-%d %H:%M}",
               ["＋구독", f"기사입력 : {p.when:%Y-%m-%d}", "최종수정 :"], [p.reporter]),
    lambda p: (f"{p.reporter} 기자 사진\n{p.reporter} 기자\n{p.desk}\n{p.when:%Y.%m.%d} {ampm(p.when)} 입력",
               [f"{p.reporter} 기자 사진", f"{p.when:%Y.%m.%d} {ampm(p.when)} 입력"], [p.reporter]),
    lambda p: (f"글 {p.reporter} 기자 · 사진 {p.photographer} 기자\n발행일 : {p.when:%Y-%m-%d}",
               [f"글 {p.reporter} 기자", f"사진 {p.photographer} 기자", f"발행일 : {p.when:%Y-%m-%d}"], [p.reporter]),
    lambda p: (f"{p.reporter}, {p.reporter2} 기자\n{p.when.year}년 {p.when.month:02d}월 {p.when.day:02d}일 {p.when.hour:02d}시 {p.when.minute:02d}분",
               [f"{p.reporter}, {p.reporter2} 기자", f"{p.when.month:02d}월 {p.when.day:02d}일 {p.when.hour:02d}시"], [p.reporter, p.reporter2]),
    lambda p: (f"[{p.outlet}] {p.reporter} 기자 | 송고시간 {p.when:%Y-%m-%d %H:%M}", [f"[{p.outlet}] {p.reporter} 기자 |", "송고시간"], [p.reporter]),
    lambda p: (f"업데이트 {p.later:%Y.%m.%d.} {ampm(p.later)}\n{p.desk} {p.reporter} 기자 {p.email}",
               [f"업데이트 {p.later:%Y.%m.%d.}", p.email, f"{p.desk} {p.reporter} 기자"], [p.reporter]),
    lambda p: (f"Posted : {p.when:%Y-%m-%d %H:%M}  /  {p.reporter} 선임기자", ["Posted :", f"{p.reporter} 선임기자"], [p.reporter]),
    lambda p: (f"{p.when:%Y.%m.%d} 입력 / {p.later:%Y.%m.%d %H:%M} 수정\n{p.reporter}·{p.reporter2}·{p.reporter3} 기자",
               [f"{p.later:%Y.%m.%d %H:%M} 수정", f"{p.reporter}·{p.reporter2}·{p.reporter3} 기자"], [p.reporter, p.reporter2, p.reporter3]),
    lambda p: (f"게재 일자 : {p.when.year}년 {p.when.month}월 {p.when.day}일({WEEKDAYS[p.when.weekday()]})\n{p.reporter} 전문기자",
               ["게재 일자 :", f"{p.reporter} 전문기자"], [p.reporter]),
]
TOOLS = [
    lambda p: ("공유\n페이스북\n트위터\n카카오스토리\nURL 복사", ["카카오스토리", "URL 복사"], []),
    lambda p: ("글씨 키우기  글씨 줄이기  프린트  이메일 보내기", ["글씨 키우기", "이메일 보내기"], []),
    lambda p: ("🔊 기사 듣기 (AI 음성)", ["기사 듣기 (AI 음성)"], []),
    lambda p: (f"북마크 | 공유 | 댓글 {p.count % 23}", ["북마크 | 공유"], []),
    lambda p: ("스크랩 0   인쇄   목록", ["스크랩 0", "인쇄 목록"], []),
    lambda p: ("기사 URL이 복사되었습니다.", ["기사 URL이 복사되었습니다"], []),
    lambda p: ("가+ 가- 🖨 ✉ 🔗", ["가+ 가-"], []),
]
TRANSLATE = [
    lambda p: ("번역\nEnglish\n日本語\n简体中文\nTiếng Việt", ["简体中文", "Tiếng Việt"], []),
    lambda p: ("Translate this article ▾  English | 日本語 | 中文", ["Translate this article"], []),
    lambda p: ("번역하기 · Translated by Papago", ["Translated by Papago"], []),
    lambda p: ("🌐 언어 선택\nEnglish\nEspañol\nРусский", ["언어 선택", "Español"], []),
]
AI_SUMMARIES = [  # the summary's bullets are sub-headlines of the article: debris like the box
    lambda p, subs: ("AI 요약 보기\n" + "\n".join(f"· {s}" for s in subs) + "\n※ AI가 작성한 요약입니다. 정확한 내용은 본문을 확인하세요.",
                     ["AI 요약 보기", "AI가 작성한 요약입니다", *subs], []),
    lambda p, subs: ("세 줄 요약\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(subs, 1)), ["세 줄 요약", *subs], []),
    lambda p, subs: ("요약봇\n" + "\n".join(subs) + "\n자동 추출 기술로 요약된 내용입니다. 요약 기술의 특성상 본문의 주요 내용이 제외될 수 있어, "
                     "전체 맥락을 이해하기 위해서는 기사 본문 전체보기를 권장합니다.",
                     ["자동 추출 기술로 요약된 내용입니다", "기사 본문 전체보기를 권장합니다", *subs], []),
    lambda p, subs: ("🤖 핵심 요약 (Beta)\n" + "\n".join(f"✔ {s}" for s in subs), ["핵심 요약 (Beta)", *subs], []),
    lambda p, subs: ("이 기사의 요약은 생성형 AI가 만들었습니다.\n" + "\n".join(f"- {s}" for s in subs),
                     ["이 기사의 요약은 생성형 AI가 만들었습니다", *subs], []),
]
SERIES_HEADS = [
    lambda p: (f"[연속기획] {_series(p)[0]} {_circled(_series(p)[1])}", [f"[연속기획] {_series(p)[0]}"], []),
    lambda p: (f"<기획연재> {_series(p)[0]} ({_series(p)[1]})", [f"<기획연재> {_series(p)[0]}"], []),
    lambda p: (f"시리즈 | {_series(p)[0]} {_series(p)[1]}편", [f"시리즈 | {_series(p)[0]}"], []),
    lambda p: (f"[창간 {10 + p.code % 60}주년 특집]", [f"[창간 {10 + p.code % 60}주년 특집]"], []),
    lambda p: ("단독", ["단독"], []),
    lambda p: ("[속보]", ["[속보]"], []),
    lambda p: (f"[{p.section[0]}] 이슈 톺아보기", ["이슈 톺아보기"], []),
]
SERIES_TAILS = [
    lambda p: (f"▶다음 회에는 '{_series(p)[0]}' {_series(p)[1] + 1}편이 이어집니다.", ["다음 회에는", f"{_series(p)[1] + 1}편이 이어집니다"], []),
    lambda p: (f"<{_series(p)[0]} 끝>", [f"<{_series(p)[0]} 끝>"], []),
    lambda p: (f"※ 이 기사는 '{_series(p)[0]}' 연재의 {_series(p)[1]}번째 기사입니다.", ["연재의", f"{_series(p)[1]}번째 기사입니다"], []),
]
# --- photos, galleries, graphics, video (before the lead or between paragraphs) ---
CAPTIONS_AT = [
    lambda p: (f"{_cap(p)}. ⓒ{p.outlet} {p.photographer} 기자", [_cap(p), f"ⓒ{p.outlet} {p.photographer}"], []),
    lambda p: (f"{_cap(p)} <사진: {p.place2}시청 제공>", [_cap(p), f"<사진: {p.place2}시청 제공>"], []),
    lambda p: (f"(사진 = {p.photographer} 기자) {_cap(p)}", [f"(사진 = {p.photographer} 기자)", _cap(p)], []),
    lambda p: (f"{_cap(p)}.  사진 {p.photographer}", [_cap(p), f"사진 {p.photographer}"], []),
    lambda p: (f"{_cap(p)} /{_agency(p)} 연합뉴스", [_cap(p), f"/{_agency(p)} 연합뉴스"], []),
    lambda p: (f"{_cap(p)}. {_agency(p)}=뉴시스", [_cap(p), f"{_agency(p)}=뉴시스"], []),
    lambda p: (f"{_cap(p)} = {p.photographer} 기자 photo@{p.domain}", [_cap(p), f"photo@{p.domain}"], []),
    lambda p: (f"{_cap(p)}(사진=독자 제공)", [_cap(p), "(사진=독자 제공)"], []),
    lambda p: (f"{_cap(p)}. 출처=인스타그램 캡처", [_cap(p), "출처=인스타그램 캡처"], []),
    lambda p: (f"ⓒ {_stock(p)}", [f"ⓒ {_stock(p)}"], []),
    lambda p: (f"{_cap(p)} [사진출처={_agency(p)}]", [_cap(p), f"[사진출처={_agency(p)}]"], []),
    lambda p: (f"사진 설명 : {_cap(p)}", ["사진 설명 :", _cap(p)], []),
    lambda p: (f"{_cap(p)}. 사진 = {p.outlet} DB", [_cap(p), f"사진 = {p.outlet} DB"], []),
    lambda p: (f"△{_cap(p)}. <{p.outlet} 자료사진>", [_cap(p), f"<{p.outlet} 자료사진>"], []),
    lambda p: (f"{_cap(p)}\n(촬영 : {p.photographer})", [_cap(p), f"(촬영 : {p.photographer})"], []),
    lambda p: (f"▲ {_cap(p)}｜사진 제공 = {p.company[0]}", [_cap(p), f"사진 제공 = {p.company[0]}"], []),
]
GALLERIES = [
    lambda p: (f"1 / {3 + p.count % 5}\n{_cap(p)}\n이전 사진\n다음 사진", [f"1 / {3 + p.count % 5}", "이전 사진", "다음 사진", _cap(p)], []),
    lambda p: (f"포토 갤러리 ({3 + p.count % 6}장)\n{_cap(p)}\n{_cap(p, 1)}", ["포토 갤러리", _cap(p), _cap(p, 1)], []),
    lambda p: (f"<사진 {2 + p.count % 4}장 더 보기>", [f"<사진 {2 + p.count % 4}장 더 보기>"], []),
    lambda p: (f"사진 슬라이드 보기 ◀ ▶\n{_cap(p)}. ⓒ {p.outlet}", ["사진 슬라이드 보기", _cap(p), f"ⓒ {p.outlet}"], []),
    lambda p: (f"🔍 확대보기\n{_cap(p)}", ["확대보기", _cap(p)], []),
    lambda p: (f"[포토] {_cap(p)}\n[포토] {_cap(p, 2)}", [f"[포토] {_cap(p)}", f"[포토] {_cap(p, 2)}"], []),
]
GRAPHIC_CREDITS = [
    lambda p: (f"인포그래픽 : {_graphic(p)} / 디자인 {p.editor}", [f"인포그래픽 : {_graphic(p)}", f"디자인 {p.editor}"], []),
    lambda p: (f"[표] {_graphic(p)}\n자료 : 통계청", [f"[표] {_graphic(p)}", "자료 : 통계청"], []),
    lambda p: (f"{_graphic(p)} (그래픽=\u00a0{p.editor} 디자이너)", [f"{_graphic(p)} (그래픽=", f"{p.editor} 디자이너)"], []),
    lambda p: (f"그래픽 뉴스 | {_graphic(p)}", ["그래픽 뉴스 |"], []),
    lambda p: (f"〈그래픽〉 {_graphic(p)} ⓒ{p.outlet}", [f"〈그래픽〉 {_graphic(p)}"], []),
]
VIDEO_CREDITS = [
    lambda p: ("동영상 재생 시작\n0:00 / 2:45\n음소거", ["동영상 재생 시작", "0:00 / 2:45"], []),
    lambda p: ("영상 보기 ▷", ["영상 보기 ▷"], []),
    lambda p: (f"[동영상] {p.outlet} 유튜브", [f"[동영상] {p.outlet} 유튜브"], []),
    lambda p: (f"(영상 = {p.outlet} 디지털뉴스팀 제공)", ["디지털뉴스팀 제공"], []),
    lambda p: ("이 영상은 자동 재생됩니다", ["이 영상은 자동 재생됩니다"], []),
    lambda p: (f"▶ 영상으로 보기: youtu.be/{p.handle}{p.count}", ["영상으로 보기: youtu.be"], []),
    lambda p: ("VOD 다시보기 | 자막 | 화질 설정", ["VOD 다시보기", "화질 설정"], []),
    lambda p: (f"촬영 : {p.photographer} / 편집 : {p.editor}", [f"촬영 : {p.photographer}", f"편집 : {p.editor}"], []),
]
INLINES = [  # ads and links between paragraphs
    lambda p, t: ("광고", [], []),
    lambda p, t: ("AD", [], []),
    lambda p, t: ("Sponsored", ["Sponsored"], []),
    lambda p, t: ("▼ 광고 아래 기사가 이어집니다 ▼", ["광고 아래 기사가 이어집니다"], []),
    lambda p, t: (f"[함께 보면 좋은 뉴스] {t[0]}", ["[함께 보면 좋은 뉴스]", t[0]], []),
    lambda p, t: (f"→ 관련기사 : {t[0]}", ["→ 관련기사 :", t[0]], []),
    lambda p, t: ("이 광고는 기사와 무관합니다", ["이 광고는 기사와 무관합니다"], []),
    lambda p, t: (f"🔗 {t[0]} (클릭)", [t[0], "(클릭)"], []),
]
LIVE_STAMPS = [
    lambda p, n: (f"[{(p.when + dt.timedelta(minutes=17 * n)):%H:%M}]", [f"[{(p.when + dt.timedelta(minutes=17 * n)):%H:%M}]"], []),
    lambda p, n: (f"{(p.when + dt.timedelta(minutes=17 * n)):%H:%M} 업데이트", [f"{(p.when + dt.timedelta(minutes=17 * n)):%H:%M} 업데이트"], []),
    lambda p, n: (f"■ {ampm(p.when + dt.timedelta(minutes=17 * n))} 현재", [f"{ampm(p.when + dt.timedelta(minutes=17 * n))} 현재"], []),
    lambda p, n: (f"🔴 LIVE {(p.when + dt.timedelta(minutes=17 * n)):%H:%M}", ["🔴 LIVE"], []),
]
LIVE_HEADS = [
    lambda p: ("실시간 업데이트 중 · 새로고침", ["실시간 업데이트 중"], []),
    lambda p: ("[라이브] 이 페이지는 자동으로 갱신됩니다", ["이 페이지는 자동으로 갱신됩니다"], []),
    lambda p: (f"LIVE | 마지막 업데이트 {p.later:%H:%M}", ["마지막 업데이트"], []),
]
# --- the lead's dateline or byline, by kind: (p, f) -> the first paragraph with it ---
LEADS = {
    "daily": [
        lambda p, f: (f"【{p.place}·{p.place2}】{p.reporter} 기자\n{f}", [f"【{p.place}·{p.place2}】", f"{p.reporter} 기자"], [p.reporter]),
        lambda p, f: (f"[{p.abroad} 특파원 {p.reporter}] {f}", [f"[{p.abroad} 특파원 {p.reporter}]"], [p.reporter]),
        lambda p, f: (f"{p.outlet}={p.reporter} 기자｜{f}", [f"{p.outlet}={p.reporter} 기자｜"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.place}] {p.reporter} 기자 = {f}", [f"[{p.outlet} {p.place}]", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"{p.place} | {p.reporter}·{p.reporter2} 기자\n{f}", [f"{p.reporter}·{p.reporter2} 기자"], [p.reporter, p.reporter2]),
    ],
    "economy": [
        lambda p, f: (f"[{p.outlet} = {p.reporter} 기자 ] {f}", [f"[{p.outlet} = {p.reporter} 기자 ]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet}]{p.reporter} 기자 = {f}", [f"[{p.outlet}]", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"{p.reporter} 기자 ({p.email})\n{f}", [f"{p.reporter} 기자", p.email], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자, {p.intern} 인턴기자] {f}", [f"{p.reporter} 기자, {p.intern} 인턴기자]"], [p.reporter, p.intern]),
        lambda p, f: (f"〔{p.outlet}〕 {f}", [f"〔{p.outlet}〕"], []),
        lambda p, f: (f"[{p.outlet}_{p.reporter} 기자] {f}", [f"[{p.outlet}_{p.reporter} 기자]"], [p.reporter]),
    ],
    "broadcast": [  # the anchor's marker; the reporter's part starts at a marker in the middle
        lambda p, f: (f"◆ 앵커 ▷\n{f}", ["◆ 앵커 ▷"], []),
        lambda p, f: (f"[앵커 리포트]\n{f}", ["[앵커 리포트]"], []),
        lambda p, f: (f"앵커) {f}", ["앵커)"], []),
        lambda p, f: (f"▶ 앵커 : {f}", ["▶ 앵커 :"], []),
        lambda p, f: (f"◇앵커◇\n{f}", ["◇앵커◇"], []),
        lambda p, f: (f"〈앵커〉\n{f}", ["〈앵커〉"], []),
    ],
    "regional": [
        lambda p, f: (f"【{p.outlet}】{p.place2}={p.reporter} 기자 | {f}", [f"【{p.outlet}】{p.place2}={p.reporter} 기자 |"], [p.reporter]),
        lambda p, f: (f"[{p.place2}] {p.reporter} 기자 = {f}", [f"[{p.place2}] {p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"{p.place2}｜{p.outlet} {p.reporter} 기자\n{f}", [f"{p.place2}｜{p.outlet} {p.reporter} 기자"], [p.reporter]),
        lambda p, f: (f"[{p.outlet}={p.place2}] {p.reporter} 기자 · {p.reporter2} 기자 {f}",
                      [f"[{p.outlet}={p.place2}]", f"{p.reporter} 기자 · {p.reporter2} 기자"], [p.reporter, p.reporter2]),
        lambda p, f: (f"({p.place2}=\u00a0{p.outlet}) {p.reporter} 기자 │ {f}", [f"{p.outlet}) {p.reporter} 기자 │"], [p.reporter]),
    ],
    "internet": [
        lambda p, f: (f"[{p.outlet}={p.reporter} 기자] {f}", [f"[{p.outlet}={p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"{p.outlet} | {p.reporter} 기자 = {f}", [f"{p.outlet} | {p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"{p.reporter} 기자 | {p.outlet}\n{f}", [f"{p.reporter} 기자 | {p.outlet}"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자]{f}", [f"[{p.outlet} {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.desk}] {f}", [f"[{p.outlet} {p.desk}]"], []),
    ],
    "trade": [
        lambda p, f: (f"[{p.outlet}] {p.reporter} 기자 = {f}", [f"[{p.outlet}]", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자/{p.email}] {f}", [f"{p.reporter} 기자/{p.email}"], [p.reporter]),
        lambda p, f: (f"{p.outlet} = {p.reporter} 기자 | {f}", [f"{p.outlet} = {p.reporter} 기자 |"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.reporter} 전문기자] {f}", [f"[{p.outlet} {p.reporter} 전문기자]"], [p.reporter]),
        lambda p, f: (f"{p.reporter} 기자 {p.email}\n{f}", [f"{p.reporter} 기자", p.email], [p.reporter]),
    ],
    "english": [
        lambda p, f: (f"[{p.outlet}] {p.reporter} 기자 | {f}", [f"[{p.outlet}] {p.reporter} 기자 |"], [p.reporter]),
        lambda p, f: (f"({p.outlet}) {p.reporter} 기자 = {f}", [f"({p.outlet}) {p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"{p.outlet}={p.reporter} 기자｜{f}", [f"{p.outlet}={p.reporter} 기자｜"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} = {p.place}] {p.reporter} 기자 {f}", [f"[{p.outlet} = {p.place}]", f"{p.reporter} 기자"], [p.reporter]),
        lambda p, f: (f"[{p.outlet}] {p.place}={p.reporter} 기자 = {f}", [f"[{p.outlet}] {p.place}={p.reporter} 기자 ="], [p.reporter]),
    ],
    "magazine": [
        lambda p, f: (f"글 {p.reporter} 기자 / 사진 {p.photographer} 기자\n{f}", [f"글 {p.reporter} 기자", f"사진 {p.photographer} 기자"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {800 + p.code % 900}호] {p.reporter} 기자\n{f}", [f"{800 + p.code % 900}호]", f"{p.reporter} 기자"], [p.reporter]),
        lambda p, f: (f"[{p.outlet}=글 {p.reporter}·사진 {p.photographer}] {f}", [f"[{p.outlet}=글 {p.reporter}·사진 {p.photographer}]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet}ㅣ{p.reporter} 기자] {f}", [f"[{p.outlet}ㅣ{p.reporter} 기자]"], [p.reporter]),
    ],
    "sports": [
        lambda p, f: (f"[{p.outlet}={p.place} {p.reporter} 기자] {f}", [f"[{p.outlet}={p.place} {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} | {p.reporter} 기자] {f}", [f"[{p.outlet} | {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자] {f}", [f"[{p.outlet} {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.place}, {p.reporter} 기자] {f}", [f"[{p.outlet} {p.place}, {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"({p.outlet}) {p.reporter} 기자 = {f}", [f"({p.outlet}) {p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"[{p.outlet}=({p.reporter}) 기자] {f}", [f"[{p.outlet}=({p.reporter}) 기자]"], [p.reporter]),
    ],
    "release": [  # a press release: the wire's dateline, no reporter
        lambda p, f: (f"{p.place}--({p.outlet}) {p.when.year}년 {p.when.month:02d}월 {p.when.day:02d}일 -- {f}",
                      [f"{p.place}--({p.outlet})", f"{p.when.month:02d}월 {p.when.day:02d}일 --"], []),
        lambda p, f: (f"{p.place}--({p.outlet})--{f}", [f"{p.place}--({p.outlet})--"], []),
    ],
}
BROADCAST_REPORTER = [
    lambda p: ("[기자 리포트]", ["[기자 리포트]"], []), lambda p: ("◀VCR▶", ["◀VCR▶"], []),
    lambda p: ("<리포트>", ["<리포트>"], []), lambda p: (f"▶ {p.reporter} 기자 :", [f"▶ {p.reporter} 기자 :"], [p.reporter]),
    lambda p: ("◆ 기자 ▷", ["◆ 기자 ▷"], []), lambda p: ("〈기자〉", ["〈기자〉"], []),
]
BROADCAST_MID = [
    lambda p: (f"[싱크] {p.interviewee}/{JOBS[len(p.interviewee) % len(JOBS)]}", [f"[싱크] {p.interviewee}"], []),
    lambda p: (f"◀ 인터뷰 : {p.interviewee} {JOBS[1]} ▶", [f"◀ 인터뷰 : {p.interviewee}"], []),
    lambda p: (f"(인터뷰) {p.interviewee} / {JOBS[2]}", [f"(인터뷰) {p.interviewee}"], []),
    lambda p: ("[CG]", ["[CG]"], []),
    lambda p: ("◀CG▶", ["◀CG▶"], []),
    lambda p: (f"INT) {p.interviewee} ({JOBS[4]})", [f"INT) {p.interviewee}"], []),
    lambda p: ("<이펙트>", ["<이펙트>"], []),
    lambda p: (f"[스탠딩] {p.reporter} 기자", [f"[스탠딩] {p.reporter} 기자"], [p.reporter]),
]
# --- the tail ---
TAIL_BYLINES = {
    "common": [
        lambda p: (f"{p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"{p.reporter} 기자 ｜ {p.email}", [p.email, f"{p.reporter} 기자 ｜"], [p.reporter]),
        lambda p: (f"+{p.email}", [p.email], []),
        lambda p: (f"+ {p.reporter} 기자 ☞ {p.email}", [p.email, f"{p.reporter} 기자 ☞"], [p.reporter]),
        lambda p: (f"{p.reporter} 기자 ▷ {p.email}", [p.email, f"{p.reporter} 기자 ▷"], [p.reporter]),
        lambda p: (f"{p.reporter} {p.desk} 기자 {p.email}", [p.email, f"{p.reporter} {p.desk} 기자"], [p.reporter]),
        lambda p: (f"{p.reporter}·{p.reporter2}·{p.reporter3} 기자", [f"{p.reporter}·{p.reporter2}·{p.reporter3} 기자"], [p.reporter, p.reporter2, p.reporter3]),
        lambda p: (f"{p.reporter} 선임기자 {p.email}", [p.email, f"{p.reporter} 선임기자"], [p.reporter]),
        lambda p: (f"취재: {p.reporter} 기자 · 사진: {p.photographer} 기자", [f"취재: {p.reporter} 기자", f"사진: {p.photographer} 기자"], [p.reporter]),
        lambda p: (f"{p.desk} {p.reporter}·{p.reporter2} 기자 {p.email}", [p.email, f"{p.reporter}·{p.reporter2} 기자"], [p.reporter, p.reporter2]),
        lambda p: (f"{p.email}\n{p.outlet} {p.reporter} 기자", [p.email, f"{p.outlet} {p.reporter} 기자"], [p.reporter]),
        lambda p: (f"- {p.reporter} 기자 -", [f"- {p.reporter} 기자 -"], [p.reporter]),
        lambda p: (f"< {p.reporter} 기자 >", [f"< {p.reporter} 기자 >"], [p.reporter]),
        lambda p: (f"+({p.reporter} 기자)", [f"({p.reporter} 기자)"], [p.reporter]),
        lambda p: (f"{p.abroad}=\u00a0{p.reporter} 특파원 {p.email}", [p.email, f"{p.reporter} 특파원"], [p.reporter]),
        lambda p: (f"{p.reporter} 기자, {p.intern} 인턴기자 {p.email}", [p.email, f"{p.intern} 인턴기자"], [p.reporter, p.intern]),
    ],
    "sports": [
        lambda p: (f"/{p.email}\n[사진] {p.photographer} 기자", [p.email, f"[사진] {p.photographer} 기자"], []),
        lambda p: (f"{p.reporter} 기자 {p.email}\n사진=\u00a0{p.outlet} DB", [p.email, f"{p.outlet} DB"], [p.reporter]),
        lambda p: (f"{p.outlet} {p.reporter} 기자 {p.email}", [p.email, f"{p.outlet} {p.reporter} 기자"], [p.reporter]),
        lambda p: (f"+ / {p.reporter} 기자 {p.email} [사진=구단 제공]", [p.email, "[사진=구단 제공]"], [p.reporter]),
    ],
    "broadcast": [
        lambda p: (f"{p.outlet} 뉴스, {p.reporter}였습니다.", [f"{p.outlet} 뉴스, {p.reporter}였습니다"], [p.reporter]),
        lambda p: (f"지금까지 {p.outlet} {p.reporter}였습니다.", [f"지금까지 {p.outlet} {p.reporter}였습니다"], [p.reporter]),
        lambda p: (f"{p.outlet} {p.reporter} 기자입니다.", [f"{p.outlet} {p.reporter} 기자입니다"], [p.reporter]),
        lambda p: (f"취재기자 : {p.reporter}\n촬영기자 : {p.photographer}\n영상편집 : {p.editor}",
                   [f"취재기자 : {p.reporter}", f"촬영기자 : {p.photographer}", f"영상편집 : {p.editor}"], [p.reporter]),
        lambda p: (f"{p.outlet} {p.reporter}입니다.\n(영상취재 {p.photographer}, 영상편집 {p.editor})",
                   [f"{p.outlet} {p.reporter}입니다", f"영상취재 {p.photographer}"], [p.reporter]),
        lambda p: (f"[{p.outlet} {p.reporter}입니다]\n▶ 제보: {p.tel}", [f"[{p.outlet} {p.reporter}입니다]", p.tel], [p.reporter]),
    ],
    "magazine": [
        lambda p: (f"글 {p.reporter} 기자 · 사진 {p.photographer} 기자", [f"글 {p.reporter} 기자", f"사진 {p.photographer} 기자"], [p.reporter]),
        lambda p: (f"{p.reporter} {p.outlet} 기자 {p.email}", [p.email, f"{p.reporter} {p.outlet} 기자"], [p.reporter]),
        lambda p: (f"[{p.outlet} 제{800 + p.code % 900}호 ({p.when:%Y.%m.%d})]", [f"제{800 + p.code % 900}호"], []),
    ],
    "release": [
        lambda p: (f"웹사이트: https://www.{p.company[1]}\n연락처\n{p.company[0]}\n홍보팀\n{p.contact} 매니저\n{p.tel}\n이메일 보내기",
                   [f"웹사이트: https://www.{p.company[1]}", f"{p.contact} 매니저", "이메일 보내기"], []),
        lambda p: (f"{p.company[0]} 개요\n{p.company[0]}는 2015년 설립된 기업으로 국내외 고객사에 제품과 서비스를 공급하고 있다.\n"
                   f"언론 연락처: {p.company[0]} 커뮤니케이션실 {p.contact} 팀장 {p.tel} pr@{p.company[1]}",
                   [f"{p.company[0]} 개요", f"{p.company[0]}는 2015년 설립된 기업으로", "언론 연락처:", f"pr@{p.company[1]}"], []),
    ],
}
COLUMN_HEADS = {
    "outside": [
        lambda p: ("[기고]", ["[기고]"], []), lambda p: ("[특별기고]", ["[특별기고]"], []),
        lambda p: ("[독자투고]", ["[독자투고]"], []), lambda p: (f"[{p.columnist} 칼럼]", [f"[{p.columnist} 칼럼]"], []),
        lambda p: ("오피니언 | 시평", ["오피니언 | 시평"], []),
    ],
    "staff": [
        lambda p: ("[기자수첩]", ["[기자수첩]"], []), lambda p: ("[편집국에서]", ["[편집국에서]"], []),
        lambda p: ("[취재후기]", ["[취재후기]"], []), lambda p: ("오피니언 > 데스크 시각", ["오피니언 > 데스크 시각"], []),
    ],
}
COLUMN_TAILS = {
    "outside": [
        lambda p: (f"<{p.columnist} {INSTITUTES[len(p.columnist) % 4]} 연구위원>", [f"<{p.columnist} {INSTITUTES[len(p.columnist) % 4]}"], []),
        lambda p: (f"─ {p.columnist} 시인", [f"─ {p.columnist} 시인"], []),
        lambda p: (f"{p.columnist} 전 {p.place}시 부시장\n※ 이 글은 필자 개인의 의견이며 {p.outlet}의 편집 방향과 다를 수 있습니다.",
                   [f"{p.columnist} 전 {p.place}시 부시장", "필자 개인의 의견이며"], []),
        lambda p: (f"/{p.columnist} {INSTITUTES[3]} 대표변호사", [f"/{p.columnist}"], []),
    ],
    "staff": [
        lambda p: (f"{p.reporter} 기자 {p.email}", [f"{p.reporter} 기자", p.email], [p.reporter]),
        lambda p: (f"{p.writer} 논설실장", [f"{p.writer} 논설실장"], [p.writer]),
        lambda p: (f"{p.writer} 부국장 겸 {p.desk}장", [f"{p.writer} 부국장 겸 {p.desk}장"], [p.writer]),
        lambda p: (f"+ /{p.writer} {p.desk} 차장", [f"/{p.writer} {p.desk} 차장"], [p.writer]),
    ],
}
CORRECTIONS = [
    lambda p: ("※ 기사 초판의 수치 오류를 바로잡았습니다.", ["기사 초판의 수치 오류를 바로잡았습니다"], []),
    lambda p: (f"[수정 {p.later:%H:%M}] 제목과 본문 일부를 수정했습니다.", [f"[수정 {p.later:%H:%M}]", "본문 일부를 수정했습니다"], []),
    lambda p: (f"※ 이 기사는 {p.later.month}월 {p.later.day}일 {ampm(p.later)} 최종 업데이트됐습니다.", ["최종 업데이트됐습니다"], []),
    lambda p: ("Update: 추가 취재 내용을 반영했습니다.", ["Update: 추가 취재 내용을 반영했습니다"], []),
    lambda p: ("[바로잡습니다] 기사 중 기관명을 정정합니다.", ["[바로잡습니다]", "기관명을 정정합니다"], []),
]
NOTICES = [  # funding and production notes
    lambda p: ("※ 이 기사는 지역신문발전기금을 지원받았습니다.", ["지역신문발전기금을 지원받았습니다"], []),
    lambda p: ("이 기사는 한국언론진흥재단의 정부광고 수수료를 지원받아 작성됐습니다.", ["정부광고 수수료를 지원받아 작성됐습니다"], []),
    lambda p: ("* 본 기사는 생성형 AI의 도움을 받아 작성했으며 기자가 검수했습니다.", ["생성형 AI의 도움을 받아 작성했으며"], []),
    lambda p: (f"※ 이 기사는 {p.outlet}과 {p.company[0]}의 공동 기획으로 제작됐습니다.", ["공동 기획으로 제작됐습니다"], []),
    lambda p: ("(이 기사는 지면에 실린 내용을 일부 보완한 것입니다)", ["지면에 실린 내용을 일부 보완한 것입니다"], []),
]
HASHTAGS = [
    lambda p: (" ".join(f"#{k}" for k in p.keywords), [" ".join(f"#{k}" for k in p.keywords)], []),
    lambda p: ("태그\n" + "\n".join(f"#{k}" for k in p.keywords[:3]), ["태그", *(f"#{k}" for k in p.keywords[:3])], []),
    lambda p: ("키워드 : " + ", ".join(p.keywords), ["키워드 :"], []),
    lambda p: ("관련 태그 ▷ " + " ▷ ".join(f"#{k}" for k in p.keywords[:2]), ["관련 태그 ▷"], []),
    lambda p: (f"#{p.outlet} #{p.section[0]}뉴스 #{p.keywords[0]}", [f"#{p.outlet} #{p.section[0]}뉴스"], []),
]
COUNTERS = [
    lambda p: (f"조회수 {p.count * 3:,}  |  공감 {p.count % 61}", [f"조회수 {p.count * 3:,}"], []),
    lambda p: (f"👍 {p.count % 40}   👎 {p.count % 6}", [f"👍 {p.count % 40}"], []),
    lambda p: (f"이 기사 어땠나요? 유익해요 {p.count % 17} · 흥미로워요 {p.count % 9} · 아쉬워요 {p.count % 4}", ["이 기사 어땠나요", "아쉬워요"], []),
    lambda p: (f"기사 추천 {p.count % 25} | 스크랩 {p.count % 8}", [f"기사 추천 {p.count % 25} |"], []),
    lambda p: (f"Views {p.count * 2 + 37:,}", [f"Views {p.count * 2 + 37:,}"], []),
    lambda p: (f"❤ 좋아요 {p.count % 77}  ↪ 공유 {p.count % 12}", ["↪ 공유"], []),
    lambda p: (f"쏠쏠정보 {p.count % 5}  흥미진진 {p.count % 7}  공감백배 {p.count % 3}  분석탁월 0  후속강추 {p.count % 4}",
               ["쏠쏠정보", "공감백배", "후속강추"], []),
]
COMMENTS = [
    lambda p: (f"댓글 {p.count % 50}\n댓글 작성\n로그인 후 댓글을 남길 수 있습니다.\n최신순 | 추천순 | 과거순",
               ["로그인 후 댓글을 남길 수 있습니다", "최신순 | 추천순"], []),
    lambda p: ("의견쓰기\n0 / 300\n등록\n※ 욕설, 비방, 광고성 댓글은 삭제될 수 있습니다.", ["의견쓰기", "0 / 300", "광고성 댓글은 삭제될 수 있습니다"], []),
    lambda p: (f"{p.count % 90 + 1}개의 댓글이 있습니다\n댓글 더보기", ["개의 댓글이 있습니다", "댓글 더보기"], []),
    lambda p: (f"BEST 댓글\n{NICKS[p.count % len(NICKS)]}  2시간 전\n진작 이렇게 했어야지요\n공감 {p.count % 300} 비공감 {p.count % 20}",
               ["BEST 댓글", "2시간 전", "진작 이렇게 했어야지요"], []),
    lambda p: ("댓글운영정책\n이 기사에 대한 댓글은 언론사 정책에 따라 제공되지 않습니다.", ["댓글운영정책", "언론사 정책에 따라 제공되지 않습니다"], []),
    lambda p: ("0 / 400자\n전체 댓글 0\n첫 댓글의 주인공이 되어 보세요", ["0 / 400자", "첫 댓글의 주인공이 되어 보세요"], []),
]
PROFILES = [
    lambda p: (f"{p.reporter} 기자\n{p.email}\n이 기자의 다른 기사 ▶", [p.email, "이 기자의 다른 기사"], [p.reporter]),
    lambda p: (f"{p.reporter}\n{p.outlet} {p.desk} 기자입니다. 산업과 노동 현장을 취재합니다.\n기자 페이지",
               [f"{p.desk} 기자입니다", "산업과 노동 현장을 취재합니다", "기자 페이지"], [p.reporter]),
    lambda p: (f"[기자 구독]  {p.reporter} 기자 · 구독자 {p.count:,}명", ["[기자 구독]", f"구독자 {p.count:,}명"], [p.reporter]),
    lambda p: (f"{p.reporter} 기자 프로필 바로가기", ["기자 프로필 바로가기"], [p.reporter]),
    lambda p: (f"구독하면 {p.reporter} 기자의 새 기사를 알려드려요\n구독하기", ["기자의 새 기사를 알려드려요"], [p.reporter]),
]
RELATED = [
    lambda p, t: ("관련기사 더보기 +\n" + "\n".join(f"ㆍ{x}" for x in t), ["관련기사 더보기", *t], []),
    lambda p, t: ("함께 읽으면 좋은 기사\n" + "\n".join(f"→ {x}" for x in t), ["함께 읽으면 좋은 기사", *t], []),
    lambda p, t: (f"{p.section[0]} 섹션 최신 기사\n" + "\n".join(t), ["섹션 최신 기사", *t], []),
    lambda p, t: ("이 기사와 비슷한 뉴스\n" + "\n".join(f"{x} >" for x in t), ["이 기사와 비슷한 뉴스", *t], []),
    lambda p, t: ("[연관기사] " + " | ".join(t), ["[연관기사]", *t], []),
    lambda p, t: ("인기 기사 TOP 5\n" + "\n".join(f"{i:02d} {x}" for i, x in enumerate(t, 1)), ["인기 기사 TOP 5", *t], []),
    lambda p, t: ("지금 많이 읽는 기사 " + " ".join(f"{_circled(i)}{x}" for i, x in enumerate(t, 1)), ["지금 많이 읽는 기사", *t], []),
    lambda p, t: ("에디터 추천 >\n" + "\n".join(t), ["에디터 추천", *t], []),
    lambda p, t: ("많이 본 기사 (일간 · 주간)\n" + "\n".join(f"{i} {x}" for i, x in enumerate(t, 1)), ["많이 본 기사 (일간 · 주간)", *t], []),
]
PROMOS = [
    lambda p: (f"◆ 지금 뜨는 {p.outlet} 인기 영상 ◆", ["지금 뜨는", "인기 영상 ◆"], []),
    lambda p: (f"[{p.outlet} 뉴스레터] 매주 월요일 아침 받아보기 >", ["매주 월요일 아침 받아보기"], []),
    lambda p: (f"이 기사는 {p.outlet} 앱에서 더 편하게 볼 수 있습니다", ["앱에서 더 편하게 볼 수 있습니다"], []),
    lambda p: (f"◎ {p.outlet} 인스타그램 @{p.handle}_news 팔로우하기", [f"@{p.handle}_news 팔로우하기"], []),
    lambda p: (f"[무료 세미나] {p.when.year + 1} 경제전망 콘퍼런스 사전등록 ▶", ["[무료 세미나]", "콘퍼런스 사전등록"], []),
    lambda p: (f"▷ {p.outlet} 창간 이벤트 참여하고 경품 받기", ["창간 이벤트 참여하고 경품 받기"], []),
    lambda p: (f"☞ 매일 아침 {p.outlet} 브리핑 받기(무료)", ["브리핑 받기(무료)"], []),
    lambda p: (f"다음 뉴스에서도 {josa(p.outlet, '을', '를')} 만나보세요", ["다음 뉴스에서도"], []),
    lambda p: ("Daily Briefing ▶ 오늘 꼭 읽어야 할 뉴스 5", ["Daily Briefing", "오늘 꼭 읽어야 할 뉴스 5"], []),
    lambda p: (f"+ ▶ {p.outlet} 바로가기 ▶ 유튜브 구독 ▶ 기사 제보", [f"▶ {p.outlet} 바로가기", "▶ 유튜브 구독"], []),
]
PAYWALLS = [
    lambda p: ("이 기사는 유료 회원 전용 기사입니다.\n로그인하고 계속 읽기", ["유료 회원 전용 기사입니다", "로그인하고 계속 읽기"], []),
    lambda p: (f"무료 기사 {1 + p.count % 4}건 남았습니다 · 구독하고 모든 기사 보기", ["건 남았습니다", "구독하고 모든 기사 보기"], []),
    lambda p: (f"{josa(p.outlet, '은', '는')} 광고 없이 후원회원의 회비로 운영됩니다. 후원하기 >", ["후원회원의 회비로 운영됩니다", "후원하기 >"], []),
    lambda p: ("[회원가입] 3초 가입으로 댓글과 스크랩을 이용하세요", ["3초 가입으로 댓글과 스크랩을 이용하세요"], []),
    lambda p: (f"프리미엄 콘텐츠 | 월 {4900 + p.code % 5 * 1000:,}원에 무제한 읽기", ["프리미엄 콘텐츠 |", "무제한 읽기"], []),
    lambda p: (f"좋은 기사를 만드는 힘, 독자의 후원입니다\n1,000원 | 5,000원 | 10,000원 | 직접 입력", ["좋은 기사를 만드는 힘", "직접 입력"], []),
]
CONTACTS = [
    lambda p: (f"※ 보도자료·기사제보: news@{p.domain}", ["보도자료·기사제보:", f"news@{p.domain}"], []),
    lambda p: (f"[독자센터] ☎ {p.tel} (평일 09:00~18:00)", ["[독자센터]", p.tel], []),
    lambda p: (f"제보하기 >> 카카오톡 '{p.outlet}' 검색 | 텔레그램 @{p.handle}", ["제보하기 >>", f"텔레그램 @{p.handle}"], []),
    lambda p: (f"{p.outlet} 편집국 직통 {p.tel}", ["편집국 직통", p.tel], []),
    lambda p: (f"※{josa(p.outlet, '은', '는')} 여러분의 제보로 함께 세상을 바꿉니다. 각종 비리와 부당대우, 사건사고와 미담 등 모든 얘깃거리를 알려주세요.\n"
               f"이메일 : jebo@{p.domain}\n카카오톡 : @{p.outlet}",
               ["여러분의 제보로 함께 세상을 바꿉니다", "모든 얘깃거리를 알려주세요", f"jebo@{p.domain}", f"카카오톡 : @{p.outlet}"], []),
]
AI_NOTICES = [
    lambda p: ("※ 이 기사를 AI 학습 데이터로 이용하는 것을 금지합니다.", ["AI 학습 데이터로 이용하는 것을 금지합니다"], []),
    lambda p: ("(AI 학습·활용 금지)", ["(AI 학습·활용 금지)"], []),
    lambda p: ("No AI training. 무단 수집·학습 금지", ["No AI training", "무단 수집·학습 금지"], []),
]
GENERIC_COPYRIGHTS = [
    lambda p: (f"Copyright © {p.outlet}. 무단전재 및 재배포·AI학습 이용 금지", [f"Copyright © {p.outlet}. 무단전재"], []),
    lambda p: (f"저작권자 ⓒ {p.outlet} ({p.domain}) 무단 전재·재배포 금지", [f"저작권자 ⓒ {p.outlet} ({p.domain})"], []),
    lambda p: (f"ⓒ{p.outlet} | 무단 복제·전재·배포 금지", [f"ⓒ{p.outlet} | 무단 복제"], []),
    lambda p: (f"{p.outlet}의 모든 콘텐츠(기사)는 저작권법의 보호를 받은바, 무단 전재, 복사, 배포 등을 금합니다.",
               ["모든 콘텐츠(기사)는 저작권법의 보호를 받은바"], []),
    lambda p: (f"Copyrightⓒ{p.when.year} {p.outlet}. All rights reserved.", [f"Copyrightⓒ{p.when.year} {p.outlet}"], []),
    lambda p: (f"[Copyright ⓒ {p.outlet}, 무단 전재·재배포 및 AI학습 금지]", [f"[Copyright ⓒ {p.outlet}"], []),
    lambda p: (f"※ 이 기사의 저작권은 {p.outlet}에 있습니다. 무단 전재 및 재배포를 금합니다.", ["※ 이 기사의 저작권은", "무단 전재 및 재배포를 금합니다"], []),
    lambda p: (f"{{저작권자 ⓒ {p.outlet} 무단전재 및 재배포금지}}", [f"{{저작권자 ⓒ {p.outlet}"], []),
    lambda p: (f"ⓒ {p.when.year} {p.outlet} 무단 전재 및 재배포, AI 학습 이용 금지", [f"ⓒ {p.when.year} {p.outlet}"], []),
    lambda p: (f"+ [ⓒ{p.outlet}·무단전재·재배포 금지]", [f"[ⓒ{p.outlet}·무단전재"], []),
]
# the copyright or sign-off as these outlets' pages word it (from memory; others take a generic wording by house)
HOUSE_COPYRIGHTS = {
    "CBS노컷뉴스": lambda p: ("저작권자 © CBS 노컷뉴스 무단전재 및 재배포 금지", ["저작권자 © CBS 노컷뉴스"], []),
    "뉴스토마토": lambda p: ("ⓒ 맛있는 뉴스토마토, 무단 전재 - 재배포 금지", ["ⓒ 맛있는 뉴스토마토"], []),
    "머니S": lambda p: ("ⓒ 머니S & moneys.co.kr, 무단전재 및 재배포 금지", ["ⓒ 머니S & moneys.co.kr"], []),
    "뉴스엔": lambda p: ("ⓒ 손에 잡히는 뉴스 눈에 보이는 뉴스(www.newsen.com) 무단전재 & 재배포 금지", ["손에 잡히는 뉴스 눈에 보이는 뉴스"], []),
    "아이뉴스24": lambda p: ("[ⓒ 아이뉴스24 무단전재 및 재배포 금지]", ["[ⓒ 아이뉴스24"], []),
    "디지털타임스": lambda p: ("[ⓒ 디지털타임스, 무단 전재 및 재배포 금지]", ["[ⓒ 디지털타임스"], []),
    "엑스포츠뉴스": lambda p: ("ⓒ 엑스포츠뉴스, 무단 전재 및 재배포 금지", ["ⓒ 엑스포츠뉴스, 무단"], []),
    "일간스포츠": lambda p: ("ⓒ 일간스포츠, 무단 전재 및 재배포 금지", ["ⓒ 일간스포츠, 무단"], []),
    "뉴스타파": lambda p: ("ⓒ 뉴스타파 | 비영리독립언론 뉴스타파의 모든 기사는 후원회원의 회비로 만들어집니다.",
                         ["ⓒ 뉴스타파 |", "모든 기사는 후원회원의 회비로 만들어집니다"], []),
    "민중의소리": lambda p: ("ⓒ 민중의소리 | 무단전재 및 재배포 금지", ["ⓒ 민중의소리 |"], []),
    "OBS": lambda p: ("<저작권자(c) OBS 경인TV, 무단전재 및 재배포 금지>", ["<저작권자(c) OBS 경인TV"], []),
    "뉴스와이어": lambda p: (f"이 뉴스는 기업·기관·단체가 뉴스와이어를 통해 배포한 보도자료입니다.\n출처: {p.company[0]}",
                          ["배포한 보도자료입니다", f"출처: {p.company[0]}"], []),
    "BBS": lambda p: ("<저작권자 © BBS 불교방송 무단전재 및 재배포금지>", ["<저작권자 © BBS 불교방송"], []),
}
FOOTERS = [
    lambda p: (f"{p.outlet} | 주소 : {p.place} 중앙로 {p.code % 300} | 등록번호 : {p.place} 아 {p.code % 9000:05d} | 발행·편집인 : {p.publisher}",
               ["| 등록번호 :", f"발행·편집인 : {p.publisher}"], []),
    lambda p: (f"사업자등록번호 {p.code % 900 + 100}-{p.code % 90 + 10}-{p.code % 90000 + 10000} | 통신판매업신고 제{p.code % 9000}호",
               ["사업자등록번호", "통신판매업신고"], []),
    lambda p: (f"개인정보취급방침 | 청소년보호정책(책임자: {p.publisher}) | 이메일무단수집거부 | RSS",
               ["이메일무단수집거부", "청소년보호정책(책임자"], []),
    lambda p: (f"Copyright since {p.when.year - 10 - p.code % 15} {p.domain}. All Rights Reserved. mail to {p.handle}@{p.domain}",
               [f"Copyright since {p.when.year - 10 - p.code % 15}", f"mail to {p.handle}@{p.domain}"], []),
    lambda p: (f"{josa(p.outlet, '은', '는')} 신문윤리강령 및 그 실천요강을 준수합니다", ["신문윤리강령 및 그 실천요강을 준수합니다"], []),
    lambda p: ("회사소개 ㅣ 광고안내 ㅣ 제휴문의 ㅣ 기사제보 ㅣ 독자권익보호위원회", ["광고안내 ㅣ 제휴문의", "독자권익보호위원회"], []),
]
# --- portal and aggregator views around the outlet's text: (p, h) head, (p, t) tail ---
PORTAL_HEADS = {
    "naver_m": lambda p, h: (
        f"{p.outlet}\n{p.outlet} 구독\n{h}\n입력{p.when:%Y.%m.%d.} {ampm(p.when)}  수정{p.later:%Y.%m.%d.} {ampm(p.later)}\n"
        f"{p.reporter} 기자\n공감\n댓글 {p.count % 70}\n본문 요약봇\n텍스트 음성 변환\n글자 크기\n공유",
        [f"{p.outlet} 구독", f"입력{p.when:%Y.%m.%d.}", f"수정{p.later:%Y.%m.%d.}", f"{p.reporter} 기자", "본문 요약봇", "텍스트 음성 변환"],
        [p.reporter]),
    "naver_ent": lambda p, h: (
        f"{h}\n기사입력 {p.when:%Y.%m.%d.} {ampm(p.when)} 최종수정 {p.later:%Y.%m.%d.} {ampm(p.later)}\n{p.outlet}\n{p.reporter} 기자\n"
        f"응원하기\n{p.outlet} 구독하기\n본문 듣기 · 글자 크기",
        [f"기사입력 {p.when:%Y.%m.%d.}", "최종수정", f"{p.reporter} 기자", "응원하기", f"{p.outlet} 구독하기", "본문 듣기 · 글자 크기"],
        [p.reporter]),
    "daum_m": lambda p, h: (
        f"{p.outlet}\n{h}\n{p.reporter} 기자\n{p.when.year}. {p.when.month}. {p.when.day}. {p.when:%H:%M}\n댓글{p.count % 60}\n"
        "번역 beta\nTranslated by kaka i\n글씨크기 조절\n공유",
        [f"{p.reporter} 기자", f"{p.when.year}. {p.when.month}. {p.when.day}. {p.when:%H:%M}", "번역 beta", "Translated by kaka i",
         "글씨크기 조절"], [p.reporter]),
    "zum": lambda p, h: (
        f"ZUM 뉴스\n{p.section[0]}\n{h}\n{p.outlet} | {p.when:%Y-%m-%d %H:%M}\n공유 | 글자크기",
        ["ZUM 뉴스", f"{p.outlet} | {p.when:%Y-%m-%d %H:%M}", "공유 | 글자크기"], []),
    "msn": lambda p, h: (
        f"{p.outlet}\n이야기 작성자: {p.reporter}\n• {1 + p.count % 11}시간 • {2 + p.count % 6}분 읽음\n{h}",
        ["이야기 작성자:", f"{2 + p.count % 6}분 읽음"], [p.reporter]),
}
PORTAL_TAILS = {
    "naver_m": lambda p, t: (
        f"{p.reporter} 기자\n{p.reporter} 기자의 기사 더보기\n기자 구독\n"
        f"ⓒ {p.outlet} 무단전재 및 재배포 금지\n"
        f"쏠쏠정보 {p.count % 9} 흥미진진 {p.count % 5} 공감백배 {p.count % 7} 분석탁월 0 후속강추 {p.count % 3}\n"
        f"{p.outlet}의 다른 기사\n" + "\n".join(t) + "\n네이버 메인에서 보고 싶은 언론사를 구독하세요.",
        ["기자의 기사 더보기", f"ⓒ {p.outlet} 무단전재", "쏠쏠정보", "분석탁월 0", "의 다른 기사", *t, "보고 싶은 언론사를 구독하세요"], []),
    "naver_ent": lambda p, t: (
        f"응원 {p.count % 400}\n{p.outlet} 구독하고 스타 소식 받아보세요\n"
        f"{p.section[0]} 많이 본 뉴스\n" + "\n".join(f"{i} {x}" for i, x in enumerate(t, 1)) + "\n연예 랭킹 더보기",
        [f"응원 {p.count % 400}", "구독하고 스타 소식 받아보세요", f"{p.section[0]} 많이 본 뉴스", *t, "연예 랭킹 더보기"], []),
    "daum_m": lambda p, t: (
        f"저작권자(c) {p.outlet}. 무단전재-재배포 금지\n추천 콘텐츠\n" + "\n".join(t) +
        f"\n댓글 정렬 순공감순 최신순 공감비율순\n{p.count % 60}개 댓글\n다음뉴스 채널에서 {josa(p.outlet, '을', '를')} 추가하세요",
        [f"저작권자(c) {p.outlet}. 무단전재", "추천 콘텐츠", *t, "순공감순 최신순", "개 댓글", "다음뉴스 채널에서"], []),
    "zum": lambda p, t: (
        f"출처 : {p.outlet}\n원문보기\n줌 뉴스 랭킹\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(t, 1)) + "\nⓒ ZUM internet Corp.",
        [f"출처 : {p.outlet}", "원문보기", "줌 뉴스 랭킹", *t, "ZUM internet Corp"], []),
    "msn": lambda p, t: (
        f"{p.outlet}에서 자세히 보기\n피드백\n관련 동영상\n" + "\n".join(t) + "\n계속 읽기",
        [f"{p.outlet}에서 자세히 보기", "관련 동영상", *t, "계속 읽기"], []),
}
# --- feed readers, clipping dumps, shared messages and reader/print pages: head (p, h), tail (p, t) ---
RSS_HEADS = [
    lambda p, h: (f"title: {h}\nlink: {p.url}\npubDate: {rfc822(p.when)}\nauthor: {p.reporter} 기자\ncategory: {p.section[0]}\ndescription:",
                  ["title:", f"link: {p.url}", f"pubDate: {rfc822(p.when)}", f"author: {p.reporter} 기자", f"category: {p.section[0]}",
                   "description:"], [p.reporter]),
    lambda p, h: (f"{p.outlet}\n{h}\n{p.outlet} · {p.reporter} 기자 · {1 + p.count % 23}h", [f"{p.outlet} · {p.reporter} 기자 · {1 + p.count % 23}h"], [p.reporter]),
    lambda p, h: (f"제목 | {h}\n매체 | {p.outlet}\n작성 | {p.reporter} 기자\n일시 | {p.when:%Y-%m-%d %H:%M}\n원문 | {p.url}",
                  ["제목 |", f"매체 | {p.outlet}", f"작성 | {p.reporter} 기자", f"일시 | {p.when:%Y-%m-%d}", f"원문 | {p.url}"], [p.reporter]),
    lambda p, h: (f"{h}\n{p.outlet} / {p.when:%Y.%m.%d %H:%M}\n원문 보기 ›", [f"{p.outlet} / {p.when:%Y.%m.%d %H:%M}", "원문 보기 ›"], []),
    lambda p, h: (f"[{p.outlet}] {h} ({p.when:%m/%d %H:%M})", [f"({p.when:%m/%d %H:%M})"], []),
]
RSS_TAILS = [
    lambda p: (f"Read more: {p.url}", ["Read more:"], []),
    lambda p: ("Visit Website\nMark as read\nSave for later", ["Visit Website", "Mark as read"], []),
    lambda p: (f"이 피드는 {p.outlet} RSS에서 제공됩니다.", ["RSS에서 제공됩니다"], []),
    lambda p: (f"<a href=\"{p.url}\">원문 기사 보기</a>", ["<a href=", "원문 기사 보기</a>"], []),
    lambda p: ("Unsubscribe from this feed · 설정", ["Unsubscribe from this feed"], []),
]
CLIP_HEADS = [
    lambda p, h: (f"[{p.outlet}] {p.when:%Y-%m-%d} A{p.page_no}면 ({p.section[0]})\n{h}\n{p.reporter} 기자",
                  [f"{p.when:%Y-%m-%d} A{p.page_no}면", f"{p.reporter} 기자"], [p.reporter]),
    lambda p, h: (f"■ {p.outlet} | {p.when:%Y.%m.%d} | {p.page_no}면 | {p.reporter} 기자\n{h}",
                  [f"| {p.when:%Y.%m.%d} | {p.page_no}면 |", f"{p.reporter} 기자"], [p.reporter]),
    lambda p, h: (f"━━━━━━━━━━━━━━\n매체명: {p.outlet}\n게재일: {p.when:%Y-%m-%d}\n면: {p.page_no}\n기자: {p.reporter}\n━━━━━━━━━━━━━━\n{h}",
                  ["━━━━━━━━━━━━━━", "매체명:", f"게재일: {p.when:%Y-%m-%d}", f"기자: {p.reporter}"], [p.reporter]),
    lambda p, h: (f"No. {1 + p.count % 40}  {p.outlet}  {p.when:%Y.%m.%d}  {h}", [f"No. {1 + p.count % 40}"], []),
    lambda p, h: (f"홍보팀 뉴스클리핑 {p.when:%Y.%m.%d}({WEEKDAYS[p.when.weekday()]})\n{h} ({p.outlet} {p.page_no}면) {p.reporter} 기자",
                  ["홍보팀 뉴스클리핑", f"({p.outlet} {p.page_no}면)", f"{p.reporter} 기자"], [p.reporter]),
]
CLIP_TAILS = [
    lambda p: ("※ 본 스크랩은 내부 업무 참고용으로만 사용하시기 바랍니다.", ["내부 업무 참고용으로만"], []),
    lambda p: (f"출처: {p.outlet} {p.when:%Y-%m-%d} {p.page_no}면", [f"출처: {p.outlet} {p.when:%Y-%m-%d}"], []),
    lambda p: ("<본 자료는 한국언론진흥재단과 저작권 위탁 계약을 맺은 기사입니다>", ["저작권 위탁 계약을 맺은 기사입니다"], []),
    lambda p: (f"(전체 {1200 + p.count % 1800:,}자)", [f"(전체 {1200 + p.count % 1800:,}자)"], []),
    lambda p: ("- 이상 -", ["- 이상 -"], []),
]
SHARE_HEADS = [
    lambda p, h: (f"[{p.outlet}] {h}\n{p.url}", [f"[{p.outlet}]", p.url], []),
    lambda p, h: (f"📰 {h}", ["📰"], []),
    lambda p, h: (f"{h} - {p.outlet}\nhttps://m.{p.domain}/article/{p.article_id}", [f"- {p.outlet}", f"https://m.{p.domain}/article/{p.article_id}"], []),
    lambda p, h: (f"[카카오톡 공유] {h}", ["[카카오톡 공유]"], []),
    lambda p, h: (f"{h}\n{p.outlet} | {p.reporter} 기자\n링크 복사됨", [f"{p.outlet} | {p.reporter} 기자", "링크 복사됨"], [p.reporter]),
]
SHARE_TAILS = [
    lambda p: (f"👉 기사 원문: {p.url}", ["기사 원문:", p.url], []),
    lambda p: (f"📢 텔레그램 채널 구독: t.me/{p.handle}_news", ["텔레그램 채널 구독: t.me"], []),
    lambda p: (" ".join(f"#{k}" for k in p.keywords[:3]), [" ".join(f"#{k}" for k in p.keywords[:3])], []),
    lambda p: ("공유하기 ⬆  전달하기", ["공유하기 ⬆", "전달하기"], []),
    lambda p: (f"이 메시지는 {p.outlet} 뉴스봇이 보냈습니다.", ["뉴스봇이 보냈습니다"], []),
]
READER_HEADS = [
    lambda p, h: (f"{p.domain}\n{h}\n{p.reporter} 기자\n읽는 시간 약 {2 + p.count % 7}분", [p.domain, f"{p.reporter} 기자", f"읽는 시간 약 {2 + p.count % 7}분"],
                  [p.reporter]),
    lambda p, h: (f"{h}\n{p.outlet} · {p.domain} · {3 + p.count % 9} min read", [f"{3 + p.count % 9} min read"], []),
    lambda p, h: (f"{h}\nwww.{p.domain}\nView Original", [f"www.{p.domain}", "View Original"], []),
]
READER_TAILS = [
    lambda p: (f"원본 페이지 열기 · {p.domain}", ["원본 페이지 열기"], []),
    lambda p: ("Save to Pocket  ·  Share", ["Save to Pocket"], []),
    lambda p: ("", [], []),
]
PRINT_HEADS = [
    lambda p, h: (f"{p.outlet}\n인쇄하기 | 창닫기\n{h}", ["인쇄하기 | 창닫기"], []),
    lambda p, h: (f"{p.outlet} - 프린트 화면\n{h}\n{p.when:%Y-%m-%d %H:%M} | {p.reporter} 기자", ["프린트 화면", f"{p.when:%Y-%m-%d %H:%M} | {p.reporter} 기자"], [p.reporter]),
]
PRINT_TAILS = [
    lambda p: (f"기사 원문 주소 : {p.url}", ["기사 원문 주소 :"], []),
    lambda p: (f"출력일시 : {p.later:%Y-%m-%d %H:%M}\n{p.url}", ["출력일시 :"], []),
]
# fmt: on


@dataclass
class House:
    """An outlet's fixed layout: the shape of each part its pages show (None: the part is absent)."""

    menu: int | None
    breadcrumb: int | None
    sub_form: int
    byline_card: int | None
    tool_bar: int | None
    translate: int | None
    lead: int | None
    tail_byline: int
    copyright: int
    ai_notice: int | None
    footer: int | None
    hashtags: int | None
    comments: int | None
    counters: int | None
    related: int | None


def _tail_pool(kind: str) -> list:
    return TAIL_BYLINES.get(kind, []) + TAIL_BYLINES["common"] if kind != "release" else TAIL_BYLINES["release"]


def house_style(outlet: str, kind: str) -> House:
    """The outlet's layout, drawn once from its name."""
    house = random.Random(zlib.crc32(("hold5:" + outlet).encode()))

    def maybe(pool: list, chance: float) -> int | None:
        index = house.randrange(len(pool))
        return index if house.random() < chance else None

    return House(
        menu=maybe(MENUS, 0.8), breadcrumb=maybe(BREADCRUMBS, 0.6), sub_form=house.randrange(len(SUB_FORMS)),
        byline_card=None if kind == "release" else maybe(BYLINE_CARDS, 0.25 if kind == "broadcast" else 0.7), tool_bar=maybe(TOOLS, 0.6),
        translate=maybe(TRANSLATE, 0.2), lead=maybe(LEADS[kind], 1.0 if kind in ("broadcast", "release") else 0.6),
        tail_byline=house.randrange(len(_tail_pool(kind))), copyright=house.randrange(len(GENERIC_COPYRIGHTS)),
        ai_notice=maybe(AI_NOTICES, 0.25), footer=maybe(FOOTERS, 0.7), hashtags=maybe(HASHTAGS, 0.35),
        comments=maybe(COMMENTS, 0.45), counters=maybe(COUNTERS, 0.4), related=maybe(RELATED, 0.7),
    )


@dataclass
class Page:
    """A dressed article before scoring: its lines and what they must and must not keep."""

    lines: list[str]
    view: str = "copy"
    headline_shown: bool = False
    debris: dict[str, list[str]] = field(default_factory=dict)
    reporters: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    outlet: str = ""
    kind: str = ""


def _usual(house_shape: int | None, shapes: int, rng: random.Random) -> int:
    """The house's shape, or for a fifth of the articles another of the same pool."""
    return house_shape if house_shape is not None and rng.random() < 0.8 else rng.randrange(shapes)


def _pick(pool: list, rng: random.Random):
    return pool[rng.randrange(len(pool))]


def compose(title: str, paragraphs: list[str], rng: random.Random, other_titles: list[str]) -> Page:
    """One article as a copied page, a reader or print page, a portal's view, a feed item, a clipping or a
    shared message."""
    p = Persona5.draw(rng, OUTLETS[rng.randrange(len(OUTLETS))])
    house = house_style(p.outlet, p.kind)
    broadcast, release = p.kind == "broadcast", p.kind == "release"
    # a press release names no reporter: it shows on the wire's site, in feeds and clippings and on one portal
    view = rng.choice(RELEASE_VIEWS) if release else rng.choices(VIEWS, weights=VIEW_WEIGHTS)[0]
    if (view == "naver_ent") != (p.kind == "sports") and view in ("naver_ent", "naver_m") and rng.random() < 0.8:
        view = "naver_m" if view == "naver_ent" else "naver_ent"  # the entertainment/sports view shows those papers
    page = Page(lines=[], view=view, outlet=p.outlet, kind=p.kind)
    copy = view == "copy"
    column = copy and p.kind in ("daily", "economy", "regional", "internet", "magazine", "trade") and rng.random() < 0.12
    writer = rng.choice(("outside", "staff"))

    def note(family: str, shaped: Shaped) -> str:
        text, debris, names = shaped
        page.debris.setdefault(family, []).extend(d for d in debris if d.strip())
        page.reporters.extend(n for n in names if n not in page.reporters)
        return text

    def add(text: str) -> None:
        """Lines after the page's last; '+' glues the text to the last line."""
        if not text:
            return
        if text.startswith("+") and page.lines:
            page.lines[-1] += text[1:]
            return
        page.lines.extend(text.lstrip("+").split("\n"))

    def others(n: int) -> list[str]:
        return rng.sample(other_titles, min(n, len(other_titles)))

    def subs(n: int) -> list[str]:
        return rng.sample(SUBHEADS, n)

    def head(pool: list):
        """A head shape of the view; a press release's names no reporter."""
        return _pick([shape for shape in pool if not (release and shape(p, title)[2])], rng)

    # --- head ---
    headline = view != "copy" or rng.random() < 0.9
    headline_family = "headline"
    if view in PORTAL_HEADS:
        add(note("portal_head", PORTAL_HEADS[view](p, title)))
        headline_family = "portal_head"
    elif view == "rss":
        add(note("rss", head(RSS_HEADS)(p, title)))
    elif view == "clip":
        add(note("clip", head(CLIP_HEADS)(p, title)))
    elif view == "share":
        add(note("share", head(SHARE_HEADS)(p, title)))
    elif view == "reader":
        add(note("reader", head(READER_HEADS)(p, title)))
    elif view == "print":
        add(note("print", head(PRINT_HEADS)(p, title)))
    else:  # the copied desktop page
        if house.menu is not None:
            add(note("menu", MENUS[house.menu](p)))
        if house.breadcrumb is not None:
            add(note("menu", BREADCRUMBS[house.breadcrumb](p)))
        if column:
            add(note("column", _pick(COLUMN_HEADS[writer], rng)(p)))
        elif rng.random() < 0.15:
            add(note("series", _pick(SERIES_HEADS, rng)(p)))
        if rng.random() < 0.06:
            add(note("live", _pick(LIVE_HEADS, rng)(p)))
        if headline:
            add(title)
            if rng.random() < 0.45:
                shown = subs(rng.choice((1, 1, 2, 3)))
                add(note("headline", (SUB_FORMS[house.sub_form](shown), shown, [])))
            if house.byline_card is not None and not column:
                add(note("byline_head", BYLINE_CARDS[house.byline_card](p)))
            if house.tool_bar is not None:
                add(note("tools", TOOLS[_usual(house.tool_bar, len(TOOLS), rng)](p)))
            if house.translate is not None:
                add(note("translate", TRANSLATE[house.translate](p)))
    if headline:
        page.headline_shown = True
        page.debris.setdefault(headline_family, []).append(title)
    if view in ("copy", "naver_m", "daum_m") and rng.random() < 0.12:
        add(note("ai_summary", _pick(AI_SUMMARIES, rng)(p, subs(rng.choice((2, 3))))))
    if view in ("copy", "naver_m", "naver_ent", "daum_m", "msn") and rng.random() < 0.3:
        family = rng.choice(("caption", "caption", "caption", "gallery", "video"))
        pool = {"caption": CAPTIONS_AT, "gallery": GALLERIES, "video": VIDEO_CREDITS}[family]
        add(note(family, _pick(pool, rng)(p)))
    first = paragraphs[0]
    if house.lead is not None and not column and view not in ("reader",) and rng.random() < 0.85:
        first = note("lead", LEADS[p.kind][_usual(house.lead, len(LEADS[p.kind]), rng)](p, first))
    add(first)

    # --- middle: the other paragraphs, furniture between them, look-alike prose ---
    rest = list(paragraphs[1:])
    inserts: list[tuple[int, str]] = []
    if broadcast and rest:
        inserts.append((0, note("broadcast", BROADCAST_REPORTER[_usual(house.lead, len(BROADCAST_REPORTER), rng)](p))))
        if len(rest) > 1 and rng.random() < 0.6:
            inserts.append((1 + rng.randrange(len(rest) - 1), note("broadcast", _pick(BROADCAST_MID, rng)(p))))
    if copy and rest and rng.random() < 0.07:  # a live blog: a time stamp before each later paragraph
        stamp = rng.randrange(len(LIVE_STAMPS))
        for n in range(len(rest)):
            inserts.append((n, note("live", LIVE_STAMPS[stamp](p, len(rest) - n))))
    furniture = rng.choice((0, 1, 1, 2, 2, 3)) if copy else rng.choice((0, 0, 0, 1)) if view in PORTAL_VIEWS else 0
    for _ in range(furniture if rest else 0):
        family = rng.choice(("caption", "caption", "gallery", "graphic", "video", "inline", "inline"))
        pool = {"caption": CAPTIONS_AT, "gallery": GALLERIES, "graphic": GRAPHIC_CREDITS, "video": VIDEO_CREDITS, "inline": INLINES}[family]
        shape = _pick(pool, rng)
        inserts.append((rng.randrange(len(rest)), note(family, shape(p, others(1)) if family == "inline" else shape(p))))
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        sentence = _pick(LOOKALIKES, rng)
        if sentence in page.lookalikes:
            continue
        page.lookalikes.append(sentence)
        where = rng.random()
        if rest and where < 0.35:
            inserts.append((rng.randrange(len(rest) + 1), sentence))
        elif rest and where < 0.45:
            rest[-1] = f"{rest[-1]} {sentence}"  # inside the last paragraph, right before the tail
        else:
            rest.append(sentence)
    for index, text in sorted(inserts, key=lambda item: -item[0]):
        rest.insert(index, text)
    if view in ("rss", "clip") and rng.random() < 0.3:  # a feed's description or a clipping: one paragraph
        joined = " ".join([page.lines.pop()] + rest)
        rest = [joined]
    for paragraph in rest:
        add(paragraph)

    # --- tail ---
    if column:
        add(note("column", _pick(COLUMN_TAILS[writer], rng)(p)))
    elif view not in ("reader", "print") and rng.random() < (0.95 if release else 0.7):
        pool = _tail_pool(p.kind)
        add(note("byline_tail", pool[_usual(house.tail_byline, len(pool), rng)](p)))
    if copy:
        if rng.random() < 0.1:
            add(note("correction", _pick(CORRECTIONS, rng)(p)))
        if rng.random() < 0.06:
            add(note("series", _pick(SERIES_TAILS, rng)(p)))
        if rng.random() < (0.3 if p.kind == "regional" else 0.08):
            add(note("notice", _pick(NOTICES, rng)(p)))
        if house.hashtags is not None and rng.random() < 0.8:
            add(note("hashtag", HASHTAGS[house.hashtags](p)))
        if house.counters is not None and rng.random() < 0.7:
            add(note("counters", COUNTERS[house.counters](p)))
    if view not in ("naver_m", "zum", "msn") and (copy or rng.random() < 0.6):
        shape = HOUSE_COPYRIGHTS.get(p.outlet) or GENERIC_COPYRIGHTS[house.copyright]
        add(note("copyright", shape(p)))
    if copy:
        if house.ai_notice is not None and rng.random() < 0.7:
            add(note("ai_notice", AI_NOTICES[house.ai_notice](p)))
        if not column and not release and rng.random() < 0.15:
            add(note("profile", _pick(PROFILES, rng)(p)))
        extras = rng.sample(("promo", "promo", "contact", "paywall"), rng.choice((0, 1, 1, 2)))
        for family in dict.fromkeys(extras):
            pool = {"promo": PROMOS, "contact": CONTACTS, "paywall": PAYWALLS}[family]
            add(note(family, _pick(pool, rng)(p)))
        if house.comments is not None and rng.random() < 0.75:
            add(note("comments", COMMENTS[house.comments](p)))
        if house.related is not None and rng.random() < 0.75:
            add(note("related", RELATED[_usual(house.related, len(RELATED), rng)](p, others(3))))
        if house.footer is not None and rng.random() < 0.8:
            add(note("footer", FOOTERS[house.footer](p)))
    elif view in PORTAL_TAILS:
        add(note("portal_tail", PORTAL_TAILS[view](p, others(3))))
    elif view == "rss" and rng.random() < 0.8:
        add(note("rss", _pick(RSS_TAILS, rng)(p)))
    elif view == "clip" and rng.random() < 0.8:
        for shape in rng.sample(CLIP_TAILS, rng.choice((1, 2))):
            add(note("clip", shape(p)))
    elif view == "share":
        for shape in rng.sample(SHARE_TAILS, rng.choice((1, 2))):
            add(note("share", shape(p)))
    elif view == "reader":
        add(note("reader", _pick(READER_TAILS, rng)(p)))
    elif view == "print":
        add(note("print", _pick(PRINT_TAILS, rng)(p)))
    if copy and rng.random() < 0.25:  # copied pages carry stray blank and non-breaking lines
        at = rng.randrange(1, len(page.lines) + 1)
        page.lines.insert(at, rng.choice(("", "\u00a0", " ")))
    return page
