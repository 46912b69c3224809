"""The party attached to a person row (rules/person_orgs.py): Korean parties reached from a short form stay
Korean people's; a foreign person's party is kept as the article writes it. Made-up names."""

from __future__ import annotations

import pytest


# fmt: off
@pytest.mark.parametrize("name, org, text, expected", [
    # a foreign person: the short form as written
    ("브래드 콜린스", "민주통합당", "브래드 콜린스 민주당 후보가 앞섰다.", "민주당"),
    ("제니퍼 로스", "더불어민주당", "민주당 제니퍼 로스 하원의원은 반대했다.", "민주당"),
    ("마이클 하트", "더불어민주당", "더민주 마이클 하트 후보", "더민주"),
    # a Korean person: the Korean party at the article's date
    ("김하준", "민주통합당", "민주당 김하준 의원은 말했다.", "민주통합당"),
    ("이서윤", "더불어민주당", "이서윤 민주당 대표가 말했다.", "더불어민주당"),
    # the party's full name written, or another org: left as it is
    ("브래드 콜린스", "더불어민주당", "더불어민주당 브래드 콜린스 고문", "더불어민주당"),
    ("브래드 콜린스", "공화당", "공화당 브래드 콜린스 후보", "공화당"),
    ("브래드 콜린스", "국무부", "국무부 브래드 콜린스 대변인", "국무부"),
    ("브래드 콜린스", None, "브래드 콜린스 후보", None),
])
# fmt: on
def test_foreign_persons_party(name, org, text, expected):
    from sinmun.rules.person_orgs import foreign_persons_party

    assert foreign_persons_party(name, org, text) == expected


@pytest.mark.parametrize("row, expected", [
    ({"name": "브래드 콜린스", "org": "민주당"}, True),
    ({"name": "김하준", "org": "민주당"}, False),
    ({"name": "브래드 콜린스", "org": "국무부"}, False),
    ({"name": "브래드 콜린스", "org": None}, False),
])
def test_foreign_party_short_form(row, expected):
    from sinmun.rules.person_orgs import foreign_party_short_form

    assert foreign_party_short_form(row) is expected
