"""sinmun (신문): scraped Korean news articles in, validated Parquet tables out.

Stages, in order (each a module with one concern):
ingest → clean → morph (Kiwi) → rules and NER (spaCy components) → resolve → tables.
`pipeline.py` only orchestrates them.
"""

__version__ = "0.1.0"
