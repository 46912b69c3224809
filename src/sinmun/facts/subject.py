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
from .predicate import Cue, charge_of
from .units import PAST_EP, Unit, imperative


@dataclass
class Subject:
    name: str | None = None
    kind: str | None = None
    co: list[str] = field(default_factory=list)
    implied: bool = False
    giver_of_received: str | None = None  # 정부로부터 지원받은: the giver
    open_payer: bool = False  # a penalty imposed on nobody the sentence names (검찰은 벌금 300억원을 구형했다)

    @classmethod
    def of(cls, actor: Actor, implied: bool = False, personal: bool = False) -> "Subject":
        """The actor's first name; `personal`: the people named as themselves, not their organization's
        (a fine or a sentence falls on the person: 이광재 강원도지사에게 추징금)."""
        if personal and actor.people:
            return cls(actor.people[0], "person", actor.people[1:], implied)
        return cls(actor.names[0], actor.kinds[0], actor.names[1:], implied)


def joined_actor(actors: list[Actor], k: int) -> Actor:
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
    people = [p for a in actors[j + 1:k] for p in a.people if p not in main.people] + main.people
    if names == main.names:
        return main
    return Actor(actors[j + 1].first, main.last, main.role, names, kinds, main.generic and not names, main.text,
                 people)


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
                if reports_survey(words, a.last + 1, cue.word, lex):
                    return Subject()  # 한국은행의 조사 결과 가구당 부채는: the surveyed households'
                owned = " ".join(w.text for w in words[a.last + 1:cue.word])  # 회장의 주택 공시가격은: 주택
                return Subject.of(joined_actor(actors, k), personal=personal_money(predicate, cue, lex, owned))
        lead = _owner_in_cue_phrase(unit, cue, arts)
        if lead is not None:
            return lead
    penalty = predicate == "penalty"
    before = [(k, a) for k, a in enumerate(actors) if a.last < first]
    # 한국은행이 발표한 자료를 보면 …, A사가 조사한 결과에 따르면 …: who reports in a source clause owns none of it
    source = source_clause_end(words, first)
    if source is not None:
        before = [(k, a) for k, a in before if a.last > source]
    charged = _charged_party(words, actors, last, lex)
    if charged is not None:
        return charged
    # keep the speaker out of what the quote reports when the money is not the speaker's to move
    if quote is not None and not acting:
        before = [(k, a) for k, a in before if words[a.first].start >= quote[0]]
    imposed = penalty_mode(words, first, last, lex) if penalty else None
    if imposed == "imposed":
        for k, a in reversed(before):
            if a.role == "against" or a.role == "target":
                # 구글에 과징금을 부과, A와 B에 각각, A를 상대로 소송: the party it is imposed on pays; an
                # unnamed party (업체에) is nobody named; a charge (혐의에 대해) is no party
                payer = joined_actor(actors, k)
                if payer.names:
                    return Subject.of(payer, personal=True)
                if payer.generic or a.role == "against":
                    return Subject()
        # 과태료를 부과한다, 검찰은 벌금을 구형했다: the topic imposes; who pays, the story may tell
        return Subject(open_payer=True)
    if imposed == "ordered":
        # "남편은 아내에게 1억원을 지급하라"고 판결: the topic or subject inside the order is told to pay (아내에게
        # receives it); the court that orders pays nothing
        inner = [(k, a) for k, a in before if a.role in ("topic", "subject") and (
            quote is None or words[a.first].start >= quote[0])]
        if quote is not None and inner and inner[-1][1].named:
            return Subject.of(joined_actor(actors, inner[-1][0]), personal=True)
        return Subject(open_payer=True)
    if penalty:
        for k, a in reversed(before):
            if a.role == "against":
                payer = joined_actor(actors, k)
                return Subject.of(payer, personal=True) if payer.names else Subject()
    for k, a in reversed(before):
        if a.named and judging(a, arts) and predicate in CASE_MONEY and a.role in ("topic", "source", "subject"):
            if penalty:
                return Subject(open_payer=True)  # 서울중앙지법 …(조휴옥 부장판사)는 벌금 30만원을: the court pays nothing
            continue  # 대법원 3부는 1조원대 CP를 발행해 … 혐의로: the defendant's money, not the court's
        if a.role in ("topic", "source") or (a.role == "subject" and (
                not _verb_between(words, a.last, first) or _governs(words, actors, k, first, unit))):
            if a.named and (reports_survey(words, a.last + 1, first, lex) or surveyed(words, last)):
                return Subject()  # 닐슨코리아는 … 설문 조사를 실시한 결과, 평균 비용은 47만원: the people asked
            if a.named and predicate == "cost" and cue is not None and _befalls_place(a, cue, lex):
                return Subject()  # 미국은 한파로 … 피해가 5조원대: where the damage befell, not whose
            if a.named:
                # 인터파크는 과태료를 부과받았다, A는 벌금을 냈다: the penalty falls on the person named; 사재 100억원을
                # 기부했다: a person's own money is theirs, not their body's
                own = _own_money(words, a.last + 1, min(len(words), last + 2), lex)
                return Subject.of(joined_actor(actors, k),
                                  personal=penalty or own or personal_money(predicate, cue, lex))
            if a.generic:
                return Subject()  # an unnamed actor: nobody named
            owner = _owner_of(actors, k, words)
            if owner is not None and a.role == "topic":
                return owner  # 교보문고의 '잇즈 베스트'는 100만원: the owner of what the sentence is about
    if quote is not None:  # "…확대하겠다”고 A는 밝혔다: the speaker after the quote
        after = [(k, a) for k, a in enumerate(actors) if words[a.first].start >= quote[1]]
        for k, a in after:
            if a.role in ("topic", "subject", "source") and a.generic and not a.named:
                return Subject()  # “45만원 이상을 지출할 계획”이라고 답한 응답자는: people nobody names
            if a.role in ("topic", "subject", "source") and a.named and acting:
                return Subject.of(joined_actor(actors, k))
    # “45만원 이상을 지출할 계획”이라고 답한 응답자는: the clause of the amount describes a class of people
    for a in actors:
        if a.first > last and a.role in ("topic", "subject") and a.generic and not a.named:
            if a.first > 0 and words[a.first - 1].ending == "ETM" and not any(
                    w.ending == "EF" for w in words[last:a.first]):
                return Subject()
            break
    return None


# The money a case is about (a fine, money taken, raised or handed over): never the court's or the prosecutor's.
CASE_MONEY = ("penalty", "other", "raise", "invest", "support", "revenue", "valuation")


def judging(actor: Actor, arts: ArticleActors) -> bool:
    """The actor phrase names only bodies or people who judge or charge a case (ArticleActors.judges)."""
    names = actor.people or actor.names
    return bool(names) and all(n in arts.judges for n in names)


EFFECTS = ("효과",)  # 경제효과, 생산유발효과: `other` money nobody pockets


def personal_money(predicate: str, cue: Cue | None, lex: FactLexicon, owned: str = "") -> bool:
    """Money a person named with their body's title owns or pockets, not the body's: a fortune, shares or a
    house (재산, 주식, 주택: `wealth`), and money taken or paid to them (`other`: 뇌물 3억원을 받은, 급여 4000원) —
    not an effect of the economy (경제효과). `owned`: the nouns between the owner and the cue (회장의 주택 공시가격)."""
    evidence = f"{owned} {(cue.evidence if cue is not None else '') or ''}"
    if predicate == "other":
        return not any(e in evidence for e in EFFECTS)
    if predicate in ("asset", "price"):
        return any(m in evidence for m in lex.wealth)
    return False


def _charged_party(words, actors: list[Actor], last: int, lex: FactLexicon) -> Subject | None:
    """경찰은 [… 수십억원어치의 난을 훔친] 혐의로 황모씨를 구속했다: money of a clause that modifies a charge noun is
    the party charged, the object the authority acts on after it (anonymised: nobody named), never the authority
    that is the topic. Without such an object (A는 … 받은 혐의를 받고 있다) the reading stays the usual one."""
    charge = charge_of(words, last, lex)
    if charge is None:
        return None
    for k, a in enumerate(actors):
        if a.first <= charge:
            continue
        if any(w.ending == "EF" for w in words[charge:a.first]):
            return None
        if words[a.last].particle in ("JKO:을", "JKO:를"):
            if a.named:
                return Subject.of(joined_actor(actors, k), personal=True)
            return Subject() if a.generic or _anonymised(words[a.first:a.last + 1]) else None
    return None


def _anonymised(words) -> bool:
    """황모씨, A씨, 이모(45)씨, 김 모 씨: a person the text will not name."""
    forms = [m.form for w in words for m in w.morphs]
    return any(f in ("씨", "모씨", "모") for f in forms)


def _own_money(words, start: int, end: int, lex: FactLexicon) -> bool:
    """A noun of a person's own money among words start..end-1 (사재, 사비)."""
    return any("".join(m.form for m in w.nouns) in lex.personal or any(m.form in lex.personal for m in w.nouns)
               for w in words[start:end])


def reports_survey(words, start: int, end: int, lex: FactLexicon) -> bool:
    """Words start..end-1 report a survey's or a count's result (`설문 조사를 실시한 결과`, `집계 결과`,
    `조사에 따르면`): the actor before them ran it, and the money it tells is the people's it asked."""
    for i in range(start, min(end, len(words))):
        # a survey noun (설문 조사를 실시한 결과) or a verb of asking (…라고 물은 결과)
        if any(m.form in lex.surveys and m.tag.split("-")[0] in ("NNG", "NNP", "VV") for m in words[i].morphs):
            for w in words[i:min(end, i + 3)]:
                if any(m.form in lex.results for m in w.morphs):
                    return True
    return False


SURVEY_VERBS = ("조사", "설문조사", "여론조사")  # not 집계 or 발표: a firm's own results are counted and announced too


def surveyed(words, last: int) -> bool:
    """서울시는 … 평균시급이 … 5653원으로 조사됐다고 밝혔다: the amount's clause ends in a verb of surveying (조사되다,
    조사하다), so the topic found the figure among others rather than owning it."""
    for w in words[last + 1:]:
        forms = [m.form for m in w.morphs]
        if any(f in SURVEY_VERBS for f in forms) and any(m.tag.startswith("XSV") for m in w.morphs):
            return True
        if w.ending == "EF":
            return False
    return False


def _befalls_place(actor: Actor, cue: Cue, lex: FactLexicon) -> bool:
    """A damage (피해, 손해) whose topic is a country: the place it befell."""
    from ..rules.org_names import country_names

    places = country_names()
    return all(n in places for n in actor.names) and any(d.replace(" ", "") in cue.evidence.replace(" ", "")
                                                         for d in lex.damages)


def penalty_mode(words, first: int, last: int, lex: FactLexicon) -> str | None:
    """`imposed` for a penalty imposed, claimed or sentenced (부과, 선고, 청구, 소송); `ordered` when a court orders it
    paid (지급하라, 배상하라고); `received` when the verb
    says its subject received it (부과받았다, 선고받은, 구형받아: the subject pays); None when it is paid
    (배상하다, 냈다)."""
    for k in range(max(0, first - 2), len(words)):
        w = words[k]
        if k > last and imperative(w):
            # "500만원을 지급하라"며 판결했다: whoever is told to pay pays, not the court; 배상하라는 판결을 받은: the
            # subject that received the order
            after = words[k + 1:k + 3]
            received = any(m.form in lex.receive and m.tag.split("-")[0] in ("VV", "XSV", "VX")
                           for x in after for m in x.morphs)
            return "received" if received else "ordered"
        if any(m.form in lex.impose for m in w.morphs):
            nxt = words[k + 1].morphs[:1] if k + 1 < len(words) else []
            received = any(m.form in lex.receive and m.tag.split("-")[0] in ("VV", "XSV", "VX")  # 받/VV-R
                           for m in [*w.morphs, *nxt])
            return "received" if received else "imposed"
        if w.ending == "EF":
            break
    return None


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


def _governs(words, actors, k: int, first: int, unit: Unit) -> bool:
    """A subject (이/가) whose clause runs on to the amount through non-final verbs (감사원은 KAI가 … 부풀려
    547억원을 챙겼다고, 하 전 사장이 … 거래하면서 1100원으로): no final or finished clause between, and no
    other actor phrase marked as a topic or subject between (텐센트가 투자해 매출이 1조원을: 매출 is what
    the amount measures)."""
    a = actors[k]
    for w in words[a.last + 1:first]:
        if w.ending == "EF" or (w.ending == "EC" and any(m.tag == "EP" and m.form in PAST_EP for m in w.morphs)):
            return False
        if w.ending == "EC" and _closing_connective(w):
            return False  # 진흥원이 재단법인이지만, 예산 102억원이 지원되고: the subject's clause is said and done
    amount_like = lambda x: any(_money_word(w) for w in words[x.first:x.last + 1])  # noqa: E731
    if any(b.role in ("topic", "subject") and not amount_like(b) for b in actors[k + 1:] if b.last < first):
        return False
    # 하 전 사장은 [경선이 진행되던] 2012년 8월 … 1000만원을 기부했다: under a topic, a subject with verbs
    # between acts only in a clause reported as a whole (감사원은 KAI가 … 챙겼다고 밝혔다)
    if any(b.role == "topic" for b in actors[:k]):
        return any(_quotative(w) for w in words[first:])
    return True


TIME_UNITS = ("년", "월", "일", "분기", "시", "분", "주", "개월", "반기")


def _money_word(word) -> bool:
    """A number that is no time (1조원이, 500만 달러가; not 1월, 2024년)."""
    return any(m.tag == "SN" for m in word.morphs) and not any(m.form in TIME_UNITS for m in word.morphs)


SOURCE_STEMS = ("따르", "의하")


def source_clause_end(words, first: int) -> int | None:
    """The last word before word `first` that closes a source clause: `…에 따르면`, `…에 의하면`, `자료를 보면`
    (a verb of seeing with 면 after an object). What the source says follows it; the actors inside it report."""
    for i in range(first - 1, -1, -1):
        w = words[i]
        if not any(m.tag == "EC" and m.form.endswith("면") for m in w.morphs):
            continue
        stems = [m.form for m in w.morphs if m.tag.split("-")[0] == "VV"]
        if any(s in SOURCE_STEMS for s in stems):
            return i
        if any(s.endswith("보") for s in stems) and i > 0 and words[i - 1].particle in ("JKO:을", "JKO:를"):
            return i
    return None


CONTRAST_EC = ("지만", "으나", "나", "는데", "은데", "ᆫ데", "ㄴ데", "는데도", "지마는")


def _closing_connective(word) -> bool:
    """A connective that ends its subject's clause: a copula's (재단법인이지만, 회사이고: the subject is described, it
    does nothing further) or a contrast's (했지만, 하는데: what follows is said of something else)."""
    last_ec = next((m for m in reversed(word.morphs) if m.tag == "EC"), None)
    if last_ec is None:
        return False
    return any(m.tag == "VCP" for m in word.morphs) or last_ec.form in CONTRAST_EC


def _quotative(word) -> bool:
    return any(m.tag == "JKQ" or (m.tag == "EC" and m.form.endswith(("다고", "라고", "다며", "라며"))) for m in word.morphs)


def _owner_of(actors, k: int, words) -> Subject | None:
    """The named owner (의) right before an unnamed topic phrase."""
    if k == 0:
        return None
    prev, here = actors[k - 1], actors[k]
    if prev.role == "owner" and prev.named and prev.last == here.first - 1:
        return Subject.of(joined_actor(actors, k - 1))
    return None


def _verb_between(words, a: int, b: int) -> bool:
    return any(w.verbal and w.ending in ("EC", "EF", "ETM") for w in words[a + 1:b])


def unit_subject(unit: Unit, arts: ArticleActors, lex: FactLexicon, topic_only: bool = False) -> Subject | None:
    """The subject a whole unit is about (its first named topic or subject), for the unit after it; `topic_only`:
    its first named topic marked 은/는, the one a topic chain carries."""
    for k, a in enumerate(unit_actors(unit, arts, lex)):
        if topic_only and not (a.role == "topic" and unit.words[a.last].particle in ("JX:은", "JX:는")):
            continue
        if a.role in ("topic", "subject", "source") and a.named:
            if reports_survey(unit.words, a.last + 1, len(unit.words), lex):
                return None  # the surveyor of the sentence before: no actor of the money after
            return Subject.of(joined_actor(unit_actors(unit, arts, lex), k), implied=True)
    return None
