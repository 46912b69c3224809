"""Merge, canonicalize and link: the article's people and organizations tables.

`sinmun_resolve` runs last. It
1. settles overlapping PERSON/ORG/LOC mentions: rule and gazetteer spans win over statistical ("ner")
   ones, longer spans over shorter;
2. gives NER mentions canonical names (gazetteer, the article's own `(이하 …)` definitions, the date);
3. links short forms (`박 장관`, `이 대표`) and bare repetitions of a name to the person introduced earlier,
   when exactly one person fits;
4. gives ministers their ministry, from the sentence or else from the ministry the article is about;
5. writes `doc._.rows["people"]` and `doc._.rows["organizations"]`.
"""

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .doc_ext import MENTIONS, doc_tags, doc_text, normalized_of, source_of
from .ner.boundaries import boundary_words
from .resources import read_lines
from .rules.national_bodies import national_tie
from .rules.org_names import (body_of_fused_title, committee_name, country_before, country_names, local_government, expand_ending, resource_tie,
                              split_country, tail_after_body, tie_in_article, unit_of_body)
from .rules.org_affiliations import teams_after_people
from .rules.org_lists import coordinated_names
from .rules.org_states import armed_service, canonical_form, local_governments_acting
from .rules.org_units import acronyms_of_common_words, common_words_as_organizations, events_as_organizations, names_an_event, units_after_bodies
from .rules.orgs import (
    DEFINITION,
    JOSA,
    ORG_ALIASES_KEY,
    ORG_KINDS_KEY,
    RULE_SPANS_KEY,
    WORD,
    add_rule_mention,
    article_day,
    defined_alias,
    gazetteer,
    is_club_name,
    name_stopwords,
    occurrences,
    reads_as_name,
    strip_particles,
)
from .rules.person_orgs import foreign_party_short_form, foreign_persons_party
from .rules.foreign_names import compound_body, given_name_word, korean_name_after_prefix, transliterated
from .rules.people import (ANONYMIZED, FORMER, _base_title, office_field, foreign_given_names, FOUND_KEY, SHORT_KEY, PeopleFinder, PersonFound, ShortForm, looks_like_korean_name, name_without_particles, extend_cut_name, surname_set, titles,
                           unknown_noun)

ENTITY_LABELS = ("PERSON", "ORG", "LOC")
# A bench or division after a court or a prosecutors' office (서울고법 형사부, 서울중앙지법 민사합의45부,
# 부산지검 강력부, 서울고법 형사 9부): the row is the court or the office.
COURT_DIVISION = re.compile(r"(?:제?[가-힣]{0,6} ?\d{0,3}(?:재판부|부|단독)|재판부)")
# A branch after its district court or prosecutors' office (창원지검 통영지청, 수원지법 평택지원): a body of
# its own, named with its parent's full name (창원지방검찰청 통영지청).
BRANCH_OFFICE = re.compile(r"[가-힣]{1,4}(?:지청|지원)")
COURTS = ("법원", "검찰청")
ORG_TO_SLOT = re.compile(r"(?:\([^()\n]{1,15}\))?의? ?")  # 학술단체협의회(학단협)의 배성인
DETERMINER_SURNAMES = frozenset("이 그 전 현 한 두 세 양 각 신 본 동 당 해 은".split())  # this, former, one, two, both, each, new…
# A foreign body named after its country and ending so is part of its government (미국 국무부, 일본 외무성,
# 중국 국가통계국); "government", not "ministry", which is kept for the ministries of Korea (ministries.tsv).
FOREIGN_BODY_ENDINGS = ("부", "성", "청", "국", "원", "위원회")
SOURCE_RANK = {"gazetteer": 0, "rule": 0, "ner": 1}
ROW_SOURCE_RANK = {"gazetteer": 0, "rule": 1, "ner": 2}


@dataclass(slots=True)
class Person:
    name: str
    first: int
    titles: Counter = field(default_factory=Counter)
    org: str | None = None
    ministry: str | None = None
    minister: bool = False
    mentions: int = 0
    source: str = "rule"
    foreign: bool = False
    seen_titles: list[str] = field(default_factory=list)
    former_titles: set[str] = field(default_factory=set)  # titles held before (전 장관), per title

    @property
    def former(self) -> bool:
        return self.title in self.former_titles

    @property
    def title(self) -> str | None:
        """The title used most, a short form counting for its full form (안보실장 for 국가안보실장, 대표 for
        원내대표; never 회장 for 부회장: a deputy is another office); the first seen among equals."""
        if not self.titles:
            return None

        def uses(title: str) -> int:
            return self.titles[title] + sum(n for t, n in self.titles.items() if t != title and _full_form_of(title, t))

        best = max(uses(t) for t in self.titles)
        return next(t for t in self.seen_titles if uses(t) == best)

    def add_title(self, title: str | None, former: bool = False) -> None:
        if title:
            self.titles[title] += 1
            if title not in self.seen_titles:
                self.seen_titles.append(title)
            if former:
                self.former_titles.add(title)


def _full_form_of(full: str, short: str) -> bool:
    """국가안보실장 of 안보실장, 원내대표 of 대표: the longer title ends with the shorter one after a qualifier of
    two syllables or more (부회장 is no full form of 회장); 후보자 of 후보, 대표이사 of 대표: it starts with the
    shorter one and goes on with a word that makes the same office precise, not one that names another office
    (위원장 and 이사장 head what 위원 and 이사 sit on; 차관보 assists a 차관)."""
    if full.endswith(short) and len(full) - len(short) >= 2:
        return not full.startswith(DEPUTY_PREFIXES)
    return full.startswith(short) and len(full) > len(short) and not full.endswith(OTHER_OFFICE_ENDINGS)


DEPUTY_PREFIXES = ("부", "副", "수석부", "차")
OTHER_OFFICE_ENDINGS = ("장", "보")  # 위원 → 위원장, 이사 → 이사장, 차관 → 차관보: another office


def settle_overlaps(doc: Doc) -> list[Span]:
    """Entity mentions without overlaps (rule/gazetteer first, then longer); other labels untouched."""
    mentions = list(doc.spans.get(MENTIONS, []))
    ours = doc.user_data.get(RULE_SPANS_KEY, {})
    unique: dict[tuple[int, int, str], Span] = {}
    for span in mentions:  # a span added twice (rules, then NER) is one mention, and ours
        key = (span.start_char, span.end_char, span.label_)
        if key in ours:
            span._.source, span._.normalized = ours[key]
        unique.setdefault(key, span)
    mentions = list(unique.values())
    entities = [s for s in mentions if s.label_ in ENTITY_LABELS]
    others = [s for s in mentions if s.label_ not in ENTITY_LABELS]
    kept: list[Span] = []
    occupied: list[tuple[int, int]] = []
    for span in sorted(entities, key=lambda s: (SOURCE_RANK.get(source_of(s), 2), -(s.end_char - s.start_char), s.start_char)):
        if any(span.start_char < e and s < span.end_char for s, e in occupied):
            continue
        kept.append(span)
        occupied.append((span.start_char, span.end_char))
    doc.spans[MENTIONS] = sorted(others + kept, key=lambda s: (s.start_char, s.end_char))
    return sorted(kept, key=lambda s: s.start_char)


class Resolver:
    def __init__(self) -> None:
        self.gaz = gazetteer()
        self.titles = titles()
        self.stop = name_stopwords()
        self.title_reader = PeopleFinder()  # reads the title after an NER person

    def __call__(self, doc: Doc) -> Doc:
        acronyms_after_bodies(doc)
        acronyms_of_common_words(doc)  # 자유무역협정(FTA): the acronym of a treaty, no body nor row
        entities = states_acting(doc, settle_overlaps(doc))
        kinds: dict[str, str] = doc.user_data.setdefault(ORG_KINDS_KEY, {})
        entities = self._coordinated_orgs(doc, entities, kinds)
        aliases: dict[str, str] = doc.user_data.get(ORG_ALIASES_KEY, {})
        when = article_day(doc)
        aliases = {**defined_after_ner_names(doc, entities), **aliases}
        for span in entities:
            if source_of(span) == "ner" and span.label_ == "ORG":
                self._canonical_org(span, kinds, aliases, when)
        # a province or city acting is its government: a row, its mention stays a place (rules.org_states)
        all_orgs = sorted([s for s in entities if s.label_ == "ORG"] + local_governments_acting(doc, entities, when),
                          key=lambda s: s.start_char)
        earlier = [(s, _without_particles(s), normalized_of(s)) for s in all_orgs]
        countries = self._final_org_names(all_orgs, kinds, when)
        final = {form: normalized_of(s) for s, *forms in earlier for form in forms if form}
        orgs = [s for s in all_orgs if (source_of(s) != "ner" or self._org_shaped(s, kinds)) and not _acting_state(s)
                and not _whole_country(s) and not names_an_event(s.text)]
        people = self._people(doc, entities, orgs, kinds)
        for row in people:  # a person's org under the name of its row in the organizations table
            if row["org"]:
                org = final.get(row["org"]) or canonical_form(row["org"], when) or row["org"]  # 서울경찰청장 in 2020
                row["org"] = foreign_persons_party(row["name"], org, doc_text(doc))
        rows = doc._.rows
        rows["people"].extend(people)
        organizations = self._organizations(orgs, kinds, countries) + committees_named(orgs)
        organizations += parents_named(orgs, {row["name"] for row in organizations}, when)
        rows["organizations"].extend(organizations + self._orgs_of_people(people, organizations, when))
        drop_unmarked_mentions(doc)
        units_after_bodies(doc)  # 서울대 수의학과: one mention, the body's row
        common_words_as_organizations(doc)  # 광역버스, 승부조작: the model's guesses at common compounds
        events_as_organizations(doc)  # 몽베르오픈, US여자오픈: a tournament, not its sponsor
        return doc

    # --- organizations ------------------------------------------------------------------------------
    def _coordinated_orgs(self, doc: Doc, entities: list[Span], kinds) -> list[Span]:
        """Names listed with an organization, or in a list closed as bodies, are ORG mentions of the rules
        (`rules.org_lists`), as is a name in parentheses after a person (`rules.org_affiliations`); the
        model's guesses over them give way."""
        added = []
        teams = teams_after_people(doc, entities)  # 노이어(바이에른 뮌헨): the person's team or employer
        for start, end in coordinated_names(doc, entities) + teams:
            span = doc.char_span(start, end, label="ORG")
            if span is None:
                continue
            name = span.text
            added.append(add_rule_mention(doc, span, "rule", name))
            kinds.setdefault(name, self.gaz.kind_of_shape(name) or ("other" if (start, end) in teams else "company"))
        if not added:
            return entities
        def overlaps(s: Span) -> bool:
            return any(s.start_char < a.end_char and a.start_char < s.end_char for a in added)
        doc.spans[MENTIONS] = sorted([m for m in doc.spans[MENTIONS] if m in added or not (m.label_ in ENTITY_LABELS and overlaps(m))],
                                     key=lambda m: (m.start_char, m.end_char))
        return sorted([s for s in entities if not overlaps(s)] + added, key=lambda s: s.start_char)

    def _canonical_org(self, span: Span, kinds, aliases, when) -> None:
        surface = normalized_of(span) or _without_particles(span)
        for form in (surface, strip_particles(surface)):
            sense = self.gaz.lookup(form, when)
            if sense is not None:
                span._.normalized = sense.name
                kinds.setdefault(sense.name, sense.kind)
                return
            if form in aliases:
                span._.normalized = aliases[form]
                return
        name = surface  # the model's span, particles cut by their Kiwi tags (노르웨이 keeps its 이)
        span._.normalized = name
        kinds.setdefault(name, self.gaz.kind_of_shape(name) or "other")

    def _final_org_names(self, orgs: list[Span], kinds, when) -> dict[tuple[int, int], str | None]:
        """Each ORG mention's final canonical name, and the country of its body (see `rules.org_names`):
        the country before a body leaves the name; a short ending is written out (부산지검, 고려대); a short
        form the article or the gazetteer ties to a full name (금속노조, 한수원) takes it. A body of Korea's
        government is KR; a name written once with a country is that country's body where it stands bare."""
        country_of: dict[tuple[int, int], str | None] = {}
        abroad: set[tuple[int, int]] = set()  # another country's party, which one unsaid
        for span in orgs:
            name = normalized_of(span) or span.text
            country = None
            if name not in self.gaz.senses:
                country, body = split_country(name)
                if country is not None:
                    name = self._body_of_country(body, country, kinds, when)
            if country is None:  # 미국 국방부 where the gazetteer found 국방부 alone
                country = country_before(doc_text(span.doc), span.start_char)
                if country not in (None, "KR") and name in self.gaz.korean_bodies:
                    name = self._body_of_country(span.text if source_of(span) != "ner" else _without_particles(span),
                                                 country, kinds, when)
                elif country is None and name in self.gaz.korean_bodies and foreign_chamber_in_sentence(span):
                    name = span.text if source_of(span) != "ner" else _without_particles(span)  # 민주당 … 상원의원
                    kinds.setdefault(name, "other")
                    abroad.add((span.start_char, span.end_char))
            span._.normalized = self._written_out(name, kinds, when)
            country_of[(span.start_char, span.end_char)] = country
        names = list({normalized_of(s) for s in orgs})
        for span in orgs:
            name = normalized_of(span)
            if name in self.gaz.canonical_names or " " in name:
                continue
            located = country_of[(span.start_char, span.end_char)] not in (None, "KR") or _place_before(span)
            tied = tie_in_article(name, names) or resource_tie(name) or (None if located else national_tie(name))
            if tied is not None:
                span._.normalized = tied
                sense = self.gaz.lookup(tied, when)
                kinds.setdefault(tied, sense.kind if sense else kinds.get(name) or "other")
        clubs = [n for n in names if " " in n and is_club_name(n)]
        for span in orgs:  # 한화 in an article about 한화 이글스 is the club
            fits = [c for c in clubs if c.startswith(normalized_of(span) + " ")]
            if len(fits) == 1:
                span._.normalized = fits[0]
                kinds.setdefault(fits[0], "other")
        written: dict[str, set[str]] = {}
        for span in orgs:
            if country_of[(span.start_char, span.end_char)]:
                written.setdefault(normalized_of(span), set()).add(country_of[(span.start_char, span.end_char)])
        for span in orgs:
            key, name = (span.start_char, span.end_char), normalized_of(span)
            if country_of[key] is None:
                if len(written.get(name, ())) == 1:
                    country_of[key] = next(iter(written[name]))
                elif name in self.gaz.korean_bodies and key not in abroad:
                    country_of[key] = "KR"
        return country_of

    def _orgs_of_people(self, people: list[dict], organizations: list[dict], when) -> list[dict]:
        """A body the article names only inside a person's title (방송통신위원장, 감사원장) is one of its
        organizations too: a row for each person's org that has none."""
        have = {row["name"] for row in organizations}
        added: dict[str, dict] = {}
        for person in people:
            org = person.get("org")
            if not org or org in have or org in country_names():
                continue
            sense = self.gaz.lookup(org, when)
            row = added.setdefault(org, {
                # a foreign person's party as written (민주당 of 버락 오바마) is no Korean body (rules/person_orgs.py)
                "name": org, "country": "KR" if org in self.gaz.korean_bodies and not foreign_party_short_form(person) else None,
                "kind": sense.kind if sense else self.gaz.kind_of_shape(org) or "other",
                "aliases": [], "mentions": 0, "source": "rule"})
            row["mentions"] += 1
        return list(added.values())

    def _body_of_country(self, body: str, country: str, kinds, when) -> str:
        """The canonical name of `body` written after `country`: the gazetteer's, unless that is a body of
        Korea (its government or a party) and the country another (미국 국방부 is not 국방부 of Korea,
        미국 민주당 not 더불어민주당)."""
        sense = self.gaz.lookup(body, when)
        if sense is not None and (country == "KR" or sense.name not in self.gaz.korean_bodies):
            kinds.setdefault(sense.name, sense.kind)
            return sense.name
        kind = "government" if body.endswith(FOREIGN_BODY_ENDINGS) and " " not in body else None
        if kinds.get(body) in (None, "other"):
            kinds[body] = kind or self.gaz.kind_of_shape(body.split()[-1]) or "other"
        return body

    def _written_out(self, name: str, kinds, when) -> str:
        """`name` with a short ending written out (부산지검 → 부산지방검찰청), under the gazetteer's name."""
        if name in self.gaz.canonical_names:
            return name
        fused = body_of_fused_title(name) if name not in self.gaz.senses else None
        if fused is not None:  # 대한양궁협회장: the body whose head's title the model took in
            kinds.setdefault(fused, self.gaz.kind_of_shape(fused) or "other")
            return self._written_out(fused, kinds, when)
        glued = self.gaz.lookup(name.replace(" ", ""), when) if " " in name else None
        if glued is not None:  # 롯데 그룹, 최저임금 위원회: a name written with a space
            kinds.setdefault(glued.name, glued.kind)
            return glued.name
        renamed = canonical_form(name, when)  # 서울경찰청 before 2021: 서울지방경찰청; CNN방송: CNN
        if renamed is not None:
            sense = self.gaz.lookup(renamed, when)
            kinds.setdefault(renamed, sense.kind if sense else "government")
            return renamed
        local = local_government(name, when)
        if local is not None:
            kinds[local] = "government"
            return local
        head, _, rest = name.partition(" ")
        if rest and COURT_DIVISION.fullmatch(rest):  # 서울고법 형사부: the court's bench is the court
            court = self._written_out(head, kinds, when)
            if court.endswith(COURTS):
                if kinds.get(court) in (None, "other"):
                    kinds[court] = "government"
                return court
        if rest and BRANCH_OFFICE.fullmatch(rest):
            parent = self._written_out(head, kinds, when)
            if parent.endswith(COURTS):
                kinds[f"{parent} {rest}"] = "government"
                return f"{parent} {rest}"
        if rest and head in self.gaz.senses and tail_after_body(rest):  # 국회 차원, 국회 국토교통위: 국회
            sense = self.gaz.lookup(head, when)
            kinds.setdefault(sense.name, sense.kind)
            return sense.name
        member = self.gaz.lookup(rest, when) if rest and " " not in rest and head in self.gaz.senses else None
        if member is not None:  # 민주노총 철도노조, 유엔 유니세프: the body within the one before it, named on its own
            kinds.setdefault(member.name, member.kind)
            return member.name
        if rest and " " not in rest and unit_of_body(rest) and (expand_ending(head) or self.gaz.kind_of_shape(head)):
            return self._written_out(head, kinds, when)  # 조선대학교 수학과, 부산대 의과대학: the university
        expanded = expand_ending(name)
        if expanded is None:
            return name
        full, kind = expanded
        sense = self.gaz.lookup(full, when)
        if sense is not None:
            full, kind = sense.name, sense.kind
        if kinds.get(full) in (None, "other"):
            kinds[full] = kind
        return full

    def _org_shaped(self, span: Span, kinds) -> bool:
        """Whether an organization only the model found is worth a row (it stays a mention either way):
        known by the gazetteer or an in-text alias, or a name that ends at a word boundary in a letter
        or digit and whose last word is a proper or unknown noun, a long acronym or an org suffix, or is
        an org ending of its own after a name (아프리카 축구 연맹) — not a common word the model guessed
        at (정부, 네트워크, AI 모델 개발, 축구 연맹) nor a cut word (교육·).
        A state the NER step cut out of 한미 or 남북 (`_state_piece`) is its state's row."""
        name = normalized_of(span) or span.text
        if name in self.gaz.canonical_names or _state_piece(span):
            return True
        if armed_service(name) and (split_country(_without_particles(span))[0]
                                    or country_before(doc_text(span.doc), span.start_char)):
            kinds[name] = "government"  # 대한민국 해군: that state's navy, the country in its column
            return True
        end = span.end_char
        text_after = doc_text(span.doc)[end:end + 1]
        if "가" <= text_after <= "힣" and span.end < len(span.doc):
            if not span.doc[span.end].tag_.startswith(("J", "E", "XS")):
                return False  # the model stopped inside a word (방송통신 of 방송통신위원장)
        if kinds.get(name) not in (None, "other"):
            return True
        text = _without_particles(span)
        if not text or not text[-1].isalnum():
            return False
        words = text.split()
        last = words[-1]
        if last.isascii():
            return last.isalnum() and len(last) >= 4
        if len(words) > 1 and last in self.gaz.shape_kinds:  # 아프리카 축구 연맹, not 축구 연맹
            return any(reads_as_name(w) for w in name.split()[:-1])
        return self.gaz.kind_of_shape(last) is not None or unknown_noun(last)

    def _organizations(self, orgs: list[Span], kinds, countries: dict[tuple[int, int], str | None]) -> list[dict]:
        grouped: dict[tuple[str, str | None], dict] = {}
        for span in orgs:
            name = normalized_of(span) or span.text
            country = countries.get((span.start_char, span.end_char))
            kind = kinds.get(name) or "other"
            if country not in (None, "KR") and name in self.gaz.korean_government:
                kind = "government"  # 미국 국방부: another state's body of the same name
            row = grouped.setdefault((name, country), {
                "name": name, "country": country, "kind": kind,
                "aliases": [], "mentions": 0, "source": source_of(span)})
            row["mentions"] += 1
            surface = _without_particles(span) if source_of(span) == "ner" else span.text
            if surface != name and surface not in row["aliases"]:
                row["aliases"].append(surface)
            if ROW_SOURCE_RANK.get(source_of(span), 3) < ROW_SOURCE_RANK.get(row["source"], 3):
                row["source"] = source_of(span)
        return list(grouped.values())

    # --- people --------------------------------------------------------------------------------------
    def _people(self, doc: Doc, entities: list[Span], orgs: list[Span], kinds) -> list[dict]:
        text = doc_text(doc)
        reporters = set((doc._.article_meta or {}).get("reporters") or ())
        people: dict[str, Person] = {}
        person_spans = [s for s in entities if s.label_ == "PERSON"]
        occupied = [(s.start_char, s.end_char) for s in entities]

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e in occupied)

        found: list[PersonFound] = doc.user_data.get(FOUND_KEY, [])
        for pf in sorted(found, key=lambda p: p.start):
            if pf.name in reporters:
                continue
            extend_cut_name(doc, pf, person_spans)
            if pf.org is None and pf.org_slot is not None:
                pf.org = self._org_ending_at(text, orgs, pf.org_slot)
            person = self._merge_target(people, pf) or people.setdefault(pf.name, Person(pf.name, pf.start, foreign=pf.foreign))
            person.add_title(pf.title, pf.former)
            person.mentions += 1
            person.org = person.org or pf.org
            person.ministry = person.ministry or pf.ministry
            person.minister |= pf.minister
        rule_names = {(s.start_char, s.end_char) for s in person_spans if source_of(s) == "rule"}
        for span in person_spans:  # statistical people the rules did not see
            if source_of(span) != "ner" or (span.start_char, span.end_char) in rule_names:
                continue
            name = self._ner_name(span, people)
            if name is None or name in reporters:
                continue
            span._.normalized = name
            person = people.get(name) or self._by_last_word(people, name)
            if person is None:
                person = people.setdefault(name, Person(name, span.start_char, source="ner",
                                                        foreign=not looks_like_korean_name(name)))
            if not person.titles and (after := self._title_after(doc, span, entities)) is not None:
                person.add_title(after.title, after.former)
                person.org = person.org or after.org
                person.ministry = person.ministry or after.ministry
                person.minister |= after.minister
            person.mentions += 1
        self._merge_partial_names(people)
        self._fullest_foreign_names(doc, people, entities)
        self._short_forms(doc, people, free, occupied)
        self._repetitions(doc, people, free, occupied)
        self._ministries(people, orgs, kinds, article_day(doc))
        return [
            {"name": p.name, "title": p.title, "former": p.former, "org": p.org, "is_minister": bool(p.minister and p.ministry),
             "ministry": p.ministry if p.minister else None, "mentions": p.mentions, "source": p.source}
            for p in sorted(people.values(), key=lambda p: p.first)
        ]

    @staticmethod
    def _org_ending_at(text: str, orgs: list[Span], slot: int) -> str | None:
        """An organization the model found right before a person's name or title (`학술단체협의회(학단협)의
        배성인 운영위원장`): the rules, which run before the model, left the person without one."""
        for span in orgs:
            if span.end_char <= slot and ORG_TO_SLOT.fullmatch(text, span.end_char, slot):
                name = normalized_of(span) or span.text
                if name in country_names() or name.endswith("의") and name[:-1] in country_names():
                    return None  # 대한민국의 천영우 수석: a state is no organization of a person
                return name
        return None

    @staticmethod
    def _merge_target(people: dict[str, Person], pf: PersonFound) -> Person | None:
        if pf.name in people:
            return people[pf.name]
        if " " not in pf.name:  # 트럼프 대통령 after 도널드 트럼프, 아베 총리 after 아베 신조
            return Resolver._by_last_word(people, pf.name, [pf.title])
        return None

    @staticmethod
    def _by_last_word(people: dict[str, Person], name: str, titles: Iterable[str] = ()) -> Person | None:
        # the last word's last hyphenated part too: 피에르 for 카린 장-피에르, as articles shorten it
        fits = [p for p in people.values() if " " in p.name
                and name in (p.name.split()[0], p.name.split()[-1], p.name.split()[-1].rpartition("-")[2])]
        if len(fits) > 1:  # 트럼프 대통령 beside 도널드 트럼프 대통령 and 이방카 트럼프 보좌관: the one with that title
            fits = [p for p in fits if any(t in p.titles for t in titles)]
        return fits[0] if len(fits) == 1 else None

    @staticmethod
    def _merge_partial_names(people: dict[str, Person]) -> None:
        """`아베 총리` before `아베 신조 총리`: one word of a longer foreign name is that person."""
        for name in [n for n in people if " " not in n]:
            target = Resolver._by_last_word(people, name, people[name].titles)
            if target is None:
                continue
            part = people.pop(name)
            target.mentions += part.mentions
            target.first = min(target.first, part.first)
            for title, count in part.titles.items():
                target.add_title(title)
                target.titles[title] += count - 1
            target.former_titles |= part.former_titles
            if part.org and part.org not in target.name.split():  # 니자미 of 아리프 니자미 is no firm
                target.org = target.org or part.org
            target.ministry = target.ministry or part.ministry
            target.minister |= part.minister

    def _fullest_foreign_names(self, doc: Doc, people: dict[str, Person], entities: list[Span]) -> None:
        """`케네디 전 대통령` and, elsewhere, `존 F. 케네디와`: a foreign person named by one word is named as written
        at their fullest mention, where what the article writes before that word shows a given name (a Hangul
        word and a Latin middle initial: 존 F. 케네디, 조지 W. 부시; given names we know: 도널드 트럼프; or one word
        a given name by its syllables or Kiwi's reading, `foreign_names.given_name_word`: 데일 해로우(…)), and
        only one such form stands in the article. A family name shaped like a Korean name counts when its
        syllables are a transliteration's (해로우)."""
        text = doc_text(doc)
        given = foreign_given_names()
        surnames = surname_set()
        bodies = [(s.start_char, s.end_char) for s in entities if s.label_ in ("ORG", "LOC")]

        def covered(start: int, end: int) -> bool:
            return any(start < e and s < end for s, e in bodies)

        for key in [n for n, p in people.items()
                    if (p.foreign or len(n) == 2 or transliterated(n, surnames)) and " " not in n and len(n) >= 2]:
            forms = set()
            for start in word_starts(text, key):
                initial = re.search(r"(?<![가-힣A-Za-z.])([가-힣]{1,6}) ([A-Z]\. )$", text[max(0, start - 12):start])
                known = re.search(r"(?<![가-힣A-Za-z.])((?:[가-힣]{1,6} ){1,2})$", text[max(0, start - 16):start])
                if initial:  # 존 F. 케네디
                    forms.add(initial.group(1) + " " + initial.group(2) + key)
                elif known and (words := known.group(1).split()) and all(w in given for w in words):
                    forms.add(known.group(1) + key)  # 도널드 트럼프
                elif (known and (not looks_like_korean_name(key) or transliterated(key, surnames))  # not 뉴닉 김민
                      and given_name_word(self.title_reader, doc, start - 1 - len(words[-1]), start - 1, covered)):
                    forms.add(words[-1] + " " + key)  # 데일 해로우
            if len(forms) == 1 and (full := forms.pop()) not in people:
                person = people.pop(key)
                person.name = full
                people[full] = person

    def _ner_name(self, span: Span, people: dict[str, Person]) -> str | None:
        name = (normalized_of(span) or span.text).strip()
        bare = name_without_particles(name)  # 문재인 keeps its 인; 김민은 is 김민
        for form in (name, bare):
            if form in people:
                return form
        name = bare if looks_like_korean_name(bare) else name
        if len(name.replace(" ", "")) < 2 or name in self.stop or name in self.titles.kinds:
            return None
        if ANONYMIZED.fullmatch(name):
            return None  # 김모 씨: a person whose name is withheld is a mention, no people row (as a surname alone)
        if name in self.gaz.senses or name in self.gaz.places:
            return None
        if compound_body(name):
            return None  # 이주-이민부 장관: a body, not a person (foreign_names.py)
        return korean_name_after_prefix(name, surname_set()) or name  # 뉴닉 김소연 대표: the person is 김소연

    def _title_after(self, doc: Doc, span: Span, entities: list[Span]) -> PersonFound | None:
        """The title after a statistical person, read as the rules read `이름 기관 직함`: right after the name
        (`옐런 의장`, glued `김덕용의원`, `… 전 장관`), after the office's field (`장이머우 영화 감독`), or after
        the state and the bodies whose office it is (`훙레이 중국 외교부 대변인`, `존 커비 백악관 전략 소통
        조정관`), which give the organization. A body with a particle (`중국의`) opens another phrase. The same
        reading holds in a parenthetical glued to the name, whose title ends it or its first piece (`크리스토퍼
        놀란(영국 옥스퍼드대 교수)은`), as the rules read `김하준(한빛홀딩스 대표)은` for Korean names."""
        text = doc_text(doc)
        end = span.end_char
        paren = text[end:end + 1] == "("
        at = end + (text[end:end + 1] in (" ", "("))
        bodies = {s.start_char: s for s in entities if s.label_ in ("ORG", "LOC") and s.start_char >= at}
        between: list[tuple[str, int, int, object]] = []
        fields = 0
        m = WORD.match(text, at)
        while m and at > end and text[m.end():m.end() + 1] == " " and len(between) + fields < 4:
            body = bodies.get(at)
            if body is not None and text[body.end_char:body.end_char + 1] == " ":
                state = body.label_ == "LOC" or (normalized_of(body) or body.text) in country_names()  # 중국 외교부: no org
                between.append(("place" if state else "org", body.start_char, body.end_char, body))
                at = body.end_char + 1
            elif m.group() in FORMER or m.group() == "당시":
                between.append(("mod", m.start(), m.end(), m.group()))
                at = m.end() + 1
            elif fields < 2 and (self.title_reader._field_word(doc, m.start(), m.end(), m.group())
                                 or between and office_field(m.group())):
                fields, at = fields + 1, m.end() + 1
            else:
                break
            m = WORD.match(text, at)
        title = self.title_reader.title_of(m.group()) if m else None
        if title is None or paren and (m.group() != title or text[m.end():m.end() + 1] not in (")", ",")):
            return None
        name = normalized_of(span) or span.text
        found = PersonFound(name, span.start_char, end, title, foreign=not looks_like_korean_name(name))
        self.title_reader._between(doc, found, between, self.titles.kinds.get(_base_title(title, self.titles.kinds), "other"))
        return found

    def _short_forms(self, doc: Doc, people: dict[str, Person], free, occupied) -> None:
        """`박 장관` -> 박영선, when exactly one person introduced earlier has that surname (and title).

        The mention is the surname alone (`박`), as KLUE marks a short form: a title is never part of a
        person's name. Right after a name the word is a modifier, not a surname (`전두환 전 대통령`: former).
        """
        shorts: list[ShortForm] = doc.user_data.get(SHORT_KEY, [])
        text = doc_text(doc)
        name_ends = {s.end_char for s in doc.spans.get(MENTIONS, []) if s.label_ == "PERSON"}
        for sf in shorts:
            if text[sf.start - 1:sf.start] == " " and sf.start - 1 in name_ends:
                continue
            if not free(sf.start, sf.end):
                if not self._short_form_span(doc, sf, occupied):
                    continue
            earlier = [p for p in people.values() if p.first < sf.start and not p.foreign
                       and p.name.startswith(sf.surname) and len(p.name) > len(sf.surname)]
            same_title = [p for p in earlier if sf.title in p.titles]
            # 이 시장, 전 대표, 한 선수: a surname that is also a determiner stands for a person only with
            # the title that person was introduced with
            fits = same_title if same_title or sf.surname in DETERMINER_SURNAMES else earlier
            if len(fits) != 1:
                if not fits and sf.surname not in DETERMINER_SURNAMES and free(sf.start, sf.end):
                    # 반 총장, 박 변호사 with no full name in the article: a person all the same (a
                    # mention, no people row: the table wants full names)
                    span = doc.char_span(sf.start, sf.start + len(sf.surname), label="PERSON")
                    if span is not None:
                        add_rule_mention(doc, span, "rule", sf.surname)
                        occupied.append((sf.start, sf.end))
                continue
            person = fits[0]
            span = doc.char_span(sf.start, sf.start + len(sf.surname), label="PERSON")
            if span is None:
                continue
            add_rule_mention(doc, span, "rule", person.name)
            occupied.append((sf.start, sf.end))
            person.mentions += 1
            if sf.title in person.titles:
                # 김 원내대표: a short form counts for the title the article uses most, among the person's own
                # (a title seen only in short forms may be another 김's)
                person.add_title(sf.title)

    @staticmethod
    def _short_form_span(doc: Doc, sf: ShortForm, occupied) -> bool:
        """The model's PERSON `반 총장` (surname and title) gives way to the short form's surname: a title
        is never part of a name. True when the short form's place is now free."""
        mentions = list(doc.spans.get(MENTIONS, []))
        whole = [m for m in mentions if m.label_ == "PERSON" and source_of(m) == "ner"
                 and (m.start_char, m.end_char) == (sf.start, sf.end)]
        if not whole:
            return False
        doc.spans[MENTIONS] = [m for m in mentions if m not in whole]
        occupied.remove((sf.start, sf.end))
        return True

    def _repetitions(self, doc: Doc, people: dict[str, Person], free, occupied) -> None:
        """Later bare mentions of a known name (`박영선은`, or `트럼프는` for 도널드 트럼프) count too."""
        text = doc_text(doc)
        for person in people.values():
            forms = [person.name]  # the full name first, so it is found where it stands whole
            if person.foreign and " " in person.name:
                forms.append(person.name.split()[-1])
                if "-" in forms[-1]:
                    forms.append(forms[-1].rpartition("-")[2])  # 피에르 for 카린 장-피에르, as articles shorten it
            for form in forms:
                if len(form) < 2:
                    continue
                for start, end in occurrences(text, form):
                    if not free(start, end):
                        continue
                    span = doc.char_span(start, end, label="PERSON")
                    if span is None:
                        continue
                    add_rule_mention(doc, span, "rule", person.name)
                    occupied.append((start, end))
                    person.mentions += 1

    @staticmethod
    def _ministries(people: dict[str, Person], orgs: list[Span], kinds, day) -> None:
        """A minister named without a ministry (`오영주 장관은`) heads the ministry the article is about:
        the only one it names, else the one we know they led at the time, else the one named most."""
        counts = Counter(normalized_of(s) for s in orgs if kinds.get(normalized_of(s)) == "ministry")
        for person in people.values():
            if person.minister and person.ministry is None and len(counts) != 1:
                person.ministry = known_ministry(person.name, day)
                person.org = person.org or person.ministry
        if not counts:
            return
        first = {}
        for s in orgs:
            first.setdefault(normalized_of(s), s.start_char)
        main = max(counts, key=lambda n: (counts[n], -first[n]))
        for person in people.values():
            if person.minister and person.ministry is None:
                person.ministry = main
                person.org = person.org or main


PARTICLES_TO_WORD_END = re.compile(rf"{JOSA}(?![가-힣])")


def word_starts(text: str, word: str):
    """Where `word` stands with only particles after it and no Hangul before, as
    `re.finditer(rf"(?<![가-힣]){re.escape(word)}{JOSA}(?![가-힣])", text)` finds it (the same matches,
    non-overlapping), without compiling a pattern for each word: a name's pattern is used once, and
    compiling it cost more than the search."""
    at = text.find(word)
    while at >= 0:
        end = PARTICLES_TO_WORD_END.match(text, at + len(word)) if at == 0 or not "가" <= text[at - 1] <= "힣" else None
        if end is not None:
            yield at
            at = text.find(word, max(end.end(), at + 1))
        else:
            at = text.find(word, at + 1)


@lru_cache(maxsize=1)
def _ministers() -> dict[str, list[tuple[str, str, str]]]:
    terms: dict[str, list[tuple[str, str, str]]] = {}
    for line in read_lines("ministers.tsv"):
        name, ministry, start, end = (line.split("\t") + ["", "", "", ""])[:4]
        terms.setdefault(name, []).append((ministry, start, end or "9999-12"))
    return terms


def known_ministry(name: str, day) -> str | None:
    """The ministry `name` led on `day` (the latest term when the day is unknown or outside every term)."""
    terms = _ministers().get(name)
    if not terms:
        return None
    if day is None:
        return terms[-1][0]
    month = day.strftime("%Y-%m")
    return min(terms, key=lambda t: 0 if t[1] <= month <= t[2] else min(abs(_months(month) - _months(t[1])),
                                                                       abs(_months(month) - _months(t[2]))))[0]


def _months(ym: str) -> int:
    year, month = ym.split("-")
    return int(year) * 12 + int(month)


# Chambers of a legislature Korea's does not have (its 국회 has one chamber): a party named in the sentence of a
# senator or of a house of representatives or councillors is another country's (the US 민주당, Japan's 자민당).
FOREIGN_CHAMBERS = re.compile(r"상원|하원|중의원|참의원")


def foreign_chamber_in_sentence(span: Span) -> bool:
    """A foreign legislature's chamber is named in the sentence of `span` (`민주당 알 그린 하원의원`)."""
    from .kiwi_tokenizer import SENTENCES_KEY

    text = doc_text(span.doc)
    for start, end in span.doc.user_data.get(SENTENCES_KEY) or [(0, len(text))]:
        if start <= span.start_char < end:
            return FOREIGN_CHAMBERS.search(text, start, end) is not None
    return False


def parents_named(orgs: list[Span], have: set[str], when) -> list[dict]:
    """The body written before another it holds (민주노총 of `민주노총 철도노조`, whose mention is the member's):
    a row of its own, as a committee after its body has one."""
    gaz = gazetteer()
    rows: dict[str, dict] = {}
    for span in orgs:
        head, _, rest = _without_particles(span).partition(" ")
        if not rest or " " in rest or head not in gaz.senses or gaz.lookup(rest, when) is None:
            continue
        parent = gaz.lookup(head, when)
        if parent is None or parent.name in have or normalized_of(span) == parent.name:
            continue
        row = rows.setdefault(parent.name, {"name": parent.name, "country": None, "kind": parent.kind,
                                            "aliases": [] if head == parent.name else [head], "mentions": 0,
                                            "source": source_of(span)})
        row["mentions"] += 1
    return list(rows.values())


def committees_named(orgs: list[Span]) -> list[dict]:
    """A committee named after its body (`국회 국토교통위`, whose mention is the body's): a row of its own,
    its short ending written out (국토교통위원회)."""
    rows: dict[str, dict] = {}
    senses = gazetteer().senses
    for span in orgs:
        surface = _without_particles(span)
        head, _, rest = surface.partition(" ")
        committee = committee_name(rest) if rest and head in senses else None
        if committee is None or normalized_of(span) == surface:
            continue  # not read as a body and its committee
        row = rows.setdefault(committee, {"name": committee, "country": None, "kind": "government",
                                          "aliases": [] if committee == rest else [rest], "mentions": 0,
                                          "source": source_of(span)})
        row["mentions"] += 1
    return list(rows.values())


def _place_before(span: Span) -> bool:
    """A place or a country written right before the span, a space between (`루마니아 축구협회`, `경기 도로공사`):
    the body is that place's, not the national one its short form would name."""
    doc, at = span.doc, span.start_char - 1
    if at < 1 or doc_text(doc)[at] != " ":
        return False
    return any(m.end_char == at and (m.label_ == "LOC" or m.text in country_names()) for m in doc.spans.get(MENTIONS, []))


def _state_piece(span: Span) -> bool:
    """한 and 미 of 한미 정상회담, 북 of 북측: an ORG the NER step cut out of a compound of one-syllable
    state abbreviations and named in full (한 → 한국). Its row is the state's, though a word character
    follows it. Only where the syllable is a state by its surroundings: next to another state mention
    (한미, 한·일), before a trailer the cut leaves out (북측, 북핵), or a proper noun standing alone
    (북 외무성); never 중 of 회의 중 or a syllable of an ordinary word."""
    words = boundary_words()
    surface = _without_particles(span)
    if span.label_ != "ORG" or words["state_names"].get(surface) != normalized_of(span):
        return False
    doc, start, end = span.doc, span.start_char, span.start_char + len(surface)
    text = doc_text(doc)
    separators = words["state_separators"]
    before = start - 1 if text[start - 1:start] in separators else start
    after = end + 1 if text[end:end + 1] in separators else end
    if any(_is_state_mention(m, words) and (m.end_char == before or m.start_char == after) and m != span
           for m in doc.spans.get(MENTIONS, [])):
        return True
    if any(text.startswith(t, end) and not _word_goes_on(doc, end + len(t)) for t in words["single_state_trailers"]):
        return True
    alone = not _hangul(text[start - 1:start]) and not _word_goes_on(doc, end)
    return alone and span[0].tag_ == "NNP"


def _is_state_mention(span: Span, words: dict) -> bool:
    return span.label_ in ("ORG", "LOC") and words["state_names"].get(span.text) == normalized_of(span)


def _hangul(char: str) -> bool:
    return "가" <= char <= "힣"


def _word_goes_on(doc: Doc, at: int) -> bool:
    """A Hangul letter at `at` that is no particle or ending: the word is longer."""
    if not _hangul(doc_text(doc)[at:at + 1]):
        return False
    token = doc.char_span(at, at + 1, alignment_mode="expand")
    return token is None or not token[0].tag_.startswith(("J", "E"))


@lru_cache(maxsize=1)
def unmarked_mentions() -> frozenset[tuple[str, str]]:
    """(label, surface) pairs that are table rows but no mentions (`unmarked_mentions.tsv`; _ = space)."""
    pairs = set()
    for line in read_lines("unmarked_mentions.tsv"):
        label, words = line.split("\t")
        pairs.update((label, w.replace("_", " ")) for w in words.split())
    return frozenset(pairs)


def drop_unmarked_mentions(doc: Doc) -> None:
    """After the rows are written: mentions of words KLUE leaves unmarked (페이스북에 올린 글, 당일) go."""
    unmarked = unmarked_mentions()
    mentions = list(doc.spans.get(MENTIONS, []))
    kept = [m for m in mentions if (m.label_, _without_particles(m)) not in unmarked]
    if len(kept) != len(mentions):
        doc.spans[MENTIONS] = kept


# Particles after a country that make it an actor of the sentence, its state: the subject (미국이 제안했다)
# or a party (일본과의 협상, 한국과 합의했다). Both KMOU and KLUE-NER mark such a country an organization more
# often than a place; after 은/는, 의, 을 KLUE mostly keeps the place (KMOU does not), and after 에, 에서,
# 으로 or before a noun both do.
ACTOR_PARTICLES = re.compile(r"(?:이|가|과의|와의|과|와)(?![가-힣])")
ACTING_STATE = "sinmun_acting_state"


def states_acting(doc: Doc, entities: list[Span]) -> list[Span]:
    """A country the sentence makes an actor is an organization mention, its state (미국이 제안했다, 한국과
    합의했다); a country as a place stays LOC (미국에서, 미국 시간). Mentions only: a country is no
    organizations row."""
    text = doc_text(doc)
    names = country_names()
    mentions = list(doc.spans.get(MENTIONS, []))
    changed: dict[Span, Span] = {}
    starts = {s.start_char: s for s in entities}
    for span in entities:
        particle = ACTOR_PARTICLES.match(text, span.end_char) if span.label_ == "LOC" and span.text in names else None
        if particle is None:
            continue
        after = starts.get(particle.end() + 1)
        if particle.group().startswith(("과", "와")) and after is not None and after.label_ == "LOC":
            continue  # 중국과 미국의 기업: a list of places, no partner
        state = Span(doc, span.start, span.end, label="ORG")
        state._.source, state._.normalized = source_of(span), normalized_of(span) or span.text
        doc.user_data.setdefault(ACTING_STATE, set()).add((span.start_char, span.end_char))
        changed[span] = state
    if not changed:
        return entities
    doc.spans[MENTIONS] = [changed.get(m, m) for m in mentions]
    return [changed.get(s, s) for s in entities]


def _whole_country(span: Span) -> bool:
    """An ORG mention that is a country written whole (북한은, 미국이): its state, a mention but never an
    organizations row (DESIGN); the pieces of 한미 or 남북 (`_state_piece`) are rows still."""
    return (normalized_of(span) or span.text) in country_names() and not _state_piece(span)


def _acting_state(span: Span) -> bool:
    return (span.start_char, span.end_char) in span.doc.user_data.get(ACTING_STATE, ())


# An acronym or a Latin name in parentheses right after a body: `워싱턴포스트(WP)`, `가온뮤직(GMX)`.
ACRONYM_IN_PARENTHESES = re.compile(r" ?\((?P<acronym>[A-Z][A-Za-z0-9&\-]{1,11})\)")


def acronyms_after_bodies(doc: Doc) -> None:
    """The acronym written in parentheses right after an organization is that organization too, a mention of
    its own as KLUE-NER and KMOU mark it (`워싱턴포스트(WP)`); the rules add those of the bodies they find
    (`sinmun_orgs`), this adds those of the bodies only the model found. Its name is the body's (see
    `defined_after_ner_names`)."""
    mentions = list(doc.spans.get(MENTIONS, []))
    text = doc_text(doc)
    added = []
    for span in mentions:
        m = ACRONYM_IN_PARENTHESES.match(text, span.end_char) if span.label_ == "ORG" else None
        if m is None or any(o.start_char < m.end("acronym") and m.start("acronym") < o.end_char for o in mentions):
            continue
        acronym = doc.char_span(m.start("acronym"), m.end("acronym"), label="ORG")
        if acronym is not None:
            acronym._.source = source_of(span)
            added.append(acronym)
    if added:
        doc.spans[MENTIONS] = sorted(mentions + added, key=lambda s: (s.start_char, s.end_char))


def defined_after_ner_names(doc: Doc, entities: list[Span]) -> dict[str, str]:
    """`한국해양과학기술원(이하 해양과기원)` where only the model found the name: the alias means it
    (`sinmun_orgs` reads the definitions after the names it finds itself)."""
    text = doc_text(doc)
    by_end = {s.end_char: s for s in entities if s.label_ == "ORG" and source_of(s) == "ner"}
    defined: dict[str, str] = {}
    for m in DEFINITION.finditer(text):
        owner = by_end.get(m.start())
        alias = defined_alias(m, _without_particles(owner)) if owner is not None else None
        if alias and alias != owner.text:
            defined.setdefault(alias, _without_particles(owner))
    return defined


def _without_particles(span: Span) -> str:
    """The span's text without trailing tokens Kiwi tagged as particles."""
    doc, end = span.doc, span.end
    tags = doc_tags(doc)  # the tags as strings: no Token object per token
    while end > span.start and tags[end - 1].startswith("J"):
        end -= 1
    if end == span.start:
        return span.text
    last = doc[end - 1]
    return doc_text(doc)[span.start_char:last.idx + len(last.text)]


@Language.factory("sinmun_resolve", assigns=["doc.spans"], requires=[])
def make_resolver(nlp: Language, name: str) -> Resolver:
    return Resolver()
