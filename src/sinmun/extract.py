"""`sinmun extract`: stream inputs through the pipeline into validated tables.

Inputs are read lazily and cut into batches; an engine (engines/: local processes or Ray Data) runs
`analyze_batch` on the batches whose articles are not already in the result cache (cache.py), and the
rows go straight to Parquet row groups, so memory stays flat however large the batch. Rows are
written per input in input order, and near-duplicates are found here in that same order, so the
result does not depend on the engine, the number of workers or what came from the cache.

With `append`, `out_dir` is an archive that grows batch by batch (archive.py): the batch's rows are
added as new parts, an article whose content the archive holds is not added again, and near-duplicates
are looked for among the archived articles too. `against` does the same looking-up in an archive
without adding to it (what `check-batch --against` runs). Every run records its batch figures
(batch_figures.py) in its manifest.
"""

from __future__ import annotations

import json
import time
from collections import deque
from contextlib import ExitStack
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .archive import Archive, ArchiveWriter, append_lock, is_archive
from .batch_figures import ALREADY_ARCHIVED, BatchFigures
from .cache import CACHE_DIR, CACHE_FILE, ResultCache, config_fingerprint, input_key, run_key, settings_digest
from .dedup import NearDuplicateIndex
from .engines import SIGNATURE, make_engine, pack, unpack
from .errors import Reject, UsageError
from .ingest import RawArticle, read_inputs
from .pipeline import article_id, disabled_components
from .provenance import provenance
from .settings import RunSettings
from .tables import OPTIONAL_TABLES, TABLES
from .writer import TableWriter


@dataclass
class RunResult:
    out_dir: Path
    counts: dict[str, int]
    inputs: list[str]
    seconds: float
    reject_codes: dict[str, int] = field(default_factory=dict)
    engine: str = "local"
    cached: int = 0  # articles whose rows came from the cache


def batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def check_inputs(inputs: list, engine: str = "local") -> None:
    if not inputs:
        raise UsageError("no INPUT given: pass files or folders of .txt/.html/.jsonl articles")
    uris = [str(p) for p in inputs if "://" in str(p)]
    if uris and engine != "ray":
        raise UsageError(f"{uris[0]}: URIs are read by the Ray engine's workers — add --engine ray")
    missing = [str(p) for p in inputs if "://" not in str(p) and not Path(p).exists()]
    if missing:
        raise UsageError(f"input not found: {', '.join(missing)} — check the path (make extract reads data/raw/)")


@dataclass(slots=True)
class _Entry:
    """One input of the stream: its rows once known (from ingest, the cache or an engine)."""

    raw: RawArticle | None = None
    key: str | None = None
    packed: bytes | None = None  # rows of the input, as engines.pack makes them


@dataclass(slots=True)
class _Chunk:
    entries: list[_Entry]
    todo: list[_Entry]  # the entries an engine must analyse


def extract(inputs: list[Path], out_dir: Path, settings: RunSettings = RunSettings(), progress=None, *,
            engine: str = "local", address: str | None = None, force: bool = False,
            use_cache: bool = True, append: bool = False, against: Path | None = None,
            cache_dir: Path | None = None) -> RunResult:
    """Analyse the inputs into tables in `out_dir`. `force` recomputes articles the cache holds;
    `append` adds them to the archive `out_dir`; `against` dedups against an archive without
    writing to it; `cache_dir` replaces `out_dir/.cache`. Inputs may be URIs (s3://…) with engine ray."""
    check_inputs(inputs, engine)
    if append and against is not None:
        raise UsageError("--append adds to the --out archive itself: give no other archive to compare against")
    if not append and is_archive(out_dir):
        raise UsageError(f"{out_dir} is an archive: add --append to add this batch to it, or choose another --out folder")
    with ExitStack() as stack:
        archive = None
        if append:
            stack.enter_context(append_lock(out_dir))
            archive = Archive.open(out_dir, create=True)
            archive.roll_back()  # parts of an append killed while moving them in
        elif against is not None:
            archive = Archive.open(against)
        return _extract(inputs, Path(out_dir), settings, progress, engine, address, force, use_cache, archive,
                        append, Path(cache_dir) if cache_dir else Path(out_dir) / CACHE_DIR)


def _extract(inputs, out_dir: Path, settings: RunSettings, progress, engine: str, address: str | None, force: bool,
             use_cache: bool, archive: Archive | None, append: bool, cache_dir: Path) -> RunResult:
    started = time.perf_counter()
    tables = [t for t in TABLES if t not in OPTIONAL_TABLES or settings.tokens]
    if engine == "ray":
        return _extract_on_ray(inputs, out_dir, settings, progress, address, archive, append, tables, started)
    runner = make_engine(engine, settings, address)
    fingerprint = config_fingerprint() if use_cache else None
    key = run_key(inputs, settings, fingerprint) if use_cache else None
    if (use_cache and not force and archive is None
            and (done := _up_to_date(out_dir, key, tables, inputs, engine, started))):
        return done
    metadata = provenance(disabled_components(settings))
    duplicates = archive.near_duplicate_index() if archive is not None else NearDuplicateIndex()
    archived = archive.contents() if archive is not None else {}
    figures = BatchFigures(archive.outlets() if archive is not None else None)
    writer = (ArchiveWriter(archive, metadata, tables, duplicates) if append
              else TableWriter(out_dir, metadata, tables))
    cache = ResultCache(cache_dir / CACHE_FILE, fingerprint) if use_cache else None
    reject_codes: dict[str, int] = {}
    chunks = _chunks(figures.watch(read_inputs(inputs, settings.limits)), settings, None if force else cache)
    pending: deque[_Chunk] = deque()

    def todo_batches() -> Iterator[list[RawArticle]]:
        for chunk in chunks:
            pending.append(chunk)
            yield [entry.raw for entry in chunk.todo]

    results_stream = runner.map(todo_batches())
    try:
        for results in results_stream:
            chunk = pending.popleft()
            for entry, packed in zip(chunk.todo, results, strict=True):
                entry.packed = packed
            if cache is not None and chunk.todo:
                cache.put_many((entry.key, entry.packed) for entry in chunk.todo)
            _write(chunk, writer, duplicates, reject_codes, archived, figures)
            if progress is not None:
                progress(len(chunk.entries))
        manifest = {"inputs": [str(p) for p in inputs], "settings": settings.model_dump(), "engine": engine,
                    "reused_from_cache": cache.hits if cache is not None else 0, "run_key": key,
                    "figures": figures.as_dict(), **writer.metadata}
        writer.commit(manifest)
        if cache is not None:
            cache.finish()
    except BaseException:
        writer.abort()
        raise
    finally:
        results_stream.close()  # stops the engine's workers, also when the run failed
        if cache is not None:
            cache.close()
    return RunResult(out_dir, dict(writer.counts), [str(p) for p in inputs],
                     time.perf_counter() - started, reject_codes, engine, cache.hits if cache is not None else 0)


def _extract_on_ray(inputs, out_dir: Path, settings: RunSettings, progress, address: str | None,
                    archive: Archive | None, append: bool, tables: list[str], started: float) -> RunResult:
    """The dataflow on Ray Data (engines/ray_engine.py): the workers read, analyse, dedup and write;
    this process plans and commits. No result cache: every input is analysed."""
    from .engines.ray_engine import run

    metadata = provenance(disabled_components(settings))
    manifest = {"inputs": [str(p) for p in inputs], "settings": settings.model_dump(), "engine": "ray",
                "reused_from_cache": 0, "run_key": None}
    counts, figures = run(inputs, out_dir, settings, tables, metadata, manifest, archive, append, address, progress)
    return RunResult(out_dir, counts, [str(p) for p in inputs], time.perf_counter() - started,
                     dict(figures.rejects), "ray", 0)


def _up_to_date(out_dir: Path, key: str, tables: list[str], inputs, engine: str, started: float) -> RunResult | None:
    """The result of the run that already wrote `out_dir` from exactly these inputs and configuration."""
    try:
        manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    written = manifest.get("tables", {})
    if manifest.get("run_key") != key or sorted(written) != sorted(tables):
        return None
    if not all((out_dir / info["file"]).exists() for info in written.values()):
        return None
    import pyarrow.parquet as pq

    codes = pq.read_table(out_dir / written["rejects"]["file"], columns=["code"]).column("code").to_pylist()
    reject_codes: dict[str, int] = {}
    for code in codes:
        reject_codes[code] = reject_codes.get(code, 0) + 1
    counts = {t: info["rows"] for t, info in written.items()}
    return RunResult(out_dir, counts, [str(p) for p in inputs], time.perf_counter() - started, reject_codes,
                     engine, cached=counts.get("articles", 0))


def _chunks(items: Iterable[RawArticle | Reject], settings: RunSettings, cache: ResultCache | None) -> Iterator[_Chunk]:
    """The input stream in chunks of `batch_size` inputs, each input answered from ingest or the cache
    when possible; an input given twice in the run becomes a reject."""
    seen: set[str] = set()
    shaping = settings_digest(settings)
    for group in batches(items, settings.batch_size):
        entries = []
        for item in group:
            if isinstance(item, Reject):
                entries.append(_Entry(packed=pack({"rejects": [item.as_row()]})))
            elif (aid := article_id(item)) in seen:
                reject = Reject.of(item.source, "ingest", "S014_DUPLICATE_INPUT", f"article_id {aid}")
                entries.append(_Entry(packed=pack({"rejects": [reject.as_row()]})))
            else:
                seen.add(aid)
                entries.append(_Entry(raw=item, key=input_key(item, shaping)))
        keyed = [e for e in entries if e.key is not None]
        found = cache.get_many([e.key for e in keyed]) if cache is not None and keyed else {}
        for entry in keyed:
            entry.packed = found.get(entry.key)
        yield _Chunk(entries, [e for e in keyed if e.packed is None])


def _write(chunk: _Chunk, writer: TableWriter, duplicates: NearDuplicateIndex, reject_codes: dict[str, int],
           archived: dict[str, str], figures: BatchFigures) -> None:
    """The chunk's rows, input by input, as one row group per table; `duplicate_of` filled in input order.
    An article whose content the archive holds (`archived`: content_hash → article_id) becomes a reject."""
    by_table: dict[str, list[dict]] = {}
    for entry in chunk.entries:
        item = unpack(entry.packed)
        articles = item.get("articles")
        if articles and (held := archived.get(articles[0]["content_hash"])) is not None:
            reject = Reject.of(articles[0]["source"], "archive", ALREADY_ARCHIVED, f"archived as article_id {held}")
            item = {"rejects": [reject.as_row()]}
        for table, rows in item.items():
            if table == SIGNATURE:
                continue
            if table == "articles":
                for row in rows:
                    row["duplicate_of"] = duplicates.add_signature(row["article_id"], item.get(SIGNATURE))
            by_table.setdefault(table, []).extend(rows)
    writer.write_rows(by_table)
    figures.observe(by_table)
    for row in by_table.get("rejects", ()):
        reject_codes[row["code"]] = reject_codes.get(row["code"], 0) + 1

