"""Parse many post files in worker processes, with a bound on each file's cost.

A parser that crashes (a segfault in a C extension) or hangs on one hostile file
must not take the run with it. Files go to a pebble process pool in chunks, each
with a time limit; pebble replaces a worker that dies or overruns. The files of a
chunk that failed are parsed again one by one, each with its own time limit, so
the one file responsible is rejected with the reason and the rest are parsed. Even
a run of one file, or a run where every worker dies, never parses in this process
(unless ``workers == 0``): a real segfault can only cost its own file.

Workers hand back columnar batches: each chunk's posts as the Polars frames of
``etl.posts.frames`` (pickled as Arrow), so the parent only concatenates and writes them.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures import as_completed
from typing import TYPE_CHECKING

import polars as pl
from pebble import ProcessExpired, ProcessPool

from etl.posts import history
from etl.posts.discover import content_hash
from etl.posts.frames import SCHEMAS, to_frames
from etl.posts.rejected import Rejected

if TYPE_CHECKING:
    from etl.posts.parse import ParsedPost

CHUNK_SECONDS = 120.0  # a chunk normally takes well under a second
FILE_SECONDS = 60.0  # the largest real post parses in well under a second
CHUNK_SIZE = 32
SINK_BATCH = 512  # files handed to a sink at once: one DuckDB insert and commit per batch, not per chunk

# Where a post's bytes are: an absolute path, or (repository, blob id) for a version
# that only the git history still holds (a deleted post's last content).
Locator = str | tuple[str, str]
Task = tuple[Locator, str, str]  # (locator, posts_root, source_path)
Outcome = tuple[str | None, "ParsedPost | Rejected"]  # (content hash, what the file gave)
Batch = dict[str, pl.DataFrame]  # the frames of etl.posts.frames for some files, one row per file in
#                                  parsed_posts or rejected


def read_post(locator: Locator) -> bytes:
    if isinstance(locator, tuple):
        return history.read_blob(*locator)
    with open(locator, "rb") as handle:
        return handle.read()


def parse_file(locator: Locator, source_path: str) -> Outcome:
    """Read and parse one post file: its content hash (None when unreadable) and what it gave."""
    try:
        raw = read_post(locator)
    except OSError as error:
        return None, Rejected(f"The file cannot be read ({error.strerror or error}).")
    except (KeyError, ValueError, RuntimeError) as error:  # pygit2: a missing or damaged object
        return None, Rejected(f"Its last version cannot be read from the git history ({error}).")
    if history.is_lfs_pointer(raw):
        return (
            content_hash(raw),
            Rejected("The file is a Git LFS pointer, not the post: its content is stored outside the repository."),
        )
    return content_hash(raw), parse_post(raw, source_path)


def parse_post(raw: bytes, source_path: str) -> ParsedPost | Rejected:
    """``etl.posts.parse.parse_post``, imported where a post is parsed: the parser's rules take most of a second to
    load, paid by each worker, not by the process that writes the warehouse."""
    from etl.posts import parse

    return parse.parse_post(raw, source_path)


def _parse_chunk(tasks: list[Task]) -> Batch:
    return to_frames([(root, path, *parse_file(locator, path)) for locator, root, path in tasks])


def files_in(batch: Batch) -> int:
    """How many files a batch holds (each is a parsed post or a rejection)."""
    return batch["parsed_posts"].height + batch["rejected"].height


def _leave_interrupts_to_the_parent() -> None:
    """A worker ignores Ctrl-C: the parent, which gets it too, stops the pool and says so in one line
    (else every worker printed its own KeyboardInterrupt traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def _failure(error: BaseException, seconds: float) -> Rejected:
    """Why a worker gave no result for a file, as a sentence."""
    if isinstance(error, FutureTimeout):
        return Rejected(f"The parser ran out of time on this file (over {seconds:.0f} s); it was skipped.")
    if isinstance(error, ProcessExpired):
        return Rejected(
            f"The parser crashed on this file (its process ended with code {error.exitcode}); it was skipped."
        )
    return Rejected(f"The parser failed on this file ({type(error).__name__}: {error}); it was skipped.")


class _Collector:
    """Batches gathered into one, or handed to ``sink`` SINK_BATCH files at a time so that the caller
    never holds them all (and writes them in few, large inserts: one per 32-file chunk made the
    writes most of the parse lap's time in the parent)."""

    def __init__(self, total: int, sink: Callable[[Batch], None] | None, progress) -> None:
        self.total, self.sink, self.progress = total, sink, progress
        self.held: list[Batch] = []
        self.files = 0  # in self.held
        self.done = 0

    def extend(self, batch: Batch) -> None:
        self.held.append(batch)
        self.files += files_in(batch)
        self.done += files_in(batch)
        if self.sink is not None and self.files >= SINK_BATCH:
            self.flush()
        if self.progress:
            self.progress(self.done, self.total)

    def flush(self) -> Batch:
        """What is held as one batch, handed to the sink if there is one (then an empty batch is returned)."""
        batch = {name: pl.concat([b[name] for b in self.held]) for name in SCHEMAS} if self.held else to_frames([])
        self.held, self.files = [], 0
        if self.sink is None:
            return batch
        if files_in(batch):
            self.sink(batch)
        return to_frames([])


def parse_files(
    tasks: Iterable[Task],
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    sink: Callable[[Batch], None] | None = None,
) -> Batch:
    """Parse files, in this process when ``workers == 0``, else in a pool of worker processes.

    Returns one batch of every file's frames; with ``sink``, batches go to it as they come (and an
    empty batch is returned), so memory is bounded by the batch size, not by the number of files.
    """
    tasks = list(tasks)
    workers = default_workers() if workers is None else workers
    collector = _Collector(len(tasks), sink, progress)
    if workers == 0 or not tasks:
        for task in tasks:
            collector.extend(_parse_chunk([task]))
        return collector.flush()
    chunks = [tasks[i : i + CHUNK_SIZE] for i in range(0, len(tasks), CHUNK_SIZE)]
    # Spawned, not forked (this process runs DuckDB's and Dagster's threads), and not from a forkserver,
    # which would stay for the rest of the run, ~70 MB beside the publish: a worker imports the parser
    # in ~0.4 s, once.
    context = multiprocessing.get_context("spawn")
    with ProcessPool(
        max_workers=min(workers, len(chunks)), context=context, initializer=_leave_interrupts_to_the_parent
    ) as pool:
        try:
            return _collect(pool, chunks, collector)
        except BaseException:
            pool.stop()  # interrupted (Ctrl-C) or failed: the queued chunks are not parsed
            raise


def _collect(pool: ProcessPool, chunks: list[list[Task]], collector: _Collector) -> Batch:
    """Run ``chunks`` on ``pool``, then again one by one the files of any chunk that failed."""
    scheduled = {pool.schedule(_parse_chunk, args=(chunk,), timeout=CHUNK_SECONDS): chunk for chunk in chunks}
    retry: list[Task] = []
    for future in as_completed(scheduled):
        chunk = scheduled.pop(future)  # a done future holds its results: keep none of them
        try:
            batch = future.result()
        except Exception:
            retry.extend(chunk)  # one of these files: find it by parsing them one by one
            continue
        collector.extend(batch)
    singles = {pool.schedule(_parse_chunk, args=([task],), timeout=FILE_SECONDS): task for task in retry}
    for future in as_completed(singles):
        _, root, path = singles.pop(future)
        try:
            batch = future.result()
        except Exception as error:
            batch = to_frames([(root, path, None, _failure(error, FILE_SECONDS))])
        collector.extend(batch)
    return collector.flush()
