"""The facts table in the outputs: `sinmun validate` holds it to one row per amount, `sinmun facts` filters
it, `sinmun show` marks each amount with its fact, `sinmun report` has its sections."""

from __future__ import annotations

import io
import shutil

import pyarrow.parquet as pq
import pytest
from rich.console import Console
from typer.testing import CliRunner

from sinmun.cli import app
from sinmun.validate import validate_dir
from test_summary import extracted


@pytest.fixture(scope="module")
def seeds_out(seeds_dir):
    return extracted(seeds_dir)


def test_one_fact_per_amount_in_the_written_tables(seeds_out):
    facts = pq.read_table(seeds_out / "facts.parquet").to_pandas()
    amounts = pq.read_table(seeds_out / "amounts.parquet").to_pandas()
    key = ["article_id", "start", "end"]
    assert sorted(map(tuple, facts[key].values.tolist())) == sorted(map(tuple, amounts[key].values.tolist()))
    assert validate_dir(seeds_out) == []


@pytest.mark.parametrize("change", ["drop", "repeat"])
def test_validate_flags_a_missing_or_repeated_fact(seeds_out, tmp_path, change):
    out = tmp_path / "out"
    shutil.copytree(seeds_out, out, ignore=shutil.ignore_patterns(".cache"))
    table = pq.read_table(out / "facts.parquet")
    import pyarrow as pa

    table = table.slice(1) if change == "drop" else pa.concat_tables([table, table.slice(0, 1)])
    pq.write_table(table, out / "facts.parquet")
    problems = validate_dir(out)
    wanted = "no facts row for the amount" if change == "drop" else "more than one row for the amount"
    assert any(wanted in p for p in problems), problems


def test_facts_command_filters_by_alias_predicate_and_date(seeds_out):
    result = CliRunner().invoke(app, ["facts", str(seeds_out), "--subject", "중기부", "--predicate", "fund_create",
                                      "--since", "2026"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "중소벤처기업부" in result.output and "fund_create" in result.output
    assert "support" not in result.output and "2025" not in result.output  # 200억원 ('25) is before --since


@pytest.mark.parametrize("args", [["--predicate", "donation"], ["--since", "last year"]])
def test_facts_command_refuses_bad_filters(seeds_out, args):
    result = CliRunner().invoke(app, ["facts", str(seeds_out), *args])
    assert result.exit_code == 2


def test_show_marks_each_amount_with_subject_and_predicate(seeds_out):
    from sinmun.show import show_article

    buffer = io.StringIO()
    show_article(seeds_out, "002", Console(file=buffer, width=200, color_system=None))
    text = buffer.getvalue()
    assert "5조7000억⟨중소벤처기업부 · support⟩" in text
    assert "facts (5)" in text


def test_report_has_the_facts_sections(seeds_out):
    from sinmun.report import build_sections

    sections = {s.title: s for s in build_sections(seeds_out)}
    who = sections["Facts: who commits most"]
    assert who.figure is not None and who.table["subject"].iloc[0] == "중소벤처기업부"
    assert {"Facts by predicate", "Facts by month"} <= set(sections)
