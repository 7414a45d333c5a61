"""What a run has to do: which post files are new, changed, deleted or unchanged.

Light on purpose (no parser, no Dagster): ``etl ingest`` asks ``up_to_date`` first
and skips starting a Dagster run when the warehouse is already up to date.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from etl import settings
from etl.posts import PARSER_VERSION
from etl.posts.discover import Listing, PostFile, content_hash, list_posts
from etl.warehouse import store

if TYPE_CHECKING:
    from etl.warehouse.checks import CheckOutcome


@dataclass
class IngestReport:
    warehouse: str
    roots: list[str]
    files_seen: int = 0
    new: int = 0
    changed: int = 0
    deleted: int = 0
    moved: int = 0  # files moved to another path (counted neither as new nor as deleted)
    unchanged: int = 0
    reread: int = 0  # unchanged files read again because this release parses differently
    parsed: int = 0
    loaded_now: int = 0  # of the files parsed in this run, those that became articles
    rejected_now: int = 0  # of the files parsed in this run
    published: bool = False
    full_refresh: bool = False
    rows: dict[str, int] = field(default_factory=dict)
    top_rejections: list[tuple[str, int]] = field(default_factory=list)
    checks: list[CheckOutcome] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # symbolic links and unreadable folders
    folders: dict[str, int] = field(default_factory=dict)  # post files per top-level folder
    commits_read: int = 0  # git commits read this run
    from_history: int = 0  # deleted posts parsed from the git history this run
    read_back: int = 0  # unreadable files whose last readable version was read from the git history
    history_notes: list[str] = field(default_factory=list)
    unlisted: dict[str, int] = field(default_factory=dict)  # posts of folders no longer listed, marked deleted
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage
    storage: list[str] = field(default_factory=list)  # how the new version was written (see store.Slots)
    seconds: float = 0.0

    def summary(self) -> str:
        lines = [
            f"warehouse   {self.warehouse}",
            f"posts       {', '.join(self.roots)}",
            f"files       {self.files_seen} seen: {self.new} new, {self.changed} changed, "
            + (f"{self.moved} moved, " if self.moved else "")
            + f"{self.deleted} deleted, "
            f"{self.unchanged} unchanged; {self.parsed} parsed, {self.rejected_now} of them rejected",
        ]
        if self.reread:
            lines.append(
                f"parser      {self.reread:,} unchanged files read again: this release reads posts differently "
                "(first_seen_at, changed_at and the history are kept)"
            )
        if len(self.folders) > 1 or (self.folders and "." not in self.folders):
            lines.append("folders     " + ", ".join(f"{name} {count:,}" for name, count in self.folders.items()))
        if self.commits_read or self.from_history or self.read_back:
            lines.append(
                f"history     {self.commits_read:,} commits read; {self.from_history:,} deleted posts read from git"
                + (
                    f"; {self.read_back:,} unreadable files' last readable versions read (their articles vanished)"
                    if self.read_back
                    else ""
                )
            )
        for root, count in self.unlisted.items():
            lines.append(
                f"note        {count:,} posts of {root}, a folder no longer in ETL_POSTS_DIR, are now marked deleted "
                "(their articles stay, with deleted_at); list it again to bring them back, or use another ETL_WAREHOUSE"
            )
        for note in self.history_notes:
            lines.append(f"note        {note}")
        if self.rows:
            lines.append("rows        " + ", ".join(f"{name} {count:,}" for name, count in self.rows.items()))
        if self.skipped:
            shown = "; ".join(f"{path} ({why})" for path, why in self.skipped[:3])
            more = f" and {len(self.skipped) - 3} more" if len(self.skipped) > 3 else ""
            lines.append(f"skipped     {len(self.skipped)} not read: {shown}{more}")
        if self.top_rejections:
            lines.append("rejections  " + "; ".join(f"{count} x {reason}" for reason, count in self.top_rejections))
        if self.published and self.stages:
            lines.append("timings     " + ", ".join(f"{stage} {secs:.1f} s" for stage, secs in self.stages.items()))
        if self.storage:
            lines.append("storage     " + "; ".join(self.storage))
        state = "published" if self.published else "unchanged, nothing to publish"
        lines.append(f"result      {state}{' (full refresh)' if self.full_refresh else ''} in {self.seconds:.1f} s")
        return "\n".join(lines)


def scan(roots: list[Path], skipped: list[tuple[str, str]] | None = None) -> Listing:
    """Every file of every posts folder, one row each (``discover.Listing``); what was not read
    goes to ``skipped``.

    A scan handed over by ``handing_over`` for these folders is taken instead, once.
    """
    global _handed, _handed_plan
    if _handed is not None and _handed[0] == _folders_key(roots):
        (_, made, files, their_skipped, planned), _handed = _handed, None
        if time.monotonic() - made <= HANDED_SCAN_MAX_AGE:
            if skipped is not None:
                skipped.extend(their_skipped)
            _handed_plan = (files, *planned) if planned is not None else None
            return files
    listing = Listing()
    for root in roots:
        listing.extend(list_posts(root, skipped))
    return listing


# (folders, when, files, skipped, (plan, published state) or None) of the scan `etl ingest` made for its
# no-change answer, and the plan it made from it, while it runs the Dagster job in this process: the run
# takes them rather than reading 56,850 entries and planning again, unless the run started late (it
# waited for another run to leave the warehouse).
_handed: tuple[tuple[str, ...], float, Listing, list[tuple[str, str]], tuple[Plan, object] | None] | None = None
# (files, plan, published state): the plan handed over with the scan the run took, until it plans
_handed_plan: tuple[Listing, Plan, object] | None = None
HANDED_SCAN_MAX_AGE = 30.0  # seconds


def _folders_key(roots: list[Path]) -> tuple[str, ...]:
    return tuple(str(Path(root).resolve()) for root in roots)


class handing_over(contextlib.AbstractContextManager):
    """Within this block, the next ``scan`` of ``roots`` in this process returns ``files`` (a scan
    made moments before): one scan per `etl ingest`, whatever answers first. Files changed in
    between are the next run's, as if they had changed after the scan.

    It keeps no reference to ``files`` once entered (a generator-based context manager keeps its
    arguments to the end of the block): the run lets the scan go once planned.
    """

    def __init__(self, roots: list[Path], files: Listing, skipped: list[tuple[str, str]], answer: Answer | None = None):
        planned = (answer.plan, answer.planned_on) if answer is not None and answer.plan is not None else None
        self._scan: tuple | None = (roots, files, skipped, planned)

    def __enter__(self) -> None:
        global _handed
        assert self._scan is not None, "a hand-over is entered once"
        (roots, files, skipped, planned), self._scan = self._scan, None
        _handed = (_folders_key(roots), time.monotonic(), files, list(skipped), planned)

    def __exit__(self, *exc_info: object) -> None:
        global _handed, _handed_plan
        _handed = _handed_plan = None


def plan_run(files: Listing, con: duckdb.DuckDBPyConnection | None, warehouse: Path, reread: bool = False) -> Plan:
    """The run's plan: the one `etl ingest` made from this very scan, handed over with it, when the
    published warehouse is still the one it was planned against (the caller holds the writer lock, so
    none can be published meanwhile); else ``plan_files``. One plan per run: ~0.3 s at 10x."""
    global _handed_plan
    handed, _handed_plan = _handed_plan, None
    if handed is not None and handed[0] is files and not reread and store.published_state(warehouse) == handed[2]:
        return handed[1]
    return plan_files(files, con, reread=reread)


@dataclass
class Plan:
    to_parse: list[PostFile] = field(default_factory=list)
    touched: list[PostFile] = field(default_factory=list)  # same content, new size/mtime
    blocked: list[PostFile] = field(default_factory=list)  # listed but cannot be read (permissions, I/O errors)
    deleted: list[tuple[str, str]] = field(default_factory=list)
    absent: dict[tuple[str, str], tuple] = field(default_factory=dict)  # the manifest's rows of files not on disk
    new: int = 0
    changed: int = 0
    reread: int = 0  # unchanged files read again because the parser changed
    scan_digest: str | None = None  # the planned scan's Listing.fingerprint, recorded by the publish

    @property
    def has_changes(self) -> bool:
        return bool(self.to_parse or self.touched or self.blocked or self.deleted)


def plan_changes(files: list[PostFile], manifest: dict[tuple[str, str], tuple], reread: bool = False) -> Plan:
    """Which files must be parsed: cheap size/mtime test first, then a content hash.

    ``reread``: the warehouse was read by an older parser, so every file present is parsed again.
    """
    plan = Plan()
    seen = set()
    for post in files:
        key = (post.posts_root, post.source_path)
        seen.add(key)
        known = manifest.get(key)
        if post.problem is not None:
            if known is None or known[3] != "rejected" or known[2] is not None:
                plan.blocked.append(post)
                plan.new += known is None
                plan.changed += known is not None
            continue
        if reread and known is not None and known[3] != "deleted":
            plan.to_parse.append(post)
            plan.reread += 1
            continue
        if known is not None and known[3] != "deleted" and known[0] == post.size and known[1] == post.mtime_ns:
            continue
        if known is not None and known[3] != "deleted":
            try:
                with open(post.path, "rb") as handle:
                    same = content_hash(handle.read()) == known[2]
            except OSError:
                same = False
            if same:
                plan.touched.append(post)
                continue
        plan.to_parse.append(post)
        plan.new += known is None
        plan.changed += known is not None
    plan.absent = {key: known for key, known in manifest.items() if key not in seen}
    plan.deleted = [key for key, known in plan.absent.items() if known[3] != "deleted"]
    return plan


def plan_files(files: Listing, con: duckdb.DuckDBPyConnection | None, reread: bool = False) -> Plan:
    """``plan_changes`` for a scan (``scan``) against the warehouse open on ``con`` (``store.manifest_reader``;
    None: none yet). DuckDB picks the files to look at, so an unchanged file costs no Python object."""
    look, manifest = store.manifest_against(con, files, every_file=reread)
    plan = plan_changes(files.post_files(look), manifest, reread=reread)
    plan.scan_digest = files.fingerprint()
    return plan


def new_commits(roots: list[Path], con: duckdb.DuckDBPyConnection) -> bool:
    """Whether a posts folder's git HEAD differs from the last commit the warehouse open on ``con`` read."""
    if not settings.git_history():
        return False
    known = store.git_heads(con)
    if not known and not any(in_git_work_tree(root) for root in roots):
        return False  # no clone, now or before: no need of pygit2 (~50 ms to import)
    from etl.posts.history import heads_moved  # pygit2 only when asked

    return heads_moved(roots, known)


def in_git_work_tree(root: Path) -> bool:
    """Whether ``root`` or a folder above it has a ``.git`` (folder, or file of a worktree or submodule)."""
    root = root.resolve()
    return any((folder / ".git").exists() for folder in (root, *root.parents))


@dataclass
class Answer:
    """What `etl ingest` learns before it starts a run: ``report`` when nothing changed (no run needed);
    else the ``plan`` it made, if it made one, and the published state it was planned against."""

    report: IngestReport | None = None
    plan: Plan | None = None
    planned_on: object = None


def up_to_date(
    roots: list[Path],
    warehouse: Path,
    files: Listing | None = None,
    skipped: list[tuple[str, str]] | None = None,
) -> IngestReport | None:
    """A report when the published warehouse already matches the posts folders, else None.

    ``files`` and ``skipped``: a scan of ``roots`` already made (else this one scans).
    """
    return answer(roots, warehouse, files, skipped).report


def answer(
    roots: list[Path],
    warehouse: Path,
    files: Listing | None = None,
    skipped: list[tuple[str, str]] | None = None,
) -> Answer:
    """``up_to_date``, with the plan made to find out (``handing_over`` gives it to the run)."""
    started = time.monotonic()
    if not warehouse.exists():
        return Answer()
    if files is None:
        skipped = []
        files = scan(roots, skipped)
    skipped = skipped if skipped is not None else []
    planned_on = store.published_state(warehouse)  # before reading: a publish meanwhile makes the plan stale
    with store.manifest_reader(warehouse) as con:  # one connection for every question (each open costs ~20 ms)
        if con is None or store.is_older(con) or store.parser_version(con) < PARSER_VERSION or new_commits(roots, con):
            return Answer()
        # the very scan the last publish was planned from: nothing changed, and no plan (~0.3 s at 10x with Polars)
        if files.fingerprint() != store.scan_digest(con):
            plan = plan_files(files, con)
            if plan.has_changes:
                return Answer(plan=plan, planned_on=planned_on)
        rows = store.row_counts_of(con)
    report = IngestReport(warehouse=str(warehouse), roots=[str(r) for r in roots], files_seen=files.height)
    report.skipped = skipped
    report.unchanged = files.height
    report.rows = rows
    report.seconds = time.monotonic() - started
    return Answer(report=report)
