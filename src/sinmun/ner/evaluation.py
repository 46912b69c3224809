"""`sinmun eval-ner`: KLUE-style strict entity F1 on the fixed KLUE-NER test split, and the NER alone
on a fixed sample of the KMOU development half.

An entity counts only when its character span and its label both match the gold exactly (what
KLUE's entity-level F1 does over character BIO). Two systems are scored: the shipped NER model
alone, and the whole pipeline (rules + NER), whose labels are mapped onto KLUE's six.

KMOU (kmou.py; evaluation only, never training) was annotated by other people with other
conventions, so a model that has only learnt KLUE's shows there: PER/LOC/ORG/DAT against the model's
PERSON/LOC/ORG/DATE, strictly and by overlap (the conventions differ on span edges: ranges are split,
durations have their own label). Training never calls it.
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
KMOU_SENTENCES = 3000  # the KMOU dev sample scored by `make eval-ner`


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


def overlap_score(gold: Iterable[set[CharEntity]], predicted: Iterable[set[CharEntity]]) -> dict:
    """Precision/recall/F1 where an entity counts when one of the other side, same label, overlaps it:
    P over the predicted entities, R over the gold ones; per label and micro-averaged."""
    hit_pred, n_pred, hit_gold, n_gold = Counter(), Counter(), Counter(), Counter()

    def overlaps(entity: CharEntity, others: set[CharEntity]) -> bool:
        return any(o[2] == entity[2] and o[0] < entity[1] and entity[0] < o[1] for o in others)

    for gold_set, pred_set in zip(gold, predicted, strict=True):
        for e in pred_set:
            n_pred[e[2]] += 1
            hit_pred[e[2]] += overlaps(e, gold_set)
        for e in gold_set:
            n_gold[e[2]] += 1
            hit_gold[e[2]] += overlaps(e, pred_set)
    table = {lab: _ratio_prf(hit_pred[lab], n_pred[lab], hit_gold[lab], n_gold[lab]) for lab in sorted(n_pred | n_gold)}
    table["micro"] = _ratio_prf(sum(hit_pred.values()), sum(n_pred.values()), sum(hit_gold.values()), sum(n_gold.values()))
    return table


def _ratio_prf(hit_pred: int, n_pred: int, hit_gold: int, n_gold: int) -> dict:
    p = hit_pred / n_pred if n_pred else 0.0
    r = hit_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "support": n_gold}


def gold_entities(sentences: list[Sentence]) -> list[set[CharEntity]]:
    return [{(e.start, e.end, LABEL_TO_KLUE[e.label]) for e in s.entities} for s in sentences]


def ner_entities(texts: list[str], model_dir: Path | str | None = None,
                 labels: dict[str, str] = LABEL_TO_KLUE) -> list[set[CharEntity]]:
    """Entities of the NER model alone (its `doc.ents`), their labels mapped by `labels` (others left out)."""
    from .stage import load_ner_model

    nlp = load_ner_model(model_dir)
    return [
        {(e.start_char, e.end_char, labels[e.label_]) for e in doc.ents if e.label_ in labels}
        for doc in nlp.pipe(texts, batch_size=128)
    ]


def eval_kmou(model_dir: Path | str | None = None, sentences: int = KMOU_SENTENCES,
              corpus: Path | str | None = None) -> dict | None:
    """The NER alone on a fixed sample of KMOU dev sentences (kmou.py), strict and overlap; None
    when the corpus is absent."""
    from .kmou import KMOU_TO_LABEL, SAMPLE_SEED, kmou_dir, kmou_sample

    if not Path(corpus or kmou_dir()).is_dir():
        return None
    sample = kmou_sample(sentences, corpus)
    gold = [set(s.entities) for s in sample]
    same = {label: label for label in KMOU_TO_LABEL.values()}
    predicted = ner_entities([s.text for s in sample], model_dir, labels=same)
    return {"sentences": len(sample), "sample": f"seeded ({SAMPLE_SEED}) sample in corpus order",
            "strict": score(gold, predicted), "overlap": overlap_score(gold, predicted)}


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
        _merge_metrics(Path(metrics_path) if metrics_path else model_path(model_dir) / "metrics.json", split, result)
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


def kmou_table(result: dict) -> str:
    """The KMOU result as a Markdown table: strict and overlap P/R/F1 per label."""
    lines = ["| label | strict P | strict R | strict F1 | overlap P | overlap R | overlap F1 | gold |",
             "|---|---|---|---|---|---|---|---|"]
    from .kmou import KMOU_TO_LABEL

    for label in [*KMOU_TO_LABEL.values(), "micro"]:
        empty = {"p": 0.0, "r": 0.0, "f": 0.0, "support": 0}
        strict, overlap = result["strict"].get(label, empty), result["overlap"].get(label, empty)
        cells = [f"{row[k]:.3f}" for row in (strict, overlap) for k in ("p", "r", "f")]
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {strict['support']} |")
    return "\n".join(lines)


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
    parser.add_argument("--model", default=None,
                        help="a shipped NER model's name (fast, accurate) or a model directory (default: settings.DEFAULT_NER_MODEL)")
    parser.add_argument("--no-pipeline", action="store_true", help="score the NER alone")
    parser.add_argument("--no-write", action="store_true", help="do not update metrics.json")
    parser.add_argument("--throughput", action="store_true", help="only measure sentences/s with and without NER")
    parser.add_argument("--kmou-sentences", type=int, default=KMOU_SENTENCES,
                        help="KMOU dev sentences the NER alone is scored on (0: none)")
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
    kmou = eval_kmou(args.model, args.kmou_sentences) if args.kmou_sentences > 0 else None
    if kmou is None:
        if args.kmou_sentences > 0:
            print("KMOU dev: skipped (no ../shared/corpora/kmou-ner)")
        return 0
    print(f"\nKMOU dev (evaluation only), NER alone, {kmou['sentences']} sentences ({kmou['sample']})")
    print(kmou_table(kmou))
    if not args.no_write:
        from .stage import model_path

        _merge_metrics(model_path(args.model) / "metrics.json", "kmou_dev", kmou)
    return 0


def _merge_metrics(path: Path, key: str, value: dict) -> None:
    metrics = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    metrics.setdefault("eval", {})[key] = value
    path.write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
