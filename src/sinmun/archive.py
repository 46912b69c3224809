"""An archive that grows batch by batch: `sinmun extract NEW --out DIR --append`.

    DIR/manifest.json                                  layout "archive": committed batches, rows per table
    DIR/<table>/month=YYYY-MM/part-<batch>.parquet     a batch's rows of articles published that month
    DIR/<table>/month=unknown/part-<batch>.parquet     no publication date, or no article (rejects)
    DIR/_index/signatures/part-<batch>.parquet         near-duplicate signatures, in archive order

(`--engine ray` writes several parts per folder and batch: part-<batch>-<hex>.parquet, one per worker block.)

Readers see one dataset per table (`pd.read_parquet("DIR/amounts")`; DuckDB or Polars with hive
partitioning; `month` is the partition column). The partition column is not stored in the parts.

A batch is written to a staging folder, its parts are moved in when complete, and manifest.json is
replaced last: the manifest is the commit. Earlier parts are never opened for writing. A part whose
batch the manifest does not list was left by an append killed while moving its parts in; the next
append deletes it, and `sinmun validate` reports it until then. One append at a time (a lock file).

The near-duplicate index is the batch-level one (dedup.py), loaded with the archive's stored
signatures in archive order, so an archive built batch by batch gives every article the
`duplicate_of` one run over all the batches would give.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from .dedup import NearDuplicateIndex
from .errors import UsageError
from .tables import SCHEMAS, TZ
from .writer import TableWriter

LAYOUT = "archive"
MANIFEST = "manifest.json"
UNKNOWN_MONTH = "unknown"
INDEX_DIR = "_index"  # a leading "_" keeps it out of datasets read over the archive folder
SIGNATURES = "signatures"
LOCK_FILE = ".append.lock"
# part-<batch>.parquet; the Ray engine's workers each write their own part of a batch: part-<batch>-<hex>.parquet
_PART = re.compile(r"^part-(?P<batch>[0-9]{6}-[0-9a-f]{8})(?:-[0-9a-f]+)?\.parquet$")
SIGNATURE_SCHEMA = pa.schema([
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("position", pa.int64(), nullable=False),  # order in which the index saw the article
    pa.field("signature", pa.binary(), nullable=False),  # MinHash values, little-endian uint32
])


def read_manifest(out_dir: Path) -> dict | None:
    try:
        return json.loads((Path(out_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_archive(out_dir: Path) -> bool:
    manifest = read_manifest(out_dir)
    return bool(manifest) and manifest.get("layout") == LAYOUT


def month_of(published_at) -> str:
    if published_at is None:
        return UNKNOWN_MONTH
    if isinstance(published_at, datetime) and published_at.tzinfo is not None:
        from zoneinfo import ZoneInfo

        published_at = published_at.astimezone(ZoneInfo(TZ))
    return published_at.strftime("%Y-%m")


def part_batch(path: Path) -> str | None:
    """The batch id in a part's file name, None for a file that is not a part."""
    match = _PART.match(path.name)
    return match["batch"] if match else None


def parts(folder: Path) -> list[Path]:
    """Every Parquet part under a table folder, staging and hidden files aside."""
    return sorted(p for p in Path(folder).rglob("*.parquet")
                  if not any(part.startswith((".", "_")) for part in p.relative_to(folder).parts))


def read_parts(folder: Path, schema: pa.Schema | None = None, columns: list[str] | None = None) -> pa.Table:
    """A table folder as one Arrow table: parts of every batch and month, without the partition
    column. With `schema`, parts written before a column was added read it as null."""
    files = [str(p) for p in parts(folder)] if Path(folder).is_dir() else []
    if not files:
        empty = (schema or pa.schema([])).empty_table()
        return empty.select(columns) if columns is not None else empty
    dataset = ds.dataset(files, format="parquet", schema=schema)
    return dataset.to_table(columns=columns)


def contents_of(table: pa.Table) -> dict[str, str]:
    """content_hash → article_id from an `Archive.content_table`."""
    if not table.num_rows:
        return {}
    return dict(zip(table.column("content_hash").to_pylist(), table.column("article_id").to_pylist()))


@contextmanager
def append_lock(out_dir: Path) -> Iterator[None]:
    """One append at a time; the lock goes with the process, also when it is killed."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    with open(Path(out_dir) / LOCK_FILE, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UsageError(f"{out_dir}: another append is running — wait for it to finish") from None
        yield


class Archive:
    """What an append or a check against the archive needs to know about it."""

    def __init__(self, root: Path, manifest: dict):
        self.root = Path(root)
        self.manifest = manifest

    @classmethod
    def open(cls, root: Path, create: bool = False) -> "Archive":
        root = Path(root)
        manifest = read_manifest(root)
        if manifest is not None and manifest.get("layout") != LAYOUT:
            raise UsageError(f"{root} holds the tables of a single run, not an archive: append to a new folder "
                             f"(or one made with --append), or drop --append to replace the run")
        if manifest is None:
            if not create:
                raise UsageError(f"{root}: no archive there — build one with `sinmun extract INPUT --out {root} --append`")
            if root.exists() and any(p.suffix == ".parquet" for p in root.glob("*.parquet")):
                raise UsageError(f"{root} holds Parquet files but no manifest.json: choose another --out folder")
            manifest = {"layout": LAYOUT, "tables": {}, "batches": []}
        return cls(root, manifest)

    @property
    def batches(self) -> list[dict]:
        return self.manifest.get("batches", [])

    @property
    def committed(self) -> set[str]:
        return {batch["id"] for batch in self.batches}

    def table_dir(self, table: str) -> Path:
        return self.root / table

    def signatures_dir(self) -> Path:
        return self.root / INDEX_DIR / SIGNATURES

    def uncommitted_parts(self) -> list[Path]:
        """Parts of a batch the manifest does not list (an append killed while moving its parts in)."""
        committed = self.committed
        folders = [self.table_dir(t) for t in SCHEMAS] + [self.signatures_dir()]
        return [p for folder in folders if folder.is_dir() for p in parts(folder) if part_batch(p) not in committed]

    def roll_back(self) -> None:
        for path in self.uncommitted_parts():
            path.unlink(missing_ok=True)

    def contents(self) -> dict[str, str]:
        """content_hash → article_id of every archived article."""
        return contents_of(self.content_table())

    def content_table(self) -> pa.Table:
        """The content_hash and article_id columns of every archived article (what `contents` maps)."""
        return read_parts(self.table_dir("articles"), SCHEMAS["articles"], columns=["content_hash", "article_id"])

    def outlets(self) -> set[str]:
        return {name for batch in self.batches for name in batch.get("figures", {}).get("outlets", {})}

    def next_position(self) -> int:
        """The position after every stored signature's: a batch's articles come after the archive's
        (the Ray engine's positions are sparse, so this is not the number of signatures)."""
        if not self.signatures_dir().is_dir():
            return 0
        positions = read_parts(self.signatures_dir(), SIGNATURE_SCHEMA, columns=["position"]).column("position")
        return int(pc.max(positions).as_py()) + 1 if len(positions) else 0

    def near_duplicate_index(self) -> NearDuplicateIndex:
        index = NearDuplicateIndex()
        if not self.signatures_dir().is_dir():
            return index
        table = read_parts(self.signatures_dir(), SIGNATURE_SCHEMA).sort_by("position")
        for article_id, blob in zip(table.column("article_id").to_pylist(), table.column("signature").to_pylist()):
            index.load(article_id, np.frombuffer(blob, dtype="<u4").astype(np.uint64))
        return index


class ArchiveWriter(TableWriter):
    """A TableWriter whose tables are folders of month partitions; `commit` appends one batch."""

    def __init__(self, archive: Archive, metadata: dict[str, str], tables: list[str], index: NearDuplicateIndex | None):
        super().__init__(archive.root, metadata, tables)
        self.archive = archive
        self.batch = f"{len(archive.batches) + 1:06d}-{uuid.uuid4().hex[:8]}"
        self.index = index  # None: the batch's signatures were staged by the Ray engine's workers
        self.indexed_before = len(index) if index is not None else 0  # the batch's are the entries after these
        self.first_position = archive.next_position()

    def _part(self, table: str, month: str) -> Path:
        return Path(table) / f"month={month}" / f"part-{self.batch}.parquet"

    def write_rows(self, by_table: dict[str, list[dict]]) -> None:
        """Rows of whole inputs: each row goes to the month its article was published in."""
        months = {row["article_id"]: month_of(row.get("published_at")) for row in by_table.get("articles", ())}
        for table, rows in by_table.items():
            if not rows or table not in self.counts:
                continue
            by_month: dict[str, list[dict]] = {}
            for row in rows:
                by_month.setdefault(months.get(row.get("article_id"), UNKNOWN_MONTH), []).append(row)
            for month, month_rows in by_month.items():
                self._write_part(table, self._part(table, month), month_rows)

    def _write_part(self, table: str, relative: Path, rows: list[dict]) -> None:
        writer = self._writers.get(str(relative))
        if writer is None:
            (self.staging / relative).parent.mkdir(parents=True, exist_ok=True)
            writer = pq.ParquetWriter(self.staging / relative, self.schema(table), compression="zstd")
            self._writers[str(relative)] = writer
        writer.write_table(pa.Table.from_pylist(rows, schema=self.schema(table)))
        self.counts[table] += len(rows)

    def commit(self, manifest: dict) -> None:
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()
        for table in self.tables:  # a table folder with no part yet gets an empty one, so it reads as a table
            if not parts(self.archive.table_dir(table)) and not (self.staging / table).is_dir():
                relative = self._part(table, UNKNOWN_MONTH)
                (self.staging / relative).parent.mkdir(parents=True, exist_ok=True)
                pq.write_table(self.schema(table).empty_table(), self.staging / relative)
        self._write_signatures()
        previous = self.archive.manifest
        totals = {t: info.get("rows", 0) for t, info in previous.get("tables", {}).items()}
        for table, n in self.counts.items():
            totals[table] = totals.get(table, 0) + n
        batch = {"id": self.batch, "committed_at": datetime.now().astimezone().isoformat(timespec="seconds"),
                 **manifest, "rows": dict(self.counts)}
        updated = {"layout": LAYOUT, "tables": {t: {"dir": t, "rows": n} for t, n in totals.items()},
                   "batches": [*self.archive.batches, batch]}
        staged_manifest = self.staging / MANIFEST
        staged_manifest.write_text(json.dumps(updated, ensure_ascii=False, indent=2, default=str) + "\n",
                                   encoding="utf-8")
        moved: list[Path] = []
        try:
            for path in sorted(p for p in self.staging.rglob("*.parquet")):
                target = self.out_dir / path.relative_to(self.staging)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)
                moved.append(target)
            os.replace(staged_manifest, self.out_dir / MANIFEST)  # the commit
        except BaseException:  # not committed: take the batch's parts out again (a kill leaves them to roll_back)
            for target in moved:
                target.unlink(missing_ok=True)
            raise
        self.archive.manifest = updated
        shutil.rmtree(self.staging, ignore_errors=True)

    def _write_signatures(self) -> None:
        entries = self.index.entries(self.indexed_before) if self.index is not None else []
        if not entries:
            return
        rows = {"article_id": [a for a, _ in entries],
                "position": list(range(self.first_position, self.first_position + len(entries))),
                "signature": [sig.astype("<u4").tobytes() for _, sig in entries]}
        target = self.staging / INDEX_DIR / SIGNATURES / f"part-{self.batch}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.table(rows, schema=SIGNATURE_SCHEMA), target, compression="zstd")
