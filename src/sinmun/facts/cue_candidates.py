"""Money nouns of real text that `resources/fact_words.toml` does not know yet: where a cue list grows from.

    python -m sinmun.facts.cue_candidates [--min 2] [--top 80]

Reads the KLUE-NER train raw sentences and the Korean Wikinews corpus of ../shared (never KMOU, which is for
evaluation only), finds every money amount, and counts the noun compounds written right before it in its
phrase (`이적료 50억원`, `장부가액은 … 168억원`) or right after it (`50억원의 손배소`), as Kiwi splits them.
A compound the lexicon already reads (cue_in_word) is left out; the rest are printed, most frequent first,
with one sentence each, for a person to decide which predicate each one names (or none). The entries taken
from this list are marked in fact_words.toml with the count this script gave them.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

from .lexicon import load_lexicon
from .predicate import NEUTRAL_AFTER

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
KLUE_TRAIN = SHARED / "corpora" / "klue-ner" / "klue-ner-train-raw-sentences.tsv"
WIKINEWS = SHARED / "corpora" / "ko-wikinews" / "wikinews.csv"
MONEY = re.compile(r"\d[\d,.]*\s?(?:[십백천만억조]\s?)*(?:원|달러|유로|엔|위안|파운드)(?![가-힣]{0,1}[권짜])")


def sentences() -> list[str]:
    out = []
    if KLUE_TRAIN.exists():
        for line in KLUE_TRAIN.read_text(encoding="utf-8").splitlines():
            out.append(line.partition("\t")[2])
    if WIKINEWS.exists():
        with WIKINEWS.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                text = row.get("본문") or row.get("text") or ""
                out.extend(s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s)
    return [s for s in out if MONEY.search(s)]


def compounds(kiwi, phrase: str) -> list[str]:
    """Runs of nouns (NNG, NNP, XSN glued) in a phrase, as written without spaces."""
    runs: list[list[str]] = [[]]
    for t in kiwi.tokenize(phrase):
        if t.tag in ("NNG", "NNP", "XSN") or (t.tag == "SL" and runs[-1]):
            runs[-1].append(t.form)
        elif runs[-1]:
            runs.append([])
    return ["".join(r) for r in runs if r and len("".join(r)) >= 2]


def known(word: str, lex) -> bool:
    return any(word[cut:] in lex.nouns for cut in range(0, max(1, len(word) - 1))) or word in NEUTRAL_AFTER


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min", type=int, default=2)
    ap.add_argument("--top", type=int, default=80)
    args = ap.parse_args(argv)
    from kiwipiepy import Kiwi

    kiwi, lex = Kiwi(), load_lexicon()
    counts: Counter[str] = Counter()
    example: dict[str, str] = {}
    for s in sentences():
        for m in MONEY.finditer(s):
            before = s[max(0, m.start() - 16):m.start()].split()[-1:]
            after = s[m.end():m.end() + 16].split()[:2]
            words = [w for w in before if not re.search(r"[은는이가을를에의]$", w)] + after[:1]
            if after and re.match(r"^[\s)]*(?:규모|상당|수준|가량|정도)", " ".join(after)):
                words += after[1:2]
            for w in words:
                for c in compounds(kiwi, w):
                    if known(c, lex):
                        continue
                    counts[c] += 1
                    example.setdefault(c, s.strip()[:160])
    for word, n in counts.most_common(args.top):
        if n < args.min:
            break
        print(f"{n}\t{word}\t{example[word]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
