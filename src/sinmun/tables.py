"""One Arrow schema per output table: the single source of truth for columns and types.

`schemas/*.json` is generated from these (`sinmun schemas`) and checked in; a test fails when the
two drift. Columns required by DESIGN.md are marked `required` in the field metadata.
"""

from __future__ import annotations

import json

import pyarrow as pa

TZ = "Asia/Seoul"
TIMESTAMP = pa.timestamp("us", tz=TZ)


def _f(name: str, type_: pa.DataType, doc: str, required: bool = True, nullable: bool = True) -> pa.Field:
    meta = {"doc": doc, "required": "true" if required else "false"}
    return pa.field(name, type_, nullable=nullable, metadata=meta)


STR, I64, I32, BOOL, STRS = pa.string(), pa.int64(), pa.int32(), pa.bool_(), pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        _f("article_id", STR, "Stable id: hash of the input source and its content", nullable=False),
        _f("source", STR, "Input file relative to the input root; `<file>#<id>` for JSONL records", nullable=False),
        _f("url", STR, "Article URL when known"),
        _f("outlet", STR, "Publishing outlet (언론사)"),
        _f("title", STR, "Headline"),
        _f("published_at", TIMESTAMP, "Publication time (기사입력), Asia/Seoul"),
        _f("modified_at", TIMESTAMP, "Last modification time (최종수정), Asia/Seoul", required=False),
        _f("reporters", STRS, "Reporter names from bylines"),
        _f("captions", STRS, "Photo captions and credits removed from the body", required=False),
        _f("body", STR, "Clean article text", nullable=False),
        _f("content_hash", STR, "SHA-256 of the clean body", nullable=False),
        _f("duplicate_of", STR, "article_id of an earlier near-duplicate in the batch"),
        _f("encoding", STR, "Detected input encoding", required=False),
        _f("input_format", STR, "txt, html or jsonl", required=False),
        _f("raw_chars", I64, "Characters in the input text before cleaning", required=False),
    ]),
    "sentences": pa.schema([
        _f("article_id", STR, "Article", nullable=False),
        _f("sent_idx", I32, "0-based sentence number in the body", nullable=False),
        _f("start", I32, "Start offset into body", nullable=False),
        _f("end", I32, "End offset into body (exclusive)", nullable=False),
        _f("text", STR, "body[start:end]", nullable=False),
    ]),
    "tokens": pa.schema([
        _f("article_id", STR, "Article", nullable=False),
        _f("sent_idx", I32, "Sentence", nullable=False),
        _f("form", STR, "Morpheme form (may differ from the surface, e.g. 었 in 했)", nullable=False),
        _f("tag", STR, "Kiwi (Sejong) POS tag", nullable=False),
        _f("start", I32, "Start offset into body", nullable=False),
        _f("end", I32, "End offset into body", nullable=False),
    ]),
    "mentions": pa.schema([
        _f("article_id", STR, "Article", nullable=False),
        _f("sent_idx", I32, "Sentence", nullable=False),
        _f("start", I32, "Start offset into body", nullable=False),
        _f("end", I32, "End offset into body", nullable=False),
        _f("text", STR, "body[start:end]", nullable=False),
        _f("label", STR, "PERSON, ORG, LOC, DATE, TIME, MONEY, PERCENT, QUANTITY or FUND", nullable=False),
        _f("source", STR, "rule, gazetteer or ner", nullable=False),
        _f("normalized", STR, "Canonical form as text"),
    ]),
    "amounts": pa.schema([
        _f("article_id", STR, "Article", nullable=False),
        _f("sent_idx", I32, "Sentence", required=False),
        _f("start", I32, "Start offset into body", nullable=False),
        _f("end", I32, "End offset into body", nullable=False),
        _f("text", STR, "body[start:end]", nullable=False),
        _f("value", I64, "Whole units of the currency (a range's upper end); null for vague amounts, overflow or a fraction of a unit (19.691원)"),
        _f("currency", STR, "ISO 4217 code"),
        _f("approximate", BOOL, "약, 가량, 여, 수백… or a vague amount"),
        _f("qualifier", STR, "최대, 이상, 이하, 미만, 초과, 까지…"),
        _f("sentence", STR, "The sentence the amount was found in"),
        _f("currency_implied", BOOL, "Currency not written; KRW inferred from a money context", required=False),
        _f("overflow", BOOL, "Value too large for int64 (value is null)", required=False),
        _f("range_id", I32, "Set on a range or bracket (100억~200억원, 15만원 이상 30만원 미만), one amount: its start", required=False),
        _f("range_low", I64, "A range's lower end (its value is the upper end)", required=False),
        _f("range_high", I64, "A range's upper end", required=False),
        _f("converted_from", I32, "For a conversion in parentheses: start offset of the amount it converts", required=False),
    ]),
    "dates": pa.schema([
        _f("article_id", STR, "Article", nullable=False),
        _f("sent_idx", I32, "Sentence", required=False),
        _f("start", I32, "Start offset into body", nullable=False),
        _f("end", I32, "End offset into body", nullable=False),
        _f("text", STR, "body[start:end]", nullable=False),
        _f("value", STR, "ISO prefix at the expression's granularity; null when unresolvable"),
        _f("granularity", STR, "year, half, quarter, month, day, minute…"),
        _f("range_start", STR, "First day covered (ISO date)"),
        _f("range_end", STR, "Last day covered (ISO date)"),
        _f("relative", BOOL, "Resolved against published_at"),
        _f("qualifier", STR, "까지, 부터, 이후, ~…"),
        _f("sentence", STR, "The sentence the date was found in", required=False),
    ]),
    "people": pa.schema([
        _f("article_id", STR, "Article", nullable=False),
        _f("name", STR, "Full name", nullable=False),
        _f("title", STR, "Title or role (장관, 대표…), without 전/前"),
        _f("former", BOOL, "The title is a former one (전 장관, 前 대표)", nullable=False),
        _f("org", STR, "Canonical organization name"),
        _f("is_minister", BOOL, "Minister of a central-government ministry", nullable=False),
        _f("ministry", STR, "Canonical ministry name when is_minister"),
        _f("mentions", I32, "Mentions, coreferent short forms (박 장관) included", nullable=False),
        _f("source", STR, "rule or ner", required=False),
    ]),
    "organizations": pa.schema([
        _f("article_id", STR, "Article", nullable=False),
        _f("name", STR, "Canonical name: the full official name at the article's date, without a country before it", nullable=False),
        _f("country", STR, "ISO 3166-1 alpha-2 code of the country the body belongs to, when written before it (미국 국무부) or a body of Korea's government"),
        _f("kind", STR, "ministry, government, public_agency, company, financial, media, education, international, other", nullable=False),
        _f("aliases", STRS, "Other surface forms seen in the article"),
        _f("mentions", I32, "Mentions in the article", nullable=False),
        _f("source", STR, "rule, gazetteer or ner", required=False),
    ]),
    "funds": pa.schema([
        _f("article_id", STR, "Article", nullable=False),
        _f("name", STR, "Fund name", nullable=False),
        _f("size_value", I64, "Fund size in whole currency units"),
        _f("size_currency", STR, "ISO 4217 code of the size"),
        _f("text", STR, "body[start:end] of the fund mention", nullable=False),
        _f("sentence", STR, "Sentence of the mention"),
        _f("start", I32, "Start offset into body", required=False),
        _f("end", I32, "End offset into body", required=False),
        _f("period", STR, "Period stated for the fund (e.g. ~2027)", required=False),
    ]),
    "facts": pa.schema([
        _f("article_id", STR, "Article", nullable=False),
        _f("sent_idx", I32, "Sentence", nullable=False),
        _f("start", I32, "Start offset of the amount into body (as in amounts)", nullable=False),
        _f("end", I32, "End offset of the amount into body", nullable=False),
        _f("text", STR, "The amount: body[start:end]", nullable=False),
        _f("value", I64, "The amount's value in whole currency units (as in amounts)"),
        _f("currency", STR, "ISO 4217 code"),
        _f("subject", STR, "Canonical organization or person whose money it is or who acts with it; null when none is named"),
        _f("co_subjects", STRS, "Other named actors sharing the amount (A와 B는, 각각)"),
        _f("subject_kind", STR, "org, person or null"),
        _f("subject_implied", BOOL, "Subject taken from the sentence before or the article's main actor", required=False),
        _f("predicate", STR, "support, invest, fund_create, capital, budget, raise, revenue, market_size, valuation, "
                             "penalty, price, cost, asset or other", nullable=False),
        _f("evidence", STR, "The words that decided the predicate"),
        _f("recipient", STR, "Who receives it: canonical name or the class as written"),
        _f("purpose", STR, "What it is for, as written"),
        _f("fund", STRS, "Named funds the amount is the size of or goes into"),
        _f("date", STR, "ISO prefix of the time the fact refers to"),
        _f("date_text", STR, "The date as written"),
        _f("modality", STR, "planned, actual, forecast or reference", nullable=False),
        _f("sentence", STR, "The sentence of the amount"),
    ]),
    "rejects": pa.schema([
        _f("source", STR, "Input file (or `<file>#<line>`)", nullable=False),
        _f("stage", STR, "ingest, clean, analyze…", nullable=False),
        _f("code", STR, "Stable reject code (see sinmun.errors)", nullable=False),
        _f("message", STR, "What went wrong and what to do next", nullable=False),
    ]),
}

TABLES = tuple(SCHEMAS)
OPTIONAL_TABLES = ("tokens",)


def schema_as_json(schema: pa.Schema) -> dict:
    """A stable, human-readable description of a schema (what `schemas/*.json` holds)."""
    fields = []
    for field in schema:
        meta = {k.decode(): v.decode() for k, v in (field.metadata or {}).items()}
        fields.append({
            "name": field.name,
            "type": str(field.type),
            "nullable": field.nullable,
            "required": meta.get("required") == "true",
            "doc": meta.get("doc", ""),
        })
    return {"fields": fields}


def schema_json_text(table: str) -> str:
    return json.dumps(schema_as_json(SCHEMAS[table]), ensure_ascii=False, indent=2) + "\n"
