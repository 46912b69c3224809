"""Near-duplicate articles in a batch (the same press release in several outlets, lightly edited, with
other bylines and boilerplate): MinHash signatures over character shingles, banded into an LSH index.

Deterministic across processes: shingles are hashed arithmetically from their code points (not with
Python's salted `hash`) and the permutations come from a fixed seed, so the same batch always yields
the same `duplicate_of`. The hashing is vectorised with numpy: one article costs a fraction of a
millisecond, not one hash call per shingle.

The rule only compares pairs: an article's `duplicate_of` is the earliest earlier article that shares a
band with it and is similar enough, and every article with a body is indexed (duplicates too). So the
answer can also be computed without one index in one process: group the articles by band key, take in
each bucket every article's earliest earlier match (`bucket_matches`), and keep the earliest over the
buckets — what a distributed engine does (engines/ray_dedup.py); `earliest_matches` is that in memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import numpy as np

SHINGLE = 5            # characters per shingle (spaces removed)
NUM_PERM = 128         # MinHash permutations
BANDS = 32             # LSH bands of NUM_PERM // BANDS rows: candidates from Jaccard ~0.4 up
THRESHOLD = 0.5        # estimated Jaccard similarity that makes a candidate a near-duplicate
SEED = 20250220
_BASE = np.uint64(1_000_003)  # polynomial hash of a shingle's code points, modulo 2^64
_MIX = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing spreads the polynomial into the top 32 bits
_SPACE = re.compile(r"\s+")


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(SEED)
    a = rng.integers(0, 1 << 63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)  # odd
    b = rng.integers(0, 1 << 63, size=NUM_PERM, dtype=np.uint64)
    return a, b


_A, _B = _permutations()


def shingles(body: str) -> set[str]:
    """Character shingles of the text without whitespace (the whole text when shorter)."""
    text = _SPACE.sub("", body)
    if len(text) <= SHINGLE:
        return {text} if text else set()
    return {text[i : i + SHINGLE] for i in range(len(text) - SHINGLE + 1)}


def shingle_hashes(body: str) -> np.ndarray:
    """32-bit hashes of the distinct shingles of `shingles(body)`, computed without a Python loop."""
    text = _SPACE.sub("", body)
    if not text:
        return np.empty(0, dtype=np.uint64)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    width = min(SHINGLE, len(codes))
    count = len(codes) - width + 1
    hashes = np.zeros(count, dtype=np.uint64)
    for k in range(width):  # uint64 arithmetic wraps: the hash is the polynomial modulo 2^64
        hashes = hashes * _BASE + codes[k : k + count]
    return np.unique((hashes * _MIX) >> np.uint64(32))


def signature(body: str) -> np.ndarray | None:
    """MinHash signature of the body, None for an empty body."""
    hashes = shingle_hashes(body)
    if not len(hashes):
        return None
    # multiply-add-shift hashing: (a*h + b) mod 2^64 with odd a, its top 32 bits as the permuted hash.
    # In place, as the 128 × shingles matrix is the one large array an article makes here; the shift
    # keeps the order, so the smallest value is shifted alone.
    permuted = np.multiply.outer(_A, hashes)
    permuted += _B[:, None]
    return permuted.min(axis=1) >> np.uint64(32)


def band_keys(sig: np.ndarray, bands: int = BANDS) -> list[bytes]:
    """One LSH key per band: the band's MinHash values, as bytes."""
    rows = NUM_PERM // bands
    return [sig[band * rows : (band + 1) * rows].tobytes() for band in range(bands)]


def similar(a: np.ndarray, b: np.ndarray, threshold: float = THRESHOLD) -> bool:
    """Estimated Jaccard similarity (share of equal MinHash values) at the threshold or above."""
    return float(np.mean(a == b)) >= threshold


def bucket_matches(positions: Sequence[int], signatures: Sequence[np.ndarray],
                   threshold: float = THRESHOLD) -> Iterator[tuple[int, int]]:
    """(position, earliest earlier similar position) for the articles of one LSH bucket (one band key)."""
    order = sorted(range(len(positions)), key=positions.__getitem__)
    for k, later in enumerate(order):
        for earlier in order[:k]:  # positions are distinct within a bucket: these are the earlier ones
            if similar(signatures[earlier], signatures[later], threshold):
                yield positions[later], positions[earlier]
                break


def earliest_matches(entries: Iterable[tuple[int, np.ndarray]], threshold: float = THRESHOLD,
                     bands: int = BANDS) -> dict[int, int]:
    """position → position of its near-duplicate for (position, signature) entries, by bucket: the
    answers `NearDuplicateIndex` gives when the articles are added in position order."""
    buckets: dict[tuple[int, bytes], list[tuple[int, np.ndarray]]] = {}
    for position, sig in entries:
        for band, key in enumerate(band_keys(sig, bands)):
            buckets.setdefault((band, key), []).append((position, sig))
    matches: dict[int, int] = {}
    for members in buckets.values():
        if len(members) < 2:
            continue
        positions, signatures = zip(*members)
        for later, earlier in bucket_matches(positions, signatures, threshold):
            matches[later] = min(earlier, matches.get(later, earlier))
    return matches


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
        keys = self._band_keys(sig)
        candidates: set[int] = set()
        for band, key in enumerate(keys):
            candidates.update(self._buckets[band].get(key, ()))
        match = None
        for position in sorted(candidates):
            if similar(self._signatures[position], sig, self.threshold):
                match = self._ids[position]
                break
        self._insert(article_id, sig, keys)
        return match

    def load(self, article_id: str, sig: np.ndarray) -> None:
        """Index an article known to be indexed before (an archive's stored signature), without a query."""
        self._insert(article_id, sig, self._band_keys(sig))

    def entries(self, start: int = 0) -> list[tuple[str, np.ndarray]]:
        """(article_id, signature) in the order they were added, from position `start` on."""
        return list(zip(self._ids[start:], self._signatures[start:]))

    def _band_keys(self, sig: np.ndarray) -> list[bytes]:
        return band_keys(sig, self.bands)

    def _insert(self, article_id: str, sig: np.ndarray, keys: list[bytes]) -> None:
        position = len(self._ids)
        self._ids.append(article_id)
        self._signatures.append(sig)
        for band, key in enumerate(keys):
            self._buckets[band].setdefault(key, []).append(position)
