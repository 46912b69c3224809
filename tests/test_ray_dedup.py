"""Near-duplicates grouped by Ray Data give exactly the answers of one index fed in order."""

from __future__ import annotations

import importlib.util

import pytest

from sinmun.dedup import NearDuplicateIndex, signature
from conftest import start_private_ray
from test_dedup import _mixed_batch

pytestmark = pytest.mark.skipif(importlib.util.find_spec("ray") is None,
                                reason="Ray is not installed: pip install 'sinmun[ray]' (make install does)")


@pytest.fixture(scope="module")
def ray_local():
    """A private one-CPU Ray instance, stopped after the module (no Ray process outlives the tests)."""
    import ray

    start_private_ray()
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    yield ray
    ray.shutdown()


@pytest.mark.parametrize("seed", [1])  # one: every Ray Data shuffle costs seconds on a shared machine
def test_ray_groups_give_the_index_answers(ray_local, seed: int) -> None:
    from sinmun.engines.ray_dedup import duplicate_matches, signature_bytes

    bodies = _mixed_batch(seed)
    index = NearDuplicateIndex()
    want = {i: index.add(str(i), body) for i, body in enumerate(bodies)}
    rows = [{"position": i, "signature": signature_bytes(signature(body))} for i, body in enumerate(bodies) if body.strip()]
    dataset = ray_local.data.from_items(rows, override_num_blocks=3)
    got = {int(r["position"]): int(r["match"]) for r in duplicate_matches(dataset).iter_rows()}
    assert {i: str(got[i]) if i in got else None for i in want} == want
    assert got  # the batch does hold near-duplicates
