"""`--engine ray` (the dataflow on Ray Data, no driver in the data path) writes the local engine's rows:
on the seeds and on a made-up batch with near-duplicates and rejects, in a single run and appended
to an archive. One private one-CPU Ray instance serves the module, and is stopped after it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pyarrow as pa
import pytest

from sinmun.archive import read_parts
from sinmun.extract import extract
from sinmun.settings import RunSettings
from sinmun.tables import SCHEMAS, TABLES
from sinmun.validate import validate_dir
from conftest import start_private_ray
from test_dedup import OTHER, RELEASE, release_in

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(importlib.util.find_spec("ray") is None,
                                 reason="Ray is not installed: pip install 'sinmun[ray]' (make install does)")]

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw"  # txt, html and JSONL, with rejects
# Small batches, so even these inputs make several blocks, read tasks and parts.
SETTINGS = dict(batch_size=2, tokens=True, workers=1)


@pytest.fixture(scope="module")
def ray_local():
    import ray

    start_private_ray()
    yield ray
    ray.shutdown()


def _record(i: int, body: str, outlet: str, date: str) -> dict:
    return {"id": f"m{i}", "outlet": outlet, "title": f"기사 {i}", "published_at": date, "text": body}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """Two JSONL files and a txt file: a press release and its edited copies in other outlets (and months),
    an unrelated story, a repeated id, a line that is not JSON, and an empty txt file."""
    folder = tmp_path_factory.mktemp("mixed")
    release, other = "\n".join(RELEASE), "\n".join(OTHER)
    first = [_record(0, release, "가상일보", "2024-03-05"), _record(1, other, "가상일보", "2024-03-06"),
             _record(2, release_in("나라신문", "김철수"), "나라신문", "2024-04-01")]
    lines = [json.dumps(r, ensure_ascii=False) for r in first]
    lines += ['{"id": "m1", "text": "같은 아이디가 다시 온다."}', '{"id": "broken", "text": ']
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    second = [_record(3, release_in("바다일보", "홍길동"), "바다일보", "2024-04-02"),
              _record(4, other.replace("서울시는", "부산시는"), "바다일보", "")]
    (folder / "b.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in second) + "\n",
                                    encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    return folder


def _rows(folder: Path) -> dict[str, list[dict]]:
    """Every table's rows in written order (one file per table, or an archive's parts)."""
    out = {}
    for table in TABLES:
        single = folder / f"{table}.parquet"
        if single.exists():
            out[table] = pa.parquet.read_table(single).to_pylist()
        elif (folder / table).is_dir():
            out[table] = read_parts(folder / table, SCHEMAS[table]).to_pylist()
    return out


def _key(row: dict) -> str:
    return json.dumps(row, sort_keys=True, default=str, ensure_ascii=False)


def _assert_same_rows(got: Path, want: Path, ordered: bool) -> None:
    a, b = _rows(got), _rows(want)
    assert a.keys() == b.keys()
    for table in a:
        left, right = ([_key(r) for r in a[table]], [_key(r) for r in b[table]])
        if not ordered:  # an archive's parts are per block and month: their order is not the contract
            left, right = sorted(left), sorted(right)
        assert left == right, f"{table} differs between {got} and {want}"


@pytest.mark.parametrize("which", ["seeds+sample", "mixed"])
def test_a_ray_run_writes_the_local_rows_in_the_local_order(ray_local, which, seeds_dir, mixed, tmp_path) -> None:
    inputs = [seeds_dir, SAMPLE] if which == "seeds+sample" else [mixed]
    local_done, ray_done = [], []
    extract(inputs, tmp_path / "local", RunSettings(**SETTINGS), use_cache=False, progress=local_done.append)
    # The mixed batch goes to Ray as a URI: its workers list and read it through a pyarrow filesystem.
    on_ray = inputs if which == "seeds+sample" else [mixed.as_uri()]
    result = extract(on_ray, tmp_path / "ray", RunSettings(**SETTINGS), engine="ray", progress=ray_done.append)
    assert sum(ray_done) == sum(local_done) > 0  # progress counts every input, as the local engine's
    assert result.engine == "ray"
    _assert_same_rows(tmp_path / "ray", tmp_path / "local", ordered=True)
    assert validate_dir(tmp_path / "ray") == []
    manifest = json.loads((tmp_path / "ray" / "manifest.json").read_text(encoding="utf-8"))
    local = json.loads((tmp_path / "local" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["tables"] == local["tables"]
    assert manifest["figures"] == local["figures"]
    if which == "mixed":  # the batch really holds what the comparison is about
        articles = _rows(tmp_path / "ray")["articles"]
        assert sum(r["duplicate_of"] is not None for r in articles) >= 2
        codes = {r["code"] for r in _rows(tmp_path / "ray")["rejects"]}
        assert {"S013_DUPLICATE_ID", "S010_BAD_JSON", "S004_EMPTY"} <= codes


def test_ray_appends_to_an_archive_as_the_local_engine_does(ray_local, mixed, tmp_path) -> None:
    """A first batch appended by the local engine, the second by Ray (near-duplicates of archived
    articles, an article already archived), against the same two batches appended locally."""
    second = tmp_path / "second"
    second.mkdir()
    (second / "b.jsonl").write_text((mixed / "b.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    (second / "again.jsonl").write_text((mixed / "a.jsonl").read_text(encoding="utf-8").splitlines()[0] + "\n",
                                        encoding="utf-8")
    first = [mixed / "a.jsonl"]
    for engine in ("local", "ray"):
        archive = tmp_path / engine
        extract(first, archive, RunSettings(**SETTINGS), append=True, use_cache=False)
        extract([second], archive, RunSettings(**SETTINGS), engine=engine, append=True, use_cache=False)
        assert validate_dir(archive) == []
    _assert_same_rows(tmp_path / "ray", tmp_path / "local", ordered=False)
    rows = _rows(tmp_path / "ray")
    archived = {r["article_id"] for r in rows["articles"] if r["source"].startswith("a.jsonl")}
    assert any(r["duplicate_of"] in archived for r in rows["articles"] if r["source"].startswith("b.jsonl"))
    assert "S016_ALREADY_ARCHIVED" in {r["code"] for r in rows["rejects"]}
    # A third batch appended locally after the Ray batch sees every archived article in archive order.
    third = tmp_path / "third"
    third.mkdir()
    (third / "c.jsonl").write_text(json.dumps(_record(9, release_in("하늘신문", "이영희"), "하늘신문", "2024-05-01"),
                                              ensure_ascii=False) + "\n", encoding="utf-8")
    for engine in ("local", "ray"):
        extract([third], tmp_path / engine, RunSettings(**SETTINGS), append=True, use_cache=False)
    _assert_same_rows(tmp_path / "ray", tmp_path / "local", ordered=False)
    assert next(r for r in _rows(tmp_path / "ray")["articles"] if r["source"].startswith("c.jsonl"))["duplicate_of"]
