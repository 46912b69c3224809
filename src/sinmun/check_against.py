"""`sinmun check-batch NEW --against ARCHIVE`: is a new batch like the batches the archive already holds?

The batch is extracted into a temporary folder, looking up duplicates in the archive without adding
to it (the analyses land in the archive's result cache, so the append that follows reuses them), and
its figures (batch_figures.py) are compared with those every archived batch recorded when it was
appended. A figure is far outside when it exceeds the archive's mean by more than max(margin,
sigmas × standard deviation), thresholds from pipelines/check_batch.toml. Only rises are flagged:
fewer rejects or less mojibake than usual is never a reason to stop a batch.
"""

from __future__ import annotations

import statistics
import tempfile
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

from .archive import Archive, read_manifest
from .cache import CACHE_DIR
from .errors import UsageError
from .nlp import PIPELINES_DIR
from .settings import RunSettings

DEFAULT_CONFIG = PIPELINES_DIR / "check_batch.toml"
# figure → the count it is a share of (what min_count applies to)
DENOMINATORS = {"no_entities": "articles", "amounts_unparsed": "amounts", "mojibake": "inputs",
                "rejects": "inputs", "new_outlets": "articles", "archived_duplicates": "articles"}
NOT_JUDGED_CODES = {"S016_ALREADY_ARCHIVED"}  # counted by archived_duplicates


@dataclass(frozen=True)
class Threshold:
    margin: float
    sigmas: float
    min_count: int


@dataclass(frozen=True)
class Verdict:
    figure: str
    value: float | None
    mean: float | None
    sd: float | None
    limit: float | None
    batches: int
    count: int
    judged: bool
    flagged: bool
    detail: str = ""

    def line(self) -> str:
        if self.value is None:
            return f"{self.figure}: not measured in this batch"
        head = f"{self.figure}: {self.value:.3f} in this batch"
        if self.mean is None:
            return f"{head}, not in the archive's batches"
        text = f"{head}, archive {self.mean:.3f} ± {self.sd:.3f} over {self.batches} batch(es), limit {self.limit:.3f}"
        if not self.judged:
            text += f" (not judged: {self.count} < min_count)"
        elif self.flagged:
            text += " — far outside the archive"
        return text + (f"; {self.detail}" if self.detail else "")

    def as_dict(self) -> dict:
        return asdict(self)


def load_thresholds(path: Path | None = None) -> dict[str, Threshold]:
    path = Path(path or DEFAULT_CONFIG)
    try:
        figures = tomllib.loads(path.read_text(encoding="utf-8"))["figures"]
        thresholds = {name: Threshold(**values) for name, values in figures.items()}
    except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: not a check-batch configuration ({type(exc).__name__}: {exc}) — "
                         f"see pipelines/check_batch.toml") from exc
    unknown = sorted(set(thresholds) - set(DENOMINATORS))
    if unknown:
        raise UsageError(f"{path}: unknown figure(s) {', '.join(unknown)}; known: {', '.join(DENOMINATORS)}")
    return thresholds


def batch_figures(inputs: list[Path], archive_dir: Path, settings: RunSettings) -> dict:
    """The figures of the batch, extracted as it would be appended, without touching the archive's tables."""
    from .extract import extract

    with tempfile.TemporaryDirectory(prefix="sinmun-check-") as tmp:
        out = Path(tmp) / "batch"
        extract(inputs, out, settings, against=archive_dir, cache_dir=Path(archive_dir) / CACHE_DIR)
        return read_manifest(out)["figures"]


def check_against(inputs: list[Path], archive_dir: Path, settings: RunSettings = RunSettings(),
                  config: Path | None = None) -> list[Verdict]:
    thresholds = load_thresholds(config)
    archive = Archive.open(archive_dir)
    history = [b["figures"] for b in archive.batches if "figures" in b]
    if not history:
        raise UsageError(f"{archive_dir}: the archive has no batch to compare with — append a first batch")
    return compare(batch_figures(inputs, archive_dir, settings), history, thresholds)


def _flatten(figures: dict) -> dict[str, float | None]:
    flat = {name: figures.get(name) for name in DENOMINATORS if name != "rejects"}
    for code, share in figures.get("rejects", {}).items():
        if code not in NOT_JUDGED_CODES:
            flat[f"rejects.{code}"] = share
    return flat


def compare(batch: dict, history: list[dict], thresholds: dict[str, Threshold]) -> list[Verdict]:
    """One verdict per figure of the batch against the same figure over the archive's batches."""
    flat_batch, flat_history = _flatten(batch), [_flatten(h) for h in history]
    codes = {n for h in flat_history for n in h if n.startswith("rejects.")}
    names = list(dict.fromkeys([*flat_batch, *sorted(codes)]))
    verdicts = []
    for name in names:
        kind = name.split(".")[0]
        if kind not in thresholds:
            continue
        rule = thresholds[kind]
        value = flat_batch.get(name, 0.0 if kind == "rejects" else None)
        # A reject code a batch did not have is a share of 0 there; other figures may be unmeasured.
        past = [h.get(name, 0.0 if kind == "rejects" else None) for h in flat_history]
        past = [v for v in past if v is not None]
        count = int(batch.get(DENOMINATORS[kind], 0))
        detail = ", ".join(batch.get("new_outlet_names", [])) if kind == "new_outlets" else ""
        if value is None or not past:
            verdicts.append(Verdict(name, value, None, None, None, len(past), count, False, False, detail))
            continue
        mean, sd = statistics.fmean(past), statistics.pstdev(past)
        limit = mean + max(rule.margin, rule.sigmas * sd)
        judged = count >= rule.min_count
        verdicts.append(Verdict(name, value, mean, sd, limit, len(past), count, judged, judged and value > limit,
                                detail))
    return verdicts
