"""Domain knowledge as data: outlets, boilerplate phrases, titles, ministries, organizations."""

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
    """Extra (word, tag) pairs for Kiwi beyond `kiwi_user_dict.tsv`, drawn from other resource files."""
    return []
