"""Our Wikinews facts gold stays well-formed: check_facts.py (../shared/tools) finds no error in it."""

from __future__ import annotations

import subprocess
import sys

from sinmun.eval_facts import GOLD, gold_rows
from sinmun.eval_gold import read_wikinews, write_batch


def test_wikinews_facts_gold_passes_check_facts(shared_dir, wikinews_csv, tmp_path):
    rows = gold_rows()
    assert len(set(rows)) >= 20
    batch = write_batch(rows, read_wikinews(wikinews_csv), tmp_path)
    done = subprocess.run([sys.executable, str(shared_dir / "tools" / "check_facts.py"), str(GOLD), str(batch)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 error(s)" in done.stdout
