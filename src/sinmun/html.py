"""Article text and metadata out of an HTML page (trafilatura), paragraphs as lines, ready for
`sinmun.cleaning.clean_article`."""

from __future__ import annotations

import logging
import re

import trafilatura

from sinmun.cleaning.outlets import outlet_index

# trafilatura reports every page without a main text at WARNING/ERROR level; for us that is a
# normal outcome ("" is returned and the caller records a reject).
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

# Keep the time of day when the page states one (htmldate drops it by default).
DATE_PARAMS = {"original_date": True, "extensive_search": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_BLANK_LINES = re.compile(r"\n\s*\n+")
# Deeper markup than this is no article page; lxml and the extractor's recursion give up on it.
MAX_NESTING = 2000
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^<>]*?(/?)>")
# Elements that never take a closing tag, or whose closing tag is optional: they add no nesting.
_NO_NESTING = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup rp rt".split()
)


def _too_deep(html: str) -> bool:
    """Whether the markup nests deeper than MAX_NESTING (void and optional-close tags don't count)."""
    depth = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _NO_NESTING:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        if depth > MAX_NESTING:
            return True
    return False


def _field(document, name: str):
    """A field of trafilatura's result: a Document (2.x) or a dict (1.x)."""
    return document.get(name) if isinstance(document, dict) else getattr(document, name, None)


def _metadata(document) -> dict:
    meta = {}
    for key, attr in (("title", "title"), ("url", "url"), ("published", "date"), ("outlet", "sitename")):
        value = _field(document, attr)
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()
    if "outlet" in meta:  # "Newspim", "newspim.com" → 뉴스핌; an unknown site keeps its own name
        meta["outlet"] = outlet_index().find_name(meta["outlet"]) or meta["outlet"]
    return meta


def html_to_text(html: str) -> tuple[str, dict]:
    """The page's article text (one paragraph per line) and the metadata it states: title, url,
    published, outlet (site name). ("", {}) for a page without an article or markup that cannot be read."""
    if not isinstance(html, str) or not html.strip():
        return "", {}
    try:
        if _too_deep(html):
            return "", {}
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
            date_extraction_params=DATE_PARAMS,
        )
    except (Exception, RecursionError):  # noqa: BLE001 - broken markup is data, not a crash
        return "", {}
    if document is None:
        return "", {}
    text = _field(document, "text") or ""
    text = _BLANK_LINES.sub("\n", text).strip()
    return text, _metadata(document)
