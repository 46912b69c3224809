"""`sinmun check-batch`: every hostile input flagged before extraction, one line each; clean batches pass."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hostile import korean_article, write_all
from sinmun.check_batch import check_batch
from sinmun.cli import app

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def hostile_batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    hostile, good = write_all(root)
    return root, hostile, good


def _json_run(*args: str):
    result = runner.invoke(app, ["check-batch", "--json", *args])
    return result, json.loads(result.stdout)


def test_sample_batch_passes():
    result, report = _json_run(str(REPO / "data" / "raw"))
    assert result.exit_code == 0, result.output
    assert report["problems"] == [] and report["articles_ok"] >= 5


def test_real_seeds_pass(seeds_dir):
    result, report = _json_run(str(seeds_dir))
    assert result.exit_code == 0, report
    assert report["articles_ok"] == len(list(seeds_dir.glob("*.txt")))


def test_every_hostile_input_is_flagged_with_its_code(hostile_batch):
    root, hostile, good = hostile_batch
    result, report = _json_run(str(root))
    assert result.exit_code == 1
    flagged = {p["source"]: p["code"] for p in report["problems"]}
    missed = [h for h in hostile if h.source not in flagged]
    assert not missed, f"not flagged: {missed}"
    wrong = [(h, flagged[h.source]) for h in hostile if flagged[h.source] not in h.codes]
    assert not wrong, f"flagged with another code: {wrong}"
    assert not set(good) & set(flagged), "a good record was flagged"
    assert report["articles_ok"] == len(good)


def test_problems_name_the_input_and_a_next_step(hostile_batch):
    root, _, _ = hostile_batch
    ok, problems = check_batch([root])
    assert problems
    for p in problems:
        assert p.source.split("#")[0] in p.message and "next step" in p.message, p


def test_duplicate_content_across_files_is_flagged(tmp_path):
    (tmp_path / "a.txt").write_text(korean_article(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(korean_article(1), encoding="utf-8")
    (tmp_path / "c.txt").write_text(korean_article(2), encoding="utf-8")
    ok, problems = check_batch([tmp_path])
    assert ok == 2
    assert [(p.source, p.code) for p in problems] == [("b.txt", "S015_DUPLICATE_CONTENT")]
    assert "a.txt" in problems[0].message


def test_an_amount_too_large_to_store_is_flagged_but_the_article_counts(tmp_path):
    pytest.importorskip("sinmun.rules.money")
    (tmp_path / "a.txt").write_text(korean_article(1) + "총 사업비는 9,999,999,999조 원에 이른다고 주장했다.\n",
                                    encoding="utf-8")
    ok, problems = check_batch([tmp_path])
    assert ok == 1
    assert [(p.source, p.code) for p in problems] == [("a.txt", "S030_AMOUNT_OVERFLOW")]
    assert "9,999,999,999조" in problems[0].message


def test_missing_input_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["check-batch", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "not found" in result.output


def test_human_output_is_one_line_per_problem(hostile_batch):
    """Read by CI logs and grep: one line per problem, code first, however narrow the terminal."""
    root, _, _ = hostile_batch
    ok, problems = check_batch([root])
    proc = subprocess.run([sys.executable, "-m", "sinmun.cli", "check-batch", str(root)],
                          capture_output=True, text=True, env={"COLUMNS": "80", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(problems), "\n".join(lines[:6])
    assert all(line.split("\t")[0] == p.code for line, p in zip(lines, problems))
