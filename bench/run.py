"""`make bench`: how fast is `sinmun extract` next to bare Kiwi, and does its memory stay flat?

One run, one machine, the same cores for every measurement:
  1. bare Kiwi: `Kiwi.tokenize` over the article bodies through its batch API on all cores — the floor;
  2. `sinmun extract` (a fresh output folder, so nothing is cached) on ../shared/corpora/ko-wikinews
     repeated to ≥ 5,000 articles (JSONL with ids, urls, titles and dates), timed from process start,
     then bare Kiwi once more: the ratio compares the extract with both Kiwi timings together;
     then the same extract with `--no-ner` (rules only), to show what the statistical NER stage costs;
  3. the same command again on the unchanged input (incremental re-run: the tables are up to date),
     then once more after one article changed (every other article comes from the result cache);
  4. the corpus at 4× that size, for peak memory at 1× versus 4×;
  5. with Ray installed (and --engine local), the Ray engine at 1× and 4×: its driver's CPU growth;
  6. the five seed articles (bare Kiwi and extract);
  7. where an article's time goes: each stage timed on its own in one process (bench/stages.py).
Peak RSS is the peak of the summed RSS of the extract process and all its children, sampled every
50 ms. The driver's CPU time is the extract process's own (user + system, its workers and Ray's
processes aside; every thread of it, Ray's own included), read when it has exited: the work that does
not spread over workers, whose growth per added article between the 1× and 4× runs bounds how many
workers a run can keep busy. Prints a table and writes bench/results.md with the machine.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from math import ceil
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
WIKINEWS = Path("corpora/ko-wikinews/wikinews.csv")
MIN_ARTICLES = 5_000
SCALE = 4
SAMPLE_SECONDS = 0.05


@dataclass
class Measure:
    name: str
    articles: int
    chars: int
    seconds: float
    peak_rss: int | None = None  # bytes, summed over the process tree
    reused: int | None = None  # articles the run took from the cache (manifest.json)
    driver_cpu: float | None = None  # seconds of CPU of the extract process itself, children aside

    @property
    def rate(self) -> float:
        return self.articles / self.seconds

    @property
    def char_rate(self) -> float:
        return self.chars / self.seconds


def wikinews_records(shared: Path) -> list[dict]:
    with (shared / WIKINEWS).open(encoding="utf-8", newline="") as fh:
        return [{"url": r["출처"], "title": r["제목"], "published_at": r["작성일"], "text": r["내용"]}
                for r in csv.DictReader(fh)]


def write_corpus(records: list[dict], copies: int, folder: Path) -> Path:
    """The corpus repeated `copies` times as one JSONL file (ids unique per copy, so no input is a repeat)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "wikinews.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for copy in range(copies):
            for i, record in enumerate(records):
                fh.write(json.dumps({"id": f"{copy}-{i}", **record}, ensure_ascii=False) + "\n")
    return path


def change_first_article(corpus: Path) -> None:
    lines = corpus.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    lines[0] = json.dumps({**first, "text": first["text"] + "\n이 문장은 벤치마크가 덧붙였다."}, ensure_ascii=False)
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")


def bare_kiwi(texts: list[str], name: str) -> Measure:
    """Kiwi alone, batch API, all cores: the throughput sinmun is compared with."""
    from kiwipiepy import Kiwi

    kiwi = Kiwi(num_workers=os.cpu_count() or 1)
    kiwi.tokenize("모델을 미리 불러 둔다.")
    started = time.perf_counter()
    for _ in kiwi.tokenize(texts):
        pass
    return Measure(name, len(texts), sum(map(len, texts)), time.perf_counter() - started)


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def own_cpu_at_exit(proc: subprocess.Popen) -> float | None:
    """CPU seconds of the process itself, read after it exited but before it is reaped (Linux: WNOWAIT)."""
    try:
        os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
        times = psutil.Process(proc.pid).cpu_times()
    except (AttributeError, OSError, psutil.Error):  # no waitid: the figure is left out, not guessed
        return None
    return times.user + times.system


def run_extract(name: str, inputs: list[Path], out: Path, articles: int, chars: int, extra: list[str]) -> Measure:
    """`sinmun extract` as a user runs it, timed from process start, with the tree's peak RSS and the
    driver's own CPU time."""
    command = [str(Path(sys.executable).parent / "sinmun"), "extract", *map(str, inputs), "--out", str(out),
               "--quiet", *extra]
    peak = 0
    started = time.perf_counter()
    proc = subprocess.Popen(command)
    watched = psutil.Process(proc.pid)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                peak = max(peak, tree_rss(watched))
            except psutil.Error:
                pass
            time.sleep(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    driver_cpu = own_cpu_at_exit(proc)
    code = proc.wait()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if code != 0:
        raise SystemExit(f"{name}: `{' '.join(command)}` exited with {code}")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return Measure(name, articles, chars, seconds, peak, manifest.get("reused_from_cache"), driver_cpu)


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for package in ("sinmun", "kiwipiepy", "kiwipiepy_model", "spacy", "pyarrow", "ray"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = "not installed"
    return found


def machine() -> dict[str, str]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import sinmun

    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {
        "commit": commit,
        "sinmun code": str(Path(sinmun.__file__).parent),
        "CPU": cpu,
        "cores (logical)": str(os.cpu_count()),
        "RAM": f"{psutil.virtual_memory().total / 2**30:.1f} GiB",
        "OS": platform.platform(),
        "Python": platform.python_version(),
        **{k: v for k, v in versions().items()},
    }


def mib(n: int | None) -> str:
    return "—" if n is None else f"{n / 2**20:,.0f} MiB"


def stage_profile(shared: Path) -> list[str]:
    """bench/stages.py in a fresh process (one thread, as in a worker): its table's lines."""
    from stages import table

    found = subprocess.run([sys.executable, str(REPO / "bench" / "stages.py"), "--shared", str(shared), "--json"],
                           capture_output=True, text=True, check=True)
    return table(json.loads(found.stdout))


def report(measures: dict[str, Measure], info: dict, load: tuple, args, corpus: dict,
           stages: list[str] | None = None) -> str:
    bare, full = measures["kiwi"], measures["extract"]
    rerun, big = measures["rerun"], measures.get("extract_4x")
    small = measures.get("extract_mem_1x", full)
    lines = [
        "# sinmun benchmark",
        "",
        f"Run `make bench` ({datetime.now(timezone.utc).isoformat(timespec='minutes')}), "
        f"command: `python bench/run.py {' '.join(sys.argv[1:])}`; extract ran with `--workers {args.workers}`"
        f" (engine {args.engine}). Load average (1 min) before / after: {load[0]:.2f} / {load[1]:.2f} on "
        f"{os.cpu_count()} cores" + (" — **the machine was shared with other work during this run, so absolute "
                                       "numbers are noisy; ratios measured in the same run are the figures to read.**"
                                       if max(load) > (os.cpu_count() or 1) * 0.5 else "."),
        "",
        "## Machine",
        "",
        "| | |",
        "| --- | --- |",
        *[f"| {k} | {v} |" for k, v in info.items()],
        "",
        f"## Corpus: ko-wikinews ({corpus['base']} articles) × {corpus['copies']} = {full.articles:,} articles, "
        f"{full.chars:,} characters" + (f"; memory compared at {small.articles:,} (1×) and {big.articles:,} articles (4×)"
                                         if big else ""),
        "",
        "| measurement | articles | seconds | articles/s | characters/s | peak RSS (tree) | from cache "
        "| driver CPU ms/article |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for m in {id(m): m for m in measures.values()}.values():  # the 4× run may be the main run
        reused = "—" if m.reused is None else f"{m.reused:,}"
        lines.append(f"| {m.name} | {m.articles:,} | {m.seconds:,.1f} | {m.rate:,.1f} | {m.char_rate:,.0f} | "
                     f"{mib(m.peak_rss)} | {reused} | {per_article_ms(m)} |")
    after = measures.get("kiwi_after")
    bare_rate = bare.rate if after is None else (bare.articles + after.articles) / (bare.seconds + after.seconds)
    ratio = full.rate / bare_rate
    lines += [
        "",
        "## Acceptance",
        "",
        "| figure | measured | target |",
        "| --- | ---: | --- |",
        f"| full extract ÷ bare Kiwi throughput (1×; Kiwi timed before and after: {bare_rate:,.1f} articles/s) "
        f"| {ratio:.2f} | ≥ 0.5 (stretch 0.7) {'✔' if ratio >= 0.5 else '✘'} |",
    ]
    if "no_ner" in measures:
        lines.append(f"| the same without the NER stage (`--no-ner`, rules only) ÷ bare Kiwi | "
                     f"{measures['no_ner'].rate / bare_rate:.2f} | (not a target: what the statistical NER costs) |")
    if big:
        growth = big.peak_rss / small.peak_rss
        lines.append(f"| peak RSS 4× ÷ 1× ({big.articles:,} vs {small.articles:,} articles) | {growth:.2f} "
                     f"({mib(big.peak_rss)} / {mib(small.peak_rss)}) | "
                     f"≤ 1.25 {'✔' if growth <= 1.25 else '✘'} |")
        if (added := driver_growth_ms(small, big)) is not None:
            target = (f"≤ 0.1, a ceiling above 400 workers {'✔' if added <= 0.1 else '✘'}" if args.engine == "ray"
                      else "(not a target: this engine's driver reads, dedups and writes every article)")
            lines.append(f"| {args.engine} engine: driver CPU per added article, 1× → 4× (ms) | {added:.3f} | {target} |")
    if "ray_4x" in measures and (added := driver_growth_ms(measures["ray_1x"], measures["ray_4x"])) is not None:
        ray_big = measures["ray_4x"]
        per_second = driver_growth_per_second(measures["ray_1x"], ray_big)
        lines.append(f"| Ray engine: driver CPU per added article, 1× → 4× ({measures['ray_1x'].articles:,} vs "
                     f"{ray_big.articles:,} articles; {ray_big.rate:,.1f} articles/s at 4×) (ms) | {added:.3f} | "
                     f"≤ 0.1, a ceiling above 400 workers {'✔' if added <= 0.1 else '✘'} |")
        if per_second is not None:  # Ray's own threads in the driver cost CPU per second waited, not per article
            lines.append(f"| the same growth per added second of run (ms/s) | {per_second:.2f} | (not a target: "
                         f"Ray's threads in the driver; a faster run divides it among more articles) |")
    speedup = full.seconds / rerun.seconds
    lines.append(f"| first run ÷ unchanged re-run time | {speedup:.1f}× | ≥ 10× {'✔' if speedup >= 10 else '✘'} |")
    one = measures["one_changed"]
    lines.append(f"| first run ÷ re-run with one article changed | {full.seconds / one.seconds:.1f}× | "
                 f"(per-article cache: {one.reused:,} articles reused) |")
    if "seeds_extract" in measures:
        seeds = measures["seeds_extract"]
        lines.append(f"| seeds: extract ÷ bare Kiwi throughput | {seeds.rate / measures['seeds_kiwi'].rate:.3f} | "
                     "(5 articles: process start-up and model loading dominate) |")
    lines += ["", "Timings of `sinmun extract` include process start-up and model loading (a few seconds), "
              "as a user sees them; bare Kiwi is timed after its model is loaded.", ""]
    if stages:
        lines += ["## Where the time goes", "", *stages]
    return "\n".join(lines)


def per_article_ms(m: Measure) -> str:
    return "—" if m.driver_cpu is None else f"{1000 * m.driver_cpu / m.articles:.3f}"


def driver_growth_ms(small: Measure, big: Measure) -> float | None:
    """Driver CPU milliseconds per article added between the two runs: what more articles cost the
    driver, start-up and model loading (the same in both) aside."""
    if small.driver_cpu is None or big.driver_cpu is None or big.articles <= small.articles:
        return None
    return 1000 * (big.driver_cpu - small.driver_cpu) / (big.articles - small.articles)


def growth_runs(records: list[dict], copies: int, workers: int, engine: str, tmp: Path) -> list[Measure]:
    """`sinmun extract` at 1× and 4× the corpus on one engine: the two runs the driver's growth compares."""
    extra = ["--workers", str(workers), "--engine", engine]
    runs = []
    for scale in (1, SCALE):
        corpus = write_corpus(records, copies * scale, tmp / f"corpus-{engine}-{scale}x")
        texts = len(records) * copies * scale
        runs.append(run_extract(f"sinmun extract --engine {engine}, {scale}× corpus", [corpus],
                                tmp / f"out-{engine}-{scale}x", texts,
                                sum(len(r["text"]) for r in records) * copies * scale, extra))
        shutil.rmtree(tmp / f"out-{engine}-{scale}x")
        print(f"  {engine} {scale}×: {runs[-1].rate:,.1f} articles/s, driver CPU {per_article_ms(runs[-1])} ms/article "
              f"(load {os.getloadavg()[0]:.2f})", flush=True)
    return runs


def driver_growth_per_second(small: Measure, big: Measure) -> float | None:
    """The same growth per added second of run time: what the driver costs while it only waits."""
    if small.driver_cpu is None or big.driver_cpu is None or big.seconds <= small.seconds:
        return None
    return 1000 * (big.driver_cpu - small.driver_cpu) / (big.seconds - small.seconds)


def driver_growth(records: list[dict], copies: int, args) -> None:
    """The Ray acceptance figure alone: the driver's own CPU at 1x and 4x the corpus, and its growth."""
    with tempfile.TemporaryDirectory(prefix="sinmun-bench-") as tmp:
        runs = growth_runs(records, copies, args.workers, args.engine, Path(tmp))
    print(f"engine {args.engine}, --workers {args.workers}, wikinews {len(records)} articles x {copies} (1x) and "
          f"x {copies * SCALE} (4x); load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    for m in runs:
        print(f"  {m.name}: {m.articles:,} articles, {m.seconds:,.1f} s, driver CPU "
              f"{m.driver_cpu if m.driver_cpu is not None else float('nan'):.2f} s ({per_article_ms(m)} ms/article)")
    added = driver_growth_ms(*runs)
    if added is not None:
        print(f"  driver CPU per added article, 1x -> 4x: {added:.3f} ms (target <= 0.1); per added second of run: "
              f"{driver_growth_per_second(*runs):.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared data folder")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="sinmun extract --workers")
    parser.add_argument("--engine", default="local", help="sinmun extract --engine (local or ray)")
    parser.add_argument("--min-articles", type=int, default=MIN_ARTICLES, help="corpus size at 1×")
    parser.add_argument("--no-4x", action="store_true", help="skip the 4× memory run")
    parser.add_argument("--no-ray", action="store_true",
                        help="skip the Ray engine's 1× and 4× runs (its driver's CPU growth); run when Ray is installed")
    parser.add_argument("--memory-articles", type=int, default=None,
                        help="corpus size of the 1× memory run (default: the main corpus; the 4× run is 4 times it)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N wikinews articles (smoke runs)")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage timings (bench/stages.py)")
    parser.add_argument("--results", type=Path, default=REPO / "bench" / "results.md")
    parser.add_argument("--driver-growth", action="store_true",
                        help="only the 1x and 4x extracts and the driver's CPU growth between them (bench/results.md untouched)")
    args = parser.parse_args()

    records = wikinews_records(args.shared)[:args.limit]
    copies = ceil(args.min_articles / len(records))
    if args.driver_growth:
        driver_growth(records, copies, args)
        return
    load_before = os.getloadavg()[0]
    info = machine()
    with tempfile.TemporaryDirectory(prefix="sinmun-bench-") as tmp:
        tmp = Path(tmp)
        corpus = write_corpus(records, copies, tmp / "corpus-1x")
        texts = [r["text"] for r in records] * copies
        chars = sum(map(len, texts))
        extra = ["--workers", str(args.workers), "--engine", args.engine]
        measures: dict[str, Measure] = {}
        print(f"corpus: {len(texts):,} articles, {chars:,} characters; {os.cpu_count()} cores", flush=True)
        measures["kiwi"] = bare_kiwi(texts, "bare Kiwi tokenize (batch API, all cores)")
        print(f"  bare Kiwi: {measures['kiwi'].rate:,.1f} articles/s", flush=True)
        measures["extract"] = run_extract("sinmun extract, first run", [corpus], tmp / "out-1x", len(texts), chars, extra)
        print(f"  extract:   {measures['extract'].rate:,.1f} articles/s", flush=True)
        # This machine's speed drifts by a fifth from minute to minute: bare Kiwi is timed on both sides
        # of the extract, and the ratio uses both.
        measures["kiwi_after"] = bare_kiwi(texts, "bare Kiwi tokenize, again after the extract")
        print(f"  bare Kiwi: {measures['kiwi_after'].rate:,.1f} articles/s", flush=True)
        measures["no_ner"] = run_extract("sinmun extract --no-ner (rules only), first run", [corpus], tmp / "out-no-ner",
                                         len(texts), chars, [*extra, "--no-ner"])
        print(f"  --no-ner:  {measures['no_ner'].rate:,.1f} articles/s", flush=True)
        shutil.rmtree(tmp / "out-no-ner")
        measures["rerun"] = run_extract("sinmun extract, unchanged re-run", [corpus], tmp / "out-1x", len(texts), chars, extra)
        print(f"  re-run:    {measures['rerun'].seconds:,.1f} s", flush=True)
        change_first_article(corpus)
        measures["one_changed"] = run_extract("sinmun extract, re-run with one article changed", [corpus],
                                              tmp / "out-1x", len(texts), chars, extra)
        print(f"  one changed: {measures['one_changed'].seconds:,.1f} s", flush=True)
        shutil.rmtree(tmp / "out-1x")
        if not args.no_4x:
            base = ceil(args.memory_articles / len(records)) if args.memory_articles else copies
            if base * SCALE == copies:  # the main run is the 4× run: measure 1× beside it
                small = write_corpus(records, base, tmp / "corpus-mem-1x")
                measures["extract_mem_1x"] = run_extract("sinmun extract, memory 1× corpus", [small], tmp / "out-mem",
                                                         len(records) * base, chars // copies * base, extra)
                measures["extract_4x"] = measures["extract"]
            else:
                big = write_corpus(records, base * SCALE, tmp / "corpus-4x")
                if base != copies:
                    small = write_corpus(records, base, tmp / "corpus-mem-1x")
                    measures["extract_mem_1x"] = run_extract("sinmun extract, memory 1× corpus", [small],
                                                             tmp / "out-mem", len(records) * base, chars // copies * base, extra)
                measures["extract_4x"] = run_extract("sinmun extract, 4× corpus", [big], tmp / "out-4x",
                                                     len(records) * base * SCALE, chars // copies * base * SCALE, extra)
            print(f"  memory: {mib(measures.get('extract_mem_1x', measures['extract']).peak_rss)} at 1×, "
                  f"{mib(measures['extract_4x'].peak_rss)} at 4×", flush=True)
            added = driver_growth_ms(measures.get("extract_mem_1x", measures["extract"]), measures["extract_4x"])
            if added is not None:
                print(f"  driver CPU per added article, 1× → 4×: {added:.3f} ms", flush=True)
            shutil.rmtree(tmp / "out-4x", ignore_errors=True)
        if args.engine != "ray" and not args.no_ray and importlib.util.find_spec("ray") is not None:
            # The driver figure that bounds a cluster: the Ray engine's driver plans, waits and commits.
            measures["ray_1x"], measures["ray_4x"] = growth_runs(records, copies, args.workers, "ray", tmp)
        seeds = args.shared / "seeds"
        if seeds.is_dir():
            seed_texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(seeds.glob("*.txt"))]
            seed_chars = sum(map(len, seed_texts))
            measures["seeds_kiwi"] = bare_kiwi(seed_texts, "seeds: bare Kiwi")
            measures["seeds_extract"] = run_extract("seeds: sinmun extract", [seeds], tmp / "out-seeds",
                                                    len(seed_texts), seed_chars, extra)
    stages = None if args.no_stages else stage_profile(args.shared)
    text = report(measures, info, (load_before, os.getloadavg()[0]), args,
                  {"base": len(records), "copies": copies}, stages)
    args.results.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
