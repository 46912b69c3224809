"""Statistical PERSON spans that end inside a word: the model cut a longer word, and the piece names no one.

The model reads syllables, and a word it half knows is cut where a name could end (`사하` of 사하라, `황해`
of 황해도, `한빛` of 한빛부대, `노벨` of 노벨문학상, `청량리` of 청량리역): the Hangul glued after the span
goes on as the rest of the word. After a person's name the text glues only particles and endings
(`김하준은`, `김하준이었다`), 씨/님 or a title (`김하준씨`, `김사장`), a word for kin or a side (`세리언니`,
`박씨측`). Anything else glued after the span makes it a piece of another word:
- `이` and a particle after it (`이현이가`, `쌍둥이를`): 이 belongs to the word (a hypocoristic given name, or
  a noun ending so); after a full name the subject particle is 이 alone;
- 하다 or 되다 (`보정하는`, `귀임한`): a verbal noun, which no person is;
- a short particle-like rest that Kiwi reads, with the span, as one word it knows (`강화도`, `사하라`, `문재인`).
A Korean name read short before 씨 or 님 (`이보` of 이보라씨) is given its whole word instead (`whole_name`).
"""

import re
from functools import lru_cache

from ..morph import word_reading
from .orgs import JOSA
from .people import COMMON_NOUN_SCORE, looks_like_korean_name, title_match

HANGUL_RUN = re.compile(r"[가-힣]+")
# Particles the shared list leaves out (잡스한테, 최경주로선) and 씨 with any particle or ending (최씨였지만).
PARTICLES = re.compile(rf"(?:한테서|한테|으로선|로선|에게선)?{JOSA}")
# Particles that never follow the subject particle 이: after them, 이 is the word's own last syllable.
AFTER_OWN_I = re.compile(r"이(?:는|가|를|와|의|도|에게|한테)")
# Words for kin or a side glued to a person's name (세리언니, 김씨일가, 박측) and the withheld 모 (김모씨): a closed class.
KIN_OR_SIDE = re.compile("언니|오빠|누나|형|동생|엄마|아빠|부부|일가|가족|부자|부녀|모녀|모자|자매|형제|남매|측|옹|家|모(?=씨|군|양)")
HONORED = re.compile(rf"(?:군|양){JOSA}")  # 박하준군이, 이서윤양에게
MAX_KNOWN_REST = 2  # 도, 라, 인: longer particles (에서, 에게) do not glue into one word with a name
# 와/과 and 랑 join the name to another word glued after it (델마와루이스를): the name ends at the particle.
JOINING = re.compile(r"(?:와|과|이랑|랑|하고)[가-힣]")
# 역 glued to a name and a verb of acting after it is the role (황비홍역을 맡았다), not a station.
ROLE_AFTER = re.compile(r"역(?:을|으로|은|도|까지)?\s*(?:맡|연기|출연|분하|분해|소화)")


def cut_from_a_word(text: str, start: int, end: int) -> bool:
    """The span ends inside a word whose rest is no particle, title, 씨/님 or kin word (see the module)."""
    last = text[start:end].split()[-1]
    glued = HANGUL_RUN.match(text, end)
    if glued is None or not HANGUL_RUN.fullmatch(last) or JOINING.match(glued.group()) or ROLE_AFTER.match(text, end):
        return False
    return rest_of_a_word(last, glued.group())


@lru_cache(maxsize=65536)
def rest_of_a_word(last: str, rest: str) -> bool:
    """`rest`, glued after the span's last word `last`, is the rest of another word, not what follows a name."""
    if AFTER_OWN_I.match(rest):
        return True
    kin = KIN_OR_SIDE.match(rest)
    after = rest[kin.end():] if kin else rest  # 세리언니는, 김모씨
    if after.startswith(("씨", "님")) or PARTICLES.fullmatch(after) or HONORED.fullmatch(after):
        return not kin and any(PARTICLES.fullmatch(rest, k) and _one_known_word(last + rest[:k])
                               for k in range(1, min(len(rest), MAX_KNOWN_REST) + 1))
    title = title_match(rest)
    return title is None or bool(title.group("prefix"))  # 김사장은, 이국장: the title glued to the name


def _one_known_word(word: str) -> bool:
    """Kiwi reads the word alone as one noun it knows (강화도, 사하라, 김정은), not a name and a particle."""
    tokens, score = word_reading(word)
    return len(tokens) == 1 and tokens[0].tag in ("NNP", "NNG") and score > COMMON_NOUN_SCORE - 1


def whole_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A Korean name the span reads short, with one more syllable glued (`문재`+인, `이보`+라씨, `김정`+은): the
    whole name's offsets, where the span and that syllable make a name shape and Kiwi reads no other word."""
    word = text[start:end]
    glued = HANGUL_RUN.match(text, end)
    if " " in word or glued is None or len(word) != 2:
        return None
    whole, rest = word + glued.group()[0], glued.group()[1:]
    # 씨 or 님 after the syllable says a person is named (a place read short, 강화+도, has none)
    return (start, end + 1) if looks_like_korean_name(whole) and rest.startswith(("씨", "님")) else None
