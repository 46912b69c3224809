"""`sinmun eval-ner`: KLUE-style strict entity F1 on the fixed KLUE-NER test split.

An entity counts only when its character span and its label both match the gold exactly (what
KLUE's entity-level F1 does over character BIO). Two systems are scored: the shipped NER model
alone, and the whole pipeline (rules + NER), whose labels are mapped onto KLUE's six.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .data import KLUE_TO_LABEL, LABEL_TO_KLUE, Sentence, read_klue, sentences_of

KLUE_LABELS = tuple(KLUE_TO_LABEL)  # PS, LC, OG, DT, TI, QT
# Pipeline labels → KLUE (FUND has no KLUE counterpart and is not scored).
PIPELINE_TO_KLUE = {**LABEL_TO_KLUE, "MONEY": "QT", "PERCENT": "QT", "QUANTITY": "QT"}

CharEntity = tuple[int, int, str]  # (start, end, KLUE label)


def score(gold: Iterable[set[CharEntity]], predicted: Iterable[set[CharEntity]]) -> dict:
    """Strict precision/recall/F1 per KLUE label and micro-averaged, over per-sentence entity sets."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for gold_set, pred_set in zip(gold, predicted, strict=True):
        for _, _, label in gold_set & pred_set:
            tp[label] += 1
        for _, _, label in pred_set - gold_set:
            fp[label] += 1
        for _, _, label in gold_set - pred_set:
            fn[label] += 1
    labels = [lab for lab in KLUE_LABELS if tp[lab] or fp[lab] or fn[lab]]
    labels += sorted(set(tp | fp | fn) - set(labels))
    table = {lab: _prf(tp[lab], fp[lab], fn[lab]) for lab in labels}
    table["micro"] = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return table


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "support": tp + fn}


def gold_entities(sentences: list[Sentence]) -> list[set[CharEntity]]:
    return [{(e.start, e.end, LABEL_TO_KLUE[e.label]) for e in s.entities} for s in sentences]


def ner_entities(texts: list[str], model_dir: Path | str | None = None) -> list[set[CharEntity]]:
    """Entities of the NER model alone (its `doc.ents`)."""
    from .stage import load_ner_model

    nlp = load_ner_model(model_dir)
    return [
        {(e.start_char, e.end_char, LABEL_TO_KLUE[e.label_]) for e in doc.ents if e.label_ in LABEL_TO_KLUE}
        for doc in nlp.pipe(texts, batch_size=128)
    ]


def pipeline_with_ner(config: str | None = None):
    """The sinmun pipeline from its config, with `sinmun_ner` placed before `sinmun_resolve` if absent."""
    import spacy

    from . import stage  # noqa: F401  (registers sinmun_ner)
    from ..nlp import build_nlp, config_path

    nlp = build_nlp(config)
    if "sinmun_ner" in nlp.pipe_names:
        return nlp
    cfg = spacy.util.load_config(config or config_path())
    names = list(cfg["nlp"]["pipeline"])
    at = names.index("sinmun_resolve") if "sinmun_resolve" in names else len(names)
    cfg["nlp"]["pipeline"] = [*names[:at], "sinmun_ner", *names[at:], "sinmun_ner_release"]
    cfg["components"]["sinmun_ner"] = {"factory": "sinmun_ner"}
    cfg["components"]["sinmun_ner_release"] = {"factory": "sinmun_ner_release"}
    return spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)


def pipeline_entities(texts: list[str], config: str | None = None, model_dir: Path | str | None = None) -> list[set[CharEntity]]:
    """Entities of the whole sinmun pipeline (rules + NER): its `mentions`, mapped to KLUE labels.
    `model_dir` puts another NER model in the pipeline (default: the shipped one)."""
    from ..doc_ext import MENTIONS

    nlp = pipeline_with_ner(config)
    if model_dir:
        nlp.get_pipe("sinmun_ner").use_model(model_dir)
    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        spans = doc.spans[MENTIONS] if MENTIONS in doc.spans else []
        out.append({(s.start_char, s.end_char, PIPELINE_TO_KLUE[s.label_]) for s in spans if s.label_ in PIPELINE_TO_KLUE})
    return out


def eval_ner(
    split: str = "test",
    model_dir: Path | str | None = None,
    pipeline: bool = True,
    metrics_path: Path | str | None = None,
    klue_path: Path | str | None = None,
) -> dict:
    """Score the NER alone (and the whole pipeline) on a KLUE split; merge the result into metrics.json.

    Returns {"split", "sentences", "ner": table, "pipeline": table?}, a table being
    {label: {"p", "r", "f", "support"}, ..., "micro": {...}} with KLUE labels.
    """
    from .stage import model_path

    sentences = sentences_of(split, read_klue(klue_path))
    texts = [s.text for s in sentences]
    gold = gold_entities(sentences)
    result: dict = {"split": split, "sentences": len(sentences)}
    started = time.perf_counter()
    result["ner"] = score(gold, ner_entities(texts, model_dir))
    result["ner_seconds"] = round(time.perf_counter() - started, 1)
    if pipeline:
        started = time.perf_counter()
        result["pipeline"] = score(gold, pipeline_entities(texts, model_dir=model_dir))
        result["pipeline_seconds"] = round(time.perf_counter() - started, 1)
    if metrics_path is not False:
        path = Path(metrics_path) if metrics_path else model_path(model_dir) / "metrics.json"
        metrics = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        metrics.setdefault("eval", {})[split] = result
        path.write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return result


def throughput(texts: list[str], model_dir: Path | str | None = None) -> dict:
    """Sentences per CPU-second of this process: bare Kiwi tokenization, and tokenization + NER.

    CPU time, not wall time, so a busy machine does not skew the ratio (run with one thread).
    """
    from .stage import load_ner_model

    nlp = load_ner_model(model_dir)
    list(nlp.pipe(texts[:50]))  # warm up both
    started = time.process_time()
    for _ in nlp.tokenizer.pipe(texts):
        pass
    tokenize = time.process_time() - started
    started = time.process_time()
    for _ in nlp.pipe(texts, batch_size=128):
        pass
    with_ner = time.process_time() - started
    return {
        "sentences": len(texts),
        "tokenize_per_cpu_s": round(len(texts) / tokenize, 1),
        "tokenize_ner_per_cpu_s": round(len(texts) / with_ner, 1),
        "ratio": round(tokenize / with_ner, 3),
    }


def markdown_table(result: dict) -> str:
    """The result as a Markdown table (label rows; F1 of NER alone and of the pipeline)."""
    systems = [k for k in ("ner", "pipeline") if k in result]
    header = "| label | " + " | ".join(f"{s} P | {s} R | {s} F1" for s in systems) + " | support |"
    lines = [header, "|" + "---|" * (1 + 3 * len(systems) + 1)]
    for label in result["ner"]:
        cells = []
        for s in systems:
            row = result[s].get(label, {"p": 0.0, "r": 0.0, "f": 0.0})
            cells += [f"{row['p']:.3f}", f"{row['r']:.3f}", f"{row['f']:.3f}"]
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {result['ner'][label]['support']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sinmun eval-ner", description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["train", "dev", "test"])
    parser.add_argument("--model", default=None, help="NER model directory (default: the shipped model)")
    parser.add_argument("--no-pipeline", action="store_true", help="score the NER alone")
    parser.add_argument("--no-write", action="store_true", help="do not update metrics.json")
    parser.add_argument("--throughput", action="store_true", help="only measure sentences/s with and without NER")
    args = parser.parse_args(argv)
    if args.throughput:
        texts = [s.text for s in sentences_of(args.split)]
        print(json.dumps(throughput(texts, args.model)))
        return 0
    result = eval_ner(
        split=args.split,
        model_dir=args.model,
        pipeline=not args.no_pipeline,
        metrics_path=False if args.no_write else None,
    )
    print(f"KLUE-NER {result['split']} split, {result['sentences']} sentences, strict entity F1")
    print(markdown_table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
