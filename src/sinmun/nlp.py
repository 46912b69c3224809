"""Build the spaCy pipeline from `pipelines/config.cfg` (once per process)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from . import doc_ext, facts, kiwi_tokenizer, ner, rules  # noqa: F401  (register extensions, tokenizer, factories)
from .settings import DEFAULT_NER_MODEL

# The package's pipelines/ is the repository's pipelines/ (a symlink in a checkout, a copy in a wheel).
PIPELINES_DIR = Path(__file__).resolve().parent / "pipelines"
DEFAULT_CONFIG = PIPELINES_DIR / "config.cfg"


def config_path() -> Path:
    return DEFAULT_CONFIG


def build_nlp(path: str | None = None, ner_model: str = DEFAULT_NER_MODEL) -> Language:
    """The pipeline of a config (default: pipelines/config.cfg), its `sinmun_ner` running the shipped
    NER model named `ner_model`; built once per process and choice. The model itself loads on first use."""
    return _build_nlp(path, ner_model)


@lru_cache(maxsize=4)
def _build_nlp(path: str | None, ner_model: str) -> Language:
    config = spacy.util.load_config(path or config_path())
    if "sinmun_ner" in config["components"]:
        config["components"]["sinmun_ner"]["model"] = ner_model
    return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)


def config_hash(path: str | None = None) -> str:
    return hashlib.sha256(Path(path or config_path()).read_bytes()).hexdigest()[:16]
