"""Shared fixtures. Tests that need ../shared (seeds, gold, corpora) skip with a reason when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests run with a fixed seed and a bounded budget, so CI is reproducible; a test's own
# @settings(max_examples=...) still applies on top of this profile.
settings.register_profile("sinmun", derandomize=True, deadline=None, max_examples=100,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("sinmun")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SINMUN_SHARED", REPO.parent / "shared"))


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests read ../shared (seeds, gold, corpora) beside the repo")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return _need(SHARED)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _need(SHARED / "seeds")


@pytest.fixture(scope="session")
def gold_path() -> Path:
    return _need(SHARED / "gold" / "seeds.gold.json")


@pytest.fixture(scope="session")
def wikinews_csv() -> Path:
    return _need(SHARED / "corpora" / "ko-wikinews" / "wikinews.csv")


@pytest.fixture(scope="session")
def klue_dir() -> Path:
    return _need(SHARED / "corpora" / "klue-ner")


@pytest.fixture(scope="session")
def analyze_entities():
    """Run the organization, people and resolve components on a text, optionally dated (ISO string)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from sinmun.nlp import build_nlp

    nlp = build_nlp()

    def run(text: str, published: str | None = None):
        doc = nlp.make_doc(text)
        if published:
            doc._.published_at = datetime.fromisoformat(published).replace(tzinfo=ZoneInfo("Asia/Seoul"))
        for name in ("sinmun_orgs", "sinmun_people", "sinmun_resolve"):
            doc = nlp.get_pipe(name)(doc)
        return doc

    return run


def start_private_ray(attempts: int = 3):
    """A private one-CPU Ray instance for a test module. Ray gives its raylet a fixed 30 s to register,
    which a loaded shared machine can exceed: that start-up failure alone is retried."""
    import logging

    import ray

    for attempt in range(attempts):
        try:
            ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
            return ray
        except Exception as exc:
            ray.shutdown()
            if "timed out during startup" not in str(exc) or attempt == attempts - 1:
                raise



@pytest.fixture(scope="session")
def nlp():
    """The whole pipeline, built once (a test module may define its own)."""
    from sinmun.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def rules(nlp):
    """The pipeline without the statistical stage: rules, gazetteer and resolve."""
    statistical = ("sinmun_ner", "sinmun_ner_release")

    def run(text: str):
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            if name not in statistical:
                doc = component(doc)
        return doc

    return run


def assert_body_lines_hold(body: str) -> None:
    """A cleaned body splits into the lines it is made of, none empty or padded, so offsets computed on it hold."""
    offset = 0
    for line in body.split("\n") if body else []:
        assert line and line == line.strip()
        assert body[offset: offset + len(line)] == line
        offset += len(line) + 1
