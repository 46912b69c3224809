"""Outlet names, aliases and domains (resources/outlets.tsv): find an outlet in a marker, a copyright
line, a credit, an e-mail address or a URL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from sinmun.resources import read_lines

# The local part is ASCII and starts with a letter or digit, so an address glued to the sentence before
# it ("…말했다.hong@outlet.co.kr") starts at "hong".
EMAIL = r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_EMAIL_RE = re.compile(EMAIL)
# Words that end an outlet's name: a shape for outlets no resource lists ("가상일보", "[가상뉴스]").
OUTLET_ENDING = r"(?:뉴스|일보|신문|경제|방송|TV|닷컴|데일리|타임스|투데이|저널|미디어|포스트|통신|뉴스1)"
# A place before "=" in an unbracketed dateline ("세종=가상일보 홍길동 기자", "워싱턴=홍길동 특파원").
PLACE_PREFIX = r"(?:[가-힣A-Za-z]{1,8}\s*=\s*)"
# The name right after a copyright sign, skipping a year and an opening quote or bracket.
_NOTICE_NAME = re.compile(r"(?:ⓒ|©|\([cC]\))\s*(?:\d{4}\s*)?[\'\"‘“\[(<]?\s*([가-힣][가-힣A-Za-z0-9]{1,15})")
_DOMAIN_IN_TEXT = re.compile(r"(?:https?://)?(?:www\.)?((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})")


@dataclass(frozen=True)
class OutletIndex:
    by_alias: dict[str, str]
    by_domain: dict[str, str]
    alias_pattern: re.Pattern  # every alias, longest first, not inside a longer Latin word

    def find_name(self, text: str) -> str | None:
        """The outlet whose name or alias occurs first in `text` (longest alias at a position wins)."""
        match = self.alias_pattern.search(text)
        if match:
            return self.by_alias[match.group(0).casefold()]
        for domain in _DOMAIN_IN_TEXT.findall(text):
            name = self.from_domain(domain)
            if name:
                return name
        return None

    def from_notice(self, notice: str) -> str | None:
        """The outlet of a copyright notice: a known name or domain, else the Korean name after ⓒ
        ("ⓒ 가상일보 무단전재 금지" → 가상일보)."""
        name = self.find_name(notice)
        if name:
            return name
        match = _NOTICE_NAME.search(notice)
        return match.group(1) if match else None

    def from_domain(self, domain: str) -> str | None:
        """The outlet of a host name, trying it and then its parent domains (it.chosun.com, chosun.com)."""
        labels = domain.casefold().strip(".").split(".")
        if labels and labels[0] == "www":
            labels = labels[1:]
        for i in range(len(labels) - 1):
            name = self.by_domain.get(".".join(labels[i:]))
            if name:
                return name
        return None

    def from_url(self, url: str | None) -> str | None:
        if not url:
            return None
        try:
            host = urlsplit(url if "//" in url else "//" + url).hostname
        except ValueError:
            return None
        return self.from_domain(host) if host else None

    def from_emails(self, text: str) -> str | None:
        for email in _EMAIL_RE.findall(text):
            name = self.from_domain(email.rsplit("@", 1)[1])
            if name:
                return name
        return None

    def canonical(self, raw: str) -> str:
        """The canonical name of an outlet as written in a byline marker, else the marker text itself."""
        return self.find_name(raw) or raw.strip()


@cache
def outlet_index() -> OutletIndex:
    by_alias: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    for line in read_lines("outlets.tsv"):
        cells = line.split("\t")
        if cells[0] == "name" or len(cells) < 2:
            continue
        name = cells[0].strip()
        aliases = [name] + [a.strip() for a in cells[1].split("|") if a.strip()]
        for alias in aliases:
            by_alias.setdefault(alias.casefold(), name)
        if len(cells) > 2:
            for domain in cells[2].split("|"):
                if domain.strip():
                    by_domain.setdefault(domain.strip().casefold().split("/")[0], name)
    ordered = sorted(by_alias, key=len, reverse=True)
    pattern = re.compile(
        "|".join(rf"(?<![A-Za-z]){re.escape(a)}(?![A-Za-z])" for a in ordered), re.IGNORECASE
    )
    return OutletIndex(by_alias, by_domain, pattern)


def alias_alternation() -> str:
    """A regex alternation of every outlet name and alias, longest first (for other stages' patterns)."""
    index = outlet_index()
    alternatives = "|".join(re.escape(a) for a in sorted(index.by_alias, key=len, reverse=True))
    return f"(?i:{alternatives})"
