"""Incremental runs: the rows of an article are reused when neither it nor the configuration changed.

An entry is keyed by a hash of the input (source, format, encoding, metadata, text) and of the
settings that shape the rows (`--tokens`, limits). The whole cache belongs to one *configuration
fingerprint* — pipelines/*.cfg, the resources, the shipped NER model, the sinmun code and version,
Kiwi and spaCy versions — and is emptied when that changes. It lives in one SQLite file beside the
tables (`OUT/.cache/results.sqlite`); after a complete run it keeps only the entries that run used,
so it never outgrows the output folder. `--force` recomputes every article and refreshes the entries.

Before any of that, `run_key` digests the input files' bytes with the fingerprint and settings: when it
equals the key in the output folder's manifest, the tables there are already this run's result and
nothing is read back or rewritten (like `make` with an up-to-date target).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Iterable
from pathlib import Path

import kiwipiepy
import spacy

from . import __version__
from .ingest import RawArticle, discover
from .settings import RunSettings

PACKAGE_DIR = Path(__file__).resolve().parent
PIPELINES_DIR = PACKAGE_DIR / "pipelines"  # the repository's pipelines/ (see nlp.py)
CACHE_DIR = ".cache"
CACHE_FILE = "results.sqlite"
# What the rows depend on besides the input: data files, the shipped model, and the code itself.
FINGERPRINT_GLOBS = ((PIPELINES_DIR, "*.cfg"), (PACKAGE_DIR / "resources", "**/*"), (PACKAGE_DIR / "models", "**/*"),
                     (PACKAGE_DIR, "**/*.py"))


def config_fingerprint() -> str:
    digest = hashlib.sha256(f"sinmun {__version__}; kiwipiepy {kiwipiepy.__version__}; "
                            f"spacy {spacy.__version__}".encode())
    for root, pattern in FINGERPRINT_GLOBS:
        for path in sorted(p for p in root.glob(pattern) if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def settings_digest(settings: RunSettings) -> str:
    """The settings that change an article's rows (not batch size or workers, nor which NER model
    would have run when none runs)."""
    shaping = settings.model_dump(exclude={"batch_size", "workers", *(() if settings.ner else ("ner_model",))})
    return hashlib.sha256(json.dumps(shaping, sort_keys=True).encode()).hexdigest()[:16]


def input_key(raw: RawArticle, settings_hash: str) -> str:
    digest = hashlib.sha256(settings_hash.encode())
    for part in (raw.source, raw.input_format, raw.encoding or "", json.dumps(raw.meta, sort_keys=True, ensure_ascii=False),
                 "html" if raw.html is not None else "text", raw.content):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def run_key(inputs: Iterable[Path], settings: RunSettings, fingerprint: str) -> str:
    """A digest of everything a run's tables depend on: input files (names and bytes), configuration, settings."""
    digest = hashlib.sha256(f"{fingerprint}\0{settings_digest(settings)}\0".encode())
    for path, source in discover(inputs):
        with open(path, "rb") as fh:
            content = hashlib.file_digest(fh, "sha256").hexdigest()
        digest.update(f"{source}\0{content}\0".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class ResultCache:
    def __init__(self, path: Path, fingerprint: str | None = None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.run = uuid.uuid4().hex
        self.hits = 0
        self.db = sqlite3.connect(self.path, timeout=60)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS info (name TEXT PRIMARY KEY, value TEXT)")
        self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, run TEXT, rows BLOB)")
        fingerprint = fingerprint or config_fingerprint()
        stored = self.db.execute("SELECT value FROM info WHERE name = 'fingerprint'").fetchone()
        if stored is None or stored[0] != fingerprint:  # another configuration: nothing can be reused
            self.db.execute("DELETE FROM results")
            self.db.execute("INSERT OR REPLACE INTO info VALUES ('fingerprint', ?)", (fingerprint,))
        self.db.commit()

    @classmethod
    def beside(cls, out_dir: Path) -> "ResultCache":
        return cls(Path(out_dir) / CACHE_DIR / CACHE_FILE)

    def get_many(self, keys: list[str]) -> dict[str, bytes]:
        """Packed rows (engines.pack) of the keys that have them; the entries are marked as used by this run."""
        found: dict[str, bytes] = {}
        for start in range(0, len(keys), 500):  # SQLite's limit on bound parameters
            part = keys[start:start + 500]
            marks = ",".join("?" * len(part))
            for key, blob in self.db.execute(f"SELECT key, rows FROM results WHERE key IN ({marks})", part):
                found[key] = blob
            self.db.execute(f"UPDATE results SET run = ? WHERE key IN ({marks})", [self.run, *part])
        self.hits += len(found)
        return found

    def put_many(self, entries: Iterable[tuple[str, bytes]]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)",
                            ((key, self.run, blob) for key, blob in entries))
        self.db.commit()

    def finish(self) -> None:
        """After a complete run: drop entries this run did not use (inputs that are gone)."""
        self.db.execute("DELETE FROM results WHERE run != ?", (self.run,))
        self.db.commit()

    def close(self) -> None:
        self.db.close()
