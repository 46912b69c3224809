"""Write output tables incrementally and atomically.

Rows stream into Parquet row groups in a staging folder inside the output folder; only when every
table is complete are the files moved into place (os.replace, one atomic rename per file) and
`manifest.json` written last. A run killed at any moment leaves the previous outputs readable.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import UsageError
from .tables import OPTIONAL_TABLES, SCHEMAS

STAGING_PREFIX = ".staging-"


class TableWriter:
    def __init__(self, out_dir: Path, metadata: dict[str, str], tables: list[str]):
        self.out_dir = Path(out_dir)
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            _remove_stale_staging(self.out_dir)
            self.staging = self.out_dir / f"{STAGING_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}"
            self.staging.mkdir()
        except OSError as exc:  # a file in the way, a read-only disk: the user's to fix (exit 2)
            raise UsageError(f"cannot write tables to {out_dir}: {exc.strerror or exc} — choose another --out folder") from exc
        self.metadata = {"sinmun": json.dumps(metadata, ensure_ascii=False)}
        self.tables = list(tables)
        self.counts = {t: 0 for t in self.tables}
        self._writers: dict[str, pq.ParquetWriter] = {}

    def schema(self, table: str) -> pa.Schema:
        return SCHEMAS[table].with_metadata(self.metadata)

    def write(self, table: str, rows: list[dict]) -> None:
        if not rows or table not in self.counts:
            return
        batch = pa.Table.from_pylist(rows, schema=self.schema(table))
        writer = self._writers.get(table)
        if writer is None:
            writer = pq.ParquetWriter(self.staging / f"{table}.parquet", self.schema(table), compression="zstd")
            self._writers[table] = writer
        writer.write_table(batch)
        self.counts[table] += len(rows)

    def write_rows(self, by_table: dict[str, list[dict]]) -> None:
        """The rows of whole inputs, by table (an archive writer needs an article's rows together)."""
        for table, rows in by_table.items():
            self.write(table, rows)

    def commit(self, manifest: dict) -> None:
        for table in self.tables:
            if table in self._writers:
                self._writers.pop(table).close()
            elif not (self.staging / f"{table}.parquet").exists():  # the Ray engine's workers stage files themselves
                pq.write_table(self.schema(table).empty_table(), self.staging / f"{table}.parquet")
        for table in self.tables:
            os.replace(self.staging / f"{table}.parquet", self.out_dir / f"{table}.parquet")
        for table in OPTIONAL_TABLES:  # a table this run did not write must not linger from an older run
            if table not in self.tables:
                (self.out_dir / f"{table}.parquet").unlink(missing_ok=True)
        manifest = {**manifest, "tables": {t: {"file": f"{t}.parquet", "rows": n} for t, n in self.counts.items()}}
        tmp = self.staging / "manifest.json"
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
        os.replace(tmp, self.out_dir / "manifest.json")
        shutil.rmtree(self.staging, ignore_errors=True)

    def abort(self) -> None:
        for writer in self._writers.values():
            writer.close()
        shutil.rmtree(self.staging, ignore_errors=True)


def _remove_stale_staging(out_dir: Path) -> None:
    """Staging folders left by a killed run; a live run's folder belongs to a live pid."""
    for path in out_dir.glob(f"{STAGING_PREFIX}*"):
        pid = path.name[len(STAGING_PREFIX):].split("-")[0]
        if pid.isdigit() and _alive(int(pid)) and int(pid) != os.getpid():
            continue
        shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True
