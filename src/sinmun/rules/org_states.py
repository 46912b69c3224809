"""Bodies of the state that news names by a place or a generic word: a local government that acts, a regional
police agency under its name at the article's date, a state's armed service after the state's name.

Pure functions and one reader of a doc's spans, used by `sinmun_resolve` (organizations table only; the
mentions layer keeps its labels, so the NER conventions of KLUE-NER and KMOU are untouched):
- `local_governments_acting`: a province or city the sentence makes the subject of an act is its government
  (`경기도는 허가한 적이 없다고 말했다`, `충남도가 비상근무에 돌입했다`): an organizations row under the
  official name (경기도, 충청남도), as `서울시가 발표했다` is 서울특별시 (tests/gold/CONVENTIONS.md). Not a
  place (`경기도에서`, `제주도를 시작으로`), nor the topic of a clause whose subject is something else
  (`제주도는 비가 오겠다`, `강원도는 빚이 많았다`), nor a verb of being or lying (있다, 위치하다).
- `police_agency`: the regional police agencies were `…지방경찰청` until 2020-12-31 (서울지방경찰청); news
  shortens them to `서울경찰청`, the usual name from 2021. Before 2021 the short form resolves to the full name.
- `media_kind_word`: an outlet with a media word glued on is the outlet (`CNN방송` → CNN).
- `armed_service`: `대한민국 해군`, `폴란드 공군`: a state's name, a space and one of its armed services
  (`armed_services.txt`) is that service, a body; the country goes to the row's `country` column.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..resources import read_lines
from .org_names import local_government, local_governments

POLICE_RENAMED = date(2021, 1, 1)  # 지방경찰청 → 시·도경찰청 (국가경찰과 자치경찰의 조직 및 운영에 관한 법률)
SUBJECT_PARTICLES = frozenset(("이", "가", "은", "는", "께서"))
PREDICATE_TAGS = ("VV", "VA", "VCP", "VCN", "XSV", "XSA")
QUOTATIVE_ENDINGS = frozenset(("다고", "라고", "자고", "냐고", "으라고", "이라고"))
CLAUSE = 24  # morphemes read for the subject's predicate (as rules.country_roles)
# Endings of the official names of provinces and metropolitan cities, longest first, for their stems (서울, 충북).
REGION_ENDINGS = ("특별자치시", "특별자치도", "특별시", "광역시", "도", "시")
# A region's police may be split in two halves (경기남부지방경찰청, 경기북부지방경찰청).
HALVES = ("남부", "북부")


@lru_cache(maxsize=1)
def region_stems() -> frozenset[str]:
    """서울, 부산, 충북, 경기 …: the stems of the provinces and metropolitan cities, read off
    `local_governments.tsv` (their names and short forms without 특별시/광역시/도/시)."""
    stems = set()
    for form in local_governments():
        ending = next((e for e in REGION_ENDINGS if form.endswith(e)), None)
        stem = form[: -len(ending)] if ending else form
        if len(stem) == 2:
            stems.add(stem)
    return frozenset(stems)


def police_agency(name: str, when: date | None) -> str | None:
    """`서울경찰청` in an article before 2021 → 서울지방경찰청 (`경기남부경찰청` → 경기남부지방경찰청); None for
    anything else, for an undated article and from 2021 on."""
    if when is None or when >= POLICE_RENAMED or not name.endswith("경찰청") or name.endswith("지방경찰청"):
        return None
    stem = name[: -len("경찰청")]
    region = stem[: -2] if stem.endswith(HALVES) else stem
    return stem + "지방경찰청" if region in region_stems() else None


@lru_cache(maxsize=1)
def detachable_media_words() -> frozenset[str]:
    """The `media` endings of org_shapes.tsv (방송, 통신, 신문, 일보) that the gazetteer never keeps after an outlet's
    own name: 통신 stays (로이터통신 is the name of the outlet 로이터), 방송 goes (no name is CNN방송)."""
    from .orgs import gazetteer

    gaz = gazetteer()
    words = {suffix for suffix, kind in gaz.shape_kinds.items() if kind == "media"}
    kept = {w for w in words for surface, senses in gaz.senses.items()
            if any(s.kind == "media" for s in senses) and surface.endswith(w) and len(surface) > len(w)
            and any(x.kind == "media" for x in gaz.senses.get(surface[: -len(w)], ()))}
    return frozenset(words - kept)


def media_kind_word(name: str) -> str | None:
    """`CNN방송` → CNN, `BBC방송` → BBC: an outlet the gazetteer knows (kind media) with a media word glued on
    that is no part of outlets' names (`detachable_media_words`) is that outlet. None for a name that is itself
    the gazetteer's, for 블룸버그통신 (통신 belongs to agencies' names: 로이터통신) and for a stem that is no
    outlet (문화방송, 한국일보)."""
    from .orgs import gazetteer

    gaz = gazetteer()
    if name in gaz.senses:
        return None
    for suffix in detachable_media_words():
        if name.endswith(suffix) and len(name) > len(suffix):
            sense = gaz.lookup(name[: -len(suffix)])
            if sense is not None and sense.kind == "media":
                return sense.name
    return None


def canonical_form(name: str, when: date | None) -> str | None:
    """The canonical name of `name` by `police_agency` or `media_kind_word`, else None."""
    return police_agency(name, when) or media_kind_word(name)


@lru_cache(maxsize=1)
def armed_services() -> frozenset[str]:
    return frozenset(w for line in read_lines("armed_services.txt") for w in line.split())


def armed_service(name: str) -> bool:
    """`해군`: one of a state's armed services (what stands after `대한민국 ` in `대한민국 해군`)."""
    return name in armed_services()


def _morphemes(doc: Doc, span: Span, stop: int) -> list[tuple[str, str]]:
    """(form, tag) of Kiwi's morphemes after `span` up to char `stop`, spaces skipped."""
    out: list[tuple[str, str]] = []
    for token in doc[span.end:]:
        if token.idx >= stop:
            break
        if token.text.isspace() or token.tag_ == "_SP":
            continue
        forms, tags = token.lemma_.split("+"), token.tag_.split("+")
        if len(forms) != len(tags):
            forms, tags = [token.lemma_], [token.tag_]
        out += list(zip(forms, tags))
        if len(out) > CLAUSE:
            break
    return out


def acts_as_subject(doc: Doc, span: Span, sentence_end: int) -> bool:
    """The name at `span` is the subject or topic (이/가/은/는) of its clause's first predicate, a verb of
    action (not being or lying: `place_verbs` of country_roles.toml), with no other subject or topic in
    between (`제주도는 … 비가 오겠다`: the rain is the subject)."""
    from .country_roles import _words

    after = _morphemes(doc, span, sentence_end)
    if not after or after[0][0] not in SUBJECT_PARTICLES or not after[0][1].startswith("J"):
        return False
    clause = after[1:CLAUSE + 1]
    for i, (form, tag) in enumerate(clause):
        bound = i > 0 and clause[i - 1][1] == "NNB"  # 적이 없다, 수가 있다: a bound noun's construction
        if (tag == "JKS" or (tag == "JX" and form in ("은", "는"))) and not bound:
            return False  # another subject or topic comes first
        if tag in PREDICATE_TAGS:
            following = clause[i + 1:i + 3]
            if any(t == "ETM" for _, t in following):
                continue  # a predicate modifying a noun (허가한 적): read on
            if following and following[0][1] == "EC" and following[0][0] in QUOTATIVE_ENDINGS:
                continue  # a quoted clause (없다고 밝혔다): the verb of saying is the subject's
            if bound:
                continue
            if tag == "XSV" and i > 0:
                form = clause[i - 1][0] + form  # 위치 + 하
            return tag in ("VV", "XSV") and form not in _words()["place_verbs"]
    return False


def local_governments_acting(doc: Doc, entities: list[Span], when: date | None) -> list[Span]:
    """ORG spans (not mentions) for the place mentions that name a province or a metropolitan city acting
    (`acts_as_subject`), their normalized name the official one at `when`; see the module."""
    from .country_roles import _sentence_end

    forms = local_governments()
    acting = []
    for span in entities:
        if span.label_ != "LOC" or span.text not in forms or len(span.text) < 3:
            continue  # 강원 alone is the region more than its government
        if not acts_as_subject(doc, span, _sentence_end(doc, span.start_char)):
            continue
        name = local_government(span.text, when)
        if name is None:
            continue
        state = Span(doc, span.start, span.end, label="ORG")
        state._.normalized = name  # the place mention's too (same offsets); its label and source stay
        acting.append(state)
    return acting
