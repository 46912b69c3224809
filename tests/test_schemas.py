"""schemas/ is generated from the code; this fails when the two drift."""

import json

import pyarrow as pa
import pytest

from sinmun.tables import SCHEMAS, schema_json_text

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

REQUIRED_BY_DESIGN = {
    "articles": ["article_id", "source", "url", "outlet", "title", "published_at", "reporters", "body",
                 "content_hash", "duplicate_of"],
    "sentences": ["article_id", "sent_idx", "start", "end", "text"],
    "tokens": ["article_id", "sent_idx", "form", "tag", "start", "end"],
    "mentions": ["article_id", "sent_idx", "start", "end", "text", "label", "source", "normalized"],
    "amounts": ["article_id", "start", "end", "text", "value", "currency", "approximate", "qualifier", "sentence"],
    "dates": ["article_id", "start", "end", "text", "value", "granularity", "range_start", "range_end",
              "relative", "qualifier"],
    "people": ["article_id", "name", "title", "former", "org", "is_minister", "ministry", "mentions"],
    "organizations": ["article_id", "name", "kind", "aliases", "mentions"],
    "funds": ["article_id", "name", "size_value", "size_currency", "text", "sentence"],
    "rejects": ["source", "stage", "code", "message"],
}


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_checked_in_schema_matches_code(table):
    path = REPO / "schemas" / f"{table}.json"
    assert path.exists(), f"{path} missing — run `make schemas`"
    assert path.read_text(encoding="utf-8") == schema_json_text(table), f"{path} drifted — run `make schemas`"


@pytest.mark.parametrize("table,columns", sorted(REQUIRED_BY_DESIGN.items()))
def test_design_columns_present(table, columns):
    names = SCHEMAS[table].names
    assert [c for c in columns if c not in names] == []
    described = {f["name"]: f for f in json.loads(schema_json_text(table))["fields"]}
    assert all(described[c]["required"] for c in columns)


def test_money_is_int64_and_time_is_seoul():
    assert SCHEMAS["amounts"].field("value").type == pa.int64()
    assert SCHEMAS["funds"].field("size_value").type == pa.int64()
    assert SCHEMAS["articles"].field("published_at").type == pa.timestamp("us", tz="Asia/Seoul")
