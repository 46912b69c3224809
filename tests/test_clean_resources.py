"""The cleaning resources: outlets.tsv covers the major Korean outlets with their domains, and every
pattern in boilerplate.toml compiles."""

from __future__ import annotations

import re
import tomllib

import pytest

from sinmun.cleaning.outlets import outlet_index
from sinmun.resources import resource_path

MAJOR = ["연합뉴스", "뉴스1", "뉴시스", "조선일보", "중앙일보", "동아일보", "한겨레", "경향신문", "한국경제", "매일경제",
         "머니투데이", "서울경제", "이데일리", "아시아경제", "헤럴드경제", "파이낸셜뉴스", "전자신문", "디지털타임스",
         "ZDNet Korea", "블로터", "IT조선", "뉴스핌", "아주경제", "마이데일리", "서울신문", "국민일보", "세계일보",
         "문화일보", "한국일보", "KBS", "MBC", "SBS", "YTN", "JTBC", "정책브리핑"]


def test_outlets_cover_the_major_outlets_with_domains() -> None:
    index = outlet_index()
    names = set(index.by_alias.values())
    assert len(names) >= 60
    assert set(MAJOR) <= names
    with_domain = set(index.by_domain.values())
    assert set(MAJOR) <= with_domain


@pytest.mark.parametrize(
    "host,outlet",
    [("www.newspim.com", "뉴스핌"), ("it.chosun.com", "IT조선"), ("biz.chosun.com", "조선비즈"), ("www.chosun.com", "조선일보"),
     ("m.yna.co.kr", "연합뉴스"), ("news.example.org", None)],
)
def test_domains_resolve_to_the_most_specific_outlet(host: str, outlet: str | None) -> None:
    assert outlet_index().from_domain(host) == outlet


@pytest.mark.parametrize(
    "text,outlet",
    [("Copyright ⓒ 서울신문", "서울신문"), ("ⓒ 한국경제TV", "한국경제TV"), ("ⓒ 한국경제", "한국경제"), ("서울경제 무단전재", "서울경제"),
     ("© News1", "뉴스1"), ("매일경제 & mk.co.kr", "매일경제")],
)
def test_longest_alias_wins(text: str, outlet: str) -> None:
    assert outlet_index().find_name(text) == outlet


def test_boilerplate_patterns_compile() -> None:
    table = tomllib.loads(resource_path("boilerplate.toml").read_text(encoding="utf-8"))
    patterns = [p for section in table.values() for key, value in section.items()
                if "pattern" in key for p in (value if isinstance(value, list) else [value])]
    assert len(patterns) > 30
    for pattern in patterns:
        re.compile(pattern.replace("{outlets}", "x"))
