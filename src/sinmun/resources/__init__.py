"""Domain knowledge as data: outlets, boilerplate phrases, titles, ministries, parties, organizations."""

from importlib import resources
from pathlib import Path


def resource_path(name: str) -> Path:
    """Path of a data file shipped in `sinmun/resources/`."""
    return Path(str(resources.files(__package__).joinpath(name)))


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a resource text file."""
    lines = resource_path(name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def user_words() -> list[tuple[str, str]]:
    """Extra (word, tag) pairs for Kiwi beyond `kiwi_user_dict.tsv`, drawn from other resource files.

    Organization and ministry names (and their Hangul abbreviations) become proper nouns, so Kiwi keeps
    기획재정부, 중기부 or 뤼튼테크놀로지스 whole. Short or Latin-only forms stay out: as user words they
    would split ordinary text (기보 in 하기보다).
    """
    names: set[str] = set()
    for line in read_lines("ministries.tsv") + read_lines("parties.tsv"):
        name, abbreviations = (line.split("\t") + [""])[:2]
        names.update([name, *abbreviations.split(",")])
    for line in read_lines("organizations.tsv"):
        name, _, aliases = (line.split("\t") + ["", ""])[:3]
        names.update([name, *aliases.split(",")])
    keep = sorted(n for n in names if len(n) >= 3 and " " not in n and any("가" <= c <= "힣" for c in n))
    return [(n, "NNP") for n in keep]
