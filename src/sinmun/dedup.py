"""Near-duplicate articles in a batch (the same press release in several outlets, lightly edited, with
other bylines and boilerplate): MinHash signatures over character shingles, banded into an LSH index.

Deterministic across processes: shingles are hashed with blake2b (not Python's salted `hash`) and the
permutations come from a fixed seed, so the same batch always yields the same `duplicate_of`.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

SHINGLE = 5            # characters per shingle (spaces removed)
NUM_PERM = 128         # MinHash permutations
BANDS = 32             # LSH bands of NUM_PERM // BANDS rows: candidates from Jaccard ~0.4 up
THRESHOLD = 0.5        # estimated Jaccard similarity that makes a candidate a near-duplicate
SEED = 20250220
_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_SPACE = re.compile(r"\s+")


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(SEED)
    a = rng.integers(1, (1 << 32) - 1, size=NUM_PERM, dtype=np.uint64)
    b = rng.integers(0, (1 << 32) - 1, size=NUM_PERM, dtype=np.uint64)
    return a, b


_A, _B = _permutations()


def shingles(body: str) -> set[str]:
    """Character shingles of the text without whitespace (the whole text when shorter)."""
    text = _SPACE.sub("", body)
    if len(text) <= SHINGLE:
        return {text} if text else set()
    return {text[i : i + SHINGLE] for i in range(len(text) - SHINGLE + 1)}


def signature(body: str) -> np.ndarray | None:
    """MinHash signature of the body, None for an empty body."""
    grams = shingles(body)
    if not grams:
        return None
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=4).digest(), "little") for g in grams),
        dtype=np.uint64,
        count=len(grams),
    )
    # (a*h + b) mod p with a, h < 2^32 stays below 2^64; keep the low 32 bits as the permuted hash
    permuted = ((np.outer(_A, hashes) + _B[:, None]) % _PRIME) & _MAX_HASH
    return permuted.min(axis=1)


class NearDuplicateIndex:
    """Feed articles in input order; `add` answers with the earliest earlier near-duplicate."""

    def __init__(self, threshold: float = THRESHOLD, bands: int = BANDS) -> None:
        if NUM_PERM % bands:
            raise ValueError(f"bands must divide {NUM_PERM}")
        self.threshold = threshold
        self.bands = bands
        self.rows = NUM_PERM // bands
        self._buckets: list[dict[bytes, list[int]]] = [{} for _ in range(bands)]
        self._ids: list[str] = []
        self._signatures: list[np.ndarray] = []

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, article_id: str, body: str) -> str | None:
        """Index the article; return the article_id of an earlier near-duplicate, else None."""
        return self.add_signature(article_id, signature(body or ""))

    def add_signature(self, article_id: str, sig: np.ndarray | None) -> str | None:
        """`add` with the signature computed beforehand (e.g. by worker processes via `signature`)."""
        if sig is None:
            return None
        keys = [sig[band * self.rows : (band + 1) * self.rows].tobytes() for band in range(self.bands)]
        candidates: set[int] = set()
        for band, key in enumerate(keys):
            candidates.update(self._buckets[band].get(key, ()))
        match = None
        for position in sorted(candidates):
            if float(np.mean(self._signatures[position] == sig)) >= self.threshold:
                match = self._ids[position]
                break
        position = len(self._ids)
        self._ids.append(article_id)
        self._signatures.append(sig)
        for band, key in enumerate(keys):
            self._buckets[band].setdefault(key, []).append(position)
        return match
