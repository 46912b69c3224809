"""bench/run.py's driver figures: the extract process's own CPU time, and its growth per added article."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "run.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_run", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="waitid(WNOWAIT) and /proc: Linux only")
def test_own_cpu_counts_the_process_and_not_its_children(bench) -> None:
    burn = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass"
    parent = f"import subprocess, sys\nsubprocess.run([sys.executable, '-c', {burn!r}])"
    alone = subprocess.Popen([sys.executable, "-c", burn])
    own = bench.own_cpu_at_exit(alone)
    assert alone.wait() == 0 and own is not None and own >= 0.3
    with_child = subprocess.Popen([sys.executable, "-c", parent])
    driver = bench.own_cpu_at_exit(with_child)
    assert with_child.wait() == 0 and driver is not None and driver < 0.3  # the child's burn is not the driver's


@pytest.mark.parametrize("small_cpu, big_cpu, want", [(2.0, 2.3, 0.1), (2.0, 2.0, 0.0), (2.0, 11.0, 3.0)])
def test_driver_growth_is_per_added_article(bench, small_cpu: float, big_cpu: float, want: float) -> None:
    small = bench.Measure("1×", 1000, 0, 1.0, driver_cpu=small_cpu)
    big = bench.Measure("4×", 4000, 0, 1.0, driver_cpu=big_cpu)
    assert bench.driver_growth_ms(small, big) == pytest.approx(want)
    assert bench.driver_growth_ms(small, bench.Measure("4×", 4000, 0, 1.0)) is None


@pytest.mark.parametrize("small_seconds, big_seconds, want", [(100.0, 400.0, 1.0), (100.0, 100.0, None)])
def test_driver_growth_per_added_second_separates_waiting_from_articles(bench, small_seconds, big_seconds, want):
    small = bench.Measure("1×", 1000, 0, small_seconds, driver_cpu=2.0)
    big = bench.Measure("4×", 4000, 0, big_seconds, driver_cpu=2.3)
    got = bench.driver_growth_per_second(small, big)
    assert got == (None if want is None else pytest.approx(want))
