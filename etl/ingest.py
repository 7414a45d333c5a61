"""Bring the warehouse up to date with the posts folders: the whole load, without Dagster.

1. plan: list the files, compare size and mtime with the manifest (``post_files``),
   hash the files that differ; only files whose content changed are parsed;
2. parse them in worker processes (``etl.posts.pool``);
3. publish: apply the changes to a private copy of the warehouse (nobody sees it, a failure
   discards it), derive the analysis tables, and atomically replace the published file.
A run where nothing changed opens nothing for writing and finishes in about a second.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import logging
import multiprocessing
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from etl import memory, settings
from etl.analysis import derive_search_and_stories
from etl.errors import IngestError, check_posts_folders, explain, out_of_memory
from etl.plan import IngestReport, Plan, in_git_work_tree, plan_run, scan
from etl.posts import PARSER_VERSION, history, pool
from etl.posts.discover import PostFile, posts_root_key
from etl.posts.frames import to_frames
from etl.posts.history import History
from etl.posts.pool import Batch, files_in, parse_files
from etl.posts.rejected import Rejected
from etl.staging import StagedPosts
from etl.warehouse import identity, schema, store
from etl.warehouse.checks import REGRESSION_GUARD, CheckOutcome, guard_regressions, run_checks, warehouse_state
from etl.warehouse.few import among, listed

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
FILE_KEY = {"posts_root": pl.String, "source_path": pl.String}


class ChecksFailed(IngestError):
    """The new version of the warehouse failed a check, so it was not published."""


def ingest(
    posts_dirs: list[Path],
    warehouse: Path,
    full_refresh: bool = False,
    workers: int | None = None,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    allow_regression: bool = False,
    staging: Path | None = None,
) -> IngestReport:
    """Bring ``warehouse`` up to date with ``posts_dirs``; see the module docstring.

    With ``staging``, files parsed ahead by ``staging.stage_folder`` are written from their shards.

    Every failure is raised as an ``IngestError`` whose message is one sentence naming the
    cause and the way out (the original exception is its ``__cause__``).
    """
    start: int | None = None  # the first attempt's limit follows the run's size (``_ingest``)
    while True:
        # Each attempt in a context of its own, whose writers start at its memory limit (``store.connect``).
        attempt = contextvars.copy_context()
        attempt.run(store.memory_limit_start.set, start)
        try:
            return attempt.run(
                _ingest, posts_dirs, warehouse, full_refresh, workers, progress, now, allow_regression, staging
            )
        except IngestError:
            raise
        except Exception as error:
            used = attempt[store.memory_limit_start] or store.START_MEMORY
            more = store.more_memory(used) if out_of_memory(error) else None
            if more is None:
                raise IngestError(explain(error, Path(warehouse).absolute())) from error
            # A statement that ran out of memory cannot be run again on its connection; the run can:
            # nothing was published, and the working copy was discarded.
            (progress or log.info)(
                f"DuckDB ran out of memory within {used >> 20} MB ({str(error).splitlines()[0]}): "
                f"running again from the start with {more >> 20} MB"
            )
            start = more


def _ingest(
    posts_dirs: list[Path],
    warehouse: Path,
    full_refresh: bool,
    workers: int | None,
    progress: Progress | None,
    now: dt.datetime | None,
    allow_regression: bool,
    staging: Path | None = None,
) -> IngestReport:
    started = time.monotonic()
    say = progress or (lambda message: None)
    now = now or dt.datetime.now(dt.UTC)
    warehouse = Path(warehouse).absolute()
    roots = [Path(p) for p in posts_dirs]
    report = IngestReport(warehouse=str(warehouse), roots=[str(r) for r in roots], full_refresh=full_refresh)
    check_posts_folders(roots)
    files = scan(roots, report.skipped)
    report.files_seen = files.height
    report.folders = dict(sorted(files.folders.items()))
    say(f"found {files.height} post files in {len(roots)} posts folder(s)")
    lap = _Laps(report.stages)
    lap("scan")

    with store.writer_lock(warehouse):
        for stale in store.remove_stale_work_files(warehouse):
            say(f"removed {stale.name}, left by a run that was killed")
        with store.manifest_reader(warehouse) if not full_refresh else contextlib.nullcontext() as con:
            reread = con is not None and store.parser_version(con) < PARSER_VERSION
            plan = plan_run(files, con, warehouse, reread=reread)
            git_state = store.git_state(con) if con is not None else {}
            upgrade = con is not None and store.is_older(con)  # this run migrates the warehouse first
        report.new, report.changed, report.deleted = plan.new, plan.changed, len(plan.deleted)
        report.reread = plan.reread
        listed = {root for root, _ in files.roots} | {posts_root_key(r) for r in roots}
        report.unlisted = dict(Counter(root for root, _ in plan.deleted if root not in listed))
        report.unchanged = files.height - plan.new - plan.changed  # re-read files included
        workers = settings.workers() if workers is None else workers
        reads = HistoryReads(roots, git_state)
        if store.memory_limit_start.get() is None:  # a first attempt: room for what this run changes
            store.memory_limit_start.set(_start_memory(plan, reads, upgrade))
        # The scan is not kept past the plan: a history needs the paths on disk only in a clone.
        on_disk = set(files.keys()) if reads.in_clones() else set()
        del files
        if not plan.has_changes and not reads.heads_moved() and warehouse.exists() and not full_refresh and not upgrade:
            with store.reader(warehouse) as con:
                if con is not None:
                    report.rows = store.row_counts_of(con)
                    report.checks = [*run_checks(con), CheckOutcome(REGRESSION_GUARD, 0, "nothing changed")]
            report.seconds = time.monotonic() - started
            return report

        # The working copy is opened first: parsed posts stream into it batch by batch, each batch
        # committed, so this process never holds the whole run's posts. The history is read in
        # processes of its own while the files are parsed.
        lap("plan")
        say("opening a working copy of the warehouse")
        copy = store.WorkingCopy(warehouse)
        try:
            con = copy.open(empty=full_refresh)
            before = warehouse_state(con)
            writer = RunWriter(con, now)
            lap("open (in place)" if copy.in_place else "open (copy)")
            reads.start(processes=0 if workers == 0 else max(1, min(workers or pool.default_workers(), 2)))
            staged = StagedPosts(staging, roots) if staging is not None else None
            to_parse = plan.to_parse if staged is None else writer.load(plan.to_parse, staged, say)
            say(f"parsing {len(to_parse)} new or changed files")
            writer.parse(to_parse, workers, say)
            memory.trim()
            writer.forget(plan.blocked)
            writer.add([(f.posts_root, f.source_path, None, Rejected(f.problem or "")) for f in plan.blocked])
            lap("parse")
            histories = reads.collect(say)
            lap("history (after parsing)")
            past = plan_history(histories, on_disk, plan.absent)
            report.commits_read = sum(h.commits_read for h in histories)
            report.history_notes = [f"{h.posts_root}: {h.note}" for h in histories if h.note]
            report.from_history = len(past.to_parse)
            if past.to_parse:
                say(f"parsing {len(past.to_parse)} deleted posts from the git history")
                writer.parse(past.to_parse, workers, say)
                lap("parse deleted posts")
            report.read_back = writer.read_back(past, workers)
            if report.read_back:
                say(f"read {report.read_back} unreadable files' last readable versions from the git history")
                lap("read back")
            report.parsed = writer.parsed
            report.rejected_now = sum(writer.reasons.values())
            report.loaded_now = writer.parsed + len(plan.blocked) - report.rejected_now
            report.top_rejections = writer.reasons.most_common(3)

            memory.end_resource_tracker()  # the pools are done: no process of theirs beside the publish
            say("publishing")
            writer.finish(plan, past)
            report.moved = writer.moved
            report.deleted -= writer.moved
            report.new = max(report.new - writer.moved, 0)  # a move's new path
            memory.trim()
            lap("write and derive")
            report.rows = store.row_counts_of(con)
            guard = guard_regressions(before, warehouse_state(con))
            if allow_regression and not guard.passed:
                guard = CheckOutcome(guard.check, 0, f"allowed by --allow-regression: {guard.message}")
            report.checks = [*run_checks(con), guard]
            failed = [c for c in report.checks if not c.passed]
            if failed:
                way_out = (
                    " If the posts really changed so, run again with --allow-regression."
                    if any(c.check is REGRESSION_GUARD for c in failed)
                    else " See the failing rows with the check's query in etl/warehouse/checks.py."
                )
                raise ChecksFailed(
                    "Not published, the new data failed checks: "
                    + "; ".join(f"{c.check.name} ({c.message or f'{c.failing_rows} rows'})" for c in failed)
                    + ". The previous warehouse is untouched."
                    + way_out
                )
            lap("checks")
            copy.publish()
        except BaseException:
            reads.abandon()
            copy.discard()
            raise
        report.published = True
        if staged is not None:
            staged.clear()
        report.storage = ["written in place on the standby slot" if copy.in_place else "written on a copy", *copy.notes]
        lap("publish")
    report.seconds = time.monotonic() - started
    return report


def _start_memory(plan: Plan, reads: HistoryReads, upgrade: bool) -> int:
    """The first attempt's memory limit: low for a run that changes few files of a warehouse of this release
    whose histories were read before (a first history read may bring thousands of deleted posts)."""
    first_history = any(last is None and in_git_work_tree(root) for root, last, _ in reads.jobs)
    small = len(plan.to_parse) + len(plan.deleted) <= store.SMALL_RUN_FILES and not first_history
    return store.SMALL_RUN_MEMORY if small and not upgrade else store.START_MEMORY


class _Laps:
    """Seconds per stage of a run, into ``stages`` (shown in the summary and the run's metadata)."""

    def __init__(self, stages: dict[str, float]) -> None:
        self.stages = stages
        self.last = time.monotonic()

    def __call__(self, stage: str) -> None:
        now = time.monotonic()
        self.stages[stage] = round(now - self.last, 2)
        self.last = now


class HistoryReads:
    """The git history of each posts folder that is a clone, from the commit after the last one read.

    Reading a long history is mostly libgit2 inflating trees: its commits are split into
    ranges diffed in processes of their own, coordinated from a thread, so that it
    overlaps the parsing of the files instead of adding to it.
    """

    def __init__(self, roots: list[Path], state: dict[str, tuple[str | None, dict]]) -> None:
        self.jobs = []
        if settings.git_history():
            for root in roots:
                last, known_first = state.get(posts_root_key(root), (None, {}))
                self.jobs.append((root, last, known_first))
        self.executor: ProcessPoolExecutor | None = None
        self.thread: threading.Thread | None = None
        self.found: list[History | BaseException | None] = []
        self.started = 0.0

    def in_clones(self) -> bool:
        """Whether any history may be read: a posts folder in a git work tree, now or at an earlier run."""
        return any(last is not None or in_git_work_tree(root) for root, last, _ in self.jobs)

    def heads_moved(self) -> bool:
        """Whether any clone's HEAD differs from the last commit read (cheap: no history read)."""
        return history.heads_moved(
            [root for root, _, _ in self.jobs], {posts_root_key(r): last for r, last, _ in self.jobs}
        )

    def start(self, processes: int) -> None:
        """Start reading; ``processes == 0`` reads in this thread, now."""
        self.started = time.monotonic()
        if not self.jobs:
            return
        if processes == 0:
            self._read(map, 1)
            return
        self.executor = ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("spawn"))
        self.thread = threading.Thread(target=self._read, args=(self.executor.map, processes), daemon=True)
        self.thread.start()

    def _read(self, map_ranges: Callable, parts: int) -> None:
        for job in self.jobs:
            try:
                self.found.append(history.read_history(*job, map_ranges=map_ranges, parts=parts))
            except Exception as error:  # never lose the run over its history
                self.found.append(error)

    def abandon(self) -> None:
        """Stop reading (the run failed): do not wait for the history."""
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)

    def collect(self, say: Progress) -> list[History]:
        if self.thread is not None:
            self.thread.join()
        if self.executor is not None:
            self.executor.shutdown(cancel_futures=True)
        histories = []
        for (root, _, _), found in zip(self.jobs, self.found, strict=True):
            if isinstance(found, BaseException):
                found = History(
                    posts_root_key(root),
                    "",
                    note=f"The git history could not be read ({found or type(found).__name__}); loaded from files.",
                )
            if found is None:
                continue
            if found.commits_read:
                say(f"read {found.commits_read} commits of {root} ({time.monotonic() - self.started:.1f} s)")
            if found.note:
                say(found.note)
            histories.append(found)
        return histories


@dataclass
class PastPlan:
    """What the git histories add to a run: events, deleted posts to parse, files gone and when."""

    histories: list[History] = field(default_factory=list)
    to_parse: list[PostFile] = field(default_factory=list)  # deleted posts' last versions, read from git
    gone: list[tuple] = field(default_factory=list)
    first_committed: list[tuple] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return any(h.has_news for h in self.histories)


def plan_history(histories: list[History], on_disk: set[tuple[str, str]], absent: dict) -> PastPlan:
    """Deleted and moved paths not in the folder now (``on_disk``: the files there); the last version of each
    deleted one is parsed unless the warehouse already holds that content (``absent``: the manifest's rows of
    files not on disk, ``Plan.absent``)."""
    past = PastPlan(histories)
    for found in histories:
        for path, first in found.first_committed.items():
            past.first_committed.append((found.posts_root, path, first))
        for path, gone in found.gone.items():
            key = (found.posts_root, path)
            if key in on_disk:
                continue  # back in the folder (or never removed from the work tree): the file wins
            past.gone.append(
                (
                    found.posts_root,
                    path,
                    gone.action,
                    gone.committed_at,
                    gone.commit_id,
                    gone.moved_to,
                    gone.content_hash,
                )
            )
            known = absent.get(key)
            if gone.action == "deleted" and (known is None or known[2] != gone.content_hash):
                past.to_parse.append(PostFile(found.posts_root, path, (found.repository, gone.blob_id), 0, 0))
    return past


READ_BACK_VERSIONS = 3  # earlier versions of an unreadable file tried, newest first


def _version_chains(
    con: duckdb.DuckDBPyConnection, past: PastPlan, wanted: dict[tuple[str, str], str | None], now: dt.datetime
) -> dict[tuple[str, str], list[tuple[str, dt.datetime, str | None]]]:
    """For each file in ``wanted`` (key: the content hash it has now), its earlier versions in the history, newest
    first: (blob id, when the next change replaced it, that commit), one per content other than the present one."""
    keys = pl.DataFrame(list(wanted), schema=FILE_KEY, orient="row")
    store.register(con, "read_back_files", keys)
    try:
        recorded = con.execute(
            """
            SELECT posts_root, source_path, commit_id, committed_at, action, content_hash, blob_id
            FROM post_events SEMI JOIN read_back_files USING (posts_root, source_path)
            ORDER BY committed_at
            """
        ).fetchall()
    finally:
        con.unregister("read_back_files")
    events: dict[tuple[str, str], list[tuple]] = {}
    seen: set[tuple[str, str, str]] = set()
    new = [
        (h.posts_root, path, commit, when, action, digest, blob)
        for h in past.histories
        for path, commit, when, action, _, digest, blob in h.events
        if (h.posts_root, path) in wanted
    ]
    for root, path, commit, when, action, digest, blob in [*recorded, *sorted(new, key=lambda e: e[3])]:
        if (root, path, commit) not in seen:
            seen.add((root, path, commit))
            events.setdefault((root, path), []).append((commit, when, action, digest, blob))
    chains: dict[tuple[str, str], list[tuple[str, dt.datetime, str | None]]] = {}
    for key, chain in events.items():
        tried = {wanted[key]}
        for i in reversed(range(len(chain))):
            _, _, action, digest, blob = chain[i]
            if action == "deleted" or digest is None or blob is None or digest in tried:
                continue
            tried.add(digest)
            commit, when = (chain[i + 1][0], chain[i + 1][1]) if i + 1 < len(chain) else (None, now)
            chains.setdefault(key, []).append((blob, when, commit))
    return chains


def _files_frame(files: list[PostFile], digests: dict[tuple[str, str], str | None]) -> pl.DataFrame:
    return pl.DataFrame(
        [(f.posts_root, f.source_path, f.size, f.mtime_ns, digests.get((f.posts_root, f.source_path))) for f in files],
        schema={
            **FILE_KEY,
            "size": pl.Int64,
            "mtime_ns": pl.Int64,
            "content_hash": pl.String,
        },
        orient="row",
    )


def _history_frames(past: PastPlan, now: dt.datetime) -> dict[str, pl.DataFrame]:
    key = FILE_KEY
    when = pl.Datetime("us", "UTC")
    events = [(h.posts_root, *event) for h in past.histories for event in h.events]
    sources = [
        (h.posts_root, h.repository, h.head_commit, h.commits_read, now, h.note, h.full)
        for h in past.histories
        if h.has_news
    ]
    return {
        "post_events": pl.DataFrame(
            events,
            schema={
                **key,
                "commit_id": pl.String,
                "committed_at": when,
                "action": pl.String,
                "old_path": pl.String,
                "content_hash": pl.String,
                "blob_id": pl.String,
            },
            orient="row",
        ),
        "git_sources": pl.DataFrame(
            sources,
            schema={
                "posts_root": pl.String,
                "repository": pl.String,
                "head_commit": pl.String,
                "commits_read": pl.Int64,
                "read_at": when,
                "note": pl.String,
                "whole": pl.Boolean,
            },
            orient="row",
        ),
        "history_gone": pl.DataFrame(
            past.gone,
            schema={
                **key,
                "action": pl.String,
                "deleted_at": when,
                "deleted_commit": pl.String,
                "moved_to": pl.String,
                "content_hash": pl.String,
            },
            orient="row",
        ),
        "first_committed": pl.DataFrame(past.first_committed, schema={**key, "first_committed_at": when}, orient="row"),
    }


PARSED_TABLES = ("parsed_posts", "parsed_blocks", "parsed_tags", "parsed_images", "parsed_links")


class RunWriter:
    """One run's changes to the private working copy.

    Parsed posts stream in batch by batch (``parse`` and ``add``) as the workers hand them
    back, each batch committed, so that DuckDB can write it out and memory stays bounded by
    a batch; ``finish`` then records the files and the history and derives the analysis
    tables for the articles the run touched. Nobody sees the working copy until it is
    published; a failure discards it, so no transaction needs to span the run.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, now: dt.datetime) -> None:
        self.con, self.now = con, now
        self.digests: dict[tuple[str, str], str | None] = {}
        self.reasons: Counter[str] = Counter()
        self.rejected: dict[tuple[str, str], str | None] = {}  # files this run could not read: content hash
        self.parsed = 0
        self.moved = 0  # files of the plan's deleted that were moved (``finish``)
        con.execute(
            "CREATE OR REPLACE TEMP TABLE run_parsed (posts_root VARCHAR, source_path VARCHAR, article_id VARCHAR)"
        )

    def parse(self, files: list[PostFile], workers: int | None, say: Progress) -> None:
        """Parse ``files`` and write what was read, replacing what earlier runs read from them."""
        self.forget(files)
        step = max(len(files) // 10, 200)
        before = self.parsed

        def add(batch: Batch) -> None:
            self.add_frames(batch)
            done = self.parsed - before
            if done % step < files_in(batch) or done == len(files):
                say(f"parsed {done}/{len(files)}")

        parse_files([(f.path, f.posts_root, f.source_path) for f in files], workers=workers, sink=add)

    def forget(self, files: list[PostFile]) -> None:
        """Drop what earlier runs read from ``files`` (they are read again in this run)."""
        if not files:
            return
        keys = pl.DataFrame([(f.posts_root, f.source_path) for f in files], schema=FILE_KEY, orient="row")
        paths = {"paths": listed(sorted({f.source_path for f in files}))}  # few: only their rows are read
        store.register(self.con, "forget_files", keys)
        try:
            for table in (*PARSED_TABLES, "rejected_posts"):
                self.con.execute(
                    f"DELETE FROM {table} WHERE (posts_root, source_path) IN (SELECT * FROM forget_files) "
                    f"AND {among('source_path', 'paths')}",
                    paths,
                )
        finally:
            self.con.unregister("forget_files")

    def load(self, files: list[PostFile], staged: StagedPosts, say: Progress) -> list[PostFile]:
        """Write the staged shards of those of ``files`` staged as they are now; the others are returned."""
        keys = staged.usable(files)
        if not keys:
            return files
        self.forget([f for f in files if (f.posts_root, f.source_path) in keys])
        for frames in staged.batches(keys):
            self.add_frames(frames)
        say(f"wrote {len(keys)} files parsed ahead (staged)")
        return [f for f in files if (f.posts_root, f.source_path) not in keys]

    def add(self, outcomes: list[tuple[str, str, str | None, object]]) -> None:
        """Write one batch of (posts_root, source_path, content hash, ParsedPost | Rejected)."""
        if outcomes:
            self.add_frames(to_frames(outcomes))

    def add_frames(self, frames: dict[str, pl.DataFrame]) -> None:
        """Write one batch of parsed frames (``posts.frames``)."""
        for name in ("parsed_posts", "rejected"):
            for root, path, digest in frames[name].select("posts_root", "source_path", "content_hash").iter_rows():
                self.digests[(root, path)] = digest
                if name == "rejected":
                    self.rejected[(root, path)] = digest
        self.reasons.update(frames["rejected"]["error"].to_list())
        self.parsed += frames["parsed_posts"].height + frames["rejected"].height
        self._write(frames)

    def _write(self, frames: dict[str, pl.DataFrame]) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            for name, frame in frames.items():
                store.register(self.con, f"batch_{name}", frame)
            for table in PARSED_TABLES:
                self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch_{table}")
            self.con.execute(
                "INSERT INTO rejected_posts BY NAME SELECT *, $now AS rejected_at FROM batch_rejected",
                {"now": self.now},
            )
            self.con.execute(
                "INSERT INTO run_parsed SELECT posts_root, source_path, article_id FROM batch_parsed_posts"
            )
            self.con.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(duckdb.Error):  # a failed rollback must not hide the cause (disk full ...)
                self.con.execute("ROLLBACK")
            raise
        finally:
            for name in frames:
                with contextlib.suppress(duckdb.Error):
                    self.con.unregister(f"batch_{name}")

    def read_back(self, past: PastPlan, workers: int | None) -> int:
        """In a clone, a file whose version this run cannot read (emptied, damaged) still gives the article its
        last readable version gave, vanished with the commit that replaced that version; returns how many.

        The earlier versions come from the git history, newest first, up to READ_BACK_VERSIONS a file; the
        one that parses is written as the file's parsed rows, marked superseded. A run that saw the earlier
        version and a fresh load of the clone so give the same article, text and deletion time.
        """
        repositories = {h.posts_root: h.repository for h in past.histories}  # the clones read (ETL_GIT_HISTORY)
        wanted = {key: digest for key, digest in self.rejected.items() if key[0] in repositories}
        if not wanted:
            return 0
        chains = _version_chains(self.con, past, wanted, self.now)
        found: set[tuple[str, str]] = set()
        for attempt in range(READ_BACK_VERSIONS):
            tasks = {
                key: versions[attempt]
                for key, versions in chains.items()
                if key not in found and attempt < len(versions)
            }
            if not tasks:
                break
            batch = parse_files(
                [((repositories[root], blob), root, path) for (root, path), (blob, _, _) in tasks.items()],
                workers=workers,
            )
            found.update(batch["parsed_posts"].select("posts_root", "source_path").iter_rows())
            if batch["parsed_posts"].height:
                superseded = pl.DataFrame(
                    [(root, path, at, commit) for (root, path), (_, at, commit) in tasks.items()],
                    schema={**FILE_KEY, "superseded_at": pl.Datetime("us", "UTC"), "superseded_commit": pl.String},
                    orient="row",
                )
                frames = {name: frame for name, frame in batch.items() if name != "rejected"}
                frames["parsed_posts"] = frames["parsed_posts"].join(superseded, on=list(FILE_KEY), how="left")
                self._write({**frames, "rejected": batch["rejected"].clear()})
        return len(found)

    def finish(self, plan: Plan, past: PastPlan | None = None) -> None:
        """Record files and history, derive the analysis tables (statement by statement: the copy is private)."""
        past = past or PastPlan()
        con, now = self.con, self.now
        frames = {
            **_history_frames(past, now),
            "changed_files": _files_frame(plan.to_parse + past.to_parse + plan.blocked, self.digests),
            "touched_files": _files_frame(plan.touched, {}),
            "deleted_files": pl.DataFrame(plan.deleted, schema=FILE_KEY, orient="row"),
        }
        for name, frame in frames.items():
            store.register(con, f"new_{name}", frame)
        try:
            _record_files(con, now)
            store.record_parser_version(con, PARSER_VERSION)
            store.record_scan_digest(con, plan.scan_digest)
            _record_history(con, now)
            # files gone from their path because they were moved (the history says so, or the same name and
            # bytes came in another folder): in the summary as moves, not as deletions and new files
            (self.moved,) = con.execute(
                "SELECT count(*) FROM post_files SEMI JOIN new_deleted_files USING (posts_root, source_path) "
                "WHERE status = 'moved'"
            ).fetchone()
            _derive_analysis_tables(con, now)
        finally:
            for name in frames:
                with contextlib.suppress(duckdb.Error):
                    con.unregister(f"new_{name}")


def _record_files(con: duckdb.DuckDBPyConnection, now: dt.datetime) -> None:
    """Update the manifest: new and changed files, touched files, deleted files."""
    con.execute(
        """
        INSERT INTO post_files AS f (posts_root, source_path, size, mtime_ns, content_hash, status,
                                     first_seen_at, changed_at, deleted_at)
        SELECT posts_root, source_path, size, mtime_ns, content_hash, 'new', $now, $now, NULL FROM new_changed_files
        ON CONFLICT (posts_root, source_path) DO UPDATE SET
            size = excluded.size, mtime_ns = excluded.mtime_ns, content_hash = excluded.content_hash,
            status = 'new', deleted_at = NULL,
            -- a file read again by a newer parser keeps when its content last changed
            changed_at = CASE WHEN f.content_hash IS DISTINCT FROM excluded.content_hash OR f.status = 'deleted'
                              THEN $now ELSE f.changed_at END
        """,
        {"now": now},
    )
    con.execute(
        """
        UPDATE post_files f SET size = t.size, mtime_ns = t.mtime_ns
        FROM new_touched_files t WHERE f.posts_root = t.posts_root AND f.source_path = t.source_path
        """
    )
    con.execute(
        """
        UPDATE post_files f SET status = 'deleted', deleted_at = $now, changed_at = $now
        FROM new_deleted_files d WHERE f.posts_root = d.posts_root AND f.source_path = d.source_path
        """,
        {"now": now},
    )
    # Without a history to tell (a folder that is no clone), a file gone from one folder while a file of the
    # same name and the same bytes appeared in another, in one run, was moved there: a feed bot moving old
    # posts into archived/<date>/. In a clone the history's events say so (``_record_history``).
    con.execute(
        """
        UPDATE post_files f SET status = 'moved', moved_to = m.moved_to
        FROM (
            SELECT d.posts_root, d.source_path, any_value(n.source_path) AS moved_to
            FROM new_deleted_files d JOIN post_files old USING (posts_root, source_path)
            JOIN new_changed_files n ON n.posts_root = d.posts_root AND n.content_hash = old.content_hash
                 AND regexp_extract(n.source_path, '[^/]*$') = regexp_extract(d.source_path, '[^/]*$')
            GROUP BY ALL HAVING count(*) = 1
        ) m
        WHERE f.posts_root = m.posts_root AND f.source_path = m.source_path
        """
    )
    con.execute(
        "DELETE FROM rejected_posts WHERE (posts_root, source_path) IN (SELECT posts_root, source_path FROM new_deleted_files)"
    )


def _record_history(con: duckdb.DuckDBPyConnection, now: dt.datetime) -> None:
    """Events, how far each history was read, when files left the folder, when each was first committed."""
    con.execute("INSERT INTO post_events BY NAME SELECT * FROM new_post_events ON CONFLICT DO NOTHING")
    con.execute(
        """
        INSERT INTO git_sources BY NAME
        SELECT n.posts_root, n.repository, n.head_commit, n.read_at, n.note,
               CASE WHEN n.whole THEN n.commits_read ELSE coalesce(g.commits_read, 0) + n.commits_read END
                   AS commits_read
        FROM new_git_sources n LEFT JOIN git_sources g USING (posts_root)
        ON CONFLICT (posts_root) DO UPDATE SET repository = excluded.repository, head_commit = excluded.head_commit,
            commits_read = excluded.commits_read, read_at = excluded.read_at, note = excluded.note
        """
    )
    con.execute(
        """
        INSERT INTO post_files AS f (posts_root, source_path, content_hash, status, first_seen_at, changed_at,
                                     deleted_at, deleted_commit, moved_to)
        SELECT posts_root, source_path, content_hash, action, $now, $now, deleted_at, deleted_commit, moved_to
        FROM new_history_gone
        ON CONFLICT (posts_root, source_path) DO UPDATE SET
            status = CASE WHEN excluded.status = 'moved' OR f.status <> 'rejected' THEN excluded.status
                          ELSE f.status END,
            content_hash = coalesce(f.content_hash, excluded.content_hash),
            deleted_at = excluded.deleted_at, deleted_commit = excluded.deleted_commit, moved_to = excluded.moved_to
        """,
        {"now": now},
    )
    con.execute(
        """
        UPDATE post_files f SET first_committed_at = n.first_committed_at
        FROM new_first_committed n WHERE f.posts_root = n.posts_root AND f.source_path = n.source_path
        """
    )


# An article's site: the host of its URL without www./m., else its author (never a file path).
SITE_SQL = r"""coalesce(nullif(regexp_extract(lower(url), '^(?:https?:)?//(?:www\.|m\.)?([^/:?#]+)', 1), ''),
                  author)"""


def _derive_analysis_tables(con: duckdb.DuckDBPyConnection, now: dt.datetime) -> None:
    """Re-derive the articles touched by this run (and only those) from their newest readable file.

    ``affected`` holds the articles whose files changed, appeared or vanished, under their old
    and new ids. Everything derived is a function of the current files alone, so doing it for
    the affected articles gives the same tables as a full rebuild.
    """
    identity.follow_moves(con)
    identity.split_shared_urls(con)
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE affected AS
        SELECT article_id FROM post_files
        WHERE article_id IS NOT NULL AND (posts_root, source_path) IN (
            SELECT posts_root, source_path FROM new_changed_files
            UNION ALL SELECT posts_root, source_path FROM new_deleted_files)
        UNION SELECT article_id FROM run_parsed
        UNION SELECT f.article_id FROM post_files f
        SEMI JOIN (SELECT posts_root, source_path FROM new_history_gone
                   UNION ALL SELECT posts_root, source_path FROM new_first_committed) USING (posts_root, source_path)
        WHERE f.article_id IS NOT NULL
        """
    )
    # the (site, text) pairs of the affected articles' blocks before this run, for the repeated-block rule
    affected = [row[0] for row in con.execute("SELECT article_id FROM affected").fetchall()]
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE texts_before AS
        SELECT a.site, p.text FROM paragraphs p JOIN articles a USING (article_id) SEMI JOIN affected USING (article_id)
        WHERE {among("p.article_id")}
        UNION SELECT a.site, b.text FROM boilerplate_blocks b JOIN articles a USING (article_id)
              SEMI JOIN affected USING (article_id)
        """,
        {"ids": listed(affected)},
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE versions AS
        WITH v AS (
            -- a superseded version (see RunWriter.read_back) vanished when its commit replaced it
            SELECT p.* EXCLUDE (superseded_at, superseded_commit), f.first_committed_at,
                   coalesce(p.superseded_at, f.deleted_at) AS gone_at,
                   CASE WHEN p.superseded_at IS NOT NULL THEN p.superseded_commit ELSE f.deleted_commit END AS gone_commit
            FROM parsed_posts p JOIN post_files f USING (posts_root, source_path)
            WHERE p.article_id IN (SELECT article_id FROM affected)
        )
        SELECT * EXCLUDE (gone_at, gone_commit, first_committed_at), gone_at IS NOT NULL AS gone,
               row_number() OVER (PARTITION BY article_id
                                  ORDER BY gone_at IS NOT NULL, published_at DESC NULLS LAST,
                                           source_path DESC, posts_root DESC) AS rank,
               count(*) FILTER (WHERE gone_at IS NULL) OVER (PARTITION BY article_id) AS live_files,
               min(first_committed_at) OVER (PARTITION BY article_id) AS first_committed_at,
               max(gone_at) OVER (PARTITION BY article_id) AS last_deleted_at,
               arg_max(gone_commit, gone_at) OVER (PARTITION BY article_id) AS last_deleted_commit
        FROM v
        """
    )
    con.execute(f"CREATE OR REPLACE TEMP TABLE winners AS SELECT *, {SITE_SQL} AS site FROM versions WHERE rank = 1")
    # An article that no file gives any more while its file is still there (emptied, rejected, or now
    # carrying another `from:` URL) keeps its last content, as a deleted file's article does: its
    # tags, images, links and paragraphs stay as they were, frozen, and only its deletion is recorded.
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE frozen AS
        SELECT article_id FROM articles SEMI JOIN affected USING (article_id)
        WHERE article_id NOT IN (SELECT article_id FROM winners)
        """
    )
    con.execute(  # their files, before post_files names what those files give now
        "CREATE OR REPLACE TEMP TABLE frozen_files AS SELECT article_id, posts_root, source_path "
        "FROM post_files SEMI JOIN frozen USING (article_id)"
    )
    con.execute(
        """
        UPDATE post_files f SET article_id = v.article_id,
               status = CASE WHEN f.deleted_at IS NOT NULL THEN f.status WHEN v.rank = 1 THEN 'loaded' ELSE 'duplicate' END
        FROM versions v WHERE f.posts_root = v.posts_root AND f.source_path = v.source_path
        """
    )
    # A deleted file whose last version was unreadable is a deletion, not a rejection, when an earlier version
    # gave its article: as for a run that saw the file go (its rejection is dropped with the file).
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE deleted_superseded AS
        WITH superseded AS (SELECT posts_root, source_path FROM parsed_posts WHERE superseded_at IS NOT NULL)
        SELECT posts_root, source_path FROM post_files f SEMI JOIN superseded USING (posts_root, source_path)
        WHERE f.deleted_at IS NOT NULL
        """
    )
    con.execute("DELETE FROM rejected_posts WHERE (posts_root, source_path) IN (FROM deleted_superseded)")
    con.execute(
        "UPDATE post_files SET status = 'deleted' WHERE status <> 'moved' "
        "AND (posts_root, source_path) IN (FROM deleted_superseded)"
    )
    con.execute(
        """
        UPDATE post_files f SET status = 'rejected', article_id = p.article_id  -- its superseded version's
        FROM rejected_posts r LEFT JOIN (SELECT posts_root, source_path, article_id FROM parsed_posts
                                         WHERE superseded_at IS NOT NULL) p USING (posts_root, source_path)
        WHERE f.posts_root = r.posts_root AND f.source_path = r.source_path
        """
    )
    con.execute(
        """
        INSERT INTO articles AS a BY NAME
        SELECT article_id, posts_root, source_path, title, title_source, published_at, published_at_source,
               author, url, site, body_format, extraction, problems, credits, live_files AS file_count, content_hash,
               $now AS first_seen_at, $now AS updated_at,
               CASE WHEN live_files = 0 THEN coalesce(last_deleted_at, $now) END AS deleted_at,
               first_committed_at, CASE WHEN live_files = 0 THEN last_deleted_commit END AS deleted_commit
        FROM winners
        ON CONFLICT (article_id) DO UPDATE SET
            first_committed_at = excluded.first_committed_at, deleted_commit = excluded.deleted_commit,
            posts_root = excluded.posts_root, source_path = excluded.source_path, title = excluded.title,
            title_source = excluded.title_source, published_at = excluded.published_at,
            published_at_source = excluded.published_at_source, author = excluded.author, url = excluded.url,
            site = excluded.site, body_format = excluded.body_format, extraction = excluded.extraction,
            problems = excluded.problems, credits = excluded.credits, file_count = excluded.file_count,
            content_hash = excluded.content_hash,
            updated_at = CASE WHEN a.content_hash <> excluded.content_hash
                                OR (a.deleted_at IS NULL) <> (excluded.deleted_at IS NULL)
                              THEN $now ELSE a.updated_at END,
            deleted_at = CASE WHEN excluded.deleted_at IS NULL THEN NULL
                              WHEN excluded.deleted_commit IS NOT NULL THEN excluded.deleted_at
                              ELSE coalesce(a.deleted_at, excluded.deleted_at) END
        """,
        {"now": now},
    )
    # An article none of whose files can be read any more (all rejected now) is kept, marked deleted.
    con.execute(
        "UPDATE articles SET deleted_at = $now, updated_at = $now, file_count = 0 "
        "WHERE deleted_at IS NULL AND article_id IN (SELECT article_id FROM affected) "
        "AND article_id NOT IN (SELECT article_id FROM winners)",
        {"now": now},
    )
    # In a clone, such an article vanished with the commit that gave its file the content it has now
    # (the `from:` URL edited, the text emptied): that commit's time, not the run's, as for a deletion.
    con.execute(
        """
        UPDATE articles a SET deleted_at = c.committed_at, deleted_commit = c.commit_id
        FROM (
            SELECT z.article_id, max(e.committed_at) AS committed_at, arg_max(e.commit_id, e.committed_at) AS commit_id
            FROM frozen_files z JOIN post_files f USING (posts_root, source_path)
            JOIN post_events e ON e.posts_root = f.posts_root AND e.source_path = f.source_path
                               AND e.content_hash = f.content_hash AND e.action IN ('added', 'modified')
            GROUP BY z.article_id
        ) c
        WHERE a.article_id = c.article_id AND a.deleted_at = $now
        """,
        {"now": now},
    )
    for table, columns in (
        ("tags", "DISTINCT w.article_id, t.tag, t.kind"),
        ("images", "w.article_id, i.position, i.src, i.alt, i.caption"),
        ("links", "w.article_id, l.position, l.href, l.text"),
    ):
        alias = {"tags": "t", "images": "i", "links": "l"}[table]
        con.execute(
            f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM affected) "
            "AND article_id NOT IN (SELECT article_id FROM frozen)"
        )
        con.execute(
            f"INSERT INTO {table} SELECT {columns} FROM parsed_{table} {alias} "
            f"JOIN winners w USING (posts_root, source_path)"
        )
    _derive_paragraphs(con)
    # a path moved away in the history belongs to the article its new path became; a post moved
    # again and again (_posts/ -> archived/a/ -> archived/b/) is followed hop by hop to its last path
    for _ in range(identity.MAX_MOVE_HOPS):
        updated = con.execute(
            """
            UPDATE post_files m SET article_id = f.article_id
            FROM post_files f
            WHERE m.status = 'moved' AND f.posts_root = m.posts_root AND f.source_path = m.moved_to
              AND m.article_id IS DISTINCT FROM f.article_id AND f.article_id IS NOT NULL
            """
        ).fetchone()
        if not updated or not updated[0]:
            break
    derive_search_and_stories(con)


# Every parsed block (b) with the article (a) whose own file it is; duplicates' files are not.
ARTICLE_BLOCKS = """parsed_blocks b JOIN post_files f USING (posts_root, source_path)
        JOIN articles a ON a.article_id = f.article_id AND a.posts_root = f.posts_root
                       AND a.source_path = f.source_path"""


def _current_blocks(con: duckdb.DuckDBPyConnection, articles: str, into: str) -> None:
    """The current blocks (their own file's) of the articles in temp table ``articles``, into ``into``."""
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {into} AS
        SELECT a.article_id, a.deleted_at IS NULL AS live, a.site, b.block, b.kind, b.text, md5_number(b.text) AS text_md5
        FROM {ARTICLE_BLOCKS} WHERE a.article_id IN (SELECT article_id FROM {articles}) AND {among("b.source_path", "paths")}
        """,
        {
            "paths": listed(
                row[0]
                for row in con.execute(
                    f"SELECT DISTINCT source_path FROM articles SEMI JOIN {articles} USING (article_id)"
                ).fetchall()
            )
        },
    )


def _derive_paragraphs(con: duckdb.DuckDBPyConnection) -> None:
    """Paragraphs are the winners' blocks less those repeated across a site's live articles.

    A text's count changes only when an affected article had or has it, so besides the
    affected articles, exactly the articles sharing such a (site, text) are re-derived.
    """
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE texts_touched AS
        SELECT site, text FROM texts_before
        UNION SELECT w.site, b.text FROM parsed_blocks b JOIN winners w USING (posts_root, source_path)
        WHERE {among("b.source_path", "paths")}
        """,
        {"paths": listed(row[0] for row in con.execute("SELECT DISTINCT source_path FROM winners").fetchall())},
    )
    # Only blocks that matter are materialized (a change costs what it touches, not the archive).
    # block_texts holds every article's current blocks by (site, MD5 of the text); only the affected
    # articles' rows change, so it is brought up to date for them first, and a touched text's live
    # count is compared before and after. Another article carrying the text is re-derived only when
    # that count crosses the repeated-block threshold (its blocks flip between paragraph and
    # boilerplate); when the count changes without crossing, only its boilerplate_blocks.repeated_in
    # is updated. A site-wide footer edited in one post no longer re-derives every post of the site.
    # (a text without a site is never counted, as in text_counts below)
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE counts_before AS
        SELECT t.site, t.text_md5, count(*) FILTER (WHERE b.live) AS n
        FROM (SELECT DISTINCT site, md5_number(text) AS text_md5 FROM texts_touched WHERE site IS NOT NULL) t
        LEFT JOIN block_texts b ON b.site = t.site AND b.text_md5 = t.text_md5
        GROUP BY ALL
        """
    )
    _current_blocks(con, "affected", "affected_blocks")
    con.execute("DELETE FROM block_texts WHERE article_id IN (SELECT article_id FROM affected)")
    con.execute("INSERT INTO block_texts SELECT DISTINCT article_id, site, live, text_md5 FROM affected_blocks")
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE recounted AS
        SELECT c.site, c.text_md5, c.n AS n_before, count(*) FILTER (WHERE b.live) AS n_after
        FROM counts_before c LEFT JOIN block_texts b ON b.site = c.site AND b.text_md5 = c.text_md5
        GROUP BY ALL
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE rederive AS
        SELECT article_id FROM affected WHERE article_id NOT IN (SELECT article_id FROM frozen)
        UNION SELECT b.article_id FROM block_texts b JOIN recounted r ON b.site = r.site AND b.text_md5 = r.text_md5
        WHERE (r.n_before >= $min_articles) <> (r.n_after >= $min_articles)
        """,
        {"min_articles": schema.REPEATED_BLOCK_MIN_ARTICLES},
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE carriers_only AS
        SELECT article_id FROM rederive WHERE article_id NOT IN (SELECT article_id FROM affected)
        """
    )
    _current_blocks(con, "carriers_only", "carrier_blocks")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE current_blocks AS "
        "SELECT * FROM affected_blocks UNION ALL SELECT * FROM carrier_blocks"
    )
    # carriers of a text still repeated, now by another number of articles: boilerplate_blocks is small (the
    # repeated blocks only), so its texts are matched directly; narrowing it through block_texts read 2.7 M
    # rows at 10x (~0.2 s, twice with the standby)
    (moved,) = con.execute(
        "SELECT count(*) FROM recounted WHERE n_after <> n_before AND n_after >= $min_articles "
        "AND n_before >= $min_articles",
        {"min_articles": schema.REPEATED_BLOCK_MIN_ARTICLES},
    ).fetchone()
    if moved:
        con.execute(
            """
            UPDATE boilerplate_blocks AS bb SET repeated_in = r.n_after
            FROM articles a, recounted r
            WHERE bb.article_id = a.article_id AND a.site = r.site AND md5_number(bb.text) = r.text_md5
              AND r.n_after <> r.n_before AND r.n_after >= $min_articles AND r.n_before >= $min_articles
              AND bb.article_id NOT IN (SELECT article_id FROM rederive)
            """,
            {"min_articles": schema.REPEATED_BLOCK_MIN_ARTICLES},
        )
    # how many live articles of its site carry each of their texts, over the whole archive. Keyed by the text's
    # MD5, as block_texts is: grouping the texts themselves (2.7 M at 10x, some long) ran out of 256 MB in some
    # runs, since an aggregate's long strings do not spill. block_texts holds an article's text once, so
    # count(*) counts articles (a DISTINCT aggregate was 2.4x slower at 10x).
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE text_counts AS
        WITH wanted AS (SELECT DISTINCT site, text_md5 FROM current_blocks)
        SELECT w.site, w.text_md5, count(*) AS n
        FROM wanted w JOIN block_texts t ON t.site = w.site AND t.text_md5 = w.text_md5
        WHERE t.live
        GROUP BY ALL
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE repeated AS
        -- (materialized: it is read four times below, and inlined each read joined every block with the counts)
        WITH flagged_anywhere AS MATERIALIZED (
            SELECT b.article_id, b.block, b.text, c.n
            FROM current_blocks b JOIN (FROM text_counts WHERE n >= $min_articles) c USING (site, text_md5)
            WHERE length(b.text) >= $min_chars
        ), blocks_per_article AS (
            SELECT article_id, count(*) AS n FROM current_blocks
            SEMI JOIN (SELECT DISTINCT article_id FROM flagged_anywhere) USING (article_id)
            GROUP BY article_id
        ), own_short AS (
            -- a short one between two blocks of the article's own is the author's (schema.REPEATED_BLOCK_OWN_MAX_CHARS):
            -- an article's blocks are numbered 0 to n - 1, so its first and last are told by number; the few short
            -- ones are looked up among the repeated by key alone (a self-join of every repeated block, text and all,
            -- took 29 s at 10x, where every block is repeated)
            SELECT c.article_id, c.block FROM (
                SELECT s.article_id, s.block FROM flagged_anywhere s JOIN blocks_per_article ba USING (article_id)
                WHERE length(s.text) < $own_max_chars AND s.block > 0 AND s.block < ba.n - 1
            ) c
            ANTI JOIN flagged_anywhere before ON before.article_id = c.article_id AND before.block = c.block - 1
            ANTI JOIN flagged_anywhere after ON after.article_id = c.article_id AND after.block = c.block + 1
        ), flagged AS (
            SELECT f.* FROM flagged_anywhere f ANTI JOIN own_short USING (article_id, block)
        ), flagged_per_article AS (
            SELECT article_id, count(*) AS n FROM flagged GROUP BY article_id
        )
        -- an article made only of repeated blocks (a repost, a template-only post) keeps them
        -- (counts, not a correlated NOT EXISTS: 4.6 s instead of 11.5-15 s at 10x)
        SELECT f.* FROM flagged f JOIN flagged_per_article fa USING (article_id)
        JOIN blocks_per_article ba USING (article_id)
        WHERE fa.n < ba.n
        """,
        {
            "min_articles": schema.REPEATED_BLOCK_MIN_ARTICLES,
            "min_chars": schema.REPEATED_BLOCK_MIN_CHARS,
            "own_max_chars": schema.REPEATED_BLOCK_OWN_MAX_CHARS,
        },
    )
    con.execute("DELETE FROM boilerplate_blocks WHERE article_id IN (SELECT article_id FROM rederive)")
    con.execute("INSERT INTO boilerplate_blocks SELECT article_id, block, text, n FROM repeated")
    con.execute("DELETE FROM paragraphs WHERE article_id IN (SELECT article_id FROM rederive)")
    con.execute(
        """
        INSERT INTO paragraphs
        SELECT article_id, (row_number() OVER (PARTITION BY article_id ORDER BY block) - 1)::INTEGER, kind, text
        FROM current_blocks b SEMI JOIN rederive USING (article_id)
        WHERE NOT EXISTS (SELECT 1 FROM repeated r WHERE r.article_id = b.article_id AND r.block = b.block)
        """
    )
