"""`sinmun validate`: exit 0 on a real run; each kind of damage to a copy of it is named, exit 1."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sinmun.cli import app
from sinmun.tables import SCHEMAS
from sinmun.validate import validate_dir

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def real_output(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("validate") / "out"
    result = runner.invoke(app, ["extract", str(REPO / "data" / "raw"), "--out", str(out), "--quiet", "--workers", "1"])
    assert result.exit_code == 0, f"{result.output}\n{result.exception!r}"
    return out


@pytest.fixture
def copy(real_output, tmp_path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(real_output, out, ignore=shutil.ignore_patterns(".*"))
    return out


def _rewrite(out: Path, name: str, change) -> None:
    """Replace a table by `change(table)`, keeping the manifest's row count in step unless told."""
    path = out / f"{name}.parquet"
    pq.write_table(change(pq.read_table(path)), path)


def _validate_cli(out: Path):
    return runner.invoke(app, ["validate", str(out)])


def test_real_output_is_valid(real_output):
    assert validate_dir(real_output) == []
    result = _validate_cli(real_output)
    assert result.exit_code == 0, result.output


def test_real_output_has_rows_to_check(real_output):
    counts = {name: pq.read_metadata(real_output / f"{name}.parquet").num_rows for name in ("articles", "sentences")}
    assert counts["articles"] >= 5 and counts["sentences"] > counts["articles"]


REQUIRED = [(table, field.name) for table, schema in SCHEMAS.items() if table != "tokens"
            for field in schema if (field.metadata or {}).get(b"required") == b"true"][::3]


@pytest.mark.parametrize("table,column", REQUIRED)
def test_a_dropped_column_is_named(copy, table, column):
    _rewrite(copy, table, lambda t: t.drop_columns([column]))
    problems = validate_dir(copy)
    assert f"{table}: column `{column}` is missing" in problems
    result = _validate_cli(copy)
    assert result.exit_code == 1 and f"{table}: column `{column}` is missing" in result.output


def _shift_end(table: pa.Table, by: int) -> pa.Table:
    ends = table.column("end").to_pylist()
    ends[0] = ends[0] + by
    return table.set_column(table.schema.get_field_index("end"), table.schema.field("end"),
                            pa.array(ends, type=table.schema.field("end").type))


def test_an_out_of_range_offset_is_named(copy):
    bodies = pq.read_table(copy / "articles.parquet", columns=["body"]).column("body").to_pylist()
    _rewrite(copy, "sentences", lambda t: _shift_end(t, max(map(len, bodies)) + 10))
    problems = validate_dir(copy)
    assert any(p.startswith("sentences: offset out of range: row 0") for p in problems), problems
    assert _validate_cli(copy).exit_code == 1


def test_a_span_that_does_not_match_the_body_is_named(copy):
    def damage(t: pa.Table) -> pa.Table:
        texts = t.column("text").to_pylist()
        texts[0] = texts[0][::-1] + "x"
        return t.set_column(t.schema.get_field_index("text"), t.schema.field("text"), pa.array(texts))

    _rewrite(copy, "sentences", damage)
    assert any(p.startswith("sentences: body[start:end] != text") for p in validate_dir(copy))


def test_a_duplicate_article_id_is_named(copy):
    _rewrite(copy, "articles", lambda t: pa.concat_tables([t, t.slice(0, 1)]))
    problems = validate_dir(copy)
    assert any(p.startswith("articles: duplicate article_id") for p in problems), problems
    assert any("manifest.json says" in p for p in problems)


def test_a_column_of_the_wrong_type_is_named(copy):
    def damage(t: pa.Table) -> pa.Table:
        i = t.schema.get_field_index("start")
        return t.set_column(i, pa.field("start", pa.string()), pa.array(map(str, t.column("start").to_pylist())))

    _rewrite(copy, "sentences", damage)
    assert any(p.startswith("sentences: column `start` has type string") for p in validate_dir(copy))


def test_a_missing_table_and_a_missing_manifest_are_named(copy):
    (copy / "sentences.parquet").unlink()
    (copy / "manifest.json").unlink()
    problems = validate_dir(copy)
    assert "sentences: table file sentences.parquet is missing" in problems
    assert any(p.startswith("manifest.json is missing") for p in problems)


def test_a_truncated_parquet_file_is_named(copy):
    path = copy / "articles.parquet"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    problems = validate_dir(copy)
    assert any(p.startswith("articles: unreadable Parquet") for p in problems), problems
    assert _validate_cli(copy).exit_code == 1


def test_row_counts_must_match_the_manifest(copy):
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["tables"]["articles"]["rows"] += 1
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert any(p.startswith("articles:") and "manifest.json says" in p for p in validate_dir(copy))


def test_an_unknown_label_is_named(copy):
    if pq.read_metadata(copy / "mentions.parquet").num_rows == 0:
        pytest.skip("the sample batch produced no mentions")

    def damage(t: pa.Table) -> pa.Table:
        labels = t.column("label").to_pylist()
        labels[0] = "WEAPON"
        return t.set_column(t.schema.get_field_index("label"), t.schema.field("label"), pa.array(labels))

    _rewrite(copy, "mentions", damage)
    assert "mentions: unknown label: WEAPON" in validate_dir(copy)


def test_a_folder_that_is_not_an_output_is_named(tmp_path):
    result = _validate_cli(tmp_path / "nothing")
    assert result.exit_code == 1 and "run `sinmun extract" in result.output
