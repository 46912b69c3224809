"""Run settings, validated by pydantic (unknown keys are errors, not silently ignored)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_file_mb: float = Field(10.0, gt=0, description="Larger input files are rejected (S007)")
    max_article_chars: int = Field(200_000, gt=0, description="Longer articles are rejected (S008)")
    min_hangul_ratio: float = Field(0.15, ge=0, le=1, description="Share of letters that must be Hangul (S022)")


class RunSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    limits: Limits = Limits()
    tokens: bool = False
    batch_size: int = Field(64, gt=0)
    workers: int = Field(1, ge=1)
