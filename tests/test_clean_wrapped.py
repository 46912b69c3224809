"""Real prose wrapped in the kinds of debris real scrapes carry: every Wikinews article gets a header
(menus, headline lists, 기사입력 or tool lines), a byline, photo captions, sometimes a repeated body, and a
tail (best-of block, copyright, comments, share and source lines). Cleaning must give back the prose,
none of the debris, and the metadata the debris states."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from sinmun.cleaning import clean_article
from sinmun.cleaning.text import normalize_lines, nospace

# fmt: off
HEADERS = [  # (lines around the title, published, whether the title can be found)
    (["전체기사 최신뉴스 포토", "정치 경제 사회", "속보", "더보기", "{title}", "기사입력 : 2021년03월02일 09:30", "최종수정 : 2021년03월02일 10:00"], "2021-03-02T09:30", True),
    (["서울시, 도심 녹지 두 배로 늘린다", "구청, 민원 평가 3년 연속 ‘우수’", "서울시, 도심 녹지 두 배로 늘린다", "{title}", "기사 읽어주기", "다시듣기", "폰트 확대 폰트 축소 프린트하기"], None, True),
    (["{title}", "입력 2021.03.02 오후 1:30 | 수정 2021.03.02 14:00", "공유하기", "URL 복사"], "2021-03-02T13:30", True),
    ([], None, False),
]
BYLINES = [("[서울=가상핌] 박진숙 기자 = ", "가상핌", ["박진숙"]), ("[마이데일리 = 심지원 기자] ", "마이데일리", ["심지원"]),
           ("(서울=연합뉴스) 홍길동 기자 = ", "연합뉴스", ["홍길동"]), ("", None, [])]
TAILS = [
    (["justice@example.com", "[가상핌 베스트 기사]", "사진", "다른 기사 \"제목\" [서울=가상핌] 김철수 기자 = 다른 기사의 본문이 길게 이어진다. kim@example.com 2025-02-06 13:54", "Top으로 이동"], None, []),
    (["심지원 기자 sim@mydaily.co.kr", "- ⓒ마이데일리(www.mydaily.co.kr).", "무단전재&재배포 금지 -", "댓글", "[ 300자 이내 / 현재: 0자 ]", "현재 총 0개의 댓글이 있습니다."], "마이데일리", ["심지원"]),
    (["Copyright ⓒ 서울신문 All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지", "페이스북 트위터 밴드 블로그", "자료 제공 : 정책브리핑 korea.kr", "자료 제공 : 정책브리핑 korea.kr"], "서울신문", []),
    (["©'세계로 가는 경제신문' 아주경제. 무단전재·재배포 금지"], "아주경제", []),
    (["홍길동 기자 (hong@example.com)", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "많이 본 뉴스", "다른 기사 제목"], "연합뉴스", ["홍길동"]),
]
CAPTIONS = [  # (caption line, its sentence, whether the sentence stays once: a handout's does, a photo credit takes it)
    ("행사 참석자들이 기념촬영을 하고 있다. [사진=중소벤처기업부]", "행사 참석자들이 기념촬영을 하고 있다.", False),
    ("장관이 인사말을 하고 있다. / 중기부 제공", "장관이 인사말을 하고 있다.", True),
    ("대표가 발표하고 있다. 2019.09.26 justice@example.com [사진=박진숙 기자]", "대표가 발표하고 있다.", False),
]
DEBRIS = ["전체기사", "속보", "더보기", "기사입력", "최종수정", "베스트 기사", "Top으로", "[사진=", "무단전재", "무단 전재", "300자",
          "읽어주기", "다시듣기", "폰트", "Copyright", "페이스북", "자료 제공", "저작권자", "많이 본", "중기부 제공", "ⓒ", "©",
          "공유하기", "URL 복사", "다른 기사", "도심 녹지", "@example.com"]
# fmt: on


def wrap(title: str, body: str, rng: random.Random) -> tuple[str, dict, dict[str, bool]]:
    header, published, titled = rng.choice(HEADERS)
    byline, byline_outlet, byline_reporters = rng.choice(BYLINES)
    tail, tail_outlet, tail_reporters = rng.choice(TAILS)
    lines = normalize_lines(body)
    lines[0] = byline + lines[0]
    kept_captions = {}
    if rng.random() < 0.6 and len(lines) > 1:
        caption, sentence, kept = rng.choice(CAPTIONS)
        at = rng.randrange(1, len(lines))
        lines[at:at] = [caption] * rng.choice((1, 2))
        kept_captions[sentence] = kept
    if rng.random() < 0.3:
        lines = lines + lines
    text = "\n\n".join([h.replace("{title}", title) for h in header] + lines + tail)
    expected = {
        "title": title if titled else None,
        "published": published,
        "outlet": byline_outlet or tail_outlet,
        "reporters": sorted(set(byline_reporters + tail_reporters)),
    }
    return text, expected, kept_captions


def problems_of(title: str, body: str, rng: random.Random) -> list[str]:
    text, expected, kept_captions = wrap(title, body, rng)
    article = clean_article(text)
    out = nospace(article.body)
    problems = [f"lost {line[:40]!r}" for line in normalize_lines(body) if nospace(line) not in out]
    problems += [f"caption sentence {s!r} not {'once' if kept else 'gone'}" for s, kept in kept_captions.items()
                 if out.count(nospace(s)) != int(kept)]
    problems += [f"debris {d!r}" for d in DEBRIS if nospace(d) in out and nospace(d) not in nospace(body)]
    got = {
        "title": article.title,
        "published": article.published_at.strftime("%Y-%m-%dT%H:%M") if article.published_at else None,
        "outlet": article.outlet,
        "reporters": sorted(article.reporters),
    }
    if expected["outlet"] is None:
        got["outlet"] = expected["outlet"] = None  # the page names none; any guess is not checked here
    problems += [f"{key}: {got[key]!r} != {want!r}" for key, want in expected.items() if got[key] != want]
    return problems


@pytest.mark.parametrize("seed", [0, 1])
def test_wrapped_wikinews_articles_come_back_clean(wikinews_csv: Path, seed: int) -> None:
    rng = random.Random(seed)
    with open(wikinews_csv, encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if (r.get("내용") or "").strip()]
    failures = {}
    for row in rows:
        problems = problems_of(row["제목"], row["내용"], rng)
        if problems:
            failures[row["제목"]] = problems
    assert len(failures) <= 0.01 * len(rows), failures
