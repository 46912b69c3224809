"""A country acting is an organization, a country as a place is a location (the mentions layer only).

Korean news writes states as actors: `미국은 제재를 발표했다`, `중국의 대북 정책`, `한국과 미국은 협정에
합의했다`, `북한에 대화를 촉구했다`. The news NER conventions (KMOU; KLUE in part) mark such a country ORG and
a country where something happens LOC (`미국에서`, `중국으로 이주`, `미국 뉴욕`). Our place gazetteer marks
every country LOC, so `sinmun_country_roles` reads the particle right after a country's name and the
word that governs it from Kiwi's morphemes:

- subject or topic (이/가/은/는) whose first predicate is an action or statement (a verb, a noun + 하다),
  not a verb of place or being (있다, 위치하다; `country_roles.toml`) nor an adjective or copula;
- object (을/를) of a verb, unless one goes to or through it (방문하다, 거치다);
- 의 or a space, then a noun of what a state has or does as an actor (정부, 정책, 입장, 요구; its economy and
  budget, forces, elections and acts: 국내총생산, 국방비, 미사일, 대선, 보복) or a title (대통령); a space, then a
  player's position (브라질 수비수: its national team);
- 과/와 then an agreement or relation (협정, 회담, 관계), or another country that acts (`한국과 미국은`);
- 에/에게 then a demand, sanction or message (요구, 제재, 촉구);
and the opposite for the model's country ORG: 에서, (으)로 or a place name right after is a place.

It runs after `sinmun_resolve` and `sinmun_facts`: the organizations table holds bodies, and a country is
not one (a body's country goes to its `country` column), so only the mentions change.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doc_ext import MENTIONS, doc_text
from ..resources import resource_path

SUBJECT = {"이", "가", "은", "는", "께서"}
OBJECT = {"을", "를"}
OF = {"의"}
AND = {"과", "와", "하고", "랑", "이랑"}
TO = {"에", "에게", "에게서", "한테"}
PLACE_PARTICLES = {"에서", "에서는", "에서도", "으로", "로", "으로부터", "로부터", "까지"}
PREDICATE_TAGS = ("VV", "VA", "VCP", "VCN", "XSV", "XSA")
LOOKAHEAD = 8  # morphemes read for the governing word: a clause's nearest words
CLAUSE = 24  # morphemes read for a subject's predicate


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = tomllib.loads(resource_path("country_roles.toml").read_text(encoding="utf-8"))
    return {key: frozenset(value.split()) for key, value in data.items()}


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from .org_names import country_names

    return country_names()


def _morphemes(doc: Doc, at: int, stop: int) -> list[tuple[str, str, int]]:
    """(form, tag, start_char) of Kiwi's morphemes in doc[at:] up to char `stop`, spaces skipped."""
    out = []
    for token in doc[at:]:
        if token.idx >= stop:
            break
        if token.text.isspace() or token.tag_ == "_SP":
            continue
        forms, tags = token.lemma_.split("+"), token.tag_.split("+")
        if len(forms) != len(tags):
            forms, tags = [token.lemma_], [token.tag_]
        out += [(f, t, token.idx) for f, t in zip(forms, tags)]
        if len(out) > CLAUSE:
            break
    return out


def role(doc: Doc, span: Span, sentence_end: int, depth: int = 0) -> str | None:
    """"ORG" where the sentence makes the country at `span` act, "LOC" where it is a place, else None."""
    text = doc_text(doc)
    end = span.end_char
    bare = end < len(text) and text[end] == " "
    after = _morphemes(doc, span.end, sentence_end)
    if not after:
        return None
    words = _words()
    first, tag, _ = after[0]
    if bare:
        noun = next((f for f, t, _ in after[:2] if t.startswith("NN")), None)
        if (noun is not None and noun in words["actor_nouns"]) or _actor_word(text, end + 1):
            return "ORG"  # not a title: 한국 선수 is a nationality
        if noun is not None and noun in words["team_positions"]:
            return "ORG"  # 브라질 수비수 마르셀루: the national team
        if after[0][1] == "NNP" and _is_place(after[0][0]):
            return "LOC"  # 미국 뉴욕
        return None
    if not tag.startswith("J"):
        return None
    rest = after[1:LOOKAHEAD + 1]
    clause = after[1:CLAUSE + 1]
    if first in PLACE_PARTICLES and tag in ("JKB", "JX"):
        return "LOC"
    if first in SUBJECT:
        # The clause's predicate: the first one that does not modify a noun (낮은 물가, 새로운 규제).
        at = next((i for i, (_, t, _) in enumerate(clause) if t in PREDICATE_TAGS
                   and not any(nt == "ETM" for _, nt, _ in clause[i + 1:i + 3])), None)
        if at is None:
            return None
        form, ptag, _ = clause[at]
        if ptag == "XSV" and at > 0:
            form = clause[at - 1][0] + form  # 위치 + 하: the verb 위치하다
        if ptag in ("VV", "XSV") and form not in words["place_verbs"]:
            return "ORG"
        return None
    if first in OBJECT:
        # the state acted upon (일본을 꺾었다, 중국을 견제하다), unless the verb goes to or through it (방문하다)
        verb = next((f for f, t, _ in clause if t in ("VV", "XSV") or (t == "NNG" and f in words["visit_verbs"])), None)
        return None if verb is None or verb in words["visit_verbs"] else "ORG"
    if first in OF:
        nouns = [f for f, t, _ in rest[:4] if t.startswith("NN")]
        actor = any(n in words["actor_nouns"] or _is_title(n) for n in nouns[:3])
        return "ORG" if actor or (text[end + 1:end + 2] == " " and _actor_word(text, end + 2)) else None
    if first in AND:
        nxt = _next_country(doc, span, sentence_end)
        if nxt is not None and depth < 3:
            return role(doc, nxt, sentence_end, depth + 1)
        nouns = [f for f, t, _ in rest[:4] if t.startswith("NN")]
        return "ORG" if any(n in words["agreement_nouns"] for n in nouns[:2]) else None
    if first in TO:
        for form, t, _ in rest:
            if t.startswith("NN") and form in words["addressee_nouns"]:
                return "ORG"
            if t in PREDICATE_TAGS:
                break
        return None
    return None


def _actor_word(text: str, at: int) -> bool:
    """The word at `at`, its particles cut, ends in a noun of a state as an actor (a compound Kiwi splits:
    국내총생산 → 국내 + 총생산, 기준금리, 경제성장률)."""
    from .orgs import WORD, strip_particles

    m = WORD.match(text, at)
    if m is None:
        return False
    word = strip_particles(m.group())
    return any(word.endswith(noun) for noun in _words()["actor_nouns"] if len(noun) >= 2)


def _next_country(doc: Doc, span: Span, sentence_end: int) -> Span | None:
    """The country named right after `span`'s 과/와 (`한국과 미국은`), as a span of `doc`."""
    text = doc_text(doc)
    at = span.end_char
    while at < sentence_end and text[at] not in " ":
        at += 1
    at += 1
    for name in sorted(_countries(), key=len, reverse=True):
        if text.startswith(name, at):
            nxt = doc.char_span(at, at + len(name), alignment_mode="contract")
            if nxt is not None and nxt.end_char == at + len(name):
                return nxt
    return None


def _is_title(word: str) -> bool:
    from .people import titles

    return word in titles().kinds


def _is_place(word: str) -> bool:
    from .orgs import gazetteer

    return word in gazetteer().places and word not in _countries()


def _sentence_bounds(doc: Doc, at: int) -> tuple[int, int]:
    from ..kiwi_tokenizer import SENTENCES_KEY

    for start, end in doc.user_data.get(SENTENCES_KEY) or ():
        if start <= at < end:
            return start, end
    return 0, len(doc_text(doc))


def _sentence_end(doc: Doc, at: int) -> int:
    from ..kiwi_tokenizer import SENTENCES_KEY

    for start, end in doc.user_data.get(SENTENCES_KEY) or ():
        if start <= at < end:
            return end
    return len(doc_text(doc))


@Language.component("sinmun_country_roles")
def country_roles(doc: Doc) -> Doc:
    """Relabel the country mentions the sentence makes actors (ORG) or places (LOC); see the module."""
    if MENTIONS not in doc.spans:
        return doc
    from .team_places import club_of_place

    mentions = list(doc.spans[MENTIONS])
    changed = False
    for i, m in enumerate(mentions):
        if m.label_ == "LOC" and m.text not in _countries():
            if club_of_place(doc, m, _sentence_bounds(doc, m.start_char)):  # 울산은 대구를 꺾었다: the clubs
                span = Span(doc, m.start, m.end, label="ORG")
                span._.source, span._.normalized = m._.source, m._.normalized
                mentions[i] = span
                changed = True
            continue
        if m.label_ not in ("LOC", "ORG") or m.text not in _countries():
            continue
        label = role(doc, m, _sentence_end(doc, m.start_char))
        if label is None or label == m.label_ or (label == "LOC" and m._.source != "ner"):
            continue
        span = Span(doc, m.start, m.end, label=label)
        span._.source, span._.normalized = m._.source, m._.normalized
        mentions[i] = span
        changed = True
    states = hanja_states(doc, mentions)
    if states:
        mentions = sorted(mentions + states, key=lambda m: (m.start_char, m.end_char))
        changed = True
    if changed:
        doc.spans[MENTIONS] = mentions
    return doc


# A one-character Hanja abbreviation of a state, as headlines write them (北 규탄 성명, 中, 유동성 공급, 美 49%):
# standing apart from other letters before it; 中 closing a phrase after a word is "during" (운행 中”, 치료中…),
# and a place particle after it makes it a place (中서 제작).
HANJA_STATE = re.compile(r"(?<![가-힣一-龥A-Za-z0-9])([北中美日英露韓獨佛])(?!에서|서 |에 |[一-龥])")
DURING = re.compile(r"(?<=[가-힣] )中(?![가-힣一-龥A-Za-z0-9 ])")


def hanja_states(doc: Doc, mentions: list[Span]) -> list[Span]:
    """ORG mentions of the states a headline names by one Hanja letter, where no mention lies yet."""
    from .org_names import countries

    text = doc_text(doc)
    names = {}
    for name, code in countries().items():
        if len(name) >= 2 and code not in names:
            names[code] = name
    found = []
    for m in HANJA_STATE.finditer(text):
        if DURING.match(text, m.start()) or any(o.start_char < m.end() and m.start() < o.end_char for o in mentions):
            continue
        span = doc.char_span(m.start(), m.end(), label="ORG")
        if span is None:
            continue
        span._.source, span._.normalized = "rule", names.get(countries().get(m.group(1), ""), m.group(1))
        found.append(span)
    return found
