"""Run settings, validated by pydantic (unknown keys are errors, not silently ignored)."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

# The NER models shipped in the package (sinmun/models/ner/<name>/): the larger network, and a student
# distilled from it at about a third of its cost (README: their speed and scores). The student is the
# default: it meets the larger model's KLUE and KMOU figures, in the NER alone and in the whole pipeline.
NerModel = Literal["fast", "accurate"]
NER_MODELS: tuple[str, ...] = get_args(NerModel)
DEFAULT_NER_MODEL: NerModel = "fast"


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_file_mb: float = Field(10.0, gt=0, description="Larger txt/html files are rejected (S007), and longer JSONL "
                                                       "lines (S008); a JSONL feed itself may be any size")
    max_article_chars: int = Field(200_000, gt=0, description="Longer clean articles are rejected (S008); raw input "
                                                             "may be 4 × this (debris), a single text line only 1 ×")
    min_hangul_ratio: float = Field(0.15, ge=0, le=1, description="Share of letters that must be Hangul (S022)")


class RunSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    limits: Limits = Limits()
    tokens: bool = False
    ner: bool = Field(True, description="Run the statistical NER stage; off, only the rules find entities: "
                                        "faster, but people and organizations with no title, alias or "
                                        "gazetteer entry are missed")
    ner_model: NerModel = Field(DEFAULT_NER_MODEL, description="Which shipped NER model runs: fast (the default, a "
                                                               "distilled student) or accurate; part of the cache key")
    batch_size: int = Field(64, gt=0)
    workers: int = Field(1, ge=1)
