"""Figures that describe one batch, for comparing it with the archive it is about to join.

Every run records them in its manifest (an archive keeps them per batch); `sinmun check-batch NEW
--against ARCHIVE` computes them for a new batch and compares them with the archive's batches
(check_against.py). Each figure is a share, so batches of different sizes compare:

    no_entities          articles with no mention at all / articles
    amounts_unparsed     amounts with no value (vague, overflowing or unreadable) / amounts
    mojibake             inputs garbled by a wrong decoding (undecodable, C1 controls, Latin letter soup) / inputs
    rejects.<CODE>       inputs rejected with that code / inputs
    new_outlets          articles from an outlet the archive has never had / articles
    archived_duplicates  articles already in the archive or near-duplicates of archived ones / articles
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from .errors import Reject
from .ingest import RawArticle

ALREADY_ARCHIVED = "S016_ALREADY_ARCHIVED"
UNDECODABLE = "S005_UNDECODABLE"
CONTROL_CHARS = "S006_CONTROL_CHARS"
# A C1 control character (U+0080–U+009F) in a text is what reading UTF-8 or CP949 bytes as Latin-1
# leaves; ingest rejects such a text as S006 and its message names the first control character.
_C1 = re.compile(r"U\+00[89][0-9A-F]\b")
# Characters a wrong decoding leaves behind: U+FFFD, C1 controls, and the accented Latin letters that
# UTF-8 or CP949 bytes become when read as Latin-1/CP1252 (× and ÷ are real signs in news text).
_GARBLED = re.compile("[\ufffd\u0080-\u009f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]")
_SPACE = re.compile(r"\s+")
MOJIBAKE_SHARE = 0.05  # garbled characters among the text's characters that make it mojibake
NEW_OUTLETS_LISTED = 5


def looks_mojibake(text: str) -> bool:
    """A text of which at least MOJIBAKE_SHARE of the characters are what a wrong decoding leaves behind."""
    chars = len(_SPACE.sub("", text))
    return bool(chars) and len(_GARBLED.findall(text)) >= MOJIBAKE_SHARE * chars


def input_is_mojibake(item: RawArticle | Reject) -> bool:
    if isinstance(item, Reject):
        return item.code == UNDECODABLE or (item.code == CONTROL_CHARS and bool(_C1.search(item.message)))
    return looks_mojibake(item.content)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


class BatchFigures:
    """Counts what passes through a run: the inputs (`watch`) and the rows written (`observe`)."""

    def __init__(self, archived_outlets: Iterable[str] | None = None):
        # None: no archive to compare with, so "new outlet" and "archived duplicate" mean nothing
        self.archived_outlets = set(archived_outlets) if archived_outlets is not None else None
        self.inputs = self.mojibake = 0
        self.articles = self.without_entities = self.amounts = self.unparsed = 0
        self.rejects: Counter[str] = Counter()
        self.outlets: Counter[str] = Counter()
        self.new_outlets: Counter[str] = Counter()
        self.archived_duplicates = 0
        self._batch_ids: set[str] = set()

    def watch(self, items: Iterable[RawArticle | Reject]) -> Iterator[RawArticle | Reject]:
        for item in items:
            self.inputs += 1
            self.mojibake += input_is_mojibake(item)
            yield item

    def merge(self, other: "BatchFigures") -> None:
        """Add the counts of another part of the same batch (the Ray engine counts per worker block)."""
        for name in ("inputs", "mojibake", "articles", "without_entities", "amounts", "unparsed", "archived_duplicates"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("rejects", "outlets", "new_outlets"):
            getattr(self, name).update(getattr(other, name))

    def observe(self, by_table: dict[str, list[dict]]) -> None:
        """The rows of whole inputs (every row of an article comes in the same call)."""
        articles = by_table.get("articles", ())
        with_mentions = {row["article_id"] for row in by_table.get("mentions", ())}
        for row in articles:
            self.articles += 1
            self.without_entities += row["article_id"] not in with_mentions
            target = row.get("duplicate_of")
            if target is not None and target not in self._batch_ids:
                self.archived_duplicates += 1  # an earlier near-duplicate that is not in this batch
            self._batch_ids.add(row["article_id"])
            if row.get("outlet"):
                self.outlets[row["outlet"]] += 1
                if self.archived_outlets is not None and row["outlet"] not in self.archived_outlets:
                    self.new_outlets[row["outlet"]] += 1
        amounts = by_table.get("amounts", ())
        self.amounts += len(amounts)
        self.unparsed += sum(row.get("value") is None for row in amounts)
        for row in by_table.get("rejects", ()):
            self.rejects[row["code"]] += 1
            self.archived_duplicates += row["code"] == ALREADY_ARCHIVED

    def as_dict(self) -> dict:
        archive = self.archived_outlets is not None
        considered = self.articles + self.rejects[ALREADY_ARCHIVED]
        return {
            "inputs": self.inputs,
            "articles": self.articles,
            "amounts": self.amounts,
            "no_entities": _share(self.without_entities, self.articles),
            "amounts_unparsed": _share(self.unparsed, self.amounts),
            "mojibake": _share(self.mojibake, self.inputs),
            "rejects": {code: n / self.inputs for code, n in sorted(self.rejects.items())} if self.inputs else {},
            "new_outlets": _share(sum(self.new_outlets.values()), self.articles) if archive else None,
            "new_outlet_names": [name for name, _ in self.new_outlets.most_common(NEW_OUTLETS_LISTED)],
            "archived_duplicates": _share(self.archived_duplicates, considered) if archive else None,
            "outlets": dict(sorted(self.outlets.items())),
        }
