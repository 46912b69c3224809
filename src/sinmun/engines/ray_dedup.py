"""Near-duplicates on Ray Data: the signatures as a dataset, banded and grouped by the cluster.

The rule only compares pairs (dedup.py), so no single index has to see every article: each signature
row becomes one row per band keyed by its band key, Ray Data groups the rows by that key, every group
answers with its articles' earliest earlier match (`bucket_matches`), and a second grouping keeps the
earliest match per article. The result is the `duplicate_of` one `NearDuplicateIndex` fed in position
order would give, for a run and the archive together (archived signatures keep their positions, the
run's come after them); the driver only plans the two shuffles.

Input rows: {"position": int64, "signature": binary} (MinHash values as little-endian uint32, the
archive's signature format), optionally "article_id"; output rows: {"position", "match"} (and then
"match_id", the match's article_id), for the articles that have a match.
"""

from __future__ import annotations

import numpy as np

from ..dedup import BANDS, THRESHOLD, band_keys, bucket_matches


def signature_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def _from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint64)


def _band_rows(row: dict, bands: int) -> list[dict]:
    sig = _from_bytes(row["signature"])
    kept = {k: row[k] for k in ("position", "signature", "article_id") if k in row}
    return [{"bucket": f"{band:03d}:{key.hex()}", **kept} for band, key in enumerate(band_keys(sig, bands))]


def _matches_in_bucket(group: dict[str, np.ndarray], threshold: float) -> dict[str, np.ndarray]:
    positions = [int(p) for p in group["position"]]
    found = list(bucket_matches(positions, [_from_bytes(b) for b in group["signature"]], threshold))
    out = {"position": np.array([later for later, _ in found], dtype=np.int64),
           "match": np.array([earlier for _, earlier in found], dtype=np.int64)}
    if "article_id" in group:
        id_at = dict(zip(positions, group["article_id"]))
        out["match_id"] = np.array([id_at[earlier] for _, earlier in found], dtype=object)
    return out


def _earliest(group: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    first = int(np.argmin(group["match"]))
    return {k: group[k][[first]] for k in group if k != "bucket"}


def duplicate_matches(signatures, threshold: float = THRESHOLD, bands: int = BANDS, partitions: int | None = None):
    """Ray Dataset of {position, signature} → Ray Dataset of {position, match} (lazy: nothing runs yet).
    `partitions`: shuffle partitions of each grouping (Ray Data's default, 200, is for large clusters)."""
    return (signatures.flat_map(_band_rows, fn_kwargs={"bands": bands})
            .groupby("bucket", num_partitions=partitions).map_groups(_matches_in_bucket, fn_kwargs={"threshold": threshold})
            .groupby("position", num_partitions=partitions).map_groups(_earliest))
