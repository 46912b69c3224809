"""Inputs named by URI (what `--engine ray` workers read through a pyarrow filesystem) give the items
and source names a local path gives. file:// stands in for s3:// and the like here."""

from __future__ import annotations

from pathlib import Path

import pytest

from sinmun.engines.ray_engine import UriFile, discover_uri, plan_reads
from sinmun.ingest import discover, read_file
from sinmun.settings import Limits

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw"  # txt (UTF-8 and CP949), html and JSONL


@pytest.mark.parametrize("path", sorted(p for p, _ in discover([SAMPLE])), ids=lambda p: p.name)
def test_a_file_read_by_uri_gives_the_same_items(path: Path) -> None:
    source = path.relative_to(SAMPLE).as_posix()
    by_path = list(read_file(path, source, Limits(), set()))
    assert by_path == list(read_file(UriFile(path.as_uri()), source, Limits(), set()))


def test_a_folder_listed_by_uri_gives_the_same_sources_in_the_same_order() -> None:
    assert [s for _, s in discover_uri(SAMPLE.as_uri())] == [s for _, s in discover([SAMPLE])]


def test_files_of_one_source_name_share_a_read_task(tmp_path) -> None:
    """Repeated ids and repeated inputs are rejected within a read task: same-named files go together."""
    import pickle

    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text("같은 이름의 기사다.", encoding="utf-8")
    (tmp_path / "a" / "other.txt").write_text("다른 기사다.", encoding="utf-8")
    tasks = [pickle.loads(t["files"]) for t in plan_reads([tmp_path / "a", tmp_path / "b"], files_per_task=1)]
    assert sorted(len(t) for t in tasks) == [1, 2]
    together = next(t for t in tasks if len(t) == 2)
    assert {source for _, _, source in together} == {"same.txt"}
