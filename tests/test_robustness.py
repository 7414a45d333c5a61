"""Crash safety, open readers, concurrent writers, the sensor: with real processes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from etl.defs.resources import NewsArchive
from etl.defs.sensors import new_posts
from etl.ingest import ingest
from tests.postgen import write_posts

PROJECT = Path(__file__).resolve().parent.parent
DUCKDB_SHELL = Path(sys.executable).parent / "duckdb"


def etl_env(tmp_path: Path, posts: Path, warehouse: Path) -> dict[str, str]:
    home = tmp_path / "dagster_home"
    home.mkdir(exist_ok=True)
    shutil.copy(PROJECT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    return {**os.environ, "ETL_POSTS_DIR": str(posts), "ETL_WAREHOUSE": str(warehouse), "DAGSTER_HOME": str(home)}


def run_etl(env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "etl.cli", "ingest", *args], env=env, capture_output=True, text=True, timeout=timeout
    )


def open_shell(warehouse: Path) -> subprocess.Popen:
    """The project's DuckDB shell holding the warehouse open read-only, after a first query."""
    shell = subprocess.Popen(
        [str(DUCKDB_SHELL), "-readonly", str(warehouse)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    shell.stdin.write("SELECT count(*) FROM articles;\n")
    shell.stdin.flush()
    return shell


def live_counts(warehouse: Path) -> tuple[int, int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            "SELECT (SELECT count(*) FROM current_articles), (SELECT count(*) FROM paragraphs)"
        ).fetchone()


def test_cli_prints_summary_and_fails_clearly(tmp_path: Path):
    posts, warehouse = tmp_path / "posts", tmp_path / "w" / "news.duckdb"
    write_posts(posts, range(5))
    env = etl_env(tmp_path, posts, warehouse)
    done = run_etl(env)
    assert done.returncode == 0, done.stderr
    assert "5 seen: 5 new" in done.stdout and "articles 5" in done.stdout
    again = run_etl(env)
    assert again.returncode == 0 and "nothing changed" in again.stdout
    missing = run_etl({**env, "ETL_POSTS_DIR": str(tmp_path / "nowhere")})
    assert missing.returncode != 0 and "does not exist" in missing.stderr


@pytest.mark.slow
def test_sigkill_at_any_moment_leaves_previous_state(tmp_path: Path):
    posts, warehouse = tmp_path / "posts", tmp_path / "w" / "news.duckdb"
    write_posts(posts, range(0, 400))
    env = etl_env(tmp_path, posts, warehouse)
    assert run_etl(env).returncode == 0
    before = live_counts(warehouse)
    write_posts(posts, range(400, 2400))
    for delay in (0.5, 1.5, 3.0, 5.0):
        process = subprocess.Popen(
            [sys.executable, "-m", "etl.cli", "ingest"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(delay)
        finished = process.poll() is not None
        if not finished:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        state = live_counts(warehouse)
        if finished:
            break
        # readers see the old warehouse or the new one, never a half-written one
        assert state in (before, (2400, 9600)), f"after a kill at {delay}s readers saw {state}"
    done = run_etl(env)
    assert done.returncode == 0, done.stderr
    assert live_counts(warehouse)[0] == 2400
    assert not list(warehouse.parent.glob(".*.work*")), "working files left behind"


def test_the_project_shell_opens_the_warehouse(tmp_path: Path, sample_posts: Path):
    warehouse = tmp_path / "news.duckdb"
    ingest([sample_posts], warehouse, workers=0)
    shown = subprocess.run(
        [str(DUCKDB_SHELL), "-readonly", str(warehouse), "-csv", "-c", "SELECT count(*) FROM current_articles"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split() == ["count_star()", "16"]


@pytest.mark.slow
def test_open_shell_never_blocks_a_run(tmp_path: Path):
    posts, warehouse = tmp_path / "posts", tmp_path / "w" / "news.duckdb"
    write_posts(posts, range(0, 50))
    env = etl_env(tmp_path, posts, warehouse)
    assert run_etl(env).returncode == 0
    shell = open_shell(warehouse)
    try:
        time.sleep(1)
        write_posts(posts, range(50, 80))
        started = time.monotonic()
        done = run_etl(env, timeout=120)
        elapsed = time.monotonic() - started
        assert done.returncode == 0, done.stderr
        assert elapsed < 60
        assert shell.poll() is None, "the shell was disturbed"
        # the open shell keeps its snapshot; a reopen sees the new posts
        shell.stdin.write(".mode csv\nSELECT count(*) AS n FROM articles;\n")
        shell.stdin.flush()
    finally:
        out, _ = shell.communicate(timeout=30)
    assert "n\n50" in out
    assert live_counts(warehouse)[0] == 80


def test_two_runs_started_together_both_succeed(tmp_path: Path):
    posts, warehouse = tmp_path / "posts", tmp_path / "w" / "news.duckdb"
    write_posts(posts, range(0, 60))
    env = etl_env(tmp_path, posts, warehouse)
    results: list[subprocess.CompletedProcess] = []
    threads = [threading.Thread(target=lambda: results.append(run_etl(env, "--always-run"))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.returncode for r in results] == [0, 0], [r.stderr[-2000:] for r in results]
    assert live_counts(warehouse)[0] == 60
    published = sum("published in" in r.stdout for r in results)
    assert published == 1  # the second found the work done


def test_sensor_requests_one_run_per_batch(tmp_path: Path):
    posts = tmp_path / "posts"
    write_posts(posts, range(3))
    archive = NewsArchive(posts_dir=str(posts), warehouse=str(tmp_path / "w.duckdb"))
    instance = dg.DagsterInstance.ephemeral()
    first = new_posts(dg.build_sensor_context(cursor=None, resources={"archive": archive}, instance=instance))
    assert isinstance(first, dg.RunRequest)
    cursor = first.run_key
    repeat = new_posts(dg.build_sensor_context(cursor=cursor, resources={"archive": archive}, instance=instance))
    assert isinstance(repeat, dg.SkipReason)
    write_posts(posts, range(3, 5))
    batch = new_posts(dg.build_sensor_context(cursor=cursor, resources={"archive": archive}, instance=instance))
    assert isinstance(batch, dg.RunRequest) and batch.run_key != cursor


def test_runs_whose_process_died_give_back_the_pool(tmp_path: Path):
    from dagster._core.test_utils import create_run_for_test, instance_for_test

    from etl.defs.recovery import PROCESS_TAG, process_tag, release_abandoned_runs

    with instance_for_test(temp_dir=str(tmp_path)) as instance:
        storage = instance.event_log_storage
        storage.set_concurrency_slots("duckdb_warehouse", 1)
        dead = create_run_for_test(
            instance, job_name="ingest", status=dg.DagsterRunStatus.STARTED, tags={PROCESS_TAG: "x"}
        )
        dead_tag = process_tag()[PROCESS_TAG].rsplit(":", 1)[0] + ":0"  # this pid, another start time
        instance.add_run_tags(dead.run_id, {PROCESS_TAG: dead_tag})
        alive = create_run_for_test(instance, job_name="ingest", status=dg.DagsterRunStatus.STARTED, tags=process_tag())
        storage.claim_concurrency_slot("duckdb_warehouse", dead.run_id, "warehouse_tables")
        assert release_abandoned_runs(instance, "duckdb_warehouse") == [dead.run_id]
        assert instance.get_run_by_id(dead.run_id).status == dg.DagsterRunStatus.FAILURE
        assert not storage.get_concurrency_info("duckdb_warehouse").active_run_ids
        storage.claim_concurrency_slot("duckdb_warehouse", alive.run_id, "warehouse_tables")
        assert release_abandoned_runs(instance, "duckdb_warehouse") == []  # a live run keeps its slot


def test_a_corrupt_warehouse_fails_clearly_and_full_refresh_rebuilds_it(tmp_path: Path):
    posts, warehouse = tmp_path / "posts", tmp_path / "w" / "news.duckdb"
    write_posts(posts, range(3))
    env = etl_env(tmp_path, posts, warehouse)
    assert run_etl(env).returncode == 0
    warehouse.write_bytes(b"this is not a database" * 100)
    broken = run_etl(env)
    assert broken.returncode != 0 and "--full-refresh" in broken.stderr
    rebuilt = run_etl(env, "--full-refresh")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert live_counts(warehouse)[0] == 3


# What the daemon does on a schedule tick or a sensor's run request: launch the ingest job
# against the instance (here in a process of its own, as the daemon's run launcher would).
LAUNCH_AS = """
import sys
import dagster as dg
from etl.definitions import defs
from etl.defs.recovery import process_tag
from etl.defs.resources import NewsArchive
from etl.defs.sensors import new_posts
from etl import settings

origin = sys.argv[1]
instance = dg.DagsterInstance.get()
tags = {**process_tag(), "origin": origin}
if origin == "sensor":
    archive = NewsArchive(posts_dir=settings.posts_dirs(), warehouse=settings.warehouse())
    request = new_posts(dg.build_sensor_context(cursor=None, resources={"archive": archive}, instance=instance))
    if not isinstance(request, dg.RunRequest):
        print("sensor skipped:", request.skip_message)
        sys.exit(0)
    tags.update(request.tags)
result = defs.resolve_job_def("ingest").execute_in_process(instance=instance, tags=tags, raise_on_error=False)
sys.exit(0 if result.success else 1)
"""


@pytest.mark.slow
def test_schedule_sensor_and_manual_runs_together_while_a_shell_reads(tmp_path: Path):
    if not DUCKDB_SHELL.exists():
        pytest.skip("the duckdb shell is not installed in this environment")
    posts, warehouse = tmp_path / "posts", tmp_path / "w" / "news.duckdb"
    write_posts(posts, range(0, 20))
    env = etl_env(tmp_path, posts, warehouse)
    assert run_etl(env).returncode == 0
    shell = open_shell(warehouse)
    try:
        for round_ in range(3):
            write_posts(posts, range(20 + 10 * round_, 30 + 10 * round_))
            commands = [
                [sys.executable, "-m", "etl.cli", "ingest"],
                [sys.executable, "-c", LAUNCH_AS, "schedule"],
                [sys.executable, "-c", LAUNCH_AS, "sensor"],
            ]
            runs = [
                subprocess.Popen(c, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for c in commands
            ]
            outputs = [run.communicate(timeout=300) for run in runs]
            assert [run.returncode for run in runs] == [0, 0, 0], [err[-1500:] for _, err in outputs]
            assert shell.poll() is None, "the shell was disturbed"
            assert live_counts(warehouse)[0] == 30 + 10 * round_
    finally:
        shell.communicate(".quit\n", timeout=30)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM post_files WHERE status = 'loaded'").fetchone() == (50,)
