"""Who the money belongs to: the named actors of a unit, their roles, and the article's main actor.

An *actor phrase* is a noun phrase closed by a particle, with the resolved organizations and people
inside it. Its role comes from the particle: topic (은/는/도), subject (이/가), source (에서, 에서는),
target (에/에게), owner (의), joined (와/과, 및). A person stands for the organization the people table
ties them to (a minister for the ministry, a CEO for the firm), else for themselves — and always for
themselves when their title is a former one (하 전 사장) or the money is a penalty they pay (subject.py). A phrase whose head
is a generic actor noun (회사, 기업, 정부…) names nobody: it blocks the actors farther away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date

from ..rules.orgs import gazetteer

from .lexicon import FactLexicon
from .units import Unit

TOPIC = ("JX:은", "JX:는", "JX:도", "JX:만", "JX:이나")
SUBJECT = ("JKS:이", "JKS:가", "JKS:께서")
TARGET = ("JKB:에", "JKB:에게", "JKB:한테", "JKB:께")
SOURCE = ("JKB:에서",)
GIVER = ("JKB:로부터", "JKB:으로부터")
JOINED = ("JC:와", "JC:과", "JKB:와", "JKB:과", "JC:및")
# Adverbs that make the bare phrase before them a topic, as 도 would: 인터파크 역시, 정부 또한.
ADDITIVE = ("역시", "또한", "마찬가지로")
# Determiners that count or quantify: 세 과학자는, 여러 업체가 describe actors without naming them — as a
# topic or subject only; 한 호텔 카지노에서, 한 주점에서 is where something happened, not who acted.
COUNTED = ("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "여러", "몇", "모든", "각")


@dataclass
class Entity:
    start: int
    end: int
    label: str  # ORG, LOC (a state acting) or PERSON
    name: str  # canonical organization name or the person's name


@dataclass
class Actor:
    """An actor phrase of a unit."""

    first: int  # word indices, inclusive
    last: int
    role: str  # topic, subject, source, target, owner, joined, against, other
    names: list[str]  # canonical actors, in order (several: A와 B는)
    kinds: list[str]  # org or person, per name
    generic: bool  # the head is 회사, 기업, 정부…: an actor the text does not name
    text: str  # the phrase as written, particles cut
    people: list[str] = field(default_factory=list)  # the people named in it, as themselves

    @property
    def named(self) -> bool:
        return bool(self.names)


@dataclass
class ArticleActors:
    """The article's entities as facts need them: canonical names and people's organizations."""

    entities: list[Entity]
    person_org: dict[str, str]  # person name -> organization they speak for
    org_names: set[str]
    org_kinds: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # short form -> the article's full name (aliases.py)
    org_surfaces: list[tuple[int, str, str]] = field(default_factory=list)  # (start, surface unspaced, name)
    day: date | None = None  # the article's publication day, for names that change with time
    places: list[tuple[int, int]] = field(default_factory=list)  # LOC mentions that act as no state (구이양)
    # where each government mention acts as a state, and which (component._state_mentions), for a bare 정부 the
    # model left unmarked: the state of the government mentioned last before it, else `home_state`
    governments: list[tuple[int, str]] = field(default_factory=list)
    home_state: str | None = None
    bare_government: tuple[str, ...] = ()

    # a class noun the article wrote right after a list of named bodies (KB국민카드, 농협카드, 롯데카드 세 카드사) ->
    # those bodies, with where the list was written: the class noun alone later (카드사들은) refers back to them
    classes: dict[str, tuple[int, list[str]]] = field(default_factory=dict)

    def state_at(self, pos: int) -> str | None:
        before = [name for start, name in self.governments if start < pos]
        return before[-1] if before else self.home_state
    main: str | None = None
    main_kind: str | None = None
    by_unit: dict[int, list[Actor]] = field(default_factory=dict)
    judges: set[str] = field(default_factory=set)  # names of the bodies and people who judge or charge (courts)


def role_of(particles: list) -> str | None:
    if not particles:
        return None
    keys = [f"{m.tag}:{m.form}" for m in particles]
    last = keys[-1]
    if any(k in GIVER for k in keys):
        return "giver"
    if any(k in SOURCE for k in keys):
        return "source"
    if any(k in TARGET for k in keys):  # 과제에는, 기업에게도: a target, topicalized
        return "target"
    if last in TOPIC:
        return "topic"
    if last in SUBJECT:
        return "subject"
    if last in TARGET or (len(keys) > 1 and keys[-2] in TARGET):
        return "target"
    if last == "JKG:의":
        return "owner"
    if last in JOINED:
        return "joined"
    return "other"


def unit_actors(unit: Unit, arts: ArticleActors, lex: FactLexicon) -> list[Actor]:
    """Actor phrases of the unit, in order."""
    if unit.index in arts.by_unit:
        return arts.by_unit[unit.index]
    actors: list[Actor] = []
    words = unit.words
    begin = 0
    for i, w in enumerate(words):
        additive = _additive(words, i)
        closes = w.particles or w.verbal or i + 1 == len(words) or additive
        if w.verbal and not w.particles:
            begin = i + 1
            continue
        if not closes:
            continue
        role = "topic" if additive and not w.particles else role_of(w.particles)
        if role == "owner" and _case_of(words, i):
            role = "topic"  # 삼성중공업의 경우 1472억원의 손실을: `X의 경우` sets X as the topic, as X는 would
        located = role == "source"  # 에서: a state in it is where (대한민국에서), never an actor (CONVENTIONS.md)
        if located and _received_from(words, i, lex):
            role = "giver"  # 코오롱그룹에서 … 1억원을 받은: where money comes from, as 로부터 says, not who acts
        begin_of_phrase = begin
        first = _phrase_start(words, begin, i)
        begin = i + 1
        if role is None:
            continue
        start, end = words[first].start, _without_particles_end(w)
        if role == "other" and "상대" in w.text:
            role = "against"
        names, kinds = _names_in(start, end, arts, places=not located)
        if not names and first - 2 >= begin_of_phrase and words[first - 1].text == "등":
            # 예스24 등 4개 대형 온라인 서점에게: the class is led by the ones it names
            names, kinds = _names_in(words[begin_of_phrase].start, words[first - 2].end, arts)
        people = [e.name for e in arts.entities if e.label == "PERSON" and start <= e.start and e.end <= end + 1
                  and e.start < end]
        if role == "source" and names and all(arts.org_kinds.get(n) == "other" for n in names):
            names, kinds = [], []  # 종합계획에서 제안한: a plan or event the resolver took for a body acts not
        if not names and role in ("topic", "subject", "target"):
            # not for 에서: an unresolved name there is where something happens (구이양에서, VOD에서는), no body
            names, kinds = _unresolved_org(words, first, i, end, arts, lex)
        if arts.aliases and names:  # 삼성이 after 삼성전자, GCF after 녹색 기후 기금(…, GCF)
            names, kinds = _full_names(names, kinds, arts.aliases)
        head = _head_noun(w)
        listed = arts.classes.get(class_noun(w)) if arts.classes and not names else None
        if listed is not None and listed[0] < words[first].start and i - first <= 1 and (
                i == first or _refers_back(words[first])):
            names, kinds = list(listed[1]), ["org"] * len(listed[1])  # 카드사들은, 이들 카드사는, 세 카드사가
        if not names and role in ("topic", "subject") and text_of(words, first, i, end) in arts.bare_government:
            names, kinds = [arts.state_at(words[first].start)], ["org"]  # 정부는 the model did not mark: the state
        generic = not names and head is not None and (head in lex.generic or _ends_in_generic(head, lex.generic)  # 통합법인, 외국계기업
            or (role in ("topic", "subject") and _counted(words[first])))  # 세 과학자는; not 한 호텔에서 (a place)
        text = _text(words, first, i, end)
        actors.append(Actor(first, i, role, names, kinds, generic, text, people))
    arts.by_unit[unit.index] = actors
    return actors


def _received_from(words, i: int, lex: FactLexicon) -> bool:
    """The first verb after an 에서 phrase is one of receiving (`은행에서 44억원을 대출받아`, `회사에서 … 1억원을
    받은`): the phrase says where the money came from, a giver, not a body acting (`삼성전자에서는 … 지급한다`)."""
    for w in words[i + 1:]:
        if not w.verbal:
            continue
        return any(m.form in lex.receive and m.tag.split("-")[0] in ("VV", "VX", "XSV") for m in w.morphs)
    return False


def _ends_in_generic(head: str, generic: frozenset[str]) -> bool:
    """`head` ends in a class noun of two syllables or more (외국계기업): one look-up per length of those nouns."""
    return any(len(head) >= n and head[-n:] in nouns for n, nouns in _by_length(generic))


@lru_cache(maxsize=4)
def _by_length(words: frozenset[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    return tuple((n, frozenset(w for w in words if len(w) == n)) for n in sorted({len(w) for w in words if len(w) >= 2}))


def _unresolved_org(words, first: int, i: int, end: int, arts: ArticleActors,
                    lex: FactLexicon) -> tuple[list[str], list[str]]:
    """An actor phrase the resolver left without a name: a firm written in proper nouns (인스타그램은); an
    official name written with a space (농촌 진흥청은); the bare class noun that ends the name of exactly one
    organization the article named before (공사는 after 한국관광공사, 노조에 after 철도노조, 연맹은 after
    스카우트연맹) — the way Korean news refers back to the body it is about."""
    written = text_of(words, first, i, end)
    if written[:1] in QUOTE_OPENERS:
        return [], []  # ‘소방복합치유센터’는, “윤석열차”는: a title in quotes names a work, a project or a facility
    if _proper(words[first:i + 1], end) and not any(a < end and words[first].start < b for a, b in arts.places):
        return [written], ["org"]  # a name the model read as a place is no firm
    compact = text_of(words, first, i, end).replace(" ", "")
    if i > first and len(compact) >= 3:
        sense = gazetteer().lookup(compact, arts.day)
        if sense is not None:
            return [sense.name], ["org"]
    nouns = [m for m in words[i].morphs if m.end <= end and not m.tag.startswith(("SP", "SS", "SF", "J"))]
    if i == first and len(nouns) == 1 and nouns[0].tag == "NNG" and len(nouns[0].form) >= 2 \
            and nouns[0].form not in lex.generic:
        head, at = nouns[0].form, words[first].start
        named = {name for start, surface, name in arts.org_surfaces
                 if start < at and surface.endswith(head) and len(surface) > len(head)}
        if len(named) == 1:
            return [named.pop()], ["org"]
    return [], []


DEMONSTRATIVE_MM = ("이", "그", "이들", "해당", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열")


def class_noun(word) -> str | None:
    """The noun a word names a class by (카드사의, 카드사들은 → 카드사): its nouns and noun suffixes but 들, joined."""
    forms = [m.form for m in word.morphs if m.tag.startswith(("NN", "XSN")) and m.form != "들"]
    if not forms or any(m.tag == "NNP" or m.tag == "SN" for m in word.morphs):
        return None
    joined = "".join(forms)
    return joined if len(joined) >= 2 else None


def _refers_back(word) -> bool:
    """이들 카드사는, 세 카드사가: a determiner or a count pointing at a class named before."""
    return bool(word.morphs) and all(m.tag in ("MM", "NP", "SN", "NR", "NNB", "XSN") for m in word.morphs) and (
        word.text in DEMONSTRATIVE_MM or any(m.tag == "SN" for m in word.morphs) or word.text.startswith("이들"))


QUOTE_OPENERS = ("‘", "“", "'", "\"", "「", "『", "<", "〈", "《")
LIST_GAP = re.compile(r"^\s*(?:,|，|·|와|과|및)\s*$")
LIST_TAIL = re.compile(r"^\s*(?:등\s*)?(?:(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:개|곳|군데)?\s*)?$")


def listed_classes(text: str, units: list[Unit], entities: list) -> dict[str, tuple[int, list[str]]]:
    """Class nouns written right after a list of two or more named bodies (`A, B, C 세개 카드사의`, `A와 B 두 은행은`):
    the class noun -> (where the list ends, the bodies). The same class after two different lists names neither."""
    orgs = sorted((e for e in entities if e.label == "ORG"), key=lambda e: e.start)
    out: dict[str, tuple[int, list[str]]] = {}
    clashes: set[str] = set()
    for unit in units:
        if not unit.words:
            continue
        inside = [e for e in orgs if unit.start <= e.start < unit.end]
        k = 0
        while k < len(inside):
            chain = [inside[k]]
            while k + 1 < len(inside) and LIST_GAP.match(text[chain[-1].end:inside[k + 1].start]):
                k += 1
                chain.append(inside[k])
            k += 1
            if len(chain) < 2:
                continue
            w = next((j for j, word in enumerate(unit.words) if word.start >= chain[-1].end
                      and LIST_TAIL.match(text[chain[-1].end:word.start]) and class_noun(word)), None)
            if w is None or (w > 0 and unit.words[w - 1].end > chain[-1].end and not LIST_TAIL.match(
                    text[chain[-1].end:unit.words[w].start])):
                continue
            noun = class_noun(unit.words[w])
            names = list(dict.fromkeys(e.name for e in chain))
            if noun in out and out[noun][1] != names:
                clashes.add(noun)
            out.setdefault(noun, (unit.words[w].start, names))
    return {n: v for n, v in out.items() if n not in clashes}


def _additive(words, i: int) -> bool:
    """A bare noun phrase right before 역시/또한 (인터파크 역시 …): a topic without its particle."""
    w = words[i]
    return (not w.particles and not w.verbal and i + 1 < len(words) and any(m.tag.startswith("NN") for m in w.morphs)
            and words[i + 1].text.rstrip(",") in ADDITIVE)


def _case_of(words, i: int) -> bool:
    """The word after word i is 경우 (`X의 경우`, `X의 경우에는`): the phrase before is what the clause is about."""
    nxt = words[i + 1].morphs if i + 1 < len(words) else []
    return bool(nxt) and nxt[0].form == "경우" and nxt[0].tag.startswith("NN")


def _counted(word) -> bool:
    return bool(word.morphs) and word.morphs[0].tag == "MM" and word.morphs[0].form in COUNTED


def _full_names(names: list[str], kinds: list[str], aliases: dict[str, str]) -> tuple[list[str], list[str]]:
    full_names: list[str] = []
    full_kinds: list[str] = []
    for name, kind in zip(names, kinds):
        full = aliases.get(name, name)
        if full not in full_names:
            full_names.append(full)
            full_kinds.append("org" if full != name else kind)
    return full_names, full_kinds


def _proper(words, end: int) -> bool:
    """A phrase of proper nouns only (인스타그램은), as Kiwi tags them: a name nobody resolved."""
    morphs = [m for w in words for m in w.morphs if m.end <= end and not m.tag.startswith(("SP", "SS", "SF", "J"))]
    if not morphs:
        return False
    if all(m.tag == "SL" and m.form.isupper() and len(m.form) >= 2 for m in morphs):
        return True  # GCF는, KT가: an acronym
    # 인스타그램은, CJ올리브영에: proper nouns, with Latin letters glued to one
    return (all(m.tag in ("NNP", "SL") for m in morphs) and any(m.tag == "NNP" for m in morphs)
            and len("".join(m.form for m in morphs)) >= 2)


def text_of(words, first: int, last: int, end: int) -> str:
    return _text(words, first, last, end)


def _phrase_start(words, begin: int, i: int) -> int:
    """A phrase runs back over words with no particle and no verb ending (중기부 창업정책관 조경원은),
    at most four words."""
    first = i
    while first - 1 >= begin and i - (first - 1) < 4:
        prev = words[first - 1]
        if prev.particles or prev.verbal or prev.text in (",", "，") or all(m.tag in ("MAG", "MAJ") for m in prev.morphs):
            break  # 또한 KIA는: an adverb is no part of the name
        first -= 1
    return first


def _without_particles_end(w) -> int:
    ps = w.particles
    return ps[0].start if ps else w.end


def _head_noun(w) -> str | None:
    nouns = [m.form for m in w.morphs if m.tag.startswith(("NN", "XSN"))]
    if not nouns:
        return None
    if nouns[-1] in ("들",) and len(nouns) > 1:
        return nouns[-2]
    return nouns[-1]


def _text(words, first: int, last: int, end: int) -> str:
    start = words[first].start
    pieces = [w.text for w in words[first:last]]
    tail = words[last]
    pieces.append(tail.text[: max(0, end - tail.start)])
    return " ".join(p for p in pieces if p).strip()


def _names_in(start: int, end: int, arts: ArticleActors, places: bool = True) -> tuple[list[str], list[str]]:
    """Canonical actors of the entities inside [start, end): a person with an organization stands for it.
    `places`: whether a state may act in this phrase (not with 에서: 대한민국에서 is where, CONVENTIONS.md)."""
    inside = [e for e in arts.entities if start <= e.start and e.end <= end + 1 and e.start < end]
    people = [e for e in inside if e.label == "PERSON"]
    # a place is an actor only as the head of its phrase: 미국은, not 중국 회사는
    orgs = [e for e in inside if e.label == "ORG" or (places and e.label == "LOC" and e.end >= end)]
    names: list[str] = []
    kinds: list[str] = []
    for p in people:
        org = arts.person_org.get(p.name)
        name, kind = (org, "org") if org else (p.name, "person")
        if name not in names:
            names.append(name)
            kinds.append(kind)
    if people:
        return names, kinds
    for o in orgs:
        if o.name not in names:
            names.append(o.name)
            kinds.append("org")
    return names, kinds


def main_actor(units: list[Unit], arts: ArticleActors, lex: FactLexicon) -> tuple[str | None, str | None]:
    """The actor the article is about: named most often as a topic or subject, the earliest on a tie."""
    counts: dict[str, list] = {}
    for unit in units:
        if not unit.words:
            continue
        for a in unit_actors(unit, arts, lex):
            if a.role in ("topic", "subject", "source") and a.names:
                c = counts.setdefault(a.names[0], [0, unit.start, a.kinds[0]])
                c[0] += 1
    if not counts:
        return None, None
    name = max(counts, key=lambda n: (counts[n][0], -counts[n][1]))
    return name, counts[name][2]
