"""Checks on the organization attached to a person row.

A party named by a short form is resolved to the Korean party that bore it at the article's date
(`parties.tsv`: 민주당 is 민주통합당 in 2012, 더불어민주당 from 2016). Those are bodies of Korea; a foreign
person's party written so is their own country's (`버락 오바마 민주당 후보`, `힐러리 클린턴 민주당 후보`), so the
row keeps the party as the article writes it, and the organizations row made for it is filed under no
country.
"""

from functools import lru_cache

from ..resources import read_lines
from .people import looks_like_korean_name


@lru_cache(maxsize=1)
def party_short_forms() -> dict[str, tuple[str, ...]]:
    """Each Korean party of `parties.tsv` with the short forms news writes for it."""
    forms: dict[str, tuple[str, ...]] = {}
    for line in read_lines("parties.tsv"):
        name, short = (line.split("\t") + [""])[:2]
        if short:
            forms[name] = tuple(s for s in short.split(",") if s)
    return forms


def foreign_persons_party(name: str, org: str | None, text: str) -> str | None:
    """The org of a person row: a Korean party reached from a short form is, for a person whose name is no
    Korean name, the short form the article writes (민주당), else no org; other orgs are left as they are."""
    if org is None or looks_like_korean_name(name.replace(" ", "")) or org in text:
        return org
    written = [form for form in party_short_forms().get(org, ()) if form in text]
    return written[0] if written else org


def foreign_party_short_form(row: dict) -> bool:
    """A person row whose org is a party's short form (민주당) and whose name is no Korean name."""
    org = row.get("org")
    shorts = {form for forms in party_short_forms().values() for form in forms}
    return bool(org) and org in shorts and not looks_like_korean_name(row["name"].replace(" ", ""))
