"""`sinmun validate DIR`: check written tables against the schemas and the invariants users rely on.

Returns one readable line per problem ("table: what is wrong"); an empty list means valid.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .archive import is_archive, part_batch, parts, read_manifest, read_parts
from .doc_ext import LABELS, SOURCES
from .tables import OPTIONAL_TABLES, SCHEMAS

SPAN_TABLES = ("sentences", "mentions", "amounts", "dates", "funds", "facts")
ORG_KINDS = {"ministry", "government", "public_agency", "company", "financial", "media", "education",
             "international", "other"}
MAX_LISTED = 5  # problems of one kind listed before "... and N more"


def _read(path: Path) -> pa.Table | None:
    if path.is_dir():
        return pq.read_table(path)
    return pq.read_table(path) if path.exists() else None


def validate_dir(out_dir: Path) -> list[str]:
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return [f"{out_dir}: not a folder — run `sinmun extract INPUT --out {out_dir}` first"]
    problems: list[str] = []
    tables: dict[str, pa.Table] = {}
    archive = is_archive(out_dir)
    committed = {b["id"] for b in (read_manifest(out_dir) or {}).get("batches", [])} if archive else set()
    for name, schema in SCHEMAS.items():
        path = out_dir / f"{name}.parquet"
        if not path.exists() and not (out_dir / name).is_dir():
            if name not in OPTIONAL_TABLES:
                problems.append(f"{name}: table file {path.name} is missing")
            continue
        try:
            if archive and not path.exists():
                problems += _part_problems(name, out_dir / name, schema, committed)
                table = read_parts(out_dir / name, schema)
            else:
                table = _read(path if path.exists() else out_dir / name)
        except Exception as exc:
            problems.append(f"{name}: unreadable Parquet ({type(exc).__name__}: {exc})")
            continue
        problems += _schema_problems(name, table.schema, schema)
        # A column of the wrong type is reported above; the invariant checks must not trip over it.
        mistyped = [f.name for f in schema if f.name in table.column_names and not table.schema.field(f.name).type.equals(f.type)]
        tables[name] = table.drop_columns(mistyped)
    problems += _invariant_problems(tables)
    problems += _manifest_problems(out_dir, tables)
    return problems


def _schema_problems(name: str, got: pa.Schema, want: pa.Schema) -> list[str]:
    problems = []
    for field in want:
        if field.name not in got.names:
            problems.append(f"{name}: column `{field.name}` is missing")
        elif not got.field(field.name).type.equals(field.type):
            problems.append(f"{name}: column `{field.name}` has type {got.field(field.name).type}, expected {field.type}")
    extra = [n for n in got.names if n not in want.names]
    if extra:
        problems.append(f"{name}: unexpected column(s) {', '.join(extra)} — regenerate with the current sinmun")
    return problems


def _part_problems(name: str, folder: Path, want: pa.Schema, committed: set[str]) -> list[str]:
    """An archive's parts: each of a committed batch, each with the table's columns. A nullable column
    added after a part was written reads as null there, so only a missing non-null column counts."""
    unfinished, wrong = [], []
    for part in parts(folder):
        where = part.relative_to(folder.parent).as_posix()
        if part_batch(part) not in committed:
            unfinished.append(where)
            continue
        got = pq.read_schema(part)
        for field in want:
            if field.name not in got.names:
                if not field.nullable:
                    wrong.append(f"{where} lacks `{field.name}`")
            elif not got.field(field.name).type.equals(field.type):
                wrong.append(f"{where} `{field.name}` is {got.field(field.name).type}, expected {field.type}")
        wrong += [f"{where} has unexpected column `{n}`" for n in got.names if n not in want.names]
    return (_listed(name, "part of an unfinished append (its batch is not in manifest.json; the next "
                          "`sinmun extract --append` removes it)", unfinished)
            + _listed(name, "part with other columns than the schema", wrong))


def _listed(name: str, what: str, items: list) -> list[str]:
    if not items:
        return []
    shown = ", ".join(map(str, items[:MAX_LISTED]))
    more = f" … and {len(items) - MAX_LISTED} more" if len(items) > MAX_LISTED else ""
    return [f"{name}: {what}: {shown}{more}"]


def _repeated(values: list) -> list:
    return sorted(v for v, n in Counter(values).items() if n > 1)


def _col(table: pa.Table, name: str) -> list:
    return table.column(name).to_pylist() if name in table.column_names else []


def _invariant_problems(tables: dict[str, pa.Table]) -> list[str]:
    problems: list[str] = []
    articles = tables.get("articles")
    bodies: dict[str, str] = {}
    if articles is not None and {"article_id", "body"} <= set(articles.column_names):
        ids = _col(articles, "article_id")
        problems += _listed("articles", "duplicate article_id", _repeated(ids))
        bodies = dict(zip(ids, _col(articles, "body")))
        problems += _listed("articles", "empty body in article", [a for a, b in bodies.items() if not (b or "").strip()])
        problems += _listed("articles", "duplicate source", _repeated(_col(articles, "source")))
    for name in SPAN_TABLES:
        table = tables.get(name)
        if table is None or not {"article_id", "start", "end", "text"} <= set(table.column_names):
            continue
        unknown, out_of_range, mismatch = [], [], []
        for i, (aid, start, end, text) in enumerate(zip(_col(table, "article_id"), _col(table, "start"),
                                                         _col(table, "end"), _col(table, "text"))):
            body = bodies.get(aid)
            if body is None:
                unknown.append(aid)
            elif start is None or end is None or not 0 <= start <= end <= len(body):
                out_of_range.append(f"row {i} [{start}:{end}] (body has {len(body)} chars)")
            elif body[start:end] != text:
                mismatch.append(f"row {i} [{start}:{end}] {text!r} != {body[start:end]!r}")
        problems += _listed(name, "article_id not in articles", sorted(set(unknown)))
        problems += _listed(name, "offset out of range", out_of_range)
        problems += _listed(name, "body[start:end] != text", mismatch)
    for name in ("people", "organizations"):
        table = tables.get(name)
        if table is not None and "article_id" in table.column_names:
            problems += _listed(name, "article_id not in articles",
                                sorted({a for a in _col(table, "article_id") if a not in bodies}))
    mentions = tables.get("mentions")
    if mentions is not None:
        problems += _listed("mentions", "unknown label", sorted({l for l in _col(mentions, "label") if l not in LABELS}))
        problems += _listed("mentions", "unknown source", sorted({s for s in _col(mentions, "source") if s not in SOURCES}))
    orgs = tables.get("organizations")
    if orgs is not None:
        problems += _listed("organizations", "unknown kind", sorted({k for k in _col(orgs, "kind") if k not in ORG_KINDS}))
    amounts = tables.get("amounts")
    if amounts is not None:
        bad = sorted({c for c in _col(amounts, "currency") if c is not None and not (len(c) == 3 and c.isupper())})
        problems += _listed("amounts", "currency is not an ISO 4217 code", bad)
    problems += _fact_problems(tables)
    return problems


def _fact_problems(tables: dict[str, pa.Table]) -> list[str]:
    """Exactly one facts row per amounts row (same article_id, start, end), and the closed lists."""
    from .facts.lexicon import MODALITIES, PREDICATES

    facts, amounts = tables.get("facts"), tables.get("amounts")
    if facts is None or amounts is None:
        return []
    key = ("article_id", "start", "end")
    if not set(key) <= set(facts.column_names) or not set(key) <= set(amounts.column_names):
        return []
    fact_keys = list(zip(*(_col(facts, k) for k in key)))
    amount_keys = list(zip(*(_col(amounts, k) for k in key)))
    problems = _listed("facts", "more than one row for the amount", _repeated(fact_keys))
    have, want = set(fact_keys), set(amount_keys)
    problems += _listed("facts", "no facts row for the amount", sorted(want - have))
    problems += _listed("facts", "row for no amount", sorted(have - want))
    problems += _listed("facts", "predicate not in the closed list",
                        sorted({p for p in _col(facts, "predicate") if p not in PREDICATES}))
    problems += _listed("facts", "unknown modality", sorted({m for m in _col(facts, "modality") if m not in MODALITIES}))
    return problems


def _manifest_problems(out_dir: Path, tables: dict[str, pa.Table]) -> list[str]:
    path = out_dir / "manifest.json"
    if not path.exists():
        return ["manifest.json is missing — the run did not finish; run `sinmun extract` again"]
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"manifest.json: not valid JSON ({exc})"]
    problems = []
    for name, info in manifest.get("tables", {}).items():
        if name in tables and info.get("rows") != tables[name].num_rows:
            problems.append(f"{name}: {tables[name].num_rows} rows but manifest.json says {info.get('rows')}")
    run = manifest.get("sinmun")
    for name, table in tables.items():
        written_by = (table.schema.metadata or {}).get(b"sinmun", b"").decode()
        if run and written_by != run:  # a table left from another run (e.g. one killed mid-commit)
            problems.append(f"{name}: written by a different run than manifest.json — run `sinmun extract` again")
    return problems
