"""Opening the warehouse, and publishing a new version of it atomically.

Readers (the DuckDB shell, notebooks) open ``news.duckdb``, a symbolic link to the live one of
two slot files (``Slots``). A writer never touches the live slot: it writes the other one (in
place when that holds the same version, else a private copy of the live one), a batch per
transaction, checkpoints, and flips the link. A reader that had the old file open keeps its
snapshot and sees the new data when it reopens; a writer killed at any moment leaves the
published file as it was, and what it half wrote is noticed and redone by the next run.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from etl import settings
from etl.errors import IngestError
from etl.warehouse import migrations, schema

if TYPE_CHECKING:
    import polars as pl

    from etl.posts.discover import Listing

log = logging.getLogger(__name__)

WORK_SUFFIX = ".work"
SPILL_SUFFIX = ".spill"  # a writer's DuckDB temporary directory, beside the file it writes
# Compact the file when over a third of it is free blocks left by replaced rows.
COMPACT_FREE_SHARE = 0.33
COMPACT_MIN_BLOCKS = 64  # 16 MiB: small files are not worth it
# The storage format new files are written in (DuckDB 1.5.5 writes its 1.0 format unless asked). Its
# checkpoint writes the primary-key indexes as they are instead of converting them to the old layout
# first: a 30-file change's checkpoint at 56,850 posts took 0.8-1.2 s, 0.3-0.5 s in this format
# (docs/journal/benchmarks.md, "Scale"). A file of the older format is rewritten in this one at a writer's
# checkpoint, once.
# The shell the project installs (duckdb-cli 1.5.5) reads it.
STORAGE_VERSION = "v1.5.0"
# Frames a run may hold to apply its writes to the standby slot too; a bigger run copies it instead.
# A 30-file change holds ~2 MB; ~1,000 files fit. At 256 MB, a run that writes a whole archive again in
# place (a moved posts folder) held frames up to the budget before giving up: 1x peak 1,024 MB, now 690 MB.
REPLAY_BUDGET = 64 << 20


class WarehouseBusy(IngestError):
    """Another run is publishing to the same warehouse."""


class WarehouseUnreadable(IngestError):
    """The published warehouse file is not a DuckDB database this version can open."""


# Rows per row group of what this project writes (DuckDB's default is 122,880). A checkpoint rewrites
# the row group that rows were appended to whole: with the default, one new article rewrote all 56,410
# rows of `articles` at 10x, and a 30-file change spent ~0.8 s per checkpoint; with 16,384 ~0.1 s
# (docs/journal/benchmarks.md, "Scale"). New row groups get this size; older ones stay as they are.
ROW_GROUP_SIZE = 16_384
WRITER_DATABASE = "warehouse"  # the alias of the file a writer's connection has attached
# A writer's DuckDB memory limit to begin with, when ETL_DUCKDB_MEMORY is unset. DuckDB spills what it
# can (sorts, joins, the blocks it caches) and keeps its cache within the limit; what cannot spill (the
# primary-key index of a table being written, a deletion's row versions) makes a statement fail. DuckDB
# cannot run such a statement again on the same connection (a failed delete leaves "Conflict on tuple
# deletion"), so ``etl.ingest`` runs the whole run again with the limit doubled, up to DuckDB's own
# default (80 % of RAM). docs/journal/benchmarks.md, "Memory".
START_MEMORY = 256 << 20
# A run that parses or removes at most SMALL_RUN_FILES files starts lower: what it derives is small, and
# with more room DuckDB only caches more of the file (a 30-file change at 56,850 posts: 117 MB of cached
# blocks at 256 MB, 37 MB at 128 MB, the same time).
SMALL_RUN_MEMORY = 128 << 20
SMALL_RUN_FILES = 2_000
# This attempt's starting limit; None until the run knows its size (``etl.ingest._start_memory``).
memory_limit_start: ContextVar[int | None] = ContextVar("memory_limit_start", default=None)


def _start() -> int:
    return memory_limit_start.get() or START_MEMORY


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """The one way this project opens a DuckDB file (``ETL_DUCKDB_MEMORY`` caps its memory).

    A writer attaches the file with ROW_GROUP_SIZE (an option of ATTACH only) and uses it, so
    unqualified names, views and macros are those of the file, as in the shell. Its memory limit
    starts at this attempt's ``memory_limit_start`` (START_MEMORY until set) unless ETL_DUCKDB_MEMORY sets it;
    readers keep DuckDB's default.
    """
    limit = settings.duckdb_memory()
    if not limit and not read_only:
        limit = f"{_start() >> 20}MiB"
    config = {"memory_limit": limit} if limit else {}
    if read_only:
        return duckdb.connect(str(path), read_only=True, config=config)
    # In-memory, DuckDB would spill to ./.tmp under the caller's working directory (and a killed run
    # would leave it there): spill beside the file instead, on its disk, where a later writer clears it.
    config["temp_directory"] = str(Path(path).parent / f"{Path(path).name}.{os.getpid()}{SPILL_SUFFIX}")
    con = duckdb.connect(config=config)
    try:
        con.execute(f"ATTACH {_quoted(path)} AS {WRITER_DATABASE} ({_attach_options(Path(path))})")
        con.execute(f"USE {WRITER_DATABASE}")
    except BaseException:
        con.close()
        raise
    return con


def _attach_options(path: Path) -> str:
    """A writer's ATTACH options: the row group size, and STORAGE_VERSION for a file it creates (an existing
    file keeps the format it was written in until ``_checkpoint`` rewrites it)."""
    options = f"ROW_GROUP_SIZE {ROW_GROUP_SIZE}"
    return options if path.exists() else f"{options}, STORAGE_VERSION '{STORAGE_VERSION}'"


def _storage_version(version: str) -> tuple[int, ...]:
    """'v1.5.0+' -> (1, 5, 0)."""
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def storage_is_older(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the file a writer has attached is in an older storage format than STORAGE_VERSION."""
    (tags,) = con.execute("SELECT tags FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return _storage_version((tags or {}).get("storage_version", "")) < _storage_version(STORAGE_VERSION)


def reserve_memory(con: duckdb.DuckDBPyConnection, rows: int) -> None:
    """Raise this run's memory limit (unless ETL_DUCKDB_MEMORY fixes it) for a statement that deletes
    ``rows`` rows: DuckDB holds a deletion's row versions in memory until the checkpoint (~7 bytes a row,
    measured), and a statement that runs out of memory cannot be run again on its connection."""
    if rows and not settings.duckdb_memory():
        need = min(_start() + RESERVE_PER_ROW * rows, _ceiling())
        con.execute(f"SET memory_limit = '{need >> 20}MiB'")


RESERVE_PER_ROW = 16


def more_memory(limit: int) -> int | None:
    """The next memory limit after ``limit``: double, up to 80 % of RAM; None when ETL_DUCKDB_MEMORY fixes it."""
    if settings.duckdb_memory() or limit >= _ceiling():
        return None
    return min(2 * limit, _ceiling())


def _ceiling() -> int:
    """DuckDB's own default memory limit: 80 % of the machine's memory."""
    return int(0.8 * os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))


def _quoted(path: Path | str) -> str:
    return "'" + str(path).replace("'", "''") + "'"


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
    for candidate in warehouse.parent.glob(f".{warehouse.name}.*"):
        match = re.search(rf"\.(\d+)(\.link|\.tmp|{re.escape(WORK_SUFFIX)}|{re.escape(SPILL_SUFFIX)})", candidate.name)
        # a slot's compaction left by a killed writer (this runs under the writer lock)
        slot_compaction = candidate.name.endswith(".compact") and match is None
        if slot_compaction or (match and not _pid_alive(int(match.group(1)))):
            if candidate.is_dir() and not candidate.is_symlink():
                shutil.rmtree(candidate, ignore_errors=True)
            else:
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


class StatementLog:
    """A connection that also keeps the run's writes, to apply them again to the other slot.

    Reads (a single ``SELECT``) are not kept. Registered frames are held until the replay, up to
    ``budget`` bytes: a bigger run (a full load) stops keeping them and the standby is copied instead.

    A temp table made by one statement (``CREATE OR REPLACE TEMP TABLE t AS ...``) only decides what
    the run writes; its rows are kept as they came out (a copy in this connection's temp schema, up
    to SNAPSHOT_ROWS rows), and the replay, on this same connection, takes them rather than running
    the query again: those queries read the big tables (counts of a site's texts, the files' versions)
    and were a third of the replay's time at 56,850 posts.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, budget: int) -> None:
        self.con = con
        self.budget = budget
        self.entries: list[tuple[str, object, object]] | None = []
        self.held = 0
        self.snapshots = 0

    def __getattr__(self, name: str):
        return getattr(self.con, name)

    def execute(self, query: str, parameters: object = None):
        result = self.con.execute(query, parameters) if parameters is not None else self.con.execute(query)
        if self.entries is not None and not _reads_only(query):
            remake = self._snapshot(query)
            if self.entries is not None:
                self.entries.append(("execute", remake, None) if remake else ("execute", query, parameters))
        return result

    def _snapshot(self, query: str) -> str | None:
        """For a statement that made one temp table: a copy of its rows, and the statement that remakes it
        from them (None: keep the statement itself)."""
        body = _COMMENT.sub("", query).rstrip().rstrip(";")
        made = _TEMP_TABLE.match(body)
        if made is None or ";" in body:
            return None
        table = made.group(1)
        (rows,) = self.con.execute(f'SELECT count(*) FROM temp."{table}"').fetchone()
        if rows > SNAPSHOT_ROWS or not self._hold(rows * SNAPSHOT_ROW_BYTES):
            return None
        self.snapshots += 1
        kept = f"etl_replay_{self.snapshots}_{table}"
        self.con.execute(f'CREATE TEMP TABLE "{kept}" AS SELECT * FROM temp."{table}"')
        return f'CREATE OR REPLACE TEMP TABLE "{table}" AS SELECT * FROM temp."{kept}"'

    def _hold(self, size: int) -> bool:
        """Count ``size`` bytes against the budget; False (and nothing kept from now on) past it."""
        self.held += size
        if self.held > self.budget:
            self.entries = None  # too big to hold: the standby is copied after the publish
        return self.entries is not None

    def register(self, name: str, frame: object):
        if self.entries is not None and self._hold(_size_of(frame)):
            self.entries.append(("register", name, frame))
        return self.con.register(name, frame)

    def unregister(self, name: str):
        if self.entries is not None:
            self.entries.append(("unregister", name, None))
        return self.con.unregister(name)

    def replay(self, target: duckdb.DuckDBPyConnection) -> None:
        """Apply the kept writes, in order, to ``target`` (a copy of the state this log started from)."""
        assert self.entries is not None
        for kind, first, second in self.entries:
            if kind == "execute":
                target.execute(first, second) if second is not None else target.execute(first)
            elif kind == "register":
                target.register(first, second)
            else:
                target.unregister(first)


def unlogged(con: duckdb.DuckDBPyConnection | StatementLog) -> duckdb.DuckDBPyConnection:
    """The connection under a ``StatementLog``: for statements that only serve this run's own reads (a temp
    table to read from), which applying the run's writes to the other slot does not need."""
    return con.con if isinstance(con, StatementLog) else con


_COMMENT = re.compile(r"^(\s|--[^\n]*\n)*")
_TEMP_TABLE = re.compile(r"CREATE\s+OR\s+REPLACE\s+TEMP(?:ORARY)?\s+TABLE\s+(\w+)\s+AS\s", re.IGNORECASE)
SNAPSHOT_ROWS = 100_000  # a temp table bigger than this is made again by its query in the replay
SNAPSHOT_ROW_BYTES = 128  # what a kept row is counted as against the budget
_WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|COPY|ATTACH|SET|CHECKPOINT)\b", re.IGNORECASE)


def _reads_only(query: str) -> bool:
    """One statement that only reads: its result is for Python, and applying it again changes nothing.

    Anything else (also a read this misjudges) is kept and applied again, which is harmless.
    """
    body = _COMMENT.sub("", query).rstrip().rstrip(";")
    head = body[:6].upper()
    return head.startswith(("SELECT", "FROM", "WITH")) and ";" not in body and not _WRITES.search(body)


SCAN_CHUNK_ROWS = 4096


def in_chunks(frame: pl.DataFrame, rows: int = SCAN_CHUNK_ROWS) -> pl.DataFrame:
    """``frame`` made of chunks of ``rows`` rows, to register with DuckDB: its threads share out a
    registered frame by chunks, so one chunk is read by one thread (the search postings of 1,000
    articles took 0.8-1.0 s from one chunk, 0.45 s from chunks of 512 to 8,192 rows, with less CPU)."""
    if frame.height <= rows:
        return frame
    import polars as pl  # here: the no-change answer opens the warehouse without importing Polars

    return pl.concat(list(frame.iter_slices(rows)), rechunk=False)


class Scan:
    """A Polars frame as DuckDB reads it: through the Arrow C stream interface, without pyarrow.

    DuckDB turns a Polars frame into a pyarrow table (``to_arrow``); an object that only offers
    ``__arrow_c_stream__`` it reads directly, when pyarrow is not installed (this project does not
    depend on it). Measured: registering and reading a 100,000-row frame cost 94 MB with pyarrow (its
    libraries and memory pool) and 13 MB without; inserting 3 M rows 0.62 s and 0.40 s.
    """

    __slots__ = ("frame",)

    def __init__(self, frame: pl.DataFrame) -> None:
        self.frame = frame

    def __arrow_c_stream__(self, requested_schema: object = None) -> object:
        return self.frame.__arrow_c_stream__(requested_schema)


def register(con: duckdb.DuckDBPyConnection, name: str, frame: pl.DataFrame) -> None:
    """Make ``frame`` a view ``name`` on ``con`` (``Scan``; in chunks, see ``in_chunks``)."""
    con.register(name, Scan(in_chunks(frame)))


def frame(con: duckdb.DuckDBPyConnection, query: str, parameters: dict[str, object] | None = None) -> pl.DataFrame:
    """The result of a query as a Polars frame, through the Arrow C stream (``.pl()`` needs pyarrow).

    ``parameters`` (``$name`` in ``query``) are bound as DuckDB variables: a relation made with parameters
    runs its query once to bind them and again to stream the result (0.10-0.13 s against 0.05 s for the
    blocks of 250 articles at 10x, once per batch of a derive). Constants all the same for the planner
    (``few.among`` still reaches into the scan).
    """
    import polars as pl

    if parameters:
        raw = unlogged(con)  # a variable serves this read only
        for name, value in parameters.items():
            raw.execute(f"SET VARIABLE etl_{name} = $value", {"value": value})
        query = _PARAMETER.sub(
            lambda m: f"getvariable('etl_{m.group(1)}')" if m.group(1) in parameters else m.group(0), query
        )
    return pl.DataFrame(con.sql(query))


# a $name outside comments and string literals (each of which the search passes over whole)
_PARAMETER = re.compile(r"--[^\n]*|'(?:[^']|'')*'|\$([A-Za-z_]\w*)")


def _size_of(frame: object) -> int:
    frame = frame.frame if isinstance(frame, Scan) else frame
    size = getattr(frame, "estimated_size", None) or getattr(frame, "nbytes", None)
    if callable(size):
        return int(size())
    return int(size) if size is not None else 1 << 20


class Slots:
    """The published warehouse is a symbolic link to one of two files beside it, the live slot.

    ``news.duckdb -> .news.duckdb.a``; ``.news.duckdb.b`` is the standby. A run writes the
    standby in place when it holds exactly what the live slot holds (recorded in
    ``.news.duckdb.slots``, with each file's size and mtime, so a slot that anything else wrote
    is noticed), then flips the link: the publish costs what changed, not a copy of the file.
    The run's writes are then applied to the old live slot as well, so that the next run
    finds its standby in step. A reader that opened the warehouse before a flip keeps its
    file; when it still holds that file at the next run, the run falls back to a copy.
    """

    def __init__(self, warehouse: Path) -> None:
        self.warehouse = warehouse
        self.names = (f".{warehouse.name}.a", f".{warehouse.name}.b")
        self.state_path = warehouse.parent / f".{warehouse.name}.slots"

    def path(self, name: str) -> Path:
        return self.warehouse.parent / name

    def live(self) -> str | None:
        """The live slot's name, or None when the warehouse is a plain file (older releases) or absent."""
        if not self.warehouse.is_symlink():
            return None
        target = os.readlink(self.warehouse)
        return target if target in self.names else None

    def standby(self) -> str:
        live = self.live()
        return self.names[1] if live == self.names[0] else self.names[0]

    def read_state(self) -> dict:
        try:
            return json.loads(self.state_path.read_text())
        except (OSError, ValueError):
            return {}

    def write_state(self, state: dict) -> None:
        temporary = self.state_path.with_name(self.state_path.name + f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(state))
        os.replace(temporary, self.state_path)

    def _stat(self, name: str) -> list[int] | None:
        """Size and mtime of the slot, then of its write-ahead log ([] when it has none)."""
        try:
            info = os.stat(self.path(name))
        except OSError:
            return None
        try:
            wal = os.stat(f"{self.path(name)}.wal")
        except OSError:
            return [info.st_size, info.st_mtime_ns]
        return [info.st_size, info.st_mtime_ns, wal.st_size, wal.st_mtime_ns]

    def record(self, name: str, generation: int | None) -> None:
        """Note that slot ``name`` now holds ``generation`` (None: unknown, being written)."""
        state = self.read_state()
        state.setdefault("slots", {})[name] = {"generation": generation, "stat": self._stat(name)}
        self.write_state(state)

    def generation(self, name: str) -> int | None:
        """The generation slot ``name`` holds, if it is exactly as this project last left it."""
        entry = self.read_state().get("slots", {}).get(name)
        if not entry or entry.get("generation") is None or entry.get("stat") != self._stat(name):
            return None  # also when a write-ahead log appeared, changed or went (a killed or foreign writer)
        return entry["generation"]

    def standby_in_step(self) -> bool:
        live = self.live()
        if live is None:
            return False
        generation = self.generation(live)
        return generation is not None and self.generation(self.standby()) == generation

    def flip(self, name: str) -> None:
        """Point the warehouse at slot ``name``, atomically (a reader sees the old or the new file)."""
        link = self.warehouse.with_name(f".{self.warehouse.name}.{os.getpid()}.link")
        link.unlink(missing_ok=True)
        os.symlink(name, link)
        os.replace(link, self.warehouse)
        _fsync_directory(self.warehouse.parent)


def _fsync_directory(folder: Path) -> None:
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


class WorkingCopy:
    """The next version of the warehouse, private until ``publish`` makes it the live one.

    It is the standby slot itself when that is in step with the live one (see ``Slots``), else a
    copy of the live file (the first run of a warehouse, after a kill, or while a reader still
    holds the standby), which then takes the standby's place.
    """

    def __init__(self, warehouse: Path) -> None:
        self.warehouse = warehouse
        self.slots = Slots(warehouse)
        self.path = warehouse.parent / f".{warehouse.name}.{os.getpid()}{WORK_SUFFIX}"
        self.con: duckdb.DuckDBPyConnection | None = None
        self.log: StatementLog | None = None
        self.in_place = False
        self.notes: list[str] = []  # what the publish did about the standby, for the summary

    def open(self, empty: bool = False) -> duckdb.DuckDBPyConnection:
        """A connection to the next version: the standby slot in place, or a copy of the live file."""
        self.discard()
        standby = self.slots.standby()
        if not empty and self.slots.standby_in_step():
            try:
                self.con = connect(self.slots.path(standby))
                self.slots.record(standby, None)  # being written: a kill from here on makes it stale
                self.in_place = True
            except duckdb.Error:
                self.con = None  # a reader still holds it (opened before the last flip): copy instead
        if self.con is None:
            self.in_place = False
            if self.warehouse.exists() and not empty:
                shutil.copyfile(self.warehouse, self.path)
            self.con = connect(self.path)
        before = migrations.schema_version(self.con) if self.warehouse.exists() and not empty else None
        ensure_schema(self.con)
        after = migrations.schema_version(self.con)
        self.log = StatementLog(self.con, REPLAY_BUDGET) if before == after else None
        if self.log is not None:
            # A table this release adds with no migration step was created just now, before the log
            # began: the log opens with the (idempotent) table statements, so the other slot gets it too.
            self.log.entries.extend(("execute", statement, None) for statement in schema.table_statements())
        return self.log if self.log is not None else self.con

    def publish(self) -> None:
        """Checkpoint and close the next version, make it the live slot, then bring the other slot in step."""
        assert self.con is not None
        started = time.monotonic()
        _checkpoint(self.con)
        expected = _table_counts(self.con) if self.log is not None else None
        # The file is let go, the connection kept: the replay applies the log on it (its temp tables).
        _detach_writer_database(self.con)
        slots = self.slots
        live, standby = slots.live(), slots.standby()
        generation = (slots.generation(live) if live else None) or 0
        written = slots.path(standby) if self.in_place else self.path
        with open(written, "rb") as handle:
            os.fsync(handle.fileno())
        if not self.in_place:
            _replace_slot(self.path, slots.path(standby))
        slots.record(standby, generation + 1)
        slots.flip(standby)
        Path(f"{self.warehouse}.wal").unlink(missing_ok=True)  # never pair the new file with an old log
        log.info(f"published {standby} in {time.monotonic() - started:.1f} s")
        other = slots.names[1] if standby == slots.names[0] else slots.names[0]
        started = time.monotonic()
        try:
            self._bring_in_step(other if live else None, standby, generation + 1, expected)
        except Exception as error:  # the publish has happened: a standby left stale costs the next run a copy
            slots.record(other, None)
            self.notes.append(f"standby left stale ({error}): the next run copies the warehouse")
        finally:
            self.con.close()
            self.con = None
        self.log = None
        log.info(f"standby {other} in {time.monotonic() - started:.1f} s: {self.notes[-1] if self.notes else ''}")

    def _bring_in_step(self, other: str | None, live: str, generation: int, expected: dict | None) -> None:
        """Apply this run's writes to the other slot (it holds the previous version), else copy the live one."""
        slots = self.slots
        if other is None:  # first version, or a plain file of an older release: no previous slot
            other = slots.names[1] if live == slots.names[0] else slots.names[0]
        elif self.log is not None and self.log.entries is not None and slots.generation(other) == generation - 1:
            try:
                slots.record(other, None)
                target = self.con  # the run's own connection: its temp tables hold the log's kept rows
                # Left in the slot's write-ahead log, not checkpointed: the next run opens this slot
                # to write (DuckDB replays the log into memory and keeps it) and checkpoints both runs'
                # changes at once. A checkpoint costs ~0.7 s at 56,850 posts, however small the change.
                target.execute("PRAGMA disable_checkpoint_on_shutdown")
                target.execute(
                    f"ATTACH {_quoted(slots.path(other))} AS {WRITER_DATABASE} ({_attach_options(slots.path(other))})"
                )
                try:
                    target.execute(f"USE {WRITER_DATABASE}")
                    self.log.replay(target)
                    same = _table_counts(target) == expected
                finally:
                    _detach_writer_database(target)
                if same:
                    slots.record(other, generation)
                    self.notes.append("standby brought in step by applying this run's changes")
                    return
                self.notes.append("standby differed after applying this run's changes: copied instead")
            except duckdb.Error as error:
                self.con.close()  # nothing of it may touch the slot that is copied over now
                # most often a reader that opened the warehouse before the last flip still holds it
                self.notes.append(f"standby not updated in place ({str(error).splitlines()[0]}): copied instead")
        slots.record(other, None)
        temporary = self.warehouse.parent / f".{self.warehouse.name}.{os.getpid()}{WORK_SUFFIX}.standby"
        try:
            _copy_durably(slots.path(live), temporary)
            _replace_slot(temporary, slots.path(other))
        except OSError as error:
            temporary.unlink(missing_ok=True)
            self.notes.append(f"standby not prepared ({error.strerror}): the next run copies the warehouse")
            return
        slots.record(other, generation)
        self.notes.append("standby copied from the new version")

    def discard(self) -> None:
        if self.con is not None:
            with contextlib.suppress(Exception):
                self.con.close()
            self.con = None
        self.log = None
        for leftover in (self.path, Path(f"{self.path}.wal"), Path(f"{self.path}.compact")):
            leftover.unlink(missing_ok=True)


def _detach_writer_database(con: duckdb.DuckDBPyConnection) -> None:
    """Let go of the file a writer's connection has attached, whatever a failed statement left open."""
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")  # a transaction a failed statement aborted (else: none to roll back)
    con.execute("USE memory")
    con.execute(f"DETACH {WRITER_DATABASE}")


def _copy_durably(source: Path, target: Path) -> None:
    """Copy ``source`` and make the copy durable before anyone records it as a slot.

    Without the flush, the standby that a slot manifest calls in step could be half on disk after a
    power loss; and the gigabytes of the copy would be written back by the kernel during the next run,
    inside its first commit (a 10 + 10 + 10 change right after a 10x full load spent ~0.5 s in them).
    """
    shutil.copyfile(source, target)
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())


def _replace_slot(new: Path, slot: Path) -> None:
    """Put ``new`` in the place of ``slot``, with no write-ahead log of the old file left beside it."""
    Path(f"{slot}.wal").unlink(missing_ok=True)  # DuckDB would replay it onto the new file
    os.replace(new, slot)


def _checkpoint(con: duckdb.DuckDBPyConnection) -> None:
    """Checkpoint; rewrite the file without its free blocks when over a third of it is free, or in
    STORAGE_VERSION when it is in an older format.

    DuckDB reuses free blocks but never shrinks a file. The rewrite is attached in the file's place on
    the same connection, whose temp tables the replay of the run's log needs.
    """
    con.execute("CHECKPOINT")
    total, free = con.execute("SELECT total_blocks, free_blocks FROM pragma_database_size()").fetchone()
    older = storage_is_older(con)
    if not older and (total < COMPACT_MIN_BLOCKS or free <= COMPACT_FREE_SHARE * total):
        return
    if older:
        log.info(f"rewriting the warehouse file in DuckDB's storage format {STORAGE_VERSION} (once)")
    name, path = con.execute(
        "SELECT database_name, path FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    compact = Path(f"{path}.compact")
    compact.unlink(missing_ok=True)
    con.execute(f"ATTACH {_quoted(compact)} AS compacted ({_attach_options(compact)})")
    con.execute(f'COPY FROM DATABASE "{name}" TO compacted')
    con.execute("DETACH compacted")
    con.execute("USE memory")
    con.execute(f'DETACH "{name}"')
    os.replace(compact, path)
    con.execute(f'ATTACH {_quoted(path)} AS "{name}" ({_attach_options(Path(path))})')
    con.execute(f'USE "{name}"')


def _table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per table: a cheap check that two slots hold the same."""
    tables = [
        r[0]
        for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT temporary AND database_name = current_database()"
        ).fetchall()
    ]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _connect_for_reading(warehouse: Path) -> duckdb.DuckDBPyConnection:
    """Read-only: the live slot, or the standby when that holds the same and the live one is held for
    writing (a user's `duckdb warehouse/news.duckdb` without -readonly locks it)."""
    try:
        return connect(warehouse, read_only=True)
    except duckdb.Error:
        slots = Slots(warehouse)
        if not slots.standby_in_step():
            raise
        return connect(slots.path(slots.standby()), read_only=True)


def published_state(warehouse: Path) -> tuple[str, int, int, int] | None:
    """What is published now: the file the link points at, its inode, size and mtime (None: nothing).
    A publish flips the link or replaces the file, so a plan made against one state is stale in another."""
    try:
        target = warehouse.resolve(strict=True)
        stat = target.stat()
    except OSError:
        return None
    return str(target), stat.st_ino, stat.st_size, stat.st_mtime_ns


@contextlib.contextmanager
def manifest_reader(warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection | None]:
    """A read-only connection to the published warehouse to plan a run against (None: there is none).

    Held by a shell opened for writing and no standby in step, a private copy of it is read instead.
    """
    if not warehouse.exists():
        yield None
        return
    copy = None
    try:
        con = _connect_for_reading(warehouse)
    except duckdb.Error:
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
        yield con
    finally:
        con.close()
        if copy is not None:
            copy.unlink(missing_ok=True)


def _known_files(con: duckdb.DuckDBPyConnection) -> str | None:
    """A query of the manifest: posts_root, source_path, size, mtime_ns, content_hash, status ('deleted'
    for a file gone from its folder: deleted, moved away, also one rejected before it went)."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "post_files" not in tables:
        return None
    gone = "deleted_at IS NOT NULL" if "post_events" in tables else "status = 'deleted'"
    return (
        "SELECT posts_root, source_path, size, mtime_ns, content_hash, "
        f"CASE WHEN {gone} THEN 'deleted' ELSE status END AS status FROM post_files"
    )


# (posts_root, source_path) -> (size, mtime_ns, content_hash, status)
Manifest = dict[tuple[str, str], tuple[int, int, str, str]]


def read_manifest(warehouse: Path) -> Manifest:
    """The whole manifest of the published warehouse."""
    with manifest_reader(warehouse) as con:
        known = _known_files(con) if con is not None else None
        rows = con.execute(known).fetchall() if known is not None else []
    return {(r[0], r[1]): (r[2], r[3], r[4], r[5]) for r in rows}


def manifest_against(
    con: duckdb.DuckDBPyConnection | None, listing: Listing, every_file: bool = False
) -> tuple[list[int], Manifest]:
    """What a plan needs of the manifest on ``con`` (``manifest_reader``), told by DuckDB from a scan.

    Returns the rows of ``listing`` (``discover.list_posts``) to look at (new, or another size or mtime,
    or not readable; ``every_file``: all) and the manifest's rows of those files and of the files no
    longer listed. An unchanged file of 56,850 costs no Python object: the plan of a small change at 10x
    took 0.7 s and ~70 MB with the whole manifest in a dict, and the no-change answer one MD5 each side.
    """
    known = _known_files(con) if con is not None else None
    if known is None:
        return list(range(listing.height)), {}
    register(con, "listed_files", listing.frame().with_row_index("i"))
    try:
        rows = con.execute(
            f"""WITH known AS ({known})
            SELECT l.i, k.* FROM listed_files l
            LEFT JOIN known k ON k.posts_root = l.posts_root AND k.source_path = l.source_path
            WHERE $every OR l.problem IS NOT NULL OR k.status IS NULL OR k.status = 'deleted'
               OR k.size IS DISTINCT FROM l.size OR k.mtime_ns IS DISTINCT FROM l.mtime_ns
            UNION ALL
            SELECT NULL, k.* FROM known k ANTI JOIN listed_files l USING (posts_root, source_path)""",
            {"every": every_file},
        ).fetchall()
    finally:
        con.unregister("listed_files")
    look = sorted(r[0] for r in rows if r[0] is not None)
    return look, {(r[1], r[2]): (r[3], r[4], r[5], r[6]) for r in rows if r[1] is not None}


def git_state(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str | None, dict]]:
    """posts_root -> (last commit read, {source_path: first_committed_at}) of the warehouse open on ``con``."""
    state: dict[str, tuple[str | None, dict]] = {root: (head, {}) for root, head in git_heads(con).items()}
    if state:
        for root, path, first in con.execute(
            "SELECT posts_root, source_path, first_committed_at FROM post_files WHERE first_committed_at IS NOT NULL"
        ).fetchall():
            if root in state:
                state[root][1][path] = first
    return state


def git_heads(con: duckdb.DuckDBPyConnection) -> dict[str, str | None]:
    """posts_root -> the last commit read, of the warehouse open on ``con``."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "git_sources" not in tables:
        return {}
    return dict(con.execute("SELECT posts_root, head_commit FROM git_sources").fetchall())


def parser_version(con: duckdb.DuckDBPyConnection) -> int:
    """The parser version that read the files of the warehouse open on ``con`` (1: not recorded)."""
    present = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "parser_state" not in present:
        return 1
    row = con.execute("SELECT max(version) FROM parser_state").fetchone()
    return row[0] if row and row[0] is not None else 1


def record_parser_version(con: duckdb.DuckDBPyConnection, version: int) -> None:
    con.execute("DELETE FROM parser_state")
    con.execute("INSERT INTO parser_state VALUES ($version)", {"version": version})


def scan_digest(con: duckdb.DuckDBPyConnection) -> str | None:
    """The digest of the scan (``Listing.fingerprint``) the last publish of the warehouse on ``con`` was
    planned from; None when not recorded."""
    present = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "scan_state" not in present:
        return None
    row = con.execute("SELECT max(digest) FROM scan_state").fetchone()
    return row[0] if row else None


def record_scan_digest(con: duckdb.DuckDBPyConnection, digest: str | None) -> None:
    con.execute("DELETE FROM scan_state")
    if digest is not None:
        con.execute("INSERT INTO scan_state VALUES ($digest)", {"digest": digest})


def is_older(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the warehouse open on ``con`` has an older schema than this release."""
    return migrations.schema_version(con) < migrations.SCHEMA_VERSION


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
        con = _connect_for_reading(warehouse)
    except duckdb.Error:
        yield None
        return
    try:
        yield con
    finally:
        con.close()
