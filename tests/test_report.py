"""The HTML report: self-contained, renders in headless Chromium with no console error, charts drawn.

Chromium is driven over the DevTools protocol (a page websocket on 127.0.0.1); the tests skip with a
reason when no chromium binary is installed (CI installs Debian's `chromium` in .ci/run).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sinmun.cli import app
from sinmun.report import build_sections, render_report
from test_summary import extracted, write_outputs

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("SINMUN_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--remote-debugging-port=0", "--remote-allow-origins=*"]
TIMEOUT = 30.0

# What the page reports about its charts: sections, drawn plots (an SVG with at least one trace), "no data".
CHART_STATE_JS = """
JSON.stringify(Array.from(document.querySelectorAll('section.chart')).map(s => ({
  id: s.id,
  expectsPlot: s.dataset.hasPlot === 'true',
  svg: s.querySelectorAll('.js-plotly-plot svg.main-svg').length,
  traces: s.querySelectorAll('.cartesianlayer .trace').length,
  marks: s.querySelectorAll('.cartesianlayer .point, .cartesianlayer .bars path').length,
  noData: s.querySelectorAll('.no-data').length,
  tableRows: s.querySelectorAll('table.data tbody tr').length,
})))
"""


class Browser:
    """A headless Chromium with one page, driven over the DevTools protocol."""

    def __init__(self):
        import websocket

        self.profile = tempfile.mkdtemp(prefix="sinmun-chromium-")
        self.proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = self._devtools_port()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=TIMEOUT) as response:
            pages = [t for t in json.load(response) if t["type"] == "page"]
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=TIMEOUT,
                                              suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")

    def _devtools_port(self) -> int:
        marker = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if marker.exists() and (text := marker.read_text().split()):
                return int(text[0])
            if self.proc.poll() is not None:
                raise RuntimeError(f"chromium exited with {self.proc.returncode}")
            time.sleep(0.1)
        raise TimeoutError("chromium did not open its DevTools port")

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method: str) -> None:
        seen = len(self.events)
        deadline = time.monotonic() + TIMEOUT
        while not any(e.get("method") == method for e in self.events[seen:]):
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {method} event")
            self.events.append(json.loads(self.ws.recv()))

    def open(self, path: Path) -> None:
        self.events.clear()
        self.call("Page.navigate", url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result["result"].get("value")

    def console_errors(self) -> list[str]:
        errors = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                errors.append(json.dumps(params["exceptionDetails"], ensure_ascii=False)[:500])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(" ".join(str(a.get("value", a.get("description"))) for a in params["args"]))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                errors.append(params["entry"]["text"])
        return errors

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            shutil.rmtree(self.profile, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM}: install Debian's `chromium` (CI does, in .ci/run)")
    pytest.importorskip("websocket", reason="websocket-client drives chromium (pip install -e '.[dev]')")
    instance = Browser()
    yield instance
    instance.close()


def charts_on(browser: Browser, html_path: Path) -> list[dict]:
    browser.open(html_path)
    # Plotly draws on load; give responsive layout a moment, then read the page's state.
    deadline = time.monotonic() + TIMEOUT
    while True:
        state = json.loads(browser.evaluate(CHART_STATE_JS))
        if all(s["svg"] for s in state if s["expectsPlot"]) or time.monotonic() > deadline:
            return state
        time.sleep(0.2)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    return write_outputs(tmp_path_factory.mktemp("report-synthetic"))


def test_report_is_one_self_contained_file(synthetic):
    from plotly.offline import get_plotlyjs

    page = render_report(synthetic)
    assert get_plotlyjs() in page  # the library itself is inlined
    page = page.replace(get_plotlyjs(), "")  # its source mentions URLs it never loads here
    assert "<script src=" not in page and not re.search(r"""(src|href)=["']https?://""", page)
    assert page.count('class="chart"') == len(build_sections(synthetic))


def test_report_of_synthetic_tables_draws_every_chart(browser, synthetic, tmp_path):
    html_path = tmp_path / "r.html"
    assert CliRunner().invoke(app, ["report", str(synthetic), "--html", str(html_path)]).exit_code == 0
    state = charts_on(browser, html_path)
    assert browser.console_errors() == []
    assert len(state) == len(build_sections(synthetic)) and all(s["expectsPlot"] for s in state), state
    for section in state:
        assert section["svg"] >= 1 and section["traces"] >= 1 and section["marks"] >= 1, section
        assert section["tableRows"] >= 1 and section["noData"] == 0, section


def test_report_of_empty_tables_says_no_data(browser, tmp_path):
    out_dir = write_outputs(tmp_path / "empty", empty=True)
    html_path = tmp_path / "empty.html"
    assert CliRunner().invoke(app, ["report", str(out_dir), "--html", str(html_path)]).exit_code == 0
    state = charts_on(browser, html_path)
    assert browser.console_errors() == []
    assert state and all(s["noData"] == 1 and s["svg"] == 0 and not s["expectsPlot"] for s in state), state


def test_report_needs_an_output_folder(tmp_path):
    result = CliRunner().invoke(app, ["report", str(tmp_path), "--html", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "sinmun extract" in result.output


@pytest.fixture(scope="module")
def sample_outputs() -> Path:
    return extracted(REPO / "data" / "raw")


def test_report_of_the_sample_batch_renders_without_errors(browser, sample_outputs, tmp_path):
    html_path = tmp_path / "sample.html"
    assert CliRunner().invoke(app, ["report", str(sample_outputs), "--html", str(html_path)]).exit_code == 0
    state = charts_on(browser, html_path)
    assert browser.console_errors() == []
    drawn = [s for s in state if s["expectsPlot"]]
    assert drawn, "the sample batch should give at least one chart"
    for section in drawn:
        assert section["svg"] >= 1 and section["marks"] >= 1, section
    for section in state:
        assert section["expectsPlot"] or section["noData"] == 1, section
