"""The `sinmun_facts` spaCy component: one `facts` row per `amounts` row.

It runs last, after resolve, and reads what the pipeline already has: the amounts, dates and funds
rows, the resolved organizations and people, and Kiwi's morphemes. For each amount, in order:
its unit and words (units.py), the predicate (predicate.py), the subject (subject.py, actors.py),
the date (when.py), the modality (modality.py), funds, recipient and purpose (slots.py). A conversion in
parentheses (`1조3452억 달러(약 1865조원)`) repeats the fact of the amount it converts; the starting
level of a change (`4000억원에서 1조원까지 확대`) is a current figure nobody named commits to; a
footnote line (`* 기술보증 지원(기보, 5.5조원)`) reads its stars' phrase for what it leaves unsaid.
"""


import re

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_ext import MENTIONS, doc_text
from ..rules.org_names import countries, country_names
from ..rules.orgs import article_day
from .actors import ArticleActors, Entity, listed_classes, main_actor, unit_actors
from .aliases import article_aliases
from .lexicon import FactLexicon, load_lexicon
from .modality import find_modality, ruled
from .predicate import Cue, bare_receive, cue_in_word, find_predicate, governing_verb, question_cue, restitution
from .slots import footnote_funds, listed_funds, recipient_and_purpose, sized_fund
from .subject import CASE_MONEY, Subject, penalty_mode, joined_actor, find_subject, unit_subject
from .units import Unit, units_of
from .when import choose_date, period_date, years_later

ENTITY_LABELS = ("ORG", "PERSON", "LOC")
# A budget or a fund's size is a year's (tests/gold/CONVENTIONS.md, hold4): the day that dates its sentence (a hearing,
# an announcement) dates it by its year. No budget or fund of the gold sets is dated finer than a year; a month a
# budget is spent by (`오는 12월까지 300억원을 투입한다`) keeps its month, as a deadline (test_facts_families).
ANNUAL = ("budget", "fund_create")
OWNED_IMPLIED = ("revenue", "price", "asset", "valuation")  # owned money a sentence may leave to the one before
BASELINE_AFTER = re.compile(r"^\s?에서\s?")
SUPERSEDED_BEFORE = re.compile(r"(?:기존|종전|당초)\s?$")
REPORTED_ON = re.compile(r"\s?(?:에\s)?(?:밝혔|밝히|말했|전했|발표했|발표하|설명했|보도했|알렸|공개했|공시했)")
# A banknote's or a coin's name (5만원권, 1만원짜리 지폐, 500원짜리 동전): a face value, no money anyone moves.
DENOMINATION = re.compile(r"권|짜리\s?(?:지폐|동전|수표|화폐|주화|신권|구권)")
# An amount quoted as a survey's answer: ‘15만원 미만’이라고 응답, ‘15만원 이상 30만원 미만’(31.2%)
# (the low end of a bracket answers with it: ‘15만원 이상 30만원 미만’)
ANSWERED = re.compile(r"(?:\s?[\d.,]+\s?[천만억조]*\s?원\s?(?:미만|이하|이내))?"
                      r"\s?[’'\"”」]\s?(?:\(\s?[\d.,]+\s?%|(?:이)?라(?:고|는)\s?(?:응답|답|대답|꼽|선택))")
CHANGE_VERB = re.compile(r"\s?(?:까지|으로|로)?\s?(?:\S+\s)?(?:늘|확대|증가|인상|증액|줄|감소|축소|삭감|상향|하향|오르|올리|내리|낮추|높|불어|뛰|떨어|키우)")


@Language.factory("sinmun_facts", assigns=["doc._.rows"], requires=[])
def make_fact_builder(nlp: Language, name: str) -> "FactBuilder":
    return FactBuilder()


class FactBuilder:
    def __init__(self) -> None:
        self.lex = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        rows = doc._.rows
        amounts = rows.get("amounts") or []
        facts = rows.setdefault("facts", [])
        if amounts:
            facts.extend(build_facts(doc, amounts, self.lex))
        return doc


def article_actors(doc: Doc, lex: FactLexicon | None = None) -> ArticleActors:
    rows = doc._.rows
    # an organization whose canonical name is a class noun (정부, 당국) names no one body: it is the
    # generic actor its phrase already reads as, never a subject nor the article's main actor
    generic = lex.generic if lex is not None else frozenset()
    org_names = {r["name"] for r in rows.get("organizations", []) if r["name"] not in generic}
    # 한국 정부, 일본 정부: a government the article ties to a country acts as that state (the country is the
    # subject, as DESIGN.md's "a country only where the country itself is the actor"); a bare 정부 is the
    # government the article tied to a country last, else the home state of Korean news (tests/gold/CONVENTIONS.md)
    tied = {r["name"]: r["country"] for r in rows.get("organizations", []) if r["name"] in generic and r.get("country")}
    states = _state_mentions(doc, generic, tied, org_names)
    org_names |= set(states.values())
    person_org: dict[str, str] = {}
    states_headed: set[str] = set()
    people = set()
    for r in rows.get("people", []):
        people.add(r["name"])
        if r.get("former"):
            continue  # 하 전 사장: a former official no longer acts for the body
        org = r.get("ministry") if r.get("is_minister") else None
        org = org or r.get("org")
        if not org and r.get("title") in HEADS_OF_STATE:
            code = _state_of_head(doc_text(doc), r["name"], r["title"])
            if code is not None:  # 문재인 대통령은 … 투입하겠다: the head of a state acts for the state
                org = _country_name(code, org_names)
                org_names.add(org)
                states_headed.add(org)
        if org:
            person_org[r["name"]] = org
    entities = []
    places = []
    for span in doc.spans.get(MENTIONS, []):
        if span.label_ not in ENTITY_LABELS:
            continue
        if span.label_ == "LOC":
            places.append((span.start_char, span.end_char))
        name = span._.normalized or span.text
        if span.label_ == "PERSON" and name not in people:
            name = _surname_of(name, people)
            if name is None:
                continue
        if (span.start_char, span.end_char) in states:
            name = states[(span.start_char, span.end_char)]
        elif name in generic:
            continue
        if span.label_ in ("ORG", "LOC") and name not in org_names:
            continue
        entities.append(Entity(span.start_char, span.end_char, span.label_, name))
    entities.sort(key=lambda e: e.start)
    kinds = {r["name"]: r.get("kind") for r in rows.get("organizations", [])}
    kinds.update({country: "government" for country in [*states.values(), *states_headed,
                                                         _country_name(HOME_STATE, org_names)]})
    text = doc_text(doc)
    aliases = article_aliases(text, entities, rows.get("funds", []), org_names)
    surfaces = [(e.start, text[e.start:e.end].replace(" ", ""), e.name) for e in entities if e.label == "ORG"]
    kept = {(e.start, e.end) for e in entities}
    places = [p for p in places if p not in kept]
    governments = sorted((start, name) for (start, _), name in states.items())
    home = _country_name(HOME_STATE, org_names)
    judges: set[str] = set()
    if lex is not None:  # 서울중앙지법, 대검찰청; 조휴옥 부장판사: who judges or charges a case (subject.judging)
        judges = {n for n in org_names if any(b in n for b in lex.judging_bodies)}
        # a judge or prosecutor counts as the court only as the presiding one in its parenthesis (형사7부(김재훈
        # 부장검사)는, (주심 박보영 대법관)): one named on their own may be the defendant (김광준 부장검사가 … 받은 혐의)
        text = doc_text(doc)
        judges |= {r["name"] for r in rows.get("people", [])
                   if (r.get("title") in lex.judging_titles or person_org.get(r["name"]) in judges)
                   and re.search(rf"\((?:[가-힣]+\s)?{re.escape(r['name'])}", text)}
    return ArticleActors(entities, person_org, org_names, kinds, aliases=aliases, org_surfaces=surfaces,
                         day=article_day(doc), places=places, governments=governments, home_state=home,
                         bare_government=HOME_GOVERNMENT, judges=judges)


HOME_STATE = "KR"  # the state a bare 정부 of Korean-language news is, when the article ties none before it
HOME_GOVERNMENT = ("정부",)  # 당국 (authorities) may be any agency: it names a state only when tied


def _state_mentions(doc: Doc, generic: frozenset[str], tied: dict[str, str],
                    org_names: set[str]) -> dict[tuple[int, int], str]:
    """(start, end) of each government mention -> the country it acts as: the country written in it (일본 정부),
    else the one the government mentioned before it was tied to (일본 정부는 … 정부는), else, for 정부, the
    country the resolver tied its row to or the home state."""
    forms = countries()
    out: dict[tuple[int, int], str] = {}
    last: str | None = None
    spans = sorted((s for s in doc.spans.get(MENTIONS, []) if s.label_ == "ORG"), key=lambda s: s.start_char)
    for span in spans:
        name = span._.normalized or span.text
        if name not in generic:
            continue
        written = span.text.replace(" ", "")
        code = next((c for form, c in forms.items() if written.startswith(form) and written[len(form):] == name), None)
        if code is None and written == name:
            code = last or (tied.get(name) or HOME_STATE if name in HOME_GOVERNMENT else None)
        if code is None:
            continue
        last = code
        out[(span.start_char, span.end_char)] = _country_name(code, org_names)
    return out


HEADS_OF_STATE = ("대통령", "총리", "국무총리")
KOREAN_NAME = re.compile(r"^[가-힣]{2,4}$")


def _state_of_head(text: str, name: str, title: str) -> str | None:
    """The state a head of state or government heads: a country written right before the title or the name
    (`일본 총리`, `미국의 … 대통령`), else the home state for a name of Korean shape (문재인; not 기시다 후미오),
    else none."""
    codes = countries()
    state = "|".join(re.escape(f) for f in sorted(country_names(), key=len, reverse=True))
    title = re.escape(title)
    # 미국 오바마 대통령, 미국의 오바마, 미국 대통령 오바마 / 오바마 미국 대통령 (not 미국을 방문한 문재인 대통령)
    before = re.compile(rf"(?:^|[^가-힣])({state})(?:의)?\s*(?:{title}\s*)?$")
    after = re.compile(rf"\s*({state})\s*{title}")  # matched at the name's end (Pattern.match anchors there)
    for m in re.finditer(re.escape(name), text):
        hit = before.search(text[max(0, m.start() - 16):m.start()]) or after.match(text, m.end())
        if hit is not None:
            return codes[hit.group(1)]
    return HOME_STATE if KOREAN_NAME.match(name) else None


def _country_name(code: str, org_names: set[str]) -> str:
    """The name the article itself gives the country of `code` (한국), else its canonical name (대한민국)."""
    forms = countries()
    own = sorted(n for n in org_names if forms.get(n) == code)
    if own:
        return own[0]
    return next(form for form, c in forms.items() if c == code)


def _surname_of(short: str, people: set[str]) -> str | None:
    """하 전 사장, 박 장관: a surname standing alone for the one person of the article who bears it."""
    if len(short) != 1:
        return None
    bearers = [p for p in people if p.startswith(short) and len(p) > 1]
    return bearers[0] if len(bearers) == 1 else None


def build_facts(doc: Doc, amounts: list[dict], lex: FactLexicon) -> list[dict]:
    text = doc_text(doc)
    units = units_of(doc)
    arts = article_actors(doc, lex)
    arts.classes = listed_classes(text, units, arts.entities)
    arts.main, arts.main_kind = main_actor(units, arts, lex)
    dates = sorted(doc._.rows.get("dates", []), key=lambda d: d["start"])
    funds = sorted(doc._.rows.get("funds", []), key=lambda f: f["start"])
    published = doc._.published_at
    out: list[dict] = []
    done: dict[int, dict] = {}
    by_unit: dict[int, list[dict]] = {}
    members: list = []
    for amount in amounts:
        unit = _unit_at(units, amount["start"])
        try:
            fact = _fact(doc, text, unit, units, amount, amounts, arts, dates, funds, published, lex, members)
        except Exception:  # a bug must cost one fact's reading, never the row every amount is owed
            fact = _bare_fact(amount)
        if fact["evidence"] is None and fact["predicate"] == "other" and by_unit.get(unit.index - 1) \
                and _restates(unit, amount["start"]):
            _take_restated(fact, by_unit[unit.index - 1][-1])
        if not fact.pop("verb_read", True):
            _keep_quoted_reading(fact, out)
        if fact["evidence"] is None and fact["predicate"] == "other" and unit.words:
            _take_listed(fact, unit, by_unit.get(unit.index, []))
        by_unit.setdefault(unit.index, []).append(fact)
        source = done.get(amount.get("converted_from")) if amount.get("converted_from") is not None else None
        if source is not None:  # a conversion repeats the fact it converts
            fact.update({k: source[k] for k in ("subject", "co_subjects", "subject_kind", "subject_implied",
                                                "predicate", "evidence", "recipient", "purpose", "fund",
                                                "date", "date_text", "modality")})
        done[amount["start"]] = fact
        out.append(fact)
    return out


def _keep_quoted_reading(fact: dict, earlier: list[dict]) -> None:
    """`정부 예산 102억원이 지원되고 있다` … `정부 예산 102억원 운운하며`: the same amount quoted again under the same
    noun, with no verb of its own to read it by (the caller checks; its evidence the bare noun the earlier reading
    started with), keeps the earlier reading: its predicate and, where the earlier one named it, its subject."""
    evidence = fact["evidence"]
    if not evidence or fact.get("value") is None:
        return
    for prior in reversed(earlier):
        if (prior["text"].replace(" ", ""), prior.get("value")) != (fact["text"].replace(" ", ""), fact["value"]):
            continue
        refined, noun = _bare(prior["evidence"] or ""), _bare(evidence)
        if refined != noun and refined.startswith(noun + " …"):
            fact["predicate"], fact["evidence"] = prior["predicate"], prior["evidence"]
            if prior["subject"] is not None:
                fact.update(subject=prior["subject"], subject_kind=prior["subject_kind"],
                            co_subjects=list(prior["co_subjects"]))
        return


def _bare(evidence: str) -> str:
    return re.sub(r"[“”\"'‘’「」『』()<>《》:：]", "", evidence).strip()


FRAME = re.compile(r"(\S*)\s+(\S+)")
DEMONSTRATIVES = ("이", "그", "이것", "그것")


def _restates(unit: Unit, start: int) -> bool:
    """`이는 … 3조5천억원보다 1조7천억원 증액된 규모다`: a sentence whose topic is a demonstrative pointing back
    at the sentence before says more of the money that sentence was about."""
    for w in unit.words:
        if w.start >= start:
            return False
        if w.particle in ("JX:는", "JX:은") and [m.form for m in w.morphs if m.tag == "NP"] and \
                "".join(m.form for m in w.morphs if m.tag == "NP") in DEMONSTRATIVES:
            return True
    return False


LISTED = ("revenue", "asset", "price", "cost", "valuation", "market_size", "budget")  # figures a list enumerates


def _take_listed(fact: dict, unit: Unit, earlier: list[dict]) -> None:
    """`자산총액이 … 2조6천억원으로 가장 많았고 파나마 법인이 1조6천억원, 버진아일랜드 법인이 1조원이었다`: an amount
    with no word of its own, listed after a comma behind a figure a noun named (a revenue, an asset, a price…)
    with no sentence ended between, is another member of what that noun measures."""
    model = next((f for f in reversed(earlier) if f["evidence"] and f["predicate"] in LISTED), None)
    if model is None:
        return
    a, b = unit.word_at(model["end"] - 1), unit.word_at(fact["start"])
    between = unit.words[a:b]
    # the member's own comma counts (1조6천억원, 버진아일랜드 …); its own ending (1조원이었다.) closes the list
    if not any(w.text.endswith((",", "，")) for w in [*between, unit.words[b]]) or any(w.ending == "EF" for w in between):
        return
    fact["predicate"], fact["evidence"] = model["predicate"], model["evidence"]


def _take_restated(fact: dict, before: dict) -> None:
    """The predicate of the fact the sentence before stated, and its subject when this one names none."""
    fact["predicate"], fact["evidence"] = before["predicate"], before["evidence"]
    if fact["subject"] is None and before["subject"] is not None:
        fact.update(subject=before["subject"], subject_kind=before["subject_kind"],
                    co_subjects=list(before["co_subjects"]), subject_implied=True)


def _parallel_member(text: str, unit: Unit, amount: dict, cue: Cue | None, members: list, lex: FactLexicon) -> Cue | None:
    """A list written as parallel clauses (`건당 150만원을 받고 A, 75만원을 받고 B`) says once what its
    members are: a member with no cue of its own, or only a verb of receiving, takes the predicate of an
    earlier member of its unit or the unit before that is followed by the same words. `members` collects
    (unit index, following words, cue) of the amounts read so far."""
    m = FRAME.match(text, amount["end"])
    here = m.group(0) if m and "\n" not in m.group(0) else None
    if cue is not None and not bare_receive(unit.words, cue, lex):
        members.append((unit.index, here, cue))
        return cue
    model = next((c for k, fr, c in reversed(members) if here is not None and fr == here and unit.index - k <= 1), None)
    return Cue(model.predicate, model.evidence, -1) if model is not None else cue


def _unit_at(units: list[Unit], pos: int) -> Unit:
    for u in units:
        if u.start <= pos < u.end:
            return u
    return min(units, key=lambda u: abs(u.start - pos))


def _span_words(unit: Unit, start: int, end: int) -> tuple[int, int]:
    return unit.word_at(start), unit.word_at(max(start, end - 1))


def _anchor(text: str, unit: Unit, units: list[Unit]) -> tuple[Unit, int] | None:
    """The phrase a footnote's stars point to: the last `word*` (same number of stars) before the line."""
    if not unit.footnote:
        return None
    mark = re.escape(unit.footnote)
    line_start = text.rfind("\n", 0, unit.start) + 1
    hits = list(re.finditer(rf"(?<![*※]){mark}(?![*※])", text[:line_start]))
    hits = [m for m in hits if m.start() > 0 and not text[m.start() - 1].isspace()]
    if not hits:
        return None
    pos = hits[-1].start()
    anchor = _unit_at(units, pos - 1)
    return (anchor, pos - 1) if anchor.words else None


def _bare_fact(amount: dict) -> dict:
    return {
        "start": amount["start"], "end": amount["end"], "text": amount["text"], "value": amount.get("value"),
        "currency": amount.get("currency"), "subject": None, "co_subjects": [], "subject_kind": None,
        "subject_implied": False, "predicate": "other", "evidence": None, "recipient": None, "purpose": None,
        "fund": [], "date": None, "date_text": None, "modality": "actual",
    }


def _fact(doc, text, unit, units, amount, amounts, arts, dates, funds, published, lex, members) -> dict:
    start, end = amount["start"], amount["end"]
    fact = _bare_fact(amount)
    if not unit.words:
        return fact
    note = DENOMINATION.match(text, end)
    if note is not None:  # 5만원권 위조지폐: the note's face value is a reference, nobody's and of no time
        fact.update(evidence=note.group(0), modality="reference")
        return fact
    first, last = _span_words(unit, start, end)
    in_unit = [a for a in amounts if unit.start <= a["start"] < unit.end]
    amount_words: set[int] = set()
    for a in in_unit:
        if a is not amount:
            f, l = _span_words(unit, a["start"], a["end"])
            amount_words.update(range(f, l + 1))
    amount_words -= set(range(first, last + 1))
    # both ends of a range share the words after the range's last end
    if amount.get("range_id") is not None:
        ends = [a for a in in_unit if a.get("range_id") == amount["range_id"]]
        last = max(last, _span_words(unit, ends[-1]["start"], ends[-1]["end"])[1])
    # a list shares its last member's governing words: 5000만원, … 2500만원 총 1억원을 청구했다
    last = _list_end(text, unit, amount, in_unit, last)
    anchor = _anchor(text, unit, units)
    cue = find_predicate(unit, first, last, lex, amount_words, start, end)
    if cue is None and anchor is not None:  # a footnote item: what its stars' word says (자금*, 펀드**)
        a_unit, pos = anchor
        w = a_unit.word_at(pos)
        own = cue_in_word(a_unit.words[w], lex, before=pos + 1)
        cue = Cue(own[0], own[1], -1) if own else find_predicate(a_unit, w, w, lex, set())
        if cue is not None:
            cue = Cue(cue.predicate, cue.evidence, -1)
    if anchor is None:
        cue = _parallel_member(text, unit, amount, cue, members, lex)
    if cue is None or cue.predicate in ("other", "price", "support"):  # 요금을 돌려받을: restitution
        prev = units[unit.index - 1].words if unit.index > 0 else []
        cue = restitution(unit, last, [*prev, *unit.words], lex) or cue
    answer = ANSWERED.match(text, end) is not None
    if cue is None and answer:  # ‘15만원 미만’이라고 응답: the money noun of the question asked before
        cue = question_cue(unit, first, lex, amount_words)
    predicate = cue.predicate if cue else "other"
    fact["predicate"], fact["evidence"] = predicate, cue.evidence if cue else None
    fact["verb_read"] = governing_verb(unit, last, lex, amount_words) is not None  # for _keep_quoted_reading
    quote = unit.quote_of(start)
    baseline = _baseline(text, amount, in_unit)
    # subject
    subject: Subject | None
    if baseline:
        subject = Subject()
    else:
        subject = find_subject(unit, first, last, cue if cue and cue.word >= 0 else None, predicate, arts, lex, quote)
        if predicate == "penalty" and cue is not None and cue.received and cue.evidence and not penalty_mode(
                unit.words, first, last, lex):
            subject = Subject(open_payer=True)  # 돌려받을: who receives it back pays nothing; the losing party does
        if cue is not None and cue.received and predicate == "support":
            giver = next((a for a in unit_actors(unit, arts, lex) if a.role == "giver" and a.last < cue.word), None)
            subject = Subject.of(giver) if giver is not None and giver.named else None
            capped = amount.get("qualifier") in lex.threshold or amount.get("qualifier") == "최대"
            if subject is None and capped and find_modality(unit, first, last, amount.get("qualifier"), lex, quote,
                                                            None)[0] == "reference":
                subject = Subject()  # 최대 120만원을 지급받을 수 있다: what a rule allows is nobody's act
    if subject is None:
        estimate = find_modality(unit, first, last, amount.get("qualifier"), lex, quote, None)[0] == "forecast"
        subject = _implied(unit, units, anchor, predicate, arts, lex, quote, estimate,
                           moved=_moved_by_verb(unit, first, cue, predicate))
    fact["subject"], fact["subject_kind"] = subject.name, subject.kind if subject.name else None
    fact["co_subjects"] = list(subject.co)
    fact["subject_implied"] = bool(subject.implied and subject.name)
    # date
    row = None if baseline else choose_date(unit, start, end, dates)
    if row is None and anchor is not None and not baseline:
        a_unit, pos = anchor
        row = choose_date(a_unit, pos, pos + 1, dates)
    carried = None
    later = years_later(text, unit, start, published) if row is None and not baseline else None
    if row is None and anchor is None and not baseline and later is None:
        carried = _date_before(text, unit, units, dates)
    fact["date"], fact["date_text"] = period_date(text, row), row["text"] if row else None
    if later is not None:
        fact["date"] = later
    # modality
    if baseline:
        modality = "actual"
    else:
        modality, present = find_modality(unit, first, last, amount.get("qualifier"), lex, quote,
                                          cue.word if cue and cue.word >= 0 else None)
        if modality is None and anchor is not None:
            a_unit, pos = anchor
            w = a_unit.word_at(pos)
            modality, present = find_modality(a_unit, w, w, None, lex, a_unit.quote_of(pos), None)
        if modality is None:
            modality = _by_date(fact["date"], published) or ("planned" if present else "actual")
    if answer and (amount.get("qualifier") in lex.threshold or amount.get("range_low") is not None):
        modality = "reference"  # a survey's bracket: a threshold of what respondents spend, no one's money
    fact["modality"] = modality
    if carried is not None and modality != "reference":  # a rule or a threshold has no time of the story
        fact["date"], fact["date_text"] = period_date(text, carried), carried["text"]
    if predicate == "penalty" and subject.implied and modality == "reference" and quote is None \
            and ruled(unit, first, last, lex):  # 흡연을 하면 과태료 10만원: a rule's payer is whoever breaks it
        subject = Subject()
        fact["subject"] = fact["subject_kind"] = None
        fact["co_subjects"], fact["subject_implied"] = [], False
    if subject.open_payer and modality != "reference" and quote is None:
        payer = _payer_after(unit, last, arts, lex) or _payer_before(unit, units, arts, lex)
        if payer is not None:
            subject = payer
            fact["subject"], fact["subject_kind"], fact["co_subjects"] = payer.name, payer.kind, list(payer.co)
            fact["subject_implied"] = True
    if predicate in ANNUAL and fact["date"] and len(fact["date"]) >= 10:
        fact["date"] = fact["date"][:4]  # 2017년 10월 19일 국정감사에서 … 보수예산은 61억원 감소: a budget is annual
    # funds, recipient, purpose
    fact["fund"] = _funds(text, amount, funds, units, unit, first, predicate)
    actors = unit_actors(unit, arts, lex)
    recipient, purpose = recipient_and_purpose(unit, actors, first, cue.word if cue and cue.word >= 0 else None,
                                               predicate, lex)
    if (predicate == "penalty" and subject.name and not subject.implied
            and penalty_mode(unit.words, first, last, lex) != "received"):  # 부과받았다: no authority is the topic
        authority = next((a for a in actors if a.role in ("topic", "subject") and a.named
                          and a.names[0] != subject.name), None)
        recipient = authority.names[0] if authority else recipient
    fact["recipient"], fact["purpose"] = recipient, purpose
    return fact


def _list_end(text: str, unit: Unit, amount: dict, in_unit: list[dict], last: int) -> int:
    """The last word of the list an amount heads: members joined by commas, with nothing but a few
    label words between them (1차 1000만원, 2차 2000만원, 3차 3000만원의 과태료)."""
    current = amount
    while unit.words[last].text.endswith(",") and not unit.words[last].particles:
        nxt = next((a for a in in_unit if a["start"] > current["end"]), None)
        if nxt is None or unit.word_at(nxt["start"]) - last > 12 or "." in text[current["end"]:nxt["start"]]:
            break
        if any(w.ending == "EF" for w in unit.words[last + 1:unit.word_at(nxt["start"])]):
            break
        current = nxt
        last = max(last, _span_words(unit, nxt["start"], nxt["end"])[1])
    return last


def _baseline(text: str, amount: dict, in_unit: list[dict]) -> bool:
    """`4000억원에서 1조원까지 확대`: the amount a change starts from (not the low end of a range,
    `최소 6만 원에서 최고 600만 원까지 징수`: a change verb must follow). A superseded figure of the same
    thing (`청구액을 기존 77억원에서 152억으로 증액`) is no baseline: it keeps its owner, as a reference."""
    if not BASELINE_AFTER.match(text[amount["end"]:amount["end"] + 4]):
        return False
    if SUPERSEDED_BEFORE.search(text[max(0, amount["start"] - 4):amount["start"]]):
        return False
    later = [a for a in in_unit if a["start"] > amount["end"] and a["start"] - amount["end"] < 12]
    if not later or not re.match(r"^\s?(?:까지|으로|로)", text[later[0]["end"]:later[0]["end"] + 4]):
        return False
    return bool(CHANGE_VERB.match(text, later[0]["end"]))


def _moved_by_verb(unit: Unit, first: int, cue: Cue | None, predicate: str) -> bool:
    """A cost or other money that is the object of a verb (`22억 원의 돈을 사용한`, `5억원을 횡령하고`): someone
    spent or took it, an act like support's, not a sum that befell nobody (`피해액은`, `비용이 들 것`)."""
    if cue is None or cue.word < first or predicate not in ("cost", "other"):
        return False
    words = unit.words
    return words[cue.word].verbal and any(w.particle in ("JKO:을", "JKO:를") for w in words[first:cue.word])


def _implied(unit: Unit, units: list[Unit], anchor, predicate: str, arts: ArticleActors,
             lex: FactLexicon, quote=None, forecast: bool = False, moved: bool = False) -> Subject:
    """The actor a unit leaves implied: its footnote anchor's, else the unit before's, else the main
    actor — for money someone moves (and money spent or taken by a verb, `moved`), and for a price when the
    story is about a company (the seller of the product priced). What is owned (a revenue, a price, an
    asset) takes otherwise only the subject of the sentence before, never from inside a quote; a market
    size stays nobody's."""
    if anchor is not None:
        a_unit, pos = anchor
        w = a_unit.word_at(pos)
        found = find_subject(a_unit, w, w, None, predicate, arts, lex, a_unit.quote_of(pos))
        if found is not None and found.name:
            found.implied = True
            return found
        if found is None and a_unit.index > 0:
            unit = a_unit
    owned = predicate not in lex.acting and not moved
    if owned and (quote is not None or predicate not in OWNED_IMPLIED or forecast):
        return Subject()  # a market size, a cost or damage, an estimate: nobody's unless named
    k = unit.index - 1
    while k >= 0 and (units[k].footnote or not units[k].words) and unit.index - k < 4:
        k -= 1  # a footnote line is no sentence of the story
    # 포니 케니언 측은 … 밝혔다. 블루레이 가격은 … 책정되었다. 또, DVD의 경우는 … 6,080엔으로 발매된다: a sentence
    # naming nobody carries on the topic of the one before it, in its paragraph (a topic chain, at most two back)
    near = k
    while k > 0 and unit.index - k < 3 and units[k].words and units[k - 1].words and not units[k - 1].footnote \
            and units[k].line == unit.line == units[k - 1].line and _names_nobody(units[k], arts, lex):
        k -= 1
    if k >= 0 and units[k].words:
        # across a sentence naming nobody only a topic marked 은/는 carries on (not 한국도, an added participant)
        prev = unit_subject(units[k], arts, lex, topic_only=k < near)
        # a country of the sentence before sets no price of this one (미국 … . 갤럭시S3의 판매가격이 30만원대로):
        # a product's price is its seller's; a state's revenue (이란 … 수출) or budget stays the country's
        if prev is not None and not (predicate == "price" and prev.name in country_names()) \
                and not (prev.name in arts.judges and predicate in CASE_MONEY):
            return prev
    if arts.main and not owned and not (arts.main in arts.judges and predicate in CASE_MONEY):
        return Subject(arts.main, arts.main_kind, [], True)  # (not the court of a case: the defendant's money)
    if arts.main and predicate == "price" and arts.org_kinds.get(arts.main) == "company":
        return Subject(arts.main, arts.main_kind, [], True)  # LF쏘나타의 판매 가격: the product's seller
    return Subject()


def _names_nobody(unit: Unit, arts: ArticleActors, lex: FactLexicon) -> bool:
    """No actor phrase of the unit names anyone or stands for someone unnamed (회사는, 이들이)."""
    return not any(a.named or (a.generic and a.role in ("topic", "subject", "source"))
                   or (a.role in ("topic", "subject") and any(m.tag == "NP" for m in unit.words[a.first].morphs))
                   for a in unit_actors(unit, arts, lex))


def _payer_before(unit: Unit, units: list[Unit], arts: ArticleActors, lex: FactLexicon) -> Subject | None:
    """Who pays a penalty imposed in a sentence that names no payer (검찰은 벌금 300억원을 구형했다): the party
    the sentence before imposed one on, else the one it says received one (박근혜 전 대통령이 … 구형받았다),
    else its named topic or subject unless that is a public body (the court, the regulator: who imposes)."""
    k = unit.index - 1
    while k >= 0 and (units[k].footnote or not units[k].words) and unit.index - k < 4:
        k -= 1
    if k < 0 or not units[k].words:
        return None
    prev = units[k]
    actors = unit_actors(prev, arts, lex)
    mode = penalty_mode(prev.words, 0, 0, lex)
    if mode == "imposed":
        # the party nearest the verb: 박태환에게 … 투약한 혐의로 기소된 의사 김모씨에게 … 구형했다 is 김모씨's
        # (anonymised: nobody named), not 박태환's, whom a clause inside the party's phrase names
        parties = [j for j, a in enumerate(actors) if a.role in ("against", "target") and (a.named or a.generic)]
        if parties:
            party = joined_actor(actors, parties[-1])
            return Subject.of(party, implied=True, personal=True) if party.named else None
    for j, a in enumerate(actors):
        if a.role in ("topic", "subject") and a.named:
            if mode == "imposed" and not a.people:
                continue  # 검찰은 … 구형했다: who imposes does not pay; a person the sentence is about may
            if mode is None and all(arts.org_kinds.get(n) == "government" for n in a.names) and not a.people:
                return None
            return Subject.of(joined_actor(actors, j), implied=True, personal=True)
    return None


def _payer_after(unit: Unit, last: int, arts: ArticleActors, lex: FactLexicon) -> Subject | None:
    """검찰은 추징금 33억원을 구형해 … 박근혜는 335억원을 내야 한다: a named person the rest of the sentence
    is about pays the penalty its first clause imposes."""
    for a in unit_actors(unit, arts, lex):
        if a.first > last and a.role in ("topic", "subject") and a.people:
            return Subject(a.people[0], "person", a.people[1:], True)
    return None


def _date_before(text: str, unit: Unit, units: list[Unit], dates: list[dict]) -> dict | None:
    """A sentence with no time of its own is dated by the sentence before it in its paragraph: 2월 12일
    KIA로부터 안영명을 재영입했다. KIA는 9억 9000만원을 보상해야 한다 (the story's running time)."""
    k = unit.index - 1
    if k < 0 or not units[k].words or units[k].footnote or "\n" in text[units[k].end:unit.start]:
        return None
    if any(_source_report(w) for w in unit.words):
        return None  # 이들에 따르면 …: a source's account has its own time, not the day it was given
    prev = units[k]
    # 12일 밝혔다: the day a statement was made dates the statement, not the money it goes on to describe
    told = [d for d in dates if prev.start <= d["start"] < prev.end and REPORTED_ON.match(text, d["end"])]
    return choose_date(prev, prev.end, prev.end, [d for d in dates if d not in told])


def _source_report(word) -> bool:
    """…에 따르면, …에 의하면: the sentence reports what a source says."""
    forms = [m.form for m in word.morphs]
    return any(f in ("따르", "의하") for f in forms) and any(m.tag == "EC" and m.form.endswith("면") for m in word.morphs)


def _by_date(date: str | None, published) -> str | None:
    if not date or published is None:
        return None
    year = int(date[:4])
    if year > published.year:
        return "planned"
    if year < published.year:
        return "actual"
    return None


def _funds(text: str, amount: dict, funds: list[dict], units: list[Unit], unit: Unit, first: int,
           predicate: str) -> list[str]:
    fund = sized_fund(text, amount, funds)
    if fund is not None:
        named = listed_funds(text, fund, funds) or footnote_funds(text, fund, funds, units)
        return named or [fund["name"]]
    if predicate not in ("capital", "invest", "support", "budget"):
        return []
    # a fund named with 에/에서 before the amount in its unit: 모태펀드에 100억원을 출자
    for f in funds:
        if unit.start <= f["start"] and f["end"] <= amount["start"]:
            if re.match(r"^\s?(?:에서|에|으로|로|를 통해|을 통해)", text[f["end"]:f["end"] + 6]):
                return [f["name"]]
    return []
