"""The Ray Data engine: `sinmun extract --engine ray [--address ADDR]`, with no driver in the data path.

The driver stages the output, starts a coordinator task (no CPU of its own) that lists the input
files (local paths, or URIs any pyarrow filesystem reads, such as s3://) and runs the Ray Data
stages below, shows progress from the coordinator's block counts, and commits the output. Neither
the driver nor the coordinator touches an article's bytes or rows:

    read       a Ray task per group of input files reads and decodes them (ingest.read_file) into
               items, each with its position in the input order (file index << 32 | item index);
               inputs of the same source name share a task, so repeated ids and inputs are rejected
               exactly as in one stream
    analyze    an actor pool (Kiwi and the spaCy pipeline built once per actor) runs the same
               `analyze_items` as the local engine, drops articles the archive holds, and writes
               every table but `articles` as Parquet parts into the output's staging folder
    dedup      the signatures of the run and the archive's stored ones go through ray_dedup.py
               (banded and grouped by Ray Data): each article's earliest earlier near-duplicate
    articles   a second pass over the analysed blocks writes the `articles` parts with
               `duplicate_of`, and the archive's signature parts; each block returns its counts

A single run's tables are one file each, as the local engine writes them: a Ray task per table
gathers its parts, in input order, into `<table>.parquet` in the staging folder; an archive keeps
the parts (`part-<batch>-<hex>.parquet`, one per block). The driver then commits as the local engine
does (writer.py, archive.py): a kill at any moment leaves the previous output as it was. The staging
folder is inside --out, so on a cluster --out must be a folder every node sees (a shared filesystem).

The result cache (cache.py) belongs to the local engine: a Ray run analyses every input.
"""

from __future__ import annotations

import logging
import pickle
import time
from collections import Counter
from pathlib import Path, PurePosixPath

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..archive import (INDEX_DIR, SIGNATURE_SCHEMA, SIGNATURES, UNKNOWN_MONTH, Archive, ArchiveWriter, contents_of,
                       month_of, parts)
from ..batch_figures import ALREADY_ARCHIVED, BatchFigures, input_is_mojibake
from ..errors import Reject, UsageError
from ..ingest import STAGE, TEXT_SUFFIXES, RawArticle, discover, read_file, source_name
from ..pipeline import article_id
from ..settings import Limits, RunSettings
from ..tables import SCHEMAS
from ..writer import TableWriter
from . import SIGNATURE, analyze_items, start_worker
from .ray_dedup import duplicate_matches

PROGRESS_SECONDS = 2.0  # how often the driver asks for progress (only when it shows it)
ITEM_BITS = 32  # position = file index << ITEM_BITS | index of the item within its file
PARTS = "_parts"  # a single run's per-block parts, gathered into one file per table
ITEM_SCHEMA = pa.schema([("position", pa.int64()), ("item", pa.binary()), ("mojibake", pa.bool_())])
ANALYSED_SCHEMA = pa.schema([("position", pa.int64()), ("article_id", pa.string()), ("signature", pa.binary()),
                             ("article", pa.binary()), ("stats", pa.binary())])


def ray_or_exit():
    try:
        import ray
    except ImportError:
        raise UsageError("--engine ray needs Ray: pip install 'sinmun[ray]'") from None
    return ray


def is_uri(path) -> bool:
    return "://" in str(path)


# --- planning (driver): which files, grouped into read tasks -------------------------------------------

class UriFile:
    """An input file behind a pyarrow filesystem, with the few Path methods ingest.read_file uses."""

    def __init__(self, uri: str):
        from pyarrow import fs

        self.uri = uri
        self.fs, self.path = fs.FileSystem.from_uri(uri)
        self.suffix = PurePosixPath(self.path).suffix
        self.name = PurePosixPath(self.path).name

    def stat(self):
        from types import SimpleNamespace

        return SimpleNamespace(st_size=self.fs.get_file_info(self.path).size)

    def read_bytes(self) -> bytes:
        with self.fs.open_input_stream(self.path) as fh:
            return fh.read()

    def open(self, mode: str = "rb"):
        import io

        return io.BufferedReader(self.fs.open_input_file(self.path))  # seekable, and with readline


def discover_uri(uri: str) -> list[tuple[str, str]]:
    """(uri, source name) pairs under a URI, as ingest.discover lists a local folder."""
    from pyarrow import fs

    filesystem, root = fs.FileSystem.from_uri(uri)
    info = filesystem.get_file_info(root)
    if info.type == fs.FileType.NotFound:
        raise UsageError(f"input not found: {uri} — check the URI and the credentials of its filesystem")
    if info.type != fs.FileType.Directory:
        return [(uri, source_name(PurePosixPath(root).name))]
    prefix = uri[: len(uri) - len(root)] if uri.endswith(root) else uri.split("://", 1)[0] + "://"
    found = []
    for entry in filesystem.get_file_info(fs.FileSelector(root, recursive=True)):
        rel = PurePosixPath(entry.path).relative_to(root)
        if (entry.type == fs.FileType.File and not any(p.startswith(".") for p in rel.parts)
                and rel.suffix.lower() in TEXT_SUFFIXES):
            found.append((rel.as_posix(), prefix + entry.path))
    return [(path, source_name(rel)) for rel, path in sorted(found)]


def plan_reads(inputs: list, files_per_task: int) -> list[dict]:
    """Read tasks over the input files in input order; files of one source name share a task."""
    files: list[tuple[int, str, str]] = []
    for root in inputs:
        listed = discover_uri(str(root)) if is_uri(root) else [(str(p), s) for p, s in discover([Path(root)])]
        files += [(len(files) + i, path, source) for i, (path, source) in enumerate(listed)]
    groups: dict[str, list[tuple[int, str, str]]] = {}
    for entry in files:
        groups.setdefault(entry[2], []).append(entry)
    tasks, current = [], []
    for group in groups.values():
        current += group
        if len(current) >= files_per_task:
            tasks.append(current)
            current = []
    if current:
        tasks.append(current)
    return [{"files": pickle.dumps(task)} for task in tasks]


# --- read (workers) -------------------------------------------------------------------------------

def read_task(batch: dict, limits: dict, batch_size: int):
    """Items of the task's files in input order, `batch_size` at a time. What `read_inputs` and the
    driver's duplicate-input check do in one stream: the files that could collide are all here."""
    limits = Limits.model_validate(limits)
    seen_ids: set[str] = set()
    seen_articles: set[str] = set()
    rows: list[tuple[int, bytes, bool]] = []
    for files in batch["files"]:
        for index, path, source in pickle.loads(files):
            file = UriFile(path) if is_uri(path) else Path(path)
            for n, item in enumerate(_read_one(file, source, limits, seen_ids)):
                mojibake = input_is_mojibake(item)
                if isinstance(item, RawArticle):
                    if (aid := article_id(item)) in seen_articles:
                        item = Reject.of(item.source, "ingest", "S014_DUPLICATE_INPUT", f"article_id {aid}")
                    seen_articles.add(aid)
                rows.append(((index << ITEM_BITS) | n, pickle.dumps(item, pickle.HIGHEST_PROTOCOL), mojibake))
                if len(rows) >= batch_size:
                    yield _items_table(rows)
                    rows = []
    if rows:
        yield _items_table(rows)


def _read_one(file, source: str, limits: Limits, seen_ids: set[str]):
    try:
        yield from read_file(file, source, limits, seen_ids)
    except Exception as exc:  # a bug must cost one file, never the batch (as ingest.read_inputs)
        yield Reject.of(source, STAGE, "S090_INTERNAL", f"{type(exc).__name__}: {exc}")


def _items_table(rows) -> pa.Table:
    positions, items, mojibake = zip(*rows)
    return pa.table([list(positions), list(items), list(mojibake)], schema=ITEM_SCHEMA)


# --- analyze (actors) -----------------------------------------------------------------------------

class Job:
    """What every worker needs to know about the run: where to write, and what the archive holds."""

    def __init__(self, staging: Path, tables: list[str], metadata: dict[str, str], batch: str | None,
                 base: int, archive_root: Path | None, archived_outlets: list[str] | None):
        self.staging = Path(staging)
        self.tables = tables
        self.metadata = metadata
        self.batch = batch  # the archive batch id; None for a single run
        self.base = base  # positions of this run start after the archive's
        self.archive_root = archive_root
        self.archived_outlets = archived_outlets

    def schema(self, table: str) -> pa.Schema:
        return SCHEMAS[table].with_metadata(self.metadata)

    def write(self, table: str, rows: list[dict], first_position: int, months: dict[str, str]) -> None:
        """One block's rows of a table: a part per month in an archive, one part in a single run."""
        if not rows or table not in self.tables:
            return
        if self.batch is None:
            self._write_part(table, self.staging / PARTS / table / f"part-{first_position:016x}.parquet", rows)
            return
        by_month: dict[str, list[dict]] = {}
        for row in rows:
            by_month.setdefault(months.get(row.get("article_id"), UNKNOWN_MONTH), []).append(row)
        for month, month_rows in by_month.items():
            name = f"part-{self.batch}-{first_position:016x}.parquet"
            self._write_part(table, self.staging / table / f"month={month}" / name, month_rows)

    def _write_part(self, table: str, path: Path, rows: list[dict]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=self.schema(table)), path, compression="zstd")


class BlockAnalyzer:
    """Analyses a block of items and writes its rows; returns one row per item for the dedup and
    articles passes (the block's counts ride on its first row)."""

    def __init__(self, settings: dict, job: Job, archived: list):
        import ray

        start_worker()  # one CPU per actor: the actors are the parallelism
        self.settings = RunSettings.model_validate(settings)
        self.job = job
        # The archive's content hashes, read once by the coordinator and shared through the object store
        # (a list, so Ray hands the reference over instead of resolving it in the constructor's arguments).
        self.archived = contents_of(ray.get(archived[0])) if archived else {}

    def __call__(self, batch: pa.Table) -> pa.Table:
        batch = batch.sort_by("position")
        positions = batch.column("position").to_pylist()
        items = [pickle.loads(b) for b in batch.column("item").to_pylist()]
        raws = [item for item in items if isinstance(item, RawArticle)]
        analysed = iter(analyze_items(raws, self.settings))
        per_item = [next(analysed) if isinstance(item, RawArticle) else {"rejects": [item.as_row()]} for item in items]
        figures = BatchFigures(self.job.archived_outlets)
        figures.inputs = len(items)
        figures.mojibake = sum(batch.column("mojibake").to_pylist())
        by_table: dict[str, list[dict]] = {}
        out = {name: [] for name in ANALYSED_SCHEMA.names}
        for position, item in zip(positions, per_item):
            articles = item.get("articles")
            if articles and (held := self.archived.get(articles[0]["content_hash"])) is not None:
                reject = Reject.of(articles[0]["source"], "archive", ALREADY_ARCHIVED, f"archived as article_id {held}")
                item = {"rejects": [reject.as_row()]}
            article = (item.get("articles") or [None])[0]
            sig = item.get(SIGNATURE)
            out["position"].append(self.job.base + position)
            out["article_id"].append(article["article_id"] if article else None)
            out["signature"].append(sig.astype("<u4").tobytes() if article and sig is not None else None)
            out["article"].append(pickle.dumps(article, pickle.HIGHEST_PROTOCOL) if article else None)
            for table, rows in item.items():
                if table != SIGNATURE:
                    by_table.setdefault(table, []).extend(rows)
        figures.observe(by_table)  # duplicate_of is not known yet: the articles pass adds archived ones
        months = {row["article_id"]: month_of(row.get("published_at")) for row in by_table.get("articles", ())}
        counts = Counter()
        for table, rows in by_table.items():
            if table != "articles" and table in self.job.tables:
                self.job.write(table, rows, self.job.base + positions[0], months)
                counts[table] += len(rows)
        out["stats"] = [pickle.dumps((figures, counts))] + [None] * (len(items) - 1)
        return pa.table(out, schema=ANALYSED_SCHEMA)


# --- articles (actors) ----------------------------------------------------------------------------

class ArticlesWriter:
    """Writes a block's `articles` rows with `duplicate_of`, and its signatures in an archive; returns
    the block's counts. The matches (near-duplicates only) come from the dedup pass's blocks."""

    def __init__(self, job: Job, match_refs: list):
        import ray

        self.job = job
        self.matches: dict[int, tuple[int, str]] = {}
        for table in ray.get(match_refs):
            if not table.num_rows:
                continue
            for position, match, match_id in zip(*(table.column(c).to_pylist() for c in ("position", "match", "match_id"))):
                self.matches[position] = (match, match_id)

    def __call__(self, batch: pa.Table) -> pa.Table:
        batch = batch.sort_by("position")
        figures, counts = BatchFigures(self.job.archived_outlets), Counter()
        for blob in batch.column("stats").drop_null().to_pylist():
            block_figures, block_counts = pickle.loads(blob)
            figures.merge(block_figures)
            counts.update(block_counts)
        kept = batch.filter(pc.is_valid(batch.column("article")))
        rows, months = [], {}
        for position, blob in zip(kept.column("position").to_pylist(), kept.column("article").to_pylist()):
            row = pickle.loads(blob)
            match, match_id = self.matches.get(position, (None, None))
            row["duplicate_of"] = match_id
            figures.archived_duplicates += match is not None and match < self.job.base
            months[row["article_id"]] = month_of(row.get("published_at"))
            rows.append(row)
        if rows:
            first = kept.column("position")[0].as_py()
            self.job.write("articles", rows, first, months)
            counts["articles"] += len(rows)
            self._write_signatures(kept, first)
        return pa.table({"stats": [pickle.dumps((figures, counts))]})

    def _write_signatures(self, kept: pa.Table, first: int) -> None:
        if self.job.batch is None:
            return
        signed = kept.filter(pc.is_valid(kept.column("signature")))
        if not signed.num_rows:
            return
        table = pa.table([signed.column("article_id"), signed.column("position"), signed.column("signature")],
                         schema=SIGNATURE_SCHEMA)
        path = self.job.staging / INDEX_DIR / SIGNATURES / f"part-{self.job.batch}-{first:016x}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, path, compression="zstd")


def _signatures(batch: pa.Table) -> pa.Table:
    signed = batch.filter(pc.is_valid(batch.column("signature")))
    return signed.select(["position", "article_id", "signature"])


def gather_table(job: Job, table: str) -> None:
    """A single run's parts of one table, in input order, as the one file the local engine writes."""
    found = parts(job.staging / PARTS / table) if (job.staging / PARTS / table).is_dir() else []
    if not found:
        return
    with pq.ParquetWriter(job.staging / f"{table}.parquet", job.schema(table), compression="zstd") as writer:
        for part in found:  # names are the zero-padded first position: sorted is the input order
            writer.write_table(pq.read_table(part).cast(job.schema(table)))


# --- the run (driver) -----------------------------------------------------------------------------

def run(inputs: list, out_dir: Path, settings: RunSettings, tables: list[str], metadata: dict, manifest: dict,
        archive: Archive | None, append: bool, address: str | None, progress=None) -> tuple[dict, BatchFigures]:
    """The whole dataflow on Ray; returns the row counts per table and the batch's figures.

    This process stages and commits; the dataflow itself — listing the files, Ray Data's executor
    with its per-block bookkeeping — runs in a coordinator task on the cluster (no CPU of its own),
    so this process waits without work that grows with the input."""
    ray = ray_or_exit()
    started_here = _connect(ray, settings, address)
    writer = (ArchiveWriter(archive, metadata, tables, None) if append
              else TableWriter(out_dir, metadata, tables))
    running = None
    try:
        job = Job(writer.staging, tables, dict(writer.metadata), writer.batch if append else None,
                  writer.first_position if append else 0, archive.root if archive is not None else None,
                  sorted(archive.outlets()) if archive is not None else None)
        counter = ray.remote(num_cpus=0)(ProgressCounter).remote() if progress is not None else None
        coordinator = ray.remote(num_cpus=0, max_retries=0)(dataflow)
        running = coordinator.remote([str(p) for p in inputs], settings.model_dump(), job, counter)
        # Without progress this process makes no call at all until the dataflow is done (one blocking
        # get); with it, one small call every PROGRESS_SECONDS. Either way its CPU does not grow with
        # the articles, only — by Ray's own threads in this process — with the seconds it waits.
        while counter is not None and not ray.wait([running], timeout=PROGRESS_SECONDS)[0]:
            progress(ray.get(counter.take.remote()))
        counts, figures = ray.get(running)
        running = None
        if counter is not None:
            progress(ray.get(counter.take.remote()))
        writer.counts = {t: counts.get(t, 0) for t in tables}
        writer.commit({**manifest, "figures": figures.as_dict(), **writer.metadata})
        return writer.counts, figures
    except BaseException:
        if running is not None:  # interrupted: stop the dataflow on the cluster too
            ray.cancel(running, force=True, recursive=True)
        writer.abort()
        raise
    finally:
        if started_here:
            ray.shutdown()


class ProgressCounter:
    """Inputs done, as the coordinator reports them; the driver takes the count every PROGRESS_SECONDS."""

    def __init__(self):
        self.done = 0

    def add(self, n: int) -> None:
        self.done += n

    def take(self) -> int:
        done, self.done = self.done, 0
        return done


def _connect(ray, settings: RunSettings, address: str | None) -> bool:
    """Join the cluster at --address, or start a private local instance; True when we started it."""
    if ray.is_initialized():
        return False
    logging.getLogger("ray").setLevel(logging.ERROR)  # progress goes through sinmun's own bar
    quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
    if address:
        ray.init(address=address, **quiet)
    else:
        ray.init(num_cpus=settings.workers, **quiet)
    return True


def dataflow(inputs: list[str], settings: dict, job: Job, counter=None) -> tuple[Counter, BatchFigures]:
    """The coordinator task: plans the reads and runs the Ray Data stages one after the other."""
    import ray
    import ray.data

    settings = RunSettings.model_validate(settings)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # blocks in input order: parts gather in that order
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    actors = max(1, int(ray.cluster_resources().get("CPU", 1)))
    reads = plan_reads([p if is_uri(p) else Path(p) for p in inputs], settings.batch_size)
    figures, counts = BatchFigures(job.archived_outlets), Counter()
    if not reads:
        return counts, figures
    # Reading is cheap next to analysis: it runs first, on its own, so the analysers' actor pool
    # (every CPU) cannot starve it; the items wait in the object store.
    items = ray.data.from_items(reads, override_num_blocks=len(reads)).map_batches(
        read_task, batch_size=1, num_cpus=1,
        fn_kwargs={"limits": settings.limits.model_dump(), "batch_size": settings.batch_size})
    items = items.repartition(target_num_rows_per_block=settings.batch_size).materialize()
    analysed = items.map_batches(
        BlockAnalyzer, batch_size=None, batch_format="pyarrow", num_cpus=1,
        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=actors),
        fn_constructor_kwargs={"settings": settings.model_dump(), "job": job,
                               "archived": [ray.put(Archive(job.archive_root, {}).content_table())]
                               if job.archive_root is not None else []})
    refs = []
    for bundle in analysed.iter_internal_ref_bundles():  # metadata only: the rows stay in the object store
        refs += list(bundle.block_refs)
        if counter is not None:
            counter.add.remote(bundle.num_rows())
    if counter is not None:  # calls from one caller run in order: every count is in before the driver's last take
        ray.get(counter.add.remote(0))
    analysed = ray.data.from_arrow_refs(refs)
    signatures = analysed.map_batches(_signatures, batch_size=None, batch_format="pyarrow")
    stored_dir = job.archive_root / INDEX_DIR / SIGNATURES if job.archive_root is not None else None
    if stored_dir is not None and stored_dir.is_dir() and (stored := parts(stored_dir)):
        signatures = (ray.data.read_parquet([str(p) for p in stored])
                      .select_columns(["position", "article_id", "signature"]).union(signatures))
    matches = duplicate_matches(signatures, partitions=2 * actors).materialize()
    written = analysed.map_batches(
        ArticlesWriter, batch_size=None, batch_format="pyarrow", num_cpus=1,
        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=actors),
        fn_constructor_kwargs={"job": job, "match_refs": matches.to_arrow_refs()})
    for blob in written.to_pandas()["stats"]:  # one small row per block
        block_figures, block_counts = pickle.loads(blob)
        figures.merge(block_figures)
        counts.update(block_counts)
    if job.batch is None:
        gather = ray.remote(gather_table)
        ray.get([gather.remote(job, table) for table in job.tables])
    return counts, figures
