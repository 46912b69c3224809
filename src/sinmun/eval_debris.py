"""How cleaning copes with site debris of outlets it has never seen: Korean Wikinews articles (clean
prose, read from ../shared at run time) are dressed in made-up debris of the families portal scrapes
show, and we measure how much debris goes, how much prose stays and whether the headline becomes the
title.

    python -m sinmun.eval_debris [--shapes dev|check|hold|hold2|hold3|hold4|hold5|hold6|all] [--batch] [--misses FAMILY]
        [--save-kept JSON] [--lost-against JSON] [WIKINEWS_CSV]

Every family has several written shapes. Of the first eight, even-numbered ones are the `dev` set (what
cleaning was first tuned on) and odd-numbered ones the `check` set (left alone at first, then tuned on
too); the `hold` shapes were written after that and are never tuned on: the guide for outlets we do not
have. `hold2` (`eval_debris_hold2`) is a second never-tuned set, composed like real pages with house
styles per outlet. `hold3` (`eval_debris_hold3`) is a third, written from how outlet sites and portal
article views look when scraped, with eight kinds of outlet and look-alike prose (sentences with a
debris word or shape that must stay). Outlet names, reporters, captions and promo wordings are invented;
no article text enters the repository. `hold4` (`eval_debris_hold4`) is a fourth never-tuned set: real
outlets' names and layouts (nine kinds), six page views (site, mobile, three portals, flat one-line
scrapes); it is left out of `all` (the sets we tune on) so that its misses are not read by accident.
`hold5` (`eval_debris_hold5`) is the never-tuned set once hold4 is tuned on: other real outlets (ten
kinds) seen as a browser's copy of the page, reader and print pages, portals' mobile, entertainment and
aggregator views, feed items, clipping dumps and shared messages; also left out of `all`. `hold6`
(`eval_debris_hold6`) is the never-tuned set once hold5 is tuned on: other real outlets of twelve kinds
(adding news agencies, Korean services of foreign media, religious papers and government news services)
seen as AMP and app pages, raw Atom/RSS entries, e-mail newsletters, pages printed to PDF, print-edition
text, web-archive captures, search-result cards, portal views with their comment sections and live blogs;
also left out of `all`, and never tuned on.
Measures, per family and overall: debris removed (each inserted piece of debris is a string that must
be gone from the body), prose kept (non-space characters of the article's sentences still found in the
body), the worst article's prose share, title right (the headline run into the first lines, nospace
equal) and prose taken as title (a title that is one of the article's sentences: must be 0), outlet
right (where the outlet's name is shown), reporters right (the set of byline names, where one is
shown) and, for `hold3`, look-alike prose kept (each look-alike sentence whole in the body). `--batch`
cleans as `sinmun extract` does: with the segments that recur across each batch of 64 articles
(`cleaning.recurring`). `--save-kept` writes the sentences every article kept, and
`--lost-against` that file lists the sentences a change lost (a change must lose none).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sinmun import eval_debris_hold2 as hold2
from sinmun import eval_debris_hold3 as hold3
from sinmun import eval_debris_hold4 as hold4
from sinmun import eval_debris_hold5 as hold5
from sinmun import eval_debris_hold6 as hold6
from sinmun.cleaning import clean_article
from sinmun.cleaning.recurring import recurring_segments
from sinmun.cleaning.text import nospace
from sinmun.eval_clean import DEFAULT_CSV

BATCH_SIZE = 64  # as `sinmun extract`'s default batch

# --- made-up furniture -------------------------------------------------------------------------

OUTLETS = [  # (name, e-mail domain): invented outlets, none of them in resources/outlets.tsv
    ("누리일보", "nurilbo.co.kr"), ("한빛경제", "hbeconomy.com"), ("다온뉴스", "daonnews.kr"),
    ("푸른방송", "prbs.co.kr"), ("하늘타임스", "skytimes.kr"), ("바른투데이", "bareuntoday.com"),
    ("새벽신문", "saebyeok.co.kr"), ("온누리미디어", "onnurimedia.net"), ("KNT뉴스", "kntnews.com"),
    ("미래경제신문", "miraeec.co.kr"), ("청람일보", "chungram.kr"), ("가온데일리", "gaondaily.com"),
]
SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍"
GIVEN = ["민준", "서연", "지훈", "하은", "도윤", "수빈", "예준", "지민", "현우", "유진", "태희", "성호", "은비", "재석", "보람"]
PLACES = ["서울", "세종", "부산", "워싱턴", "베이징", "도쿄", "파리", "광주", "대전", "인천"]
ROMAN = ["minjun", "seoyeon", "jihoon", "haeun", "doyoon", "subin", "yejun", "jimin", "hyunwoo", "yujin"]
CAPTIONS = [
    "행사장에서 참석자들이 기념 촬영을 하고 있다", "시민들이 광장 앞을 지나가고 있다", "회의에 참석한 관계자들이 인사를 나누는 모습",
    "지난달 열린 설명회 현장", "관계자가 질문에 답하고 있다", "취재진이 현장을 살펴보고 있다", "기자회견장 전경",
]
SUBHEADS = [
    "관계 부처 합동 대책 발표", "현장선 우려 목소리…후속 조치 주목", "\"예상보다 빨라\" 전망 엇갈려",
    "3년 만에 최대 규모", "업계 \"시장 반응 지켜봐야\"", "여야 공방 이어져", "국제사회 반응 주목",
]
OCCUPATIONS = ["시민", "상인", "대학생", "회사원", "인근 주민", "관계자"]


def _pick(rng: random.Random, items: list) -> object:
    return items[rng.randrange(len(items))]


@dataclass
class Persona:
    """The invented outlet and reporter one article is dressed as."""

    outlet: str
    domain: str
    reporter: str
    email: str
    place: str

    @classmethod
    def draw(cls, rng: random.Random) -> Persona:
        outlet, domain = _pick(rng, OUTLETS)
        reporter = _pick(rng, list(SURNAMES)) + _pick(rng, GIVEN)
        email = f"{_pick(rng, ROMAN)}{rng.randrange(10, 99)}@{domain}"
        return cls(outlet, domain, reporter, email, _pick(rng, PLACES))


# --- the families: each shape returns (text, debris strings that must be gone) --------------------
# Head shapes take the headline (or None), the sub-headline, the persona and the first paragraph, and
# return the article's first lines. Tail shapes return lines added after the last paragraph (a shape
# whose text starts with "+" is glued to the last paragraph). Middle shapes return lines put before a
# paragraph.

Shape = tuple[str, list[str]]
# The first eight shapes of a family are the dev (even) and check (odd) sets; the shapes after them
# are the hold set, written once the first tuning was done and never tuned on.
TUNED_SHAPES = 8


def _head_shapes() -> dict[str, list]:
    return {
        "headline": [
            lambda h, s, p, first: (f"{h} ({p.place}={p.outlet}) {p.reporter} 기자 = {first}", [f"={p.outlet})", f"{p.reporter} 기자 ="]),
            lambda h, s, p, first: (f"{h}\n{s}\n[{p.outlet} {p.reporter} 기자] {first}", [s, f"{p.reporter} 기자]"]),
            lambda h, s, p, first: (f"{h}\n{first}", []),
            lambda h, s, p, first: (f"{h} - {s}\n({p.place}={p.outlet}) {p.reporter} 기자 = {first}", [s, f"{p.reporter} 기자 ="]),
            lambda h, s, p, first: (f"{h}\n[{p.outlet}] {first}", [f"[{p.outlet}]"]),
            lambda h, s, p, first: (f"{h}\n{s}\n{first}", [s]),
            lambda h, s, p, first: (f"{h}[{p.outlet}]{p.reporter} 기자 = {first}", [f"[{p.outlet}]", f"{p.reporter} 기자 ="]),
            lambda h, s, p, first: (f"[{p.outlet}] {h}\n{first}", [f"[{p.outlet}]"]),
            # hold shapes: written after tuning on dev, never tuned on
            lambda h, s, p, first: (f"{h}\n{s}\n{p.reporter} 기자 {p.email}\n{first}", [s, p.email]),
            lambda h, s, p, first: (f"{h}\n입력 2023.05.02 14:31 | 수정 2023.05.02 15:02\n{first}", ["입력 2023.05.02"]),
            lambda h, s, p, first: (f"{h}\n{s}\n{p.outlet} | {p.reporter} 기자 | 2023-05-02\n{first}", [s, f"{p.reporter} 기자 |"]),
            lambda h, s, p, first: (f"{h}\n기사입력 2023-05-02 14:31\n{p.reporter} 기자\n{first}", ["기사입력 2023-05-02", f"{p.reporter} 기자"]),
        ],
        "caption_head": [
            lambda h, s, p, first: (f"{_c(p)} [사진={p.outlet} 자료사진]\n({p.place}={p.outlet}) {p.reporter} 기자 = {first}", [_c(p), f"{p.reporter} 기자 ="]),
            lambda h, s, p, first: (f"{_c(p)}/{p.outlet}{first}", [_c(p)]),
            lambda h, s, p, first: (f"▲ {_c(p)} (사진={p.outlet}){first}", [_c(p)]),
            lambda h, s, p, first: (f"{_c(p)}. [AP=가온통신]\n({p.place}={p.outlet}) {p.reporter} 특파원 = {first}", [_c(p), "[AP=가온통신]"]),
            lambda h, s, p, first: (f"사진공동취재단{first}", ["사진공동취재단"]),
            lambda h, s, p, first: (f"{_c(p)} <사진제공=온누리재단>\n{first}", [_c(p), "<사진제공=온누리재단>"]),
            lambda h, s, p, first: (f"[{p.outlet} 자료사진] {_c(p)}\n{first}", [_c(p), f"[{p.outlet} 자료사진]"]),
            lambda h, s, p, first: (f"{_c(p)}. ⓒ{p.outlet} {p.reporter} 기자\n{first}", [_c(p), f"ⓒ{p.outlet}"]),
            # hold shapes: written after tuning on dev, never tuned on
            lambda h, s, p, first: (f"{_c(p)}.(사진={p.outlet} 제공){first}", [_c(p), "(사진="]),
            lambda h, s, p, first: (f"{_c(p)} ⓒ{p.outlet} DB\n({p.place}={p.outlet}) {p.reporter} 기자 = {first}", [_c(p), f"ⓒ{p.outlet} DB"]),
            lambda h, s, p, first: (f"사진={p.outlet} 제공\n{_c(p)}\n{first}", [_c(p), f"사진={p.outlet}"]),
            lambda h, s, p, first: (f"{_c(p)} |사진 {p.reporter} 기자\n{first}", [_c(p), f"|사진 {p.reporter}"]),
        ],
        "broadcast": [
            lambda h, s, p, first: (f"[앵커]\n{first}", ["[앵커]"]),
            lambda h, s, p, first: (f"<앵커 멘트>\n{first}", ["<앵커 멘트>"]),
            lambda h, s, p, first: (f"◀ 앵커 ▶\n{first}", ["◀ 앵커 ▶"]),
            lambda h, s, p, first: (f"[앵커]{first}", ["[앵커]"]),
            lambda h, s, p, first: (f"<앵커>\n{first}", ["<앵커>"]),
            lambda h, s, p, first: (f"【앵커】 {first}", ["【앵커】"]),
            lambda h, s, p, first: (f"◀ANC▶\n{first}", ["◀ANC▶"]),
            lambda h, s, p, first: (f"[앵커 멘트]\n{first}", ["[앵커 멘트]"]),
            # hold shapes: written after tuning on dev, never tuned on
            lambda h, s, p, first: (f"(앵커)\n{first}", ["(앵커)"]),
            lambda h, s, p, first: (f"▶ 앵커 멘트\n{first}", ["앵커 멘트"]),
            lambda h, s, p, first: (f"[앵커 맨트]\n{first}", ["앵커 맨트"]),
            lambda h, s, p, first: (f"<Anchor>\n{first}", ["<Anchor>"]),
        ],
        "portal_tag": [
            lambda h, s, p, first: (f"({p.place}={p.outlet}) {p.reporter} 기자 = {first}", [f"={p.outlet})", f"{p.reporter} 기자 ="]),
            lambda h, s, p, first: (f"[{p.place}={p.outlet} {p.reporter} 기자] {first}", [f"{p.reporter} 기자]"]),
            lambda h, s, p, first: (f"[{p.outlet}]{first}", [f"[{p.outlet}]"]),
            lambda h, s, p, first: (f"[ {p.reporter} 기자 ] {first}", [f"{p.reporter} 기자 ]"]),
            lambda h, s, p, first: (f"[{p.outlet}={p.reporter} 기자] {first}", [f"{p.reporter} 기자]"]),
            lambda h, s, p, first: (f"{p.outlet} {p.reporter} 기자 | {first}", [f"{p.reporter} 기자 |"]),
            lambda h, s, p, first: (f"【{p.place}={p.outlet}】{p.reporter} 기자 = {first}", [f"={p.outlet}】", f"{p.reporter} 기자 ="]),
            lambda h, s, p, first: (f"{p.outlet} {p.reporter} 기자\n{first}", [f"{p.reporter} 기자"]),
            # hold shapes: written after tuning on dev, never tuned on
            lambda h, s, p, first: (f"【{p.outlet}={p.place}】 {first}", [f"【{p.outlet}="]),
            lambda h, s, p, first: (f"({p.outlet}) {p.reporter} 기자 = {first}", [f"({p.outlet})", f"{p.reporter} 기자 ="]),
            lambda h, s, p, first: (f"{p.place}={p.outlet} {p.reporter} 기자\n{first}", [f"={p.outlet} {p.reporter}"]),
            lambda h, s, p, first: (f"[{p.outlet}] {p.place} {p.reporter} 기자 = {first}", [f"[{p.outlet}]", f"{p.reporter} 기자 ="]),
        ],
    }


def _c(p: Persona) -> str:
    # one caption per persona, so a shape names the same caption in its text and its debris
    return CAPTIONS[sum(map(ord, p.reporter + p.outlet)) % len(CAPTIONS)]


def _tail_shapes() -> dict[str, list]:
    return {
        "email_tail": [
            lambda p: (f"+{p.email}▶기사제보 및 문의▶{p.outlet} 바로가기", [p.email, "기사제보 및 문의", f"{p.outlet} 바로가기"]),
            lambda p: (f"+{p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"]),
            lambda p: (f"+ /{p.place}={p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"]),
            lambda p: (f"+{p.reporter} 기자({p.email})☞ {p.outlet} 모바일 웹 바로가기", [p.email, "모바일 웹 바로가기"]),
            lambda p: (f"{p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"]),
            lambda p: (f"+{p.email}", [p.email]),
            lambda p: (f"+ {p.reporter} {p.domain.split('.')[0]}@{p.domain}", [f"@{p.domain}"]),
            lambda p: (f"{p.outlet} {p.reporter}입니다.", [f"{p.reporter}입니다"]),
            # hold shapes: written after tuning on dev, never tuned on
            lambda p: (f"+ {p.reporter} 기자 ▶ {p.email}", [p.email, f"{p.reporter} 기자"]),
            lambda p: (f"{p.outlet} {p.reporter} 기자 {p.email}", [p.email, f"{p.reporter} 기자"]),
            lambda p: (f"+/{p.reporter} 기자", [f"/{p.reporter} 기자"]),
            lambda p: (f"e-mail: {p.email}", [p.email]),
        ],
        "copyright": [
            lambda p: (f"[저작권자(c) {p.outlet}, 무단전재 및 재배포 금지]", [f"[저작권자(c) {p.outlet}"]),
            lambda p: (f"Copyright(c) Since 2001 {p.outlet} All rights reserved.", ["Copyright(c) Since 2001"]),
            lambda p: (f"ⓒ {p.outlet} 무단 전재-재배포 금지", [f"ⓒ {p.outlet}"]),
            lambda p: (f"※ 저작권자 ⓒ {p.outlet}. 무단전재-재배포, AI학습 및 활용 금지", ["AI학습 및 활용 금지"]),
            lambda p: (f"+<저작권자 © {p.outlet}, 무단 전재 및 재배포 금지>", [f"<저작권자 © {p.outlet}"]),
            lambda p: (f"이 기사의 저작권은 {p.outlet}에 있으며, 무단 복제와 배포를 금합니다.", [f"이 기사의 저작권은 {p.outlet}"]),
            lambda p: (f"+ⓒ{p.outlet}, 무단전재 및 재배포 금지", [f"ⓒ{p.outlet}"]),
            lambda p: (f"Copyright ⓒ {p.domain} 저작권자의 허락 없이 복제를 금합니다", [f"Copyright ⓒ {p.domain}"]),
            # hold shapes: written after tuning on dev, never tuned on
            lambda p: (f"<ⓒ{p.outlet} 무단전재 및 재배포금지>", [f"<ⓒ{p.outlet}"]),
            lambda p: (f"저작권자 © {p.outlet} 무단전재 및 재배포 금지", [f"저작권자 © {p.outlet}"]),
            lambda p: (f"Copyrights ⓒ {p.outlet} All Rights Reserved", ["All Rights Reserved"]),
            lambda p: ("본 기사의 무단 전재·재배포를 금합니다.", ["무단 전재·재배포를 금합니다"]),
        ],
        "promo": [
            lambda p: (f"▶ {p.outlet} 네이버 채널 구독하기", [f"{p.outlet} 네이버 채널 구독하기"]),
            lambda p: (f"[{p.outlet} 앱 설치하기]", [f"{p.outlet} 앱 설치하기"]),
            lambda p: (f"+네이버에서 {p.outlet}를 구독하세요!", [f"네이버에서 {p.outlet}를 구독하세요"]),
            lambda p: ("카카오톡 채널 추가하고 속보 받아보세요", ["카카오톡 채널 추가하고"]),
            lambda p: (f"☞ {p.outlet} 뉴스레터 무료 신청", [f"{p.outlet} 뉴스레터 무료 신청"]),
            lambda p: (f"{p.outlet} 유튜브 채널에서 더 많은 영상을 만나보세요", ["유튜브 채널에서 더 많은 영상"]),
            lambda p: (f"+[{p.outlet} 바로가기][모바일 앱 다운로드]", [f"{p.outlet} 바로가기", "모바일 앱 다운로드"]),
            lambda p: (f"▷ 지금 {p.outlet} 프리미엄 구독하고 혜택 받기", ["프리미엄 구독하고 혜택 받기"]),
            # hold shapes: written after tuning on dev, never tuned on
            lambda p: (f"▶{p.outlet} 텔레그램 채널 입장하기", ["텔레그램 채널 입장하기"]),
            lambda p: (f"[{p.outlet} 카카오톡 채널 친구추가]", ["카카오톡 채널 친구추가"]),
            lambda p: (f"+ ☞ 지금 {p.outlet} 앱에서 확인하세요", [f"지금 {p.outlet} 앱에서"]),
            lambda p: (f"{p.outlet} 뉴스를 네이버 메인에서 보세요. [구독 클릭]", ["네이버 메인에서 보세요", "[구독 클릭]"]),
        ],
        "contact": [
            lambda p: (f"{p.outlet} : 02-398-3000(기사문의·제보) 카톡/라인 {p.domain.split('.')[0]}", ["02-398-3000", "(기사문의·제보)"]),
            lambda p: (f"기사제공 {p.outlet}", [f"기사제공 {p.outlet}"]),
            lambda p: (f"+기사제공 {p.outlet}", [f"기사제공 {p.outlet}"]),
            lambda p: ("▶ 제보하기 : 카카오톡 친구 검색 또는 전화 02-1234-5678", ["제보하기", "02-1234-5678"]),
            lambda p: (f"[기사제보 {p.email}]", [p.email]),
            lambda p: ("제보 전화 02-555-0199 / 이메일 jebo@gaondaily.com", ["02-555-0199", "jebo@gaondaily.com"]),
            lambda p: (f"(끝)\n기사제공 {p.outlet}", [f"기사제공 {p.outlet}"]),
            lambda p: (f"대표전화 031-987-6543 | 팩스 031-987-6544 | {p.outlet}", ["031-987-6543"]),
            # hold shapes: written after tuning on dev, never tuned on
            lambda p: (f"[제보] 카카오톡 {p.domain.split('.')[0]} / 이메일 {p.email}", ["[제보] 카카오톡", p.email]),
            lambda p: (f"+기사제공: {p.outlet}", [f"기사제공: {p.outlet}"]),
            lambda p: (f"▷ 전화 02-780-1234 ▷ 이메일 jebo@{p.domain}", ["02-780-1234", f"jebo@{p.domain}"]),
            lambda p: (f"<{p.outlet} 제보하기>\n이메일 : {p.email}", ["제보하기", p.email]),
        ],
        # related and most-read lists: other stories' headlines (from the same corpus) after a marker
        "related": [
            lambda p, titles: ("관련기사\n" + "\n".join(titles), ["관련기사", *titles]),
            lambda p, titles: ("[관련기사]\n" + "\n".join(f"▶ {t}" for t in titles), ["[관련기사]", *titles]),
            lambda p, titles: ("■ 관련기사 ◀\n" + "\n".join(f"- {t}" for t in titles), ["관련기사 ◀", *titles]),
            lambda p, titles: ("<관련 기사>\n" + "\n".join(titles), ["<관련 기사>", *titles]),
            lambda p, titles: ("많이 본 뉴스\n" + "\n".join(f"{i} {t}" for i, t in enumerate(titles, 1)), ["많이 본 뉴스", *titles]),
            lambda p, titles: ("[많이 본 기사]\n" + "\n".join(titles), ["[많이 본 기사]", *titles]),
            lambda p, titles: ("이 시각 주요뉴스\n" + "\n".join(f"· {t}" for t in titles), ["이 시각 주요뉴스", *titles]),
            lambda p, titles: (f"{p.reporter} 기자의 다른 기사\n" + "\n".join(titles), ["기자의 다른 기사", *titles]),
            # hold shapes: written after tuning on dev, never tuned on
            lambda p, titles: ("▶ 관련기사 ◀\n" + "\n".join(f"· {t}" for t in titles), ["관련기사 ◀", *titles]),
            lambda p, titles: ("[이 시각 인기 뉴스]\n" + "\n".join(titles), ["이 시각 인기 뉴스", *titles]),
            lambda p, titles: ("함께 보면 좋은 뉴스\n" + "\n".join(titles), ["함께 보면 좋은 뉴스", *titles]),
            lambda p, titles: ("관련 뉴스\n" + "\n".join(f"☞ {t}" for t in titles), ["관련 뉴스", *titles]),
        ],
    }


def _middle_shapes() -> dict[str, list]:
    return {
        "broadcast_mid": [
            lambda p: ("[기자]", ["[기자]"]),
            lambda p: (f"[인터뷰] {_name2(p)} / {OCCUPATIONS[len(p.reporter) % len(OCCUPATIONS)]}", [f"[인터뷰] {_name2(p)}"]),
            lambda p: ("◀ 리포트 ▶", ["◀ 리포트 ▶"]),
            lambda p: (f"<인터뷰> {_name2(p)}/{OCCUPATIONS[0]}", [f"<인터뷰> {_name2(p)}"]),
            lambda p: ("<기자>", ["<기자>"]),
            lambda p: (f"◀ INT ▶ {_name2(p)} / {OCCUPATIONS[1]}", ["◀ INT ▶"]),
            lambda p: ("[리포트]", ["[리포트]"]),
            lambda p: (f"[녹취] {_name2(p)} / {OCCUPATIONS[2]}", [f"[녹취] {_name2(p)}"]),
            # hold shapes: written after tuning on dev, never tuned on
            lambda p: (f"(인터뷰) {_name2(p)} / {OCCUPATIONS[3]}", [f"(인터뷰) {_name2(p)}"]),
            lambda p: ("<현장음>", ["<현장음>"]),
            lambda p: (f"◀ 인터뷰 ▶ {_name2(p)} / {OCCUPATIONS[4]}", ["◀ 인터뷰 ▶"]),
            lambda p: (f"[전화 인터뷰] {_name2(p)} / {OCCUPATIONS[5]}", ["[전화 인터뷰]"]),
        ],
        "caption_mid": [
            lambda p: (f"{_c(p)}. /{p.outlet} 제공", [f"/{p.outlet} 제공"]),
            lambda p: (f"▲ {_c(p)} (사진={p.outlet})", [_c(p)]),
            lambda p: (f"{_c(p)} [사진={p.reporter} 기자]", [_c(p)]),
            lambda p: (f"{_c(p)}. 2021.3.2 {p.email}", [p.email]),
            lambda p: (f"[{p.outlet} 자료사진]", [f"[{p.outlet} 자료사진]"]),
            lambda p: (f"{_c(p)} <사진={p.outlet} DB>", [f"<사진={p.outlet} DB>"]),
            lambda p: (f"{_c(p)}. 사진={p.outlet}", [f"사진={p.outlet}"]),
            lambda p: (f"△{_c(p)}(사진 제공=온누리재단)", [_c(p)]),
            # hold shapes: written after tuning on dev, never tuned on
            lambda p: (f"▲{_c(p)}. ⓒ{p.outlet}", [_c(p), f"ⓒ{p.outlet}"]),
            lambda p: (f"{_c(p)} / 사진={p.outlet}", [f"사진={p.outlet}"]),
            lambda p: (f"[사진 = {p.outlet}] {_c(p)}", [f"[사진 = {p.outlet}]", _c(p)]),
            lambda p: (f"{_c(p)}. {p.outlet} 제공", [f"{p.outlet} 제공"]),
        ],
    }


def _name2(p: Persona) -> str:
    """An interviewee: a name other than the reporter's."""
    return p.reporter[0] + GIVEN[(GIVEN.index(p.reporter[1:]) + 3) % len(GIVEN)] if p.reporter[1:] in GIVEN else "홍길순"


# --- one corrupted article -----------------------------------------------------------------------


@dataclass
class Dressed:
    text: str
    title: str                      # the Wikinews title
    headline_shown: bool            # the headline is in the text (the title is expected)
    debris: dict[str, list[str]] = field(default_factory=dict)  # family -> strings that must be gone
    sentences: list[str] = field(default_factory=list)          # the article's prose, spaces removed
    outlet: str | None = None       # the outlet, when its name is shown
    reporters: list[str] = field(default_factory=list)          # the article's byline names shown
    lookalikes: list[str] = field(default_factory=list)         # prose with a debris shape, spaces removed: must stay


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")


def _in_shapes(shapes: list, which: str) -> list[tuple[int, object]]:
    if which == "hold":
        return [(i, s) for i, s in enumerate(shapes) if i >= TUNED_SHAPES]
    return [(i, s) for i, s in enumerate(shapes[:TUNED_SHAPES]) if which == "all" or (i % 2 == 0) == (which == "dev")]


def dress(title: str, body: str, rng: random.Random, which: str, other_titles: list[str]) -> Dressed | None:
    """The article dressed in one head family, maybe a middle family, and one or two tail families."""
    paragraphs = [ln.strip() for ln in body.splitlines() if ln.strip()]
    if not paragraphs:
        return None
    if which == "hold2":
        return _dress_hold2(title, body, paragraphs, rng, other_titles)
    if which == "hold3":
        return _dress_page(hold3.compose(title, paragraphs, rng, other_titles), title, body, paragraphs)
    if which == "hold4":
        return _dress_page(hold4.compose(title, paragraphs, rng, other_titles), title, body, paragraphs)
    if which == "hold5":
        return _dress_page(hold5.compose(title, paragraphs, rng, other_titles), title, body, paragraphs)
    if which == "hold6":
        return _dress_page(hold6.compose(title, paragraphs, rng, other_titles), title, body, paragraphs)
    persona = Persona.draw(rng)
    sub = _pick(rng, SUBHEADS)
    sentences = [nospace(s) for par in paragraphs for s in _SENTENCE_SPLIT.split(par) if nospace(s)]
    out = Dressed(text="", title=title, headline_shown=False, sentences=sentences)

    heads = _head_shapes()
    family = _pick(rng, sorted(heads))
    index, shape = _pick(rng, _in_shapes(heads[family], which))
    first, debris = shape(title, sub, persona, paragraphs[0])
    out.headline_shown = family == "headline"
    out.debris[family] = debris + ([title] if out.headline_shown else [])
    lines = first.split("\n") + paragraphs[1:]

    if len(paragraphs) > 2 and rng.random() < 0.5:
        middles = _middle_shapes()
        mfamily = _pick(rng, sorted(middles))
        _, mshape = _pick(rng, _in_shapes(middles[mfamily], which))
        text, debris = mshape(persona)
        at = len(lines) - len(paragraphs) + 1 + rng.randrange(len(paragraphs) - 1)
        lines.insert(at, text)
        out.debris[mfamily] = debris

    tails = _tail_shapes()
    for tfamily in rng.sample(sorted(tails), k=rng.choice((1, 2))):
        _, tshape = _pick(rng, _in_shapes(tails[tfamily], which))
        if tfamily == "related":
            text, debris = tshape(persona, rng.sample(other_titles, 3))
        else:
            text, debris = tshape(persona)
        if text.startswith("+"):
            lines[-1] += text[1:]
        else:
            lines.extend(text.split("\n"))
        out.debris.setdefault(tfamily, []).extend(debris)
    out.text = "\n".join(lines)
    # a debris string the article itself contains proves nothing
    original = nospace(body)
    out.debris = {f: [d for d in ds if nospace(d) not in original] for f, ds in out.debris.items()}
    out.outlet = persona.outlet if persona.outlet in out.text and persona.outlet not in body else None
    out.reporters = [persona.reporter] if persona.reporter in out.text and persona.reporter not in body else []
    return out


def _dress_hold2(title: str, body: str, paragraphs: list[str], rng: random.Random, other_titles: list[str]) -> Dressed:
    """A page composed as an outlet's: masthead, maybe a photo, the lead's byline; maybe a line in the
    middle; then byline, profile, lists and promos, the house copyright and the house footer."""
    p = hold2.Persona2.draw(rng)
    sub = _pick(rng, hold2.SUBHEADS)
    sentences = [nospace(s) for par in paragraphs for s in _SENTENCE_SPLIT.split(par) if nospace(s)]
    out = Dressed(text="", title=title, headline_shown=False, sentences=sentences)
    reporters: list[str] = []

    def note(family: str, shaped: tuple[str, list[str], list[str]]) -> str:
        text, debris, names = shaped
        out.debris.setdefault(family, []).extend(debris)
        reporters.extend(n for n in names if n not in reporters)
        return text

    head: list[str] = []
    if rng.random() < 0.8:
        head += note("masthead", _pick(rng, hold2.MASTHEADS)(title, sub, p)).split("\n")
        out.headline_shown = True
        out.debris["masthead"].append(title)
    if rng.random() < 0.4:
        head += note("caption_head", _pick(rng, hold2.CAPTION_HEADS)(p)).split("\n")
    first = note("lead", _pick(rng, hold2.LEADS)(p, paragraphs[0])) if rng.random() < 0.8 else paragraphs[0]
    lines = head + first.split("\n") + paragraphs[1:]

    if len(paragraphs) > 2 and rng.random() < 0.5:
        family = _pick(rng, sorted(hold2.MIDDLES))
        text = note(family, _pick(rng, hold2.MIDDLES[family])(p, rng.sample(other_titles, 1)))
        lines.insert(len(lines) - len(paragraphs) + 1 + rng.randrange(len(paragraphs) - 1), text)

    copyright_shape, footer, footer_shape = hold2.house_style(p.outlet)
    tails: list[tuple[str, object]] = []
    if rng.random() < 0.6:
        tails.append(("email_tail", _pick(rng, hold2.TAILS["email_tail"])))
    if rng.random() < 0.2:
        tails.append(("profile", _pick(rng, hold2.TAILS["profile"])))
    if rng.random() < 0.5:
        family = _pick(rng, ["promo", "related", "widget", "contact"])
        tails.append((family, _pick(rng, hold2.TAILS[family])))
    if rng.random() < 0.8:
        tails.append(("copyright", hold2.TAILS["copyright"][copyright_shape]))
    if rng.random() < 0.6:
        tails.append((footer, hold2.TAILS[footer][footer_shape]))
    for family, shape in tails:
        text = note(family, shape(p, rng.sample(other_titles, 3)))
        if text.startswith("+"):
            lines[-1] += text[1:]
        else:
            lines.extend(text.split("\n"))
    out.text = "\n".join(lines)
    original = nospace(body)
    out.debris = {f: [d for d in ds if nospace(d) not in original] for f, ds in out.debris.items()}
    out.outlet = p.outlet if p.outlet in out.text and p.outlet not in body else None
    out.reporters = [r for r in reporters if r not in body]
    return out


def _dress_page(page: hold3.Page | hold4.Page | hold5.Page | hold6.Page, title: str, body: str,
                paragraphs: list[str]) -> Dressed:
    """A page laid out as its outlet's site or a portal's article view shows it (`eval_debris_hold3`,
    `eval_debris_hold4`, `eval_debris_hold5`, `eval_debris_hold6`)."""
    text = "\n".join(page.lines)
    lookalikes = [nospace(s) for s in page.lookalikes]
    sentences = [nospace(s) for par in paragraphs for s in _SENTENCE_SPLIT.split(par) if nospace(s)] + lookalikes
    # a debris string the article or its look-alike prose contains proves nothing
    prose = nospace(body) + "\n".join(lookalikes)
    debris = {f: [d for d in ds if nospace(d) not in prose] for f, ds in page.debris.items()}
    shown = page.outlet in text and page.outlet not in body
    return Dressed(text=text, title=title, headline_shown=page.headline_shown, debris=debris, sentences=sentences,
                   outlet=page.outlet if shown else None, reporters=[r for r in page.reporters if r not in body],
                   lookalikes=lookalikes)


# --- measuring -----------------------------------------------------------------------------------


@dataclass
class Tally:
    debris_total: int = 0
    debris_gone: int = 0
    prose_total: int = 0
    prose_kept: int = 0
    articles: int = 0

    @property
    def removed(self) -> float:
        return self.debris_gone / self.debris_total if self.debris_total else 1.0

    @property
    def kept(self) -> float:
        return self.prose_kept / self.prose_total if self.prose_total else 1.0


@dataclass
class DebrisReport:
    overall: Tally
    families: dict[str, Tally]
    worst_article: float
    titles_expected: int
    titles_right: int
    prose_titles: int
    misses: dict[str, list[tuple[str, str]]]  # family -> (debris left, the body line holding it)
    outlets_expected: int = 0
    outlets_right: int = 0
    reporters_expected: int = 0
    reporters_right: int = 0
    metadata_misses: list[str] = field(default_factory=list)
    kept: dict[str, list[str]] = field(default_factory=dict)  # article -> its sentences found in the body
    lookalikes_total: int = 0
    lookalikes_kept: int = 0


def evaluate(rows: list[dict], which: str = "dev", seed: int = 16, batch: bool = False) -> DebrisReport:
    titles = [r.get("제목") or "" for r in rows if r.get("제목")]
    overall, families = Tally(), defaultdict(Tally)
    worst, expected, right, prose_titles = 1.0, 0, 0, 0
    misses: dict[str, list[tuple[str, str]]] = defaultdict(list)
    outlets = [0, 0]
    bylines = [0, 0]
    metadata_misses: list[str] = []
    kept_sentences: dict[str, list[str]] = {}
    report_lookalikes = [0, 0]
    all_dressed = []
    for n, row in enumerate(rows):
        rng = random.Random(seed * 100_003 + n)
        others = [t for t in titles if t != row.get("제목")]
        dressed = dress(row.get("제목") or "", row.get("내용") or "", rng, which, others)
        if dressed is not None and dressed.title:
            all_dressed.append((n, dressed))
    recurring: list[frozenset[str]] = []
    for start in range(0, len(all_dressed), BATCH_SIZE):
        chunk = all_dressed[start: start + BATCH_SIZE]
        found = recurring_segments(d.text for _, d in chunk) if batch else frozenset()
        recurring.extend([found] * len(chunk))
    for (n, dressed), repeats in zip(all_dressed, recurring):
        cleaned = clean_article(dressed.text, recurring=repeats)
        if dressed.outlet:
            outlets[0] += 1
            outlets[1] += nospace(cleaned.outlet or "") == nospace(dressed.outlet)
            if nospace(cleaned.outlet or "") != nospace(dressed.outlet):
                metadata_misses.append(f"outlet {cleaned.outlet!r} for {dressed.outlet!r}")
        if dressed.reporters:
            bylines[0] += 1
            bylines[1] += set(cleaned.reporters) == set(dressed.reporters)
            if set(cleaned.reporters) != set(dressed.reporters):
                metadata_misses.append(f"reporters {cleaned.reporters!r} for {dressed.reporters!r}")
        body = nospace(cleaned.body)
        kept_sentences[f"{which}:{n}"] = [s for s in dressed.sentences if s in body]
        for lookalike in dressed.lookalikes:
            report_lookalikes[0] += 1
            report_lookalikes[1] += lookalike in body
            if lookalike not in body:
                misses["lookalike"].append((lookalike, "(dropped)"))
        kept = sum(len(s) for s in dressed.sentences if s in body)
        total = sum(len(s) for s in dressed.sentences)
        share = kept / total if total else 1.0
        worst = min(worst, share)
        overall.prose_kept += kept
        overall.prose_total += total
        overall.articles += 1
        for family, debris in dressed.debris.items():
            tally = families[family]
            tally.articles += 1
            tally.prose_kept += kept
            tally.prose_total += total
            for d in debris:
                gone = nospace(d) not in body
                tally.debris_total += 1
                tally.debris_gone += gone
                overall.debris_total += 1
                overall.debris_gone += gone
                if not gone:
                    line = next((ln for ln in cleaned.body.splitlines() if nospace(d) in nospace(ln)), "")
                    misses[family].append((d, line[:160]))
        if dressed.headline_shown:
            expected += 1
            right += nospace(cleaned.title or "") == nospace(dressed.title)
            if nospace(cleaned.title or "") != nospace(dressed.title):
                metadata_misses.append(f"title {cleaned.title!r} for {dressed.title!r}")
        if cleaned.title and nospace(cleaned.title) in dressed.sentences:
            prose_titles += 1
    return DebrisReport(overall, dict(families), worst, expected, right, prose_titles, dict(misses),
                        outlets[0], outlets[1], bylines[0], bylines[1], metadata_misses, kept_sentences,
                        *report_lookalikes)


def read_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m sinmun.eval_debris", description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--shapes", choices=("dev", "check", "hold", "hold2", "hold3", "hold4", "hold5", "hold6", "all"),
                        default="all", help="'all' runs dev..hold3; hold4, hold5 and the never-tuned hold6 run only when named")
    parser.add_argument("--batch", action="store_true", help="clean with the segments recurring across each batch of 64")
    parser.add_argument("--misses", metavar="FAMILY", help="list the debris left in this family ('all' for every one)")
    parser.add_argument("--save-kept", metavar="JSON", type=Path, help="write the sentences each article kept")
    parser.add_argument("--lost-against", metavar="JSON", type=Path,
                        help="list the sentences kept in that earlier --save-kept run and lost now")
    args = parser.parse_args(argv)
    before = json.loads(args.lost_against.read_text(encoding="utf-8")) if args.lost_against else None
    kept_now: dict[str, list[str]] = {}
    if not args.csv.exists():
        print(f"{args.csv} not found: pass the Wikinews CSV path (columns 작성일, 출처, 제목, 내용)")
        return 2
    rows = read_rows(args.csv)
    sets = ("dev", "check", "hold", "hold2", "hold3") if args.shapes == "all" else (args.shapes,)
    for which in sets:
        report = evaluate(rows, which, batch=args.batch)
        kept_now.update(report.kept)
        o = report.overall
        print(f"== {which} shapes{' (in batches)' if args.batch else ''}: {o.articles} articles")
        print(f"debris removed {o.removed:.3f} ({o.debris_gone}/{o.debris_total}), prose kept {o.kept:.4f}, "
              f"worst article {report.worst_article:.3f}")
        print(f"title right {report.titles_right}/{report.titles_expected}, prose taken as title {report.prose_titles}")
        print(f"outlet right {report.outlets_right}/{report.outlets_expected}, "
              f"reporters right {report.reporters_right}/{report.reporters_expected}")
        if report.lookalikes_total:
            print(f"look-alike prose kept {report.lookalikes_kept}/{report.lookalikes_total}")
        for family, tally in sorted(report.families.items()):
            print(f"  {family:14s} debris removed {tally.removed:.3f} ({tally.debris_gone}/{tally.debris_total})"
                  f"  prose kept {tally.kept:.4f}")
        if args.misses:
            for family, missed in sorted(report.misses.items()):
                if args.misses in (family, "all"):
                    for debris, line in missed[:40]:
                        print(f"    [{family}] {debris!r} in {line!r}")
            if args.misses in ("metadata", "all"):
                for miss in report.metadata_misses[:60]:
                    print(f"    [metadata] {miss}")
        if before is not None:
            lost = [(key, s) for key, sentences in report.kept.items() for s in before.get(key, []) if s not in sentences]
            print(f"sentences lost against {args.lost_against.name}: {len(lost)}")
            for key, sentence in lost[:40]:
                print(f"    [lost] {key} {sentence[:120]}")
    if args.save_kept:
        args.save_kept.write_text(json.dumps(kept_now, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
