"""The contract between the pipeline and its spaCy components.

Before the components run, the pipeline sets `doc._.published_at` (tz-aware, or None) and
`doc._.article_meta` (outlet, title, ...). Components then:
- add every entity mention to `doc.spans["mentions"]` with `span.label_` one of `LABELS`,
  `span._.source` one of `SOURCES` and `span._.normalized` (canonical text or None);
- append structured rows to `doc._.rows[table]` for the tables they own (amounts, dates, funds,
  people, organizations). Rows carry `start`/`end` character offsets into `doc.text` where they have
  a span; the pipeline adds `article_id`, `sent_idx` and `sentence`.
Offsets are sacred: `doc.text[start:end] == text` for every row and span.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

MENTIONS = "mentions"
LABELS = ("PERSON", "ORG", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "FUND")
SOURCES = ("rule", "gazetteer", "ner")
ROW_TABLES = ("amounts", "dates", "funds", "people", "organizations", "facts")


# `doc.text` and the tokens' tags, kept in `doc.user_data` by the tokenizer: spaCy rebuilds `doc.text`
# from every token on each access, and reading `token.tag_` makes a Token object per token.
TEXT_KEY = "sinmun_text"
TAGS_KEY = "sinmun_tags"


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per doc and shared by the components."""
    cached = doc.user_data.get(TEXT_KEY)
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data[TEXT_KEY] = cached
    return cached[1]


def doc_tags(doc: Doc) -> list[str]:
    """`token.tag_` of every token, in order, computed once per doc."""
    cached = doc.user_data.get(TAGS_KEY)
    if cached is None or len(cached) != len(doc):
        strings = doc.vocab.strings
        cached = [strings[h] for h in doc.to_array("TAG").tolist()] if len(doc) else []
        doc.user_data[TAGS_KEY] = cached
    return cached


# Where spaCy keeps a span's extension values: `doc.user_data[("._.", name, start_char, end_char)]`
# (spacy/tokens/underscore.py). `span._` builds an Underscore object on every access, which cost a tenth
# of `sinmun_resolve`; these read the value directly. Only for `source` and `normalized`, whose default
# is None and which have no getter (tests/test_fast_paths.py checks both against `span._`).
def source_of(span: Span) -> str | None:
    """`span._.source`."""
    return span.doc.user_data.get(("._.", "source", span.start_char, span.end_char))


def normalized_of(span: Span) -> str | None:
    """`span._.normalized`."""
    return span.doc.user_data.get(("._.", "normalized", span.start_char, span.end_char))


def register_extensions() -> None:
    if not Doc.has_extension("published_at"):
        Doc.set_extension("published_at", default=None)
    if not Doc.has_extension("article_meta"):
        Doc.set_extension("article_meta", default=None)
    if not Doc.has_extension("rows"):
        Doc.set_extension("rows", getter=_rows)
    if not Span.has_extension("source"):
        Span.set_extension("source", default=None)
    if not Span.has_extension("normalized"):
        Span.set_extension("normalized", default=None)


def _rows(doc: Doc) -> dict[str, list[dict]]:
    return doc.user_data.setdefault("sinmun_rows", {t: [] for t in ROW_TABLES})


def add_mention(doc: Doc, span: Span, source: str, normalized: str | None = None) -> Span:
    """Add a span to the mentions group with its source and normalized form."""
    ext = span._  # one extension object for both values: spaCy builds a new one on each `span._`
    ext.source = source
    ext.normalized = normalized
    if MENTIONS not in doc.spans:
        doc.spans[MENTIONS] = []
    doc.spans[MENTIONS].append(span)
    return span


register_extensions()
