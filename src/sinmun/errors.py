"""Stable reject codes. A reject is data (a row in `rejects`), never a crash of the batch.

Each code has a one-line meaning and a next step; messages name the file and the stage.
"""

from __future__ import annotations

from dataclasses import dataclass

# code: (meaning, next step)
REJECT_CODES: dict[str, tuple[str, str]] = {
    "S001_UNREADABLE": ("the file could not be read", "check that it exists and is readable"),
    "S002_UNSUPPORTED_TYPE": ("not a .txt, .html/.htm or .jsonl file", "convert it or leave it out of the batch"),
    "S003_BINARY": ("binary content (PDF, image, archive…) with a text extension", "extract the text first"),
    "S004_EMPTY": ("the file or record holds no text", "drop it or re-scrape the article"),
    "S005_UNDECODABLE": ("bytes that decode as no Korean encoding (UTF-8, CP949/EUC-KR)", "re-save it as UTF-8"),
    "S006_CONTROL_CHARS": ("NUL or other control characters inside the text", "re-scrape or strip them before ingest"),
    "S007_TOO_LARGE": ("the file exceeds the size limit", "split it or raise --max-file-mb"),
    "S008_TOO_LONG": ("the article exceeds the length limit (often a whole site in one line)", "split it or raise --max-article-chars"),
    "S010_BAD_JSON": ("a JSONL line is not valid JSON (truncated?)", "fix or drop that line"),
    "S011_BAD_RECORD": ("a JSONL record has a field of the wrong type or is not an object", "fix the record's fields"),
    "S012_MISSING_TEXT": ("a JSONL record has neither `text` nor `html`", "add the article text"),
    "S013_DUPLICATE_ID": ("a JSONL record repeats an id already seen in the batch", "give each record a unique id"),
    "S014_DUPLICATE_INPUT": ("the same input (source and content) was given twice", "pass each input once"),
    "S015_DUPLICATE_CONTENT": ("the same article content appears in two inputs", "drop one of them"),
    "S016_ALREADY_ARCHIVED": ("the archive already holds an article with this content; not added again",
                              "nothing to do: the archived article stands for it"),
    "S020_NO_ARTICLE": ("no article text found in the HTML page", "check that the page is an article page"),
    "S021_EMPTY_AFTER_CLEANING": ("nothing but site debris was left after cleaning", "check the scrape"),
    "S022_NOT_KOREAN": ("the text is not Korean", "leave non-Korean articles out of the batch"),
    "S030_AMOUNT_OVERFLOW": ("an amount is too large for int64; kept with value null and overflow=true", "check the source figure"),
    "S090_INTERNAL": ("an unexpected error while analysing this article", "report it with the file attached"),
}


@dataclass(frozen=True, slots=True)
class Reject:
    source: str
    stage: str
    code: str
    message: str

    @classmethod
    def of(cls, source: str, stage: str, code: str, detail: str = "") -> "Reject":
        meaning, next_step = REJECT_CODES[code]
        text = f"{source}: {meaning}"
        if detail:
            text += f" ({detail})"
        return cls(source, stage, code, f"{text} [{stage}] — next step: {next_step}")

    def as_row(self) -> dict:
        return {"source": self.source, "stage": self.stage, "code": self.code, "message": self.message}


class UsageError(Exception):
    """A usage or configuration error (exit code 2)."""
