"""The `hold6` shape set of `sinmun.eval_debris`: a sixth never-tuned set, written from how Korean news
pages of REAL outlets look when they are saved, forwarded or archived, without reading the cleaning code,
its resources or its tests, and committed before the cleaner's results on it were read.

Outlets (their real names and domains) are none of ../shared/scrapes, the seeds or the sets dev..hold5:
twelve kinds (national dailies, economic and financial papers, broadcasters, regional papers, internet-only
outlets, specialist trade press, news agencies, Korean services of foreign media, weekly and monthly
magazines, sports and entertainment papers, religious papers, government news services). Each has a house
layout fixed by its name. Ten views, none of hold4's or hold5's:
- `amp`: the AMP page as a search engine's cache serves it;
- `app`: the outlet's app (article screen, next-article links, push-alert prompts, the app's share text);
- `atom`: a raw Atom or RSS 2.0 entry saved as text (XML tags, CDATA, HTML paragraph tags, entities);
- `newsletter`: the outlet's e-mail newsletter as a mail client shows it (sender, subject, greeting,
  unsubscribe footer);
- `pdf`: the page printed to PDF and read back (the browser's date/title header and URL/page-number footer
  at every page break, which falls between sentences of one paragraph);
- `epaper`: the print edition's text (page and edition lines, `(→3면에 계속)` jumps, photo explanations);
- `archive`: a web-archive capture (Wayback Machine, archive.today, 국립중앙도서관 OASIS) over the old page;
- `search`: portal or search-engine result cards (other outlets' titles, times, snippets) glued before the
  article and related searches after it;
- `talk`: a portal's article view followed by its comment section (comments, reply counts, commenter
  statistics);
- `live`: a live blog (time stamps in many forms before each paragraph, pinned posts, end notices).
Headlines stand on their own line, behind a section label, in a page-title form, or run into the first line
with or without a space; bylines in every form (`홍길동 기자`, `글·사진 홍길동 기자`, `[워싱턴=홍길동
특파원]`, `홍길동 선임기자 email`, 주재기자, 통신원, 대기자, 수습기자, two names); numbered photo galleries,
bilingual (English) tails, paywall notices, correction notices and related-article lists. Look-alike prose
(sentences with 사진, 기자, 특파원, 구독, 댓글, 앱, 뉴스레터, 정정, 번역, 영문, 생중계, 업데이트, 지면, PDF, 아카이브,
an e-mail or a phone number in them) is put among the paragraphs and must stay.

Gold follows ../shared/gold/scrapes.gold.json as hold4 and hold5 do: reporters are the byline's names (with
선임·전문·수습·인턴기자, 대기자, 주재기자, 통신원, 특파원, 논설위원 and desk heads signing); photographers, video
and graphic editors, anchors, outside writers, publishers, press officers, newsletter editors who only greet,
commenters and people in the prose are not; a government news service's release names no reporter. Outlet
and domain names are real (the layouts are written from memory, not copied); people, captions, comments,
numbers and wordings are invented and no article text is in this file. Never tune cleaning on this set:
measure it, report it.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from dataclasses import dataclass

from sinmun.eval_debris_hold5 import WEEKDAYS, Page, _pick, _usual, ampm, josa, rfc822  # the pages are built alike

KINDS = ("daily", "economy", "broadcast", "regional", "internet", "trade", "agency", "foreign", "weekly", "sports",
         "religious", "policy")
VIEWS = ("amp", "app", "atom", "newsletter", "pdf", "epaper", "archive", "search", "talk", "live")
VIEW_WEIGHTS = (13, 11, 9, 9, 10, 8, 8, 11, 13, 8)
PAPER_KINDS = ("daily", "economy", "regional", "trade", "weekly", "sports", "religious")  # have a print edition

# (name, e-mail domain, kind): real outlets, none named in ../shared/scrapes, the seeds or the sets dev..hold5
OUTLETS = [
    ("천지일보", "newscj.com", "daily"), ("스카이데일리", "skyedaily.com", "daily"), ("일간투데이", "dtoday.co.kr", "daily"),
    ("시민일보", "siminilbo.co.kr", "daily"), ("아시아타임즈", "asiatime.co.kr", "daily"),
    ("대한경제", "dnews.co.kr", "economy"), ("더벨", "thebell.co.kr", "economy"), ("딜사이트", "dealsite.co.kr", "economy"),
    ("뉴스투데이", "news2day.co.kr", "economy"), ("조세일보", "joseilbo.com", "economy"), ("팍스넷뉴스", "paxnetnews.com", "economy"),
    ("한스경제", "hansbiz.co.kr", "economy"), ("더구루", "theguru.co.kr", "economy"), ("녹색경제신문", "greened.kr", "economy"),
    ("서울와이어", "seoulwire.com", "economy"), ("컨슈머타임스", "cstimes.com", "economy"),
    ("인포스탁데일리", "infostockdaily.co.kr", "economy"),
    ("TBS", "tbs.seoul.kr", "broadcast"), ("한국경제TV", "wowtv.co.kr", "broadcast"), ("CJB청주방송", "cjb.co.kr", "broadcast"),
    ("UBC울산방송", "ubc.co.kr", "broadcast"), ("JTV전주방송", "jtv.co.kr", "broadcast"), ("TBC대구방송", "tbc.co.kr", "broadcast"),
    ("KCTV제주방송", "kctvjeju.com", "broadcast"), ("국회방송", "natv.go.kr", "broadcast"),
    ("대구일보", "idaegu.com", "regional"), ("경북매일", "kbmaeil.com", "regional"), ("울산매일", "iusm.co.kr", "regional"),
    ("충북일보", "inews365.com", "regional"), ("충청일보", "ccdailynews.com", "regional"), ("중부매일", "jbnews.com", "regional"),
    ("동양일보", "dynews.co.kr", "regional"), ("전남일보", "jnilbo.com", "regional"), ("광남일보", "gwangnam.co.kr", "regional"),
    ("남도일보", "namdonews.com", "regional"), ("전북도민일보", "domin.co.kr", "regional"), ("제민일보", "jemin.com", "regional"),
    ("기호일보", "kihoilbo.co.kr", "regional"), ("경남일보", "gnnews.co.kr", "regional"), ("금강일보", "ggilbo.com", "regional"),
    ("브레이크뉴스", "breaknews.com", "internet"), ("데일리한국", "daily.hankooki.com", "internet"),
    ("뉴스앤조이", "newsnjoy.or.kr", "internet"), ("뉴스펭귄", "newspenguin.com", "internet"),
    ("허프포스트코리아", "huffingtonpost.kr", "internet"), ("비마이너", "beminor.com", "internet"), ("일다", "ildaro.com", "internet"),
    ("민들레", "mindlenews.com", "internet"), ("뉴스버스", "newsverse.kr", "internet"), ("스트레이트뉴스", "straightnews.co.kr", "internet"),
    ("의학신문", "bosa.co.kr", "trade"), ("메디칼타임즈", "medicaltimes.com", "trade"), ("히트뉴스", "hitnews.co.kr", "trade"),
    ("약사공론", "kpanews.co.kr", "trade"), ("교수신문", "kyosu.net", "trade"), ("한국교육신문", "hangyo.com", "trade"),
    ("베리타스알파", "veritas-a.com", "trade"), ("대한전문건설신문", "koscaj.com", "trade"), ("물류신문", "klnews.co.kr", "trade"),
    ("식품저널", "foodnews.co.kr", "trade"), ("환경일보", "hkbs.co.kr", "trade"), ("가스신문", "gasnews.com", "trade"),
    ("인벤", "inven.co.kr", "trade"), ("로봇신문", "irobotnews.com", "trade"), ("리걸타임즈", "legaltimes.co.kr", "trade"),
    ("연합인포맥스", "yna.co.kr", "agency"), ("아시아뉴스통신", "anewsa.com", "agency"), ("신화망", "kr.news.cn", "agency"),
    ("스푸트니크", "kr.sputniknews.com", "agency"),
    ("BBC 코리아", "bbc.com", "foreign"), ("VOA", "voakorea.com", "foreign"), ("RFA 자유아시아방송", "rfa.org", "foreign"),
    ("인민망", "kr.people.com.cn", "foreign"), ("NHK WORLD", "nhk.or.jp", "foreign"),
    ("주간조선", "weekly.chosun.com", "weekly"), ("신동아", "shindonga.donga.com", "weekly"), ("월간조선", "monthly.chosun.com", "weekly"),
    ("주간경향", "weekly.khan.co.kr", "weekly"), ("한경비즈니스", "magazine.hankyung.com", "weekly"),
    ("포브스코리아", "jmagazine.joins.com", "weekly"), ("월간중앙", "jmagazine.joins.com", "weekly"),
    ("스포츠조선", "sportschosun.com", "sports"), ("스포츠동아", "sports.donga.com", "sports"), ("스포츠월드", "sportsworldi.com", "sports"),
    ("티브이데일리", "tvdaily.co.kr", "sports"), ("스포츠투데이", "stoo.com", "sports"), ("점프볼", "jumpball.co.kr", "sports"),
    ("인터풋볼", "interfootball.co.kr", "sports"), ("MHN스포츠", "mhnse.com", "sports"), ("스포츠경향", "sports.khan.co.kr", "sports"),
    ("불교신문", "ibulgyo.com", "religious"), ("법보신문", "beopbo.com", "religious"), ("가톨릭신문", "catholictimes.org", "religious"),
    ("가톨릭평화신문", "cpbc.co.kr", "religious"), ("기독일보", "christiandaily.co.kr", "religious"),
    ("크리스천투데이", "christiantoday.co.kr", "religious"), ("현대불교", "hyunbulnews.com", "religious"),
    ("대한민국 정책브리핑", "korea.kr", "policy"), ("내 손안에 서울", "mediahub.seoul.go.kr", "policy"),
    ("경기도뉴스포털", "gnews.gg.go.kr", "policy"),
]
# where a site's pages live when its reporters' e-mails use another domain
URL_HOSTS = {"연합인포맥스": "news.einfomax.co.kr"}
# other outlets a search result card or a photo credit names: never the page's outlet
CARD_OUTLETS = ["국민일보", "연합뉴스", "뉴시스", "KBS", "한국경제", "뉴스1", "머니투데이", "이데일리"]
AGENCIES = ["AP", "AFP", "로이터", "EPA", "신화", "교도", "타스", "UPI", "dpa", "안사"]
SURNAMES = [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "chung"), ("강", "kang"), ("조", "cho"),
            ("윤", "youn"), ("장", "chang"), ("임", "yim"), ("한", "hahn"), ("오", "oh"), ("서", "seo"), ("신", "shin"),
            ("권", "kweon"), ("황", "hwang"), ("안", "ahn"), ("송", "song"), ("유", "yu"), ("홍", "hong"), ("전", "jun"),
            ("고", "koh"), ("문", "mun"), ("양", "yang"), ("손", "sohn"), ("배", "bae"), ("백", "paik"), ("남", "nam"),
            ("심", "shim"), ("노", "roh"), ("도", "doh"), ("석", "seok"), ("마", "ma"), ("표", "pyo"), ("사공", "sagong"),
            ("남궁", "namkoong")]
GIVEN = [("하람", "haram"), ("정우", "jungwoo"), ("수민", "soomin"), ("태현", "taehyun"), ("지원", "jiwon"), ("용준", "yongjun"),
         ("소연", "soyeon"), ("병철", "byungchul"), ("예슬", "yeseul"), ("동희", "donghee"), ("민아", "mina"), ("상욱", "sangwook"),
         ("가영", "gayoung"), ("현석", "hyunseok"), ("누리", "nuri"), ("재민", "jaemin"), ("선희", "sunhee"), ("익준", "ikjun"),
         ("보라", "bora"), ("진우", "jinwoo"), ("한솔", "hansol"), ("명진", "myungjin"), ("은서", "eunseo"), ("덕수", "deoksu"),
         ("설", "seol"), ("훈", "hoon"), ("채린", "chaerin"), ("도경", "dokyung"), ("미래", "mirae"), ("규현", "gyuhyun")]
NICKS = ["바람소리", "dlwj****", "새벽별", "pkm7****", "출근길직장인", "동네아저씨", "yy12****", "꽃피는봄", "세상구경"]
COMMENTS = [
    "이런 기사 더 많이 써주세요", "결국 세금으로 메우겠지", "현장 분들 고생 많으십니다", "작년에도 똑같은 얘기 들은 것 같은데",
    "후속 보도 기다립니다", "제목이랑 내용이 좀 다르네요", "우리 동네 얘기네 ㅎㅎ", "말만 하지 말고 제대로 좀 하자",
    "기사 잘 읽었습니다 감사합니다", "이게 왜 이제야 나오나",
]
PLACES = ["서울", "세종", "인천", "수원", "고양", "춘천", "강릉", "청주", "충주", "천안", "대전", "공주", "전주", "익산", "광주",
          "순천", "여수", "대구", "안동", "경주", "포항", "울산", "창원", "김해", "부산", "제주"]
PLACES_EN = {"서울": "Seoul", "세종": "Sejong", "인천": "Incheon", "수원": "Suwon", "고양": "Goyang", "춘천": "Chuncheon",
             "강릉": "Gangneung", "청주": "Cheongju", "충주": "Chungju", "천안": "Cheonan", "대전": "Daejeon", "공주": "Gongju",
             "전주": "Jeonju", "익산": "Iksan", "광주": "Gwangju", "순천": "Suncheon", "여수": "Yeosu", "대구": "Daegu",
             "안동": "Andong", "경주": "Gyeongju", "포항": "Pohang", "울산": "Ulsan", "창원": "Changwon", "김해": "Gimhae",
             "부산": "Busan", "제주": "Jeju"}
ABROAD = ["워싱턴", "뉴욕", "도쿄", "베이징", "상하이", "런던", "파리", "브뤼셀", "제네바", "모스크바", "하노이", "시드니", "LA"]
DESKS = ["정치부", "경제부", "사회부", "산업부", "국제부", "문화부", "지역취재부", "증권부", "정책팀", "기획취재팀", "체육부", "온라인뉴스팀"]
SECTIONS = [("정치", "Politics"), ("경제", "Economy"), ("사회", "Society"), ("국제", "World"), ("문화", "Culture"),
            ("산업", "Industry"), ("지역", "Region"), ("교육", "Education"), ("스포츠", "Sports"), ("연예", "Entertainment")]
KEYWORDS = {"정치": ["국정감사", "총선", "개헌", "원내대표"], "경제": ["기준금리", "수출", "부동산", "소비자물가"],
            "사회": ["중대재해", "저출생", "폭염", "전세사기"], "국제": ["관세", "정상회담", "휴전", "유가"],
            "문화": ["박물관", "웹툰", "비엔날레", "국가유산"], "산업": ["배터리", "조선", "로봇", "원전"],
            "지역": ["도의회", "지방소멸", "특례시", "광역교통"], "교육": ["수능", "의대 정원", "늘봄학교", "교권"],
            "스포츠": ["프로야구", "K리그1", "아시안게임", "챔피언스리그"], "연예": ["OTT", "아이돌", "예능", "영화제"]}
EN_TOPICS = {"정치": "lawmakers clash over budget bill", "경제": "exports rebound for third month", "사회": "city expands late-night bus service",
             "국제": "summit ends with joint statement", "문화": "museum reopens after renovation", "산업": "shipbuilders win new orders",
             "지역": "province unveils regional growth plan", "교육": "schools brace for new admission rules",
             "스포츠": "home team clinches playoff spot", "연예": "drama tops streaming chart"}
MINISTRIES = [("행정안전부", "안전정책과"), ("국토교통부", "도시정책과"), ("보건복지부", "노인정책과"), ("환경부", "기후적응과"),
              ("교육부", "학생건강정책과"), ("고용노동부", "고용정책총괄과"), ("서울시", "도시계획과"), ("경기도", "일자리정책과")]
NEWSLETTERS = ["모닝브리핑", "이브닝레터", "위클리픽", "오늘의 한 줄", "마켓 레터", "주말 큐레이션"]
CAPTIONS = [
    "시민들이 새로 개통한 보행교를 건너고 있다", "방문객들이 전시장에서 작품을 살펴보고 있다", "모내기를 마친 논 위로 백로가 날고 있다",
    "구조대원들이 침수된 지하차도에서 수색 작업을 벌이고 있다", "학부모들이 입학설명회에 참석해 자료를 보고 있다",
    "작업자들이 부두에서 수출용 차량을 선적하고 있다", "신자들이 성당 앞마당에서 촛불을 들고 있다",
    "선수들이 경기 뒤 관중석을 향해 인사하고 있다", "상인들이 전통시장 입구에서 할인 행사를 알리고 있다",
    "의료진이 선별진료소에서 검사를 준비하고 있다", "스님들이 법당에서 예불을 올리고 있다", "관계자들이 공사 현장을 점검하고 있다",
]
SUBHEADS = [
    "내년 예산에 반영 추진", "\"현장과 동떨어진 대책\" 비판도", "지원 대상 2만 명으로 확대", "관계 기관 합동 점검 착수",
    "업계 \"속도 조절 필요\"", "주민 의견 수렴 뒤 최종안", "첫 사례 나오기까지 3년", "하반기 시범 운영",
    "국회 통과 여부 관심", "전국 확대는 미지수", "관련 민원 1년 새 40% 늘어", "\"제도 개선 서둘러야\"",
]
# sentences that look like debris (사진, 기자, 특파원, 구독, 댓글, 앱, 뉴스레터, 정정, 번역, 영문, 생중계, 업데이트,
# 지면, PDF, 아카이브, 검색, an e-mail, a phone number) but are prose: they must stay in the body
LOOKALIKES = [
    "취재진이 도착했을 때 현장에는 이미 경찰 통제선이 쳐져 있었다.",
    "사고 장면을 찍은 사진 여러 장이 온라인 커뮤니티에 퍼졌다.",
    "그는 지난해 펴낸 사진집으로 올해의 작가상을 받았다.",
    "회사 측은 앱 이용자가 석 달 새 두 배로 늘었다고 설명했다.",
    "시는 매달 발행하는 뉴스레터에 주민 제안을 소개하고 있다.",
    "유료 구독 모델을 도입한 지역 언론사는 아직 손에 꼽힌다.",
    "구단은 경기 영상을 공식 채널에서 생중계하기로 했다.",
    "해당 게시물에는 하루 만에 댓글 3000여 개가 달렸다.",
    "신문은 다음 날 1면에 정정 보도를 실었다.",
    "위원회는 보도 내용 가운데 일부가 사실과 다르다며 바로잡아 달라고 요청했다.",
    "학생들은 영문 보고서와 한글 요약본을 함께 냈다.",
    "이 책은 지금까지 12개 언어로 번역됐다.",
    "국가기록원은 1950년대 신문 지면을 디지털 아카이브로 공개했다.",
    "공모 요강은 PDF 파일로 내려받을 수 있다.",
    "도서관은 큰 글씨로 인쇄한 안내문을 어르신들에게 나눠 주고 있다.",
    "검색어 순위를 조작했다는 의혹에 대한 수사도 이어지고 있다.",
    "참가 신청은 이메일(apply@hanbit-forum.or.kr)로 이달 말까지 받는다.",
    "상담은 평일 오전 9시부터 오후 6시까지 전화(1588-0000)로 받는다.",
    "카카오톡으로 받은 링크를 누르자 악성 앱이 설치됐다.",
    "특파원 시절 그는 중동 분쟁 지역을 여러 차례 취재했다.",
    "기자 출신인 그는 현재 대학에서 미디어 윤리를 가르치고 있다.",
    "저작권 분쟁은 결국 법원의 조정으로 마무리됐다.",
    "무단 복제된 교재를 판매한 업자가 적발됐다.",
    "경찰은 실시간 영상을 분석해 용의자의 이동 경로를 파악했다.",
    "관람객들은 갤러리 2층에서 작가의 초기작을 볼 수 있다.",
    "업데이트 이후 일부 기기에서 오류가 났다는 신고가 잇따랐다.",
    "라이브 커머스 매출은 1년 새 40% 늘었다.",
    "기사 댓글 서비스를 아예 없앤 포털도 있다.",
    "그는 인터뷰 전문을 개인 블로그에 공개했다.",
    "지면 광고 매출이 줄면서 신문사들은 디지털 전환을 서두르고 있다.",
    "그는 \"한 달에 만 원이면 구독할 만하다\"고 말했다.",
    "연구팀의 논문은 국제 학술지 온라인판에 먼저 실렸다.",
    "이날 회의는 의회 유튜브 채널로 생중계됐다.",
    "제보를 받은 시민단체가 현장 조사에 나섰다.",
    "방송사 카메라 기자 두 명이 현장에서 다쳤다.",
    "그의 영문 이름은 여권에 잘못 적혀 있었다.",
    "앱을 내려받은 사람은 출시 한 달 만에 50만 명을 넘었다.",
    "자세한 통계는 통계청 누리집에서 내려받을 수 있다.",
    "다음 회의는 오는 20일 오후 2시에 열린다.",
    "수신 거부 의사를 밝혔는데도 광고 문자가 계속 왔다는 민원이 많았다.",
]


@dataclass
class Persona6:
    """The outlet, the people and the moment one article is dressed with."""

    outlet: str
    domain: str
    kind: str
    reporter: str
    reporter2: str
    photographer: str    # photo credits: no reporter
    editor: str          # video, graphic and newsletter editors: no reporter
    anchor: str          # a broadcast's anchor: no reporter
    interviewee: str
    columnist: str       # an outside writer: no reporter
    officer: str         # a government release's contact: no reporter
    publisher: str       # a footer's 발행인: no reporter
    email: str
    email2: str
    place: str
    place2: str
    abroad: str
    desk: str
    section: tuple[str, str]
    when: dt.datetime
    count: int
    ministry: tuple[str, str]
    newsletter: str

    @classmethod
    def draw(cls, rng: random.Random, outlet: tuple[str, str, str]) -> Persona6:
        people: list[tuple[str, str, str]] = []
        while len(people) < 9:
            (s, sr), (g, gr) = rng.choice(SURNAMES), rng.choice(GIVEN)
            if s + g not in [n for n, _, _ in people]:
                people.append((s + g, sr, gr))
        name, domain, kind = outlet
        host = {"bbc.com": "bbc.co.uk", "voakorea.com": "voanews.com"}.get(domain, domain.removeprefix("weekly.")
                                                                            .removeprefix("monthly.").removeprefix("sports."))

        def mail(sr: str, gr: str) -> str:
            user = rng.choice((gr, f"{sr}{gr}", f"{gr}.{sr}", f"{sr}.{gr}", f"{gr}{rng.randrange(10, 99)}", f"{sr[0]}{gr}", f"{sr}{gr[0]}"))
            return f"{user}@{host if rng.random() < 0.85 else rng.choice(('naver.com', 'gmail.com', 'daum.net', 'kakao.com'))}"

        if kind == "sports":
            section = rng.choice(SECTIONS[-2:])
        elif kind == "trade":
            section = rng.choice((SECTIONS[1], SECTIONS[5], SECTIONS[7], SECTIONS[2]))
        else:
            section = rng.choice(SECTIONS[:-2])
        places = rng.sample(PLACES, 2)
        when = dt.datetime(rng.randrange(2019, 2027), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(5, 24), rng.randrange(60))
        names = [n for n, _, _ in people]
        return cls(name, domain, kind, *names, mail(people[0][1], people[0][2]), mail(people[1][1], people[1][2]),
                   places[0], places[1], rng.choice(ABROAD), rng.choice(DESKS), section, when, rng.randrange(0, 9000),
                   rng.choice(MINISTRIES), rng.choice(NEWSLETTERS))

    @property
    def later(self) -> dt.datetime:
        return self.when + dt.timedelta(minutes=7 + self.count % 500)

    @property
    def code(self) -> int:
        return zlib.crc32(self.outlet.encode())

    @property
    def handle(self) -> str:
        return self.domain.split(".")[-2] if self.domain.count(".") > 1 and len(self.domain.split(".")[-2]) > 2 else self.domain.split(".")[0]

    @property
    def article_id(self) -> int:
        return 200000 + (self.code + self.count * 104729) % 800000

    @property
    def url(self) -> str:
        host, pattern = URL_HOSTS.get(self.outlet, self.domain), self.code % 4
        if pattern == 0:
            return f"https://www.{host}/news/articleView.html?idxno={self.article_id}"
        if pattern == 1:
            return f"https://{host}/article/{self.when:%Y%m%d}{self.article_id}"
        if pattern == 2:
            return f"https://www.{host}/news/{self.section[1].lower()}/{self.article_id}.html"
        return f"https://m.{host}/view.php?no={self.article_id}"

    @property
    def tel(self) -> str:
        area = ("02", "031", "043", "053", "062", "063", "064", "051")[self.code % 8] if self.kind == "regional" else "02"
        return f"{area}-{300 + self.code % 600}-{1000 + (self.code // 7) % 8999}"

    @property
    def page_no(self) -> int:
        return 2 + (self.count + self.code) % 26

    @property
    def keywords(self) -> list[str]:
        return KEYWORDS[self.section[0]]

    @property
    def en_title(self) -> str:
        return f"{PLACES_EN[self.place]} {EN_TOPICS[self.section[0]]}"


def _cap(p: Persona6, n: int = 0) -> str:
    return CAPTIONS[(zlib.crc32(p.photographer.encode()) + n) % len(CAPTIONS)]


def _agency(p: Persona6) -> str:
    return AGENCIES[zlib.crc32(p.editor.encode()) % len(AGENCIES)]


def _card(p: Persona6, n: int = 0) -> str:
    return CARD_OUTLETS[(p.count + n) % len(CARD_OUTLETS)]


def _yy(t: dt.datetime) -> str:
    """A Korean browser's print header date: `24. 3. 5. 오후 2:31`."""
    return f"{t:%y}. {t.month}. {t.day}. {ampm(t)}"


def _iso(t: dt.datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}+09:00"


# Every shape returns (text, debris strings that must be gone, the names it shows as the article's reporters).
# A text starting with "+" is glued to the line before it; "\n" separates lines.
Shaped = tuple[str, list[str], list[str]]
# fmt: off

# --- the head: section labels, sub-headline forms, byline cards, tool rows (house shapes) ---
LABELS = [  # a section label on the headline's line, or just above it
    lambda p, h: (f"[{p.section[0]}] {h}", [f"[{p.section[0]}]"]),
    lambda p, h: (f"{p.section[0]} > {p.section[0]}일반\n{h}", [f"{p.section[0]} > {p.section[0]}일반"]),
    lambda p, h: (f"{p.section[1].upper()}\n{h}", [p.section[1].upper()]),
    lambda p, h: (f"〔{p.section[0]}〕{h}", [f"〔{p.section[0]}〕"]),
    lambda p, h: (f"{p.section[0]} | {h}", [f"{p.section[0]} |"]),
]
PAGE_TITLES = [  # the page title, as a tab or a saved page names it
    lambda p, h: (f"{h} - {p.outlet}", [f"- {p.outlet}"]),
    lambda p, h: (f"{h} | {p.outlet}", [f"| {p.outlet}"]),
    lambda p, h: (f"{p.outlet} :: {h}", [f"{p.outlet} ::"]),
    lambda p, h: (f"{h} < {p.section[0]} < 기사본문 - {p.outlet}", [f"< {p.section[0]} < 기사본문"]),
]
SUB_FORMS = [
    lambda subs: "\n".join(subs),
    lambda subs: "\n".join(f"- {s}" for s in subs),
    lambda subs: "\n".join(f"▶{s}" for s in subs),
    lambda subs: "\n".join(f"○ {s}" for s in subs),
    lambda subs: "\n".join(f"— {s}" for s in subs),
    lambda subs: " … ".join(subs),
]
BYLINE_CARDS = [
    lambda p: (f"{p.reporter} 기자  |  입력 {p.when:%Y.%m.%d %H:%M}  |  수정 {p.later:%Y.%m.%d %H:%M}",
               [f"{p.reporter} 기자 |", f"입력 {p.when:%Y.%m.%d %H:%M}", f"수정 {p.later:%Y.%m.%d %H:%M}"], [p.reporter]),
    lambda p: (f"등록 {p.when:%Y-%m-%d %H:%M:%S}\n{p.reporter} 기자 {p.email}", [f"등록 {p.when:%Y-%m-%d %H:%M:%S}", p.email, f"{p.reporter} 기자"], [p.reporter]),
    lambda p: (f"{p.reporter} 선임기자 {p.email}\n{p.when.year}년 {p.when.month}월 {p.when.day}일 {ampm(p.when)}",
               [f"{p.reporter} 선임기자", p.email, f"{p.when.year}년 {p.when.month}월 {p.when.day}일 {ampm(p.when)}"], [p.reporter]),
    lambda p: (f"By {p.reporter} 기자 · {p.when:%b %d, %Y}", [f"By {p.reporter} 기자", f"{p.when:%b %d, %Y}"], [p.reporter]),
    lambda p: (f"{p.desk} {p.reporter}·{p.reporter2} 기자\n발행 {p.when:%Y.%m.%d} {WEEKDAYS[p.when.weekday()]}",
               [f"{p.desk} {p.reporter}·{p.reporter2} 기자", f"발행 {p.when:%Y.%m.%d}"], [p.reporter, p.reporter2]),
    lambda p: (f"승인 {p.when:%Y.%m.%d %H:%M}  기자명 {p.reporter}  (기사 더보기)", [f"승인 {p.when:%Y.%m.%d %H:%M}", f"기자명 {p.reporter}", "(기사 더보기)"], [p.reporter]),
    lambda p: (f"글·사진 {p.reporter} 기자\n{p.when:%Y/%m/%d %H:%M}", [f"글·사진 {p.reporter} 기자", f"{p.when:%Y/%m/%d %H:%M}"], [p.reporter]),
    lambda p: (f"{p.reporter} 대기자\n게재 {p.when:%Y.%m.%d}", [f"{p.reporter} 대기자", f"게재 {p.when:%Y.%m.%d}"], [p.reporter]),
    lambda p: (f"{p.when:%Y.%m.%d %H:%M} 최초 작성 | {p.later:%Y.%m.%d %H:%M} 최종 수정\n{p.reporter} 기자 구독", [f"{p.when:%Y.%m.%d %H:%M} 최초 작성", "최종 수정", f"{p.reporter} 기자 구독"], [p.reporter]),
]
TOOLS = [
    lambda p: ("🔗 링크복사  📤 공유  🖨 인쇄  가 가", ["링크복사", "📤 공유"], []),
    lambda p: ("音 기사 음성으로 듣기 ▶ 00:00", ["기사 음성으로 듣기"], []),
    lambda p: ("글자크기 설정 ─ 작게 · 보통 · 크게 · 아주 크게", ["글자크기 설정", "아주 크게"], []),
    lambda p: (f"페이스북 X(트위터) 카카오톡 밴드 | 스크랩 {p.count % 13}", ["X(트위터)", "카카오톡 밴드"], []),
    lambda p: ("기사저장  인쇄  메일  오류신고", ["기사저장", "오류신고"], []),
]
# --- photos: single captions, numbered galleries, graphics (before the lead or between paragraphs) ---
CAPTIONS_AT = [
    lambda p: (f"{_cap(p)}. {p.place}=사진 {p.photographer} 기자", [_cap(p), f"{p.place}=사진 {p.photographer} 기자"], []),
    lambda p: (f"{_cap(p)}.(사진=연합뉴스)", [_cap(p), "(사진=연합뉴스)"], []),
    lambda p: (f"<사진> {_cap(p)}", ["<사진>", _cap(p)], []),
    lambda p: (f"■ 사진설명 : {_cap(p)}", ["■ 사진설명 :", _cap(p)], []),
    lambda p: (f"{_cap(p)} [{_agency(p)}=연합뉴스]", [_cap(p), f"[{_agency(p)}=연합뉴스]"], []),
    lambda p: (f"{_cap(p)}. {_agency(p)} 연합뉴스 자료사진", [_cap(p), f"{_agency(p)} 연합뉴스 자료사진"], []),
    lambda p: (f"{_cap(p)}. ⓒ {p.photographer}", [_cap(p), f"ⓒ {p.photographer}"], []),
    lambda p: (f"{_cap(p)}. ©게티이미지뱅크", [_cap(p), "©게티이미지뱅크"], []),
    lambda p: (f"사진 {p.photographer} 기자 / {_cap(p)}", [f"사진 {p.photographer} 기자 /", _cap(p)], []),
    lambda p: (f"{_cap(p)}(사진제공=뉴스1)", [_cap(p), "(사진제공=뉴스1)"], []),
    lambda p: (f"{_cap(p)}. 연합뉴스", [_cap(p)], []),
    lambda p: (f"▷{_cap(p)} 【사진 = {p.outlet} DB】", [_cap(p), f"【사진 = {p.outlet} DB】"], []),
]
GALLERIES = [  # numbered photo captions
    lambda p: (f"사진 1/3 {_cap(p)}\n사진 2/3 {_cap(p, 1)}\n사진 3/3 {_cap(p, 2)}",
               [f"사진 1/3 {_cap(p)}", f"사진 2/3 {_cap(p, 1)}", f"사진 3/3 {_cap(p, 2)}"], []),
    lambda p: (f"[사진 1] {_cap(p)}\n[사진 2] {_cap(p, 1)}", [f"[사진 1] {_cap(p)}", f"[사진 2] {_cap(p, 1)}"], []),
    lambda p: (f"① {_cap(p)} ② {_cap(p, 1)} ③ {_cap(p, 2)}", [f"① {_cap(p)}", f"② {_cap(p, 1)}", f"③ {_cap(p, 2)}"], []),
    lambda p: (f"<사진1> {_cap(p)}\n<사진2> {_cap(p, 1)}\n(사진=독자 제공)", [f"<사진1> {_cap(p)}", f"<사진2> {_cap(p, 1)}", "(사진=독자 제공)"], []),
    lambda p: (f"▲(위부터) {_cap(p)}. ▲{_cap(p, 1)}.", [f"▲(위부터) {_cap(p)}", f"▲{_cap(p, 1)}"], []),
    lambda p: (f"{_cap(p)} (1/4)\n{_cap(p, 3)} (2/4)\n▶ 사진 더보기", [f"{_cap(p)} (1/4)", f"{_cap(p, 3)} (2/4)", "▶ 사진 더보기"], []),
    lambda p: (f"포토뉴스 {3 + p.count % 8}컷\n#1 {_cap(p)}\n#2 {_cap(p, 2)}", [f"포토뉴스 {3 + p.count % 8}컷", f"#1 {_cap(p)}", f"#2 {_cap(p, 2)}"], []),
]
GRAPHICS = [
    lambda p: (f"그래픽={p.editor} 디자이너\n자료: {p.ministry[0]}", [f"그래픽={p.editor} 디자이너", f"자료: {p.ministry[0]}"], []),
    lambda p: (f"[그래픽] {p.section[0]} 주요 지표 추이 (단위: %)", [f"[그래픽] {p.section[0]} 주요 지표 추이"], []),
    lambda p: (f"<표> {p.keywords[0]} 관련 현황\n※자료: 통계청", [f"<표> {p.keywords[0]} 관련 현황", "※자료: 통계청"], []),
]
INLINES = [  # links and ads between paragraphs
    lambda p, t: (f"[관련기사] ▶{t[0]}", ["[관련기사] ▶", t[0]], []),
    lambda p, t: (f"같이 보면 좋은 기사 ＞ {t[0]}", ["같이 보면 좋은 기사 ＞", t[0]], []),
    lambda p, t: ("ADVERTISEMENT", ["ADVERTISEMENT"], []),
    lambda p, t: ("- 광고 -", ["- 광고 -"], []),
    lambda p, t: (f"※ 기사 아래 계속 ※\n{t[0]} [클릭]", ["기사 아래 계속", t[0], "[클릭]"], []),
]
# --- the lead's dateline or byline, by kind: (p, f) -> the first paragraph with it ---
LEADS = {
    "daily": [
        lambda p, f: (f"[{p.outlet}={p.reporter} 기자] {f}", [f"[{p.outlet}={p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"[{p.abroad}={p.reporter} 특파원] {f}", [f"[{p.abroad}={p.reporter} 특파원]"], [p.reporter]),
        lambda p, f: (f"{p.outlet} {p.reporter} 기자 | {f}", [f"{p.outlet} {p.reporter} 기자 |"], [p.reporter]),
        lambda p, f: (f"({p.place}=글·사진 {p.reporter} 기자) {f}", [f"({p.place}=글·사진 {p.reporter} 기자)"], [p.reporter]),
        lambda p, f: (f"{p.reporter} 기자\n{f}", [f"{p.reporter} 기자"], [p.reporter]),
    ],
    "economy": [
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자] {f}", [f"[{p.outlet} {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"{p.reporter} 기자 {p.email}\n{f}", [f"{p.reporter} 기자", p.email], [p.reporter]),
        lambda p, f: (f"[{p.outlet}={p.reporter}·{p.reporter2} 기자] {f}", [f"[{p.outlet}={p.reporter}·{p.reporter2} 기자]"], [p.reporter, p.reporter2]),
        lambda p, f: (f"{p.outlet} | {p.reporter} 선임기자 = {f}", [f"{p.outlet} | {p.reporter} 선임기자 ="], [p.reporter]),
        lambda p, f: (f"[{p.outlet}] {f}", [f"[{p.outlet}]"], []),
        lambda p, f: (f"[{p.outlet} {p.reporter} 수습기자] {f}", [f"[{p.outlet} {p.reporter} 수습기자]"], [p.reporter]),
    ],
    "broadcast": [  # the anchor's lead-in, the reporter's part after a marker in the middle
        lambda p, f: (f"앵커 : {f}", ["앵커 :"], []),
        lambda p, f: (f"■ 앵커 멘트\n{f}", ["■ 앵커 멘트"], []),
        lambda p, f: (f"<앵커 리드>\n{f}", ["<앵커 리드>"], []),
        lambda p, f: (f"◎앵커◎ {f}", ["◎앵커◎"], []),
        lambda p, f: (f"[{p.anchor} 앵커]\n{f}", [f"[{p.anchor} 앵커]"], []),
    ],
    "regional": [
        lambda p, f: (f"【{p.place2}={p.outlet}】 {p.reporter} 기자 = {f}", [f"【{p.place2}={p.outlet}】", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {p.place2}주재 {p.reporter} 기자] {f}", [f"[{p.outlet} {p.place2}주재 {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"{p.place2}/{p.reporter} 기자 {p.email}\n{f}", [f"{p.place2}/{p.reporter} 기자", p.email], [p.reporter]),
        lambda p, f: (f"[{p.place2}] {p.reporter} 기자·{p.reporter2} 수습기자 = {f}", [f"[{p.place2}] {p.reporter} 기자·{p.reporter2} 수습기자 ="], [p.reporter, p.reporter2]),
        lambda p, f: (f"{p.outlet}={p.reporter} 기자 ┃{f}", [f"{p.outlet}={p.reporter} 기자 ┃"], [p.reporter]),
    ],
    "internet": [
        lambda p, f: (f"[{p.outlet} = {p.reporter} 기자] {f}", [f"[{p.outlet} = {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"글 {p.reporter} · 사진 {p.photographer}\n{f}", [f"글 {p.reporter} · 사진 {p.photographer}"], [p.reporter]),
        lambda p, f: (f"{p.reporter} 기자 ({p.email})\n{f}", [f"{p.reporter} 기자", p.email], [p.reporter]),
        lambda p, f: (f"[{p.outlet}] {p.reporter}, {p.reporter2} 기자 = {f}", [f"[{p.outlet}] {p.reporter}, {p.reporter2} 기자 ="], [p.reporter, p.reporter2]),
    ],
    "trade": [
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자] {f}", [f"[{p.outlet} {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"{p.outlet} {p.reporter} 기자 = {f}", [f"{p.outlet} {p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"【{p.outlet}】 {p.reporter} 기자 {f}", [f"【{p.outlet}】 {p.reporter} 기자"], [p.reporter]),
        lambda p, f: (f"{p.reporter} 전문기자 {p.email}\n{f}", [f"{p.reporter} 전문기자", p.email], [p.reporter]),
        lambda p, f: (f"[{p.outlet}/{p.reporter} 기자] {f}", [f"[{p.outlet}/{p.reporter} 기자]"], [p.reporter]),
    ],
    "agency": [
        lambda p, f: (f"({p.place}={p.outlet}) {p.reporter} 기자 = {f}", [f"({p.place}={p.outlet})", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"【{p.abroad}={p.outlet}】 {f}", [f"【{p.abroad}={p.outlet}】"], []),
        lambda p, f: (f"({p.abroad}={p.outlet}) {p.reporter} 통신원 = {f}", [f"({p.abroad}={p.outlet})", f"{p.reporter} 통신원 ="], [p.reporter]),
        lambda p, f: (f"[{p.outlet}={p.place}] {p.reporter} 기자 = {f}", [f"[{p.outlet}={p.place}]", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"{p.abroad}, {p.when.month}월 {p.when.day}일 ({p.outlet}) -- {f}", [f"{p.when.month}월 {p.when.day}일 ({p.outlet}) --"], []),
    ],
    "foreign": [
        lambda p, f: (f"{p.reporter}\n{p.outlet}\n{p.when.year}년 {p.when.month}월 {p.when.day}일\n{f}",
                      [p.reporter, f"{p.when.year}년 {p.when.month}월 {p.when.day}일"], [p.reporter]),
        lambda p, f: (f"{p.abroad}-{p.reporter} {p.email}\n{f}", [f"{p.abroad}-{p.reporter}", p.email], [p.reporter]),
        lambda p, f: (f"{p.reporter} 기자 · {p.abroad}\n{f}", [f"{p.reporter} 기자 · {p.abroad}"], [p.reporter]),
        lambda p, f: (f"[{p.outlet}] {f}", [f"[{p.outlet}]"], []),
    ],
    "weekly": [
        lambda p, f: (f"글·사진 {p.reporter} 기자\n{f}", [f"글·사진 {p.reporter} 기자"], [p.reporter]),
        lambda p, f: (f"{p.reporter} {p.outlet} 기자\n{f}", [f"{p.reporter} {p.outlet} 기자"], [p.reporter]),
        lambda p, f: (f"[{p.outlet} {2700 + p.code % 300}호] {p.reporter} 기자 {p.email}\n{f}", [f"{2700 + p.code % 300}호]", p.email], [p.reporter]),
        lambda p, f: (f"{p.reporter} 편집위원\n{f}", [f"{p.reporter} 편집위원"], [p.reporter]),
    ],
    "sports": [
        lambda p, f: (f"[{p.outlet} {p.reporter} 기자] {f}", [f"[{p.outlet} {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"[{p.outlet}={p.place} {p.reporter} 기자] {f}", [f"[{p.outlet}={p.place} {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"({p.outlet}) {p.reporter} 기자 = {f}", [f"({p.outlet}) {p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"[{p.outlet} | {p.place}, {p.reporter} 기자] {f}", [f"[{p.outlet} | {p.place}, {p.reporter} 기자]"], [p.reporter]),
        lambda p, f: (f"{p.outlet} {p.reporter} 기자 | {f}", [f"{p.outlet} {p.reporter} 기자 |"], [p.reporter]),
    ],
    "religious": [
        lambda p, f: (f"[{p.outlet}] {p.reporter} 기자 = {f}", [f"[{p.outlet}]", f"{p.reporter} 기자 ="], [p.reporter]),
        lambda p, f: (f"글·사진 {p.reporter} 기자 {p.email}\n{f}", [f"글·사진 {p.reporter} 기자", p.email], [p.reporter]),
        lambda p, f: (f"{p.reporter} 기자\n{f}", [f"{p.reporter} 기자"], [p.reporter]),
    ],
    "policy": [  # a government release: the ministry's name, no reporter
        lambda p, f: (f"[{p.ministry[0]}] {f}", [f"[{p.ministry[0]}]"], []),
        lambda p, f: (f"{p.ministry[0]} | {p.when:%Y.%m.%d}\n{f}", [f"{p.ministry[0]} | {p.when:%Y.%m.%d}"], []),
        lambda p, f: (f"{p.outlet}\n{p.ministry[0]} {p.ministry[1]}\n{f}", [f"{p.ministry[0]} {p.ministry[1]}"], []),
    ],
}
BROADCAST_REPORTER = [
    lambda p: (f"[리포트] {p.reporter} 기자", [f"[리포트] {p.reporter} 기자"], [p.reporter]),
    lambda p: ("<기자 멘트>", ["<기자 멘트>"], []),
    lambda p: ("◎리포트◎", ["◎리포트◎"], []),
    lambda p: (f"기자 : {p.reporter}", [f"기자 : {p.reporter}"], [p.reporter]),
    lambda p: ("■ 리포트", ["■ 리포트"], []),
]
BROADCAST_MID = [
    lambda p: (f"<인터뷰> {p.interviewee} / 주민", [f"<인터뷰> {p.interviewee}"], []),
    lambda p: (f"[{p.interviewee} / {p.ministry[0]} 관계자]", [f"[{p.interviewee} / {p.ministry[0]} 관계자]"], []),
    lambda p: ("◎자막◎", ["◎자막◎"], []),
    lambda p: ("<스탠드업>", ["<스탠드업>"], []),
    lambda p: (f"(녹취) {p.interviewee}", [f"(녹취) {p.interviewee}"], []),
]
# --- the tail ---
TAIL_BYLINES = {
    "common": [
        lambda p: (f"{p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"+ /{p.reporter} 기자", [f"/{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"+ {p.email}", [p.email], []),
        lambda p: (f"{p.reporter} 선임기자 {p.email}", [p.email, f"{p.reporter} 선임기자"], [p.reporter]),
        lambda p: (f"({p.reporter} 기자)", [f"({p.reporter} 기자)"], [p.reporter]),
        lambda p: (f"{p.reporter}·{p.reporter2} 기자 {p.email}", [p.email, f"{p.reporter}·{p.reporter2} 기자"], [p.reporter, p.reporter2]),
        lambda p: (f"{p.outlet} {p.desk} {p.reporter} 기자", [f"{p.outlet} {p.desk} {p.reporter} 기자"], [p.reporter]),
        lambda p: (f"+ {p.reporter} 기자 ✉ {p.email}", [p.email, f"{p.reporter} 기자 ✉"], [p.reporter]),
        lambda p: (f"글·사진 {p.reporter} 기자", [f"글·사진 {p.reporter} 기자"], [p.reporter]),
        lambda p: (f"[{p.abroad}={p.reporter} 특파원]", [f"[{p.abroad}={p.reporter} 특파원]"], [p.reporter]),
        lambda p: (f"{p.reporter} 논설위원 {p.email}", [p.email, f"{p.reporter} 논설위원"], [p.reporter]),
        lambda p: (f"{p.reporter} {p.desk}장", [f"{p.reporter} {p.desk}장"], [p.reporter]),
        lambda p: (f"+ ⓒ{p.reporter} 기자", [f"ⓒ{p.reporter} 기자"], [p.reporter]),
    ],
    "broadcast": [
        lambda p: (f"{p.outlet} 뉴스 {p.reporter}입니다.", [f"{p.outlet} 뉴스 {p.reporter}입니다"], [p.reporter]),
        lambda p: (f"{p.outlet} {p.reporter}입니다.\n영상취재: {p.photographer} / 영상편집: {p.editor}",
                   [f"{p.outlet} {p.reporter}입니다", f"영상취재: {p.photographer}", f"영상편집: {p.editor}"], [p.reporter]),
        lambda p: (f"[{p.reporter} 기자 {p.email}]", [f"[{p.reporter} 기자 {p.email}]"], [p.reporter]),
        lambda p: (f"지금까지 {p.outlet} {p.reporter} 기자였습니다.", [f"지금까지 {p.outlet} {p.reporter} 기자였습니다"], [p.reporter]),
        lambda p: (f"(취재 {p.reporter} / 촬영 {p.photographer})", [f"(취재 {p.reporter} / 촬영 {p.photographer})"], [p.reporter]),
    ],
    "agency": [
        lambda p: (f"{p.email}\n(끝)", [p.email, "(끝)"], []),
        lambda p: (f"+ (끝)\n{p.reporter} 기자 {p.email}", ["(끝)", p.email, f"{p.reporter} 기자"], [p.reporter]),
        lambda p: (f"※ 본 기사는 {p.outlet} 단말기에 {p.when:%H시 %M분}에 송고된 기사입니다.", ["단말기에", "송고된 기사입니다"], []),
    ],
    "foreign": [
        lambda p: (f"{p.outlet} 뉴스 {p.reporter}입니다.", [f"{p.outlet} 뉴스 {p.reporter}입니다"], [p.reporter]),
        lambda p: (f"에디터 {p.editor}, 웹팀 {p.photographer}", [f"에디터 {p.editor}", f"웹팀 {p.photographer}"], []),
        lambda p: (f"기자 {p.reporter}, 에디터 {p.editor}", [f"기자 {p.reporter}", f"에디터 {p.editor}"], [p.reporter]),
        lambda p: (f"(번역·감수: {p.editor})", [f"(번역·감수: {p.editor})"], []),
    ],
    "policy": [
        lambda p: (f"문의 : {p.ministry[0]} {p.ministry[1]}({p.tel})", [f"문의 : {p.ministry[0]} {p.ministry[1]}", p.tel], []),
        lambda p: (f"<자료제공 : {p.ministry[0]}>\n담당 : {p.ministry[1]} 사무관 {p.officer}", [f"<자료제공 : {p.ministry[0]}>", f"사무관 {p.officer}"], []),
        lambda p: (f"[담당 부서] {p.ministry[1]} {p.officer} ☎{p.tel}", ["[담당 부서]", f"{p.officer} ☎"], []),
    ],
}
CORRECTIONS = [
    lambda p: (f"[정정] 이 기사는 {p.later.month}월 {p.later.day}일 본문 중 수치를 바로잡았습니다.", ["[정정] 이 기사는", "본문 중 수치를 바로잡았습니다"], []),
    lambda p: ("※ 바로잡습니다: 최초 보도에서 기관 명칭이 잘못 표기돼 수정했습니다.", ["※ 바로잡습니다:", "잘못 표기돼 수정했습니다"], []),
    lambda p: (f"■ 정정보도문\n본지는 {p.when.month}월 {p.when.day}일자 보도에서 일부 사실을 잘못 전했기에 이를 바로잡습니다.",
               ["■ 정정보도문", "일부 사실을 잘못 전했기에 이를 바로잡습니다"], []),
    lambda p: (f"(기사 수정: {p.later:%H:%M}, 제목 수정)", [f"(기사 수정: {p.later:%H:%M}, 제목 수정)"], []),
    lambda p: ("[반론보도] 본지 보도와 관련해 해당 업체는 사실이 아니라고 알려왔습니다.", ["[반론보도]", "사실이 아니라고 알려왔습니다"], []),
]
BILINGUAL = [
    lambda p: (f"[English] {p.en_title}", [f"[English] {p.en_title}"], []),
    lambda p: (f"▶ Read this article in English: {p.en_title}", ["Read this article in English", p.en_title], []),
    lambda p: (f"※ 이 기사는 영문으로도 서비스됩니다.\n{p.en_title} (en.{p.domain})", ["영문으로도 서비스됩니다", p.en_title], []),
    lambda p: (f"This article was translated from Korean by AI and reviewed by editors.\n({p.en_title})",
               ["This article was translated from Korean by AI", p.en_title], []),
    lambda p: (f"영문 기사 보기 | English\n{p.en_title}\nBy {p.reporter}", ["영문 기사 보기 | English", p.en_title, f"By {p.reporter}"], [p.reporter]),
]
GENERIC_COPYRIGHTS = [
    lambda p: (f"© {p.when.year} {p.outlet}. All rights reserved. 이 기사는 저작권법에 따라 보호됩니다.", [f"© {p.when.year} {p.outlet}. All rights reserved", "저작권법에 따라 보호됩니다"], []),
    lambda p: (f"Copyright by {p.domain} All rights reserved.", [f"Copyright by {p.domain}"], []),
    lambda p: (f"본 콘텐츠의 저작권은 {p.outlet}에 있으며, 이를 무단 이용하는 경우 저작권법 등에 따라 법적 책임을 질 수 있습니다.",
               ["본 콘텐츠의 저작권은", "법적 책임을 질 수 있습니다"], []),
    lambda p: (f"<© {p.outlet}, 무단 전재 및 재배포, AI 학습 및 활용 금지>", [f"<© {p.outlet}, 무단 전재"], []),
    lambda p: (f"ⓒ{p.outlet}(www.{p.domain}), 무단전재 및 수집, 재배포금지", [f"ⓒ{p.outlet}(www.{p.domain})"], []),
    lambda p: (f"저작권자 © {p.outlet} 무단전재 및 재배포 금지 | 편집 : {p.editor}", [f"저작권자 © {p.outlet} 무단전재", f"편집 : {p.editor}"], []),
    lambda p: (f"(c) {p.outlet} - 무단 전재 및 재배포 금지", [f"(c) {p.outlet} - 무단"], []),
    lambda p: (f"<저작권자 ⓒ 1990-{p.when.year} {p.outlet}. 무단 전재-재배포 금지.>", [f"<저작권자 ⓒ 1990-{p.when.year}"], []),
    lambda p: (f"+ ⓒ {p.outlet} 무단복제-재배포 금지", [f"ⓒ {p.outlet} 무단복제"], []),
    lambda p: (f"[{p.outlet}] 무단전재·재배포 금지 / 기사 문의 news@{p.domain}", [f"[{p.outlet}] 무단전재·재배포 금지", f"news@{p.domain}"], []),
]
HOUSE_COPYRIGHTS = {  # wordings these outlets' pages use (from memory; others take a generic one by house)
    "연합인포맥스": lambda p: ("[본 기사는 연합인포맥스 금융정보 단말기에서 먼저 서비스된 기사입니다. 무단전재-재배포 금지]",
                             ["금융정보 단말기에서 먼저 서비스된 기사입니다"], []),
    "BBC 코리아": lambda p: (f"© {p.when.year} BBC. BBC는 외부 사이트 내용에 대한 책임이 없습니다.", [f"© {p.when.year} BBC", "외부 사이트 내용에 대한 책임이 없습니다"], []),
    "대한민국 정책브리핑": lambda p: (f"이 자료는 {p.ministry[0]}의 보도자료를 전재하여 제공함을 알려드립니다.\n공공누리 제1유형 : 출처표시",
                                  ["보도자료를 전재하여 제공함을 알려드립니다", "공공누리 제1유형"], []),
    "내 손안에 서울": lambda p: ("공공누리 제1유형 : 출처표시 · 상업적 이용 가능 · 변경 가능", ["공공누리 제1유형", "상업적 이용 가능"], []),
    "더벨": lambda p: ("<저작권자(c) 자본시장 미디어 'thebell', 무단 전재, 재배포 및 AI학습 이용 금지>", ["자본시장 미디어 'thebell'"], []),
    "VOA": lambda p: ("이 기사는 VOA 한국어 방송 뉴스 원고를 바탕으로 작성됐습니다.", ["VOA 한국어 방송 뉴스 원고를 바탕으로"], []),
    "천지일보": lambda p: ("천지일보는 24시간 여러분의 제보를 기다립니다.\nⓒ 천지일보 무단전재 및 재배포 금지", ["24시간 여러분의 제보를 기다립니다", "ⓒ 천지일보 무단전재"], []),
}
CONTACTS = [
    lambda p: (f"▶ 기사 제보 : {p.tel} / news@{p.domain}", ["▶ 기사 제보 :", f"news@{p.domain}"], []),
    lambda p: (f"독자 여러분의 소중한 제보를 기다립니다. 카카오톡 '{p.outlet}' 친구 추가", ["소중한 제보를 기다립니다", "친구 추가"], []),
    lambda p: (f"[취재 요청·보도자료] press@{p.domain}", ["[취재 요청·보도자료]", f"press@{p.domain}"], []),
    lambda p: (f"☎ 구독 문의 {p.tel}", [f"☎ 구독 문의 {p.tel}"], []),
]
PROMOS = [
    lambda p: (f"▶ {p.outlet} 유튜브 채널 구독하기 ◀", [f"▶ {p.outlet} 유튜브 채널 구독하기 ◀"], []),
    lambda p: (f"📱 {p.outlet} 앱 설치하고 속보 알림 받기", ["앱 설치하고 속보 알림 받기"], []),
    lambda p: (f"[{p.newsletter}] 매일 아침 7시, 꼭 필요한 뉴스만 보내드립니다 → 무료 구독", ["매일 아침 7시, 꼭 필요한 뉴스만 보내드립니다", "→ 무료 구독"], []),
    lambda p: (f"네이버 뉴스스탠드에서 {josa(p.outlet, '을', '를')} 만나보세요 [MY뉴스 설정]", ["네이버 뉴스스탠드에서", "[MY뉴스 설정]"], []),
    lambda p: (f"{p.outlet} 창간 {10 + p.code % 50}주년 독자 감사 이벤트 ▷ 참여하기", ["독자 감사 이벤트", "▷ 참여하기"], []),
]
PAYWALLS = [
    lambda p: (f"이 기사는 {p.outlet} 유료 회원 전용입니다.\n남은 기사 {40 + p.count % 50}%를 읽으려면 로그인하거나 구독하세요.",
               ["유료 회원 전용입니다", "를 읽으려면 로그인하거나 구독하세요"], []),
    lambda p: ("로그인 없이 하루 3건까지 무료로 볼 수 있습니다. [구독 상품 보기]", ["하루 3건까지 무료로 볼 수 있습니다", "[구독 상품 보기]"], []),
    lambda p: ("디지털 구독 첫 달 100원 | 언제든 해지 가능", ["디지털 구독 첫 달 100원", "언제든 해지 가능"], []),
    lambda p: ("🔒 프리미엄 콘텐츠 · 구독자 전용\n이미 구독 중이신가요? 로그인", ["프리미엄 콘텐츠 · 구독자 전용", "이미 구독 중이신가요"], []),
    lambda p: (f"{josa(p.outlet, '은', '는')} 독자의 후원으로 만들어집니다. 월 1만원 정기후원 신청하기", ["독자의 후원으로 만들어집니다", "정기후원 신청하기"], []),
]
RELATED = [
    lambda p, t: ("▶ 이 기사와 관련된 기사\n" + "\n".join(t), ["이 기사와 관련된 기사", *t], []),
    lambda p, t: ("더 읽을거리\n" + "\n".join(f"• {x}" for x in t), ["더 읽을거리", *t], []),
    lambda p, t: ("추천 기사 ∨\n" + "\n".join(f"{x} ›" for x in t), ["추천 기사 ∨", *t], []),
    lambda p, t: (f"{p.section[0]} 분야 다른 기사\n" + "\n".join(f"· {x}" for x in t), ["분야 다른 기사", *t], []),
    lambda p, t: ("놓치면 아쉬운 뉴스 " + " / ".join(t), ["놓치면 아쉬운 뉴스", *t], []),
    lambda p, t: (f"{p.reporter} 기자의 최신 기사\n" + "\n".join(t) + "\n기자 페이지 가기 >", ["기자의 최신 기사", *t, "기자 페이지 가기"], [p.reporter]),
    lambda p, t: ("오늘의 핫 클릭\n" + "\n".join(f"{i}위 {x}" for i, x in enumerate(t, 1)), ["오늘의 핫 클릭", *t], []),
]
FOOTERS = [
    lambda p: (f"{p.outlet} | 등록번호 {p.place} 다{p.code % 90000:05d} | 발행인 {p.publisher} | 편집인 {p.publisher} | 청소년보호책임자 {p.editor}",
               [f"등록번호 {p.place} 다{p.code % 90000:05d}", f"발행인 {p.publisher}", f"청소년보호책임자 {p.editor}"], []),
    lambda p: ("회사소개 | 윤리강령 | 개인정보처리방침 | 청소년보호정책 | 고충처리인 | 광고문의", ["윤리강령 | 개인정보처리방침", "고충처리인 | 광고문의"], []),
    lambda p: (f"(우){p.code % 90000 + 10000} {p.place} 중앙대로 {p.code % 400} {p.outlet}빌딩 | 대표전화 {p.tel}",
               [f"(우){p.code % 90000 + 10000}", f"대표전화 {p.tel}"], []),
    lambda p: (f"All contents © {p.domain} · 인터넷신문위원회 자율심의 준수", [f"All contents © {p.domain}", "인터넷신문위원회 자율심의 준수"], []),
]
# --- each view's own furniture ---
AMP_HEADS = [
    lambda p: (f"www.google.com › amp › s › {p.domain} › amp › {p.article_id}", ["www.google.com › amp › s ›"], []),
    lambda p: (f"{p.outlet}\n☰  🔍", ["☰ 🔍"], []),
    lambda p: (f"⚡ AMP\nhttps://{p.domain}/amp/article/{p.article_id}", ["⚡ AMP", f"/amp/article/{p.article_id}"], []),
    lambda p: (f"← {p.outlet} · 공유", [f"← {p.outlet} · 공유"], []),
]
AMP_TAILS = [
    lambda p: ("원문 기사 보기 (PC 화면)\n맨 위로 ▲", ["원문 기사 보기 (PC 화면)", "맨 위로 ▲"], []),
    lambda p: (f"이 페이지는 AMP로 빠르게 제공됩니다. {p.outlet} 홈으로 가기", ["AMP로 빠르게 제공됩니다", "홈으로 가기"], []),
    lambda p: ("전체 메뉴 | 로그인 | PC버전", ["전체 메뉴 | 로그인 | PC버전"], []),
]
APP_HEADS = [
    lambda p, h: (f"◀  {p.section[0]}  ⋮", [f"◀ {p.section[0]} ⋮"], [], False),
    lambda p, h: (f"✕ 닫기   {p.outlet}   ↗ 공유", ["✕ 닫기", "↗ 공유"], [], False),
    lambda p, h: (f"[{p.outlet}] {h}\n{p.outlet} 앱에서 공유한 기사입니다.", [f"[{p.outlet}] {h}", "앱에서 공유한 기사입니다"], [], True),
    lambda p, h: (f"앱으로 보기  |  웹으로 계속 보기\n{p.outlet}", ["앱으로 보기", "웹으로 계속 보기"], [], False),
]
APP_TAILS = [
    lambda p, t: (f"다음 기사 ▶ {t[0]}\n이전 기사 ◀ {t[1]}", ["다음 기사 ▶", t[0], "이전 기사 ◀", t[1]], []),
    lambda p, t: ("🔔 속보 알림 받기 (설정 > 알림)", ["속보 알림 받기 (설정 > 알림)"], []),
    lambda p, t: (f"{p.outlet} 앱에서 공유됨\nhttps://{p.handle}.page.link/{p.article_id % 99991:x}", ["앱에서 공유됨", f".page.link/{p.article_id % 99991:x}"], []),
    lambda p, t: ("앱 설치하고 모든 기사를 광고 없이 보세요  [설치]", ["모든 기사를 광고 없이 보세요", "[설치]"], []),
]
ATOM_HEADS = [  # (p, h) -> the entry's head; its content opens in the last line
    lambda p, h: (f"<entry>\n<title type=\"html\">{h}</title>\n<link rel=\"alternate\" href=\"{p.url}\"/>\n"
                  f"<id>tag:{p.domain},{p.when.year}:{p.article_id}</id>\n<updated>{_iso(p.later)}</updated>\n"
                  f"<author><name>{p.reporter} 기자</name></author>\n<content type=\"html\"><![CDATA[",
                  ["<entry>", "<title type=\"html\">", "<link rel=\"alternate\"", f"<id>tag:{p.domain}", f"<updated>{_iso(p.later)}",
                   f"<author><name>{p.reporter} 기자</name></author>", "<content type=\"html\"><![CDATA["], [p.reporter]),
    lambda p, h: (f"<item>\n<title><![CDATA[{h}]]></title>\n<link>{p.url}</link>\n<dc:creator>{p.reporter}</dc:creator>\n"
                  f"<pubDate>{rfc822(p.when)}</pubDate>\n<description><![CDATA[",
                  ["<item>", "<title><![CDATA[", f"<link>{p.url}</link>", f"<dc:creator>{p.reporter}</dc:creator>", f"<pubDate>{rfc822(p.when)}",
                   "<description><![CDATA["], [p.reporter]),
    lambda p, h: (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>{p.outlet} 전체기사</title>\n"
                  f"<entry>\n<title>{h}</title>\n<published>{_iso(p.when)}</published>\n<summary type=\"html\">",
                  ["<?xml version=", "xmlns=\"http://www.w3.org/2005/Atom\"", f"<title>{p.outlet} 전체기사</title>", f"<published>{_iso(p.when)}",
                   "<summary type=\"html\">"], []),
]
ATOM_TAILS = [  # the closing tags of ATOM_HEADS, in its order
    lambda p: ("]]></content>\n</entry>", ["]]></content>", "</entry>"], []),
    lambda p: (f"]]></description>\n<category>{p.section[0]}</category>\n</item>", ["]]></description>", f"<category>{p.section[0]}</category>", "</item>"], []),
    lambda p: (f"</summary>\n<link rel=\"enclosure\" type=\"image/jpeg\" href=\"https://img.{p.domain}/{p.article_id}.jpg\"/>\n</entry>\n</feed>",
               ["</summary>", "<link rel=\"enclosure\"", "</feed>"], []),
]
NEWSLETTER_HEADS = [
    lambda p, h: (f"보낸사람 : {p.outlet} <newsletter@{p.domain}>\n받는사람 : 구독자님\n"
                  f"날짜 : {p.when.year}년 {p.when.month}월 {p.when.day}일 ({WEEKDAYS[p.when.weekday()]}) 오전 7:00\n제목 : [{p.newsletter}] {h}",
                  ["보낸사람 :", f"newsletter@{p.domain}", "받는사람 : 구독자님", f"({WEEKDAYS[p.when.weekday()]}) 오전 7:00", f"제목 : [{p.newsletter}]"], []),
    lambda p, h: (f"From: {p.outlet} {p.newsletter} <letter@{p.domain}>\nSubject: {h}\nDate: {rfc822(p.when)}",
                  ["From:", f"letter@{p.domain}", "Subject:", f"Date: {rfc822(p.when)}"], []),
    lambda p, h: (f"[{p.newsletter}] {h}\n받은편지함\n{p.outlet} <no-reply@{p.domain}>\n오전 6:30 ({1 + p.count % 9}시간 전)",
                  [f"[{p.newsletter}]", "받은편지함", f"no-reply@{p.domain}", f"({1 + p.count % 9}시간 전)"], []),
]
NEWSLETTER_GREETINGS = [
    lambda p: ("메일이 잘 보이지 않으면 여기를 눌러 웹에서 보세요.", ["메일이 잘 보이지 않으면", "웹에서 보세요"], []),
    lambda p: (f"안녕하세요, {p.newsletter} 구독자 여러분. {p.outlet} {p.desk} {p.reporter} 기자입니다.",
               [f"{p.newsletter} 구독자 여러분", f"{p.outlet} {p.desk} {p.reporter} 기자입니다"], [p.reporter]),
    lambda p: (f"좋은 아침입니다. 오늘의 {p.newsletter}를 전해드립니다. (에디터 {p.editor})", [f"오늘의 {p.newsletter}를 전해드립니다", f"(에디터 {p.editor})"], []),
    lambda p: (f"#{p.count % 300 + 1}호 · 읽는 데 {2 + p.count % 6}분", [f"#{p.count % 300 + 1}호 · 읽는 데"], []),
]
NEWSLETTER_TAILS = [
    lambda p: ("▶ 기사 전문 읽기\n오늘 뉴스레터 어떠셨나요?  👍 좋았어요  👎 아쉬웠어요", ["▶ 기사 전문 읽기", "오늘 뉴스레터 어떠셨나요", "👎 아쉬웠어요"], []),
    lambda p: (f"이 메일은 {p.outlet} 뉴스레터 수신에 동의하신 분께 발송됩니다.\n수신을 원하지 않으시면 [수신거부]를 눌러 주세요. | Unsubscribe",
               ["뉴스레터 수신에 동의하신 분께 발송됩니다", "[수신거부]를 눌러 주세요", "Unsubscribe"], []),
    lambda p: (f"이 메일은 발신 전용입니다. 문의는 help@{p.domain}로 보내 주세요.\n{p.outlet} | {p.place} 중구 세종대로 {p.code % 200} | {p.tel}",
               ["이 메일은 발신 전용입니다", f"help@{p.domain}", f"중구 세종대로 {p.code % 200}"], []),
    lambda p: (f"친구에게 {p.newsletter} 추천하기 →\nnewsletter@{p.domain}을 주소록에 추가하면 스팸함으로 가지 않아요.",
               [f"{p.newsletter} 추천하기", "주소록에 추가하면 스팸함으로 가지 않아요"], []),
]
PRINT_FORMS = [  # (header (p, h), footer (p, n, m)): what a browser prints at the top and the foot of every page
    (lambda p, h: (f"{_yy(p.later)} {h} - {p.outlet}", [_yy(p.later)]),
     lambda p, n, m: (f"{p.url} {n}/{m}", [f"{p.url} {n}/{m}"])),
    (lambda p, h: (f"{p.later:%Y/%m/%d %H:%M} {p.outlet}", [f"{p.later:%Y/%m/%d %H:%M} {p.outlet}"]),
     lambda p, n, m: (f"{n} / {m}", [f"{n} / {m}"])),
    (lambda p, h: (h, []),
     lambda p, n, m: (f"{p.url}  Page {n} of {m}", [f"Page {n} of {m}"])),
]
EPAPER_HEADS = [
    lambda p: (f"{p.outlet}\n{p.when.year}년 {p.when.month}월 {p.when.day}일 {WEEKDAYS[p.when.weekday()]}요일 | 제{9000 + p.code % 900}호\n"
               f"A{p.page_no} {p.section[0]} | 지면보기",
               [f"{p.when.month}월 {p.when.day}일 {WEEKDAYS[p.when.weekday()]}요일 | 제{9000 + p.code % 900}호", f"A{p.page_no} {p.section[0]} | 지면보기"], []),
    lambda p: (f"{p.outlet} {p.when:%Y.%m.%d} {p.page_no}면 {p.section[0]}", [f"{p.when:%Y.%m.%d} {p.page_no}면"], []),
    lambda p: (f"[지면기사] {p.when:%Y-%m-%d} 제{p.page_no}면", [f"[지면기사] {p.when:%Y-%m-%d} 제{p.page_no}면"], []),
]
EPAPER_JUMPS = [  # (p) -> (the line ending the first part, the line opening the rest)
    lambda p: (f"(→{p.page_no + 2}면에 계속)", f"({p.page_no}면에서 계속)"),
    lambda p: (f"▶{p.page_no + 1}면에 계속", f"◀{p.page_no}면서 계속"),
    lambda p: (f"<{p.page_no + 3}면으로 이어짐>", f"<{p.page_no}면에서 이어짐>"),
]
EPAPER_TAILS = [
    lambda p: (f"▶관련기사 {p.page_no + 1}면", [f"▶관련기사 {p.page_no + 1}면"], []),
    lambda p: ("〈지면 PDF 보기〉", ["〈지면 PDF 보기〉"], []),
    lambda p: (f"{p.when.year}-{p.when.month:02d}-{p.when.day:02d} {p.page_no}면 게재", [f"{p.page_no}면 게재"], []),
]
ARCHIVE_HEADS = [
    lambda p: (f"The Wayback Machine - https://web.archive.org/web/{p.when:%Y%m%d%H%M%S}/{p.url}\n{3 + p.count % 40} captures\n"
               f"{p.when.day} {p.when:%b} {p.when.year} - {p.later.day} {p.later:%b} {p.later.year + 1}\nCOLLECTED BY\nAbout this capture",
               ["The Wayback Machine", f"web.archive.org/web/{p.when:%Y%m%d%H%M%S}", f"{3 + p.count % 40} captures", "COLLECTED BY", "About this capture"], []),
    lambda p: (f"archive.today\nwebpage capture\nSaved from {p.url}\n{p.later.day} {p.later:%b} {p.later.year} {p.later:%H:%M:%S} UTC\n"
               f"All snapshots from host www.{p.domain}\nWebpage Screenshot\nshare download .zip report bug or abuse",
               ["webpage capture", "Saved from", f"{p.later:%H:%M:%S} UTC", "All snapshots from host", "Webpage Screenshot", "report bug or abuse"], []),
    lambda p: (f"이 페이지는 국립중앙도서관 OASIS가 {p.later:%Y-%m-%d}에 수집한 자료입니다.\n수집 원본 URL : {p.url}",
               ["국립중앙도서관 OASIS가", "수집 원본 URL :"], []),
]
ARCHIVE_CHROME = [  # the old page's own furniture
    lambda p: (f"기사입력 {p.when:%Y-%m-%d %H:%M} | 최종수정 {p.later:%Y-%m-%d %H:%M}", [f"기사입력 {p.when:%Y-%m-%d %H:%M}", f"최종수정 {p.later:%Y-%m-%d %H:%M}"], []),
    lambda p: ("[이 기사를 추천합니다]  프린트 | 이메일 | 스크랩", ["[이 기사를 추천합니다]", "프린트 | 이메일 | 스크랩"], []),
    lambda p: (f"{p.outlet} 홈 > {p.section[0]} > 기사보기", [f"{p.outlet} 홈 > {p.section[0]} > 기사보기"], []),
]
ARCHIVE_TAILS = [
    lambda p: ("독자의견 (0)\n이름  비밀번호  의견쓰기", ["독자의견 (0)", "의견쓰기"], []),
    lambda p: ("▒ 관련기사 ▒", ["▒ 관련기사 ▒"], []),
]
SEARCH_CARDS = [  # (p, h, snippet, others) -> result cards, the article's own among them
    lambda p, h, s, t: (f"뉴스\n{p.keywords[0]} 검색결과\n관련도순 · 최신순\n{p.outlet}\n{1 + p.count % 11}시간 전 · 네이버뉴스\n{h}\n{s}\n"
                        f"{_card(p)}\n{1 + p.count % 3}일 전\n{t[0]}\n관련뉴스 {2 + p.count % 9}건 전체보기",
                        [f"{p.keywords[0]} 검색결과", "관련도순 · 최신순", f"{1 + p.count % 11}시간 전 · 네이버뉴스", t[0], f"관련뉴스 {2 + p.count % 9}건 전체보기"]),
    lambda p, h, s, t: (f"{p.outlet}\nhttps://www.{p.domain} › news › articleView\n{h}\n{p.when.year}. {p.when.month}. {p.when.day}. — {s}\n"
                        f"{_card(p, 1)}\n{t[0]}\n{t[1]}",
                        [f"https://www.{p.domain} › news › articleView", f"{p.when.year}. {p.when.month}. {p.when.day}. —", t[0], t[1]]),
    lambda p, h, s, t: (f"통합검색  뉴스  이미지  동영상\n{h} | {p.outlet} | {p.when:%Y.%m.%d} | 다음뉴스\n{s}\n{t[0]} | {_card(p, 2)}",
                        ["통합검색 뉴스 이미지 동영상", f"| {p.when:%Y.%m.%d} | 다음뉴스", t[0]]),
]
SEARCH_TAILS = [
    lambda p: (f"연관 검색어\n{p.keywords[1]}  {p.keywords[2]}  {p.keywords[3]}", ["연관 검색어"], []),
    lambda p: ("< 이전  1  2  3  4  5  다음 >", ["< 이전 1 2 3 4 5 다음 >"], []),
    lambda p: (f"'{p.keywords[0]}' 뉴스 검색결과 더보기", ["뉴스 검색결과 더보기"], []),
]
TALK_HEADS = [
    lambda p, h: (f"{p.outlet}\n{p.outlet} PICK 안내\n{h}\n입력{p.when:%Y.%m.%d.} {ampm(p.when)} 기사원문\n{p.reporter} 기자\n추천\n댓글\n"
                  "요약\n본문 듣기 시작\n글자 크기 변경하기\nSNS 보내기\n인쇄하기",
                  ["PICK 안내", "기사원문", f"입력{p.when:%Y.%m.%d.}", f"{p.reporter} 기자", "본문 듣기 시작", "글자 크기 변경하기", "SNS 보내기"], [p.reporter]),
    lambda p, h: (f"{h}\n{p.outlet}  |  {p.when:%Y.%m.%d %H:%M}  |  댓글 {p.count % 400}  |  공유",
                  [f"| {p.when:%Y.%m.%d %H:%M} | 댓글 {p.count % 400} | 공유"], []),
    lambda p, h: (f"{p.section[0]} 뉴스\n{h}\n{p.outlet} · {p.reporter} 기자 · {ampm(p.when)}\n요약보기 · 음성으로 듣기 · 번역",
                  [f"{p.section[0]} 뉴스", f"{p.outlet} · {p.reporter} 기자 · {ampm(p.when)}", "요약보기 · 음성으로 듣기 · 번역"], [p.reporter]),
]
LIVE_HEADS = [
    lambda p: (f"🔴 LIVE · 최종 업데이트 {p.later:%H:%M}", ["🔴 LIVE · 최종 업데이트"], []),
    lambda p: (f"실시간 | 자동 새로고침 ON | 새 소식 {1 + p.count % 9}건 ↑", ["자동 새로고침 ON", f"새 소식 {1 + p.count % 9}건 ↑"], []),
    lambda p: ("[라이브 블로그] 최신 소식이 위에 표시됩니다", ["[라이브 블로그] 최신 소식이 위에 표시됩니다"], []),
]
LIVE_STAMPS = [  # (p, n) -> the stamp over the n-th later post
    lambda p, n: (f"{(p.when + dt.timedelta(minutes=23 * n)):%H:%M}", f"{(p.when + dt.timedelta(minutes=23 * n)):%H:%M}"),
    lambda p, n: (f"{3 + 23 * n}분 전", f"{3 + 23 * n}분 전"),
    lambda p, n: (f"{ampm(p.when + dt.timedelta(minutes=23 * n))} KST", f"{ampm(p.when + dt.timedelta(minutes=23 * n))} KST"),
    lambda p, n: (f"▶{(p.when + dt.timedelta(minutes=23 * n)).hour}시 {(p.when + dt.timedelta(minutes=23 * n)).minute}분",
                  f"▶{(p.when + dt.timedelta(minutes=23 * n)).hour}시 {(p.when + dt.timedelta(minutes=23 * n)).minute}분"),
    lambda p, n: (f"업데이트 {(p.when + dt.timedelta(minutes=23 * n)):%H:%M} (KST) 📌", f"업데이트 {(p.when + dt.timedelta(minutes=23 * n)):%H:%M} (KST)"),
]
LIVE_TAILS = [
    lambda p: ("라이브를 종료합니다. 함께해 주셔서 감사합니다.", ["라이브를 종료합니다", "함께해 주셔서 감사합니다"], []),
    lambda p: ("이전 업데이트 더보기 ▼", ["이전 업데이트 더보기"], []),
    lambda p: (f"이 라이브는 {p.later:%H:%M}에 종료됐습니다.", ["이 라이브는", "종료됐습니다"], []),
]
# fmt: on


def comment_section(p: Persona6, rng: random.Random) -> Shaped:
    """A portal's comment section below the article: the comments must go with the furniture."""
    chosen = rng.sample(COMMENTS, rng.choice((1, 2, 3)))
    nicks = rng.sample(NICKS, len(chosen))
    form = p.code % 3
    if form == 0:
        lines = [f"댓글 {p.count % 900 + len(chosen)}", "클린봇이 악성 댓글을 감지합니다.", "순공감순 · 최신순 · 공감비율순"]
        for n, (nick, text) in enumerate(zip(nicks, chosen)):
            lines += [nick, f"{p.later:%Y.%m.%d. %H:%M}", text, f"답글{n * 3 + p.count % 5}", f"공감{p.count % 200 + n}비공감{n}"]
        lines += ["댓글 더보기", "댓글 작성자 성별·연령 분포", f"남자 {50 + p.count % 40}% 여자 {50 - p.count % 40}%"]
        debris = ["클린봇이 악성 댓글을 감지합니다", "순공감순 · 최신순 · 공감비율순", "댓글 작성자 성별·연령 분포", *chosen]
    elif form == 1:
        lines = [f"이 기사에 달린 댓글 {len(chosen)}개", "로그인 후 댓글을 작성할 수 있습니다."]
        for nick, text in zip(nicks, chosen):
            lines += [f"{nick}  {1 + p.count % 23}시간 전", text, "👍 추천  👎 비추천  답글 달기"]
        lines += ["댓글 정책 보기"]
        debris = [f"이 기사에 달린 댓글 {len(chosen)}개", "로그인 후 댓글을 작성할 수 있습니다", "답글 달기", "댓글 정책 보기", *chosen]
    else:
        lines = ["베스트댓글"]
        for nick, text in zip(nicks, chosen):
            lines += [f"{nick} | {p.later:%m-%d %H:%M} | 신고", text]
        lines += ["톡톡 전체보기 >", "악플 없는 댓글 문화를 만들어 주세요"]
        debris = ["베스트댓글", "| 신고", "톡톡 전체보기", "악플 없는 댓글 문화를 만들어 주세요", *chosen]
    return "\n".join(lines), debris, []


@dataclass
class House:
    """An outlet's fixed layout: the shape of each part its pages show (None: the part is absent)."""

    placement: str
    label: int
    page_title: int
    sub_form: int
    byline_card: int | None
    tools: int | None
    lead: int | None
    tail_byline: int
    copyright: int
    related: int | None
    paywall: int | None
    footer: int | None


def _tail_pool(kind: str) -> list:
    if kind == "policy":
        return TAIL_BYLINES["policy"]
    return TAIL_BYLINES.get(kind, []) + TAIL_BYLINES["common"]


def house_style(outlet: str, kind: str) -> House:
    """The outlet's layout, drawn once from its name."""
    house = random.Random(zlib.crc32(("hold6:" + outlet).encode()))

    def maybe(pool: list, chance: float) -> int | None:
        index = house.randrange(len(pool))
        return index if house.random() < chance else None

    no_card = kind in ("policy", "broadcast", "foreign")
    return House(
        placement=house.choices(("own", "label", "page_title", "run_space", "run_tight"), weights=(50, 16, 12, 12, 10))[0],
        label=house.randrange(len(LABELS)), page_title=house.randrange(len(PAGE_TITLES)), sub_form=house.randrange(len(SUB_FORMS)),
        byline_card=None if no_card else maybe(BYLINE_CARDS, 0.6), tools=maybe(TOOLS, 0.5),
        lead=maybe(LEADS[kind], 1.0 if kind in ("broadcast", "agency", "policy") else 0.65),
        tail_byline=house.randrange(len(_tail_pool(kind))), copyright=house.randrange(len(GENERIC_COPYRIGHTS)),
        related=maybe(RELATED, 0.65), paywall=maybe(PAYWALLS, 0.3 if kind in ("economy", "weekly", "internet") else 0.1),
        footer=maybe(FOOTERS, 0.7),
    )


def _split_at_sentence(paragraph: str, rng: random.Random) -> tuple[str, str] | None:
    """A paragraph cut between two of its sentences (where a page or a column ends), or None."""
    cuts = [i + 1 for i, ch in enumerate(paragraph[:-1]) if ch in ".?!" and paragraph[i + 1] == " " and i > 10]
    if not cuts:
        return None
    at = rng.choice(cuts)
    return paragraph[:at], paragraph[at + 1:]


def _snippet(first: str) -> str:
    """A search engine's snippet of the lead: a stretch of its words between ellipses."""
    words = first.split()
    return "... " + " ".join(words[2:10]) + " ..." if len(words) > 4 else first[:40] + "..."


def compose(title: str, paragraphs: list[str], rng: random.Random, other_titles: list[str]) -> Page:
    """One article as an AMP or app page, a feed entry, a newsletter, a printed PDF, a print-edition text, a
    web-archive capture, a search result, a portal view with comments, or a live blog."""
    p = Persona6.draw(rng, OUTLETS[rng.randrange(len(OUTLETS))])
    house = house_style(p.outlet, p.kind)
    view = rng.choices(VIEWS, weights=VIEW_WEIGHTS)[0]
    if view == "epaper" and p.kind not in PAPER_KINDS:
        view = "pdf"
    if view == "live" and p.kind == "policy":
        view = "app"
    page = Page(lines=[], view=view, outlet=p.outlet, kind=p.kind)
    site = view in ("amp", "app", "pdf", "archive", "live", "epaper")

    def note(family: str, shaped: tuple) -> str:
        text, debris, names = shaped[:3]
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

    def shown(headline: bool = True) -> None:
        if headline and not page.headline_shown:
            page.headline_shown = True
            page.debris.setdefault("headline", []).append(title)

    # --- the view's head, where the view shows the headline itself ---
    run_in = ""  # a headline run into the first line
    if view == "atom":
        entry = rng.choice([n for n, s in enumerate(ATOM_HEADS) if p.kind != "policy" or not s(p, title)[2]])
        add(note("atom", ATOM_HEADS[entry](p, title)))
        shown()
    elif view == "newsletter":
        add(note("newsletter", _pick(NEWSLETTER_HEADS, rng)(p, title)))
        shown()
        greeting = _pick(NEWSLETTER_GREETINGS, rng)
        if not (p.kind == "policy" and greeting(p)[2]):
            add(note("newsletter", greeting(p)))
        if rng.random() < 0.5:
            add(title)
    elif view == "search":
        shape = _pick(SEARCH_CARDS, rng)
        add(note("search", shape(p, title, _snippet(paragraphs[0]), others(2)) + ([],)))
        shown()
        if rng.random() < 0.6:
            add(title)
    elif view == "talk":
        shape = _pick([s for s in TALK_HEADS if p.kind != "policy" or not s(p, title)[2]], rng)
        add(note("portal_head", shape(p, title)))
        shown()
    else:
        # --- a page of the outlet: the view's furniture, then the headline where the house puts it ---
        if view == "amp":
            add(note("amp", _pick(AMP_HEADS, rng)(p)))
        elif view == "app":
            shape = _pick(APP_HEADS, rng)
            add(note("app", shape(p, title)))
            if shape(p, title)[3]:
                shown()
        elif view == "archive":
            add(note("archive", _pick(ARCHIVE_HEADS, rng)(p)))
            if rng.random() < 0.6:
                add(note("archive", _pick(ARCHIVE_CHROME, rng)(p)))
        elif view == "epaper":
            add(note("epaper", _pick(EPAPER_HEADS, rng)(p)))
        elif view == "live":
            add(note("live", _pick(LIVE_HEADS, rng)(p)))
        elif view == "pdf":
            text, debris = PRINT_FORMS[p.code % len(PRINT_FORMS)][0](p, title)
            add(note("pdf", (text, debris, [])))
            shown(title in text)
        if rng.random() < 0.92:
            shown()
            placement = house.placement if rng.random() < 0.8 else rng.choice(("own", "label", "page_title", "run_space", "run_tight"))
            if view == "live" and rng.random() < 0.5:
                add(note("live", (f"[LIVE] {title}", ["[LIVE]"], [])))
            elif placement == "label":
                add(note("headline", LABELS[house.label](p, title) + ([],)))
            elif placement == "page_title":
                add(note("headline", PAGE_TITLES[house.page_title](p, title) + ([],)))
            elif placement == "run_space":
                run_in = title + " "
            elif placement == "run_tight":
                run_in = title
            else:
                add(title)
            if not run_in and rng.random() < 0.4:
                subs = rng.sample(SUBHEADS, rng.choice((1, 1, 2)))
                add(note("headline", (SUB_FORMS[house.sub_form](subs), subs, [])))
            if not run_in and house.byline_card is not None and view != "epaper":
                add(note("byline_head", BYLINE_CARDS[_usual(house.byline_card, len(BYLINE_CARDS), rng)](p)))
            if not run_in and house.tools is not None and view in ("amp", "app", "archive", "pdf"):
                add(note("tools", TOOLS[house.tools](p)))
    if view in ("amp", "app", "archive", "epaper", "talk", "live", "pdf") and not run_in and rng.random() < 0.3:
        family = rng.choice(("caption", "caption", "gallery"))
        add(note(family, _pick(CAPTIONS_AT if family == "caption" else GALLERIES, rng)(p)))

    # --- the lead ---
    first = paragraphs[0]
    if house.lead is not None and rng.random() < 0.85:
        first = note("lead", LEADS[p.kind][_usual(house.lead, len(LEADS[p.kind]), rng)](p, first))
    elif view == "epaper" and rng.random() < 0.5:
        first = note("lead", (f"{p.place}=글·사진 {p.reporter} 기자\n{first}", [f"{p.place}=글·사진 {p.reporter} 기자"], [p.reporter]))
    add(run_in + first)

    # --- middle: the other paragraphs, furniture between them, look-alike prose ---
    rest = list(paragraphs[1:])
    inserts: list[tuple[int, str]] = []
    if p.kind == "broadcast" and rest:
        inserts.append((0, note("broadcast", _pick(BROADCAST_REPORTER, rng)(p))))
        if len(rest) > 1 and rng.random() < 0.5:
            inserts.append((1 + rng.randrange(len(rest) - 1), note("broadcast", _pick(BROADCAST_MID, rng)(p))))
    if view == "live" and rest:  # a stamp over each later post
        stamp = _usual(p.code % len(LIVE_STAMPS), len(LIVE_STAMPS), rng)
        for n in range(len(rest)):
            text, debris = LIVE_STAMPS[stamp](p, len(rest) - n)
            inserts.append((n, note("live", (text, [debris], []))))
    furniture = rng.choice((0, 1, 1, 2)) if site or view == "talk" else 0
    for _ in range(furniture if rest else 0):
        family = rng.choice(("caption", "caption", "gallery", "graphic", "inline", "inline"))
        if family == "inline":
            shaped = _pick(INLINES, rng)(p, others(1))
        else:
            shaped = _pick({"caption": CAPTIONS_AT, "gallery": GALLERIES, "graphic": GRAPHICS}[family], rng)(p)
        inserts.append((rng.randrange(len(rest)), note(family, shaped)))
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        sentence = _pick(LOOKALIKES, rng)
        if sentence in page.lookalikes:
            continue
        page.lookalikes.append(sentence)
        where = rng.random()
        if rest and where < 0.35:
            inserts.append((rng.randrange(len(rest) + 1), sentence))
        elif rest and where < 0.5:
            rest[-1] = f"{rest[-1]} {sentence}"  # inside the last paragraph, right before the tail
        else:
            rest.append(sentence)
    for index, text in sorted(inserts, key=lambda item: -item[0]):
        rest.insert(index, text)
    if view == "epaper" and rest and rng.random() < 0.5:  # the story jumps to another page
        at = rng.randrange(len(rest))
        cut = _split_at_sentence(rest[at], rng)
        end, resume = EPAPER_JUMPS[p.code % len(EPAPER_JUMPS)](p)
        if cut:
            rest[at: at + 1] = [cut[0], end, resume, cut[1]]
        else:
            rest[at: at] = [end, resume]
        note("epaper", ("", [end, resume], []))
    if view == "atom":
        form = rng.choice(("p", "p", "br", "plain"))
        if form == "p":
            page.lines[-1] = "<p>" + page.lines[-1] + "</p>"
            rest = [f"<p>{r}</p>" for r in rest]
            note("atom", ("", ["<p>", "</p>"], []))
        elif form == "br" and rest:
            joined = "<br /><br />".join([page.lines.pop()] + rest)
            rest = [joined]
            note("atom", ("", ["<br />"], []))
        if rng.random() < 0.3 and rest:
            rest.insert(rng.randrange(len(rest) + 1), "&nbsp;")
            note("atom", ("", ["&nbsp;"], []))
    for paragraph in rest:
        add(paragraph)

    # --- tail ---
    if rng.random() < (0.9 if p.kind in ("agency", "policy") else 0.5 if view == "epaper" else 0.65):
        pool = _tail_pool(p.kind)
        add(note("byline_tail", pool[_usual(house.tail_byline, len(pool), rng)](p)))
    if site and rng.random() < 0.08:
        add(note("correction", _pick(CORRECTIONS, rng)(p)))
    if rng.random() < (0.5 if p.kind in ("foreign", "agency") else 0.07):
        add(note("bilingual", _pick(BILINGUAL[:4] if p.kind == "policy" else BILINGUAL, rng)(p)))
    if view not in ("search", "talk") and (site or rng.random() < 0.5) and rng.random() < 0.8:
        shape = HOUSE_COPYRIGHTS.get(p.outlet) or GENERIC_COPYRIGHTS[house.copyright]
        add(note("copyright", shape(p)))
    if view == "atom":
        add(note("atom", ATOM_TAILS[entry](p)))  # the entry's own closing tags
    elif view == "newsletter":
        for shape in rng.sample(NEWSLETTER_TAILS, rng.choice((1, 2, 2, 3))):
            add(note("newsletter", shape(p)))
    elif view == "epaper":
        if rng.random() < 0.7:
            add(note("epaper", _pick(EPAPER_TAILS, rng)(p)))
    elif site:
        if house.paywall is not None and rng.random() < 0.7:
            add(note("paywall", PAYWALLS[house.paywall](p)))
        for family in dict.fromkeys(rng.sample(("promo", "contact", "promo"), rng.choice((0, 0, 1, 2)))):
            add(note(family, _pick(PROMOS if family == "promo" else CONTACTS, rng)(p)))
        if house.related is not None and rng.random() < 0.7:
            shape = RELATED[_usual(house.related, len(RELATED), rng)]
            if p.kind == "policy" and shape(p, ["", "", ""])[2]:
                shape = RELATED[0]  # a release names no reporter
            add(note("related", shape(p, others(3))))
        if view == "amp":
            add(note("amp", _pick(AMP_TAILS, rng)(p)))
        elif view == "app":
            add(note("app", _pick(APP_TAILS, rng)(p, others(2))))
        elif view == "archive":
            add(note("archive", _pick(ARCHIVE_TAILS, rng)(p)))
        elif view == "live" and rng.random() < 0.7:
            add(note("live", _pick(LIVE_TAILS, rng)(p)))
        if view in ("pdf", "archive") and house.footer is not None:
            add(note("footer", FOOTERS[house.footer](p)))
    if view == "search":
        if rng.random() < 0.5:
            add(note("copyright", (GENERIC_COPYRIGHTS[house.copyright](p))))
        add(note("search", _pick(SEARCH_TAILS, rng)(p)))
    elif view == "talk":
        if rng.random() < 0.6:
            add(note("copyright", (f"Copyright ⓒ {p.outlet}. All rights reserved. 무단 전재 및 재배포 금지.",
                                   [f"Copyright ⓒ {p.outlet}. All rights reserved"], [])))
        if rng.random() < 0.4:
            ranked = others(3)
            add(note("related", (f"{p.outlet} 랭킹 뉴스\n" + "\n".join(ranked), ["랭킹 뉴스", *ranked], [])))
        add(note("comments", comment_section(p, rng)))
    if view == "pdf":  # the printed pages: a footer and the next page's header at each break
        header, footer = PRINT_FORMS[p.code % len(PRINT_FORMS)]
        breaks = sorted(rng.sample(range(2, len(page.lines)), min(len(page.lines) - 2, rng.choice((1, 1, 2))))) if len(page.lines) > 3 else []
        pages = len(breaks) + 1
        for n, at in reversed(list(enumerate(breaks, 1))):
            cut = _split_at_sentence(page.lines[at - 1], rng) if rng.random() < 0.5 else None
            piece = [note("pdf", footer(p, n, pages) + ([],)), note("pdf", header(p, title) + ([],))]
            if cut:
                page.lines[at - 1: at] = [cut[0], *piece, cut[1]]
            else:
                page.lines[at:at] = piece
        add(note("pdf", footer(p, pages, pages) + ([],)))
    return page
