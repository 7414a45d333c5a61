"""End to end on the bundled sample posts: the Dagster definitions, the tables, the checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from etl.defs.assets import SYNC_ASSET, warehouse_tables
from etl.defs.resources import NewsArchive
from etl.errors import IngestError
from etl.ingest import ingest
from etl.warehouse.schema import ANALYSIS_TABLES

NOW = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
_UNITS = {"KiB": 2**10, "MiB": 2**20, "GiB": 2**30, "KB": 10**3, "MB": 10**6, "GB": 10**9}


def memory_limit(con: duckdb.DuckDBPyConnection) -> int:
    """DuckDB's memory limit on ``con``, in bytes (it shows it as text: '256.0 MiB')."""
    number, unit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0].split()
    return int(float(number) * _UNITS[unit])


def test_definitions_load_with_schedule_and_sensor_running():
    from etl.definitions import defs

    assert defs.resolve_job_def("ingest") is not None
    # past one machine: a partition per posts folder parses ahead, one job publishes (tests/test_staging.py)
    assert defs.resolve_job_def("stage_posts").partitions_def is not None
    assert defs.resolve_job_def("ingest_staged") is not None
    schedule = defs.resolve_schedule_def("daily_ingest")
    sensor = defs.resolve_sensor_def("new_posts")
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    graph = defs.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    assert set(ANALYSIS_TABLES) | {SYNC_ASSET} <= keys
    # staleness is flagged: the heartbeat every run records, and the tables a stopped feed leaves behind
    for name in (*ANALYSIS_TABLES, SYNC_ASSET):
        policy = graph.get(dg.AssetKey(name)).freshness_policy
        assert policy is not None and policy.fail_window.to_timedelta().total_seconds() > 24 * 3600


def test_dg_check_defs_passes(tmp_path: Path):
    import os
    import shutil
    import subprocess
    import sys

    bin_dir = Path(sys.executable).parent
    if shutil.which("dg", path=str(bin_dir)) is None:
        pytest.skip("dagster-dg-cli is not installed in this environment")
    env = {**os.environ, "VIRTUAL_ENV": str(bin_dir.parent), "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    env["DAGSTER_HOME"] = str(tmp_path)
    done = subprocess.run(
        [str(bin_dir / "dg"), "check", "defs"],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "All definitions loaded successfully" in done.stdout + done.stderr


def test_materialize_real_assets_into_temporary_warehouse(sample_posts: Path, warehouse: Path):
    result = dg.materialize(
        [warehouse_tables],
        resources={"archive": NewsArchive(posts_dir=str(sample_posts), warehouse=str(warehouse))},
        instance=dg.DagsterInstance.ephemeral(),
    )
    assert result.success
    checks = result.get_asset_check_evaluations()
    assert checks and all(c.passed for c in checks)
    counts = {
        e.step_materialization_data.materialization.asset_key.to_user_string(): e.step_materialization_data.materialization.metadata[
            "dagster/row_count"
        ].value
        for e in result.get_asset_materialization_events()
        if e.asset_key.to_user_string() != SYNC_ASSET
    }
    files = sum(1 for p in sample_posts.rglob("*") if p.is_file() and p.name != "README.md")
    assert counts["post_files"] == files == 17
    with duckdb.connect(str(warehouse), read_only=True) as con:
        articles, rejected = con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM rejected_posts)"
        ).fetchone()
        assert articles + rejected == files
        assert (
            con.execute("SELECT count(*) FROM articles WHERE published_at IS NULL OR trim(title) = ''").fetchone()[0]
            == 0
        )
        without = con.execute("SELECT count(*) FROM articles a ANTI JOIN paragraphs p USING (article_id)").fetchone()[0]
        assert without == 0


def test_no_change_run_publishes_nothing(sample_posts: Path, warehouse: Path):
    first = ingest([sample_posts], warehouse, workers=0)
    assert first.published and first.new == first.files_seen
    mtime = warehouse.stat().st_mtime_ns
    second = ingest([sample_posts], warehouse, workers=0)
    assert not second.published and second.parsed == 0 and second.unchanged == second.files_seen
    assert warehouse.stat().st_mtime_ns == mtime
    assert second.rows == first.rows


def test_a_run_that_finds_nothing_new_records_no_materialization(sample_posts: Path, warehouse: Path):
    resources = {"archive": NewsArchive(posts_dir=str(sample_posts), warehouse=str(warehouse))}
    instance = dg.DagsterInstance.ephemeral()
    first = dg.materialize([warehouse_tables], resources=resources, instance=instance)
    second = dg.materialize([warehouse_tables], resources=resources, instance=instance)
    assert first.success and second.success
    materialized = [e.asset_key.to_user_string() for e in first.get_asset_materialization_events()]
    assert sorted(materialized) == sorted([*ANALYSIS_TABLES, SYNC_ASSET])
    # only the heartbeat: "a run compared the warehouse with the posts and found it current"
    (sync,) = second.get_asset_materialization_events()
    assert sync.asset_key.to_user_string() == SYNC_ASSET
    assert sync.step_materialization_data.materialization.metadata["published"].value is False
    # its checks keep a real result (run again on the unchanged warehouse), and nothing alarming is logged
    evaluations = [e for e in second.all_events if e.event_type == dg.DagsterEventType.ASSET_CHECK_EVALUATION]
    assert evaluations and all(e.event_specific_data.passed for e in evaluations)
    logs = [r.user_message for r in instance.all_logs(second.run_id)]
    assert not any("did not yield" in (message or "") for message in logs)


def test_the_readme_example_queries_run(sample_posts: Path, warehouse: Path):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    sql = readme.split("```sql", 1)[1].split("```", 1)[0]
    statements = [s.strip() for s in sql.split(";") if (s.strip() and not s.strip().startswith("--")) or "SELECT" in s]
    ingest([sample_posts], warehouse, workers=0)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for statement in statements:
            con.execute(statement).fetchall()
    assert len(statements) >= 5


def test_run_metadata_counts_files(sample_posts: Path, warehouse: Path):
    result = dg.materialize(
        [warehouse_tables],
        resources={"archive": NewsArchive(posts_dir=str(sample_posts), warehouse=str(warehouse))},
        instance=dg.DagsterInstance.ephemeral(),
    )
    (articles,) = [
        e.step_materialization_data.materialization
        for e in result.get_asset_materialization_events()
        if e.step_materialization_data.materialization.asset_key.to_user_string() == "articles"
    ]
    meta = {key: getattr(value, "value", value) for key, value in articles.metadata.items()}
    assert meta["files_seen"] == 17 and meta["files_loaded"] == 16 and meta["files_rejected"] == 1
    assert "layout 'default'" in meta["top_rejection_reasons"]
    assert "| title | published | source |" in meta["preview"]


def test_every_question_of_the_readme_is_answered_as_shown(tmp_path: Path):
    """The README's "Asking questions": each query runs on a fresh load of the sample and gives the rows shown."""
    import re

    from etl import settings

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Asking questions", 1)[1].split("\n## ", 1)[0]
    answers = re.findall(r"```sql\n(.*?)\n```\n\n(.*?)(?=\n\d+\. |\Z)", section, re.S)
    assert len(answers) >= 10
    warehouse = tmp_path / "news.duckdb"
    report = ingest([settings.SAMPLE_POSTS], warehouse, workers=0)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for sql, shown in answers:
            rows = con.execute(sql.rstrip(";")).fetchall()
            shown_rows = [line for line in shown.splitlines() if line.startswith("| ") and not line.startswith("|---")]
            expected = max(len(shown_rows) - 1, 0)  # less the header
            if report.commits_read == 0 and re.search(r"article_versions|first_committed", sql):
                continue  # the sample outside a git clone has no history
            assert len(rows) == expected, sql


def test_duckdb_memory_limit_is_applied_and_a_run_fits_in_it(
    sample_posts: Path, warehouse: Path, monkeypatch: pytest.MonkeyPatch
):
    from etl.warehouse import store

    monkeypatch.setenv("ETL_DUCKDB_MEMORY", "200MB")
    warehouse.parent.mkdir(parents=True)
    with store.connect(warehouse.parent / "probe.duckdb") as con:
        limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert limit.endswith("MiB") and float(limit.split()[0]) < 200
    report = ingest([sample_posts], warehouse, workers=0)  # spills instead of failing
    assert report.published and report.rows["articles"] == 16
    monkeypatch.setenv("ETL_DUCKDB_MEMORY", "1MB")
    with pytest.raises(IngestError, match="ETL_DUCKDB_MEMORY"):  # too little: said so, with the way out
        ingest([sample_posts], warehouse.with_name("tiny.duckdb"), workers=0)


def test_a_writer_spills_beside_the_warehouse_and_a_dead_writers_spill_is_cleared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """In-memory, DuckDB spills to ./.tmp in the working directory: a writer spills beside its file
    instead (on the warehouse's disk), DuckDB removes it on close, and a killed writer's is cleared."""
    from etl.warehouse import store

    monkeypatch.chdir(tmp_path)
    (tmp_path / "wh").mkdir()
    warehouse = tmp_path / "wh" / "news.duckdb"
    with store.connect(warehouse.with_name(".news.duckdb.a")) as con:
        con.execute("SET memory_limit = '64MiB'")
        con.execute("CREATE TABLE t AS SELECT md5(i::VARCHAR) AS s FROM range(3000000) r(i) ORDER BY s")
        spill = Path(con.execute("SELECT current_setting('temp_directory')").fetchone()[0])
        assert spill.parent == warehouse.parent and spill.is_dir()  # made when the sort spilled
    assert not spill.exists() and not (tmp_path / ".tmp").exists()
    dead = warehouse.with_name(f".news.duckdb.a.{2**22 + 1}{store.SPILL_SUFFIX}")  # beyond pid_max
    dead.mkdir()
    (dead / "duckdb_temp_storage-0.tmp").write_bytes(b"x")
    assert dead in store.remove_stale_work_files(warehouse) and not dead.exists()


def test_a_delete_of_many_rows_reserves_the_memory_its_row_versions_take(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A deletion's row versions stay in memory until the checkpoint and cannot spill; a statement that
    ran out of memory cannot be run again on its connection ("Conflict on tuple deletion")."""
    from etl.warehouse import store

    monkeypatch.delenv("ETL_DUCKDB_MEMORY", raising=False)
    path = tmp_path / "postings.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(
            "CREATE TABLE postings AS SELECT (i % 1000)::INTEGER AS doc, i::INTEGER AS pair FROM range(4000000) r(i)"
        )
    delete = "DELETE FROM postings WHERE doc < 900"
    with duckdb.connect(str(path), config={"memory_limit": "16MiB"}) as con:
        with pytest.raises(duckdb.OutOfMemoryException):
            con.execute(delete)
        with pytest.raises(duckdb.Error):
            con.execute(delete)  # the same statement again: DuckDB refuses it on this connection
    with duckdb.connect(str(path), config={"memory_limit": "16MiB"}) as con:
        store.reserve_memory(con, 3_600_000)
        assert memory_limit(con) >= store.RESERVE_PER_ROW * 3_600_000
        con.execute(delete)
        assert con.execute("SELECT count(*) FROM postings").fetchone() == (400_000,)
    monkeypatch.setenv("ETL_DUCKDB_MEMORY", "16MiB")  # the user's cap is never raised
    with store.connect(tmp_path / "fixed.duckdb") as con:
        store.reserve_memory(con, 3_600_000)
        assert memory_limit(con) == 16 << 20


def test_a_run_that_starts_with_too_little_memory_runs_again_with_more_and_writes_what_a_roomy_run_writes(
    sample_posts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The writer's limit starts at START_MEMORY (SMALL_RUN_MEMORY for a few files; ETL_DUCKDB_MEMORY unset);
    a run that runs out of memory runs again from the start with the limit doubled, and writes what a run
    with room writes."""
    from etl.warehouse import store
    from tests.test_slots import contents

    monkeypatch.delenv("ETL_DUCKDB_MEMORY", raising=False)
    roomy = ingest([sample_posts], tmp_path / "roomy" / "news.duckdb", workers=0, now=NOW)
    monkeypatch.setattr(store, "START_MEMORY", 1 << 20)
    monkeypatch.setattr(store, "SMALL_RUN_MEMORY", 1 << 20)
    said: list[str] = []
    tight = ingest([sample_posts], tmp_path / "tight" / "news.duckdb", workers=0, now=NOW, progress=said.append)
    assert [line for line in said if "running again from the start with 2 MB" in line], said
    assert tight.rows == roomy.rows
    written = [contents(tmp_path / name / "news.duckdb") for name in ("tight", "roomy")]
    for tables in written:
        del tables["schema_migrations"]  # when each file was created
    assert written[0] == written[1]
    # the next run writes the standby in place and replays its changes on the other slot from the grown limit
    (sample_posts / "_posts" / "2026-11-30-added.md").write_text(
        "---\ntitle: Added\ndate: 2026-11-30 08:00:00 +08:00\n---\n<p>An added post, long enough to keep.</p>\n",
        encoding="utf-8",
    )
    again = ingest([sample_posts], tmp_path / "tight" / "news.duckdb", workers=0, now=NOW)
    assert again.rows["articles"] == roomy.rows["articles"] + 1
    assert any("applying this run's changes" in note for note in again.storage)


def test_a_run_of_few_files_starts_with_less_memory_than_a_load(
    sample_posts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A run that parses or removes at most SMALL_RUN_FILES files starts at SMALL_RUN_MEMORY (it derives little;
    more room only caches more of the file); a bigger one, and any run once the first attempt ran out of
    memory, at what the attempt was given."""
    from etl import ingest as ingest_module
    from etl.warehouse import store

    monkeypatch.delenv("ETL_DUCKDB_MEMORY", raising=False)
    monkeypatch.setattr(store, "SMALL_RUN_FILES", 5)
    finish = ingest_module.RunWriter.finish
    limits: list[int] = []

    def spy(self, *args, **kwargs):
        limits.append(memory_limit(self.con))
        return finish(self, *args, **kwargs)

    monkeypatch.setattr(ingest_module.RunWriter, "finish", spy)
    warehouse = tmp_path / "w" / "news.duckdb"
    ingest([sample_posts], warehouse, workers=0, now=NOW)  # 17 files: a load
    (sample_posts / "_posts" / "2026-11-30-added.md").write_text(
        "---\ntitle: Added\ndate: 2026-11-30 08:00:00 +08:00\n---\n<p>An added post, long enough to keep.</p>\n",
        encoding="utf-8",
    )
    report = ingest([sample_posts], warehouse, workers=0, now=NOW)  # one file
    assert report.published and report.new == 1
    assert limits == [store.START_MEMORY, store.SMALL_RUN_MEMORY]


def test_paragraph_positions_check_reads_the_primary_key_not_the_rows():
    """Unique (article_id, position) is enforced by the primary key; the check fails without it."""
    from etl.warehouse import schema
    from etl.warehouse.checks import CHECKS

    (check,) = [c for c in CHECKS if c.name == "unique_paragraph_positions"]
    con = duckdb.connect()
    con.execute(f"CREATE TABLE paragraphs ({schema.TABLES['paragraphs']})")
    assert con.execute(check.sql).fetchone() == (0,)
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO paragraphs VALUES ('a', 0, 'paragraph', 'x'), ('a', 0, 'paragraph', 'y')")
    con.execute("DROP TABLE paragraphs")
    con.execute("CREATE TABLE paragraphs (article_id VARCHAR, position INTEGER, kind VARCHAR, text VARCHAR)")
    assert con.execute(check.sql).fetchone() == (1,)


def test_a_commit_that_runs_out_of_memory_runs_the_whole_run_again_with_more(
    sample_posts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """What a failed commit wrote may stand, so nothing is run again alone: the run is, from the start,
    on a fresh working copy; with ETL_DUCKDB_MEMORY set the failure is said with the way out."""
    from etl import ingest as ingest_module
    from etl.warehouse import store

    monkeypatch.delenv("ETL_DUCKDB_MEMORY", raising=False)
    finish = ingest_module.RunWriter.finish
    limits: list[int] = []

    def fails_once(self, *args, **kwargs):
        limits.append(memory_limit(self.con))
        if len(limits) == 1:
            raise duckdb.TransactionException("Failed to commit: could not allocate block of size 256.0 KiB")
        return finish(self, *args, **kwargs)

    monkeypatch.setattr(ingest_module.RunWriter, "finish", fails_once)
    said: list[str] = []
    report = ingest([sample_posts], tmp_path / "w" / "news.duckdb", workers=0, now=NOW, progress=said.append)
    assert report.published and report.rows["articles"] == 16
    assert limits == [store.SMALL_RUN_MEMORY, 2 * store.SMALL_RUN_MEMORY]  # the sample: a small run
    assert any("running again from the start with 256 MB" in line for line in said)

    limits.clear()
    monkeypatch.setenv("ETL_DUCKDB_MEMORY", "300MB")
    with pytest.raises(IngestError, match="ETL_DUCKDB_MEMORY"):
        ingest([sample_posts], tmp_path / "fixed" / "news.duckdb", workers=0, now=NOW)
    assert len(limits) == 1


def test_frames_reach_duckdb_and_come_back_through_the_arrow_c_stream():
    """``store.register`` and ``store.frame`` carry every column type the run writes (text, 32-bit numbers, flags,
    instants, lists, nulls) through the Arrow C stream, which needs no pyarrow (not a dependency)."""
    import polars as pl

    from etl.warehouse import store

    sent = pl.DataFrame(
        {
            "article_id": ["a", "b", None],
            "position": pl.Series([0, None, 2], dtype=pl.Int32),
            "site_repeated": [True, None, False],
            "published_at": [dt.datetime(2021, 5, 28, 2, tzinfo=dt.UTC), None, dt.datetime(1999, 1, 1, tzinfo=dt.UTC)],
            "tags": [["新聞", "評論"], [], None],
            "score": [0.5, None, 1.0],
        }
    )
    con = duckdb.connect()
    store.register(con, "sent", pl.concat([sent] * 3000, rechunk=False))  # several chunks
    assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM sent").fetchone() == (9000, 2)
    back = store.frame(con, "SELECT * FROM sent LIMIT $n", {"n": 3})
    assert back.columns == sent.columns
    assert back.with_columns(pl.col("published_at").dt.convert_time_zone("UTC")).equals(sent)


def test_the_instance_keeps_run_logs_in_its_event_log_without_capturing_raw_output(tmp_path: Path):
    """dagster_home/dagster.yaml: progress and summaries are events (context.log); raw stdout/stderr capture,
    two `tail` processes and two watchers per run (~35 MB), is off."""
    import shutil

    from dagster._core.storage.noop_compute_log_manager import NoOpComputeLogManager

    shutil.copy(Path(__file__).parents[1] / "dagster_home" / "dagster.yaml", tmp_path / "dagster.yaml")
    with dg.DagsterInstance.from_config(str(tmp_path)) as instance:
        assert isinstance(instance.compute_log_manager, NoOpComputeLogManager)


def test_tag_trends_counts_a_tag_written_in_other_cases_or_with_a_hash_as_one(tmp_path: Path):
    posts = tmp_path / "site" / "_posts"
    posts.mkdir(parents=True)
    for day, tags in enumerate(["[Python, 夜市]", "[python]", "['#Python']", "[Python]"], start=1):
        text = "县城北边的旧粮仓空了十几年，今年春天，几个年轻人把它租下来，改成了一间书店。"
        (posts / f"2021-05-0{day}-post-{day}.md").write_text(
            f"---\ntitle: 第{day}篇\ndate: 2021-05-0{day} 10:00:00 +0800\ntags: {tags}\n---\n{text}{day}\n",
            encoding="utf-8",
        )
    warehouse = tmp_path / "news.duckdb"
    ingest([tmp_path / "site"], warehouse, workers=0)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("SELECT month, tag, articles FROM tag_trends ORDER BY tag").fetchall()
        assert rows == [("2021-05", "Python", 4), ("2021-05", "夜市", 1)]
        assert con.execute("SELECT count(*) FROM tags WHERE tag LIKE '#%'").fetchone() == (0,)


def test_bylines_and_notes_of_origin_leave_the_paragraphs_for_articles_credits(tmp_path: Path):
    posts = tmp_path / "site" / "_posts"
    posts.mkdir(parents=True)
    text = ["县城北边的旧粮仓空了十几年，今年春天，几个年轻人把它租下来，改成了一间书店。", "书店不大，只有三排书架。"]
    body = "".join(f"<p>{t}</p>" for t in ["文／许若晴", *text, "本文经授权转载自城东独立媒体，原标题：旧粮仓"])
    (posts / "2021-05-01-granary.md").write_text(
        f"---\ntitle: 旧粮仓\ndate: 2021-05-01 10:00:00 +0800\nauthor: Anonymous\n---\n{body}\n", encoding="utf-8"
    )
    warehouse = tmp_path / "news.duckdb"
    ingest([tmp_path / "site"], warehouse, workers=0)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT text FROM paragraphs ORDER BY position").fetchall() == [(t,) for t in text]
        assert con.execute("SELECT author, credits FROM articles").fetchall() == [
            ("许若晴", ["文／许若晴", "本文经授权转载自城东独立媒体，原标题：旧粮仓"])
        ]
