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
import pyarrow as pa

from ..dedup import BANDS, THRESHOLD, band_keys, bucket_matches


def signature_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def _from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint64)


BAND_SCHEMA = pa.schema([("bucket", pa.string()), ("position", pa.int64()), ("signature", pa.binary()),
                         ("article_id", pa.string())])
MATCH_SCHEMA = pa.schema([("position", pa.int64()), ("match", pa.int64()), ("match_id", pa.string())])


# Every stage returns Arrow tables with their schema, also when empty: an empty block without columns
# breaks the grouping after it (Ray Data sorts each partition by the key column).

def _band_rows(batch: pa.Table, bands: int) -> pa.Table:
    ids = batch.column("article_id").to_pylist() if "article_id" in batch.column_names else [None] * batch.num_rows
    rows = {name: [] for name in BAND_SCHEMA.names}
    for position, blob, aid in zip(batch.column("position").to_pylist(), batch.column("signature").to_pylist(), ids):
        for band, key in enumerate(band_keys(_from_bytes(blob), bands)):
            rows["bucket"].append(f"{band:03d}:{key.hex()}")
            rows["position"].append(position)
            rows["signature"].append(blob)
            rows["article_id"].append(aid)
    return pa.table(rows, schema=BAND_SCHEMA)


def _matches_in_bucket(group: pa.Table, threshold: float) -> pa.Table:
    positions = group.column("position").to_pylist()
    found = list(bucket_matches(positions, [_from_bytes(b) for b in group.column("signature").to_pylist()], threshold))
    id_at = dict(zip(positions, group.column("article_id").to_pylist()))
    return pa.table({"position": [later for later, _ in found], "match": [earlier for _, earlier in found],
                     "match_id": [id_at[earlier] for _, earlier in found]}, schema=MATCH_SCHEMA)


def _earliest(group: pa.Table) -> pa.Table:
    first = int(np.argmin(group.column("match").to_numpy()))
    return group.select(MATCH_SCHEMA.names).slice(first, 1)


def duplicate_matches(signatures, threshold: float = THRESHOLD, bands: int = BANDS, partitions: int | None = None):
    """Ray Dataset of {position, signature} → Ray Dataset of {position, match} (lazy: nothing runs yet).
    `partitions`: shuffle partitions of each grouping (Ray Data's default, 200, is for large clusters)."""
    return (signatures.map_batches(_band_rows, batch_format="pyarrow", fn_kwargs={"bands": bands})
            .groupby("bucket", num_partitions=partitions)
            .map_groups(_matches_in_bucket, batch_format="pyarrow", fn_kwargs={"threshold": threshold})
            .groupby("position", num_partitions=partitions).map_groups(_earliest, batch_format="pyarrow"))
