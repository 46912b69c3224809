"""Whether an amount is planned, actual, forecast or a reference figure.

Read from the words after the amount up to the end of its clause (the first final ending, or the end of
the quote the amount is in), and from the amount itself:
- reference: a threshold (이상, 이하, 미만, 초과) in a parenthesis or before a rule noun or an actor class
  (`자산가치 1조원 이상`, `매출 100억원 이상 기업`, `10억원 미만인 경우`);
- forecast: 전망, 예상, 추정, 추산, 관측, 내다보다 — the clause says someone expects it;
- planned: 계획, 예정, 방침, 목표, 추진; 지원하겠다, 하려고, 하고자, 할 (future); a present-tense action
  (`지원한다`, the way press releases announce a programme);
- actual: a past tense (지원했다, 조성한 펀드), a state (매출이 1조원이다, 1조원을 갖고 있다).
A fact dated after the publication year and otherwise unmarked is planned; dated before it, actual.
"""

from __future__ import annotations

from .lexicon import FactLexicon
from .units import Unit, ends_clause, functional

PAST = ("었", "았", "였", "ᆻ", "ㅆ")
FUTURE_ETM = ("ᆯ", "ㄹ", "을")
STATE_VERBS = ("있", "없", "되", "이", "넘", "달하", "불과하", "이르", "육박하")


def find_modality(unit: Unit, first: int, last: int, qualifier: str | None, lex: FactLexicon,
                  quote: tuple[int, int] | None, cue_word: int | None) -> tuple[str | None, bool]:
    """(modality or None when unmarked, whether the clause is present-tense and plain)."""
    words = unit.words
    if _reference(unit, first, last, qualifier, lex) or _compared(unit, first, last, quote):
        return "reference", False
    end = len(words)
    if quote is not None:
        end = min(end, unit.word_at(quote[1] - 1) + 1)
    # a target or plan named before the amount: 매출 목표를 3조원으로, 내년 예산안은 600조원
    for w in words[max(0, first - 2):first]:
        if any(m.form in lex.planned and m.tag.startswith("NN") for m in w.morphs):
            return "planned", False
    # an adnominal past verb right before the amount or its noun governs it: 지난해 조성한 3000억원
    if cue_word is not None and cue_word < first:
        w = words[cue_word]
        if w.ending == "ETM" and any(m.form in PAST for m in w.morphs):
            return "actual", False
    forecast = planned = past = possible = False
    present_action = False
    if _reported_estimate(words, first, lex):
        return "forecast", False
    if _was(words[last]):
        return "actual", False  # 올해 4억원이었던 사업비는 내년에 …: what the amount was, whatever comes of it
    for i in range(last + 1, end):
        w = words[i]
        if functional(w):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        for k, m in enumerate(w.morphs):
            if m.form in lex.forecast and (m.tag.startswith(("NN", "VV")) or m.tag == "XSV"):
                # 보여주고 있다 (보이 + 어 + 주/VX) shows; 보인다, 보여 seem
                forecast = forecast or not any(x.form == "주" and x.tag == "VX" for x in w.morphs[k + 1:k + 3])
            elif m.form in lex.planned and m.tag.startswith("NN"):
                # 추진해왔으나, 계획했던: a plan already carried out is no plan
                planned = planned or not any(x.tag == "EP" and x.form in PAST for x in w.morphs)
            elif m.tag in ("EP",) and m.form == "겠":
                planned = True
            elif m.tag == "EC" and m.form in lex.planned_endings:
                planned = True
            elif m.tag == "ETM" and m.form in FUTURE_ETM:
                # 할 수 있다 is ability, not a plan
                if nxt is not None and nxt.morphs and nxt.morphs[0].form == "수":
                    possible = True  # 부과될 수 있다: what a rule allows
                elif not (nxt is not None and nxt.morphs and nxt.morphs[0].form in ("만큼", "때", "경우")):
                    planned = True
            elif m.tag == "ETN" and k + 1 < len(w.morphs) and w.morphs[k + 1].form == "로":
                planned = True  # 하기로 했다
            elif m.tag == "EP" and m.form in PAST:
                past = True
            elif m.tag == "ETM" and m.form in ("ᆫ", "은", "ㄴ") and any(
                    x.tag.startswith(("VV", "XSV")) for x in w.morphs[:k]):
                past = True  # 투자한 기업, 조성한 펀드: a past adnominal verb
            elif (m.tag == "EF" and m.form in ("ᆫ다", "는다", "ㄴ다")) or (
                    m.tag == "EC" and m.form in ("ᆫ다고", "는다고", "ㄴ다고", "ᆫ다며", "는다며", "ᆫ다면서", "는다면서")):
                # 지원한다, 출연한다고 밝혔다: an action in the present, as plans are announced
                stem = next((x for x in reversed(w.morphs[:k]) if x.tag.startswith(("VV", "XSV"))), None)
                # 지원한다, 지급된다 (a noun's passive), 규모가 된다: what is announced to happen
                if stem is not None and (stem.form not in STATE_VERBS or stem.form == "되"):
                    present_action = True
        if _quotative(w):
            break  # 출연한다고 밝혔다, 지원하겠다"고 말했다: the reporting verb's tense is not the money's
        if past or (w.ending == "ETM" and not planned) or ends_clause(words, i):
            if w.ending == "ETM" and not past and not ends_clause(words, i):
                continue
            if w.ending == "ETM" and not past and _present_adnominal(w):
                continue  # 지원하는 사업에서 …할 계획이다: a present adnominal has no tense of its own
            break
    if forecast:
        return "forecast", False
    if _conditional(words, first, last, quote, lex):
        return "reference", False
    if possible and (qualifier in lex.threshold or qualifier == "최대"):
        return "reference", False  # 최대 120만원을 받을 수 있다: what a rule allows
    if planned:
        return "planned", False
    if past:
        return "actual", False
    if present_action:
        return None, True
    return None, False


def _conditional(words, first: int, last: int, quote, lex: FactLexicon) -> bool:
    """An amount under a condition is what a rule or a supposition says, not an event: after a condition in
    its clause (`위반하면 300만원`, `신청하려면 보증금 5000만원이`, `착용하지 않은 경우 10만원`, `미이행시 1000만원`,
    `이뤄질 경우 … 335억원을 내야 한다`) or inside one (`6000만원을 주면 법 위반`). A condition of reckoning
    (`시급을 계산하면 1480원이다`, `원화로 환산하면`) restates a figure of the story: no condition."""
    begin = 0 if quote is None else next((i for i, w in enumerate(words) if w.start >= quote[0]), 0)
    for i in range(first - 1, begin - 1, -1):
        if words[i].ending == "EF":
            break
        if _condition(words, i) and not _reckoning(words[i], lex):
            return True
    for i in range(last + 1, len(words)):
        w = words[i]
        if any(m.tag == "EC" and m.form.endswith("면") for m in w.morphs) and not functional(w) \
                and not _reckoning(w, lex):
            return True
        if w.ending == "EF" or _quotative(w) or (w.verbal and ends_clause(words, i)):
            break
    return False


def ruled(unit: Unit, first: int, last: int, lex: FactLexicon) -> bool:
    """Whether the amount is set by a rule: under a condition of its clause (`위반하면`, `…한 경우`)."""
    return _conditional(unit.words, first, last, unit.quote_of(unit.words[first].start), lex)


def _reckoning(word, lex: FactLexicon) -> bool:
    """계산하면, 환산하면, 따지면: a verb of reckoning, whose 면 restates a figure rather than sets a condition."""
    return any(m.form in lex.reckoning and m.tag.startswith(("NN", "VV")) for m in word.morphs)


def _condition(words, i: int) -> bool:
    w = words[i]
    if any(m.tag == "EC" and m.form.endswith("면") for m in w.morphs):
        return not functional(w)  # 위반하면, 신청하려면, 1조원이라면; not 보고서에 따르면
    first = w.morphs[0] if w.morphs else None
    if first is not None and first.form == "경우" and i > 0 and words[i - 1].ending == "ETM":
        return True  # 착용하지 않은 경우
    # 미이행시, 미준수 시: a common noun of an act, then 시 (not 서울시, 부산광역시에: a place has a proper noun)
    forms = [(m.form, m.tag) for m in w.morphs if not m.tag.startswith(("S", "J"))]
    if any(t == "NNP" for _, t in forms) or w.particle not in (None, "JKB:에", "JX:는", "JX:에는"):
        return False
    if len(forms) >= 2 and forms[-1][0] == "시" and forms[-2][1] == "NNG":
        return True
    return (forms == [("시", "NNB")] or forms == [("시", "NNG")]) and i > 0 and \
        words[i - 1].morphs[-1].tag == "NNG" and not words[i - 1].particles


def _reference(unit: Unit, first: int, last: int, qualifier: str | None, lex: FactLexicon) -> bool:
    if qualifier not in lex.threshold:
        return False
    words = unit.words
    paren = unit.paren_of(words[first].start)
    if paren is not None and paren[0] < words[first].start:
        return True
    for w in words[last + 1:last + 3]:
        forms = [m.form for m in w.morphs]
        if any(f in lex.rule_nouns for f in forms) or any(f in lex.generic for f in forms):
            return True
        if w.particle not in (None, "JKG:의") and not any(m.tag == "VCP" for m in w.morphs):
            break
    return False


def _was(word) -> bool:
    """The amount's own word ends in a past copula (4억원이었던, 1조원이었다): a figure that was."""
    morphs = word.morphs
    k = next((i for i, m in enumerate(morphs) if m.tag == "VCP"), None)
    return k is not None and any(m.tag == "EP" and m.form in PAST for m in morphs[k + 1:])


def _present_adnominal(word) -> bool:
    return any(m.tag == "ETM" and m.form == "는" for m in word.morphs)


def _reported_estimate(words, first: int, lex: FactLexicon) -> bool:
    """정의당 추산에 의하면 …, 업계 전망에 따르면 …: the figure is someone's estimate."""
    for i, w in enumerate(words[:first]):
        if any(m.form in lex.forecast and m.tag.startswith("NN") for m in w.morphs) and i + 1 < first:
            if any(m.form in ("따르", "의하") for m in words[i + 1].morphs):
                return True
    return False


def _quotative(word) -> bool:
    return any(m.tag == "JKQ" or (m.tag == "EC" and m.form.endswith(("다고", "라고", "자고", "냐고", "다며", "라며")))
               for m in word.morphs)


COMPARED_BEFORE = ("기존", "종전", "전년", "작년", "예년", "당초")
DEFINITION_HEADS = ("제도", "규정", "기준", "요건", "원칙")


def _compared(unit: Unit, first: int, last: int, quote) -> bool:
    """A figure quoted to compare or suppose, not a fact of its own: `3조5천억원보다`, `기존 3,656만원`,
    `전년 76.1백만원과 유사한`, `878억원이라면` (and what the supposition goes on to say), and the
    amounts of a definition (`…을 징수하는 제도다`)."""
    words = unit.words
    w = words[last]
    forms = [m.form for m in w.morphs]
    if "보다" in forms or (w.particles and w.particles[-1].form in ("과", "와") and last + 1 < len(words)
                            and any(m.form in ("유사", "비슷", "같") for m in words[last + 1].morphs)):
        return True
    if first > 0 and any(m.form in COMPARED_BEFORE for m in words[first - 1].morphs):
        return True
    scope = [x for x in words[:last + 1] if quote is None or x.start >= quote[0]]
    if any(m.tag == "EC" and m.form.endswith("면") and any(x.tag == "VCP" or x.form in ("이라", "라") for x in x_.morphs)
           for x_ in scope for m in x_.morphs):
        return True  # 878억원이라면 …: a supposition
    final = next((x for x in reversed(words) if x.ending == "EF"), None)
    if final is not None and any(m.form in DEFINITION_HEADS and m.tag.startswith("NN") for m in final.morphs) \
            and any(m.tag == "VCP" for m in final.morphs):
        return True  # …을 징수하는 제도다: the rule, not an event
    return False
