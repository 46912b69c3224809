"""Photo captions: the credit part ("[사진=중소벤처기업부]", "/ 중기부 제공", "./ IT조선",
"2019.09.26 justice@newspim.com [사진=박진숙 기자]", "ⓒ 뉴스1") is cut from the line, and the whole original
line is recorded as a caption. What is left goes too when it is a caption in shape, except a handout's
caption written as a sentence (`zones.is_credited_fragment`)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache

from sinmun.cleaning.outlets import alias_alternation, outlet_index
from sinmun.cleaning.text import LINE_CACHE, tidy
from sinmun.resources import resource_path


# Every credit pattern needs one of these; lines without any skip the patterns.
_CREDIT_HINT = re.compile(r"[\[\(<〈【/ⓒ©=@]|제공|사진|출처|이미지|그래픽|\d{4}\s*[.\-/]")


@dataclass(frozen=True)
class Credit:
    rest: str              # the line without its credits ("" when it was only a credit)
    outlet: str | None     # an outlet named by the credit ("./ IT조선")


@dataclass(frozen=True, eq=False)  # hashed by identity: a cheap key for the line caches
class CaptionRules:
    trailing: tuple[re.Pattern, ...]
    outlet_credit: re.Pattern
    leading: tuple[re.Pattern, ...]
    inline: tuple[re.Pattern, ...]

    @lru_cache(maxsize=LINE_CACHE)
    def strip_credits(self, line: str) -> Credit | None:
        """The line without its photo credits, or None when it carries none."""
        if not _CREDIT_HINT.search(line):
            return None
        rest, outlet, changed = line, None, True
        while changed and rest:
            changed = False
            match = self.outlet_credit.search(rest)
            if match:
                outlet = outlet or outlet_index().find_name(match.group(1))
                rest, changed = tidy(rest[: match.start()]), True
                continue
            for pattern in self.trailing:
                match = pattern.search(rest)
                if match and match.end() > match.start():
                    rest, changed = tidy(rest[: match.start()]), True
                    break
        for pattern in self.leading:
            match = pattern.match(rest)
            if match and match.end() > 0:
                rest = tidy(rest[match.end():])
        for pattern in self.inline:
            rest = tidy(pattern.sub("", rest))
        if rest == line:
            return None
        return Credit(rest, outlet)


@cache
def caption_rules() -> CaptionRules:
    table = tomllib.loads(resource_path("boilerplate.toml").read_text(encoding="utf-8"))["captions"]
    return CaptionRules(
        trailing=tuple(re.compile(p) for p in table["trailing_patterns"]),
        outlet_credit=re.compile(table["outlet_credit"].replace("{outlets}", alias_alternation())),
        leading=tuple(re.compile(p) for p in table["leading_patterns"]),
        inline=tuple(re.compile(p) for p in table["inline_patterns"]),
    )
