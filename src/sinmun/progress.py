"""A progress bar on stderr: articles done, rate and time left (rich)."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .ingest import discover


def estimate_articles(inputs: list[Path], count_lines: bool = True) -> int:
    """Articles in the inputs, counted cheaply: one per txt/html file, one per JSONL line. Without
    `count_lines` (the Ray engine: its driver reads no input) 0, no estimate, when there is a JSONL file
    or a URI."""
    if not count_lines and any("://" in str(p) for p in inputs):
        return 0
    total = 0
    for path, _ in discover(inputs):
        if path.suffix.lower() == ".jsonl":
            if not count_lines:
                return 0
            try:
                with path.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


@contextmanager
def progress_bar(inputs: list[Path], disable: bool = False, count_lines: bool = True, refresh_per_second: float = 10):
    """Yields `advance(n)`, or None when disabled: then the engine asks for no progress at all (the Ray
    engine's driver then only waits). `refresh_per_second`: how often the bar redraws itself."""
    if disable:
        yield None
        return
    columns = (TextColumn("extract"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} articles/s"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True,
                  refresh_per_second=refresh_per_second) as progress:
        task = progress.add_task("extract", total=estimate_articles(inputs, count_lines) or None, rate="-")

        def advance(n: int) -> None:
            progress.advance(task, n)
            speed = progress.tasks[0].speed
            progress.update(task, rate=f"{speed:.0f}" if speed else "-")

        yield advance
