"""The real Dagster UI: `dg dev` (webserver and daemon) on a free loopback port, asked over GraphQL.

What a user sees after starting the UI on a current warehouse: the sensor's first tick starts
no run, every asset check still shows its last passing result, a run that finds nothing new
keeps those results and records the heartbeat (`warehouse_sync`), and freshness is declared
and evaluated. With Debian's `chromium-headless-shell` on the machine, the asset list, the
articles asset and the automation page are also rendered (ETL_UPDATE_SCREENSHOTS=1 writes them
to docs/ui/ for the README).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from etl import settings
from etl.defs.assets import SYNC_ASSET
from etl.warehouse.checks import CHECKS, REGRESSION_GUARD
from etl.warehouse.schema import ANALYSIS_TABLES

PROJECT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SCREENSHOTS = PROJECT / "docs" / "ui"

pytestmark = pytest.mark.skipif(shutil.which("dg", path=str(BIN)) is None, reason="dagster-dg-cli is not installed")


@dataclass
class UI:
    url: str
    env: dict[str, str]

    def query(self, text: str) -> dict:
        request = urllib.request.Request(
            f"{self.url}/graphql",
            data=json.dumps({"query": text}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            answer = json.loads(response.read())
        assert "errors" not in answer, answer
        return answer["data"]

    def ingest(self, *args: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "etl.cli", "ingest", *args], env=self.env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout + done.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(what: str, probe, seconds: float = 180, every: float = 2):
    deadline = time.monotonic() + seconds
    while True:
        try:
            value = probe()
        except OSError:
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what} after {seconds:.0f} s")
        time.sleep(every)


@pytest.fixture(scope="module")
def ui() -> Iterator[UI]:
    """A loaded warehouse, then `dg dev` started on it as `make ui` does; stopped (process group) after."""
    work = Path(tempfile.mkdtemp(prefix="etl-ui-"))
    home = work / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    posts = work / "posts"
    shutil.copytree(settings.SAMPLE_POSTS, posts)
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "ETL_POSTS_DIR": str(posts),
        "ETL_WAREHOUSE": str(work / "warehouse" / "news.duckdb"),
        "VIRTUAL_ENV": str(BIN.parent),
        "PATH": f"{BIN}:{os.environ.get('PATH', '')}",
    }
    port = _free_port()
    ui = UI(url=f"http://127.0.0.1:{port}", env=env)
    ui.ingest()  # the first load: every check passes
    with open(work / "dg-dev.log", "w") as log:
        server = subprocess.Popen(
            [str(BIN / "dg"), "dev", "--host", "127.0.0.1", "--port", str(port)],
            cwd=PROJECT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_ctrl_c_as_in_a_terminal,
        )
        try:
            _wait_for("the webserver", lambda: ui.query("{ version }"), seconds=240)
            yield ui
        finally:
            _stop(server, work)
    shutil.rmtree(work, ignore_errors=True)


def _processes_of(work: Path) -> list[int]:
    """Processes whose command line names this test's folder (the webserver, daemon and code servers do)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if str(work).encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def _ctrl_c_as_in_a_terminal() -> None:
    """In the child, before exec: SIGINT and SIGTERM do what they do in a terminal.

    A command started in the background by a non-interactive shell (`pytest &`, as CI scripts
    may do) inherits SIGINT ignored, and once an in-process Dagster run has copied SIGINT's
    handler to SIGTERM, SIGTERM is ignored too; `dg dev` would inherit both. Python then installs
    no KeyboardInterrupt handler, and Ctrl-C stops the daemon (which sets its own handler) but not
    `dg dev` itself.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop(server: subprocess.Popen, work: Path) -> None:
    """Ctrl-C, as a person stops `make ui`; then everything `dg dev` started must be gone."""
    os.killpg(server.pid, signal.SIGINT)
    try:
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=60)
            pytest.fail("dg dev did not stop within 60 s of Ctrl-C")
        _wait_for("the UI's processes to end", lambda: not _processes_of(work), seconds=60, every=1)
    finally:
        for pid in _processes_of(work):  # never leave a server behind, even when the assertion fails
            os.kill(pid, signal.SIGKILL)
        if server.poll() is None:
            server.kill()


CHECK_STATUS = """{ assetNodes { assetKey { path } assetChecksOrError { ... on AssetChecks {
    checks { name executionForLatestMaterialization { status runId } } } } } }"""


def _check_results(ui: UI) -> dict[str, str]:
    results = {}
    for node in ui.query(CHECK_STATUS)["assetNodes"]:
        for check in node["assetChecksOrError"].get("checks", []):
            execution = check["executionForLatestMaterialization"]
            results[check["name"]] = execution and execution["status"]
    return results


def _runs(ui: UI) -> list[dict]:
    return ui.query("{ runsOrError { ... on Runs { results { runId status } } } }")["runsOrError"]["results"]


def test_the_sensor_first_tick_starts_no_run_and_every_check_keeps_its_pass(ui: UI):
    sensor_ticks = """{ repositoriesOrError { ... on RepositoryConnection { nodes {
        sensors { name sensorState { status ticks(limit: 5) { status skipReason } } } } } } }"""

    def ticks():
        (repository,) = ui.query(sensor_ticks)["repositoriesOrError"]["nodes"]
        (sensor,) = [s for s in repository["sensors"] if s["name"] == "new_posts"]
        assert sensor["sensorState"]["status"] == "RUNNING"
        return sensor["sensorState"]["ticks"]

    first = _wait_for("the sensor's first tick", ticks)[-1]
    assert first["status"] == "SKIPPED" and "already up to date" in first["skipReason"]
    assert len(_runs(ui)) == 1  # only the load made before the UI started
    expected = {check.name for check in (*CHECKS, REGRESSION_GUARD)}
    assert _check_results(ui) == dict.fromkeys(expected, "SUCCEEDED")


def test_a_run_that_finds_nothing_new_keeps_the_checks_and_records_the_heartbeat(ui: UI):
    before = {run["runId"] for run in _runs(ui)}
    ui.ingest("--always-run")  # what the daily schedule does on a day without new posts
    (new_run,) = [run for run in _runs(ui) if run["runId"] not in before]
    assert new_run["status"] == "SUCCESS"
    results = _check_results(ui)
    assert results and set(results.values()) == {"SUCCEEDED"}
    latest = """{ assetNodes { assetKey { path } assetMaterializations(limit: 1) { runId } } }"""
    last_run = {
        "/".join(node["assetKey"]["path"]): (node["assetMaterializations"] or [{}])[0].get("runId")
        for node in ui.query(latest)["assetNodes"]
    }
    assert last_run[SYNC_ASSET] == new_run["runId"]  # the heartbeat
    assert all(last_run[table] != new_run["runId"] for table in ANALYSIS_TABLES)  # tables unchanged


def test_freshness_is_declared_and_evaluated(ui: UI):
    freshness = """{ assetNodes { assetKey { path } freshnessStatusInfo { freshnessStatus }
        internalFreshnessPolicy { ... on TimeWindowFreshnessPolicy { failWindowSeconds warnWindowSeconds } } } }"""

    def statuses():
        nodes = {"/".join(n["assetKey"]["path"]): n for n in ui.query(freshness)["assetNodes"]}
        return nodes if (nodes[SYNC_ASSET]["freshnessStatusInfo"] or {}).get("freshnessStatus") == "HEALTHY" else None

    nodes = _wait_for("the freshness daemon", statuses, seconds=120, every=5)
    for name in (*ANALYSIS_TABLES, SYNC_ASSET):
        policy = nodes[name]["internalFreshnessPolicy"]
        assert policy and policy["failWindowSeconds"] > policy["warnWindowSeconds"] >= 24 * 3600
        assert nodes[name]["freshnessStatusInfo"]["freshnessStatus"] == "HEALTHY"


@pytest.mark.skipif(
    shutil.which("chromium-headless-shell") is None, reason="Debian's chromium-headless-shell is absent"
)
@pytest.mark.parametrize(
    ("page", "name"),
    [
        ("assets", "assets"),
        ("assets/articles", "articles"),
        ("assets/post_events", "post_events"),
        ("automation", "automation"),
    ],
)
def test_pages_render_in_a_real_browser(ui: UI, tmp_path: Path, page: str, name: str):
    out = (SCREENSHOTS if os.environ.get("ETL_UPDATE_SCREENSHOTS") == "1" else tmp_path) / f"{name}.png"
    subprocess.run(
        [
            "chromium-headless-shell",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1500,1400",
            "--virtual-time-budget=15000",
            f"--screenshot={out}",
            f"{ui.url}/{page}",
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    # a rendered page, not a blank one: Dagster's UI draws tens of kilobytes of PNG
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 30_000
