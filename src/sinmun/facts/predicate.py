"""What kind of money an amount is: the predicate and the words that decided it.

The amount's governing word is looked for where Korean puts it, in this order:
1. the noun the amount is the value of, right before it in the same phrase or parenthesis
   (`매출 1조원`, `과징금 10억원을`, `예산(3,301억원)`, `자산가치 1조원 이상`, `융자 : 최대 100억원`);
2. the noun the amount measures, right after it (`3조원 규모의 AI 펀드`, `100억의 R&D 자금`,
   `100억원 이상 지출이`), or the object an amount with 으로 sets the level of (`95조 원으로 방위비를 늘린다`);
3. the first verb after it that names a predicate (`5조7000억을 … 지원하겠다`, `투자해`, `부과했다`),
   a verb of receiving turning investment or a donation into raising (`투자받았다`, `후원받을`); the search
   ends at another amount once a verb has been passed (`100만원을 받고 … 실어 3552억원을 벌었다`: 벌다 is
   the 3552억원's verb);
4. a price per unit (`건당 100만원`, `1인당 광고비 250만원`);
5. the nearest cue noun before it in the unit (`매출이 1조원을 넘었고`, `시장 규모는 … 달러로 예상`,
   `투자 규모를 4000억원에서 1조원까지 확대`), not a noun marked as the place (`중고차 시장에서`, and for an
   amount marked 에, `시장에 판매중인 … 2700원에 판매된다`);
6. an amount an exchange is made at (`120만원에 … 실었다`, `250만달러(약 26억원)에 팔렸다`), not a level reached
   (`1조원에 달했다`): a price;
7. what a thing is worth (`5000원짜리 커피`, `300만원 상당의 목걸이`): its price.
A verb of paying in an order a court gives (`"500만원을 지급하라"며 판결했다`) makes the money a penalty.
Anything else is `other`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import FactLexicon
from .units import Unit, Word, ends_clause, functional, imperative

# Verbs of reaching a level: `1조원에 달했다` says how much, not what was paid for something.
LEVEL_VERBS = ("달하", "이르", "육박", "육박하", "그치", "머물", "불과하", "해당", "해당하", "상당하", "넘", "넘어서",
               "오르", "늘", "줄", "증가", "감소", "돌파", "기록", "집계", "추산", "예상", "전망", "되", "이",
               # `2009년 파업의 39억원에 비해 훨씬 많은`: a figure compared with, no price paid
               "비하", "비교", "견주", "대비")
PER_PERSON = ("인", "명", "가구", "세대", "가정", "사람", "국민", "직원")
# `200억원이 넘는 금액을 배상`, `1조원에 달하는 투자를`: an adnominal verb of a level right after the amount
# makes the amount the size of the noun phrase it modifies, as `규모의` would.
LEVEL_RELATIVE = ("넘", "달하", "이르", "육박", "육박하", "웃돌", "상회", "넘어서", "되", "가깝")
LEVEL_PARTICLES = ("JKS:이", "JKS:가", "JKB:에", "JKO:을", "JKO:를")
NEUTRAL_AFTER = ("규모", "상당", "수준", "어치", "짜리", "가량", "정도", "내외", "대", "선", "등", "씩", "안팎", "이상", "이하",
                 "미만", "초과", "가까이", "총", "각각", "각")


EXPENSE = "비"  # 費 as the last noun of a compound
NOT_EXPENSES = ("설비", "장비", "준비", "대비", "예비", "정비", "구비", "겸비", "완비", "자비", "시비", "비비", "무비")


@dataclass(slots=True)
class Cue:
    predicate: str
    evidence: str  # the word(s) as written
    word: int  # index of the word in the unit
    received: bool = False  # 지원받다, 투자받다: the subject receives


def cue_in_word(word: Word, lex: FactLexicon, verbs: bool = True, before: int | None = None) -> tuple[str, str] | None:
    """(predicate, cue) of a word: the longest run of its nouns that is a cue, the compound's head
    (its last nouns) first: 자산가치 is a valuation, 투자유치 a raise, 공급총량 a supply."""
    morphs = [m for m in word.morphs if before is None or m.end <= before]
    runs: list[list[str]] = [[]]
    for m in morphs:
        # 판매/NNG+가/XSN: the price noun Kiwi split; 지방/NNG+비/XPN: a compound's last noun Kiwi took for a prefix
        if m.tag.startswith(("NN", "XR", "SL", "XSN")) or (m.tag == "XPN" and runs[-1]):
            runs[-1].append(m.form)
        elif verbs and m.tag.startswith("VV") and m.form in lex.verbs:
            return lex.verbs[m.form], m.form
        elif runs[-1]:
            runs.append([])
    for run in runs:
        for n in range(len(run), 0, -1):
            for k in range(len(run) - n, -1, -1):
                joined = "".join(run[k:k + n])
                # a compound Kiwi kept whole (기본요금, 공급총량) ends in its head: try its endings too
                for cut in range(0, max(1, len(joined) - 1)):
                    cue = joined[cut:]
                    if cue in lex.nouns and (cut == 0 or len(cue) >= 2):
                        return lex.nouns[cue], cue
    for run in runs:
        # 정비비, 교통비, 수리비: a noun closed by 비 (費) is what is spent on it, unless listed otherwise —
        # split by Kiwi (정비/NNG + 비) or kept whole (교통비/NNG), not a word whose 비 is another (장비, 준비)
        whole = "".join(run)
        if (len(run) >= 2 and run[-1] == EXPENSE) or (
                len(whole) >= 3 and whole.endswith(EXPENSE) and whole[-2:] not in NOT_EXPENSES):
            return "cost", whole
    return None


def phrase_cue(words: list[Word], i: int, lex: FactLexicon) -> Cue | None:
    """A several-word cue ending at word i (시장 규모는, 투자를 유치)."""
    last = [m.form for m in words[i].morphs if m.tag.startswith(("NN", "SL", "VV"))]
    if not last:
        return None
    for n in range(lex.max_phrase, 1, -1):
        if i - n + 1 < 0:
            continue
        group = words[i - n + 1:i + 1]
        heads = []
        for w in group:
            nouns = [m.form for m in w.morphs if m.tag.startswith(("NN", "SL", "VV", "XSV"))]
            heads.append(nouns)
        for parts, predicate in lex.phrases.items():
            if len(parts) == n and all(p in h for p, h in zip(parts, heads)):
                return Cue(predicate, " ".join(w.text for w in group), i)
    return None


def find_predicate(unit: Unit, first: int, last: int, lex: FactLexicon,
                   amount_words: set[int] | None = None, amount_start: int | None = None,
                   amount_end: int | None = None) -> Cue | None:
    """The predicate of the amount covering words first..last of the unit (see the module docstring)."""
    cue = _governing_cue(unit, first, last, lex, amount_words, amount_start, amount_end)
    if cue is not None and cue.predicate == "other" and 0 < cue.word and not unit.words[cue.word].verbal:
        return _adnominal_cue(unit.words, cue, lex) or cue
    if cue is not None and cue.predicate == "price" and _sold(unit.words, last, cue, lex):
        return Cue("revenue", cue.evidence, cue.word)
    if cue is not None and cue.predicate in ("support", "raise") and _owed(unit.words, first, last, cue, lex):
        return Cue("asset", cue.evidence, cue.word)
    if cue is not None and cue.predicate in ORDERED and ordered_by_court(unit.words, cue, lex):
        return Cue("penalty", cue.evidence, cue.word)
    return cue


ORDERED = ("support", "other", "cost", "price", "asset")


def ordered_by_court(words: list[Word], cue: Cue, lex: FactLexicon) -> bool:
    """`"500만원을 지급하라"며 판결했다`, `1억원을 돌려주라는 판결`: money a court orders paid is what the losing
    party pays, a penalty — an order (imperative) in a sentence that speaks of a case."""
    if cue.word < 0 or not imperative(words[cue.word]):
        return False
    # 1천만원씩 지급하라고 청구했다: a claim is a case's too
    return any(f in lex.court or f in lex.impose for w in words for f in _stems(w))


def _stems(word: Word) -> list[str]:
    """The word's noun and verb stems (대출, 갚, 돌려받)."""
    return [m.form for m in word.morphs if m.tag.split("-")[0] in ("NNG", "NNP", "VV", "VA", "XR")]


def _clause_after(words: list[Word], last: int) -> list[Word]:
    """The words after the amount up to the end of its clause."""
    out = []
    for i in range(last + 1, len(words)):
        out.append(words[i])
        if words[i].verbal and ends_clause(words, i) and not (i == last + 1 and level_relative(words, last)):
            break
    return out


def _modifier_before(words: list[Word], first: int) -> list[Word]:
    """The adnominal clause right before the amount (`만기되어 갚아야 할 2천억원`, `빌린 500억원`): verb words
    with no final ending, at most three."""
    out = []
    k = first - 1
    while k >= 0 and first - k <= 3 and words[k].verbal and words[k].ending != "EF" and not words[k].particles:
        out.append(words[k])
        k -= 1
    return out


def _owed(words: list[Word], first: int, last: int, cue: Cue, lex: FactLexicon) -> bool:
    """A loan the sentence says is to be paid back (`갚아야 할 2천억원의 대출`, `빌린 500억원을 상환했다`):
    the borrower's debt, not a lender's support nor a raise."""
    if cue.word < 0 or not any(f in lex.loans for f in _stems(words[cue.word])):
        return False
    around = _modifier_before(words, first) + _clause_after(words, last)
    return any(f in lex.repay for w in around for f in _stems(w))


def question_cue(unit: Unit, first: int, lex: FactLexicon, amount_words: set[int]) -> Cue | None:
    """The money noun nearest before a quoted answer in its sentence, across clauses: the question
    answered (`… 선물 비용으로 얼마를 계획하십니까?’라고 물은 결과 … ‘15만원 미만’이라고 응답`)."""
    for i in range(first - 1, -1, -1):
        if i in amount_words:
            continue
        hit = phrase_cue(unit.words, i, lex) or _word_cue(unit.words[i], i, lex)
        if hit is not None and not unit.words[i].verbal:
            return Cue(hit.predicate, hit.evidence, -1)
    return None


def restitution(unit: Unit, last: int, context: list[Word], lex: FactLexicon) -> Cue | None:
    """Money given back where a court case is told (`원고측이 승소하면서 … 45만원까지 요금을 돌려받을`,
    `판결에 따라 … 반환해야 한다`): a penalty of the losing party. `context` is the unit and the one before."""
    for i, w in enumerate(_clause_after(unit.words, last), start=last + 1):
        forms = [m.form for m in w.morphs]
        if any(f.startswith(r) for f in forms for r in lex.returns):
            if not any(f in lex.court for x in context for f in _stems(x)):
                return None
            received = any(f.endswith("받") or f in lex.receive for f in forms)
            return Cue("penalty", w.text, i, received=received)
    return None


def _sold(words: list[Word], last: int, cue: Cue, lex: FactLexicon) -> bool:
    """`품목 19억 달러도 내다 팔 수 있게 됐다`: a verb of selling whose object is the amount gives the takings
    (revenue); sold at an amount (`4500만원에 팔았다`) it is a price."""
    w = words[last]
    if cue.word <= last or not (w.particle in ("JKO:을", "JKO:를", "JX:도") or any(m.form == "어치" for m in w.morphs)):
        return False  # 5억원의 …에 팔았다, 4500만원에 팔았다: what it sold for
    return any(m.tag.startswith("VV") and lex.verbs.get(m.form) == "price" for m in words[cue.word].morphs)


def _adnominal_cue(words: list[Word], cue: Cue, lex: FactLexicon) -> Cue | None:
    """`지급된 급여`, `지급한 임금`: a money noun that says no more than `other`, told by the verb that
    modifies it (a verb of receiving alone says nothing: `받은 뇌물` stays other)."""
    prev = words[cue.word - 1]
    if prev.ending != "ETM" or prev.particles:
        return None
    verb = _verb_cue(prev, lex)
    received = bool(prev.morphs) and prev.morphs[0].form in lex.receive
    if verb is None or verb == "other" or (received and not _wage(words, cue, lex)):  # 받은 월급 is pay
        return None
    return Cue(verb, f"{prev.text} {words[cue.word].text}", cue.word)


def _governing_cue(unit: Unit, first: int, last: int, lex: FactLexicon, amount_words: set[int] | None,
                   amount_start: int | None, amount_end: int | None) -> Cue | None:
    words = unit.words
    amount_words = amount_words or set()
    amount_start = words[first].start if amount_start is None else amount_start
    # 1. the noun right before, in the same phrase: no particle, no verb between
    head = _noun_before(unit, first, lex, amount_start)
    if head is not None and _wage(words, head, lex):
        # 상여금 387만원이 지급된: a pay noun says only `other`; a verb of paying makes it an employer's support
        return _paid(unit, head, last, lex, amount_words) or head
    if head is not None and head.predicate == "budget" and not words[head.word].verbal \
            and words[last].particle in ("JKS:이", "JKS:가", "JKO:을", "JKO:를"):
        # 정부 예산 102억원이 지원되고: budget money the clause says is given to someone is support, as the seeds'
        # 지원·지급; 예산 100억원을 투입한다 stays a budget, and so does a budget a share of which is given
        # (예산(3,301억원)의 50%를 공급: the amount is no argument of the verb)
        verb = _verb_after(unit, last, lex, amount_words)
        if verb is not None and verb.predicate == "support" and not bare_receive(words, verb, lex):
            return Cue("support", f"{head.evidence} … {verb.evidence}", verb.word, received=verb.received)
    if head is not None:
        if head.predicate == "cost" and head.evidence.rstrip("(:： ").endswith(EXPENSE):
            # 건당 광고비 250만원: an expense per item is what the item costs, its seller's price; 교통비 20만원을
            # 지원한다: the verb says what is done with the expense
            return _per_unit(words, first) or _verb_after(unit, last, lex, amount_words) or head
        return head
    # 2. the noun after: 규모의 펀드, 의 과징금, 지출이
    after = _noun_after(unit, last, lex, amount_words, amount_end)
    if after is not None and _wage(words, after, lex):
        return _paid(unit, after, after.word, lex, amount_words) or after  # 1000원의 월급을 받을 때
    if after is not None and after.predicate not in ("fund_create",):
        return after
    costing = _costing(unit, last, amount_end)
    if costing is not None:
        return costing
    # 3. the governing verb (first: money handed over to get or see something, `4000원 주고 봤다`)
    spent = _paid_for(words, last, amount_end)
    if spent is not None:
        return spent
    verb = _verb_after(unit, last, lex, amount_words)
    if after is not None:  # a fund's size: the fund decides unless a verb of capital moves it
        if verb is not None and verb.predicate in ("capital",) and verb.word <= after.word + 1:
            return verb
        return after
    unit_price = _per_unit(words, first)
    if verb is not None:
        # 건당 150만원을 받고: money received per item is its price; 1인당 100만원을 지원 stays support
        if unit_price is not None and bare_receive(words, verb, lex):
            return unit_price
        charge = charge_of(words, verb.word, lex) if bare_receive(words, verb, lex) else None
        if charge is not None:  # 2800만원을 받고 …한 혐의: money taken, as the charge says, not support
            return Cue("other", f"{words[verb.word].text} … {words[charge].text}", verb.word)
        return verb
    # 4. a price per unit: 건당 100만원, 1인당 광고비 250만원
    if unit_price is not None:
        return unit_price
    # 5. the nearest cue noun before, in the amount's clause
    at = _through_paren(unit, last, amount_end)
    exchanged = words[at].particle == "JKB:에"
    quote = unit.quote_of(words[first].start)
    for i in range(first - 1, -1, -1):
        if i in amount_words:
            continue
        w = words[i]
        if (quote is not None and w.start < quote[0]) or HEADLINE_BREAK in w.text:
            break  # 미래가치에 대해 “… 20만파운드를 …”, 등록증 교부… 10억원대 손배소: a quote or a headline's clause is its own
        if w.verbal and (w.ending == "EF" or (w.ending == "EC" and ends_clause(words, i))):
            break  # a relative clause (26% 내린 5662원) is part of the amount's phrase; a finished clause is not
        if (words[i].particle in PLACE_PARTICLES or (exchanged and words[i].particle == "JKB:에")) \
                and not phrase_cue(words, i, lex):
            # 중고차 시장에서 3천500만원을 건네받았고, 시장에 판매중인 제품은 … 2700원에 판매된다: a noun marked as the
            # place is where, not what the amount is
            continue
        hit = phrase_cue(words, i, lex) or _word_cue(words[i], i, lex)
        if hit is not None:
            return hit
    # 6. the amount something is exchanged at: 120만원에 … 실었다, 250만달러(약 26억원)에 팔렸다; 7. what a thing is
    # worth: 5000원짜리 커피, 300만원 상당의 목걸이
    return _exchanged_at(words, at) or _worth(words, last) or _priced_thing(unit, last, amount_words, amount_end)


PLACE_PARTICLES = ("JKB:에서",)
HEADLINE_BREAK = "…"


def _through_paren(unit: Unit, last: int, amount_end: int | None) -> int:
    """The word that closes a parenthesis opened right after the amount (`250만달러(약 26억원)에`), else `last`:
    the particle after it is the amount's."""
    paren = next((p for p in unit.parens if amount_end is not None and p[0] == amount_end), None)
    return unit.word_at(paren[1] - 1) if paren is not None else last


def _wage(words: list[Word], cue: Cue, lex: FactLexicon) -> bool:
    """Whether the cue is a pay noun (급여, 상여금, 월급), which says `other` until a verb says it is paid."""
    if cue.predicate != "other" or not 0 <= cue.word < len(words):
        return False
    nouns = [m.form for m in words[cue.word].nouns]
    return any(n in lex.wages for n in nouns) or any("".join(nouns).endswith(w) for w in lex.wages)


def _paid(unit: Unit, cue: Cue, last: int, lex: FactLexicon, amount_words: set[int]) -> Cue | None:
    """Pay (a cue at word `cue.word`) the amount's clause says is paid or received (지급된, 받을): support."""
    verb = _verb_after(unit, last, lex, amount_words)
    if verb is None or verb.predicate != "support":
        return None
    return Cue("support", f"{cue.evidence} … {verb.evidence}", verb.word, received=verb.received)


def _costing(unit: Unit, last: int, amount_end: int | None) -> Cue | None:
    """`10위안 하는 볶음밥`, `1억원 하던 아파트`: an amount a thing 'does' (하다 as an adnominal verb right after
    the amount, or after its parenthesis) is what the thing costs: its price."""
    words = unit.words
    i = last + 1
    paren = next((p for p in unit.parens if amount_end is not None and p[0] == amount_end), None)
    if paren is not None:
        i = unit.word_at(paren[1] - 1) + 1
    if words[i - 1].particles or i + 1 >= len(words):
        return None
    w, thing = words[i], words[i + 1]
    head = w.morphs[0] if w.morphs else None  # the verb 하다 itself, not a noun's 하 (증가한 평균)
    if head is not None and head.form == "하" and head.tag.startswith("VV") and w.ending == "ETM" and not w.particles \
            and any(m.tag.startswith("NN") for m in thing.morphs):
        return Cue("price", f"{w.text} {thing.text}", i + 1)
    return None


# 140만달러의 돈을, 560만원 전부를, 1달러 지폐: nouns of the money itself or a share of it, no thing priced
MONEY_ITSELF = ("돈", "금액", "액수", "자금", "재정", "현금", "전부", "전액", "일부", "모두", "지폐", "동전", "주화", "수표")
# 300만원 상당의 목걸이, 1억원어치의 소고기: what a thing is worth. Not 원대 (186억원대 계약, 9천억원대 도박사이트
# are sizes as often as prices) nor a bare amount before a noun (1억 보이스피싱, 50억 협박 사건: headlines' sizes).
WORTH_WORDS = ("상당", "어치")
SIZE_WORDS = ("규모", "수준", "선")  # 5천억원 규모 사업: the size of an undertaking, not a thing's price


def _priced_thing(unit: Unit, last: int, amount_words: set[int], amount_end: int | None) -> Cue | None:
    """`3만5000원 쌀`, `1만∼5만 원대 선물세트`, `200달러 이하 물건`, `40억원 상당의 불상`: an amount that modifies
    a noun no money word names (bare, or with 의, through words of degree) is what the thing costs: its price.
    Read last, when no noun, verb or exchange said otherwise."""
    words = unit.words
    i = _through_paren(unit, last, amount_end)
    if words[i].particle not in (None, "JKG:의") or words[i].verbal or words[i].text.endswith((",", ")", "，")):
        return None  # 최태원 회장(559억원), 정의선 …: a list member's figure, which modifies nothing after it
    if unit.paren_of(words[last].start if amount_end is None else amount_end - 1) is not None:
        return None
    # 50만원의 내기, 570억원 이상의 재정: an amount joined by 의 sizes the noun; only a word of worth makes it a price
    worth = any(m.form in WORTH_WORDS for m in words[i].morphs)
    i += 1
    while i < len(words) and i - last <= 3:
        w = words[i]
        if i in amount_words or w.verbal:
            return None
        forms = [m.form for m in w.morphs if m.tag.startswith(("NN", "SL", "XSN"))]
        if forms and all(f in NEUTRAL_AFTER for f in forms):
            if any(f in SIZE_WORDS for f in forms) or w.particle not in (None, "JKG:의"):
                return None
            worth = worth or any(f in WORTH_WORDS for f in forms)
            i += 1
            continue
        if not worth:
            return None
        head = next((m for m in w.morphs if m.tag in ("NNG", "NNP", "SL")), None)
        if head is None or any(m.tag in ("SN", "NNB") for m in w.morphs) or head.form in MONEY_ITSELF:
            return None
        return Cue("price", w.text, i)
    return None


def _worth(words: list[Word], last: int) -> Cue | None:
    """`5000원짜리 커피`, `2억원짜리 아파트`: what a thing is worth, its price (a note's face value, `1만원짜리
    지폐`, is read before: a denomination)."""
    w = words[last]
    if any(m.form == "짜리" for m in w.morphs) or (last + 1 < len(words) and words[last + 1].text.startswith("짜리")):
        return Cue("price", w.text, last)
    return None


def charge_of(words: list[Word], i: int, lex: FactLexicon) -> int | None:
    """The noun of an accusation that the clause of word i modifies (`…을 받고 …을 한 혐의를 받는다`,
    `…을 받은 의혹`): an adnominal verb right before a charge noun, before the sentence's final ending."""
    for k in range(i, len(words) - 1):
        if words[k].ending == "EF":
            return None
        nxt = words[k + 1]
        if words[k].ending == "ETM" and nxt.morphs and nxt.morphs[0].form in lex.charges:
            return k + 1
    return None


def _per_unit(words: list[Word], first: int) -> Cue | None:
    """`건당 100만원`, `1비트코인 당 330만원`, `건당 광고비 250만원`: a noun with 당 right before the amount,
    at most one bare noun between."""
    for i in range(first - 1, max(-1, first - 3), -1):
        w = words[i]
        if w.particles or w.verbal:
            return None
        last = w.morphs[-1]
        if last.form == "당" and (last.tag == "XSN" or (i > 0 and w.text == "당")):
            per = w.morphs[-2].form if len(w.morphs) > 1 else words[i - 1].morphs[-1].form
            if per in PER_PERSON:
                return None  # 1인당 5만원: a share or an average per person, not what something costs
            return Cue("price", " ".join(x.text for x in words[i:first]), i)
    return None


def _exchanged_at(words: list[Word], last: int) -> Cue | None:
    """An amount marked 에 whose verb is no verb of a level (달하다, 이르다): the price of an exchange."""
    if words[last].particle != "JKB:에":
        return None
    for i in range(last + 1, len(words)):
        w = words[i]
        if w.verbal and not functional(w):
            nouns = [m.form for m in w.morphs if m.tag.startswith("NN")]
            stems = [m.form for m in w.morphs if m.tag.startswith(("VV", "VA", "XSV", "VCP"))]
            if nouns and "되" in stems:  # 판매된다: a noun's passive, not the 되다 of a level reached (1조원이 됐다)
                stems = [s for s in stems if s != "되"]
            stems += [n + s for n in nouns for s in stems]  # 불과/NNG + 하/XSV: 불과하
            if any(s in LEVEL_VERBS for s in stems + nouns):
                return None
            return Cue("price", words[last].text, last)
    return None


def _word_cue(word: Word, i: int, lex: FactLexicon) -> Cue | None:
    hit = cue_in_word(word, lex)
    return Cue(hit[0], word.text, i) if hit else None


def unit_text(unit: Unit, start: int, end: int) -> str:
    out = []
    for w in unit.words:
        if w.end <= start or w.start >= end:
            continue
        a, b = max(w.start, start), min(w.end, end)
        out.append(w.text[a - w.start:b - w.start])
    return " ".join(out).rstrip("(:： ")


def _noun_before(unit: Unit, first: int, lex: FactLexicon, amount_start: int) -> Cue | None:
    words = unit.words
    here = words[first]
    if here.start < amount_start:  # 예산(3,301억원), 펀드(2조원, ~'27), 매출1조원: the noun in the same word
        hit = cue_in_word(here, lex, before=amount_start)
        if hit is not None:
            return Cue(hit[0], unit_text(unit, here.start, amount_start), first)
    if first == 0:
        return None
    prev = words[first - 1]
    text_between_parens = prev.text.endswith(("(", ":", "：")) or prev.text in (":", "：")
    # 공급총량*(9.8조원): the amount opens a parenthesis right after its noun
    glued = words[first].text.startswith("(") or text_between_parens
    candidates = [first - 1]
    if prev.text in (":", "：", "-") and first >= 2:
        candidates = [first - 2]
    for i in candidates:
        w = words[i]
        if w.particle is not None and not glued or w.text.endswith(HEADLINE_BREAK):
            continue  # 등록증 교부… 10억원대 손배소: the noun before a headline's break is another clause's
        if w.verbal and not glued:
            continue
        hit = phrase_cue(words, i, lex) or _word_cue(w, i, lex)
        if hit is not None:
            return hit
    # the amount inside a parenthesis right after a noun: 기술보증 지원(기보, 5.5조원)
    paren = unit.paren_of(amount_start)
    if paren is not None:
        j = unit.word_at(paren[0])
        w = words[j]
        inner = w.text.split("(")[0]
        if inner and w.start < paren[0]:
            hit = cue_in_word(w, lex)
            if hit is not None:
                return Cue(hit[0], inner, j)
        if j > 0 and w.start == paren[0]:
            hit = phrase_cue(words, j - 1, lex) or _word_cue(words[j - 1], j - 1, lex)
            if hit is not None:
                return hit
    return None


def level_relative(words: list[Word], last: int) -> bool:
    """Whether the word after the amount is an adnominal verb of a level (`200억원이 넘는 금액`)."""
    if last + 1 >= len(words) or words[last].particle not in LEVEL_PARTICLES:
        return False
    nxt = words[last + 1]
    stems = [m.form for m in nxt.morphs if m.tag.split("-")[0] in ("VV", "VA", "XSV", "XSA")]
    # a noun's passive (지급된, 배정된) says what is done with the money, not a level it reaches (1조원이 된)
    noun = next((m.form for m in nxt.morphs if m.tag.startswith("NN")), None)
    if noun is not None and noun + (stems[0] if stems else "") not in LEVEL_RELATIVE:
        return False
    return nxt.ending == "ETM" and bool(stems) and stems[0] in LEVEL_RELATIVE and not nxt.particles


def _noun_after(unit: Unit, last: int, lex: FactLexicon, amount_words: set[int],
                amount_end: int | None = None) -> Cue | None:
    words = unit.words
    w = words[last]
    if _copula_closes(w):
        return None  # 예산은 2조원인데 기업 후원으로: the words after are the next clause's
    particle = w.particle
    i = last + 1
    if level_relative(words, last):  # 200억원이 넘는 금액을: read on from the noun the verb modifies
        particle, i, last = None, last + 2, last + 1
    # 7000만원(원금 300만 원) 이상의 사채: what follows the parenthesis right after the amount
    paren = next((p for p in unit.parens if amount_end is not None and p[0] == amount_end), None)
    if paren is not None and particle is None:
        close = unit.word_at(paren[1] - 1)
        w = words[close]
        particle = w.particle if not w.text.endswith(")") else None
        i = close + 1
        last = close
        if level_relative(words, last):  # 20만파운드(약 3억원)를 넘어서는 주급을: the noun the verb modifies
            particle, i, last = None, last + 2, last + 1
    # 3조원 규모의 펀드 / 100억의 자금 / 1조원 이상 지출이 / 10억원대 손실을
    if particle in ("JKB:으로", "JKB:로") and i < len(words) and i not in amount_words:
        # 95조 원으로 방위비를 늘리다, 150만원으로 가격을 올렸다: the level the object noun is set to
        j = i  # the object phrase: bare nouns up to the word marked 을/를 (아이폰 가격을)
        while j < len(words) and j - i < 3 and not words[j].particles and not words[j].verbal:
            j += 1
        obj = words[j] if j < len(words) else None
        if obj is not None and obj.particle in ("JKO:을", "JKO:를") and not obj.verbal and j not in amount_words:
            hit = _word_cue(obj, j, lex)
            return _with_verb(words, j, hit, lex) if hit is not None else None
        return None
    if particle not in (None, "JKG:의"):
        return None
    while i < len(words) and i - last <= 4:
        nxt = words[i]
        forms = [m.form for m in nxt.morphs if m.tag.startswith(("NN", "SL", "XSN"))]
        if i in amount_words:
            return None
        if forms and all(f in NEUTRAL_AFTER for f in forms):
            i += 1
            if nxt.particle in ("JKB:로", "JKB:으로") and i < len(words) and _sizing_relative(words[i]):
                # 5천억원 규모로 이뤄지는 이 예산: the size of the noun the adnominal clause leads to
                i += 1
                if i < len(words) and words[i].morphs and words[i].morphs[0].tag == "MM" and len(words[i].morphs) == 1:
                    i += 1  # 이, 그, 해당
                continue
            if nxt.particle not in (None, "JKG:의"):
                return None
            continue
        if nxt.verbal and not any(m.tag.startswith("NN") for m in nxt.morphs):
            return None
        hit = phrase_cue(words, i, lex) or _word_cue(nxt, i, lex)
        if hit is not None:
            head = i + 1 < len(words) and not nxt.particles and not nxt.verbal and not words[i + 1].verbal
            later = (phrase_cue(words, i + 1, lex) or _word_cue(words[i + 1], i + 1, lex)) if head else None
            if later is not None and i + 1 not in amount_words:
                hit, i = later, i + 1  # 120조원에 달하는 공공조달 시장: a noun phrase is its last noun's (시장)
            return _with_verb(words, i, hit, lex)
        if nxt.particle is not None and nxt.particle not in ("JKG:의",) or nxt.verbal:
            return None
        i += 1
    return None


def _sizing_relative(word: Word) -> bool:
    """An adnominal verb with nothing else in its word (이뤄지는, 조성된, 편성될): `N원 규모로 ___ 명사`."""
    return word.verbal and word.ending == "ETM" and not word.particles and not any(m.tag == "SN" for m in word.morphs)


def _with_verb(words: list[Word], i: int, hit: Cue, lex: FactLexicon) -> Cue:
    """The noun's verb may change the money's kind: 투자를 유치했다, 투자를 받았다 and 후원받을 are raises."""
    raised = hit.predicate == "invest" or any(m.form in lex.donations for m in words[i].nouns)
    if raised and any(m.form in lex.receive and m.tag.startswith("VV") for m in words[i].morphs):
        return Cue("raise", words[i].text, i, received=True)  # 후원받을, 투자받은
    if i + 1 >= len(words):
        return hit
    longer = phrase_cue(words, i + 1, lex)
    if longer is not None and longer.predicate != hit.predicate:
        return longer
    if raised and any(m.form in lex.receive and m.tag.startswith(("VV", "XSV"))  # 받/VV-R too
                      for m in words[i + 1].morphs):
        return Cue("raise", f"{words[i].text} {words[i + 1].text}", i + 1, received=True)
    return hit


def _verb_after(unit: Unit, last: int, lex: FactLexicon, amount_words: set[int]) -> Cue | None:
    """The first predicate verb after the amount, up to the end of its clause (a final ending) or another
    amount after a verb. An amount that is itself the predicate of its clause (`예산은 2조8000억원인데`,
    `매출은 1조원이며`: a copula with a connective or final ending on the amount's word) has no verb after it:
    the next clause's verb (`… 1조원을 모아`) is another amount's."""
    words = unit.words
    if _copula_closes(words[last]):
        return None
    passed_verb = False
    relative = level_relative(words, last)
    for i in range(last + 1, len(words)):
        w = words[i]
        if relative and i == last + 1:
            continue  # 200억원이 넘는 금액을 배상했다: the level verb only sizes the noun after it
        if i in amount_words and passed_verb:
            return None  # 100만원을 받고 … 실어 3552억원을 벌었다: the verb after the next amount is its own
        if w.verbal:
            hit = phrase_cue(words, i, lex)
            stem = _verb_cue(w, lex)
            if hit is not None and any(m.tag in ("XSV", "VV") for m in w.morphs):
                cue = hit
            elif stem is not None:
                cue = Cue(stem, w.text, i)
            else:
                cue = None
            if cue is not None and passed_verb and bare_receive(words, cue, lex):
                cue = None  # 받아 of a later clause (요구조치를 받아): a bare 받다 governs only right after the amount
            if cue is not None:
                cue.received = any(m.form in lex.receive and _stem_tag(m) in ("VV", "XSV", "VX") for m in w.morphs) or (
                    i + 1 < len(words) and words[i + 1].morphs[0].form in lex.receive)
                if cue.received and (cue.predicate == "invest" or any(
                        m.form in lex.donations for m in w.morphs if m.tag.startswith("NN"))):
                    cue.predicate = "raise"  # 투자받았다, 후원받을: money raised
                return cue
            if ends_clause(words, i):
                return None
            passed_verb = passed_verb or not functional(w)
    return None


# Verbs of handing money over, and of what one gets or sees for it (`N원 주고 봤다`, `N원을 내고 제품을 샀다`).
PAYING = ("주", "내", "결제", "지불", "치르")
GETTING = ("보", "사", "구입", "구매", "다운", "다운로드", "관람", "이용", "시청", "먹", "타", "구하", "빌리")
PAYING_ENDINGS = ("고", "어서", "아서", "서", "어", "아", "고서")


def _paid_for(words: list[Word], last: int, amount_end: int | None) -> Cue | None:
    """`4000원 주고 봤다`, `3천원을 내고 제품을 샀다`, `500원주고 다운받아봤는데`, `4500원 결제하고 본`: money handed
    over (주다, 내다, 결제하다) to get or see something is what the one paying spent — a cost, as a purchase (구입) is —
    not support (주다 alone) nor nothing. The paying verb is the first verb after the amount (in its own word or the
    next), with a connective ending; the getting verb one of the next three words' first verb."""
    stream = []  # (word index, morph) after the amount, over the amount's word and the next four
    for k in range(last, min(len(words), last + 5)):
        for m in words[k].morphs:
            if k == last and amount_end is not None and m.start < amount_end:
                continue
            stream.append((k, m))
    stems = [(j, k, m) for j, (k, m) in enumerate(stream) if m.tag.split("-")[0] in ("VV", "VX")
             or (m.tag.startswith("NN") and j + 1 < len(stream) and stream[j + 1][1].tag == "XSV")]
    if not stems or stems[0][2].form not in PAYING:
        return None
    j, k, pay = stems[0]
    # the paying verb's own ending: 주고, 내고, 결제하고, 결제해서 (not 주는, 준다: a relative or a final one)
    ending = next((m for _, m in stream[j + 1:j + 3] if m.tag.startswith("E")), None)
    if ending is None or ending.tag != "EC" or ending.form not in PAYING_ENDINGS:
        return None
    nxt = next((k2 for _, k2, m in stems[1:] if k2 - k <= 3), None)
    # the next verb's word holds a getting stem or noun (봤다, 샀다, 관람했다, 다운받아: 다운/NNG 받/VV)
    if nxt is None or not any(m.form in GETTING for m in words[nxt].morphs if m.tag.split("-")[0] in ("VV", "NNG")):
        return None
    return Cue("cost", f"{words[k].text} … {words[nxt].text}", nxt)


def _copula_closes(word: Word) -> bool:
    """The word ends in a copula (이다) whose ending closes the clause: 1조원인데, 1조원이며, 300억원이었고, 1조원이다."""
    morphs = word.morphs
    k = next((j for j in range(len(morphs) - 1, -1, -1) if morphs[j].tag == "VCP"), None)
    return k is not None and any(m.tag in ("EC", "EF") for m in morphs[k + 1:]) and not any(
        m.tag == "ETM" for m in morphs[k + 1:])


def governing_verb(unit: Unit, last: int, lex: FactLexicon, amount_words: set[int]) -> Cue | None:
    """The predicate verb of the amount's clause after it, if any (`_verb_after`)."""
    return _verb_after(unit, last, lex, amount_words)


def _verb_cue(word: Word, lex: FactLexicon) -> str | None:
    """지원하겠다, 조성한, 부과했다 (noun + 하다), 투자받은, or a native verb (들었다, 벌었다)."""
    morphs = word.morphs
    for k, m in enumerate(morphs):
        if m.tag.startswith("NN") and m.form in lex.nouns and k + 1 < len(morphs) and morphs[k + 1].tag in ("XSV", "VV", "XSA"):
            return lex.nouns[m.form]
        if m.tag.startswith("NN") and m.form in lex.nouns and k + 1 < len(morphs) and morphs[k + 1].form in lex.receive:
            return lex.nouns[m.form]
        if m.tag == "VV" and m.form in lex.verbs:
            return lex.verbs[m.form]
    if morphs and _stem_tag(morphs[0]) == "VV" and morphs[0].form in lex.receive:
        return "support"  # 120만원을 받을 수 있게 됐다: money received, its giver the actor
    return None


def _stem_tag(m) -> str:
    """VV of 받/VV-R: Kiwi marks a verb's conjugation class after a dash."""
    return m.tag.split("-")[0]


def bare_receive(words: list[Word], cue: Cue, lex: FactLexicon) -> bool:
    """A cue that is only a verb of receiving (150만원을 받고): it says money changed hands, not what for."""
    return (cue.predicate == "support" and cue.word >= 0 and bool(words[cue.word].morphs)
            and words[cue.word].morphs[0].form in lex.receive)
