"""The fact words of `resources/fact_words.toml`, loaded once per process."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from ..resources import resource_path

PREDICATES = ("support", "invest", "fund_create", "capital", "budget", "raise", "revenue", "market_size",
              "valuation", "penalty", "price", "cost", "asset", "other")
MODALITIES = ("planned", "actual", "forecast", "reference")


@dataclass(frozen=True)
class FactLexicon:
    nouns: dict[str, str]  # one-word noun cue -> predicate
    phrases: dict[tuple[str, ...], str]  # several-word cue (시장, 규모) -> predicate
    verbs: dict[str, str]  # native verb stem -> predicate
    acting: frozenset[str]
    generic: frozenset[str]
    receive: frozenset[str]
    donations: frozenset[str]
    charges: frozenset[str]
    impose: frozenset[str]
    forecast: frozenset[str]
    planned: frozenset[str]
    planned_endings: frozenset[str]
    threshold: frozenset[str]
    rule_nouns: frozenset[str]
    reckoning: frozenset[str]
    max_phrase: int
    loans: frozenset[str] = frozenset()
    repay: frozenset[str] = frozenset()
    returns: frozenset[str] = frozenset()
    court: frozenset[str] = frozenset()
    surveys: frozenset[str] = frozenset()
    results: frozenset[str] = frozenset()
    damages: frozenset[str] = frozenset()
    personal: frozenset[str] = frozenset()
    wages: frozenset[str] = frozenset()
    wealth: frozenset[str] = frozenset()
    judging_bodies: tuple[str, ...] = ()
    judging_titles: frozenset[str] = frozenset()

    def predicate_of(self, form: str) -> str | None:
        return self.nouns.get(form)


@lru_cache(maxsize=1)
def load_lexicon() -> FactLexicon:
    words = tomllib.loads(resource_path("fact_words.toml").read_text(encoding="utf-8"))
    nouns: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for predicate, cues in words["predicates"].items():
        if predicate not in PREDICATES:
            raise ValueError(f"fact_words.toml: unknown predicate {predicate!r}")
        for cue in cues:
            parts = tuple(cue.split())
            if len(parts) == 1:
                nouns.setdefault(cue, predicate)
            else:
                phrases.setdefault(parts, predicate)
    verbs = {stem: p for p, stems in words["predicate_verbs"].items() for stem in stems}
    actors, modality = words["actors"], words["modality"]
    return FactLexicon(
        nouns=nouns, phrases=phrases, verbs=verbs,
        acting=frozenset(actors["acting"]), generic=frozenset(actors["generic"]),
        receive=frozenset(actors["receive"]),
        donations=frozenset(actors["donations"]),
        charges=frozenset(actors["charges"]), impose=frozenset(actors["impose"]),
        forecast=frozenset(modality["forecast"]), planned=frozenset(modality["planned"]),
        planned_endings=frozenset(modality["planned_endings"]), threshold=frozenset(modality["threshold"]),
        rule_nouns=frozenset(modality["rule_nouns"]),
        reckoning=frozenset(modality["reckoning"]),
        max_phrase=max((len(p) for p in phrases), default=1),
        loans=frozenset(words["debts"]["loans"]), repay=frozenset(words["debts"]["repay"]),
        returns=frozenset(words["refunds"]["returns"]), court=frozenset(words["refunds"]["court"]),
        surveys=frozenset(words["sources"]["surveys"]), results=frozenset(words["sources"]["results"]),
        damages=frozenset(words["sources"]["damages"]),
        personal=frozenset(p.replace(" ", "") for p in actors["personal"]),
        wages=frozenset(words["pay"]["wages"]),
        wealth=frozenset(actors.get("wealth", [])),
        judging_bodies=tuple(actors.get("judging_bodies", [])),
        judging_titles=frozenset(actors.get("judging_titles", [])),
    )
