"""Two versions of the code timed in the same call: CPU time per article of the same work, alternated
round by round, so the machine's drift (other work on shared cores) falls on both alike.

    python bench/ab.py OTHER_SRC [--shared ../shared] [--rounds 4] [--what whole|no-ner|stages] [--limit N]

OTHER_SRC is the `src` folder of another checkout (`git archive main | tar -x -C /tmp/main`, then
/tmp/main/src); this checkout's code is the other side. Each side runs in its own process, set up as
an extract worker is (`start_worker`: one thread), over the Wikinews articles; `whole` runs
`analyze_packed` in batches of RunSettings.batch_size as an engine does, `no-ner` the same with
`--no-ner`, `stages` bench/stages.py's per-stage timings. Prints each round's ms per article and the
median ratio B ÷ A (A: OTHER_SRC, B: this checkout).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
HERE_SRC = BENCH.parent / "src"

CHILD = r"""
import json, sys, time
sys.path.insert(0, {bench!r})
from run import wikinews_records
from pathlib import Path
records = wikinews_records(Path({shared!r}))[:{limit}]
from sinmun.engines import analyze_packed, start_worker
from sinmun.ingest import RawArticle
from sinmun.settings import RunSettings
start_worker()
raws = [RawArticle(source=f"wikinews#{{i}}", input_format="jsonl", text=r["text"],
                   meta={{k: r[k] for k in ("title", "url", "published_at")}}) for i, r in enumerate(records)]
print(json.dumps({{"ready": len(raws)}}), flush=True)
for line in sys.stdin:
    what = line.strip()
    if what == "stages":
        from stages import time_stages
        out = {{k: 1000 * v / len(raws) for k, v in time_stages(records).items()}}
    else:
        settings = RunSettings(ner=(what != "no-ner"))
        size = settings.batch_size
        started = time.process_time()
        for i in range(0, len(raws), size):
            analyze_packed(raws[i:i + size], settings)
        out = {{what: 1000 * (time.process_time() - started) / len(raws)}}
    print(json.dumps(out), flush=True)
"""


def side(src: Path, shared: Path, limit: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(src), "OMP_NUM_THREADS": "1"}
    code = CHILD.format(bench=str(BENCH), shared=str(shared.resolve()), limit=limit)
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env=env, cwd="/")
    json.loads(proc.stdout.readline())
    return proc


def ask(proc: subprocess.Popen, what: str) -> dict:
    proc.stdin.write(what + "\n")
    proc.stdin.flush()
    return json.loads(proc.stdout.readline())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other_src", type=Path)
    parser.add_argument("--shared", type=Path, default=BENCH.parents[1] / "shared")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--what", default="whole", choices=("whole", "no-ner", "stages"))
    parser.add_argument("--limit", type=int, default=10**9)
    parser.add_argument("--warm", action="store_true", help="one untimed pass on each side first")
    args = parser.parse_args()
    a, b = side(args.other_src, args.shared, args.limit), side(HERE_SRC, args.shared, args.limit)
    if args.warm:
        ask(a, args.what), ask(b, args.what)
    rows: list[tuple[dict, dict]] = []
    for r in range(args.rounds):
        first, second = (a, b) if r % 2 == 0 else (b, a)
        x = ask(first, args.what)
        y = ask(second, args.what)
        ra, rb = (x, y) if first is a else (y, x)
        rows.append((ra, rb))
        print(f"round {r + 1}: " + "  ".join(f"{k} A {ra[k]:.2f} B {rb[k]:.2f} ms" for k in ra
                                              if k in ("whole", "no-ner", "whole (analyze_packed)")), flush=True)
    for p in (a, b):
        p.stdin.close()
        p.wait()
    keys = list(rows[0][0])
    print(f"\nms per article (median of {len(rows)} rounds; A = {args.other_src}, B = {HERE_SRC}); ratio B/A median:")
    for k in keys:
        va = [ra[k] for ra, _ in rows]
        vb = [rb[k] for _, rb in rows]
        ratios = [y / x for x, y in zip(va, vb) if x > 0]
        ratio = f"{statistics.median(ratios):.3f}" if ratios else "—"
        print(f"  {k:45s} A {statistics.median(va):8.2f}  B {statistics.median(vb):8.2f}  B/A {ratio}")


if __name__ == "__main__":
    main()
