"""Where an article's time goes: each stage of the pipeline timed on its own, in one process on one
thread (as in a worker), over the Wikinews articles. `bench/run.py` runs this in a subprocess and adds
the table to bench/results.md; run alone it prints the table.

    python bench/stages.py [--shared ../shared] [--repeat 2] [--ner-models fast]

Stages are timed in pipeline order on the same articles: cleaning (`prepare`), Kiwi alone, the Kiwi
tokenizer (Kiwi + building the Docs), each spaCy component, and then the whole `analyze_packed` an
engine runs; what the whole costs beyond the stages is rows, pickling and the rest. Times are this
process's CPU time (it runs on one thread), so other work on a shared machine does not stretch them;
the best of `--repeat` passes is kept, since the machine's speed still drifts. The NER stage runs the
default model in the pipeline; each other model of `--ner-models` is timed beside it, in the
same pass, on copies of the same docs, so the two figures share the machine's state.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import REPO, wikinews_records  # noqa: E402  (bench/ is not a package)


def time_stages(records: list[dict], ner_models: tuple[str, ...] = ()) -> dict[str, float]:
    """Seconds per stage for one pass over the records; `ner_models`: other NER models whose stage is
    timed beside the default one ("sinmun_ner (accurate model)", say), outside the pipeline's sum."""
    from sinmun.engines import analyze_packed, start_worker
    from sinmun.ingest import RawArticle
    from sinmun.morph import get_kiwi
    from sinmun.nlp import build_nlp
    from sinmun.pipeline import prepare
    from sinmun.settings import RunSettings

    start_worker()
    settings, nlp, kiwi = RunSettings(), build_nlp(), get_kiwi()
    raws = [RawArticle(source=f"wikinews#{i}", input_format="jsonl", text=r["text"],
                       meta={k: r[k] for k in ("title", "url", "published_at")}) for i, r in enumerate(records)]
    seconds: dict[str, float] = {}

    def timed(name: str, work):
        started = time.process_time()
        result = work()
        seconds[name] = time.process_time() - started
        return result

    prepared = timed("cleaning", lambda: [prepare(raw, settings) for raw in raws])
    bodies = [p.cleaned.body for p in prepared]
    timed("Kiwi alone", lambda: list(kiwi.tokenize(bodies)))
    docs = timed("Kiwi tokenizer (Kiwi + Docs)", lambda: list(nlp.tokenizer.pipe(bodies)))
    for p, doc in zip(prepared, docs):
        doc._.published_at = p.cleaned.published_at
        doc._.article_meta = {"outlet": p.cleaned.outlet, "title": p.cleaned.title, "reporters": list(p.cleaned.reporters)}
    for name, component in nlp.pipeline:
        if name == "sinmun_ner":
            for model in ner_models:
                stage = build_nlp(ner_model=model).get_pipe("sinmun_ner")
                stage.initialize()  # loading the model is not the stage's cost
                copies = [doc.copy() for doc in docs]
                timed(f"{name} ({model} model)", lambda: list(stage.pipe(copies)))
            component.initialize()
        run = component.pipe if hasattr(component, "pipe") else lambda ds, c=component: map(c, ds)
        docs = timed(name, lambda: list(run(docs)))
    timed("whole (analyze_packed)", lambda: analyze_packed(raws, settings))
    return seconds


def profile(shared: Path, repeat: int = 2, ner_models: tuple[str, ...] = ()) -> dict:
    records = wikinews_records(shared)
    best: dict[str, float] = {}
    for _ in range(repeat):
        for name, s in time_stages(records, ner_models).items():
            best[name] = min(s, best.get(name, s))
    return {"articles": len(records), "ms_per_article": {k: 1000 * v / len(records) for k, v in best.items()}}


def table(result: dict) -> list[str]:
    ms = dict(result["ms_per_article"])
    whole = ms.pop("whole (analyze_packed)")
    kiwi = ms.pop("Kiwi alone")
    beside = {name: ms.pop(name) for name in [n for n in ms if n.endswith(" model)")]}
    stages = sum(ms.values())
    lines = [f"CPU ms per article, one process on one thread, {result['articles']} Wikinews articles, best of the "
             "passes (`python bench/stages.py`):", "", "| stage | ms per article |", "| --- | ---: |"]
    lines += [f"| {name} | {value:.2f} |" for name, value in ms.items()]
    lines += [f"| rows, pickling and the rest (whole − stages) | {max(0.0, whole - stages):.2f} |",
              f"| **whole `analyze_packed`** | **{whole:.2f}** |",
              f"| of which Kiwi alone (inside the tokenizer) | {kiwi:.2f} |"]
    lines += [f"| beside it, in the same pass: {name} | {value:.2f} |" for name, value in beside.items()]
    lines += [""]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print the timings as JSON (for bench/run.py)")
    parser.add_argument("--ner-models", default=None,
                        help="comma-separated NER models timed beside the default one ('' for none; "
                             "default: the other shipped ones)")
    args = parser.parse_args()
    if args.ner_models is None:
        from sinmun.settings import DEFAULT_NER_MODEL, NER_MODELS

        others = tuple(m for m in NER_MODELS if m != DEFAULT_NER_MODEL)
    else:
        others = tuple(m for m in args.ner_models.split(",") if m)
    result = profile(args.shared, args.repeat, others)
    print(json.dumps(result) if args.json else "\n".join(table(result)))


if __name__ == "__main__":
    main()
