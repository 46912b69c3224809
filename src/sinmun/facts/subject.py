"""The subject of an amount: the named actor whose money it is or who acts with it.

In the amount's unit, nearest first: an organization in the amount's own parenthesis
(`기술보증 지원(기보, 5.5조원)`); the owner right before the predicate noun (`인스타그램의 매출`,
`삼성전자 영업이익`); a topic (은/는/도) or source (에서는) anywhere before the amount; a subject (이/가)
before it with no verb between (`텐센트가 투자해 매출이…`: 텐센트 acts in another clause); for a penalty
the party it is imposed on (`A사에 과징금을 부과`, `A를 상대로`). A generic actor (`중국 회사는`)
nearer than any named one means the text names nobody. An amount inside a quote takes its speaker
only for money someone moves (support, invest…), not for a revenue or a cost the speaker reports.
Then after the amount (`…확대하겠다”고 A는 밝혔다`), and at last the implied actor: the subject of
the unit before, else the article's main actor — for money someone moves only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .actors import Actor, ArticleActors, unit_actors
from .lexicon import FactLexicon
from .predicate import Cue
from .units import Unit


@dataclass
class Subject:
    name: str | None = None
    kind: str | None = None
    co: list[str] = field(default_factory=list)
    implied: bool = False
    giver_of_received: str | None = None  # 정부로부터 지원받은: the giver

    @classmethod
    def of(cls, actor: Actor, implied: bool = False) -> "Subject":
        return cls(actor.names[0], actor.kinds[0], actor.names[1:], implied)


def _joined(actors: list[Actor], k: int) -> Actor:
    """A와 B는: the topic phrase with the phrases joined to it by 와/과 before it."""
    main = actors[k]
    names, kinds = list(main.names), list(main.kinds)
    j = k - 1
    while j >= 0 and actors[j].role == "joined" and actors[j].last == actors[j + 1].first - 1:
        for n, t in zip(actors[j].names, actors[j].kinds):
            if n not in names:
                names.insert(0, n)
                kinds.insert(0, t)
        j -= 1
    if names == main.names:
        return main
    return Actor(actors[j + 1].first, main.last, main.role, names, kinds, main.generic and not names, main.text)


def find_subject(unit: Unit, first: int, last: int, cue: Cue | None, predicate: str, arts: ArticleActors,
                 lex: FactLexicon, quote: tuple[int, int] | None) -> Subject | None:
    """The subject found in the unit itself, or None when the unit names nobody for this amount."""
    words = unit.words
    actors = unit_actors(unit, arts, lex)
    acting = predicate in lex.acting
    amount_start = words[first].start
    # an organization in the amount's own parenthesis
    paren = unit.paren_of(amount_start)
    if paren is not None:
        inside = [e for e in arts.entities if paren[0] <= e.start < e.end <= paren[1] and e.label == "ORG"]
        if inside:
            e = inside[0]
            return Subject(e.name, "org")
    # the owner right before the predicate noun
    if cue is not None and cue.word < first:
        for k, a in enumerate(actors):
            # 과기정통부의 내년 연구개발 예산은: the owner, then only bare nouns up to the predicate noun
            if a.role == "owner" and a.named and a.last < cue.word and all(
                    not w.particles and not w.verbal for w in words[a.last + 1:cue.word]):
                return Subject.of(_joined(actors, k))
        lead = _owner_in_cue_phrase(unit, cue, arts)
        if lead is not None:
            return lead
    penalty = predicate == "penalty"
    before = [(k, a) for k, a in enumerate(actors) if a.last < first]
    # keep the speaker out of what the quote reports when the money is not the speaker's to move
    if quote is not None and not acting:
        before = [(k, a) for k, a in before if words[a.first].start >= quote[0]]
    if penalty:
        imposed = _imposed(words, first, last, lex)
        for k, a in reversed(before):
            if a.role == "against" or (a.role == "target" and imposed):
                # 구글에 과징금을 부과, A와 B에 각각, A를 상대로 소송: the party it is imposed on pays
                payer = _joined(actors, k)
                return Subject.of(payer) if payer.names else Subject()
        if imposed:
            return Subject()  # 과태료를 부과한다 with no payer named: the topic imposes, nobody named pays
    for k, a in reversed(before):
        if a.role in ("topic", "source") or (a.role == "subject" and not _verb_between(words, a.last, first)):
            if a.named:
                return Subject.of(_joined(actors, k))
            if a.generic:
                return Subject()  # an unnamed actor: nobody named
    if quote is not None:  # "…확대하겠다”고 A는 밝혔다: the speaker after the quote
        after = [(k, a) for k, a in enumerate(actors) if words[a.first].start >= quote[1]]
        for k, a in after:
            if a.role in ("topic", "subject", "source") and (a.named or a.generic) and acting:
                return Subject.of(_joined(actors, k)) if a.named else Subject()
    return None


def _imposed(words, first: int, last: int, lex: FactLexicon) -> bool:
    """A penalty imposed, claimed or sentenced (부과, 선고, 청구, 소송) rather than paid (배상하다)."""
    for w in words[max(0, first - 2):]:
        if any(m.form in lex.impose for m in w.morphs):
            return True
        if w.ending == "EF":
            break
    return False


def _owner_in_cue_phrase(unit: Unit, cue: Cue, arts: ArticleActors) -> Subject | None:
    """삼성전자 영업이익은: a named organization written right before the predicate noun."""
    words = unit.words
    if cue.word == 0:
        return None
    prev = words[cue.word - 1]
    if prev.particles or prev.verbal:
        return None
    inside = [e for e in arts.entities if prev.start <= e.start and e.end <= prev.end and e.label == "ORG"]
    return Subject(inside[-1].name, "org") if inside else None


def _verb_between(words, a: int, b: int) -> bool:
    return any(w.verbal and w.ending in ("EC", "EF", "ETM") for w in words[a + 1:b])


def unit_subject(unit: Unit, arts: ArticleActors, lex: FactLexicon) -> Subject | None:
    """The subject a whole unit is about (its first named topic or subject), for the unit after it."""
    for k, a in enumerate(unit_actors(unit, arts, lex)):
        if a.role in ("topic", "subject", "source") and a.named:
            return Subject.of(_joined(unit_actors(unit, arts, lex), k), implied=True)
    return None
