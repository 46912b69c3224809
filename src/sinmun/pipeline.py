"""Orchestrate the stages for a batch of raw articles; no stage logic lives here.

    prepare:  html → text (html.py), Korean cleaning (cleaning/), limits and language checks
    analyze:  Kiwi tokens and sentences (kiwi_tokenizer.py), spaCy rule and NER components
    rows:     one dict per output row, keyed by table (see tables.py)

`analyze_batch` is a pure function of its input (no files, no global state besides the cached
analyzers), so every engine — serial, worker processes, Ray Data — runs exactly the same code.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from .cleaning import CleanedArticle, clean_article
from .cleaning.recurring import recurring_segments
from .doc_ext import MENTIONS, ROW_TABLES, doc_text
from .errors import Reject
from .html import html_to_text
from .ingest import RawArticle
from .kiwi_tokenizer import SENTENCES_KEY
from .morph import get_kiwi
from .nlp import build_nlp
from .settings import RunSettings
from .tables import SCHEMAS

SEOUL = ZoneInfo("Asia/Seoul")
NER_COMPONENTS = ("sinmun_ner", "sinmun_ner_release")  # what `--no-ner` (RunSettings.ner) switches off
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


@dataclass(slots=True)
class Prepared:
    raw: RawArticle
    article_id: str
    cleaned: CleanedArticle
    meta: dict = field(default_factory=dict)


@dataclass(slots=True)
class BatchRows:
    tables: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in SCHEMAS})

    def add(self, table: str, rows: list[dict]) -> None:
        self.tables[table].extend(rows)

    def reject(self, reject: Reject) -> None:
        self.tables["rejects"].append(reject.as_row())


def disabled_components(settings: RunSettings) -> tuple[str, ...]:
    return () if settings.ner else NER_COMPONENTS


def article_id(raw: RawArticle) -> str:
    digest = hashlib.sha256(f"{raw.source}\x00{raw.content}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def parse_timestamp(value) -> datetime | None:
    """A JSONL `published_at` (ISO date or date-time, with or without zone) as Asia/Seoul time."""
    if not value:
        return None
    text = str(value).strip().replace("Z", "+00:00")
    for candidate in (text, text.replace(" ", "T", 1), text.replace(".", "-")):
        try:
            ts = datetime.fromisoformat(candidate)
            return ts.replace(tzinfo=SEOUL) if ts.tzinfo is None else ts.astimezone(SEOUL)
        except (ValueError, OverflowError):  # 0001-01-01T00:00+14:00 has no Seoul time
            continue
    return None


def source_text(raw: RawArticle) -> tuple[str, dict]:
    """The article's text as scraped (HTML reduced to text) and the metadata the input or page gives."""
    meta = dict(raw.meta)
    text = raw.text
    if raw.html is not None:
        text, page_meta = html_to_text(raw.html)
        for key, value in page_meta.items():
            meta.setdefault(key, value)
    return text or "", meta


def prepare(raw: RawArticle, settings: RunSettings, recurring: frozenset[str] = frozenset(),
            source: tuple[str, dict] | None = None) -> Prepared | Reject:
    """Text extraction, cleaning and the checks that decide whether an input is an article. `recurring`
    is the batch's boilerplate evidence (`cleaning.recurring`); `source` the already extracted text."""
    text, meta = source if source is not None else source_text(raw)
    if raw.html is not None and not text.strip():
        return Reject.of(raw.source, "ingest", "S020_NO_ARTICLE")
    published = parse_timestamp(meta.get("published_at") or meta.get("published"))
    cleaned = clean_article(text, title=meta.get("title"), outlet=meta.get("outlet"),
                            url=meta.get("url"), published_at=published, recurring=recurring)
    body = cleaned.body
    if not any(ch.isalnum() for ch in body):  # stray punctuation of broken markup is no article either
        return Reject.of(raw.source, "clean", "S021_EMPTY_AFTER_CLEANING")
    if len(body) > settings.limits.max_article_chars:
        return Reject.of(raw.source, "clean", "S008_TOO_LONG",
                         f"{len(body):,} characters > limit {settings.limits.max_article_chars:,} (--max-article-chars)")
    letters = sum(map(str.isalpha, body))
    if letters >= 20 and len(_HANGUL.findall(body)) < settings.limits.min_hangul_ratio * letters:
        return Reject.of(raw.source, "clean", "S022_NOT_KOREAN", f"{letters} letters, few of them Hangul")
    return Prepared(raw, article_id(raw), cleaned, meta)


def prepare_batch(raws: list[RawArticle], settings: RunSettings) -> list[Prepared | Reject]:
    """`prepare` for every input of a batch, with the segments that recur across the batch's stories
    as boilerplate evidence; an input that trips a bug becomes a reject, never the batch."""
    sources: list[tuple[str, dict] | Exception] = []
    for raw in raws:
        try:
            sources.append(source_text(raw))
        except Exception as exc:  # noqa: BLE001
            sources.append(exc)
    recurring = recurring_segments(s[0] for s in sources if not isinstance(s, Exception))
    results: list[Prepared | Reject] = []
    for raw, source in zip(raws, sources):
        try:
            if isinstance(source, Exception):
                raise source
            results.append(prepare(raw, settings, recurring, source))
        except Exception as exc:  # a bug must cost one article, never the batch
            results.append(Reject.of(raw.source, "clean", "S090_INTERNAL", f"{type(exc).__name__}: {exc}"))
    return results


def article_row(p: Prepared) -> dict:
    c = p.cleaned
    return {
        "article_id": p.article_id,
        "source": p.raw.source,
        "url": c.url or p.meta.get("url"),
        "outlet": c.outlet,
        "title": c.title,
        "published_at": c.published_at,
        "modified_at": c.modified_at,
        "reporters": list(c.reporters),
        "captions": list(c.captions),
        "body": c.body,
        "content_hash": hashlib.sha256(c.body.encode("utf-8", "surrogatepass")).hexdigest(),
        "duplicate_of": None,
        "encoding": p.raw.encoding,
        "input_format": p.raw.input_format,
        "raw_chars": len(p.raw.content),
    }


def analyze_batch(raws: list[RawArticle], settings: RunSettings) -> BatchRows:
    """All output rows for a batch of raw articles (rejects included)."""
    out = BatchRows()
    prepared: list[Prepared] = []
    for result in prepare_batch(raws, settings):
        if isinstance(result, Reject):
            out.reject(result)
        else:
            prepared.append(result)
    if not prepared:
        return out
    nlp = build_nlp(ner_model=settings.ner_model)
    for p, doc in zip(prepared, _run_components(nlp, prepared, out, disabled_components(settings))):
        if doc is None:
            continue
        out.add("articles", [article_row(p)])
        _doc_rows(p, doc, settings, out)
    return out


def _make_docs(nlp, prepared: list[Prepared]) -> list:
    """Tokenized docs carrying the article metadata the components read."""
    docs = list(nlp.tokenizer.pipe([p.cleaned.body for p in prepared]))
    for p, doc in zip(prepared, docs):
        doc._.published_at = p.cleaned.published_at
        doc._.article_meta = {"outlet": p.cleaned.outlet, "title": p.cleaned.title,
                             "reporters": list(p.cleaned.reporters)}
    return docs


def _run_components(nlp, prepared: list[Prepared], out: BatchRows, disabled: tuple[str, ...] = ()):
    """One doc (or None for a reject) per prepared article, in order, through the spaCy components.

    The batch goes through `nlp.pipe`; if a component raises, the docs already yielded stand and the
    rest are made afresh (the failed batch may have half-run components on them) and run one by one,
    so only the article whose analysis fails becomes a reject and no row lands under another article.
    """
    done = 0
    try:
        for doc in nlp.pipe(_make_docs(nlp, prepared), disable=disabled):
            yield doc
            done += 1
        return
    except Exception:
        pass
    for p in prepared[done:]:
        try:
            [doc] = _make_docs(nlp, [p])
            for name, proc in nlp.pipeline:
                if name not in disabled:
                    doc = proc(doc)
            yield doc
        except Exception as exc:
            out.reject(Reject.of(p.raw.source, "analyze", "S090_INTERNAL", f"{type(exc).__name__}: {exc}"))
            yield None


def _doc_rows(p: Prepared, doc, settings: RunSettings, out: BatchRows) -> None:
    aid, body = p.article_id, doc_text(doc)
    sentences = doc.user_data.get(SENTENCES_KEY) or [(0, len(body))]
    starts = [s for s, _ in sentences]

    def sent_idx(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    out.add("sentences", [
        {"article_id": aid, "sent_idx": i, "start": s, "end": e, "text": body[s:e]}
        for i, (s, e) in enumerate(sentences)
    ])
    if settings.tokens:
        out.add("tokens", _token_rows(aid, doc, sent_idx))
    spans = sorted(doc.spans[MENTIONS], key=lambda s: (s.start_char, s.end_char)) if MENTIONS in doc.spans else []
    out.add("mentions", [
        {"article_id": aid, "sent_idx": sent_idx(s.start_char), "start": s.start_char, "end": s.end_char,
         "text": body[s.start_char:s.end_char], "label": s.label_, "source": ext.source or "rule",
         "normalized": ext.normalized}
        for s in spans for ext in (s._,)  # one extension object per span: spaCy builds one on each `s._`;
        # the text is the body's slice (`Span.text` joins its tokens' texts again)
    ])
    for table in ROW_TABLES:
        rows = []
        for row in doc._.rows.get(table, []):
            row = {**row, "article_id": aid}
            if row.get("start") is not None:
                i = sent_idx(row["start"])
                row.setdefault("sent_idx", i)
                if "sentence" in SCHEMAS[table].names and not row.get("sentence"):
                    s, e = sentences[i]
                    row["sentence"] = body[s:e]
            rows.append(row)
            if table == "amounts" and row.get("overflow"):
                out.reject(Reject.of(p.raw.source, "rules", "S030_AMOUNT_OVERFLOW", repr(row.get("text"))))
        out.add(table, rows)


def _token_rows(aid: str, doc, sent_idx) -> list[dict]:
    kiwi_rows = []
    for tok in doc:
        if tok.tag_ in ("_SP", "UNK"):
            continue
        forms, tags = tok.lemma_.split("+"), tok.tag_.split("+")
        if len(forms) != len(tags):  # a form that itself contains "+"
            forms, tags = [tok.lemma_], [tok.tag_]
        i = sent_idx(tok.idx)
        for form, tag in zip(forms, tags):
            kiwi_rows.append({"article_id": aid, "sent_idx": i, "form": form, "tag": tag,
                              "start": tok.idx, "end": tok.idx + len(tok.text)})
    return kiwi_rows


def warm_up() -> None:
    """Build the analyzers once per process (a Kiwi with a user dictionary cannot be pickled)."""
    get_kiwi()
    build_nlp()
