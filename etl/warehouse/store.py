"""Opening the warehouse, and publishing a new version of it atomically.

Readers (the DuckDB shell, notebooks) open ``news.duckdb`` directly. A writer never
touches that file: it copies it to a private working file next to it, applies the
run's changes there (a batch per transaction), checkpoints, and renames the working file
over ``news.duckdb``. A reader that had the old file open keeps its snapshot and sees
the new data when it reopens; a writer killed at any moment leaves the published file
as it was, and its half-written working file is removed by the next run.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from etl import settings
from etl.errors import IngestError
from etl.warehouse import migrations, schema

WORK_SUFFIX = ".work"
# Compact the file when over a third of it is free blocks left by replaced rows.
COMPACT_FREE_SHARE = 0.33
COMPACT_MIN_BLOCKS = 64  # 16 MiB: small files are not worth it


class WarehouseBusy(IngestError):
    """Another run is publishing to the same warehouse."""


class WarehouseUnreadable(IngestError):
    """The published warehouse file is not a DuckDB database this version can open."""


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """The one way this project opens a DuckDB file (``ETL_DUCKDB_MEMORY`` caps its memory)."""
    limit = settings.duckdb_memory()
    return duckdb.connect(str(path), read_only=read_only, config={"memory_limit": limit} if limit else {})


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create or upgrade the tables (see ``migrations``)."""
    migrations.migrate(con)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_work_files(warehouse: Path) -> list[Path]:
    """Delete working files left by writers that died (killed mid-run)."""
    removed = []
    for candidate in warehouse.parent.glob(f".{warehouse.name}.*{WORK_SUFFIX}*"):
        match = re.search(rf"\.(\d+){re.escape(WORK_SUFFIX)}", candidate.name)
        if match and not _pid_alive(int(match.group(1))):
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed


@contextlib.contextmanager
def writer_lock(warehouse: Path, wait_seconds: float = 3600) -> Iterator[None]:
    """Serialize writers of one warehouse across processes (readers are not affected)."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    lock_path = warehouse.parent / f".{warehouse.name}.lock"
    with open(lock_path, "a+") as handle:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise WarehouseBusy(
                        f"Another run has been writing {warehouse} for over {wait_seconds:.0f} s."
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class WorkingCopy:
    """A private copy of the warehouse that becomes the published one on ``publish``."""

    def __init__(self, warehouse: Path) -> None:
        self.warehouse = warehouse
        self.path = warehouse.parent / f".{warehouse.name}.{os.getpid()}{WORK_SUFFIX}"
        self.con: duckdb.DuckDBPyConnection | None = None

    def open(self, empty: bool = False) -> duckdb.DuckDBPyConnection:
        """Open a copy of the published warehouse (or a new, empty one)."""
        self.discard()
        if self.warehouse.exists() and not empty:
            shutil.copyfile(self.warehouse, self.path)
        self.con = connect(self.path)
        ensure_schema(self.con)
        return self.con

    def publish(self) -> None:
        """Checkpoint, close and atomically replace the published warehouse."""
        assert self.con is not None
        self.con.execute("CHECKPOINT")
        total, free = self.con.execute("SELECT total_blocks, free_blocks FROM pragma_database_size()").fetchone()
        if total >= COMPACT_MIN_BLOCKS and free > COMPACT_FREE_SHARE * total:
            self._compact()
        self.con.close()
        self.con = None
        with open(self.path, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(self.path, self.warehouse)
        Path(f"{self.warehouse}.wal").unlink(missing_ok=True)  # never pair the new file with an old log
        directory = os.open(self.warehouse.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

    def _compact(self) -> None:
        """Rewrite the working copy without its free blocks (DuckDB does not shrink files)."""
        assert self.con is not None
        compact = self.path.with_name(self.path.name + ".compact")
        compact.unlink(missing_ok=True)
        name = self.con.execute("SELECT current_database()").fetchone()[0]
        self.con.execute(f"ATTACH '{compact}' AS compacted")
        self.con.execute(f'COPY FROM DATABASE "{name}" TO compacted')
        self.con.execute("DETACH compacted")
        self.con.close()
        os.replace(compact, self.path)
        self.con = connect(self.path)

    def discard(self) -> None:
        if self.con is not None:
            with contextlib.suppress(Exception):
                self.con.close()
            self.con = None
        for leftover in (self.path, Path(f"{self.path}.wal"), Path(f"{self.path}.compact")):
            leftover.unlink(missing_ok=True)


def read_manifest(warehouse: Path) -> dict[tuple[str, str], tuple[int, int, str, str]]:
    """(posts_root, source_path) -> (size, mtime_ns, content_hash, status) of the published warehouse."""
    if not warehouse.exists():
        return {}
    copy = None
    try:
        con = connect(warehouse, read_only=True)
    except duckdb.Error:
        # held by a shell opened for writing: read a private copy instead
        copy = warehouse.parent / f".{warehouse.name}.manifest.{os.getpid()}{WORK_SUFFIX}"
        shutil.copyfile(warehouse, copy)
        try:
            con = connect(copy, read_only=True)
        except duckdb.Error as error:
            copy.unlink(missing_ok=True)
            raise WarehouseUnreadable(
                f"The warehouse {warehouse} cannot be opened ({str(error).splitlines()[0]}): restore it from a "
                "backup, or run `etl ingest --full-refresh` to rebuild it from the posts (that loses first_seen_at "
                "and the deletion history of files no longer present)."
            ) from None
    try:
        tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "post_files" not in tables:
            return {}
        # a file gone from the folder (deleted, moved away; also one rejected before it went) is 'deleted' here
        gone = "deleted_at IS NOT NULL" if "post_events" in tables else "status = 'deleted'"
        rows = con.execute(
            f"SELECT posts_root, source_path, size, mtime_ns, content_hash, "
            f"CASE WHEN {gone} THEN 'deleted' ELSE status END FROM post_files"
        ).fetchall()
    finally:
        con.close()
        if copy is not None:
            copy.unlink(missing_ok=True)
    return {(r[0], r[1]): (r[2], r[3], r[4], r[5]) for r in rows}


def read_git_state(warehouse: Path, with_paths: bool = True) -> dict[str, tuple[str | None, dict]]:
    """posts_root -> (last commit read, {source_path: first_committed_at}) of the published warehouse."""
    state: dict[str, tuple[str | None, dict]] = {}
    with reader(warehouse) as con:
        if con is None:
            return state
        tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "git_sources" not in tables:
            return state
        for root, head in con.execute("SELECT posts_root, head_commit FROM git_sources").fetchall():
            state[root] = (head, {})
        if not with_paths:
            return state
        for root, path, first in con.execute(
            "SELECT posts_root, source_path, first_committed_at FROM post_files WHERE first_committed_at IS NOT NULL"
        ).fetchall():
            if root in state:
                state[root][1][path] = first
    return state


def needs_migration(warehouse: Path) -> bool:
    """Whether the published warehouse has an older schema than this release (the next run upgrades it)."""
    with reader(warehouse) as con:
        return con is not None and migrations.schema_version(con) < migrations.SCHEMA_VERSION


def row_counts_of(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows of each analysis table (those a warehouse of an older schema does not have yet are left out)."""
    present = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    return {
        name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        for name in schema.ANALYSIS_TABLES
        if name in present
    }


@contextlib.contextmanager
def reader(warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection | None]:
    """A read-only connection to the published warehouse, or None when it cannot be opened now."""
    try:
        con = connect(warehouse, read_only=True)
    except duckdb.Error:
        yield None
        return
    try:
        yield con
    finally:
        con.close()
