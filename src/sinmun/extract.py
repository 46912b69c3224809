"""`sinmun extract`: stream inputs through the pipeline into validated tables.

Inputs are read lazily and analysed batch by batch; rows go straight to Parquet row groups, so
memory stays flat however large the batch. Near-duplicates are found here, in input order, so the
result does not depend on the engine or the number of workers.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .dedup import NearDuplicateIndex
from .errors import Reject, UsageError
from .ingest import RawArticle, read_inputs
from .pipeline import BatchRows, analyze_batch, article_id
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


def batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def check_inputs(inputs: list[Path]) -> None:
    if not inputs:
        raise UsageError("no INPUT given: pass files or folders of .txt/.html/.jsonl articles")
    missing = [str(p) for p in inputs if not Path(p).exists()]
    if missing:
        raise UsageError(f"input not found: {', '.join(missing)} — check the path (make extract reads data/raw/)")


def extract(inputs: list[Path], out_dir: Path, settings: RunSettings = RunSettings(), progress=None) -> RunResult:
    check_inputs(inputs)
    started = time.perf_counter()
    tables = [t for t in TABLES if t not in OPTIONAL_TABLES or settings.tokens]
    writer = TableWriter(out_dir, provenance(), tables)
    duplicates = NearDuplicateIndex()
    seen: set[str] = set()
    reject_codes: dict[str, int] = {}
    try:
        for chunk in batches(read_inputs(inputs, settings.limits), settings.batch_size):
            raws, rejects = _first_inputs(chunk, seen)
            rows = analyze_batch(raws, settings) if raws else BatchRows()
            for reject in rejects:
                rows.reject(reject)
            _mark_duplicates(rows, duplicates)
            for table in tables:
                writer.write(table, rows.tables[table])
            for row in rows.tables["rejects"]:
                reject_codes[row["code"]] = reject_codes.get(row["code"], 0) + 1
            if progress is not None:
                progress(len(chunk))
        manifest = {"inputs": [str(p) for p in inputs], "settings": settings.model_dump(), **writer.metadata}
        writer.commit(manifest)
    except BaseException:
        writer.abort()
        raise
    return RunResult(Path(out_dir), dict(writer.counts), [str(p) for p in inputs],
                     time.perf_counter() - started, reject_codes)


def _first_inputs(chunk: list, seen: set[str]) -> tuple[list[RawArticle], list[Reject]]:
    """Raw articles not seen before in this run; an input given twice becomes a reject."""
    raws, rejects = [], []
    for item in chunk:
        if isinstance(item, Reject):
            rejects.append(item)
        elif (aid := article_id(item)) in seen:
            rejects.append(Reject.of(item.source, "ingest", "S014_DUPLICATE_INPUT", f"article_id {aid}"))
        else:
            seen.add(aid)
            raws.append(item)
    return raws, rejects


def _mark_duplicates(rows: BatchRows, index: NearDuplicateIndex) -> None:
    """Fill `duplicate_of` in input order, so the result is the same for every engine."""
    for row in rows.tables["articles"]:
        row["duplicate_of"] = index.add(row["article_id"], row["body"])
