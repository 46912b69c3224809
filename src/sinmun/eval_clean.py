"""How much real prose cleaning keeps: the Korean Wikinews articles (already clean text) go through
`clean_article` with their titles and dates, and we count the non-space characters that survive.

    python -m sinmun.eval_clean [WIKINEWS_CSV]

Acceptance: at least 99.5% of all characters kept, and at least 99% of the articles keep 95% of theirs.
"""

from __future__ import annotations

import csv
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sinmun.cleaning import clean_article
from sinmun.cleaning.text import nospace

SHARED = Path(os.environ.get("SINMUN_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))
DEFAULT_CSV = SHARED / "corpora" / "ko-wikinews" / "wikinews.csv"
MIN_TOTAL_KEPT = 0.995
MIN_ARTICLE_KEPT = 0.95
MIN_ARTICLES_SHARE = 0.99


@dataclass(frozen=True)
class Retention:
    articles: int
    total_kept: float          # share of all non-space characters kept
    articles_kept_95: float    # share of articles keeping >= 95% of theirs
    worst: list[tuple[str, float]]  # (title, kept share) of the articles that lost most

    @property
    def passes(self) -> bool:
        return self.total_kept >= MIN_TOTAL_KEPT and self.articles_kept_95 >= MIN_ARTICLES_SHARE


def kept_share(original: str, cleaned: str) -> float:
    """Share of the original's non-space characters still present (cleaning only removes text)."""
    before = len(nospace(original))
    return min(1.0, len(nospace(cleaned)) / before) if before else 1.0


def wikinews_retention(csv_path: Path = DEFAULT_CSV, worst: int = 10) -> Retention:
    """Clean every article of the Wikinews CSV (columns 작성일, 출처, 제목, 내용) and measure retention."""
    total_before = total_after = 0
    shares: list[tuple[str, float]] = []
    with open(csv_path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = row.get("내용") or ""
            cleaned = clean_article(text, title=row.get("제목"), published_at=row.get("작성일") or None)
            before, after = len(nospace(text)), len(nospace(cleaned.body))
            total_before += before
            total_after += min(before, after)
            shares.append((row.get("제목") or "", kept_share(text, cleaned.body)))
    n = len(shares)
    return Retention(
        articles=n,
        total_kept=total_after / total_before if total_before else 1.0,
        articles_kept_95=sum(share >= MIN_ARTICLE_KEPT for _, share in shares) / n if n else 1.0,
        worst=sorted(shares, key=lambda item: item[1])[:worst],
    )


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT_CSV
    if not path.exists():
        print(f"{path} not found: pass the Wikinews CSV path (columns 작성일, 출처, 제목, 내용)")
        return 2
    result = wikinews_retention(path)
    print(f"articles: {result.articles}")
    print(f"characters kept: {result.total_kept:.4f} (floor {MIN_TOTAL_KEPT})")
    print(f"articles keeping >= {MIN_ARTICLE_KEPT:.0%}: {result.articles_kept_95:.4f} (floor {MIN_ARTICLES_SHARE})")
    for title, share in result.worst:
        print(f"  {share:.3f}  {title}")
    print("PASS" if result.passes else "FAIL")
    return 0 if result.passes else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
