"""A writer's signature under the article's last sentence: a name and what the writer is, no sentence.

Columns and contributions end with the writer's name and position ("홍길동 가상대 경영학과 교수",
"김철수 변호사", "글 : 이영희 (소설가)", "<홍길동 가상대 교수·경제학>", "…했다. /김철수 변호사·법무법인 가상"),
staff writers with their desk or byline title ("홍길동 탐사보도팀장", "/홍길동 논설위원"). The line is the
page's, not the text's: it goes. A staff writer signs as a reporter does; an outside writer (a
professor, a lawyer, a novelist) is no reporter of the outlet. A signature is known by its shape: a
person's name, at most a few words, and a title last (the titles people rules know, `titles.tsv`), or a
writer's label before the name (글, 기고, 필자); it stands only below the last plain sentence.
"""

from __future__ import annotations

import re
from functools import cache

from sinmun.cleaning.bylines import byline_rules
from sinmun.cleaning.outlets import EMAIL
from sinmun.cleaning.segments import is_plain_statement
from sinmun.resources import read_lines

SIGNATURE_MAX_CHARS = 50  # a signature is a name and a position, not a paragraph
SIGNATURE_LINES = 3       # it stands in the last lines under the text
_WRITER_LABEL = r"(?:글|글\s*[·ㆍ]\s*사진|기고|필자|칼럼)"
_SIGNATURE = re.compile(
    rf"^[<(\[〈]?\s*(?:/\s*)?(?:(?P<label>{_WRITER_LABEL})\s*[:=：]?\s+|(?P<label2>{_WRITER_LABEL})\s*[:=：]\s*)?"
    rf"(?P<name>[가-힣]{{2,4}})(?P<rest>(?:\s+[^\s.!?]{{1,16}}){{0,4}}?)\s*[>)\]〉]?\s*(?:{EMAIL})?\s*$"
)
# Glued after the last sentence with a slash: "…말했다. /김철수 변호사·법무법인 가상".
_GLUED = re.compile(r"(?<=[.!?\"”’])\s*/\s*(?=[가-힣]{2,4}\s)")
# A desk's head signs as staff ("탐사보도팀장", "정치부장", "디지털뉴스부 데스크").
_DESK_TITLE = re.compile(r"[가-힣]{0,8}(?:부장|차장|국장|팀장|데스크|에디터)$")


@cache
def _titles() -> tuple[frozenset[str], re.Pattern]:
    """The titles and positions of people (`titles.tsv`): what a signature ends with."""
    words = {line.split("\t")[0].strip() for line in read_lines("titles.tsv") if "\t" in line}
    words |= {"칼럼니스트", "겸임교수", "객원교수", "명예교수", "선임연구원", "연구위원", "논설위원"}
    words = {w for w in words if len(w) >= 2}
    ending = re.compile("(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")$")
    return frozenset(words), ending


def signature(line: str) -> tuple[str, bool] | None:
    """The writer a signature line names and whether the writer is staff (a reporter), else None."""
    from sinmun.cleaning.zones import is_person_name

    if len(line) > SIGNATURE_MAX_CHARS or is_plain_statement(line):
        return None
    match = _SIGNATURE.match(line.strip())
    if not match or not is_person_name(match["name"]):
        return None
    labelled = bool(match["label"] or match["label2"])
    if "," in match["rest"]:
        return None  # a list or a headline ("홍길동 전 대통령, 탄핵"), no position
    words = [w for w in re.split(r"[\s()（）]+", match["rest"]) if w]
    if any(re.search(r"(?:은|는|을|를|에서|에게|했다|한다|이다)$", w) for w in words):
        return None  # a clause, not a position
    _, ending = _titles()
    # the title ends the signature, or only its ·-joined field or firm follows ("교수·경제학", "변호사·법무법인 가상")
    titled = [i for i, w in enumerate(words) if ending.search(re.split(r"[·ㆍ]", w)[0])]
    if not titled:
        return (match["name"], False) if labelled and not words else None
    k = titled[0]
    title = re.split(r"[·ㆍ]", words[k])[0]
    if k < len(words) - 1 and not re.search(r"[·ㆍ]", words[k]):
        return None
    staff = bool(byline_rules().titles.fullmatch(title)) or (k == 0 and _DESK_TITLE.search(title) is not None)
    return match["name"], staff


def drop_signatures(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines without the signatures under the last plain sentence (and one glued to it after a
    slash), and the staff writers they name."""
    staff: list[str] = []
    if lines and (glued := _GLUED.search(lines[-1])) and (found := signature(lines[-1][glued.end():])):
        lines = lines[:-1] + [lines[-1][: glued.start()].rstrip()]
        staff += [found[0]] if found[1] else []
    end = max((i for i, line in enumerate(lines) if is_plain_statement(line)), default=None)
    if end is None:
        return lines, staff
    kept = lines[: end + 1]
    for i, line in enumerate(lines[end + 1:]):
        found = signature(line) if i < SIGNATURE_LINES else None
        if found:
            staff += [found[0]] if found[1] and found[0] not in staff else []
            continue
        kept.append(line)
    return kept, staff
