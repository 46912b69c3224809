"""`make train-ner`: build the shipped Korean NER models from KLUE-NER, reproducibly, on the CPU.

Two models ship (settings.NER_MODELS). `make train-ner` (`--fast`, the default) rebuilds the *fast* one,
a student distilled from the accurate one: the shipped accurate model labels the unlabelled text (the
silver), and the narrower network of `pipelines/ner-fast.cfg` learns from the gold sentences
(GOLD_COPIES times) plus that silver, into `models/ner/fast/`. `make train-ner-accurate` (`--accurate`)
rebuilds the accurate model with the recipe below, into `models/ner/accurate/`; run it before
`make train-ner` for a fast model distilled from the new one.

The accurate recipe: convert KLUE's char-level BIO to DocBins through the Kiwi tokenizer (counting entities that
do not align to tokens) → self-training: a *teacher* (`pipelines/ner.cfg`) learns from the gold
train split and labels the unlabelled text (~25,000 raw KLUE train sentences, Wikinews paragraphs,
KLUE-NLI/STS news sentences: the *silver*); a second teacher learns from gold + silver and labels it
again → the shipped *student*, the same network, learns from the gold sentences (GOLD_COPIES times)
plus the second teacher's silver.

`--no-self-training` trains the config on the gold sentences alone; `--pretrain-epochs N` first runs
`spacy pretrain` on the unlabelled text (characters objective; cached in build/ner/pretrain). Seeds
are fixed and training runs on one thread, so a rerun gives the same model; the best student (by dev
F1) is copied into `src/sinmun/models/ner/` with `metrics.json` beside it. The corpora are read from
../shared; only the trained weights go into the package.
"""

from __future__ import annotations

import os

# One BLAS/Kiwi thread: reproducible sums, and polite on a shared machine. Set before numpy loads.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "SINMUN_KIWI_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

from . import data as ner_data  # noqa: E402
from .stage import load_ner_model, model_path  # noqa: E402

REPO = Path(__file__).resolve().parents[3]
CONFIG = REPO / "pipelines" / "ner.cfg"  # the accurate model's network
FAST_CONFIG = REPO / "pipelines" / "ner-fast.cfg"  # the student's: narrower and shallower, same features
WORK_DIR = REPO / "build" / "ner"
GOLD_COPIES = 2  # gold sentences count twice beside the silver ones
# Round 1's teacher learns from the gold sentences; round 2's from gold + round 1's silver, which makes
# it a better labeller (dev F1 in metrics.json) for the silver the student learns from. A round may
# list several seeds: its teachers then train side by side and the silver keeps what most of them
# found. Tried with three: their vote scored 0.802 on dev against 0.787–0.792 for each, but the
# student learnt from it no better than from one teacher (0.7935 vs 0.7932), so one it is.
ROUND_SEEDS: tuple[tuple[int, ...], ...] = ((0,), (0,))
# Gold + silver is ~9× the gold sentences: a few passes suffice (dev F1 peaks in the second or third).
TEACHER_SILVER_EPOCHS = ["--training.max_epochs", "2"]
STUDENT_SILVER_EPOCHS = ["--training.max_epochs", "3"]


def _spacy(args: list[str], log: Path) -> None:
    """Run a spaCy CLI command in a child process, its output teed to a log file (and to stdout, each
    line marked with the log's name, as runs may go side by side)."""
    cmd = [sys.executable, "-m", "spacy", *args]
    print("$", " ".join(cmd), flush=True)
    with open(log, "w", encoding="utf-8") as fh:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        for line in proc.stdout:
            fh.write(line)
            sys.stdout.write(f"[{log.stem}] {line}")
            sys.stdout.flush()
    if proc.wait() != 0:
        raise SystemExit(f"spacy {args[0]} failed (exit {proc.returncode}); see {log}")


def train_stamp(config: Path, overrides: list[str]) -> str:
    """What a `spacy train` run depends on: the config, the overrides and the bytes of every file they name."""
    digest = hashlib.sha256(config.read_bytes())
    for arg in overrides:
        digest.update(arg.encode())
        path = Path(arg)
        files = sorted(path.rglob("*.spacy")) if path.is_dir() else [path] if path.is_file() else []
        for file in files:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def pretrain_stamp(config: Path, epochs: int) -> str:
    """What the pretrained weights depend on: the tok2vec and pretraining settings, the seed and the texts."""
    from spacy.util import load_config

    cfg = load_config(config, interpolate=False)
    parts = {k: cfg[k] for k in ("pretraining", "system")}
    parts["tok2vec"] = cfg["components"]["tok2vec"]
    parts["tokenizer"] = cfg["nlp"]["tokenizer"]
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode())
    for path in ner_data.unlabelled_sources():
        digest.update(path.read_bytes())
    return f"{digest.hexdigest()[:16]}-{epochs}"


def pretrain(config: Path, corpus: Path, pre_dir: Path, epochs: int, log: Path) -> tuple[Path, bool]:
    """Pretrained tok2vec weights after `epochs` epochs, reused when nothing they depend on changed."""
    weights = pre_dir / f"model{epochs - 1}.bin"
    stamp_file = pre_dir / "stamp.txt"
    stamp = pretrain_stamp(config, epochs)
    # Epoch k's weights do not depend on the total epoch count (constant learning rate), so a longer
    # run's earlier epochs serve too.
    if weights.exists() and stamp_file.exists() and stamp_file.read_text().split("-")[0] == stamp.split("-")[0]:
        print(f"reusing pretrained weights {weights}")
        return weights, True
    unlabelled = corpus / "unlabelled.spacy"
    ner_data.convert_unlabelled(unlabelled)
    shutil.rmtree(pre_dir, ignore_errors=True)
    _spacy(
        ["pretrain", str(config), str(pre_dir), "--paths.pretrain", str(unlabelled), "--pretraining.max_epochs", str(epochs)],
        log,
    )
    stamp_file.write_text(stamp)
    return weights, False


def describe(model_dir: Path) -> None:
    """Name the model and credit its training data in spaCy's meta.json."""
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="sinmun_ko_ner",
        description="Korean NER (PERSON, ORG, LOC, DATE, TIME, QUANTITY) on Kiwi tokens, trained on KLUE-NER",
        license="CC BY-SA 4.0 (trained on KLUE-NER v1.1)",
        sources=[{"name": "KLUE-NER v1.1 (dev split, 4,000 of 5,000 sentences)", "license": "CC BY-SA 4.0",
                  "url": "https://github.com/KLUE-benchmark/KLUE"}],
        # The layers are the same in every spaCy 3.8 release; which release runs is pyproject.toml's choice.
        spacy_version=">=3.8.0,<3.9.0",
    )
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def train(
    out_dir: Path | None = None,
    work_dir: Path = WORK_DIR,
    config: Path = CONFIG,
    pretrain_epochs: int = 0,
    extra: list[str] | None = None,
    self_training: bool = True,
) -> dict:
    """Train and install the NER model; return its metrics (also written as metrics.json)."""
    from .evaluation import eval_ner

    out_dir = Path(out_dir) if out_dir else model_path("accurate")
    corpus = work_dir / "corpus"
    timings: dict[str, float] = {}
    started = time.perf_counter()

    t = time.perf_counter()
    alignment = ner_data.convert(corpus)
    print(json.dumps({k: {x: v[x] for x in ("sentences", "entities", "unaligned", "missing")} for k, v in alignment.items()}))
    timings["convert"] = time.perf_counter() - t

    # spaCy resolves every corpus in the config, so the pretraining one needs a path even when unused.
    overrides = ["--paths.dev", str(corpus / "dev.spacy"), "--paths.pretrain", str(corpus / "train.spacy"), *(extra or [])]
    self_training_info: dict = {}
    train_path = corpus / "train.spacy"
    if self_training:
        import spacy

        teachers = []
        epochs: list[str] = []  # the config's epochs for the 3,600 gold sentences alone
        for round_, seeds in enumerate(ROUND_SEEDS, start=1):
            # A round's teachers train side by side, one thread each, as many at once as there are cores.
            names = [f"teacher-{round_}" + (f"-seed{seed}" if seed else "") for seed in seeds]
            runs = [(work_dir / name, ["--paths.train", str(train_path), *overrides, *epochs,
                                       *(["--system.seed", str(seed)] if seed else [])])  # seed 0: the config's
                    for name, seed in zip(names, seeds)]
            t = time.perf_counter()
            with ThreadPoolExecutor(max_workers=min(len(runs), os.cpu_count() or 1)) as pool:
                teacher_dirs = list(pool.map(lambda run: _spacy_train(config, *run), runs))
            timings[f"teachers_{round_}"] = time.perf_counter() - t
            parts = []
            for name, seed, teacher_dir in zip(names, seeds, teacher_dirs):
                t = time.perf_counter()
                part = corpus / (f"silver-seed{seed}.spacy" if len(seeds) > 1 else "silver.spacy")
                silver = ner_data.convert_silver(part, spacy.load(teacher_dir))
                timings[f"silver_{name}"] = time.perf_counter() - t
                parts.append(part)
                dev_f1 = eval_ner(split="dev", model_dir=teacher_dir, pipeline=False, metrics_path=False)["ner"]["micro"]["f"]
                teachers.append({"round": round_, "seed": seed, "trained_on": "gold" if round_ == 1 else "gold + silver",
                                 "dev_micro_f1": dev_f1, "silver": silver})
            if len(parts) > 1:
                teachers[-1]["vote"] = ner_data.vote_silver(parts, corpus / "silver.spacy", min_votes=len(parts) // 2 + 1)
            train_path = _gold_and_silver(corpus, work_dir / "gold-and-silver")
            epochs = TEACHER_SILVER_EPOCHS
        self_training_info = {"gold_copies": GOLD_COPIES, "teachers": teachers}
    if pretrain_epochs > 0:
        t = time.perf_counter()
        weights, reused = pretrain(config, corpus, work_dir / "pretrain", pretrain_epochs, work_dir / "pretrain.log")
        overrides += ["--paths.init_tok2vec", str(weights)]
        timings["pretrain_reused" if reused else "pretrain"] = time.perf_counter() - t
    t = time.perf_counter()
    epochs = STUDENT_SILVER_EPOCHS if self_training else []
    best = _spacy_train(config, work_dir / "train", ["--paths.train", str(train_path), *overrides, *epochs])
    timings["train"] = time.perf_counter() - t

    shutil.rmtree(out_dir, ignore_errors=True)
    shutil.copytree(best, out_dir)
    describe(out_dir)
    timings["total"] = time.perf_counter() - started

    dev = eval_ner(split="dev", model_dir=out_dir, pipeline=False, metrics_path=False)
    metrics = {
        "model": "sinmun KLUE-NER (Kiwi tokens, tok2vec + ner)",
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "config": str(config.relative_to(REPO)) if config.is_relative_to(REPO) else str(config),
        "seed": 0,
        "self_training": self_training_info or None,
        "pretrain_epochs": pretrain_epochs,
        "unlabelled_sources": [p.name for p in ner_data.unlabelled_sources()] if pretrain_epochs > 0 else [],
        "seconds": {k: round(v, 1) for k, v in timings.items()},
        "cpu_threads": os.environ.get("OMP_NUM_THREADS"),
        "alignment": alignment,
        "size_bytes": dir_size(out_dir),
        "dev_strict_f1": dev["ner"],
    }
    return _write_metrics(out_dir, metrics)


def _write_metrics(out_dir: Path, metrics: dict) -> dict:
    """metrics.json beside the model, and one line saying what was built."""
    (out_dir / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    f1 = metrics["dev_strict_f1"]["micro"]["f"]
    print(f"model in {out_dir}: {metrics['size_bytes'] / 1e6:.1f} MB, dev strict micro F1 {f1:.4f}")
    return metrics


def distil(
    out_dir: Path | None = None,
    work_dir: Path = WORK_DIR,
    config: Path = FAST_CONFIG,
    teacher: Path | str = "accurate",
    extra: list[str] | None = None,
) -> dict:
    """Train the fast model: the `teacher` (default: the shipped accurate model) labels the unlabelled
    text, and `config`'s network learns from the gold sentences beside that silver. Returns its metrics
    (also written as metrics.json; the cost/accuracy curve measured for the README is carried over)."""
    from .evaluation import eval_ner

    out_dir = Path(out_dir) if out_dir else model_path("fast")
    teacher_dir = model_path(teacher)
    corpus = work_dir / "corpus"
    timings: dict[str, float] = {}
    started = time.perf_counter()

    t = time.perf_counter()
    alignment = ner_data.convert(corpus)
    timings["convert"] = time.perf_counter() - t
    t = time.perf_counter()
    # The whole pipeline with the teacher's NER labels the silver (data.convert_pipeline_silver).
    silver = ner_data.convert_pipeline_silver(corpus / "silver.spacy", teacher_dir)
    timings["silver"] = time.perf_counter() - t
    train_path = _gold_and_silver(corpus, work_dir / "gold-and-silver")
    overrides = ["--paths.train", str(train_path), "--paths.dev", str(corpus / "dev.spacy"),
                 "--paths.pretrain", str(corpus / "train.spacy"), *(extra or [])]
    t = time.perf_counter()
    best = _spacy_train(config, work_dir / "student", overrides)
    timings["train"] = time.perf_counter() - t

    previous = out_dir / "metrics.json"
    curve = json.loads(previous.read_text(encoding="utf-8")).get("curve") if previous.exists() else None
    shutil.rmtree(out_dir, ignore_errors=True)
    shutil.copytree(best, out_dir)
    describe(out_dir)
    timings["total"] = time.perf_counter() - started

    dev = eval_ner(split="dev", model_dir=out_dir, pipeline=False, metrics_path=False)
    teacher_metrics = teacher_dir / "metrics.json"
    metrics = {
        "model": "sinmun KLUE-NER fast (Kiwi tokens, tok2vec + ner), distilled from the accurate model",
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "config": str(config.relative_to(REPO)) if config.is_relative_to(REPO) else str(config),
        "seed": 0,
        "gold_splits": ["train"],
        "distillation": {
            "teacher": teacher if teacher in ("fast", "accurate") else str(teacher),
            "teacher_dev_micro_f1": (json.loads(teacher_metrics.read_text(encoding="utf-8"))["dev_strict_f1"]["micro"]["f"]
                                     if teacher_metrics.exists() else None),
            "gold_copies": GOLD_COPIES,
            "silver": silver,
        },
        "seconds": {k: round(v, 1) for k, v in timings.items()},
        "cpu_threads": os.environ.get("OMP_NUM_THREADS"),
        "alignment": alignment,
        "size_bytes": dir_size(out_dir),
        "dev_strict_f1": dev["ner"],
        **({"curve": curve} if curve else {}),
    }
    return _write_metrics(out_dir, metrics)


def _gold_and_silver(corpus: Path, folder: Path) -> Path:
    """A training folder with the gold sentences GOLD_COPIES times and the silver ones once. spaCy
    reads the files in name order (silver, train-0, train-1), and that order seeds the shuffles:
    renaming them trains a different model."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for copy in range(GOLD_COPIES):
        shutil.copy(corpus / "train.spacy", folder / f"train-{copy}.spacy")
    shutil.copy(corpus / "silver.spacy", folder / "silver.spacy")
    return folder


def _spacy_train(config: Path, run_dir: Path, overrides: list[str]) -> Path:
    """`spacy train` into run_dir; the best model's directory. A run whose config, overrides and data
    are unchanged since it finished is reused (a rerun after an interrupted `make train-ner`)."""
    stamp = train_stamp(config, overrides)
    stamp_file = run_dir / "stamp.txt"
    if (run_dir / "model-best").is_dir() and stamp_file.exists() and stamp_file.read_text() == stamp:
        print(f"reusing {run_dir / 'model-best'} (same config, overrides and data)")
        return run_dir / "model-best"
    shutil.rmtree(run_dir, ignore_errors=True)
    _spacy(["train", str(config), "--output", str(run_dir), *overrides], run_dir.with_suffix(".log"))
    stamp_file.write_text(stamp)
    return run_dir / "model-best"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sinmun.ner.training", description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--fast", dest="accurate", action="store_false",
                       help="distil the fast model from the shipped accurate one (the default)")
    which.add_argument("--accurate", action="store_true", help="train the accurate model (teachers and silver rounds)")
    parser.add_argument("--out", type=Path, default=None,
                        help="model directory (default: the package's models/ner/fast or models/ner/accurate)")
    parser.add_argument("--work", type=Path, default=None,
                        help=f"scratch directory for corpora and runs (default: {WORK_DIR.relative_to(REPO)}/fast or /accurate)")
    parser.add_argument("--config", type=Path, default=None, help="the network (default: pipelines/ner-fast.cfg or ner.cfg)")
    parser.add_argument("--teacher", default="accurate", help="--fast: the model that labels the silver (a name or a directory)")
    parser.add_argument("--pretrain-epochs", type=int, default=0,
                        help="epochs of `spacy pretrain` on the unlabelled text before training (0: none)")
    parser.add_argument("--no-self-training", action="store_true",
                        help="train on the gold sentences alone (no teacher, no silver sentences)")
    args, extra = parser.parse_known_args(argv)  # anything else is a spaCy config override
    work = args.work or WORK_DIR / ("accurate" if args.accurate else "fast")
    if args.accurate:
        train(args.out, work, args.config or CONFIG, args.pretrain_epochs, extra, self_training=not args.no_self_training)
    else:
        distil(args.out, work, args.config or FAST_CONFIG, args.teacher, extra)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
