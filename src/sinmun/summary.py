"""The run summary printed at the end of `sinmun extract`."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table


def print_summary(result, console: Console) -> None:
    table = Table(title=f"sinmun extract → {result.out_dir}", show_header=True)
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, n in result.counts.items():
        table.add_row(name, f"{n:,}")
    console.print(table)
    articles = result.counts.get("articles", 0)
    rate = articles / result.seconds if result.seconds else 0.0
    codes = ", ".join(f"{c} ×{n}" for c, n in sorted(result.reject_codes.items())) or "none"
    console.print(f"{articles:,} articles in {result.seconds:.1f} s ({rate:.1f} articles/s); rejects: {codes}")
