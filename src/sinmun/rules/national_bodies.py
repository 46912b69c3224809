"""Bodies named without the national word their official name opens with (건강보험공단 → 국민건강보험공단,
수자원공사 → 한국수자원공사, 축구협회 → 대한축구협회).

Korean public agencies and national associations put 한국, 국민 or 대한 before what they are
(`한국` + 수자원 + 공사); news drops it once the body is clear. The short form names one body only when one
official name is that word and the short form: the gazetteer's names and `national_bodies.txt`, a list this
module derives from text we may read in bulk (Wikinews, KLUE-NER sentences) — never typed by hand:

    python -m sinmun.rules.national_bodies WIKINEWS_CSV KLUE_TSV... > src/sinmun/resources/national_bodies.txt
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..resources import read_lines
from .orgs import gazetteer, is_common_noun

NATIONAL_WORDS = ("한국", "국민", "대한")
# Endings of bodies that stand for one national institution when written with a national word. Not 위원회:
# `국민대책위원회` is any campaign's committee; not 원/회 alone, which end common words (문화원, 동창회).
BODY_ENDINGS = ("공사", "공단", "진흥원", "연구원", "개발원", "평가원", "정보원", "관리원", "연수원", "재단",
                "협회", "학회", "연합회", "협의회", "공제회")
_NAME = re.compile(rf"(?<![가-힣])((?:{'|'.join(NATIONAL_WORDS)})[가-힣]{{2,10}}?(?:{'|'.join(BODY_ENDINGS)}))"
                   r"(?=[은는이가의을를에과와도로 ,.)]|$)")


def short_form_names(name: str) -> bool:
    """Whether `name` without its national word is a word that can stand for it: two syllables or more
    before the ending, and not a common noun Kiwi knows whole."""
    bare = name[2:]
    ending = next((e for e in BODY_ENDINGS if bare.endswith(e)), None)
    return ending is not None and len(bare) - len(ending) >= 2 and not is_common_noun(bare)


@lru_cache(maxsize=1)
def national_names() -> frozenset[str]:
    """Official names opening with a national word: the gazetteer's and `national_bodies.txt`."""
    names = {n for n in gazetteer().canonical_names if n.startswith(NATIONAL_WORDS)}
    names.update(read_lines("national_bodies.txt"))
    return frozenset(n for n in names if short_form_names(n))


def national_tie(short: str) -> str | None:
    """The one official name that is a national word and `short` (건강보험공단 → 국민건강보험공단); None when
    no name or several fit, or `short` opens with a national word itself."""
    if " " in short or short.startswith(NATIONAL_WORDS) or len(short) < 4:
        return None
    fits = {w + short for w in NATIONAL_WORDS} & national_names()
    return fits.pop() if len(fits) == 1 else None


def derive(texts) -> list[str]:
    """Names of the shape, each written in full somewhere in `texts`, whose short form can stand alone."""
    seen = Counter(m for text in texts for m in _NAME.findall(text))
    return sorted(n for n in seen if short_form_names(n))


def _texts(paths: list[str]):
    for path in paths:
        if path.endswith(".csv"):
            with open(path, encoding="utf-8", newline="") as handle:
                yield from (row.get("내용", "") for row in csv.DictReader(handle))
        else:
            yield Path(path).read_text(encoding="utf-8")


if __name__ == "__main__":
    print("# Official names opening with 한국/국민/대한 that news also writes without it, derived by")
    print("# `python -m sinmun.rules.national_bodies` (see rules/national_bodies.py) from Wikinews and KLUE-NER text.")
    print("\n".join(derive(_texts(sys.argv[1:]))))
