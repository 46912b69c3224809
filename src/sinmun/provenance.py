"""Provenance carried in every table's metadata and in manifest.json: which run made these files."""

from __future__ import annotations

from datetime import datetime, timezone

import spacy

from . import __version__
from .morph import kiwi_version
from .nlp import build_nlp, config_hash


def provenance(disabled: tuple[str, ...] = ()) -> dict[str, str]:
    """`disabled`: components the run switched off (`--no-ner`), left out of the pipeline listed."""
    nlp = build_nlp()
    return {
        "sinmun_version": __version__,
        "kiwi": kiwi_version(),
        "spacy_version": spacy.__version__,
        "pipeline": ",".join(name for name in nlp.pipe_names if name not in disabled) or "(tokenizer only)",
        "pipeline_version": nlp.meta.get("version", "0.0.0"),
        "config_hash": config_hash(),
        "run_time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
