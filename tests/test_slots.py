"""Two slot files behind news.duckdb: a run writes the standby in place, then flips the link."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import duckdb
import pytest

from etl.ingest import ingest
from etl.warehouse import store
from tests.test_robustness import open_shell


def at(hours: int) -> dt.datetime:
    return dt.datetime(2026, 11, 1, tzinfo=dt.UTC) + dt.timedelta(hours=hours)


def contents(path: Path) -> dict[str, str]:
    """Every table of a DuckDB file, as one digest per table (order-independent)."""
    with duckdb.connect(str(path), read_only=True) as con:
        tables = [row[0] for row in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {
            table: con.execute(
                f"SELECT count(*), md5(coalesce(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR), '')) "
                f'FROM (SELECT t AS x FROM "{table}" t)'
            ).fetchone()
            for table in tables
        }


def slot_paths(warehouse: Path) -> list[Path]:
    return [warehouse.parent / name for name in store.Slots(warehouse).names]


def assert_slots_in_step(warehouse: Path) -> None:
    first, second = slot_paths(warehouse)
    assert contents(first) == contents(second)
    assert store.Slots(warehouse).standby_in_step()


PLAIN_POST = "2021-12-02-water-main-burst.md"  # a feed-template body: a paragraph appended is article text


def edit(posts: Path, name: str, paragraph: str) -> None:
    with open(posts / "_posts" / name, "a", encoding="utf-8") as handle:
        handle.write(f"\n<p>{paragraph}</p>\n")


def test_runs_after_the_first_write_the_standby_in_place_and_keep_both_slots_equal(sample_posts: Path, warehouse: Path):
    report = ingest([sample_posts], warehouse, workers=0, now=at(0))
    assert warehouse.is_symlink() and os.readlink(warehouse) in store.Slots(warehouse).names
    assert report.storage[0] == "written on a copy"  # nothing to write in place yet
    assert_slots_in_step(warehouse)
    names = sorted(p.name for p in (sample_posts / "_posts").iterdir())
    for hour, change in enumerate(
        [
            lambda: edit(sample_posts, PLAIN_POST, "A paragraph added by the feed bot."),
            lambda: (sample_posts / "_posts" / names[1]).unlink(),
            lambda: (sample_posts / "_posts" / f"2026-11-02-{names[2][11:]}").write_text(
                (sample_posts / "_posts" / names[2]).read_text(encoding="utf-8").replace("title:", "title: Again", 1),
                encoding="utf-8",
            ),
        ],
        start=1,
    ):
        live_before = os.readlink(warehouse)
        change()
        report = ingest([sample_posts], warehouse, workers=0, now=at(hour))
        assert report.published
        assert report.storage[0] == "written in place on the standby slot"
        assert "standby brought in step by applying this run's changes" in report.storage
        assert os.readlink(warehouse) != live_before  # the link flipped
        assert_slots_in_step(warehouse)
        # the replayed writes wait in the standby's log, checkpointed by the next run with its own
        assert Path(f"{warehouse.parent / store.Slots(warehouse).standby()}.wal").exists()
        assert not Path(f"{warehouse.parent / os.readlink(warehouse)}.wal").exists()


def test_a_standby_log_changed_by_anything_else_costs_a_copy_not_a_wrong_warehouse(sample_posts: Path, warehouse: Path):
    ingest([sample_posts], warehouse, workers=0, now=at(0))
    edit(sample_posts, PLAIN_POST, "A paragraph added by the feed bot.")
    ingest([sample_posts], warehouse, workers=0, now=at(1))
    standby_log = Path(f"{warehouse.parent / store.Slots(warehouse).standby()}.wal")
    assert store.Slots(warehouse).standby_in_step()
    standby_log.unlink()  # the replayed writes are gone: the standby holds the version before
    assert not store.Slots(warehouse).standby_in_step()
    edit(sample_posts, PLAIN_POST, "A second paragraph added by the feed bot.")
    report = ingest([sample_posts], warehouse, workers=0, now=at(2))
    assert report.storage[0] == "written on a copy"
    assert_slots_in_step(warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        added = con.execute("SELECT count(*) FROM paragraphs WHERE text LIKE 'A% paragraph added by%'").fetchone()
    assert added == (2,)


def test_a_reader_holding_the_old_slot_gets_its_snapshot_and_the_standby_is_copied(sample_posts: Path, warehouse: Path):
    ingest([sample_posts], warehouse, workers=0, now=at(0))
    shell = open_shell(warehouse)
    try:
        shell.stdout.readline()  # the shell holds the live slot now
        name = PLAIN_POST
        edit(sample_posts, name, "First change while a reader holds the warehouse.")
        first = ingest([sample_posts], warehouse, workers=0, now=at(1))
        assert first.storage[0] == "written in place on the standby slot"
        assert any("copied instead" in note for note in first.storage)  # the held slot could not be written
        edit(sample_posts, name, "Second change while the same reader is open.")
        second = ingest([sample_posts], warehouse, workers=0, now=at(2))
        assert second.storage[0] == "written in place on the standby slot"
        shell.stdin.write("SELECT count(*) FROM paragraphs WHERE text LIKE '%while%';\n")
        shell.stdin.flush()
    finally:
        out, _ = shell.communicate(timeout=60)
    assert "│            0 │" in out or "0" in out.split()  # the reader kept the snapshot it opened
    assert_slots_in_step(warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM paragraphs WHERE text LIKE '%while%'").fetchone() == (2,)


def test_a_replay_that_fails_inside_a_transaction_costs_a_copy_and_the_next_run_writes_in_place(
    sample_posts: Path, warehouse: Path, monkeypatch: pytest.MonkeyPatch
):
    """A statement that fails while the run's writes are applied to the other slot (inside one of the run's
    transactions) leaves that slot to be copied from the new one: published, both slots the same."""
    ingest([sample_posts], warehouse, workers=0, now=at(0))
    real_replay = store.StatementLog.replay

    def failing_replay(log: store.StatementLog, target) -> None:
        target.execute("BEGIN TRANSACTION")
        target.execute("DELETE FROM paragraphs")
        target.execute("SELECT no_such_column FROM articles")

    monkeypatch.setattr(store.StatementLog, "replay", failing_replay)
    edit(sample_posts, PLAIN_POST, "A paragraph added while the replay fails.")
    report = ingest([sample_posts], warehouse, workers=0, now=at(1))
    assert report.published
    assert any("copied instead" in note for note in report.storage)
    assert_slots_in_step(warehouse)
    monkeypatch.setattr(store.StatementLog, "replay", real_replay)
    edit(sample_posts, PLAIN_POST, "Another paragraph, replayed as usual.")
    report = ingest([sample_posts], warehouse, workers=0, now=at(2))
    assert "standby brought in step by applying this run's changes" in report.storage
    assert_slots_in_step(warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM paragraphs WHERE text LIKE 'A%paragraph%'").fetchone()[0] >= 2


def test_a_run_that_fails_midway_leaves_the_live_slot_and_the_next_run_copies(
    sample_posts: Path, warehouse: Path, monkeypatch: pytest.MonkeyPatch
):
    ingest([sample_posts], warehouse, workers=0, now=at(0))
    published = contents(warehouse)
    name = PLAIN_POST
    edit(sample_posts, name, "A change that the failing run does not publish.")

    def boom(con):
        con.execute("DELETE FROM paragraphs")  # half-written standby
        raise RuntimeError("disk went away")

    monkeypatch.setattr("etl.ingest.derive_search_and_stories", boom)
    with pytest.raises(Exception, match="disk went away"):
        ingest([sample_posts], warehouse, workers=0, now=at(1))
    monkeypatch.undo()
    assert contents(warehouse) == published
    assert not store.Slots(warehouse).standby_in_step()  # the standby was being written: stale now
    report = ingest([sample_posts], warehouse, workers=0, now=at(2))
    assert report.storage[0] == "written on a copy"
    assert_slots_in_step(warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM paragraphs WHERE text LIKE 'A change%'").fetchone() == (1,)


def test_a_table_a_user_added_to_the_warehouse_is_kept(sample_posts: Path, warehouse: Path):
    ingest([sample_posts], warehouse, workers=0, now=at(0))
    with duckdb.connect(str(warehouse)) as con:  # a user's read-write shell
        con.execute("CREATE TABLE my_notes AS SELECT 'worth a look' AS note")
    name = PLAIN_POST
    edit(sample_posts, name, "A change after the user wrote to the warehouse.")
    report = ingest([sample_posts], warehouse, workers=0, now=at(1))
    assert report.storage[0] == "written on a copy"  # the live slot changed behind our back
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT note FROM my_notes").fetchall() == [("worth a look",)]
    assert_slots_in_step(warehouse)


def test_a_plain_warehouse_file_of_an_older_release_becomes_the_first_slot(sample_posts: Path, warehouse: Path):
    ingest([sample_posts], warehouse, workers=0, now=at(0))
    plain = warehouse.with_name("plain.duckdb")
    plain.write_bytes(warehouse.read_bytes())
    published = contents(plain)
    for path in [warehouse, *slot_paths(warehouse), warehouse.with_name(f".{warehouse.name}.slots")]:
        path.unlink()
    plain.rename(warehouse)  # what a release before the slots left
    report = ingest([sample_posts], warehouse, workers=0, now=at(1))
    assert not report.published  # nothing changed: the plain file is read as it is
    edit(sample_posts, PLAIN_POST, "Now with slots.")
    report = ingest([sample_posts], warehouse, workers=0, now=at(2))
    assert report.published and warehouse.is_symlink()
    assert contents(warehouse)["post_files"][0] == published["post_files"][0]
    assert_slots_in_step(warehouse)


def test_a_run_too_big_to_replay_copies_the_standby(
    sample_posts: Path, warehouse: Path, monkeypatch: pytest.MonkeyPatch
):
    ingest([sample_posts], warehouse, workers=0, now=at(0))
    monkeypatch.setattr(store, "REPLAY_BUDGET", 1)
    edit(sample_posts, PLAIN_POST, "A big run, say.")
    report = ingest([sample_posts], warehouse, workers=0, now=at(1))
    assert "standby copied from the new version" in report.storage
    assert_slots_in_step(warehouse)


@pytest.mark.parametrize(
    ("query", "reads"),
    [
        ("SELECT count(*) FROM articles", True),
        ("-- the batch\nWITH b AS (SELECT 1) SELECT * FROM b", True),
        ("FROM articles", True),
        ("INSERT INTO tags SELECT * FROM t", False),
        ("WITH b AS (SELECT 1) INSERT INTO t SELECT * FROM b", False),
        ("SELECT 1; DELETE FROM tags", False),
        ("CREATE OR REPLACE TEMP TABLE x AS SELECT 1", False),
        ("BEGIN", False),
    ],
)
def test_only_plain_reads_are_left_out_of_the_statement_log(query: str, reads: bool):
    assert store._reads_only(query) is reads


def _slot_with_numbers(path: Path, numbers: list[int]) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE numbers (n INTEGER)")
        con.execute("INSERT INTO numbers SELECT unnest($n)", {"n": numbers})
        con.execute("CREATE TABLE picked (n INTEGER)")


@pytest.mark.parametrize("snapshot_rows", [100_000, 1])
def test_the_replay_remakes_a_temp_table_from_the_rows_the_run_kept_unless_it_is_big(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, snapshot_rows: int
):
    """A temp table only decides what the run writes: the replay takes its rows as the run made them (the
    query is not run again over the big tables); a temp table over SNAPSHOT_ROWS is made by its query."""
    monkeypatch.setattr(store, "SNAPSHOT_ROWS", snapshot_rows)
    run_slot, other_slot = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    _slot_with_numbers(run_slot, [1, 2, 3])
    _slot_with_numbers(other_slot, [1, 2, 3, 4])  # differs, so the two ways of replaying can be told apart
    con = store.connect(run_slot)
    log = store.StatementLog(con, budget=1 << 20)
    log.execute("CREATE OR REPLACE TEMP TABLE wanted AS SELECT n FROM numbers WHERE n >= $low", {"low": 2})
    log.execute("INSERT INTO picked SELECT n FROM wanted")
    assert sorted(con.execute("SELECT n FROM picked").fetchall()) == [(2,), (3,)]
    remade = [query for kind, query, _ in log.entries if kind == "execute" and "TEMP TABLE" in str(query)]
    assert len(remade) == 1 and ("etl_replay_" in remade[0]) is (snapshot_rows > 1)
    con.execute("USE memory")
    con.execute(f"DETACH {store.WRITER_DATABASE}")
    con.execute(f"ATTACH '{other_slot}' AS {store.WRITER_DATABASE}")
    con.execute(f"USE {store.WRITER_DATABASE}")
    log.replay(con)
    replayed = sorted(con.execute("SELECT n FROM picked").fetchall())
    assert replayed == ([(2,), (3,)] if snapshot_rows > 1 else [(2,), (3,), (4,)])
    con.close()


def storage_version(path: Path) -> str:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT tags['storage_version'] FROM duckdb_databases() WHERE NOT internal").fetchone()[0]


def test_slots_of_the_older_storage_format_are_rewritten_in_the_new_one_once_and_keep_everything(
    sample_posts: Path, warehouse: Path, monkeypatch: pytest.MonkeyPatch
):
    """A warehouse written in DuckDB's 1.0 storage format (as releases before this one wrote it) is
    rewritten in STORAGE_VERSION at a run's checkpoint, each slot once, with the same tables."""
    with monkeypatch.context() as old_release:
        old_release.setattr(store, "_attach_options", lambda path: f"ROW_GROUP_SIZE {store.ROW_GROUP_SIZE}")
        old_release.setattr(store, "storage_is_older", lambda con: False)
        ingest([sample_posts], warehouse, workers=0, now=at(0))
    assert {storage_version(p) for p in slot_paths(warehouse)} == {"v1.0.0+"}
    before = contents(warehouse)
    edit(sample_posts, PLAIN_POST, "A paragraph added by the feed bot.")
    ingest([sample_posts], warehouse, workers=0, now=at(1))
    assert storage_version(warehouse) == f"{store.STORAGE_VERSION}+"  # the new live slot
    assert_slots_in_step(warehouse)
    after = contents(warehouse)
    assert {t for t in after if after[t] != before[t]} <= {
        "paragraphs",
        "post_files",
        "parsed_posts",
        "parsed_blocks",
        "articles",
        "block_texts",
        "search_paragraphs",
        "search_documents",
        "search_postings",
        "search_pairs",
        "search_words",
        "search_retired",
        "stories",
        "story_summary",
        "story_buckets",
        "scan_state",
    }
    edit(sample_posts, PLAIN_POST, "Another paragraph added by the feed bot.")
    ingest([sample_posts], warehouse, workers=0, now=at(2))
    assert {storage_version(p) for p in slot_paths(warehouse)} == {f"{store.STORAGE_VERSION}+"}
    assert_slots_in_step(warehouse)


def test_a_new_warehouse_is_written_in_the_new_storage_format(sample_posts: Path, warehouse: Path):
    ingest([sample_posts], warehouse, workers=0, now=at(0))
    assert {storage_version(p) for p in slot_paths(warehouse)} == {f"{store.STORAGE_VERSION}+"}


KILLED_MIDWAY = """
import os, sys, datetime as dt
from pathlib import Path
import etl.ingest
from etl.ingest import ingest

def die(con):
    con.execute("DELETE FROM paragraphs")  # committed on the standby, then the process dies
    os.kill(os.getpid(), 9)

etl.ingest.derive_search_and_stories = die
ingest([Path(sys.argv[1])], Path(sys.argv[2]), workers=0, now=dt.datetime(2026, 11, 2, tzinfo=dt.UTC))
"""


def test_a_writer_killed_in_place_leaves_the_live_slot_and_its_log_is_not_replayed(sample_posts: Path, warehouse: Path):
    import sys

    ingest([sample_posts], warehouse, workers=0, now=at(0))
    edit(sample_posts, PLAIN_POST, "A change whose writer is killed.")
    published = contents(warehouse)
    standby = warehouse.parent / store.Slots(warehouse).standby()
    died = subprocess.run([sys.executable, "-c", KILLED_MIDWAY, str(sample_posts), str(warehouse)], timeout=300)
    assert died.returncode == -9
    assert contents(warehouse) == published
    assert Path(f"{standby}.wal").exists() or not store.Slots(warehouse).standby_in_step()
    report = ingest([sample_posts], warehouse, workers=0, now=at(3))
    assert report.storage[0] == "written on a copy"
    assert not Path(f"{standby}.wal").exists()
    assert_slots_in_step(warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM paragraphs WHERE text LIKE 'A change whose%'").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM paragraphs").fetchone()[0] > 20


def test_a_shell_opened_for_writing_does_not_cost_a_copy_to_read_the_warehouse(sample_posts: Path, warehouse: Path):
    ingest([sample_posts], warehouse, workers=0, now=at(0))
    expected = store.read_manifest(warehouse)
    holder = duckdb.connect(str(warehouse))  # what `duckdb warehouse/news.duckdb` (read-write) does
    try:
        with store.reader(warehouse) as con:
            assert con is not None and con.execute("SELECT count(*) FROM articles").fetchone()[0] > 0
        assert store.read_manifest(warehouse) == expected
        assert not list(warehouse.parent.glob("*.manifest.*"))  # read from the standby, not from a copy
    finally:
        holder.close()


def test_a_copied_standby_is_on_disk_before_the_manifest_calls_it_in_step(
    sample_posts: Path, warehouse: Path, monkeypatch: pytest.MonkeyPatch
):
    # a first load copies the live slot to the standby: flushed before it is recorded, so that a power
    # loss cannot leave a half-written file that the manifest calls in step
    events: list[str] = []
    real_fsync, real_record = os.fsync, store.Slots.record

    def fsync(fd: int) -> None:
        events.append("fsync " + Path(os.readlink(f"/proc/self/fd/{fd}")).name)
        real_fsync(fd)

    def record(self: store.Slots, name: str, generation: int | None) -> None:
        events.append(f"record {name} {generation}")
        real_record(self, name, generation)

    monkeypatch.setattr(store.os, "fsync", fsync)
    monkeypatch.setattr(store.Slots, "record", record)
    report = ingest([sample_posts], warehouse, workers=0, now=at(0))
    assert report.storage[1] == "standby copied from the new version"
    standby = next(name for name in store.Slots(warehouse).names if name != os.readlink(warehouse))
    in_step = events.index(f"record {standby} 1")
    flushed = [i for i, e in enumerate(events) if e.startswith("fsync ") and e.endswith(".standby")]
    assert flushed and flushed[-1] < in_step
    assert_slots_in_step(warehouse)


def test_a_frame_binds_its_parameters_as_variables_outside_comments_and_literals():
    """``store.frame`` binds ``$name`` once (a relation with parameters runs its query twice); a ``$`` in a
    comment or a string literal, or a name not given, stays as written."""
    con = duckdb.connect()
    query = "-- the reader's $a\nSELECT $a AS a, $ab AS ab, 'it''s $a' AS literal, len('$x') AS n"
    got = store.frame(con, query, {"a": 7, "ab": "eight"})
    assert got.rows() == [(7, "eight", "it's $a", 2)]
    assert store.frame(con, "SELECT 1 AS one").rows() == [(1,)]
